//! `array`: compact arrays of one machine type (`array('i', [1, 2])`).
//!
//! `array` is a class made at import time whose instances keep their items packed in a
//! `bytearray` (native byte order) held in the instance dict under `_data`, next to the
//! `typecode` and `itemsize` attributes. Items convert like `struct`'s native formats.

use alloc::format;
use alloc::vec::Vec;

use crate::modules::builtins::check_method_args;
use crate::obj::memoryview::{int_item_bytes, item_size, unpack_item as decode};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const TYPECODES: &str = "bBhHiIlLqQfd";

/// The typecode and item bytes of an array instance.
struct Parts {
    code: u8,
    data: Value,
}

/// An array's parts: the buffer it exports (`class_flags::BUFFER`, set on the class below).
fn parts_of(vm: &mut Vm, v: Value) -> Option<Parts> {
    let Some(Obj::Instance(instance)) = vm.heap_obj(v) else {
        return None;
    };
    let (data, code) = crate::obj::bytes::exported_buffer(vm, instance)?;
    Some(Parts { code, data })
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Parts> {
    match args.first().and_then(|&v| parts_of(vm, v)) {
        Some(parts) => Ok(parts),
        None => Err(vm.type_error("descriptor requires an 'array.array' object")),
    }
}

fn bytes_of(vm: &Vm, data: Value) -> &[u8] {
    match vm.heap.get(data) {
        Obj::ByteArray(b) => b,
        _ => &[],
    }
}

/// The raw item bytes of an `array` (for `struct` and `bytes`-like uses).
pub fn array_bytes(vm: &mut Vm, v: Value) -> Option<Vec<u8>> {
    let parts = parts_of(vm, v)?;
    Some(bytes_of(vm, parts.data).to_vec())
}

/// Overwrites item bytes of an `array` at byte offset `start` (for `struct.pack_into`).
pub fn array_write(vm: &mut Vm, v: Value, start: usize, data: &[u8]) {
    if let Some(parts) = parts_of(vm, v) {
        if let Obj::ByteArray(bytes) = vm.heap.get_mut(parts.data) {
            if let Some(slot) = bytes.get_mut(start..start + data.len()) {
                slot.copy_from_slice(data);
            }
        }
    }
}

fn encode(vm: &mut Vm, code: u8, v: Value) -> PyResult<Vec<u8>> {
    match code {
        b'f' | b'd' => {
            let x = crate::modules::math::float_arg(vm, v)?;
            Ok(if code == b'f' {
                (x as f32).to_bits().to_le_bytes().to_vec()
            } else {
                x.to_bits().to_le_bytes().to_vec()
            })
        }
        _ => {
            let n = crate::modules::math::int_arg(vm, v)?;
            if let Some(bytes) = int_item_bytes(code, &n) {
                return Ok(bytes);
            }
            let kind = match code {
                b'b' => "signed char",
                b'B' => "unsigned byte integer",
                b'h' => "signed short integer",
                b'H' => "unsigned short",
                _ if code.is_ascii_lowercase() => "signed integer",
                _ => "unsigned integer",
            };
            let message = if n.is_negative() {
                format!("{kind} is less than minimum")
            } else {
                format!("{kind} is greater than maximum")
            };
            Err(vm.overflow_error(message))
        }
    }
}

fn length(vm: &Vm, parts: &Parts) -> usize {
    bytes_of(vm, parts.data).len() / item_size(parts.code).unwrap_or(1)
}

fn item_at(vm: &mut Vm, parts: &Parts, index: usize) -> PyResult<Value> {
    let size = item_size(parts.code).unwrap_or(1);
    // Checked: Python code run since the index was found (an `__eq__`, an `__index__`) may
    // have shortened the array.
    let Some(raw) = bytes_of(vm, parts.data).get(index * size..(index + 1) * size) else {
        return Err(vm.index_error("array index out of range"));
    };
    let raw = raw.to_vec();
    decode(vm, parts.code, &raw)
}

/// The byte range of item `index` if the array (`bytes`) still has it.
fn item_bytes(bytes: &[u8], index: usize, size: usize) -> Option<core::ops::Range<usize>> {
    let range = index * size..(index + 1) * size;
    (range.end <= bytes.len()).then_some(range)
}

fn items_list(vm: &mut Vm, parts: &Parts) -> PyResult<Value> {
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        for index in 0..length(vm, parts) {
            let item = item_at(vm, parts, index)?;
            vm.list_append(list, item)?;
        }
        Ok(list)
    })();
    vm.pop_root();
    result
}

