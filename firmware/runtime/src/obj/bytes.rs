//! `bytes` and `bytearray`: construction, the special methods and `bytes % args` (the
//! ordinary methods are the library's: `pyrite_stdlib::types::bytes`; `memoryview` is
//! `obj/memoryview.rs`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{bind_args, check_method_args};
use crate::obj::codec;
use crate::obj::{Builtin, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

/// A copy of `data` (bytes of the heap), checked first: a big copy may not fit a board's
/// fragmented heap, where an allocation that fails stops it.
pub fn copy_of(vm: &Vm, data: &[u8]) -> PyResult<Vec<u8>> {
    vm.reserve_copy(data.len())?;
    Ok(data.to_vec())
}

/// The bytes of a bytes-like value, borrowed from the heap (no copy).
pub fn byte_slice(vm: &Vm, v: Value) -> Option<&[u8]> {
    match vm.heap_obj(v)? {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(b) => Some(b),
        Obj::MemoryView(view) if !view.released => {
            let data = byte_slice(vm, view.source)?;
            Some(data.get(view.start..view.start + view.len).unwrap_or(&[]))
        }
        Obj::Instance(instance) if !instance.base.is_null() => byte_slice(vm, instance.base),
        Obj::Instance(instance) => byte_slice(vm, exported_buffer(vm, instance)?.0),
        _ => None,
    }
}

/// The bytearray and item format of an instance that exports its memory
/// (`class_flags::BUFFER`: `array.array`).
pub fn exported_buffer(vm: &Vm, instance: &crate::obj::Instance) -> Option<(Value, u8)> {
    match vm.heap_obj(instance.class) {
        Some(Obj::Class(c)) if c.flags & crate::obj::class_flags::BUFFER != 0 => {}
        _ => return None,
    }
    let find = |name: crate::qstr::Qstr| {
        instance
            .dict
            .iter()
            .find(|entry| entry.key == Value::qstr(name))
            .map(|entry| entry.value)
    };
    let (data, code) = (find(q::_data)?, find(q::typecode)?);
    let code = *vm.str_text(code)?.as_bytes().first()?;
    match vm.heap_obj(data) {
        Some(Obj::ByteArray(_)) => Some((data, code)),
        _ => None,
    }
}

/// Where the bytes of a writable buffer live, as (bytearray, offset, length): a bytearray
/// itself, the window of one a writable memoryview shows (a writable view's source is always
/// a bytearray: `memoryview` of a bytearray or of an array's items), or an `array`'s items;
/// None for anything else. For native code that fills a buffer in place (`readinto`,
/// `framebuf`).
pub fn writable_window(vm: &Vm, v: Value) -> Option<(Value, usize, usize)> {
    let window = match vm.heap_obj(v)? {
        Obj::ByteArray(bytes) => (v, 0, bytes.len()),
        Obj::MemoryView(view) if !view.readonly => (view.source, view.start, view.len),
        Obj::Instance(instance) => {
            let (data, _) = exported_buffer(vm, instance)?;
            (data, 0, byte_slice(vm, data).map_or(0, <[u8]>::len))
        }
        _ => return None,
    };
    matches!(vm.heap_obj(window.0), Some(Obj::ByteArray(_))).then_some(window)
}

/// The bytes a constructor argument stands for: `bytes(3)`, `bytes([1, 2])`,
/// `bytes("text", "utf-8")`, `bytes(b"...")`.
fn source_bytes(vm: &mut Vm, args: Args, kwargs: Kwargs, name: &str) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] =
        bind_args(vm, name, args, kwargs, ["source", "encoding", "errors"], 0)?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = vm.str_text(source) {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let text = String::from(text);
        let codec = codec::lookup(vm, encoding)?;
        let errors = codec::error_handler(vm, errors)?;
        return codec::encode(vm, &text, codec, errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(Obj::MemoryView(_)) = vm.heap_obj(source) {
        crate::obj::memoryview::view_of(vm, source)?; // Released: ValueError.
    }
    if let Some(data) = byte_slice(vm, source) {
        return copy_of(vm, data);
    }
    if vm.is_int(source) {
        let n = vm.int_arg(source)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let n = crate::obj::sequence::count_to_usize(n);
        vm.reserve_collecting(n, &[source])?;
        return Ok(alloc::vec![0u8; n]);
    }
    if vm.is_user_object(source) {
        if let Some(data) = dunder_bytes(vm, source)? {
            return Ok(data);
        }
        // A size; an `__index__` giving no int falls through to the errors below, as in CPython.
        if let Some(count) = vm
            .call_special(source, q::__index__, &[])?
            .filter(|&count| vm.is_int(count))
        {
            let n = vm.int_arg(count)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            let n = crate::obj::sequence::count_to_usize(n);
            vm.reserve_collecting(n, &[source])?;
            return Ok(alloc::vec![0u8; n]);
        }
    }
    let not_bytes =
        |vm: &mut Vm| format!("cannot convert '{}' object to bytes", vm.type_name(source));
    if vm.is_float_like(source) {
        let text = not_bytes(vm);
        return Err(vm.type_error(text));
    }
    let items = vm.collect_iterable_or(source, &not_bytes)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let n = vm.int_arg(item)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => {
                let message = if name == "bytes" {
                    "bytes must be in range(0, 256)"
                } else {
                    "byte must be in range(0, 256)"
                };
                return Err(vm.value_error(message));
            }
        }
    }
    Ok(out)
}

