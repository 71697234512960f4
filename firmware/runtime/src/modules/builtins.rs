//! `builtins`: the functions every module sees (`print`, `len`, `sorted`, …).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{Builtin, Iter, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Checks the positional argument count of a native function.
#[inline]
pub fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    // Inline, so that the caller's `args[i]` for `i < min` need no bounds check of their own.
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(wrong_argument_count(vm, name, n, min, max))
}

/// The TypeError for a function given `n` arguments where it takes `min..=max`.
#[cold]
#[inline(never)]
fn wrong_argument_count(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> Value {
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            crate::obj::plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            crate::obj::plural(max)
        )
    };
    vm.type_error(message)
}

/// Checks a method's argument count, `self` excluded from the numbers in the message.
#[inline]
pub fn check_method_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    // Inline, so that the caller's `args[i]` for `i <= min` need no bounds check of their own.
    let n = args.len().wrapping_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(wrong_method_argument_count(vm, name, args.len(), min, max))
}

/// A method's `self` (`args[0]`), or the TypeError of an unbound call without it
/// (`deque.append()`).
pub fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&this) => Ok(this),
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// The TypeError for a method of built-in class `class` called unbound on something else
/// (`list.append(3, 4)`), or on nothing.
#[cold]
#[inline(never)]
pub fn descriptor_mismatch(vm: &mut Vm, args: &[Value], name: &str, class: &str) -> Value {
    match args.first() {
        Some(&this) => {
            let type_name = vm.type_name(this);
            vm.type_error(format!(
                "descriptor '{name}' for '{class}' objects doesn't apply to a '{type_name}' object"
            ))
        }
        None => vm.type_error(format!("descriptor '{name}' needs an argument")),
    }
}

/// The TypeError for a method given `given` arguments, self included, where it takes
/// `min..=max` besides self.
#[cold]
#[inline(never)]
fn wrong_method_argument_count(
    vm: &mut Vm,
    name: &str,
    given: usize,
    min: usize,
    max: usize,
) -> Value {
    let Some(n) = given.checked_sub(1) else {
        // Called unbound without self (`str.upper()`).
        return vm.type_error(format!("descriptor '{name}' needs an argument"));
    };
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            crate::obj::plural(min)
        )
    } else {
        format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            crate::obj::plural(max)
        )
    };
    vm.type_error(message)
}

/// Binds a native method's arguments (`args` without self) to parameter `names`: the value
/// of each parameter by position, `None` when not given. The first `required` are mandatory.
pub fn bind_args<const N: usize>(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut bound: [Option<Value>; N] = [None; N];
    bind_args_into(vm, function, args, kwargs, &names, required, &mut bound)?;
    Ok(bound)
}

/// [`bind_args`] for any number of parameters (one copy of the code for every `N`).
fn bind_args_into(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    names: &[&str],
    required: usize,
    bound: &mut [Option<Value>],
) -> PyResult<()> {
    if args.len() > names.len() {
        let message = match names.len() {
            0 => format!("{function}() takes no arguments ({} given)", args.len()),
            1 => format!(
                "{function}() takes at most 1 argument ({} given)",
                args.len()
            ),
            count => format!(
                "{function}() takes at most {count} arguments ({} given)",
                args.len()
            ),
        };
        return Err(vm.type_error(message));
    }
    for (slot, &value) in bound.iter_mut().zip(args) {
        *slot = Some(value);
    }
    for &(key, value) in kwargs {
        let position = vm
            .str_text(key)
            .and_then(|text| names.iter().position(|&name| name == text));
        match position.and_then(|p| Some((p, bound.get(p)?.is_some()))) {
            Some((p, true)) => {
                return Err(vm.type_error(format!(
                    "argument for {function}() given by name ('{}') and position ({})",
                    names.get(p).unwrap_or(&"?"),
                    p + 1
                )));
            }
            Some((p, false)) => bound[p] = Some(value),
            None => {
                let text = String::from(vm.str_text(key).unwrap_or("?"));
                return Err(vm.type_error(format!(
                    "{function}() got an unexpected keyword argument '{text}'"
                )));
            }
        }
    }
    for (p, (slot, name)) in bound.iter().zip(names).enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{function}() missing required argument '{name}' (pos {})",
                p + 1
            )));
        }
    }
    Ok(())
}

