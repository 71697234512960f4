//! `struct`: packing values into bytes and back by a format string.
//!
//! A format is an optional byte order (`@` native with C alignment, `=` native order with
//! standard sizes, `<` little, `>`/`!` big) then items `[count]code`. Native order is little
//! endian on every Pyrite target; native `l`, `L`, `n`, `N`, `P` have the pointer's size.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::check_args;
use crate::num::bigint::BigInt;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

const NATIVE_WORD: usize = core::mem::size_of::<usize>();

/// One format item: `repeat` elements of `code` starting at `offset` (for `s` and `p`,
/// one bytes value `repeat` long).
#[derive(Clone, Copy)]
struct Field {
    code: u8,
    repeat: usize,
    offset: usize,
}

/// A parsed format.
struct Layout {
    big_endian: bool,
    native: bool,
    fields: Vec<Field>,
    size: usize,
    /// Number of values packed or unpacked.
    items: usize,
}

/// Element size of `code`, or `None` if the code is not valid in this mode.
fn element_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                NATIVE_WORD
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => NATIVE_WORD,
        _ => return None,
    })
}

fn parse(format: &str) -> Result<Layout, &'static str> {
    let bytes = format.as_bytes();
    let (big_endian, native, mut position) = match bytes.first() {
        Some(b'@') => (false, true, 1),
        Some(b'=') | Some(b'<') => (false, false, 1),
        Some(b'>') | Some(b'!') => (true, false, 1),
        _ => (false, true, 0),
    };
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut items = 0;
    while position < bytes.len() {
        let c = bytes[position];
        if c.is_ascii_whitespace() {
            position += 1;
            continue;
        }
        let mut repeat: Option<usize> = None;
        while position < bytes.len() && bytes[position].is_ascii_digit() {
            let digit = (bytes[position] - b'0') as usize;
            repeat = Some(
                repeat
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|r| r.checked_add(digit))
                    .ok_or("total struct size too long")?,
            );
            position += 1;
        }
        let Some(&code) = bytes.get(position) else {
            return Err("repeat count given without format specifier");
        };
        position += 1;
        let element = element_size(code, native).ok_or("bad char in struct format")?;
        let repeat = repeat.unwrap_or(1);
        if native && element > 1 && code != b's' && code != b'p' {
            size = size.div_ceil(element) * element;
        }
        fields.push(Field {
            code,
            repeat,
            offset: size,
        });
        size = repeat
            .checked_mul(element)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or("total struct size too long")?;
        items += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => repeat,
        };
    }
    Ok(Layout {
        big_endian,
        native,
        fields,
        size,
        items,
    })
}

fn struct_error(vm: &mut Vm, message: &str) -> Value {
    let fallback = vm.types.value_error;
    crate::modules::sys::module_error(vm, "struct", "error", fallback, message)
}

fn format_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(text) = vm.str_text(v) {
        return Ok(String::from(text));
    }
    if let Some(Obj::Bytes(b)) = vm.heap_obj(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let name = vm.type_name(v);
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {name}"
    )))
}

fn layout_of(vm: &mut Vm, v: Value) -> PyResult<Layout> {
    let text = format_text(vm, v)?;
    parse(&text).map_err(|message| struct_error(vm, message))
}

