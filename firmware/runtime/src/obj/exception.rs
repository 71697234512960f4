//! `BaseException`'s methods.

use crate::modules::builtins::receiver;
use crate::obj::{Builtin, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `OSError(errno, strerror, ...)` becomes the subclass CPython picks for that errno.
pub fn os_error_subclass(vm: &mut Vm, class: Value, args: &[Value]) -> Value {
    if class != vm.types.os_error || args.len() < 2 {
        return class;
    }
    let subclass = match vm.as_i64(args[0]) {
        Some(2) => Some(crate::qstr::q::FileNotFoundError),
        Some(17) => Some(crate::qstr::q::FileExistsError),
        Some(13) | Some(1) => Some(crate::qstr::q::PermissionError),
        Some(21) => Some(crate::qstr::q::IsADirectoryError),
        Some(20) => Some(crate::qstr::q::NotADirectoryError),
        Some(110) => Some(crate::qstr::q::TimeoutError),
        // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS.
        Some(11 | 114 | 115) => Some(crate::qstr::q::BlockingIOError),
        Some(10) => Some(crate::qstr::q::ChildProcessError),
        // EPIPE, ESHUTDOWN.
        Some(32 | 108) => Some(crate::qstr::q::BrokenPipeError),
        Some(103) => Some(crate::qstr::q::ConnectionAbortedError),
        Some(111) => Some(crate::qstr::q::ConnectionRefusedError),
        Some(104) => Some(crate::qstr::q::ConnectionResetError),
        Some(4) => Some(crate::qstr::q::InterruptedError),
        Some(3) => Some(crate::qstr::q::ProcessLookupError),
        _ => None,
    };
    // Out of memory, the subclass may not be made: the OSError itself then.
    subclass
        .and_then(|name| vm.builtin(name).ok().flatten())
        .unwrap_or(class)
}

/// `OSError(errno, strerror, filename[, winerror[, filename2]])` with a filename keeps
/// only `(errno, strerror)` as its `args`, as CPython's: the file names, returned, become
/// attributes.
pub fn split_os_error_filenames(
    vm: &Vm,
    class: Value,
    args: &mut alloc::vec::Vec<Value>,
) -> Option<[(Qstr, Value); 2]> {
    if !(3..=5).contains(&args.len())
        || args[2].is_none()
        || !vm.is_subclass(class, vm.types.os_error)
    {
        return None;
    }
    let named = [
        (q::filename, args[2]),
        (q::filename2, args.get(4).copied().unwrap_or(Value::NONE)),
    ];
    args.truncate(2);
    Some(named)
}

/// Adds attribute `name` to a new exception's `dict` (MemoryError when the heap is full).
pub fn insert_member(
    vm: &Vm,
    dict: &mut crate::obj::Dict,
    name: Qstr,
    value: Value,
) -> PyResult<()> {
    let hash = vm.qstrs.hash(name);
    dict.try_insert_new(hash, Value::qstr(name), value, vm.heap.room())
        .map_err(|_| vm.memory_error())
}

/// The keywords a built-in exception class takes (`ImportError(msg, name=, path=)`), each
/// kept as an attribute.
fn exception_keywords(vm: &Vm, class: Value) -> &'static [&'static str] {
    let import_error = vm.types.import_error;
    if vm.is_subclass(class, import_error) {
        &["name", "path"]
    } else if vm.is_subclass(class, vm.types.attribute_error) {
        &["name", "obj"]
    } else if vm.is_subclass(class, vm.types.name_error) {
        &["name"]
    } else {
        &[]
    }
}

/// Whether instances of `class` have the member `name` (`ImportError`'s `path`...).
pub fn takes_keyword(vm: &Vm, class: Value, name: &str) -> bool {
    exception_keywords(vm, class).contains(&name)
}

/// `SomeError(*args)` for the built-in exception classes.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let class = os_error_subclass(vm, args[0], &args[1..]);
    let mut dict = crate::obj::Dict::new();
    if !kwargs.is_empty() {
        let allowed = exception_keywords(vm, class);
        if allowed.is_empty() {
            let name = vm.class_name(class);
            return Err(vm.type_error(alloc::format!("{name}() takes no keyword arguments")));
        }
        crate::modules::builtins::check_kwargs(vm, &vm.class_name(class), kwargs, allowed)?;
        for &(key, value) in kwargs {
            let Some(name) = vm.as_name(key)? else {
                continue;
            };
            insert_member(vm, &mut dict, name, value)?;
        }
    }
    let mut args = args[1..].to_vec();
    for (name, value) in split_os_error_filenames(vm, class, &mut args)
        .into_iter()
        .flatten()
    {
        insert_member(vm, &mut dict, name, value)?;
    }
    let tuple = vm.new_tuple(args)?;
    vm.alloc(Obj::exception(class, tuple, dict))
}

fn init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = receiver(vm, args, "__init__")?;
    let mut items = args[1..].to_vec();
    let class = vm.type_of(this);
    for (name, value) in split_os_error_filenames(vm, class, &mut items)
        .into_iter()
        .flatten()
    {
        vm.store_attr(this, name, value)?;
    }
    let tuple = vm.new_tuple(items)?;
    if let Some(Obj::Exception(_)) = vm.heap_obj(this) {
        if let Obj::Exception(e) = vm.heap.get_mut(this) {
            e.args = tuple;
        }
    }
    Ok(Value::NONE)
}

fn str(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = receiver(vm, args, "__str__")?;
    let text = vm.exception_str(this)?;
    vm.new_string(text)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = receiver(vm, args, "__repr__")?;
    let text = vm.repr(this)?;
    vm.new_string(text)
}

fn with_traceback(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "with_traceback", args, 1, 1)?;
    vm.set_traceback(args[0], args[1])?;
    Ok(args[0])
}

/// `add_note(note)` (PEP 678): appends to the exception's `__notes__` list, made on first use;
/// tracebacks print the notes after the exception's line.
fn add_note(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "add_note", args, 1, 1)?;
    if vm.str_text(args[1]).is_none() {
        let type_name = vm.type_name(args[1]);
        return Err(vm.type_error(alloc::format!("note must be a str, not '{type_name}'")));
    }
    let notes_name = vm.qstrs.intern("__notes__");
    let notes = match vm.load_attr_optional(args[0], notes_name)? {
        Some(notes) => notes,
        None => {
            let notes = vm.new_list(alloc::vec::Vec::new())?;
            vm.store_attr(args[0], notes_name, notes)?;
            notes
        }
    };
    if !matches!(vm.heap_obj(notes), Some(Obj::List(_))) {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.list_append(notes, args[1])?;
    Ok(Value::NONE)
}

pub static METHODS: &[Builtin] = &[
    Builtin::with_keywords("__init__", init),
    Builtin::new("__str__", str),
    Builtin::new("__repr__", repr),
    Builtin::new("with_traceback", with_traceback),
    Builtin::new("add_note", add_note),
];
