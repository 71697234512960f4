//! `sys`: the library's part — `exit`, `print_exception`, the recursion and int-digit
//! limits, `exc_info`, `exception`, `intern`, the console streams (`stdin`, `stdout`,
//! `stderr` and their `buffer`s), `version_info` and `implementation`, and the names made
//! when first asked for (`sys.__getattr__`: `int_info`, `float_info`, …); with the struct
//! sequences (`time.struct_time`, `os.stat_result`) other modules make. The runtime makes
//! the module itself at start-up (`pyrite::modules::sys`) and calls [`fill`].

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use pyrite::modules::sys::{keep_in_sys, module_attr, module_error, new_class, EXCEPTHOOK};

/// Adds the library's names to `sys` (`Library::sys`, called by the runtime's `sys::make`).
pub fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    let set = |vm: &mut Vm, name: &str, value: Value| {
        let q = vm.qstrs.intern(name);
        vm.dict_set_name(dict, q, value)
    };
    let version_info_class = struct_sequence_class(
        vm,
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    )?;
    vm.push_root(version_info_class);
    let result = fill_versions(vm, dict, version_info_class);
    vm.pop_root();
    result?;
    let stdin = make_stream(vm, "stdin", STDIN_METHODS)?;
    vm.console_streams[0] = stdin;
    set(vm, "stdin", stdin)?;
    let stdout = make_stream(vm, "stdout", STDOUT_METHODS)?;
    vm.console_streams[1] = stdout;
    set(vm, "stdout", stdout)?;
    let stderr = make_stream(vm, "stderr", STDERR_METHODS)?;
    vm.console_streams[2] = stderr;
    set(vm, "stderr", stderr)?;
    Ok(())
}

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

/// Which console stream (0 stdin, 1 stdout, 2 stderr) `stream` is one of, by its class.
fn stream_number(vm: &Vm, stream: Value) -> u8 {
    let class = vm.type_of(stream);
    let console = vm
        .console_streams
        .iter()
        .position(|&s| vm.type_of(s) == class);
    console.map_or(1, |number| number as u8)
}

/// `stream.writelines(lines)`.
fn stream_writelines(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "writelines", args, 1, 1)?;
    let error = stream_number(vm, args[0]) == 2;
    for line in vm.collect_iterable(args[1])? {
        write_stream(vm, &[args[0], line], error)?;
    }
    Ok(Value::NONE)
}

/// `stream.isatty()`.
fn stream_isatty(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "isatty", args, 0, 0)?;
    let fd = stream_number(vm, args[0]);
    Ok(Value::bool(vm.port.console_is_terminal(fd)))
}

/// `stream.fileno()`.
fn stream_fileno(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "fileno", args, 0, 0)?;
    Ok(Value::small_int(stream_number(vm, args[0]) as isize))
}

/// The console streams' data attributes, made when first asked for: `encoding`, `errors`,
/// `name`, `mode`, `closed`, `line_buffering`, and `buffer` (the same stream in bytes, kept
/// in the instance once made).
fn stream_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&this), Some(&name)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__getattr__ expected 1 argument"));
    };
    let fd = stream_number(vm, this);
    let text = String::from(vm.str_text(name).unwrap_or(""));
    match text.as_str() {
        "encoding" => Ok(vm.intern("utf-8")),
        "errors" => Ok(vm.intern(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        })),
        "name" => Ok(vm.intern(["<stdin>", "<stdout>", "<stderr>"][fd as usize])),
        "mode" => Ok(vm.intern(if fd == 0 { "r" } else { "w" })),
        "closed" => Ok(Value::FALSE),
        "line_buffering" => Ok(Value::bool(fd != 0 && vm.port.console_is_terminal(fd))),
        "buffer" => {
            let (class_name, methods) = if fd == 0 {
                ("BufferedReader", BUFFERED_READER_METHODS)
            } else {
                ("BufferedWriter", BUFFERED_WRITER_METHODS)
            };
            let buffer = make_stream(vm, class_name, methods)?;
            vm.push_root(buffer);
            let (fd_name, buffer_name) = (vm.qstrs.intern("_fd"), vm.qstrs.intern("buffer"));
            let result = vm
                .store_attr(buffer, fd_name, Value::small_int(fd as isize))
                .and_then(|_| vm.store_attr(this, buffer_name, buffer));
            vm.pop_root();
            result.map(|_| buffer)
        }
        _ => {
            let type_name = vm.type_name(this);
            Err(vm.new_exception_msg(
                vm.types.attribute_error,
                &format!("'{type_name}' object has no attribute '{text}'"),
            ))
        }
    }
}

