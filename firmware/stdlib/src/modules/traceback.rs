//! `traceback`: printing and formatting exceptions and their tracebacks, as CPython's module
//! does for them, over the runtime's own traceback printer (`vm/exception.rs`).
//!
//! A traceback object (`obj/traceback.rs`) names a frame of an exception's recorded traceback;
//! `format_tb(e.__traceback__)` reads the frames from there in. Frame pieces name file, line
//! and function, and the source line where the file can be read (not frozen modules').

use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, check_python_kwargs, kwarg};
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The exception an `(exc, /, value=…, tb=…)` call means: `value` when given (the old
/// three-argument form), else `exc`. None when it is `None` (CPython prints `NoneType: None`).
fn exception_argument(vm: &mut Vm, function: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let exception = args.get(1).copied().unwrap_or(args[0]);
    if exception.is_none() {
        return Ok(None);
    }
    if !vm.is_exception(exception) {
        let type_name = vm.type_name(exception);
        return Err(vm.type_error(alloc::format!(
            "{function}() argument must be an exception, not '{type_name}'"
        )));
    }
    Ok(Some(exception))
}

/// `limit=`: None, or an int (negative: the last frames).
fn limit_argument(vm: &mut Vm, limit: Option<Value>) -> PyResult<Option<isize>> {
    match limit {
        Some(limit) if !limit.is_none() => Ok(Some(vm.int_arg(limit)? as isize)),
        _ => Ok(None),
    }
}

/// `chain=` (default true).
fn chain_argument(vm: &mut Vm, chain: Option<Value>) -> PyResult<bool> {
    match chain {
        Some(chain) => vm.is_true(chain),
        None => Ok(true),
    }
}

/// The pieces `format_exception` returns for exception arguments `args` (`exc, value, tb`),
/// and `limit` and `chain` (positional, if given so; keywords come first).
fn exception_parts(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    limit: Option<Value>,
    chain: Option<Value>,
    kwargs: &[(Value, Value)],
) -> PyResult<Vec<String>> {
    let limit = limit_argument(vm, kwarg(vm, kwargs, "limit").or(limit))?;
    let chain = chain_argument(vm, kwarg(vm, kwargs, "chain").or(chain))?;
    // A `tb` shows its frames instead of the exception's own (`tb=None`: none).
    let frames = match kwarg(vm, kwargs, "tb").or(args.get(2).copied()) {
        Some(tb) if tb.is_none() => Some(Vec::new()),
        Some(tb) => match crate::obj::traceback::entries_through(vm, tb) {
            Some(frames) => Some(frames),
            None => return Err(no_tb_frame(vm, tb)),
        },
        None => None,
    };
    Ok(match exception_argument(vm, function, args)? {
        Some(exception) => vm.format_exception_parts(exception, limit, chain, frames),
        None => alloc::vec![String::from("NoneType: None\n")],
    })
}

fn new_str_list(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let list = vm.new_list(Vec::with_capacity(parts.len()))?;
    vm.push_root(list);
    let result = (|| {
        for part in parts {
            let text = vm.new_string(part)?;
            vm.list_append(list, text)?;
        }
        Ok(list)
    })();
    vm.pop_root();
    result
}

/// Writes `text` to `file`, or to `sys.stderr` when it is None or absent.
fn write_text(vm: &mut Vm, file: Option<Value>, text: String) -> PyResult<()> {
    let file = match file {
        Some(file) if !file.is_none() => file,
        _ => {
            let stderr = vm.qstrs.intern("stderr");
            match vm.dict_get_name(vm.sys_dict, stderr) {
                Some(stderr) => stderr,
                None => return Err(vm.runtime_error("lost sys.stderr")),
            }
        }
    };
    let write = vm.qstrs.intern("write");
    let method = vm.load_attr(file, write)?;
    let text = vm.new_string(text)?;
    vm.call(method, &[text], &[])?;
    Ok(())
}

/// `format_exception(exc, /, value=…, tb=…, limit=None, chain=True)`: a list of strings.
fn format_exception(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_exception", args, 1, 5)?;
    check_python_kwargs(
        vm,
        "format_exception",
        kwargs,
        &["value", "tb", "limit", "chain"],
    )?;
    let args = with_value_keyword(vm, args, kwargs);
    let (limit, chain) = (args.get(3).copied(), args.get(4).copied());
    let parts = exception_parts(vm, "format_exception", &args, limit, chain, kwargs)?;
    new_str_list(vm, parts)
}

/// `value=` given by keyword counts as the second positional argument.
fn with_value_keyword(vm: &Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Vec<Value> {
    let mut args = args.to_vec();
    if let Some(value) = kwarg(vm, kwargs, "value") {
        if args.len() < 2 {
            args.push(value);
        }
    }
    args
}

/// `print_exception(exc, /, value=…, tb=…, limit=None, file=None, chain=True)`.
fn print_exception(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "print_exception", args, 1, 6)?;
    check_python_kwargs(
        vm,
        "print_exception",
        kwargs,
        &["value", "tb", "limit", "file", "chain"],
    )?;
    let args = with_value_keyword(vm, args, kwargs);
    // Positions: exc, value, tb, limit, file, chain.
    let (limit, chain) = (args.get(3).copied(), args.get(5).copied());
    let file = kwarg(vm, kwargs, "file").or(args.get(4).copied());
    let parts = exception_parts(vm, "print_exception", &args, limit, chain, kwargs)?;
    write_text(vm, file, parts.concat())?;
    Ok(Value::NONE)
}

/// `format_exception_only(exc, /, value=…)`: the exception's line and its notes.
fn format_exception_only(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    check_args(vm, "format_exception_only", args, 1, 2)?;
    check_python_kwargs(vm, "format_exception_only", kwargs, &["value"])?;
    let args = with_value_keyword(vm, args, kwargs);
    let parts = match exception_argument(vm, "format_exception_only", &args)? {
        Some(exception) => vm.exception_only_parts(exception),
        None => alloc::vec![String::from("NoneType: None\n")],
    };
    new_str_list(vm, parts)
}

/// `format_exc(limit=None, chain=True)`: the handled exception's traceback as one string.
fn format_exc(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_exc", args, 0, 2)?;
    check_python_kwargs(vm, "format_exc", kwargs, &["limit", "chain"])?;
    let text = handled_text(vm, args.first().copied(), args.get(1).copied(), kwargs)?;
    vm.new_string(text)
}

/// `print_exc(limit=None, file=None, chain=True)`.
fn print_exc(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "print_exc", args, 0, 3)?;
    check_python_kwargs(vm, "print_exc", kwargs, &["limit", "file", "chain"])?;
    let text = handled_text(vm, args.first().copied(), args.get(2).copied(), kwargs)?;
    let file = kwarg(vm, kwargs, "file").or(args.get(1).copied());
    write_text(vm, file, text)?;
    Ok(Value::NONE)
}