/// `args` with keyword arguments put at their parameters' positions (`names`, after the
/// first `skip` arguments such as self), for a native function that reads its arguments by
/// position but, as in CPython, takes them by name too (`random.randint(a=1, b=6)`).
/// `defaults` belong to the last parameters and fill the places a keyword skipped.
pub fn keywords_to_positions<'a>(
    vm: &mut Vm,
    function: &str,
    args: &'a [Value],
    kwargs: &[(Value, Value)],
    skip: usize,
    names: &[&str],
    defaults: &[Value],
) -> PyResult<alloc::borrow::Cow<'a, [Value]>> {
    if kwargs.is_empty() {
        return Ok(alloc::borrow::Cow::Borrowed(args));
    }
    let skip = skip.min(args.len());
    let mut bound = alloc::vec![None; names.len()];
    bind_args_into(vm, function, &args[skip..], kwargs, names, 0, &mut bound)?;
    let mut positional = args[..skip].to_vec();
    for (index, slot) in bound.iter().enumerate() {
        match slot {
            Some(value) => positional.push(*value),
            None if !bound[index..].iter().any(Option::is_some) => break,
            // A later parameter was given: this one's place needs its default.
            None if index + defaults.len() >= names.len() => {
                positional.push(defaults[index + defaults.len() - names.len()]);
            }
            None => {
                return Err(vm.type_error(format!(
                    "{function}() missing required argument '{}' (pos {})",
                    names[index],
                    index + 1
                )));
            }
        }
    }
    Ok(alloc::borrow::Cow::Owned(positional))
}

/// A keyword argument by name.
pub fn kwarg(vm: &Vm, kwargs: &[(Value, Value)], name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(key, _)| vm.str_text(*key) == Some(name))
        .map(|(_, value)| *value)
}

/// [`bind_args`] for a function CPython writes in C: an unknown keyword gets
/// [`check_kwargs`]'s message (`'x' is an invalid keyword argument for f()`).
pub fn bind_c_args<const N: usize>(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    check_kwargs(vm, function, kwargs, &names)?;
    bind_args(vm, function, args, kwargs, names, required)
}

/// Checks that every keyword of a built-in function's call is one of `allowed`, with
/// CPython's message for its C functions (`'x' is an invalid keyword argument for f()`).
pub fn check_kwargs(
    vm: &mut Vm,
    function: &str,
    kwargs: &[(Value, Value)],
    allowed: &[&str],
) -> PyResult<()> {
    match unexpected_keyword(vm, kwargs, allowed) {
        Some(name) => Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for {function}()"
        ))),
        None => Ok(()),
    }
}

/// [`check_kwargs`] for functions CPython writes in Python (the `traceback` module's), and
/// the `machine` module's: `f() got an unexpected keyword argument 'x'`.
pub fn check_python_kwargs(
    vm: &mut Vm,
    function: &str,
    kwargs: &[(Value, Value)],
    allowed: &[&str],
) -> PyResult<()> {
    let Some(name) = unexpected_keyword(vm, kwargs, allowed) else {
        return Ok(());
    };
    Err(vm.type_error(format!(
        "{function}() got an unexpected keyword argument '{name}'"
    )))
}

