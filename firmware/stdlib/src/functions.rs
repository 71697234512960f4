//! The rarer built-in functions: `round`, `pow`, `dir`, `vars`, `locals`, `hex`, `oct`, `bin`,
//! `input`, `exec`, `eval`, `compile`.
//!
//! The runtime keeps the common ones (`pyrite::modules::builtins`); these reach `builtins`
//! through `LIBRARY` (see `pyrite::library`), made when a program first looks one up.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let names = ["base", "exp", "mod"];
    crate::modules::builtins::check_kwargs(vm, "pow", kwargs, &names)?;
    let args =
        crate::modules::builtins::keywords_to_positions(vm, "pow", args, kwargs, 0, &names, &[])?;
    check_args(vm, "pow", &args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        // A class of the base's may define the three-argument form (no reflected one is tried).
        if vm.is_user_object(args[0]) {
            if let Some(result) = vm.call_user_special(args[0], q::__pow__, &[args[1], args[2]])? {
                if result != Value::NOT_IMPLEMENTED {
                    return Ok(result);
                }
            }
        }
        let (Some(base), Some(exponent), Some(modulus)) = (
            vm.as_bigint(args[0]),
            vm.as_bigint(args[1]),
            vm.as_bigint(args[2]),
        ) else {
            let numbers = args
                .iter()
                .all(|&v| !vm.is_user_object(v) && vm.as_number(v).is_some());
            if !numbers {
                let names: Vec<String> = args.iter().map(|&v| vm.type_name(v)).collect();
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    names[0], names[1], names[2]
                )));
            }
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        return match base.modpow(&exponent, &modulus) {
            Ok(r) => vm.new_bigint(r),
            Err(e) => Err(vm.num_error(e)),
        };
    }
    vm.binary_op(crate::compile::opcode::binary::POWER, args[0], args[1])
}

fn round(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let mut args: Vec<Value> = args.to_vec();
    if !kwargs.is_empty() {
        let names = ["number", "ndigits"];
        let bound = crate::modules::builtins::bind_c_args(vm, "round", &args, kwargs, names, 1)?;
        args = bound.into_iter().flatten().collect();
    }
    check_args(vm, "round", &args, 1, 2)?;
    let v = args[0];
    let ndigits = args.get(1).copied().filter(|n| !n.is_none());
    if vm.is_user_object(v) {
        let extra: Vec<Value> = ndigits.into_iter().collect();
        if let Some(result) = vm.call_special(v, q::__round__, &extra)? {
            return Ok(result);
        }
    }
    use crate::vm::ops::Number;
    match vm.as_number(v) {
        Some(Number::Float(x)) => match ndigits {
            None => match crate::num::float::round(x, None) {
                Ok(crate::num::float::Rounded::Int(i)) => vm.new_bigint(i),
                Ok(crate::num::float::Rounded::Float(f)) => vm.new_float(f),
                Err(e) => Err(vm.num_error(e)),
            },
            Some(n) => {
                let n = vm.int_arg(n)?;
                match crate::num::float::round_digits(x, n) {
                    Ok(f) => vm.new_float(f),
                    Err(e) => Err(vm.num_error(e)),
                }
            }
        },
        Some(Number::Int(_)) | Some(Number::Big(_)) => match ndigits {
            None => {
                let b = vm.as_bigint(v).unwrap_or_default();
                vm.new_bigint(b)
            }
            Some(n) => {
                let n = vm.int_arg(n)?;
                let b = vm.as_bigint(v).unwrap_or_default();
                if n >= 0 {
                    return vm.new_bigint(b);
                }
                // 10**k > 2*|b| once 3k > bits + 1: then b rounds to 0 (and 10**k may not fit).
                if (-n) as u64 > b.bit_length() / 3 + 1 {
                    return vm.new_int(0);
                }
                let scale = crate::num::bigint::BigInt::from_i64(10)
                    .pow((-n) as u64, u64::MAX)
                    .unwrap_or_default();
                let (quotient, remainder) =
                    crate::num::bigint::BigInt::divmod_floor(&b, &scale).unwrap_or_default();
                // Round half to even.
                let twice = &remainder + &remainder;
                let rounded = match twice.cmp(&scale) {
                    core::cmp::Ordering::Greater => {
                        &quotient + &crate::num::bigint::BigInt::from_i64(1)
                    }
                    core::cmp::Ordering::Equal if quotient.is_odd() => {
                        &quotient + &crate::num::bigint::BigInt::from_i64(1)
                    }
                    _ => quotient,
                };
                vm.new_bigint(&rounded * &scale)
            }
        },
        _ => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("type {name} doesn't define __round__ method")))
        }
    }
}