/// The text of the handled exception's traceback (`NoneType: None` when none is handled).
fn handled_text(
    vm: &mut Vm,
    limit: Option<Value>,
    chain: Option<Value>,
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let handled = vm.current_handled();
    let exception = if handled.is_null() {
        Value::NONE
    } else {
        handled
    };
    Ok(exception_parts(vm, "format_exc", &[exception], limit, chain, kwargs)?.concat())
}

/// The frame pieces of traceback `tb` (a traceback object, or None): its frame and those it
/// leads to.
fn traceback_frames(vm: &mut Vm, tb: Value, limit: Option<Value>) -> PyResult<Vec<String>> {
    let limit = limit_argument(vm, limit)?;
    let mut parts = Vec::new();
    if tb.is_none() {
        return Ok(parts);
    }
    let Some(entries) = crate::obj::traceback::entries_through(vm, tb) else {
        return Err(no_tb_frame(vm, tb));
    };
    vm.entry_parts(entries, limit, &mut parts);
    if !parts.is_empty() {
        parts.remove(0); // `Traceback (most recent call last):` is not a frame.
    }
    Ok(parts)
}

/// CPython's error for a `tb` argument that is no traceback.
fn no_tb_frame(vm: &mut Vm, tb: Value) -> Value {
    let type_name = vm.type_name(tb);
    vm.attribute_error_text(&alloc::format!(
        "'{type_name}' object has no attribute 'tb_frame'"
    ))
}

