//! What `match` statements call (see `pyrite_compiler::parse::pattern`): each checks the
//! shape a sequence, mapping or class pattern asks of its subject and returns the parts its
//! sub-patterns match as a tuple, or None when the subject does not fit.

use alloc::format;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::Obj;
use crate::value::Value;

/// Whether the class of `subject` is (or derives from) `module.name`.
fn derives_from(vm: &Vm, subject: Value, module: &str, name: &str) -> bool {
    let Some(Obj::Class(class)) = vm.heap_obj(vm.type_of(subject)) else {
        return false;
    };
    class.mro.iter().any(|&ancestor| {
        matches!(vm.heap_obj(ancestor), Some(Obj::Class(a))
            if vm.qstr_text(a.name) == name && vm.str_text(a.module) == Some(module))
    })
}

/// `isinstance(subject, collections.abc.<name>)` when that module was imported (a class can
/// neither derive from nor be registered with an ABC before); false otherwise.
fn is_abc_instance(vm: &mut Vm, subject: Value, name: &str) -> PyResult<bool> {
    let module = vm.qstrs.intern("collections.abc");
    let Some(module) = vm.dict_get_name(vm.modules, module) else {
        return Ok(false);
    };
    let name = vm.qstrs.intern(name);
    let Some(abc) = vm.load_attr_optional(module, name)? else {
        return Ok(false);
    };
    crate::modules::builtins::class_check(vm, subject, abc, false)
}

/// A subject a sequence pattern reads besides lists, tuples and ranges: those CPython's
/// types flag as sequences (memoryview, array.array, collections.deque) and instances of
/// `collections.abc.Sequence`; never str, bytes or bytearray.
fn is_other_sequence(vm: &mut Vm, subject: Value) -> PyResult<bool> {
    match vm.heap_obj(vm.builtin_part(subject)) {
        Some(Obj::MemoryView(_)) => return Ok(true),
        Some(Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)) => return Ok(false),
        _ if subject.as_qstr().is_some() => return Ok(false),
        _ => {}
    }
    if derives_from(vm, subject, "collections", "deque")
        || derives_from(vm, subject, "array", "array")
    {
        return Ok(true);
    }
    is_abc_instance(vm, subject, "Sequence")
}

/// `$match_sequence(subject, before, after, star)`: the items of a sequence (a list, tuple,
/// range or `is_other_sequence`) of the right length: `before` items, then a list of the
/// middle ones when the pattern has a star, then `after` items. Strings, bytes and
/// bytearrays are not sequences here, as in CPython.
pub fn match_sequence(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[subject, before, after, star] = args else {
        return Err(vm.type_error("$match_sequence: bad arguments"));
    };
    let mut part = vm.builtin_part(subject);
    if !matches!(
        vm.heap_obj(part),
        Some(Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::BigRange(_))
    ) {
        if !is_other_sequence(vm, subject)? {
            return Ok(Value::NONE);
        }
        // Measured by its `len()` and read by iterating it, as CPython's unpacking does.
        part = subject;
    }
    let before = before.as_small_int().unwrap_or(0) as usize;
    let after = after.as_small_int().unwrap_or(0) as usize;
    let length = vm.len_of(part)?;
    let fits = if star == Value::TRUE {
        length >= before + after
    } else {
        length == before + after
    };
    if !fits {
        return Ok(Value::NONE);
    }
    let items = vm.collect_iterable(part)?;
    if items.len() != length {
        // (A sequence whose iteration disagrees with its `len()`.)
        return Ok(Value::NONE);
    }
    let mut parts = Vec::with_capacity(before + after + 1);
    parts.extend_from_slice(&items[..before]);
    if star == Value::TRUE {
        let middle = vm.new_list(items[before..length - after].to_vec())?;
        parts.push(middle);
    }
    parts.extend_from_slice(&items[length - after..]);
    vm.new_tuple(parts)
}

/// `$match_mapping(subject, keys, rest)`: the values of `keys` in a dict (or a subclass),
/// then, with `rest`, a dict of the other items; None when a key is missing. Another
/// `collections.abc.Mapping` is read as CPython reads it: `get(key, <sentinel>)` for each
/// key, and `dict(subject)` for the rest.
pub fn match_mapping(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[subject, keys, rest] = args else {
        return Err(vm.type_error("$match_mapping: bad arguments"));
    };
    let part = vm.builtin_part(subject);
    if !matches!(vm.heap_obj(part), Some(Obj::Dict(_))) {
        if !is_abc_instance(vm, subject, "Mapping")? {
            return Ok(Value::NONE);
        }
        return match_other_mapping(vm, subject, keys, rest);
    }
    let keys = match vm.heap_obj(keys) {
        Some(Obj::Tuple(keys)) => keys.to_vec(),
        _ => Vec::new(),
    };
    for (index, &key) in keys.iter().enumerate() {
        for &earlier in &keys[..index] {
            if vm.eq(earlier, key)? {
                let text = vm.repr(key)?;
                return Err(
                    vm.value_error(format!("mapping pattern checks duplicate key ({text})"))
                );
            }
        }
    }
    let mut parts = Vec::with_capacity(keys.len() + 1);
    for &key in &keys {
        match vm.dict_get_item(part, key)? {
            Some(value) => parts.push(value),
            None => return Ok(Value::NONE),
        }
    }
    if rest == Value::TRUE {
        let others = crate::obj::dict_methods::copy_dict(vm, part)?;
        vm.push_root(others);
        let removed = keys
            .iter()
            .try_for_each(|&key| vm.dict_del_item(others, key).map(|_| ()));
        vm.pop_root();
        removed?;
        parts.push(others);
    }
    vm.new_tuple(parts)
}

