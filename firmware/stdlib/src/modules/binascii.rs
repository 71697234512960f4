//! `binascii`: hex and base64 conversions and CRC-32.

use alloc::format;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, check_kwargs, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The reflected CRC-32 (IEEE 802.3) table for one nibble, built at compile time: 64 bytes
/// of flash where a byte-wide table takes 1 KiB, for two lookups per byte instead of one.
static CRC_TABLE: [u32; 16] = {
    let mut table = [0u32; 16];
    let mut i = 0;
    while i < 16 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 4 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 of `data` continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &byte in data {
        c ^= byte as u32;
        c = CRC_TABLE[(c & 0xf) as usize] ^ (c >> 4);
        c = CRC_TABLE[(c & 0xf) as usize] ^ (c >> 4);
    }
    !c
}

fn error(vm: &mut Vm, message: &str) -> Value {
    let fallback = vm.types.value_error;
    crate::modules::sys::module_error(vm, "binascii", "Error", fallback, message)
}

/// Binary data: bytes-like objects only.
fn binary_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_data(v) {
        Some(data) => Ok(data),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")))
        }
    }
}

/// Encoded text: bytes-like objects or ASCII str.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(text) = vm.str_text(v) {
        if !text.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(text.as_bytes().to_vec());
    }
    match vm.bytes_data(v) {
        Some(data) => Ok(data),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{name}'"
            )))
        }
    }
}

fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> PyResult<Value> {
    vm.alloc(Obj::Bytes(data.into_boxed_slice()))
}

/// Hex digits of `data`, `sep` between groups of `per_sep` bytes (counted from the right when
/// positive, from the left when negative), as CPython's `bytes.hex` does.
pub fn hex_with_separator(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per_sep.unsigned_abs() as usize;
    for (i, &byte) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                let boundary = if per_sep > 0 {
                    (data.len() - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(DIGITS[(byte >> 4) as usize]);
        out.push(DIGITS[(byte & 15) as usize]);
    }
    out
}

fn hexlify(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "hexlify", kwargs, &["data", "sep", "bytes_per_sep"])?;
    check_args(vm, "hexlify", args, 0, 3)?;
    let Some(data) = args.first().copied().or_else(|| kwarg(vm, kwargs, "data")) else {
        return Err(vm.type_error("hexlify() missing required argument 'data' (pos 1)"));
    };
    let data = binary_arg(vm, data)?;
    let sep = match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "sep")) {
        None => None,
        Some(v) => {
            let text = match vm.str_text(v) {
                Some(t) => t.as_bytes().to_vec(),
                None => binary_arg(vm, v)?,
            };
            if text.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0])
        }
    };
    let per_sep = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "bytes_per_sep"))
    {
        Some(v) => vm.int_arg(v)?,
        None => 1,
    };
    vm.reserve(data.len() * 3)?;
    let out = hex_with_separator(&data, sep, per_sep);
    new_bytes(vm, out)
}

fn unhexlify(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "unhexlify", args, 1, 1)?;
    let text = ascii_arg(vm, args[0])?;
    if text.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks(2) {
        let high = (pair[0] as char).to_digit(16);
        let low = (pair[1] as char).to_digit(16);
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    new_bytes(vm, out)
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "b2a_base64", kwargs, &["newline"])?;
    check_args(vm, "b2a_base64", args, 1, 1)?;
    let data = binary_arg(vm, args[0])?;
    let newline = match kwarg(vm, kwargs, "newline") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    vm.reserve(data.len() / 3 * 4 + 5)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    new_bytes(vm, out)
}

fn base64_value(c: u8) -> Option<u32> {
    BASE64.iter().position(|&d| d == c).map(|p| p as u32)
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "a2b_base64", kwargs, &["strict_mode"])?;
    check_args(vm, "a2b_base64", args, 1, 1)?;
    let text = ascii_arg(vm, args[0])?;
    let strict = match kwarg(vm, kwargs, "strict_mode") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut quad_position = 0;
    let mut left = 0u32;
    let mut pads = 0;
    let mut data_chars = 0usize;
    let mut padding_started = false;
    let mut complete = false;
    for (index, &c) in text.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_position >= 2 {
                pads += 1;
                if quad_position + pads >= 4 {
                    if strict && index + 1 < text.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    complete = true;
                    break;
                }
            } else if strict {
                let message = if quad_position == 0 && index == 0 {
                    "Leading padding not allowed"
                } else {
                    "Discontinuous padding not allowed"
                };
                return Err(error(vm, message));
            }
            continue;
        }
        let Some(v) = base64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        data_chars += 1;
        match quad_position {
            0 => {
                left = v;
                quad_position = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad_position = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x3;
                quad_position = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad_position = 0;
            }
        }
    }
    if !complete && quad_position != 0 {
        if quad_position == 1 {
            let message = format!(
                "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
            );
            return Err(error(vm, &message));
        }
        return Err(error(vm, "Incorrect padding"));
    }
    new_bytes(vm, out)
}

/// A CRC's starting value: only its low 32 bits count (negative values wrap).
fn low_32_bits(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match vm.as_bigint(v) {
        Some(n) => {
            let limb = n.limbs().first().copied().unwrap_or(0);
            Ok(if n.is_negative() {
                limb.wrapping_neg()
            } else {
                limb
            })
        }
        None => Ok(vm.int_arg(v)? as u32),
    }
}

fn crc32(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "crc32", args, 1, 2)?;
    let data = binary_arg(vm, args[0])?;
    let start = match args.get(1) {
        Some(&v) => low_32_bits(vm, v)?,
        None => 0,
    };
    vm.new_int(crc32_update(start, &data) as i64)
}

/// `crc_hqx(data, value)`: CRC-CCITT, polynomial 0x1021, not reflected (XMODEM's CRC-16
/// from value 0, CCITT-FALSE's from 0xFFFF).
fn crc_hqx(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "crc_hqx", args, 2, 2)?;
    let data = binary_arg(vm, args[0])?;
    let mut crc = low_32_bits(vm, args[1])? as u16;
    for &byte in &data {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    vm.new_int(i64::from(crc))
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::with_keywords("hexlify", hexlify),
    Builtin::with_keywords("b2a_hex", hexlify),
    Builtin::new("unhexlify", unhexlify),
    Builtin::new("a2b_hex", unhexlify),
    Builtin::with_keywords("b2a_base64", b2a_base64),
    Builtin::with_keywords("a2b_base64", a2b_base64),
    Builtin::new("crc32", crc32),
    Builtin::new("crc_hqx", crc_hqx),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("binascii", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let value_error = vm.types.value_error;
        let class =
            crate::modules::sys::new_class(vm, "Error", "binascii", value_error, &[], None)?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("Error");
        vm.dict_set_name(dict, name, class)?;
        let class = crate::modules::sys::new_class(
            vm,
            "Incomplete",
            "binascii",
            vm.types.exception,
            &[],
            None,
        )?;
        let name = vm.qstrs.intern("Incomplete");
        vm.dict_set_name(dict, name, class)?;
        Ok(())
    })
}