/// The first keyword of `kwargs` not in `allowed`.
fn unexpected_keyword(vm: &Vm, kwargs: &[(Value, Value)], allowed: &[&str]) -> Option<String> {
    kwargs.iter().find_map(|(key, _)| {
        let text = vm.str_text(*key).unwrap_or("?");
        (!allowed.contains(&text)).then(|| String::from(text))
    })
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let text_of = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(vm, kwargs, name) {
            None | Some(Value::NONE) => Ok(String::from(default)),
            Some(v) => match vm.str_text(v) {
                Some(t) => Ok(String::from(t)),
                None => {
                    let type_name = vm.type_name(v);
                    Err(vm.type_error(format!("{name} must be None or a string, not {type_name}")))
                }
            },
        }
    };
    let sep = text_of(vm, "sep", " ")?;
    let end = text_of(vm, "end", "\n")?;
    let file = match kwarg(vm, kwargs, "file") {
        Some(file) if !file.is_none() => file,
        // `sys.stdout`, unless it is still the console's own.
        _ => match vm.dict_get_name(vm.sys_dict, q::stdout) {
            Some(stdout) if stdout != vm.console_streams[1] && !stdout.is_none() => stdout,
            _ => {
                let mut out = String::new();
                for (i, &arg) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(&vm.str(arg)?);
                }
                out.push_str(&end);
                vm.write_out(&out);
                if let Some(flush) = kwarg(vm, kwargs, "flush") {
                    if vm.is_true(flush)? {
                        vm.port.console_flush();
                    }
                }
                return Ok(Value::NONE);
            }
        },
    };
    // A Python file gets each piece in its own `write`, as CPython's print does.
    let method = vm.load_attr(file, q::write)?;
    vm.push_root(method);
    let result = (|| {
        for (i, &arg) in args.iter().enumerate() {
            if i > 0 {
                let text = vm.new_str(&sep)?;
                vm.call(method, &[text], &[])?;
            }
            let text = vm.str_value(arg)?;
            vm.call(method, &[text], &[])?;
        }
        let text = vm.new_str(&end)?;
        vm.call(method, &[text], &[])?;
        if let Some(flush) = kwarg(vm, kwargs, "flush") {
            if vm.is_true(flush)? {
                let flush_name = vm.qstrs.intern("flush");
                let flush = vm.load_attr(file, flush_name)?;
                vm.call(flush, &[], &[])?;
            }
        }
        Ok(Value::NONE)
    })();
    vm.pop_root();
    result
}

fn len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "len", args, 1, 1)?;
    let n = vm.len_of(args[0])?;
    vm.new_int(n as i64)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    let text = vm.repr(args[0])?;
    vm.new_string(text)
}

fn ascii(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let text = vm.repr(args[0])?;
    vm.new_string(crate::vm::text::ascii_escape(&text))
}