fn with_bytes(vm: &mut Vm, data: Value, f: impl FnOnce(&mut Vec<u8>)) {
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(data) {
        f(bytes);
    }
}

/// Appends every item of `iterable`, converting all before changing the array.
fn extend_from(vm: &mut Vm, parts: &Parts, iterable: Value) -> PyResult<()> {
    extend_from_any(vm, parts, iterable, false)
}

/// [`extend_from`]; an array of another typecode is refused (`extend`, `+=`) or, for the
/// constructor (`any_kind`), read item by item (`array('i', array('h', [1]))`).
fn extend_from_any(vm: &mut Vm, parts: &Parts, iterable: Value, any_kind: bool) -> PyResult<()> {
    if let Some(other) =
        parts_of(vm, iterable).filter(|other| !any_kind || other.code == parts.code)
    {
        if other.code != parts.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let data = bytes_of(vm, other.data).to_vec();
        vm.reserve(data.len())?;
        with_bytes(vm, parts.data, |bytes| bytes.extend_from_slice(&data));
        return Ok(());
    }
    let code = parts.code;
    let chunks =
        crate::modules::math::convert_items(vm, iterable, |vm, item| encode(vm, code, item))?;
    let encoded: Vec<u8> = chunks.concat();
    vm.reserve(encoded.len())?;
    with_bytes(vm, parts.data, |bytes| bytes.extend_from_slice(&encoded));
    Ok(())
}

fn init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "array", args, 1, 2)?;
    let code = match vm.str_text(args[1]) {
        Some(text) if text.chars().count() == 1 => text.as_bytes()[0],
        _ => return Err(vm.type_error("array() argument 1 must be a unicode character, not str")),
    };
    if item_size(code).is_none() {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let data = vm.alloc(Obj::ByteArray(Vec::new()))?;
    vm.push_root(data);
    let result = (|| {
        let this = args[0];
        vm.store_attr(this, crate::qstr::q::_data, data)?;
        let code_value = vm.intern(core::str::from_utf8(&[code]).unwrap_or("b"));
        vm.store_attr(this, crate::qstr::q::typecode, code_value)?;
        let size = Value::small_int(item_size(code).unwrap_or(1) as isize);
        let name = vm.qstrs.intern("itemsize");
        vm.store_attr(this, name, size)?;
        let parts = Parts { code, data };
        if let Some(&initializer) = args.get(2) {
            if vm.is_str(initializer) {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            if let Some(Obj::Bytes(_) | Obj::ByteArray(_)) = vm.heap_obj(initializer) {
                frombytes_into(vm, &parts, initializer)?;
            } else {
                extend_from_any(vm, &parts, initializer, true)?;
            }
        }
        Ok(Value::NONE)
    })();
    vm.pop_root();
    result
}

fn frombytes_into(vm: &mut Vm, parts: &Parts, source: Value) -> PyResult<()> {
    let Some(data) = vm.bytes_data(source) else {
        let name = vm.type_name(source);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")));
    };
    if data.len() % item_size(parts.code).unwrap_or(1) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    vm.reserve(data.len())?;
    with_bytes(vm, parts.data, |bytes| bytes.extend_from_slice(&data));
    Ok(())
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let code = parts.code as char;
    let class = vm.type_of(args[0]);
    let name = vm.class_name(class);
    if length(vm, &parts) == 0 {
        return vm.new_string(format!("{name}('{code}')"));
    }
    let list = items_list(vm, &parts)?;
    let shown = vm.repr(list)?;
    vm.new_string(format!("{name}('{code}', {shown})"))
}

fn len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    Ok(Value::small_int(length(vm, &parts) as isize))
}

