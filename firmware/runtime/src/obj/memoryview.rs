//! `memoryview`: a window on the memory of a bytes, a bytearray or an `array.array`, read
//! as items of one native format (`'B'` unless cast, or the array's typecode).
//!
//! A view keeps the bytearray (or bytes) that holds the memory, a byte range of it and the
//! object it was made from (`obj`). Its length and indices count items; `tobytes`, `nbytes`
//! and the users of its bytes (`io`, `struct`, `machine`) count bytes. Items convert as
//! `struct`'s native single-character formats do, little-endian as both targets are; the
//! same conversions serve `array` ([`item_size`], [`unpack_item`], [`int_item_bytes`]).
//! One-dimensional only; a strided slice is a copy, as it cannot write through.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use crate::modules::builtins::{bind_args, check_method_args};
use crate::num::bigint::BigInt;
use crate::obj::bytes::byte_slice;
use crate::obj::{Builtin, MemoryViewObj, Obj};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

/// Bytes of one item of native format `code`; None for a format views do not take.
pub fn item_size(code: u8) -> Option<usize> {
    Some(match code {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'n' | b'N' | b'P' => core::mem::size_of::<usize>(),
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The value of one item of format `code` stored in `raw`.
pub fn unpack_item(vm: &mut Vm, code: u8, raw: &[u8]) -> PyResult<Value> {
    let mut word = [0u8; 8];
    let raw = &raw[..raw.len().min(8)];
    word[..raw.len()].copy_from_slice(raw);
    let bits = u64::from_le_bytes(word);
    match code {
        b'f' => vm.new_float(f32::from_bits(bits as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(bits)),
        b'c' => vm.alloc(Obj::Bytes(raw.into())),
        b'?' => Ok(Value::bool(bits != 0)),
        _ if code.is_ascii_lowercase() => {
            let shift = 64 - raw.len().max(1) as u32 * 8; // (no bytes: a stale view reads 0)
            vm.new_int(((bits << shift) as i64) >> shift)
        }
        _ => match i64::try_from(bits) {
            Ok(n) => vm.new_int(n),
            Err(_) => vm.new_bigint(BigInt::from_u64(bits)),
        },
    }
}

/// `n` stored as an item of integer format `code`; None when it is out of the format's range.
pub fn int_item_bytes(code: u8, n: &BigInt) -> Option<Vec<u8>> {
    let size = item_size(code)?;
    let bits = size as u32 * 8;
    let value = n
        .to_i64()
        .map(i128::from)
        .or_else(|| n.to_u64().map(i128::from))?;
    let (low, high) = if code.is_ascii_lowercase() {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    (low..=high)
        .contains(&value)
        .then(|| (value as u64).to_le_bytes()[..size].to_vec())
}

/// A view's state, or the ValueError of a released one.
pub fn view_of(vm: &mut Vm, v: Value) -> PyResult<MemoryViewObj> {
    match vm.heap_obj(v) {
        Some(Obj::MemoryView(view)) if !view.released => Ok(**view),
        Some(Obj::MemoryView(_)) => {
            Err(vm.value_error("operation forbidden on released memoryview object"))
        }
        _ => Err(vm.type_error("expected a memoryview")),
    }
}

impl MemoryViewObj {
    pub fn item_size(&self) -> usize {
        item_size(self.format).unwrap_or(1)
    }

    /// Number of items.
    pub fn count(&self) -> usize {
        self.len / self.item_size()
    }
}

/// The memory a library object exports, as `(bytearray, format)` (`array.array`).
fn exported_buffer(vm: &Vm, v: Value) -> Option<(Value, u8)> {
    let Some(Obj::Instance(instance)) = vm.heap_obj(v) else {
        return None;
    };
    crate::obj::bytes::exported_buffer(vm, instance).filter(|&(_, code)| item_size(code).is_some())
}

/// The item format of a bytes-like value: a view's, an array's typecode, else `'B'`.
fn format_of(vm: &Vm, v: Value) -> u8 {
    match vm.heap_obj(v) {
        Some(Obj::MemoryView(view)) => view.format,
        _ => exported_buffer(vm, v).map_or(b'B', |(_, format)| format),
    }
}

/// `memoryview(object)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let [object] = bind_args(vm, "memoryview", &args[1..], kwargs, ["object"], 1)?;
    let owner = object.unwrap_or(Value::NONE);
    let source = vm.builtin_part(owner);
    let whole = |source, len, readonly, format| MemoryViewObj {
        source,
        start: 0,
        len,
        readonly,
        format,
        released: false,
        owner,
    };
    let view = match vm.heap_obj(source) {
        Some(Obj::Bytes(b)) => whole(source, b.len(), true, b'B'),
        Some(Obj::ByteArray(b)) => whole(source, b.len(), false, b'B'),
        Some(Obj::MemoryView(_)) => view_of(vm, source)?,
        _ => match exported_buffer(vm, owner) {
            Some((data, format)) => {
                let len = byte_slice(vm, data).map_or(0, <[u8]>::len);
                whole(data, len, false, format)
            }
            None => {
                let name = vm.type_name(owner);
                return Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{name}'"
                )));
            }
        },
    };
    vm.alloc(Obj::MemoryView(Box::new(view)))
}

/// The bytes of item `position` of a view.
fn item_bytes(vm: &Vm, view: &MemoryViewObj, position: usize) -> Vec<u8> {
    let size = view.item_size();
    let start = view.start + position * size;
    let data = byte_slice(vm, view.source).unwrap_or(&[]);
    data.get(start..start + size).unwrap_or(&[]).to_vec()
}

/// The items of a view, unpacked.
pub fn items(vm: &mut Vm, view: &MemoryViewObj) -> PyResult<Vec<Value>> {
    let mut items = Vec::with_capacity(view.count());
    for position in 0..view.count() {
        let raw = item_bytes(vm, view, position);
        let item = unpack_item(vm, view.format, &raw)?;
        vm.push_root(item);
        items.push(item);
    }
    for _ in &items {
        vm.pop_root();
    }
    Ok(items)
}

fn item_position(vm: &mut Vm, index: Value, count: usize) -> PyResult<usize> {
    if !vm.is_int(index) && !vm.is_user_object(index) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.int_arg(index)?;
    let position = if i < 0 { i + count as i64 } else { i };
    if position < 0 || position >= count as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(position as usize)
}

/// `memoryview[index]` and `memoryview[slice]` (a view sharing the memory for unit steps).
pub fn get_item(vm: &mut Vm, view_value: Value, index: Value) -> PyResult<Value> {
    let view = view_of(vm, view_value)?;
    let (size, count) = (view.item_size(), view.count());
    if let Some(Obj::Slice(_)) = vm.heap_obj(index) {
        let slice = vm.slice_indices(index, count)?;
        if slice.step == 1 || slice.len <= 1 {
            let first = if slice.len == 0 {
                0
            } else {
                slice.start.max(0) as usize
            };
            return vm.alloc(Obj::MemoryView(Box::new(MemoryViewObj {
                start: view.start + first * size,
                len: slice.len * size,
                ..view
            })));
        }
        // A strided view is a read-only copy: writes through it could not reach the memory
        // (CPython's writes through), so they raise rather than vanish.
        let bytes: Vec<u8> = slice
            .positions()
            .flat_map(|p| item_bytes(vm, &view, p))
            .collect();
        let len = bytes.len();
        let copy = vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))?;
        return vm.alloc(Obj::MemoryView(Box::new(MemoryViewObj {
            source: copy,
            start: 0,
            len,
            readonly: true,
            ..view
        })));
    }
    let position = item_position(vm, index, count)?;
    let raw = item_bytes(vm, &view, position);
    unpack_item(vm, view.format, &raw)
}