fn radix_text(
    vm: &mut Vm,
    args: &[Value],
    radix: u32,
    prefix: &str,
    name: &str,
) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let Some(n) = vm.as_bigint(args[0]).filter(|_| !vm.is_float_like(args[0])) else {
        if vm.is_user_object(args[0]) {
            if let Some(result) = vm.call_special(args[0], q::__index__, &[])? {
                return radix_text(vm, &[result], radix, prefix, name);
            }
        }
        let type_name = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "'{type_name}' object cannot be interpreted as an integer"
        )));
    };
    let digits = n.abs().to_string_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    vm.new_string(format!("{sign}{prefix}{digits}"))
}

fn hex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix_text(vm, args, 16, "0x", "hex")
}

fn oct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix_text(vm, args, 8, "0o", "oct")
}

fn bin(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix_text(vm, args, 2, "0b", "bin")
}

/// `input(prompt)`: a line from the console, ended by `\n`, `\r` or `\r\n`.
fn input(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    if let Some(&prompt) = args.first() {
        let text = vm.str(prompt)?;
        vm.write_out(&text);
    }
    let mut line = Vec::new();
    loop {
        let byte = vm.port.console_read();
        // The `\n` of a `\r\n` whose `\r` ended the last line (this function's or the
        // REPL's) belongs to that line.
        let after_cr = crate::port::note_console_byte(byte.unwrap_or(0));
        match byte {
            Some(b'\n') if after_cr && line.is_empty() => continue,
            Some(b'\n') | Some(b'\r') => break,
            Some(byte) => line.push(byte),
            None => {
                if line.is_empty() {
                    let class = vm.exception_class(q::EOFError);
                    return Err(vm.new_exception_msg(class, "EOF when reading a line"));
                }
                break;
            }
        }
    }
    let text = String::from_utf8_lossy(&line).into_owned();
    vm.new_string(text)
}

fn locals(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "locals", args, 0, 0)?;
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.main_globals);
    };
    if !frame.locals.is_null() {
        return Ok(frame.locals);
    }
    let code = frame.code.clone();
    let base = frame.base;
    let dict = vm.new_dict()?;
    vm.push_root(dict);
    for (i, &name) in code.varnames().iter().enumerate() {
        let v = vm.stack[base + i];
        if !v.is_null() {
            vm.dict_set_name(dict, name, v)?;
        }
    }
    // Cell and free variables: their slots, after the fast ones, hold the cells.
    for (i, &name) in code.cellnames().iter().enumerate() {
        let cell = vm.stack[base + code.nlocals() + i];
        if let Some(Obj::Cell(v)) = vm.heap_obj(cell) {
            let v = *v;
            if !v.is_null() {
                vm.dict_set_name(dict, name, v)?;
            }
        }
    }
    vm.pop_root();
    Ok(dict)
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, args, kwargs),
        Some(&v) => match vm.load_attr(v, q::__dict__) {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub fn dir(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &Vm, dict: &crate::obj::Dict, names: &mut Vec<String>| {
        for entry in dict.iter() {
            if let Some(text) = vm.str_text(entry.key) {
                names.push(String::from(text));
            }
        }
    };
    match args.first() {
        None => {
            // The current scope: a function's locals, else the namespace dict.
            let scope = locals(vm, &[], &[])?;
            if let Some(d) = vm.dict_storage(scope) {
                add_dict(vm, d, &mut names);
            }
        }
        Some(&v) => {
            if matches!(vm.heap_obj(v), Some(Obj::Module(_))) {
                let dict = vm.whole_module_dict(v)?;
                // A module's own `__dir__` (PEP 562) answers for it.
                if let Some(module_dir) = vm.dict_get_name(dict, crate::qstr::q::__dir__) {
                    let listed = vm.call(module_dir, &[], &[])?;
                    for name in vm.collect_iterable(listed)? {
                        match vm.str_text(name) {
                            Some(text) => names.push(String::from(text)),
                            None => return Err(vm.type_error("__dir__() must return strings")),
                        }
                    }
                    return sorted_names(vm, names);
                }
            }
            // A `__dir__` of its class (or metaclass) answers for it: its result, sorted.
            let class = vm.type_of(v);
            if vm.class_lookup(class, q::__dir__).is_some() {
                let method = vm.load_attr(v, q::__dir__)?;
                let listed = vm.call(method, &[], &[])?;
                let items = vm.collect_iterable(listed)?;
                let list = vm.new_list(items)?;
                vm.push_root(list);
                let sorted = crate::obj::list::sort_list(vm, list, &[]);
                vm.pop_root();
                return sorted.map(|()| list);
            }
            match vm.heap_obj(v) {
                Some(Obj::Module(m)) => {
                    if let Some(d) = vm.dict_storage(m.dict) {
                        add_dict(vm, d, &mut names);
                    }
                }
                Some(Obj::Instance(i)) => {
                    // After `__dict__` was asked for, the attributes sit in that dict.
                    match vm.materialized_dict(v).and_then(|d| vm.dict_storage(d)) {
                        Some(d) => add_dict(vm, d, &mut names),
                        None => add_dict(vm, &i.dict, &mut names),
                    }
                    let slots_only = vm.class_flags(i.class) & crate::obj::class_flags::SLOTS_ONLY;
                    if slots_only == 0 && i.class != vm.types.object {
                        names.push(String::from("__dict__"));
                    }
                }
                _ => {}
            }
            let class = if matches!(vm.heap_obj(v), Some(Obj::Class(_))) {
                v
            } else {
                vm.type_of(v)
            };
            if !matches!(vm.heap_obj(v), Some(Obj::Module(_))) {
                let mro = match vm.heap_obj(class) {
                    Some(Obj::Class(c)) => c.mro.to_vec(),
                    _ => Vec::new(),
                };
                for ancestor in mro {
                    vm.materialize_all_methods(ancestor);
                }
                if let Some(Obj::Class(c)) = vm.heap_obj(class) {
                    for &ancestor in &c.mro {
                        if let Some(Obj::Class(a)) = vm.heap_obj(ancestor) {
                            add_dict(vm, &a.dict, &mut names);
                            add_slots(vm, a, &mut names);
                        }
                        names.extend(data_attributes(vm, ancestor).iter().map(|&n| n.into()));
                    }
                }
                // What every object answers, and the built-in types' operators.
                names.extend(["__class__", "__doc__"].map(String::from));
                names.extend(crate::obj::dunder::names(vm, v).map(String::from));
            }
        }
    }
    sorted_names(vm, names)
}

/// The attributes a built-in type answers outside its method table (`dir(1)` has `real`).
fn data_attributes(vm: &Vm, class: Value) -> &'static [&'static str] {
    let types = &vm.types;
    if class == types.int {
        &["denominator", "imag", "numerator", "real"]
    } else if class == types.float || class == types.complex {
        &["imag", "real"]
    } else if class == types.range || class == types.slice {
        &["start", "step", "stop"]
    } else {
        &[]
    }
}