fn resolve_index(vm: &mut Vm, parts: &Parts, index: Value, what: &str) -> PyResult<usize> {
    let i = vm.index_value(index, "array")?;
    let n = length(vm, parts) as isize;
    let resolved = if i < 0 { i + n } else { i };
    if resolved < 0 || resolved >= n {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(resolved as usize)
}

/// A new `array.array` (never a subclass's, as in CPython: slices, `+`, `*`, copies).
fn new_array(vm: &mut Vm, code: u8, data: Vec<u8>) -> PyResult<Value> {
    let Some(class) = crate::modules::sys::module_attr(vm, "array", "array") else {
        return Err(vm.runtime_error("array.array is gone"));
    };
    let code_value = vm.intern(core::str::from_utf8(&[code]).unwrap_or("b"));
    let result = vm.call(class, &[code_value], &[])?;
    if let Some(parts) = parts_of(vm, result) {
        vm.reserve(data.len())?;
        with_bytes(vm, parts.data, |bytes| *bytes = data);
    }
    Ok(result)
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", args, 1, 1)?;
    let parts = this(vm, args)?;
    if let Some(Obj::Slice(_)) = vm.heap_obj(args[1]) {
        let n = length(vm, &parts);
        let slice = vm.slice_indices(args[1], n)?;
        let size = item_size(parts.code).unwrap_or(1);
        let source = bytes_of(vm, parts.data);
        let mut data = Vec::with_capacity(slice.len * size);
        for position in slice.positions() {
            if let Some(range) = item_bytes(source, position, size) {
                data.extend_from_slice(&source[range]);
            }
        }
        return new_array(vm, parts.code, data);
    }
    let index = resolve_index(vm, &parts, args[1], "array")?;
    item_at(vm, &parts, index)
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__setitem__", args, 2, 2)?;
    let parts = this(vm, args)?;
    let size = item_size(parts.code).unwrap_or(1);
    if let Some(Obj::Slice(_)) = vm.heap_obj(args[1]) {
        let Some(other) = parts_of(vm, args[2]) else {
            let name = vm.type_name(args[2]);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{name}\") to array slice"
            )));
        };
        if other.code != parts.code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let n = length(vm, &parts);
        let slice = vm.slice_indices(args[1], n)?;
        let replacement = bytes_of(vm, other.data).to_vec();
        if slice.step == 1 {
            let start = slice.start.clamp(0, n as isize) as usize * size;
            let stop = start + slice.len * size;
            vm.reserve(replacement.len())?;
            with_bytes(vm, parts.data, |bytes| {
                // (A bound's `__index__` may have shortened the array.)
                let start = start.min(bytes.len());
                bytes.splice(start..stop.clamp(start, bytes.len()), replacement);
            });
            return Ok(Value::NONE);
        }
        if replacement.len() != slice.len * size {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                replacement.len() / size,
                slice.len
            )));
        }
        let positions: Vec<usize> = slice.positions().collect();
        with_bytes(vm, parts.data, |bytes| {
            for (k, position) in positions.into_iter().enumerate() {
                if let Some(range) = item_bytes(bytes, position, size) {
                    bytes[range].copy_from_slice(&replacement[k * size..(k + 1) * size]);
                }
            }
        });
        return Ok(Value::NONE);
    }
    let index = resolve_index(vm, &parts, args[1], "array assignment")?;
    let encoded = encode(vm, parts.code, args[2])?;
    // The value's `__index__` may have shortened the array.
    let Some(range) = item_bytes(bytes_of(vm, parts.data), index, size) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    with_bytes(vm, parts.data, |bytes| {
        bytes[range].copy_from_slice(&encoded)
    });
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__delitem__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let size = item_size(parts.code).unwrap_or(1);
    let n = length(vm, &parts);
    let mut positions: Vec<usize> = if let Some(Obj::Slice(_)) = vm.heap_obj(args[1]) {
        vm.slice_indices(args[1], n)?.positions().collect()
    } else {
        alloc::vec![resolve_index(vm, &parts, args[1], "array assignment")?]
    };
    crate::sort::sort_unstable(&mut positions);
    with_bytes(vm, parts.data, |bytes| {
        for position in positions.into_iter().rev() {
            if let Some(range) = item_bytes(bytes, position, size) {
                bytes.drain(range);
            }
        }
    });
    Ok(Value::NONE)
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let list = items_list(vm, &parts)?;
    vm.get_iter(list)
}