fn int_value(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if !matches!(
        vm.as_number(v),
        Some(Number::Float(_) | Number::Complex(..))
    ) {
        if let Some(n) = vm.as_bigint(v) {
            return Ok(n);
        }
    }
    if vm.is_user_object(v) {
        if let Some(result) = vm.call_user_special(v, crate::qstr::q::__index__, &[])? {
            if let Some(n) = vm.as_bigint(result) {
                return Ok(n);
            }
        }
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

/// Range check and two's-complement bits of an integer for a `size`-byte field.
fn int_bits(vm: &mut Vm, layout: &Layout, code: u8, size: usize, n: &BigInt) -> PyResult<u64> {
    let signed = code.is_ascii_lowercase();
    let out_of_range = |vm: &mut Vm| {
        let message = if !layout.native && layout.big_endian && size == 8 {
            "int too large to convert"
        } else {
            "argument out of range"
        };
        struct_error(vm, message)
    };
    let value: i128 = match (n.to_i64(), n.to_u64()) {
        (Some(v), _) => v as i128,
        (None, Some(v)) => v as i128,
        _ => {
            if size >= 4 {
                return Err(out_of_range(vm));
            }
            if n.is_negative() {
                i128::MIN
            } else {
                i128::MAX
            }
        }
    };
    let bits = size as u32 * 8;
    let (low, high) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if value < low || value > high {
        if !signed && value < 0 && size >= 4 {
            return Err(out_of_range(vm));
        }
        if size == 8 {
            return Err(out_of_range(vm));
        }
        let message = match code {
            b'b' => String::from("byte format requires -128 <= number <= 127"),
            b'B' => String::from("ubyte format requires 0 <= number <= 255"),
            b'h' => String::from("short format requires -32768 <= number <= 32767"),
            b'H' => String::from("ushort format requires 0 <= number <= 65535"),
            // Sizes below 8 here, so the bounds fit an i64 (formatting an i128 costs 1.5 KB).
            _ => format!(
                "'{}' format requires {} <= number <= {}",
                code as char, low as i64, high as i64
            ),
        };
        return Err(struct_error(vm, &message));
    }
    Ok(value as u64)
}

fn float_value(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_number(v) {
        Some(n @ (Number::Int(_) | Number::Big(_) | Number::Float(_))) => vm.number_to_f64(n),
        _ => {
            if vm.is_user_object(v) {
                if let Some(result) = vm.call_user_special(v, crate::qstr::q::__float__, &[])? {
                    if let Some(n) = vm.as_number(result) {
                        return vm.number_to_f64(n);
                    }
                }
            }
            Err(struct_error(vm, "required argument is not a float"))
        }
    }
}

/// IEEE half precision bits of `x` (round half to even), or `None` if it overflows.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let magnitude = x.abs();
    if magnitude == 0.0 {
        return Some(sign);
    }
    let (fraction, exponent) = libm::frexp(magnitude); // magnitude = fraction * 2^exponent
    let biased = exponent - 1 + 15;
    let bits = if biased >= 1 {
        let mantissa = libm::rint((fraction * 2.0 - 1.0) * 1024.0) as u32;
        ((biased as u32) << 10) + mantissa
    } else {
        // Subnormal: a multiple of 2^-24 (1024 carries into the smallest normal).
        libm::rint(libm::ldexp(magnitude, 24)) as u32
    };
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

fn from_half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = ((bits >> 10) & 0x1f) as i32;
    let mantissa = (bits & 0x3ff) as f64;
    sign * match exponent {
        0 => libm::ldexp(mantissa, -24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(mantissa + 1024.0, exponent - 25),
    }
}

fn put(out: &mut [u8], bits: u64, size: usize, big_endian: bool) {
    let bytes = bits.to_le_bytes();
    for (i, &byte) in bytes.iter().enumerate().take(size) {
        let target = if big_endian { size - 1 - i } else { i };
        out[target] = byte;
    }
}

fn get(data: &[u8], size: usize, big_endian: bool) -> u64 {
    let mut bits = 0u64;
    for i in 0..size {
        let byte = if big_endian {
            data[i]
        } else {
            data[size - 1 - i]
        };
        bits = (bits << 8) | byte as u64;
    }
    bits
}

fn bytes_arg(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match vm.heap_obj(v) {
        Some(Obj::Bytes(b)) => Some(b.to_vec()),
        Some(Obj::ByteArray(b)) => Some(b.clone()),
        _ => None,
    }
}

/// Packs `values` by `layout` into `out` (which is `layout.size` long).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != layout.items {
        let message = format!(
            "pack expected {} items for packing (got {})",
            layout.items,
            values.len()
        );
        return Err(struct_error(vm, &message));
    }
    let mut next = 0;
    for field in &layout.fields {
        let code = field.code;
        match code {
            b'x' => {}
            b's' | b'p' => {
                let value = values[next];
                next += 1;
                let Some(data) = bytes_arg(vm, value) else {
                    let message = format!("argument for '{}' must be a bytes object", code as char);
                    return Err(struct_error(vm, &message));
                };
                let target = &mut out[field.offset..field.offset + field.repeat];
                if code == b's' {
                    let n = data.len().min(field.repeat);
                    target[..n].copy_from_slice(&data[..n]);
                } else if field.repeat > 0 {
                    let n = data.len().min(field.repeat - 1).min(255);
                    target[0] = n as u8;
                    target[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                let size = element_size(code, layout.native).unwrap_or(1);
                for index in 0..field.repeat {
                    let value = values[next];
                    next += 1;
                    let at = field.offset + index * size;
                    let bits = match code {
                        b'c' => match vm.heap_obj(value) {
                            Some(Obj::Bytes(b)) if b.len() == 1 => b[0] as u64,
                            _ => {
                                return Err(struct_error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => vm.is_true(value)? as u64,
                        b'e' => {
                            let x = float_value(vm, value)?;
                            match to_half(x) {
                                Some(bits) => bits as u64,
                                None => {
                                    return Err(
                                        vm.overflow_error("float too large to pack with e format")
                                    )
                                }
                            }
                        }
                        b'f' => {
                            let x = float_value(vm, value)?;
                            let single = x as f32;
                            if single.is_infinite() && x.is_finite() {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            single.to_bits() as u64
                        }
                        b'd' => float_value(vm, value)?.to_bits(),
                        _ => {
                            let n = int_value(vm, value)?;
                            int_bits(vm, layout, code, size, &n)?
                        }
                    };
                    put(&mut out[at..at + size], bits, size, layout.big_endian);
                }
            }
        }
    }
    Ok(())
}

/// Unpacks `data` (exactly `layout.size` bytes) into a tuple.
fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut values = Vec::with_capacity(layout.items);
    let tuple = vm.new_list(Vec::new())?;
    vm.push_root(tuple);
    let result = (|| {
        for field in &layout.fields {
            let code = field.code;
            match code {
                b'x' => {}
                b's' => {
                    let bytes = data[field.offset..field.offset + field.repeat].into();
                    let v = vm.alloc(Obj::Bytes(bytes))?;
                    vm.list_append(tuple, v)?;
                }
                b'p' => {
                    let field_data = &data[field.offset..field.offset + field.repeat];
                    let bytes: alloc::boxed::Box<[u8]> = match field_data.split_first() {
                        Some((&n, rest)) => rest[..(n as usize).min(rest.len())].into(),
                        None => alloc::boxed::Box::new([]),
                    };
                    let v = vm.alloc(Obj::Bytes(bytes))?;
                    vm.list_append(tuple, v)?;
                }
                _ => {
                    let size = element_size(code, layout.native).unwrap_or(1);
                    for index in 0..field.repeat {
                        let at = field.offset + index * size;
                        let bits = get(&data[at..at + size], size, layout.big_endian);
                        let v = match code {
                            b'c' => vm.alloc(Obj::Bytes(alloc::boxed::Box::new([bits as u8])))?,
                            b'?' => Value::bool(bits != 0),
                            b'e' => vm.new_float(from_half(bits as u16))?,
                            b'f' => vm.new_float(f32::from_bits(bits as u32) as f64)?,
                            b'd' => vm.new_float(f64::from_bits(bits))?,
                            _ if code.is_ascii_lowercase() => {
                                let shift = 64 - size as u32 * 8;
                                vm.new_int(((bits << shift) as i64) >> shift)?
                            }
                            _ => vm.new_bigint(BigInt::from_u64(bits))?,
                        };
                        vm.list_append(tuple, v)?;
                    }
                }
            }
        }
        let Obj::List(items) = vm.heap.get(tuple) else {
            return Ok(Value::NONE);
        };
        values.extend_from_slice(items);
        vm.new_tuple(core::mem::take(&mut values))
    })();
    vm.pop_root();
    result
}

fn pack_with(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    vm.reserve(layout.size)?;
    let mut out = alloc::vec![0u8; layout.size];
    pack_values(vm, layout, values, &mut out)?;
    vm.alloc(Obj::Bytes(out.into_boxed_slice()))
}

fn unpack_with(vm: &mut Vm, layout: &Layout, buffer: Value) -> PyResult<Value> {
    let data = buffer_data(vm, buffer)?;
    if data.len() != layout.size {
        let message = format!("unpack requires a buffer of {} bytes", layout.size);
        return Err(struct_error(vm, &message));
    }
    unpack_values(vm, layout, &data)
}

fn buffer_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(data) = vm.bytes_data(v) {
        return Ok(data);
    }
    if let Some(data) = crate::modules::array::array_bytes(vm, v) {
        return Ok(data);
    }
    let name = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")))
}

/// Resolves a possibly negative offset into a buffer of `len` bytes.
fn resolve_offset(vm: &mut Vm, offset: i64, len: usize) -> PyResult<usize> {
    if offset < 0 {
        if offset.unsigned_abs() as usize > len {
            let message = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(struct_error(vm, &message));
        }
        return Ok(len - offset.unsigned_abs() as usize);
    }
    Ok(offset as usize)
}

fn unpack_from_with(
    vm: &mut Vm,
    layout: &Layout,
    buffer: Value,
    offset: Option<Value>,
) -> PyResult<Value> {
    let offset = match offset {
        Some(v) => vm.int_arg(v)?,
        None => 0,
    };
    // Only the record is copied (records read one by one from a big buffer must not copy
    // all of it each time), unless the buffer is an array.
    let len = match crate::obj::bytes::byte_slice(vm, buffer) {
        Some(data) => data.len(),
        None => buffer_data(vm, buffer)?.len(),
    };
    let start = resolve_offset(vm, offset, len)?;
    if start.saturating_add(layout.size) > len {
        let message = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            start.saturating_add(layout.size),
            layout.size,
            start,
            len
        );
        return Err(struct_error(vm, &message));
    }
    let record = match crate::obj::bytes::byte_slice(vm, buffer) {
        Some(data) => data[start..start + layout.size].to_vec(),
        None => buffer_data(vm, buffer)?[start..start + layout.size].to_vec(),
    };
    unpack_values(vm, layout, &record)
}

fn pack_into_with(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    let buffer = args[0];
    let offset = vm.int_arg(args[1])?;
    let len = match vm.heap_obj(buffer) {
        Some(Obj::ByteArray(b)) => b.len(),
        Some(Obj::MemoryView(view)) if !view.readonly => view.len,
        _ => match crate::modules::array::array_bytes(vm, buffer) {
            Some(data) => data.len(),
            None => {
                let name = vm.type_name(buffer);
                return Err(vm.type_error(format!(
                    "argument must be read-write bytes-like object, not {name}"
                )));
            }
        },
    };
    let start = resolve_offset(vm, offset, len)?;
    if start.saturating_add(layout.size) > len {
        let message = format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            start.saturating_add(layout.size),
            layout.size,
            start,
            len
        );
        return Err(struct_error(vm, &message));
    }
    let mut out = alloc::vec![0u8; layout.size];
    pack_values(vm, layout, &args[2..], &mut out)?;
    write_buffer(vm, buffer, start, &out);
    Ok(Value::NONE)
}

fn write_buffer(vm: &mut Vm, buffer: Value, start: usize, data: &[u8]) {
    let (target, base) = match vm.heap_obj(buffer) {
        Some(Obj::MemoryView(view)) => (view.source, view.start),
        _ => (buffer, 0),
    };
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(target) {
        if let Some(slot) = bytes.get_mut(base + start..base + start + data.len()) {
            slot.copy_from_slice(data);
        }
        return;
    }
    crate::modules::array::array_write(vm, target, start, data);
}

fn iter_unpack_with(vm: &mut Vm, layout: &Layout, buffer: Value) -> PyResult<Value> {
    let data = buffer_data(vm, buffer)?;
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        let message = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        );
        return Err(struct_error(vm, &message));
    }
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        for chunk in data.chunks(layout.size) {
            let item = unpack_values(vm, layout, chunk)?;
            vm.list_append(list, item)?;
        }
        vm.get_iter(list)
    })();
    vm.pop_root();
    result
}