/// The names a class's `__slots__` lists (`__x` as `_Class__x`), which CPython's class dict
/// holds as member descriptors and Pyrite's does not.
fn add_slots(vm: &Vm, class: &crate::obj::Class, names: &mut Vec<String>) {
    let Some(slots) = vm.class_dict_get(&class.dict, q::__slots__) else {
        return;
    };
    let class_name = vm.qstr_text(class.name);
    for name in vm.slot_names(slots) {
        names.push(crate::compile::mangle(Some(class_name), &name).into());
    }
}

/// `dir()`'s answer: the names sorted, each once, as a list of str.
fn sorted_names(vm: &mut Vm, mut names: Vec<String>) -> PyResult<Value> {
    // Unstable is enough (equal names are identical) and needs no 4 KiB stack buffer.
    crate::sort::sort_unstable(&mut names);
    names.dedup();
    let mut values = Vec::with_capacity(names.len());
    for name in names {
        values.push(vm.intern(&name));
    }
    vm.new_list(values)
}

/// A copy of source text to compile (the str it comes from may move while the compile runs);
/// MemoryError where the heap has no block for it, since a source may be as long as the heap.
fn copy_source(vm: &Vm, text: &str) -> PyResult<String> {
    let mut copy = String::new();
    copy.try_reserve_exact(text.len())
        .map_err(|_| vm.memory_error())?;
    copy.push_str(text);
    Ok(copy)
}

/// What `eval` compiles of its source: the source without its leading blanks (CPython's
/// `eval(" 1")` is 1); `exec` compiles all of it.
fn compiled_part(source: &str, eval: bool) -> &str {
    if eval {
        source.trim_start_matches([' ', '\t'])
    } else {
        source
    }
}