/// The console stream number a `buffer` object writes to or reads from.
fn buffer_fd(vm: &mut Vm, this: Value) -> PyResult<u8> {
    let key = vm.qstrs.intern("_fd");
    let fd = vm.load_attr(this, key)?;
    Ok(fd.as_small_int().unwrap_or(1) as u8)
}

/// `sys.stdout.buffer.write(b)`: the bytes as they are.
fn buffer_write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "write", args, 1, 1)?;
    let fd = buffer_fd(vm, args[0])?;
    let Some(bytes) = crate::obj::bytes::byte_slice(vm, args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")));
    };
    let bytes = bytes.to_vec();
    if fd == 2 {
        vm.port.console_write_err(&bytes);
    } else {
        vm.port.console_write(&bytes);
    }
    vm.new_int(bytes.len() as i64)
}

/// `sys.stdin.buffer.read(n=-1)`: bytes from the console, to its end or `n` of them.
fn buffer_read(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "read", args, 0, 1)?;
    let limit = match args.get(1) {
        Some(&v) if v != Value::NONE => vm.int_arg(v)?,
        _ => -1,
    };
    let mut data = Vec::new();
    while limit < 0 || (data.len() as i64) < limit {
        match vm.port.console_read() {
            Some(byte) => data.push(byte),
            None => break,
        }
    }
    vm.alloc(crate::obj::Obj::Bytes(data.into_boxed_slice()))
}

/// `sys.stdin.buffer.readline()`: bytes up to and with the next `\n`.
fn buffer_readline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "readline", args, 0, 1)?;
    let mut data = Vec::new();
    while let Some(byte) = vm.port.console_read() {
        data.push(byte);
        if byte == b'\n' {
            break;
        }
    }
    vm.alloc(crate::obj::Obj::Bytes(data.into_boxed_slice()))
}

fn stdout_write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    write_stream(vm, args, false)
}

fn stderr_write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    write_stream(vm, args, true)
}

fn flush(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.port.console_flush();
    Ok(Value::NONE)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("exit", exit),
    // `sys.__stdin__`, `__stdout__`, `__stderr__` (PEP 562: no dict entries at boot), and
    // `dir(sys)` listing them instead of these two.
    Builtin::new("__getattr__", module_getattr),
    Builtin::new("__dir__", module_dir),
    Builtin::new("print_exception", print_exception),
    Builtin::no_arguments("getrecursionlimit", getrecursionlimit),
    Builtin::new("setrecursionlimit", setrecursionlimit),
    Builtin::no_arguments("exc_info", exc_info),
    Builtin::new("exception", exception),
    Builtin::new("intern", intern),
    Builtin::new("get_int_max_str_digits", get_int_max_str_digits),
    Builtin::with_keywords("set_int_max_str_digits", set_int_max_str_digits),
];
static STDIN_METHODS: &[Builtin] = &[
    Builtin::new("read", stdin_read),
    Builtin::new("readline", stdin_readline),
    Builtin::new("readlines", stdin_readlines),
    Builtin::new("isatty", stream_isatty),
    Builtin::new("fileno", stream_fileno),
    Builtin::new("stdin.__getattr__", stream_getattr),
    Builtin::new("stdin.__iter__", stdin_iter),
    Builtin::new("stdin.__next__", stdin_next),
];
static IMPLEMENTATION_METHODS: &[Builtin] =
    &[Builtin::new("implementation.__repr__", implementation_repr)];

/// `repr(sys.implementation)`: `namespace(name='pyrite', …)`, as CPython's (a
/// `types.SimpleNamespace`) prints, its attributes in the order they were set.
fn implementation_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let entries: Vec<(Value, Value)> = match args.first().and_then(|&this| vm.heap_obj(this)) {
        Some(crate::obj::Obj::Instance(instance)) => instance
            .dict
            .iter()
            .map(|entry| (entry.key, entry.value))
            .collect(),
        _ => return Err(vm.type_error("descriptor needs an argument")),
    };
    fields_repr(vm, String::from("namespace"), entries)
}