fn contains(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__contains__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let list = items_list(vm, &parts)?;
    vm.push_root(list);
    let result = vm.contains(list, args[1]);
    vm.pop_root();
    result.map(Value::bool)
}

fn eq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__eq__", args, 1, 1)?;
    let parts = this(vm, args)?;
    if let Some(Obj::MemoryView(_)) = vm.heap_obj(args[1]) {
        return crate::obj::memoryview::equal(vm, args[0], args[1]).map(Value::bool);
    }
    let Some(other) = parts_of(vm, args[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if parts.code == other.code {
        let same = bytes_of(vm, parts.data) == bytes_of(vm, other.data);
        if parts.code != b'f' && parts.code != b'd' {
            return Ok(Value::bool(same));
        }
    }
    let left = items_list(vm, &parts)?;
    vm.push_root(left);
    let right = items_list(vm, &other);
    let result = match right {
        Ok(right) => {
            vm.push_root(right);
            let r = vm.eq(left, right);
            vm.pop_root();
            r
        }
        Err(e) => Err(e),
    };
    vm.pop_root();
    result.map(Value::bool)
}

fn add(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__add__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let Some(other) = parts_of(vm, args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only append array (not \"{name}\") to array")));
    };
    if other.code != parts.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut data = bytes_of(vm, parts.data).to_vec();
    data.extend_from_slice(bytes_of(vm, other.data));
    new_array(vm, parts.code, data)
}

/// The item bytes of `this` repeated `count` times (`array * n`, `n * array`, `*=`).
fn repeated(vm: &mut Vm, parts: &Parts, count: Value) -> PyResult<Vec<u8>> {
    if !vm.is_int(count) {
        let name = vm.type_name(count);
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{name}'"
        )));
    }
    let times = match vm.as_i64(count) {
        Some(n) => crate::obj::sequence::count_to_usize(n),
        None if vm.is_int(count) => usize::MAX, // (past i64: too big for any heap)
        None => vm.index_value(count, "array")?.max(0) as usize,
    };
    let source = bytes_of(vm, parts.data);
    let Some(total) = source.len().checked_mul(times) else {
        return Err(vm.memory_error());
    };
    vm.reserve(total)?;
    Ok(bytes_of(vm, parts.data).repeat(times))
}

fn mul(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__mul__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let data = repeated(vm, &parts, args[1])?;
    new_array(vm, parts.code, data)
}

fn imul(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__imul__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let data = repeated(vm, &parts, args[1])?;
    with_bytes(vm, parts.data, |bytes| *bytes = data);
    Ok(args[0])
}

/// `a += b`: extends `a` in place with array `b` of the same typecode.
fn iadd(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__iadd__", args, 1, 1)?;
    let parts = this(vm, args)?;
    let Some(other) = parts_of(vm, args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{name}\")")));
    };
    if other.code != parts.code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let added = bytes_of(vm, other.data).to_vec();
    vm.reserve(added.len())?;
    with_bytes(vm, parts.data, |bytes| bytes.extend_from_slice(&added));
    Ok(args[0])
}

/// `<`, `<=`, `>`, `>=` between arrays: item by item, as lists compare.
fn ordering(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    check_method_args(vm, "comparison", args, 1, 1)?;
    let parts = this(vm, args)?;
    let Some(other) = parts_of(vm, args[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let left = items_list(vm, &parts)?;
    vm.push_root(left);
    let result = items_list(vm, &other).and_then(|right| {
        vm.push_root(right);
        let result = vm.compare_op(op, left, right);
        vm.pop_root();
        result
    });
    vm.pop_root();
    result
}

fn lt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    ordering(vm, args, crate::compile::opcode::compare::LT)
}

fn le(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    ordering(vm, args, crate::compile::opcode::compare::LE)
}

fn gt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    ordering(vm, args, crate::compile::opcode::compare::GT)
}

