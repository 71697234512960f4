//! `sys`: interpreter state visible to Python (argv, path, modules, exit, version).

use alloc::vec::Vec;

use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn exit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "exit", args, 0, 1)?;
    let class = vm.types.system_exit;
    Err(vm.new_exception(class, args.to_vec()))
}

fn write_stream(vm: &mut Vm, args: &[Value], error: bool) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "write", args, 2, 2)?;
    let Some(text) = vm.str_text(args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(alloc::format!("write() argument must be str, not {name}")));
    };
    let text = alloc::string::String::from(text);
    let n = text.chars().count();
    if error {
        vm.port.console_write_err(text.as_bytes());
    } else {
        vm.port.console_write(text.as_bytes());
    }
    vm.new_int(n as i64)
}

fn stdout_write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    write_stream(vm, args, false)
}

fn stderr_write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    write_stream(vm, args, true)
}

fn flush(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

static FUNCTIONS: &[Builtin] = &[Builtin {
    name: "exit",
    func: exit,
}];
static STDOUT_METHODS: &[Builtin] = &[
    Builtin {
        name: "write",
        func: stdout_write,
    },
    Builtin {
        name: "flush",
        func: flush,
    },
];
static STDERR_METHODS: &[Builtin] = &[
    Builtin {
        name: "write",
        func: stderr_write,
    },
    Builtin {
        name: "flush",
        func: flush,
    },
];

/// Creates `sys` (once, at start-up; later imports find it in `sys.modules`).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let module = vm.new_module("sys")?;
    vm.push_root(module);
    let result = fill(vm, module);
    vm.pop_root();
    result.map(|_| module)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    vm.sys_dict = dict;
    let set = |vm: &mut Vm, name: &str, value: Value| {
        let q = vm.qstrs.intern(name);
        vm.dict_set_name(dict, q, value);
    };
    let argv = vm.new_list(Vec::new())?;
    set(vm, "argv", argv);
    let mut path_items = Vec::new();
    for entry in vm.port.module_path() {
        path_items.push(vm.new_str(&entry)?);
    }
    let path = vm.new_list(path_items)?;
    set(vm, "path", path);
    let modules = vm.modules;
    set(vm, "modules", modules);
    let version = vm.new_str(concat!("3.11.0 (Pyrite ", env!("CARGO_PKG_VERSION"), ")"))?;
    set(vm, "version", version);
    let info = [3, 11, 0].map(Value::small_int);
    let version_info = vm.new_tuple(info.to_vec())?;
    set(vm, "version_info", version_info);
    let maxsize = vm.new_int(isize::MAX as i64)?;
    set(vm, "maxsize", maxsize);
    let byteorder = vm.intern("little");
    set(vm, "byteorder", byteorder);
    let platform = vm.intern(if cfg!(target_os = "none") {
        "pyrite"
    } else {
        "linux"
    });
    set(vm, "platform", platform);
    let name = vm.intern("pyrite");
    let pyrite_version = vm.new_tuple([0, 1, 0].map(Value::small_int).to_vec())?;
    let implementation = vm.new_tuple(alloc::vec![name, pyrite_version])?;
    set(vm, "implementation", implementation);
    let stdout = make_stream(vm, "stdout", STDOUT_METHODS)?;
    set(vm, "stdout", stdout);
    let stderr = make_stream(vm, "stderr", STDERR_METHODS)?;
    set(vm, "stderr", stderr);
    Ok(())
}

fn make_stream(vm: &mut Vm, name: &str, methods: &'static [Builtin]) -> PyResult<Value> {
    let class_name = vm.qstrs.intern(name);
    let object = vm.types.object;
    let class = crate::vm::types::make_class(
        vm,
        class_name,
        object,
        crate::obj::Layout::Object,
        methods,
        None,
    );
    vm.alloc(crate::obj::Obj::Instance(alloc::boxed::Box::new(
        crate::obj::Instance {
            class,
            dict: crate::obj::Dict::new(),
            base: Value::NULL,
        },
    )))
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
        vm.dict_set_name(namespace, crate::qstr::q::__module__, module_name);
        for method in methods {
            // `class.__repr__` is stored as `__repr__` (see `Vm::is_builtin_type_slot`).
            let key = method.name.rsplit('.').next().unwrap_or(method.name);
            let method_name = vm.qstrs.intern(key);
            let function = vm.alloc(crate::obj::Obj::Builtin(method))?;
            vm.dict_set_name(namespace, method_name, function);
        }
        if let Some(init) = init {
            let function = vm.alloc(crate::obj::Obj::Builtin(init))?;
            vm.dict_set_name(namespace, crate::qstr::q::__init__, function);
        }
        let name = vm.qstrs.intern(name);
        crate::obj::class::create_class(vm, name, &[base], namespace, &[])
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