/// `name(field=repr(value), …)`.
fn fields_repr(
    vm: &mut Vm,
    mut text: String,
    fields: impl IntoIterator<Item = (Value, Value)>,
) -> PyResult<Value> {
    text.push('(');
    for (index, (field, value)) in fields.into_iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(&vm.str(field)?);
        text.push('=');
        text.push_str(&vm.repr(value)?);
    }
    text.push(')');
    vm.new_string(text)
}

static STRUCT_SEQUENCE_METHODS: &[Builtin] = &[
    Builtin::new("struct_sequence.__repr__", struct_sequence_repr),
    Builtin::new("struct_sequence.__str__", struct_sequence_repr),
    Builtin::new("struct_sequence.__getattr__", struct_sequence_field),
    Builtin::new("struct_sequence.__setattr__", struct_sequence_set_field),
    Builtin::new("struct_sequence.__delattr__", struct_sequence_set_field),
];

/// `seq.tm_year`: the item at the field's place (the class's `_fields`), so an instance made
/// from a tuple by the class (`time.struct_time((…))`) has them too, and none keeps a dict.
fn struct_sequence_field(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (this, index) = struct_sequence_lookup(vm, args)?;
    let values = vm.builtin_part(this);
    let index = vm.new_int(index as i64)?;
    vm.get_item(values, index)
}

/// `seq.tm_year = …` and `del seq.tm_year`: the fields are read-only and there is no dict.
fn struct_sequence_set_field(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    struct_sequence_lookup(vm, args)?;
    Err(vm.new_exception_msg(vm.types.attribute_error, "readonly attribute"))
}

/// The instance (`args[0]`) and the place of the field named by `args[1]`, or CPython's
/// AttributeError for a name that is not a field.
fn struct_sequence_lookup(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, usize)> {
    let (Some(&this), Some(&name)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected an attribute name"));
    };
    let class = vm.type_of(this);
    let key = vm.qstrs.intern("_fields");
    let fields = vm.load_attr(class, key)?;
    let fields = vm.collect_iterable(fields)?;
    let wanted = vm.str_text(name).map(alloc::string::String::from);
    for (index, field) in fields.into_iter().enumerate() {
        if wanted.is_some() && vm.str_text(field) == wanted.as_deref() {
            return Ok((this, index));
        }
    }
    let text = wanted.unwrap_or_else(|| "?".into());
    let type_name = struct_sequence_name(vm, class)?;
    Err(vm.new_exception_msg(
        vm.types.attribute_error,
        &alloc::format!("'{type_name}' object has no attribute '{text}'"),
    ))
}

static STDOUT_METHODS: &[Builtin] = &[
    Builtin::new("write", stdout_write),
    Builtin::new("flush", flush),
    Builtin::new("writelines", stream_writelines),
    Builtin::new("isatty", stream_isatty),
    Builtin::new("fileno", stream_fileno),
    Builtin::new("stdout.__getattr__", stream_getattr),
];
static STDERR_METHODS: &[Builtin] = &[
    Builtin::new("write", stderr_write),
    Builtin::new("flush", flush),
    Builtin::new("writelines", stream_writelines),
    Builtin::new("isatty", stream_isatty),
    Builtin::new("fileno", stream_fileno),
    Builtin::new("stderr.__getattr__", stream_getattr),
];
static BUFFERED_WRITER_METHODS: &[Builtin] = &[
    Builtin::new("write", buffer_write),
    Builtin::new("flush", flush),
];
static BUFFERED_READER_METHODS: &[Builtin] = &[
    Builtin::new("read", buffer_read),
    Builtin::new("readline", buffer_readline),
];

fn make_stream(vm: &mut Vm, name: &str, methods: &'static [Builtin]) -> PyResult<Value> {
    let object = vm.types.object;
    let class = new_class(vm, name, "sys", object, methods, None)?;
    vm.alloc(crate::obj::Obj::Instance(alloc::boxed::Box::new(
        crate::obj::Instance {
            class,
            dict: crate::obj::Dict::new(),
            base: Value::NULL,
        },
    )))
}