fn format(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => match vm.str_text(s) {
            Some(t) => String::from(t),
            None => {
                let name = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {name}")));
            }
        },
        None => String::new(),
    };
    let text = vm.format(args[0], &spec)?;
    vm.new_string(text)
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return vm.new_iterator(Iter::Callable {
            func: args[0],
            sentinel: args[1],
        });
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = args[0];
    if !vm.is_iterator(it) {
        let name = vm.type_name(it);
        return Err(vm.type_error(format!("'{name}' object is not an iterator")));
    }
    if let Some(Obj::Generator(_)) = vm.heap_obj(it) {
        return match vm.resume_generator(it, crate::vm::generator::Resume::Send(Value::NONE))? {
            crate::vm::generator::GeneratorStep::Yielded(v) => Ok(v),
            crate::vm::generator::GeneratorStep::Returned(r) => match args.get(1) {
                Some(&default) => Ok(default),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    if let Some(Obj::Instance(_)) = vm.heap_obj(it) {
        let class = vm.type_of(it);
        let method = vm.class_lookup(class, q::__next__).unwrap_or(Value::NONE);
        return match vm.call(method, &[it], &[]) {
            Ok(v) => Ok(v),
            Err(e) if args.len() == 2 && vm.isinstance(e, vm.types.stop_iteration) => Ok(args[1]),
            Err(e) => Err(e),
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.stop_iteration(Value::NONE)),
        },
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    let result = class_check(vm, args[0], args[1], false)?;
    Ok(Value::bool(result))
}

fn issubclass(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    if !matches!(vm.heap_obj(args[0]), Some(Obj::Class(_))) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let result = class_check(vm, args[0], args[1], true)?;
    Ok(Value::bool(result))
}

pub(crate) fn class_check(
    vm: &mut Vm,
    v: Value,
    classinfo: Value,
    subclass: bool,
) -> PyResult<bool> {
    let check_name = if subclass {
        q::__subclasscheck__
    } else {
        q::__instancecheck__
    };
    match vm.heap_obj(classinfo) {
        Some(Obj::Class(_)) => {
            // An exact type needs no hook (as in CPython).
            if !subclass && vm.type_of(v) == classinfo {
                return Ok(true);
            }
            // The hooks belong to the class's metaclass, as in CPython (`type`'s own are
            // the plain checks below).
            let metaclass = vm.type_of(classinfo);
            let hook = (metaclass != vm.types.type_)
                .then(|| vm.class_lookup_override(metaclass, check_name))
                .flatten();
            if let Some(hook) = hook {
                let hook = vm.bind_class_attr(hook, classinfo, metaclass)?;
                let result = vm.call(hook, &[v], &[])?;
                return vm.is_true(result);
            }
            if subclass {
                return Ok(vm.is_subclass(v, classinfo));
            }
            if vm.isinstance(v, classinfo) {
                return Ok(true);
            }
            // A class that says otherwise through `__class__` (a proxy's property) is asked
            // too, as CPython does.
            let class = vm.type_of(v);
            if !vm.is_user_object(v) || vm.class_lookup_override(class, q::__class__).is_none() {
                return Ok(false);
            }
            let claimed = vm.load_attr(v, q::__class__)?;
            Ok(claimed != class
                && matches!(vm.heap_obj(claimed), Some(Obj::Class(_)))
                && vm.is_subclass(claimed, classinfo))
        }
        Some(Obj::Tuple(items)) => {
            let items = items.clone();
            // Tuples nest: `(((int,),),)` thousands deep would overrun the machine stack.
            vm.check_native_nesting()?;
            for item in items.iter() {
                if class_check(vm, v, *item, subclass)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if crate::obj::generic_alias::is_union(vm, classinfo) => {
            for member in crate::obj::generic_alias::union_members(vm, classinfo) {
                if class_check(vm, v, member, subclass)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if crate::obj::generic_alias::is_alias(vm, classinfo) => {
            let function = if subclass { "issubclass" } else { "isinstance" };
            Err(vm.type_error(format!(
                "{function}() argument 2 cannot be a parameterized generic"
            )))
        }
        _ => {
            // Any object whose class has the hook may stand there (`typing.List`).
            let class = vm.type_of(classinfo);
            let hook = vm
                .is_user_object(classinfo)
                .then(|| vm.class_lookup(class, check_name))
                .flatten();
            if let Some(hook) = hook {
                let result = vm.call(hook, &[classinfo, v], &[])?;
                return vm.is_true(result);
            }
            // (CPython's two say it differently.)
            let message = if subclass {
                "issubclass() arg 2 must be a class, a tuple of classes, or a union"
            } else {
                "isinstance() arg 2 must be a type, a tuple of types, or a union"
            };
            Err(vm.type_error(message))
        }
    }
}

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<crate::qstr::Qstr> {
    match vm.as_name(v)? {
        Some(q) => Ok(q),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{name}'")))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = name_arg(vm, args[1])?;
    if args.len() == 2 {
        return vm.load_attr(args[0], name);
    }
    // With a default, a plain miss makes no exception.
    match vm.load_attr_optional(args[0], name) {
        Ok(found) => Ok(found.unwrap_or(args[2])),
        Err(e) if vm.isinstance(e, vm.types.attribute_error) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = name_arg(vm, args[1])?;
    vm.store_attr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn hasattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = name_arg(vm, args[1])?;
    // A plain miss makes no exception (only a `__getattr__` raising one does).
    match vm.load_attr_optional(args[0], name) {
        Ok(found) => Ok(Value::bool(found.is_some())),
        Err(e) if vm.isinstance(e, vm.types.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = name_arg(vm, args[1])?;
    vm.delete_attr(args[0], name)?;
    Ok(Value::NONE)
}

fn callable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, args[0])))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    match vm.heap_obj(v) {
        // (A staticmethod is callable since 3.10.)
        Some(
            Obj::Function(_)
            | Obj::Builtin(_)
            | Obj::BoundMethod(_)
            | Obj::Class(_)
            | Obj::StaticMethod(_),
        ) => true,
        Some(_) => vm.class_lookup(vm.type_of(v), q::__call__).is_some(),
        None => false,
    }
}

fn id(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    vm.new_int(args[0].raw() as i64)
}

fn hash(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    let h = vm.py_hash(args[0])?;
    vm.new_int(h)
}

fn abs(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    if !vm.is_user_object(v) {
        if let Some(n) = vm.as_number(v) {
            use crate::vm::ops::Number;
            return match n {
                Number::Int(i) => match i.checked_abs() {
                    Some(a) => vm.new_int(a),
                    None => vm.new_bigint(crate::num::bigint::BigInt::from_i64(i).abs()),
                },
                Number::Big(b) => vm.new_bigint(b.abs()),
                Number::Float(x) => vm.new_float(x.abs()),
                Number::Complex(re, im) => vm.new_float(libm::hypot(re, im)),
            };
        }
    }
    if let Some(result) = vm.call_special(v, q::__abs__, &[])? {
        return Ok(result);
    }
    let part = vm.builtin_part(v);
    if part != v {
        // A subclass of int, float or complex without its own __abs__.
        return abs(vm, &[part], &[]);
    }
    let name = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for abs(): '{name}'")))
}

fn divmod(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if vm.is_user_object(a) || vm.is_user_object(b) {
        if let Some(result) = vm.call_user_special(a, q::__divmod__, &[b])? {
            if result != Value::NOT_IMPLEMENTED {
                return Ok(result);
            }
        }
        if let Some(result) = vm.call_user_special(b, q::__rdivmod__, &[a])? {
            if result != Value::NOT_IMPLEMENTED {
                return Ok(result);
            }
        }
    }
    divmod_values(vm, a, b)
}

/// `divmod(a, b)` of two numbers (no dunders of Python classes consulted).
pub fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    use crate::compile::opcode::binary;
    if vm.as_number(a).is_none() || vm.as_number(b).is_none() {
        let (x, y) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
        )));
    }
    use crate::vm::ops::Number;
    // A float by zero is "float divmod()" (CPython's text), not the floor division's.
    if matches!(vm.as_number(b), Some(Number::Float(y)) if y == 0.0)
        || matches!(vm.as_number(a), Some(Number::Float(_)))
            && matches!(vm.as_number(b), Some(Number::Int(0)))
    {
        let class = vm.types.zero_division_error;
        return Err(vm.new_exception_msg(class, "float divmod()"));
    }
    let quotient = vm.binary_op(binary::FLOOR_DIVIDE, a, b)?;
    vm.push_root(quotient);
    let remainder = vm.binary_op(binary::REMAINDER, a, b);
    vm.pop_root();
    let remainder = remainder?;
    vm.new_tuple(alloc::vec![quotient, remainder])
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(vm, "sum", kwargs, &["start"])?;
    let mut args: Vec<Value> = args.to_vec();
    if let Some(start) = kwarg(vm, kwargs, "start") {
        args.push(start);
    }
    check_args(vm, "sum", &args, 1, 2)?;
    let mut total = args.get(1).copied().unwrap_or(Value::small_int(0));
    if vm.str_text(total).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Obj::Bytes(_) | Obj::ByteArray(_)) = vm.heap_obj(total) {
        let name = vm.type_name(total);
        return Err(vm.type_error(format!(
            "sum() can't sum {name} [use b''.join(seq) instead]"
        )));
    }
    let it = vm.get_iter(args[0])?;
    vm.push_root(it);
    let start_root = vm.roots.len();
    vm.push_root(total);
    let result = loop {
        if let Err(e) = vm.check_interrupt() {
            break Err(e);
        }
        match vm.iter_next(it) {
            Ok(Some(item)) => {
                if total.is_small_int() && item.is_small_int() {
                    if let Some(s) = total
                        .small_int_unchecked()
                        .checked_add(item.small_int_unchecked())
                        .and_then(Value::try_small_int)
                    {
                        total = s;
                        continue;
                    }
                }
                match vm.binary_op(crate::compile::opcode::binary::ADD, total, item) {
                    Ok(v) => {
                        total = v;
                        vm.roots[start_root] = total;
                    }
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(total),
            Err(e) => break Err(e),
        }
    };
    vm.pop_root();
    vm.pop_root();
    result
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    is_max: bool,
) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    check_kwargs(vm, name, kwargs, &["key", "default"])?;
    let key = kwarg(vm, kwargs, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kwargs, "default");
    let iterable = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => args[0],
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            vm.new_tuple(args.to_vec())?
        }
    };
    let op = if is_max {
        crate::compile::opcode::compare::GT
    } else {
        crate::compile::opcode::compare::LT
    };
    // Iterated, not copied (a list's copy could take as much heap as the list). Held in
    // `roots[depth..]`: the iterator, the item and its key, the best item and its key.
    let it = vm.get_iter(iterable)?;
    let depth = vm.roots.len();
    vm.roots
        .extend_from_slice(&[it, Value::NONE, Value::NONE, Value::NONE, Value::NONE]);
    let mut best = None;
    let result = loop {
        if let Err(e) = vm.check_interrupt() {
            break Err(e);
        }
        let item = match vm.iter_next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        vm.roots[depth + 1] = item;
        let item_key = match key.map(|k| vm.call(k, &[item], &[])) {
            Some(Ok(item_key)) => item_key,
            Some(Err(e)) => break Err(e),
            None => item,
        };
        vm.roots[depth + 2] = item_key;
        let better = match best {
            None => Ok(true),
            Some((_, best_key)) => vm
                .compare_op(op, item_key, best_key)
                .and_then(|better| vm.is_true(better)),
        };
        match better {
            Ok(true) => {
                best = Some((item, item_key));
                vm.roots[depth + 3] = item;
                vm.roots[depth + 4] = item_key;
            }
            Ok(false) => {}
            Err(e) => break Err(e),
        }
    };
    vm.roots.truncate(depth);
    result?;
    match (best, default) {
        (Some((best, _)), _) => Ok(best),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, true)
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, false)
}