/// `format_tb(tb, limit=None)`: a string per frame.
fn format_tb(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_tb", args, 1, 2)?;
    check_python_kwargs(vm, "format_tb", kwargs, &["limit"])?;
    let limit = kwarg(vm, kwargs, "limit").or(args.get(1).copied());
    let parts = traceback_frames(vm, args[0], limit)?;
    new_str_list(vm, parts)
}

/// `print_tb(tb, limit=None, file=None)`.
fn print_tb(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "print_tb", args, 1, 3)?;
    check_python_kwargs(vm, "print_tb", kwargs, &["limit", "file"])?;
    let limit = kwarg(vm, kwargs, "limit").or(args.get(1).copied());
    let parts = traceback_frames(vm, args[0], limit)?;
    let file = kwarg(vm, kwargs, "file").or(args.get(2).copied());
    write_text(vm, file, parts.concat())?;
    Ok(Value::NONE)
}

/// The running Python frames as pieces, oldest first, the caller's last.
fn stack_parts(vm: &mut Vm, limit: Option<Value>) -> PyResult<Vec<String>> {
    let limit = limit_argument(vm, limit)?;
    let frames: Vec<(Value, crate::qstr::Qstr, u32)> = vm
        .frames
        .iter()
        .map(|frame| (frame.code.filename, frame.code.name, frame.line()))
        .collect();
    let mut parts: Vec<String> = frames
        .into_iter()
        .map(|(filename, name, line)| {
            alloc::format!(
                "  File \"{}\", line {line}, in {}\n",
                vm.str_text(filename).unwrap_or("?"),
                vm.qstrs.text(name)
            )
        })
        .collect();
    // CPython's limit counts from the newest frame here.
    match limit {
        Some(keep) if keep >= 0 => {
            let keep = (keep as usize).min(parts.len());
            parts.drain(..parts.len() - keep);
        }
        Some(keep) => parts.truncate(keep.unsigned_abs()),
        None => {}
    }
    Ok(parts)
}

/// `format_stack(f=None, limit=None)`: the calling stack (only the current one: `f` must be
/// None).
fn format_stack(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_stack", args, 0, 2)?;
    check_python_kwargs(vm, "format_stack", kwargs, &["f", "limit"])?;
    no_frame_argument(vm, kwarg(vm, kwargs, "f").or(args.first().copied()))?;
    let parts = stack_parts(vm, kwarg(vm, kwargs, "limit").or(args.get(1).copied()))?;
    new_str_list(vm, parts)
}

/// `print_stack(f=None, limit=None, file=None)`.
fn print_stack(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "print_stack", args, 0, 3)?;
    check_python_kwargs(vm, "print_stack", kwargs, &["f", "limit", "file"])?;
    no_frame_argument(vm, kwarg(vm, kwargs, "f").or(args.first().copied()))?;
    let parts = stack_parts(vm, kwarg(vm, kwargs, "limit").or(args.get(1).copied()))?;
    let file = kwarg(vm, kwargs, "file").or(args.get(2).copied());
    write_text(vm, file, parts.concat())?;
    Ok(Value::NONE)
}

/// Pyrite has no frame objects: a stack can be taken only from where it is called.
fn no_frame_argument(vm: &mut Vm, frame: Option<Value>) -> PyResult<()> {
    match frame {
        Some(frame) if !frame.is_none() => {
            let class = vm.exception_class(crate::qstr::q::NotImplementedError);
            Err(vm.new_exception_msg(class, "frame objects are not supported: call with f=None"))
        }
        _ => Ok(()),
    }
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::with_keywords("format_exception", format_exception),
    Builtin::with_keywords("format_exception_only", format_exception_only),
    Builtin::with_keywords("format_exc", format_exc),
    Builtin::with_keywords("format_stack", format_stack),
    Builtin::with_keywords("format_tb", format_tb),
    Builtin::with_keywords("print_exc", print_exc),
    Builtin::with_keywords("print_exception", print_exception),
    Builtin::with_keywords("print_stack", print_stack),
    Builtin::with_keywords("print_tb", print_tb),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("traceback", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)
    })
}