/// `sys.version_info` and `sys.implementation` (whose `version` is Pyrite's own).
fn fill_versions(vm: &mut Vm, dict: Value, class: Value) -> PyResult<()> {
    let final_ = vm.intern("final");
    let items = alloc::vec![
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(0),
        final_,
        Value::small_int(0),
    ];
    let version_info = new_struct_sequence(vm, class, items)?;
    let name = vm.qstrs.intern("version_info");
    vm.dict_set_name(dict, name, version_info)?;
    let mut parts = crate::VERSION
        .split('.')
        .map(|part| part.parse::<isize>().unwrap_or(0));
    let items = alloc::vec![
        Value::small_int(parts.next().unwrap_or(0)),
        Value::small_int(parts.next().unwrap_or(0)),
        Value::small_int(parts.next().unwrap_or(0)),
        final_,
        Value::small_int(0),
    ];
    let pyrite_version = new_struct_sequence(vm, class, items)?;
    vm.push_root(pyrite_version);
    let result = (|| {
        let object = vm.types.object;
        let namespace = new_class(
            vm,
            "implementation",
            "sys",
            object,
            IMPLEMENTATION_METHODS,
            None,
        )?;
        let implementation = vm.call(namespace, &[], &[])?;
        vm.push_root(implementation);
        let result = (|| {
            let name = vm.intern("pyrite");
            let key = vm.qstrs.intern("name");
            vm.store_attr(implementation, key, name)?;
            let key = vm.qstrs.intern("version");
            vm.store_attr(implementation, key, pyrite_version)?;
            let machine = String::from(vm.port.board_name());
            let machine = vm.new_string(machine)?;
            let key = vm.qstrs.intern("_machine");
            vm.store_attr(implementation, key, machine)?;
            let key = vm.qstrs.intern("implementation");
            vm.dict_set_name(dict, key, implementation)?;
            Ok(())
        })();
        vm.pop_root();
        result
    })();
    vm.pop_root();
    result
}

/// A class of tuples with named fields, like CPython's struct sequences (`time.struct_time`,
/// `os.stat_result`, `sys.version_info`): indexing, slicing and comparison are the tuple's,
/// each field is also an attribute, and the repr is `module.name(field=value, ...)`.
pub fn struct_sequence_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    fields: &[&str],
) -> PyResult<Value> {
    let tuple = vm.types.tuple;
    let class = new_class(vm, name, module, tuple, STRUCT_SEQUENCE_METHODS, None)?;
    vm.push_root(class);
    let result = (|| {
        let mut names = Vec::with_capacity(fields.len());
        for field in fields {
            names.push(vm.intern(field));
        }
        let names = vm.new_tuple(names)?;
        let key = vm.qstrs.intern("_fields");
        vm.store_attr(class, key, names)
    })();
    vm.pop_root();
    result.map(|_| class)
}

/// An instance of a `struct_sequence_class` holding `values` (one per field).
pub fn new_struct_sequence(vm: &mut Vm, class: Value, values: Vec<Value>) -> PyResult<Value> {
    let tuple = vm.new_tuple(values)?;
    vm.push_root(tuple);
    // Its fields are read through `struct_sequence_field`.
    let result = vm.call(class, &[tuple], &[]);
    vm.pop_root();
    result
}

/// A struct sequence class's name as CPython shows it: `time.struct_time`.
fn struct_sequence_name(vm: &mut Vm, class: Value) -> PyResult<alloc::string::String> {
    let module = vm.load_attr(class, crate::qstr::q::__module__)?;
    let mut name = vm.str(module)?;
    name.push('.');
    name.push_str(&vm.class_name(class));
    Ok(name)
}

fn struct_sequence_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let class = vm.type_of(this);
    let name = struct_sequence_name(vm, class)?;
    let key = vm.qstrs.intern("_fields");
    let fields = vm.load_attr(class, key)?;
    let fields = vm.collect_iterable(fields)?;
    let values = vm.builtin_part(this);
    let values = vm.collect_iterable(values)?;
    fields_repr(vm, name, fields.into_iter().zip(values))
}

/// Reads one line from the console (with its newline; empty at end of input).
fn console_line(vm: &mut Vm) -> Vec<u8> {
    let mut line = Vec::new();
    while let Some(byte) = vm.port.console_read() {
        line.push(byte);
        if byte == b'\n' {
            break;
        }
    }
    line
}

fn stdin_readline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "readline", args, 0, 1)?;
    let line = console_line(vm);
    vm.new_string(String::from_utf8_lossy(&line).into_owned())
}