fn any_all(vm: &mut Vm, args: &[Value], want: bool) -> PyResult<Value> {
    let it = vm.get_iter(args[0])?;
    vm.push_root(it);
    let result = loop {
        if let Err(e) = vm.check_interrupt() {
            break Err(e);
        }
        match vm.iter_next(it) {
            Ok(Some(item)) => match vm.is_true(item) {
                Ok(t) if t == want => break Ok(Value::bool(want)),
                Ok(_) => {}
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(Value::bool(!want)),
            Err(e) => break Err(e),
        }
    };
    vm.pop_root();
    result
}

fn any(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    any_all(vm, args, true)
}

fn all(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "all", args, 1, 1)?;
    any_all(vm, args, false)
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    // (CPython's sorted() reports list.sort()'s name.)
    check_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    let items = vm.collect_iterable(args[0])?;
    let list = vm.new_list(items)?;
    vm.push_root(list);
    let result = crate::obj::list::sort_list(vm, list, kwargs);
    vm.pop_root();
    result.map(|_| list)
}

fn chr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let n = vm.c_int_arg(args[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buffer = [0u8; 4];
            let text = c.encode_utf8(&mut buffer);
            vm.new_str(text)
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    if let Some(text) = vm.str_text(args[0]) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::small_int(c as isize)),
            _ => {
                let n = text.chars().count();
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )))
            }
        };
    }
    if let Some(bytes) = vm.bytes_data(args[0]) {
        return if bytes.len() == 1 {
            Ok(Value::small_int(bytes[0] as isize))
        } else {
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                bytes.len()
            )))
        };
    }
    let name = vm.type_name(args[0]);
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {name} found"
    )))
}