// ----- module functions ---------------------------------------------------------------

fn pack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let layout = layout_of(vm, args[0])?;
    pack_with(vm, &layout, &args[1..])
}

fn unpack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack", args, 2, 2)?;
    let layout = layout_of(vm, args[0])?;
    unpack_with(vm, &layout, args[1])
}

fn calcsize(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "calcsize", args, 1, 1)?;
    let layout = layout_of(vm, args[0])?;
    vm.new_int(layout.size as i64)
}

fn offset_kwarg(vm: &Vm, args: &[Value], kwargs: &[(Value, Value)], index: usize) -> Option<Value> {
    args.get(index)
        .copied()
        .or_else(|| crate::modules::builtins::kwarg(vm, kwargs, "offset"))
}

fn unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "unpack_from", args, 2, 3)?;
    let layout = layout_of(vm, args[0])?;
    let offset = offset_kwarg(vm, args, kwargs, 2);
    unpack_from_with(vm, &layout, args[1], offset)
}

fn pack_into(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.type_error(format!(
            "pack_into expected at least 3 arguments, got {}",
            args.len()
        )));
    }
    let layout = layout_of(vm, args[0])?;
    pack_into_with(vm, &layout, &args[1..])
}

fn iter_unpack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iter_unpack", args, 2, 2)?;
    let layout = layout_of(vm, args[0])?;
    iter_unpack_with(vm, &layout, args[1])
}