pub fn construct_bytes(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let class = args[0];
    if args.len() == 2 && kwargs.is_empty() && class == vm.types.bytes {
        if let Some(Obj::Bytes(_)) = vm.heap_obj(args[1]) {
            return Ok(args[1]);
        }
    }
    let data = source_bytes(vm, &args[1..], kwargs, "bytes")?;
    let value = vm.alloc(Obj::Bytes(data.into_boxed_slice()))?;
    if class != vm.types.bytes {
        return crate::obj::class::wrap_builtin(vm, class, value);
    }
    Ok(value)
}

pub fn construct_bytearray(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let class = args[0];
    let data = source_bytes(vm, &args[1..], kwargs, "bytearray")?;
    let value = vm.alloc(Obj::ByteArray(data))?;
    if class != vm.types.bytearray {
        return crate::obj::class::wrap_builtin(vm, class, value);
    }
    Ok(value)
}

/// True when `v` (or its built-in part) is a bytearray.
pub fn is_bytearray(vm: &Vm, v: Value) -> bool {
    matches!(vm.heap_obj(vm.builtin_part(v)), Some(Obj::ByteArray(_)))
}

/// Builds a value of the same kind as `like` (bytes or bytearray).
pub fn same_kind(vm: &mut Vm, like: Value, bytes: Vec<u8>) -> PyResult<Value> {
    if is_bytearray(vm, like) {
        vm.alloc(Obj::ByteArray(bytes))
    } else {
        vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
    }
}

fn bytes_len(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    match args.first().and_then(|&v| byte_slice(vm, v)) {
        Some(bytes) => vm.new_int(bytes.len() as i64),
        None => Err(vm.type_error("descriptor '__len__' requires a 'bytes' object")),
    }
}

fn bytes_getitem(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", args, 1, 1)?;
    let base = vm.builtin_part(args[0]);
    vm.get_item(base, args[1])
}

fn bytes_contains(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "__contains__", args, 1, 1)?;
    let base = vm.builtin_part(args[0]);
    vm.contains(base, args[1]).map(Value::bool)
}

/// What `v.__bytes__()` gives, if its class has one (which must give bytes).
pub fn dunder_bytes(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    let Some(result) = vm.call_special(v, q::__bytes__, &[])? else {
        return Ok(None);
    };
    if let Some(data) = byte_slice(vm, result) {
        return copy_of(vm, data).map(Some);
    }
    let type_name = vm.type_name(result);
    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {type_name})")))
}

/// The bytes `bytearray.extend` / `+=` take: a bytes-like object or an iterable of ints.
pub fn extension_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = byte_slice(vm, v) {
        return copy_of(vm, d);
    }
    if vm.str_text(v).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let items = vm.collect_iterable_or(v, &|vm| {
        format!("can't extend bytearray with {}", vm.type_name(v))
    })?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(vm.byte_value(item)?);
    }
    Ok(out)
}

/// The special methods; the ordinary ones are the library's (`pyrite_stdlib::types::bytes`).
pub static BYTES_METHODS: &[Builtin] = &[
    Builtin::new("__len__", bytes_len),
    Builtin::new("__getitem__", bytes_getitem),
    Builtin::new("__contains__", bytes_contains),
];

/// Same as `bytes`'.
pub static BYTEARRAY_METHODS: &[Builtin] = BYTES_METHODS;

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, format_value: Value, args: Value) -> PyResult<Value> {
    let template: String = byte_slice(vm, format_value)
        .unwrap_or_default()
        .iter()
        .map(|&b| b as char)
        .collect();
    let text = crate::obj::str::percent_format_text(vm, &template, args, true)?;
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    same_kind(vm, format_value, bytes)
}