fn ge(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    ordering(vm, args, crate::compile::opcode::compare::GE)
}

fn append(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "append", args, 1, 1)?;
    let parts = this(vm, args)?;
    let encoded = encode(vm, parts.code, args[1])?;
    vm.reserve(encoded.len())?;
    with_bytes(vm, parts.data, |bytes| bytes.extend_from_slice(&encoded));
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "extend", args, 1, 1)?;
    let parts = this(vm, args)?;
    extend_from(vm, &parts, args[1])?;
    Ok(Value::NONE)
}

fn frombytes(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "frombytes", args, 1, 1)?;
    let parts = this(vm, args)?;
    frombytes_into(vm, &parts, args[1])?;
    Ok(Value::NONE)
}

fn fromlist(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "fromlist", args, 1, 1)?;
    let parts = this(vm, args)?;
    if !matches!(vm.heap_obj(args[1]), Some(Obj::List(_))) {
        return Err(vm.type_error("arg must be list"));
    }
    extend_from(vm, &parts, args[1])?;
    Ok(Value::NONE)
}

fn tobytes(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let data: alloc::boxed::Box<[u8]> = bytes_of(vm, parts.data).into();
    vm.alloc(Obj::Bytes(data))
}

fn tolist(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    items_list(vm, &parts)
}

/// Position of the first item equal to `v` from `start` up to `stop`, if any.
fn find(
    vm: &mut Vm,
    parts: &Parts,
    v: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    // The length is read at each step: an `__eq__` may change the array.
    let mut index = start;
    while index < stop.min(length(vm, parts)) {
        let item = item_at(vm, parts, index)?;
        if vm.eq(item, v)? {
            return Ok(Some(index));
        }
        index += 1;
    }
    Ok(None)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "pop", args, 0, 1)?;
    let parts = this(vm, args)?;
    let n = length(vm, &parts);
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let index = match args.get(1) {
        Some(&i) => {
            let i = vm.index_value(i, "array")?;
            let n = length(vm, &parts);
            if n == 0 {
                return Err(vm.index_error("pop from empty array"));
            }
            let resolved = if i < 0 { i + n as isize } else { i };
            if resolved < 0 || resolved >= n as isize {
                return Err(vm.index_error("pop index out of range"));
            }
            resolved as usize
        }
        None => n - 1,
    };
    let item = item_at(vm, &parts, index)?;
    let size = item_size(parts.code).unwrap_or(1);
    with_bytes(vm, parts.data, |bytes| {
        if let Some(range) = item_bytes(bytes, index, size) {
            bytes.drain(range);
        }
    });
    Ok(item)
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "remove", args, 1, 1)?;
    let parts = this(vm, args)?;
    let Some(index) = find(vm, &parts, args[1], 0, usize::MAX)? else {
        return Err(vm.value_error("array.remove(x): x not in array"));
    };
    let size = item_size(parts.code).unwrap_or(1);
    with_bytes(vm, parts.data, |bytes| {
        if let Some(range) = item_bytes(bytes, index, size) {
            bytes.drain(range);
        }
    });
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "insert", args, 2, 2)?;
    let parts = this(vm, args)?;
    let i = vm.index_value(args[1], "array")?;
    let encoded = encode(vm, parts.code, args[2])?;
    // Clamped to the length after both conversions (either may have changed it).
    let n = length(vm, &parts) as isize;
    let index = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = item_size(parts.code).unwrap_or(1);
    vm.reserve(encoded.len())?;
    with_bytes(vm, parts.data, |bytes| {
        bytes.splice(index * size..index * size, encoded);
    });
    Ok(Value::NONE)
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "index", args, 1, 3)?;
    let parts = this(vm, args)?;
    let (start, stop) = crate::obj::tuple::search_bounds(vm, &args[2..], length(vm, &parts))?;
    match find(vm, &parts, args[1], start, stop)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "count", args, 1, 1)?;
    let parts = this(vm, args)?;
    let mut total = 0;
    let mut index = 0;
    while index < length(vm, &parts) {
        let item = item_at(vm, &parts, index)?;
        if vm.eq(item, args[1])? {
            total += 1;
        }
        index += 1;
    }
    Ok(Value::small_int(total))
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let size = item_size(parts.code).unwrap_or(1);
    with_bytes(vm, parts.data, |bytes| {
        let items: Vec<Vec<u8>> = bytes.chunks(size).rev().map(|c| c.to_vec()).collect();
        *bytes = items.concat();
    });
    Ok(Value::NONE)
}