/// The bytes `value` is stored as in one item of a view of format `code`.
fn pack_item(vm: &mut Vm, code: u8, value: Value) -> PyResult<Vec<u8>> {
    let packed = match (code, vm.as_number(value)) {
        (b'?', _) => Some(alloc::vec![vm.is_true(value)? as u8]),
        (b'c', _) => match vm.heap_obj(value) {
            Some(Obj::Bytes(b)) => (b.len() == 1).then(|| b.to_vec()),
            _ => return Err(invalid_item(vm, code, "type")),
        },
        (b'f' | b'd', Some(number)) => {
            let x = match number {
                Number::Int(n) => n as f64,
                Number::Big(n) => n.to_f64().unwrap_or(f64::INFINITY),
                Number::Float(x) => x,
                Number::Complex(..) => return Err(invalid_item(vm, code, "type")),
            };
            Some(if code == b'f' {
                (x as f32).to_bits().to_le_bytes().to_vec()
            } else {
                x.to_bits().to_le_bytes().to_vec()
            })
        }
        (_, Some(Number::Int(n))) if code != b'f' && code != b'd' => {
            int_item_bytes(code, &BigInt::from_i64(n))
        }
        (_, Some(Number::Big(n))) if code != b'f' && code != b'd' => int_item_bytes(code, &n),
        _ => return Err(invalid_item(vm, code, "type")),
    };
    match packed {
        Some(bytes) => Ok(bytes),
        None => Err(invalid_item(vm, code, "value")),
    }
}

#[cold]
fn invalid_item(vm: &mut Vm, code: u8, what: &str) -> Value {
    let message = format!("memoryview: invalid {what} for format '{}'", code as char);
    if what == "type" {
        vm.type_error(message)
    } else {
        vm.value_error(message)
    }
}

/// The format and bytes of a buffer on the right of a slice assignment.
fn buffer_with_format(vm: &mut Vm, v: Value) -> PyResult<Option<(u8, Vec<u8>)>> {
    if let Some(Obj::MemoryView(_)) = vm.heap_obj(v) {
        let view = view_of(vm, v)?;
        let data = byte_slice(vm, v).unwrap_or(&[]).to_vec();
        return Ok(Some((view.format, data)));
    }
    let format = format_of(vm, v);
    Ok(byte_slice(vm, v).map(|data| (format, data.to_vec())))
}