fn stdin_read(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "read", args, 0, 1)?;
    let limit = match args.get(1) {
        Some(&v) if v != Value::NONE => vm.int_arg(v)?,
        _ => -1,
    };
    let mut data = Vec::new();
    // Counts characters, not bytes: continuation bytes of UTF-8 do not count.
    let mut characters = 0;
    while limit < 0 || characters < limit {
        let Some(byte) = vm.port.console_read() else {
            break;
        };
        data.push(byte);
        if byte & 0xc0 != 0x80 {
            characters += 1;
        }
    }
    vm.new_string(String::from_utf8_lossy(&data).into_owned())
}

fn stdin_iter(_: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

fn stdin_next(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let line = console_line(vm);
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::NONE));
    }
    vm.new_string(String::from_utf8_lossy(&line).into_owned())
}

fn stdin_readlines(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| loop {
        let line = console_line(vm);
        if line.is_empty() {
            return Ok(list);
        }
        let line = vm.new_string(String::from_utf8_lossy(&line).into_owned())?;
        vm.list_append(list, line)?;
    })();
    vm.pop_root();
    result
}

/// `sys.print_exception(exc, file=sys.stdout)`: MicroPython's traceback printer.
fn print_exception(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "print_exception", args, 1, 2)?;
    if !vm.is_exception(args[0]) {
        return Err(vm.type_error("print_exception() argument must be an exception"));
    }
    let text = vm.format_exception(args[0]);
    match args.get(1) {
        Some(&file) if file != Value::NONE => {
            let write = vm.qstrs.intern("write");
            let method = vm.load_attr(file, write)?;
            let text = vm.new_string(text)?;
            vm.call(method, &[text], &[])?;
        }
        _ => vm.write_out(&text),
    }
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.new_int(vm.recursion_limit as i64)
}