// ----- Struct -------------------------------------------------------------------------

fn struct_format(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let name = vm.qstrs.intern("format");
    vm.load_attr(this, name)
}

fn self_layout(vm: &mut Vm, args: &[Value]) -> PyResult<Layout> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let format = struct_format(vm, this)?;
    layout_of(vm, format)
}

fn struct_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(vm, "Struct", kwargs, &["format"])?;
    let format = match (
        args.get(1),
        crate::modules::builtins::kwarg(vm, kwargs, "format"),
    ) {
        (Some(&f), _) | (None, Some(f)) => f,
        _ => {
            return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
        }
    };
    let text = format_text(vm, format)?;
    let layout = parse(&text).map_err(|message| struct_error(vm, message))?;
    let format = vm.new_string(text)?;
    vm.push_root(format);
    let result = (|| {
        let name = vm.qstrs.intern("format");
        vm.store_attr(args[0], name, format)?;
        let size = vm.new_int(layout.size as i64)?;
        let name = vm.qstrs.intern("size");
        vm.store_attr(args[0], name, size)
    })();
    vm.pop_root();
    result.map(|_| Value::NONE)
}

fn struct_pack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    pack_with(vm, &layout, &args[1..])
}

fn struct_unpack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "unpack", args, 1, 1)?;
    let layout = self_layout(vm, args)?;
    unpack_with(vm, &layout, args[1])
}