fn globals(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "globals", args, 0, 0)?;
    Ok(vm.frames.last().map_or(vm.main_globals, |f| f.globals))
}

fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::obj::class::build_class(vm, args, kwargs)
}

fn import(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let mut args: Vec<Value> = args.to_vec();
    for (index, name) in ["name", "globals", "locals", "fromlist", "level"]
        .iter()
        .enumerate()
    {
        if let Some(v) = kwarg(vm, kwargs, name) {
            while args.len() <= index {
                args.push(if index == 4 {
                    Value::small_int(0)
                } else {
                    Value::NONE
                });
            }
            args[index] = v;
        }
    }
    let args = &args[..];
    check_args(vm, "__import__", args, 1, 5)?;
    let Some(name) = vm.as_name(args[0])? else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let globals = args
        .get(1)
        .copied()
        .filter(|g| !g.is_none())
        .unwrap_or(vm.main_globals);
    let fromlist = args.get(3).copied().unwrap_or(Value::NONE);
    let level = args.get(4).copied().unwrap_or(Value::small_int(0));
    vm.import_name(name, fromlist, level, globals)
}

/// `open()`: the library's `io.open`, as CPython's `builtins.open` is.
fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let open = vm.load_attr(io, q::open)?;
    vm.call(open, args, kwargs)
}