/// `sys.setrecursionlimit(n)`: how deep Python calls may nest (their frames are on the heap;
/// native recursion keeps its own limit).
fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let limit = vm.int_arg(args[0])?;
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() + 1; // (CPython counts this call too)
    if limit as u64 <= depth as u64 {
        return Err(vm.new_exception_msg(
            vm.types.recursion_error,
            &format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.recursion_limit = usize::try_from(limit).unwrap_or(usize::MAX);
    vm.frame_room = 0;
    Ok(Value::NONE)
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.get_int_max_str_digits() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::small_int(vm.int_max_str_digits as isize))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or at least
/// `sys.int_info.str_digits_check_threshold`.
fn set_int_max_str_digits(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    // CPython's order: the count, then the argument (an unknown keyword leaves it missing).
    let given = args.len() + kwargs.len();
    if given > 1 {
        let kind = if args.is_empty() {
            "keyword argument"
        } else {
            "argument"
        };
        return Err(vm.type_error(format!(
            "set_int_max_str_digits() takes at most 1 {kind} ({given} given)"
        )));
    }
    let keyword = crate::modules::builtins::kwarg(vm, kwargs, "maxdigits");
    let Some(value) = args.first().copied().or(keyword) else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let digits = i64::from(vm.c_int_arg(value)?);
    let threshold = crate::obj::int::MAX_STR_DIGITS_THRESHOLD;
    if digits != 0 && digits < i64::from(threshold) {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    vm.int_max_str_digits = digits as u32;
    Ok(Value::NONE)
}

/// The names `sys.__getattr__` answers for.
const LAZY_NAMES: [&str; 9] = [
    "excepthook",
    "__excepthook__",
    "__stdin__",
    "__stdout__",
    "__stderr__",
    "builtin_module_names",
    "int_info",
    "float_info",
    "maxunicode",
];

const INT_INFO_FIELDS: &[&str] = &[
    "bits_per_digit",
    "sizeof_digit",
    "default_max_str_digits",
    "str_digits_check_threshold",
];

const FLOAT_INFO_FIELDS: &[&str] = &[
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
];

/// `sys.int_info` or `sys.float_info`, made the first time a program asks and kept in `sys`.
/// (`values` need no rooting: allocation never collects, and the class's call runs no
/// Python code before the tuple holds them.)
fn lazy_struct_sequence(
    vm: &mut Vm,
    name: &'static str,
    fields: &[&str],
    values: Vec<Value>,
) -> PyResult<Value> {
    let class = struct_sequence_class(vm, name, "sys", fields)?;
    vm.push_root(class);
    let result = new_struct_sequence(vm, class, values);
    vm.pop_root();
    keep_in_sys(vm, name, result?)
}

/// `dir(sys)`: the module's names and those `sys.__getattr__` makes, without the two hooks.
fn module_dir(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = vm.sys_dict;
    vm.module_dir_with(dict, LAZY_NAMES)
}

/// `sys.__getattr__(name)`: the console's own streams, whatever `sys.stdout` now is, and
/// `builtin_module_names`.
fn module_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|&name| vm.str_text(name))
        .unwrap_or("");
    let index = match name {
        "__stdin__" => 0,
        "__stdout__" => 1,
        "__stderr__" => 2,
        // The default hook, which a program may replace in `sys`.
        // (Asked for `excepthook`, it is not in `sys`: the default.)
        "excepthook" | "__excepthook__" => {
            let hook = vm.alloc(crate::obj::Obj::Builtin(&EXCEPTHOOK))?;
            vm.push_root(hook);
            let kept = keep_in_sys(vm, "__excepthook__", hook);
            vm.pop_root();
            kept?;
            // `sys.excepthook` is the default until a program replaces it.
            if vm
                .qstrs
                .lookup("excepthook")
                .and_then(|key| vm.dict_get_name(vm.sys_dict, key))
                .is_none()
            {
                keep_in_sys(vm, "excepthook", hook)?;
            }
            return Ok(hook);
        }
        // Made when asked for (some 50 names, about 1 KB of heap a program rarely needs),
        // and kept.
        "builtin_module_names" => {
            // `builtins` and `sys` are made at boot, not from the module table.
            let mut names = alloc::vec![Value::qstr(crate::qstr::q::builtins)];
            for module in pyrite::modules::builtin_names(vm) {
                names.push(vm.intern(module));
            }
            let tuple = vm.new_tuple(names)?;
            return keep_in_sys(vm, "builtin_module_names", tuple);
        }
        // CPython's figures: the limits are the same; Pyrite's big ints have 32-bit limbs.
        "int_info" => {
            let values = alloc::vec![
                Value::small_int(32),
                Value::small_int(4),
                Value::small_int(crate::obj::int::DEFAULT_MAX_STR_DIGITS as isize),
                Value::small_int(crate::obj::int::MAX_STR_DIGITS_THRESHOLD as isize),
            ];
            return lazy_struct_sequence(vm, "int_info", INT_INFO_FIELDS, values);
        }
        // IEEE 754 binary64, as on every CPython.
        "float_info" => {
            let mut values = Vec::with_capacity(FLOAT_INFO_FIELDS.len());
            // max, min and epsilon, each followed by the ints that follow it in the tuple.
            let numbers: [(f64, &[isize]); 3] = [
                (f64::MAX, &[1024, 308]),
                (f64::MIN_POSITIVE, &[-1021, -307, 15, 53]),
                (f64::EPSILON, &[2, 1]),
            ];
            for (number, ints) in numbers {
                values.push(vm.new_float(number)?);
                values.extend(ints.iter().map(|&i| Value::small_int(i)));
            }
            return lazy_struct_sequence(vm, "float_info", FLOAT_INFO_FIELDS, values);
        }
        "maxunicode" => return Ok(Value::small_int(0x10_FFFF)),
        _ => {
            let message = format!("module 'sys' has no attribute '{name}'");
            return Err(vm.new_exception_msg(vm.types.attribute_error, &message));
        }
    };
    Ok(vm.console_streams[index])
}

fn exc_info(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let handled = vm.current_handled();
    if handled == Value::NONE || handled.is_null() {
        return vm.new_tuple(alloc::vec![Value::NONE; 3]);
    }
    let class = vm.type_of(handled);
    let traceback = crate::obj::traceback::traceback_object(vm, handled)?;
    vm.new_tuple(alloc::vec![class, handled, traceback])
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "exception", args, 0, 0)?;
    let handled = vm.current_handled();
    Ok(if handled.is_null() {
        Value::NONE
    } else {
        handled
    })
}

fn intern(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "intern", args, 1, 1)?;
    match vm.str_text(args[0]).map(String::from) {
        Some(text) => Ok(vm.intern(&text)),
        None => {
            let name = vm.type_name(args[0]);
            Err(vm.type_error(format!("intern() argument must be str, not {name}")))
        }
    }
}