/// `match_mapping` of a mapping that is no dict.
fn match_other_mapping(vm: &mut Vm, subject: Value, keys: Value, rest: Value) -> PyResult<Value> {
    let keys = match vm.heap_obj(keys) {
        Some(Obj::Tuple(keys)) => keys.to_vec(),
        _ => Vec::new(),
    };
    let get = vm.qstrs.intern("get");
    let get = vm.load_attr(subject, get)?;
    vm.push_root(get);
    let object = vm.types.object;
    let sentinel = vm.call(object, &[], &[]);
    let result = sentinel.and_then(|sentinel| {
        vm.push_root(sentinel);
        let parts = (|| {
            let list = vm.new_list(Vec::new())?;
            vm.push_root(list);
            let filled = (|| {
                for &key in &keys {
                    let value = vm.call(get, &[key, sentinel], &[])?;
                    if value == sentinel {
                        return Ok(false);
                    }
                    vm.list_append(list, value)?;
                }
                if rest == Value::TRUE {
                    let dict = vm.types.dict;
                    let others = vm.call(dict, &[subject], &[])?;
                    vm.list_append(list, others)?;
                    for &key in &keys {
                        vm.dict_del_item(others, key)?;
                    }
                }
                Ok(true)
            })();
            vm.pop_root();
            match filled? {
                true => {
                    let items = vm.collect_iterable(list)?;
                    vm.new_tuple(items)
                }
                false => Ok(Value::NONE),
            }
        })();
        vm.pop_root();
        parts
    });
    vm.pop_root();
    result
}

/// `$match_class(subject, class, positional, names)`: when `subject` is an instance of
/// `class`, the attributes the sub-patterns match: those `__match_args__` names for the
/// positional ones (the subject itself for the one positional pattern of `int`, `str` and
/// the other built-in types CPython lists), then `names`; None when one is missing.
pub fn match_class(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[subject, class, positional, names] = args else {
        return Err(vm.type_error("$match_class: bad arguments"));
    };
    if !matches!(vm.heap_obj(class), Some(Obj::Class(_))) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !crate::modules::builtins::class_check(vm, subject, class, false)? {
        return Ok(Value::NONE);
    }
    let positional = positional.as_small_int().unwrap_or(0) as usize;
    let keyword_names = match vm.heap_obj(names) {
        Some(Obj::Tuple(names)) => names.to_vec(),
        _ => Vec::new(),
    };
    let class_name = vm.class_name(class);
    let mut attribute_names: Vec<Value> = Vec::new();
    let mut parts = Vec::with_capacity(positional + keyword_names.len());
    if positional > 0 {
        let t = &vm.types;
        let matches_self = [
            t.bool,
            t.bytearray,
            t.bytes,
            t.dict,
            t.float,
            t.frozenset,
            t.int,
            t.list,
            t.set,
            t.str,
            t.tuple,
        ]
        .contains(&class);
        if matches_self {
            if positional > 1 {
                return Err(vm.type_error(format!(
                    "{class_name}() accepts 1 positional sub-pattern ({positional} given)"
                )));
            }
            parts.push(subject);
        } else {
            let match_args = match vm.load_attr_optional(class, crate::qstr::q::__match_args__)? {
                Some(v) => v,
                None => vm.types.empty_tuple,
            };
            let match_args = match vm.heap_obj(match_args) {
                Some(Obj::Tuple(items)) => items.to_vec(),
                _ => {
                    let type_name = vm.type_name(match_args);
                    return Err(vm.type_error(format!(
                        "{class_name}.__match_args__ must be a tuple (got {type_name})"
                    )));
                }
            };
            if positional > match_args.len() {
                let accepted = match_args.len();
                let plural = if accepted == 1 { "" } else { "s" };
                return Err(vm.type_error(format!(
                    "{class_name}() accepts {accepted} positional sub-pattern{plural} \
                     ({positional} given)"
                )));
            }
            attribute_names.extend_from_slice(&match_args[..positional]);
        }
    }
    attribute_names.extend_from_slice(&keyword_names);
    for (index, &name_value) in attribute_names.iter().enumerate() {
        let Some(name) = vm.as_name(name_value)? else {
            let type_name = vm.type_name(name_value);
            return Err(vm.type_error(format!(
                "__match_args__ elements must be strings (got {type_name})"
            )));
        };
        if attribute_names[..index].contains(&name_value)
            || attribute_names[..index]
                .iter()
                .any(|&n| vm.str_text(n) == Some(vm.qstr_text(name)))
        {
            let text = alloc::string::String::from(vm.qstr_text(name));
            return Err(vm.type_error(format!(
                "{class_name}() got multiple sub-patterns for attribute '{text}'"
            )));
        }
        let value = match vm.load_attr_optional(subject, name) {
            Ok(Some(value)) => value,
            Ok(None) => return Ok(Value::NONE),
            Err(e) if vm.isinstance(e, vm.types.attribute_error) => return Ok(Value::NONE),
            Err(e) => return Err(e),
        };
        parts.push(value);
    }
    vm.new_tuple(parts)
}