fn struct_unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "unpack_from", args, 1, 2)?;
    let layout = self_layout(vm, args)?;
    let offset = offset_kwarg(vm, args, kwargs, 2);
    unpack_from_with(vm, &layout, args[1], offset)
}

fn struct_pack_into(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.type_error(format!(
            "pack_into expected at least 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let layout = self_layout(vm, args)?;
    pack_into_with(vm, &layout, &args[1..])
}

fn struct_iter_unpack(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "iter_unpack", args, 1, 1)?;
    let layout = self_layout(vm, args)?;
    iter_unpack_with(vm, &layout, args[1])
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("pack", pack),
    Builtin::new("unpack", unpack),
    Builtin::new("calcsize", calcsize),
    Builtin::new("pack_into", pack_into),
    Builtin::with_keywords("unpack_from", unpack_from),
    Builtin::new("iter_unpack", iter_unpack),
];

static STRUCT_METHODS: &[Builtin] = &[
    Builtin::new("pack", struct_pack),
    Builtin::new("unpack", struct_unpack),
    Builtin::new("pack_into", struct_pack_into),
    Builtin::with_keywords("unpack_from", struct_unpack_from),
    Builtin::new("iter_unpack", struct_iter_unpack),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("struct", fill)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    let exception = vm.types.exception;
    let error = crate::modules::sys::new_class(vm, "error", "struct", exception, &[], None)?;
    let name = vm.qstrs.intern("error");
    vm.dict_set_name(dict, name, error)?;
    let object = vm.types.object;
    let class = crate::modules::sys::new_class(
        vm,
        "Struct",
        "struct",
        object,
        STRUCT_METHODS,
        Some(&INIT),
    )?;
    let name = vm.qstrs.intern("Struct");
    vm.dict_set_name(dict, name, class)?;
    Ok(())
}

static INIT: Builtin = Builtin::with_keywords("Struct", struct_init);