pub static FUNCTIONS: &[Builtin] = &[
    Builtin::with_keywords("print", print),
    // What `match` statements call (`vm/pattern.rs`); no source can spell these names.
    Builtin::new("$match_sequence", crate::vm::pattern::match_sequence),
    Builtin::new("$match_mapping", crate::vm::pattern::match_mapping),
    Builtin::new("$match_class", crate::vm::pattern::match_class),
    // What `await` delegates to (`vm/generator.rs`).
    Builtin::new("$awaitable", crate::vm::generator::awaitable),
    Builtin::new("$async_with", crate::vm::generator::async_with),
    Builtin::new("$aiter", crate::vm::generator::aiter),
    Builtin::new("$anext", crate::vm::generator::anext),
    Builtin::new("$agen_value", crate::vm::generator::agen_value),
    Builtin::new("aiter", crate::vm::generator::aiter_builtin),
    Builtin::new("anext", crate::vm::generator::anext_builtin),
    Builtin::with_keywords("open", open),
    Builtin::new("len", len),
    Builtin::new("repr", repr),
    Builtin::new("ascii", ascii),
    Builtin::new("format", format),
    Builtin::new("iter", iter),
    Builtin::new("next", next),
    Builtin::new("isinstance", isinstance),
    Builtin::new("issubclass", issubclass),
    Builtin::new("getattr", getattr),
    Builtin::new("setattr", setattr),
    Builtin::new("hasattr", hasattr),
    Builtin::new("delattr", delattr),
    Builtin::new("callable", callable),
    Builtin::new("id", id),
    Builtin::new("hash", hash),
    Builtin::new("abs", abs),
    Builtin::new("divmod", divmod),
    Builtin::with_keywords("sum", sum),
    Builtin::with_keywords("min", min),
    Builtin::with_keywords("max", max),
    Builtin::new("any", any),
    Builtin::new("all", all),
    Builtin::with_keywords("sorted", sorted),
    Builtin::new("chr", chr),
    Builtin::new("ord", ord),
    Builtin::new("globals", globals),
    Builtin::with_keywords("__build_class__", build_class),
    Builtin::with_keywords("__import__", import),
];