fn exec_eval(vm: &mut Vm, args: &[Value], mode: crate::ast::Mode, name: &str) -> PyResult<Value> {
    check_args(vm, name, args, 1, 3)?;
    let globals = match args.get(1) {
        Some(&g) if !g.is_none() => given_globals(vm, g, name)?,
        _ => vm.frames.last().map_or(vm.main_globals, |f| f.globals),
    };
    let locals = match args.get(2) {
        Some(&l) if !l.is_none() => {
            if vm.load_attr_optional(l, q::__getitem__)?.is_none() {
                let message = match name {
                    "eval" => String::from("locals must be a mapping"),
                    _ => format!("locals must be a mapping or None, not {}", vm.type_name(l)),
                };
                return Err(vm.type_error(message));
            }
            l
        }
        _ => match args.get(1) {
            Some(&g) if !g.is_none() => g,
            // In a function: what `locals()` gives there (a snapshot, as in CPython).
            _ => locals(vm, &[], &[])?,
        },
    };
    vm.push_root(locals);
    let result = exec_eval_in(vm, args, mode, name, globals, locals);
    vm.pop_root();
    result
}

/// The `globals` given to `exec`/`eval`: a dict (a subclass's own dict part, which CPython
/// also reads directly), given `__builtins__` when it has none, as CPython does.
fn given_globals(vm: &mut Vm, globals: Value, name: &str) -> PyResult<Value> {
    let dict = vm.builtin_part(globals);
    if !matches!(vm.heap_obj(dict), Some(Obj::Dict(_))) {
        let message = match name {
            "eval" => String::from("globals must be a dict"),
            _ => format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(globals)
            ),
        };
        return Err(vm.type_error(message));
    }
    if vm.dict_get_name(dict, q::__builtins__).is_none() {
        let builtins = vm.builtins;
        vm.dict_set_name(dict, q::__builtins__, builtins)?;
    }
    Ok(dict)
}

fn exec_eval_in(
    vm: &mut Vm,
    args: &[Value],
    mode: crate::ast::Mode,
    name: &str,
    globals: Value,
    locals: Value,
) -> PyResult<Value> {
    let code = if let Some(Obj::Code(_)) = vm.heap_obj(args[0]) {
        args[0]
    } else {
        let eval = mode == crate::ast::Mode::Eval;
        let source = match vm.str_text(args[0]) {
            Some(t) => copy_source(vm, compiled_part(t, eval))?,
            None => match crate::obj::bytes::byte_slice(vm, args[0]) {
                Some(b) => {
                    let text = String::from_utf8_lossy(b);
                    copy_source(vm, compiled_part(&text, eval))?
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{name}() arg 1 must be a string, bytes or code object"
                    )))
                }
            },
        };
        vm.compile_source(&source, "<string>", mode)?
    };
    vm.push_root(code);
    let result = vm.run_code(code, globals, locals);
    vm.pop_root();
    let result = result?;
    Ok(if mode == crate::ast::Mode::Eval {
        result
    } else {
        Value::NONE
    })
}

fn exec(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // `closure=` (3.11) fills a code object's free variables; None is the default.
    let [closure] = crate::modules::builtins::bind_args(vm, "exec", &[], kwargs, ["closure"], 0)?;
    if closure.is_some_and(|c| !c.is_none()) {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    }
    exec_eval(vm, args, crate::ast::Mode::Exec, "exec")
}

fn eval(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    exec_eval(vm, args, crate::ast::Mode::Eval, "eval")
}

fn compile(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "compile",
        args,
        kwargs,
        0,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        &[Value::small_int(0), Value::FALSE, Value::small_int(-1)],
    )?;
    check_args(vm, "compile", args, 3, 6)?;
    let source = copy_source(vm, vm.str_text(args[0]).unwrap_or(""))?;
    let filename = String::from(vm.str_text(args[1]).unwrap_or("<string>"));
    let mode = match vm.str_text(args[2]) {
        Some("exec") => crate::ast::Mode::Exec,
        Some("eval") => crate::ast::Mode::Eval,
        Some("single") => crate::ast::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile_source(&source, &filename, mode)
}

/// `exit(code=None)` and `quit(code=None)`, the names CPython's `site` adds: SystemExit.
fn exit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    let class = vm.types.system_exit;
    // (CPython's raises `SystemExit(code)`, code None by default.)
    let code = args.first().copied().unwrap_or(Value::NONE);
    Err(vm.new_exception(class, alloc::vec![code]))
}

pub static FUNCTIONS: &[Builtin] = &[
    Builtin::new("exit", exit),
    Builtin::new("quit", exit),
    Builtin::with_keywords("pow", pow),
    Builtin::with_keywords("round", round),
    Builtin::new("hex", hex),
    Builtin::new("oct", oct),
    Builtin::new("bin", bin),
    Builtin::new("input", input),
    Builtin::new("locals", locals),
    Builtin::with_keywords("vars", vars),
    Builtin::new("dir", dir),
    Builtin::with_keywords("exec", exec),
    Builtin::new("eval", eval),
    Builtin::with_keywords("compile", compile),
];