/// `memoryview[index] = value`.
pub fn set_item(vm: &mut Vm, view_value: Value, index: Value, value: Value) -> PyResult<()> {
    let view = view_of(vm, view_value)?;
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (size, count) = (view.item_size(), view.count());
    let (positions, new): (Vec<usize>, Vec<u8>) = if let Some(Obj::Slice(_)) = vm.heap_obj(index) {
        let slice = vm.slice_indices(index, count)?;
        let Some((format, new)) = buffer_with_format(vm, value)? else {
            let name = vm.type_name(value);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")));
        };
        if format != view.format || new.len() != slice.len * size {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (slice.positions().collect(), new)
    } else {
        let position = item_position(vm, index, count)?;
        let new = pack_item(vm, view.format, value)?;
        (alloc::vec![position], new)
    };
    if let Obj::ByteArray(target) = vm.heap.get_mut(view.source) {
        for (position, item) in positions.into_iter().zip(new.chunks(size)) {
            let start = view.start + position * size;
            // The bytearray may have shrunk under the view.
            if let Some(slot) = target.get_mut(start..start + size) {
                slot.copy_from_slice(item);
            }
        }
    }
    Ok(())
}

/// `readonly`, `nbytes`, `itemsize`, `format`, `obj`, `ndim`, `shape`, `strides`, ….
pub fn attr(vm: &mut Vm, view_value: Value, name: &str) -> PyResult<Option<Value>> {
    const NAMES: &[&str] = &[
        "readonly",
        "nbytes",
        "itemsize",
        "ndim",
        "format",
        "obj",
        "shape",
        "strides",
        "suboffsets",
        "contiguous",
        "c_contiguous",
        "f_contiguous",
    ];
    if !NAMES.contains(&name) {
        return Ok(None);
    }
    let view = view_of(vm, view_value)?;
    Ok(Some(match name {
        "readonly" => Value::bool(view.readonly),
        "nbytes" => vm.new_int(view.len as i64)?,
        "itemsize" => Value::small_int(view.item_size() as isize),
        "ndim" => Value::small_int(1),
        "format" => {
            let text = [view.format];
            vm.intern(core::str::from_utf8(&text).unwrap_or("B"))
        }
        "obj" => view.owner,
        "shape" => {
            let n = vm.new_int(view.count() as i64)?;
            vm.new_tuple(alloc::vec![n])?
        }
        "strides" => vm.new_tuple(alloc::vec![Value::small_int(view.item_size() as isize)])?,
        "suboffsets" => vm.new_tuple(Vec::new())?,
        _ => Value::TRUE,
    }))
}

/// `hash(view)`: a read-only view of bytes hashes as its bytes do.
#[cold]
#[inline(never)]
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let view = view_of(vm, v)?;
    if !view.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !b"Bbc".contains(&view.format) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let data = byte_slice(vm, v).unwrap_or(&[]);
    Ok(crate::obj::dict::unscramble(crate::qstr::hash_bytes(data)) as i64)
}

/// `==` and `!=` with a view on either side and a bytes-like object on the other: equal when
/// the items are (views of one integer format compare their bytes).
#[cold]
#[inline(never)]
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (format_a, format_b) = (format_of(vm, a), format_of(vm, b));
    if format_a == format_b && !b"fd".contains(&format_a) {
        let x = byte_slice(vm, a).unwrap_or(&[]);
        let y = byte_slice(vm, b).unwrap_or(&[]);
        return Ok(x == y);
    }
    let as_view = |vm: &Vm, v: Value, format: u8| match vm.heap_obj(v) {
        Some(Obj::MemoryView(view)) => **view,
        _ => MemoryViewObj {
            source: v,
            start: 0,
            len: byte_slice(vm, v).map_or(0, <[u8]>::len),
            readonly: true,
            format,
            released: false,
            owner: v,
        },
    };
    let (view_a, view_b) = (as_view(vm, a, format_a), as_view(vm, b, format_b));
    if view_a.count() != view_b.count() {
        return Ok(false);
    }
    let items_a = items(vm, &view_a)?;
    for &item in &items_a {
        vm.push_root(item);
    }
    let result = (|| {
        let items_b = items(vm, &view_b)?;
        for (x, y) in items_a.iter().zip(items_b) {
            if !vm.eq(*x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    for _ in &items_a {
        vm.pop_root();
    }
    result
}

fn length(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__len__")?;
    let view = view_of(vm, this)?;
    vm.new_int(view.count() as i64)
}

fn enter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__enter__", args, 0, 0)?;
    view_of(vm, args[0])?;
    Ok(args[0])
}

/// `release()`, and leaving a `with` block: the view refuses every use after.
pub fn release(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "release")?;
    match vm.heap.get_mut(this) {
        Obj::MemoryView(view) => view.released = true,
        _ => return Err(vm.type_error("descriptor 'release' requires a 'memoryview' object")),
    }
    Ok(Value::NONE)
}

fn exit(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    release(vm, &args[..args.len().min(1)], kwargs)
}

/// `memoryview`'s special methods (the ordinary ones are the library's).
pub static METHODS: &[Builtin] = &[
    Builtin::new("__len__", length),
    Builtin::new("__enter__", enter),
    Builtin::new("__exit__", exit),
];