fn byteswap(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let size = item_size(parts.code).unwrap_or(1);
    with_bytes(vm, parts.data, |bytes| {
        for chunk in bytes.chunks_mut(size) {
            chunk.reverse();
        }
    });
    Ok(Value::NONE)
}

fn buffer_info(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let n = length(vm, &parts) as isize;
    let address = Value::small_int(parts.data.raw() as isize >> 2);
    vm.new_tuple(alloc::vec![address, Value::small_int(n)])
}

/// `__copy__()` and `__deepcopy__(memo)`: a new array with the same items (numbers, so a
/// deep copy is a shallow one).
fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let parts = this(vm, args)?;
    let data = bytes_of(vm, parts.data).to_vec();
    new_array(vm, parts.code, data)
}

static METHODS: &[Builtin] = &[
    Builtin::new("array.__repr__", repr),
    Builtin::new("array.__str__", repr),
    Builtin::new("array.__len__", len),
    Builtin::new("array.__getitem__", getitem),
    Builtin::new("array.__setitem__", setitem),
    Builtin::new("array.__delitem__", delitem),
    Builtin::new("array.__iter__", iter),
    Builtin::new("array.__contains__", contains),
    Builtin::new("array.__eq__", eq),
    Builtin::new("array.__add__", add),
    Builtin::new("array.__iadd__", iadd),
    Builtin::new("array.__mul__", mul),
    Builtin::new("array.__rmul__", mul),
    Builtin::new("array.__imul__", imul),
    Builtin::new("array.__lt__", lt),
    Builtin::new("array.__le__", le),
    Builtin::new("array.__gt__", gt),
    Builtin::new("array.__ge__", ge),
    Builtin::new("append", append),
    Builtin::new("extend", extend),
    Builtin::new("frombytes", frombytes),
    Builtin::new("fromlist", fromlist),
    Builtin::new("array.__bytes__", tobytes),
    Builtin::new("tobytes", tobytes),
    Builtin::new("tolist", tolist),
    Builtin::new("pop", pop),
    Builtin::new("remove", remove),
    Builtin::new("insert", insert),
    Builtin::new("index", index),
    Builtin::new("count", count),
    Builtin::self_only("reverse", reverse),
    Builtin::new("byteswap", byteswap),
    Builtin::new("buffer_info", buffer_info),
    Builtin::new("array.__copy__", copy),
    Builtin::new("array.__deepcopy__", copy),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("array", |vm, module| {
        let object = vm.types.object;
        let class =
            crate::modules::sys::new_class(vm, "array", "array", object, METHODS, Some(&INIT))?;
        // Arrays are bytes-like: their `_data` holds the items (`class_flags::BUFFER`).
        if let Obj::Class(c) = vm.heap.get_mut(class) {
            c.flags |= crate::obj::class_flags::BUFFER;
        }
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("array");
        vm.dict_set_name(dict, name, class)?;
        let typecodes = vm.new_str(TYPECODES)?;
        let name = vm.qstrs.intern("typecodes");
        vm.dict_set_name(dict, name, typecodes)?;
        Ok(())
    })
}

static INIT: Builtin = Builtin::new("array", init);
