//! `sys`: the part of it the runtime needs — the module with `argv`, `path`, `modules`,
//! `version`, `maxsize`, `byteorder` and `platform`, made at start-up (the library's
//! `Library::sys` adds the functions, streams and version records: the `pyrite-stdlib`
//! crate's `modules/sys.rs`), the default `excepthook`, and helpers for modules written in
//! Rust (`new_class`, `module_attr`, `module_error`).

use alloc::format;
use alloc::vec::Vec;

use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Creates `sys` (once, at start-up; later imports find it in `sys.modules`).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("sys", fill)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    let dict = vm.module_dict(module);
    vm.sys_dict = dict;
    let set = |vm: &mut Vm, name: &str, value: Value| {
        let q = vm.qstrs.intern(name);
        vm.dict_set_name(dict, q, value)
    };
    let argv = vm.new_list(Vec::new())?;
    set(vm, "argv", argv)?;
    let mut path_items = Vec::new();
    for entry in vm.port.module_path() {
        path_items.push(vm.new_str(&entry)?);
    }
    let path = vm.new_list(path_items)?;
    set(vm, "path", path)?;
    let modules = vm.modules;
    set(vm, "modules", modules)?;
    let version = vm.new_str(concat!("3.11.0 (Pyrite ", env!("CARGO_PKG_VERSION"), ")"))?;
    set(vm, "version", version)?;
    let maxsize = vm.new_int(isize::MAX as i64)?;
    set(vm, "maxsize", maxsize)?;
    let byteorder = vm.intern("little");
    set(vm, "byteorder", byteorder)?;
    let platform = vm.intern(if cfg!(target_os = "none") {
        "pyrite"
    } else {
        "linux"
    });
    set(vm, "platform", platform)?;
    // The library's part: the functions, `version_info`, `implementation`, the streams.
    (vm.library.sys)(vm, module)
}

/// Makes a Python-visible class `module.name` deriving from `base`, with native methods
/// (fallible, unlike `types::make_class`, so it can run at import time on a full heap).
/// `init` becomes `__init__`: the VM skips natives *named* `__init__` (that is
/// `object.__init__`), so an initializer carries another name, such as the class's.
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    base: Value,
    methods: &'static [Builtin],
    init: Option<&'static Builtin>,
) -> PyResult<Value> {
    let namespace = vm.new_dict()?;
    vm.push_root(namespace);
    let result = (|| {
        let module_name = vm.intern(module);
        vm.dict_set_name(namespace, crate::qstr::q::__module__, module_name)?;
        for method in methods {
            // `class.__repr__` is stored as `__repr__` (see `Vm::is_builtin_type_slot`).
            let key = method.name().rsplit('.').next().unwrap_or(method.name());
            let method_name = vm.qstrs.intern(key);
            let function = vm.alloc(crate::obj::Obj::Builtin(method))?;
            vm.dict_set_name(namespace, method_name, function)?;
        }
        if let Some(init) = init {
            let function = vm.alloc(crate::obj::Obj::Builtin(init))?;
            vm.dict_set_name(namespace, crate::qstr::q::__init__, function)?;
        }
        let name = vm.qstrs.intern(name);
        crate::obj::class::create_class(vm, name, &[base], namespace, &[], Value::NULL)
    })();
    vm.pop_root();
    result
}

/// `sys.modules[module].name`, if that module is loaded and has it (how native code finds
/// the classes its module made, such as `struct.error`).
pub fn module_attr(vm: &mut Vm, module: &str, name: &str) -> Option<Value> {
    let modules = vm.modules;
    let module_name = vm.intern(module);
    let module = match vm.heap_obj(modules) {
        Some(crate::obj::Obj::Dict(_)) => vm.dict_get_item(modules, module_name).ok()??,
        _ => return None,
    };
    let dict = match vm.heap_obj(module) {
        Some(crate::obj::Obj::Module(m)) => m.dict,
        _ => return None,
    };
    let name = vm.qstrs.intern(name);
    vm.dict_get_name(dict, name)
}

/// An exception of the class `module.name` (falling back to `fallback` if the module is gone).
pub fn module_error(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fallback: Value,
    message: &str,
) -> Value {
    let class = module_attr(vm, module, name).unwrap_or(fallback);
    vm.new_exception_msg(class, message)
}

/// The default `sys.excepthook` (`replaced_excepthook` tells it apart by address).
pub static EXCEPTHOOK: Builtin = Builtin::new("excepthook", excepthook);

/// `sys.excepthook(type, value, traceback)`: prints the exception's traceback on stderr, as
/// for an exception nothing caught.
fn excepthook(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "excepthook", args, 3, 3)?;
    let text = if vm.is_exception(args[1]) {
        vm.format_uncaught(args[1])
    } else {
        // CPython's hook reports this on stderr itself and returns None.
        let name = vm.type_name(args[1]);
        format!("TypeError: print_exception(): Exception expected for value, {name} found\n")
    };
    vm.port.console_write_err(text.as_bytes());
    Ok(Value::NONE)
}

/// The hook a program put in `sys.excepthook` for uncaught exceptions, if it replaced the
/// default one.
pub fn replaced_excepthook(vm: &mut Vm) -> Option<Value> {
    let key = vm.qstrs.lookup("excepthook")?;
    let hook = vm.dict_get_name(vm.sys_dict, key)?;
    match vm.heap_obj(hook) {
        Some(crate::obj::Obj::Builtin(builtin)) if core::ptr::eq(*builtin, &EXCEPTHOOK) => None,
        _ => Some(hook),
    }
}

/// Stores `value`, made when first asked for, in `sys` as `name` (later lookups find it
/// there), and returns it.
pub fn keep_in_sys(vm: &mut Vm, name: &str, value: Value) -> PyResult<Value> {
    let dict = vm.sys_dict;
    let key = vm.qstrs.intern(name);
    vm.dict_set_name(dict, key, value)?;
    Ok(value)
}
