//! What `match` statements call (see `pyrite_compiler::parse::pattern`): each checks the
//! shape a sequence, mapping or class pattern asks of its subject and returns the parts its
//! sub-patterns match as a tuple, or None when the subject does not fit.

use alloc::format;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::Obj;
use crate::value::Value;

/// `$match_sequence(subject, before, after, star)`: the items of a list, tuple or range (or
/// a subclass) of the right length: `before` items, then a list of the middle ones when the
/// pattern has a star, then `after` items. Strings, bytes and bytearrays are not sequences
/// here, as in CPython.
pub fn match_sequence(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[subject, before, after, star] = args else {
        return Err(vm.type_error("$match_sequence: bad arguments"));
    };
    let part = vm.builtin_part(subject);
    if !matches!(
        vm.heap_obj(part),
        Some(Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::BigRange(_))
    ) {
        return Ok(Value::NONE);
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
/// then, with `rest`, a dict of the other items; None when a key is missing.
pub fn match_mapping(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let &[subject, keys, rest] = args else {
        return Err(vm.type_error("$match_mapping: bad arguments"));
    };
    let part = vm.builtin_part(subject);
    if !matches!(vm.heap_obj(part), Some(Obj::Dict(_))) {
        return Ok(Value::NONE);
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
