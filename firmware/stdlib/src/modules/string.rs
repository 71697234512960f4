//! `string`: frozen Python (`frozen/string.py`), compiled section by section when first used,
//! with two native helpers for `Formatter`: `_parse` and `_field_split` cut templates and field
//! names as `str.format` does (`num::template`, checked against CPython's parser).

use alloc::vec::Vec;

use crate::modules::builtins::check_args;
use crate::num::template::{parse_template, split_field_name, FieldAccess, FieldFirst, ItemKey};
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make_with(vm, "string", NATIVES)
}

static NATIVES: &[Builtin] = &[
    Builtin::new("_parse", parse),
    Builtin::new("_field_split", field_split),
];

/// The str argument of a helper (`TypeError` otherwise, as CPython's parser raises).
fn text_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<alloc::string::String> {
    check_args(vm, name, args, 1, 1)?;
    match vm.str_text(args[0]) {
        Some(text) => Ok(alloc::string::String::from(text)),
        None => {
            let type_name = vm.type_name(args[0]);
            Err(vm.type_error(alloc::format!("expected str, got {type_name}")))
        }
    }
}

/// `_parse(template)`: the `(literal, field name, spec, conversion)` tuples of
/// `Formatter.parse`, as a list (None for the last three after a literal alone).
fn parse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let template = text_arg(vm, args, "_parse")?;
    let pieces = parse_template(&template)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| vm.num_error(e))?;
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = pieces.iter().try_for_each(|piece| {
        let literal = vm.new_str(piece.literal)?;
        vm.push_root(literal);
        let tuple = (|| {
            let mut items = Vec::from([literal, Value::NONE, Value::NONE, Value::NONE]);
            if let Some(field) = &piece.field {
                items[1] = vm.new_str(field.name)?;
                vm.push_root(items[1]);
                let spec = vm.new_str(field.spec);
                vm.pop_root();
                items[2] = spec?;
                if let Some(letter) = field.conversion {
                    let mut buffer = [0; 4];
                    items[3] = vm.intern(letter.encode_utf8(&mut buffer));
                }
            }
            vm.new_tuple(items)
        })();
        vm.pop_root();
        vm.list_append(list, tuple?)
    });
    vm.pop_root();
    result.map(|()| list)
}

/// `_field_split(name)`: `(first, [(is_attribute, key), …])`, the first part and the keys an
/// int when they are digits ('' for an automatic field).
fn field_split(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = text_arg(vm, args, "_field_split")?;
    let (first, accesses) = split_field_name(&name)
        .and_then(|(first, accesses)| Ok((first, accesses.collect::<Result<Vec<_>, _>>()?)))
        .map_err(|e| vm.num_error(e))?;
    let first = match first {
        FieldFirst::Auto => vm.intern(""),
        FieldFirst::Index(index) => vm.new_int(index as i64)?,
        FieldFirst::Name(text) => vm.new_str(text)?,
    };
    vm.push_root(first);
    let rest = vm.new_list(Vec::new());
    let result = rest.and_then(|rest| {
        vm.push_root(rest);
        let added = accesses.iter().try_for_each(|access| {
            let (is_attribute, key) = match access {
                FieldAccess::Attribute(text) => (true, vm.new_str(text)?),
                FieldAccess::Item(ItemKey::Index(index)) => (false, vm.new_int(*index as i64)?),
                FieldAccess::Item(ItemKey::Key(text)) => (false, vm.new_str(text)?),
            };
            vm.push_root(key);
            let pair = vm.new_tuple(Vec::from([Value::bool(is_attribute), key]));
            vm.pop_root();
            vm.list_append(rest, pair?)
        });
        let pair = added.and_then(|()| vm.new_tuple(Vec::from([first, rest])));
        vm.pop_root();
        pair
    });
    vm.pop_root();
    result
}
