//! Text codecs: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with a byte-order mark, or little-
//! or big-endian) with the `strict`, `replace`, `ignore`, `backslashreplace` and (encoding)
//! `xmlcharrefreplace` error handlers, raising CPython's `UnicodeDecodeError` /
//! `UnicodeEncodeError`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The codecs there are.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 (`unit` 2) or UTF-32 (`unit` 4) in a byte order.
    Wide {
        unit: u8,
        order: ByteOrder,
    },
}

/// How a UTF-16 or UTF-32 codec orders bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    /// `utf-16`/`utf-32`: a byte-order mark first (encoding writes little-endian's; decoding
    /// follows the mark, little-endian without one).
    Marked,
    Little,
    Big,
}

impl Codec {
    /// The name in error messages (a marked wide codec names the order it used).
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide {
                unit: 2,
                order: ByteOrder::Big,
            } => "utf-16-be",
            Codec::Wide { unit: 2, .. } => "utf-16-le",
            Codec::Wide {
                order: ByteOrder::Big,
                ..
            } => "utf-32-be",
            Codec::Wide { .. } => "utf-32-le",
        }
    }
}

/// Error handlers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    /// `&#NNN;` (encoding only).
    XmlCharRefReplace,
}

/// Looks a codec up by any of its usual spellings (`UTF-8`, `utf8`, `latin_1`, …).
pub fn lookup(vm: &mut Vm, name: Option<Value>) -> PyResult<Codec> {
    let Some(name) = name else {
        return Ok(Codec::Utf8);
    };
    let Some(text) = vm.str_text(name) else {
        let type_name = vm.type_name(name);
        return Err(vm.type_error(format!("argument 'encoding' must be str, not {type_name}")));
    };
    let normal: String = text
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match normal.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => {
            Ok(Codec::Latin1)
        }
        "utf-16" | "utf16" | "u16" => Ok(wide(2, ByteOrder::Marked)),
        "utf-16-le" | "utf-16le" => Ok(wide(2, ByteOrder::Little)),
        "utf-16-be" | "utf-16be" => Ok(wide(2, ByteOrder::Big)),
        "utf-32" | "utf32" | "u32" => Ok(wide(4, ByteOrder::Marked)),
        "utf-32-le" | "utf-32le" => Ok(wide(4, ByteOrder::Little)),
        "utf-32-be" | "utf-32be" => Ok(wide(4, ByteOrder::Big)),
        _ => {
            let text = String::from(text);
            let class = vm.types.lookup_error;
            Err(vm.new_exception_msg(class, &format!("unknown encoding: {text}")))
        }
    }
}

/// Parses the `errors` argument (`strict` when absent).
pub fn error_handler(vm: &mut Vm, errors: Option<Value>) -> PyResult<Errors> {
    let Some(errors) = errors else {
        return Ok(Errors::Strict);
    };
    let Some(text) = vm.str_text(errors) else {
        let type_name = vm.type_name(errors);
        return Err(vm.type_error(format!("argument 'errors' must be str, not {type_name}")));
    };
    match text {
        "strict" => Ok(Errors::Strict),
        "replace" => Ok(Errors::Replace),
        "ignore" => Ok(Errors::Ignore),
        "backslashreplace" => Ok(Errors::BackslashReplace),
        "xmlcharrefreplace" => Ok(Errors::XmlCharRefReplace),
        other => {
            let message = format!("unknown error handler name '{other}'");
            let class = vm.types.lookup_error;
            Err(vm.new_exception_msg(class, &message))
        }
    }
}

/// `class(encoding, object, start, end, reason)`, as CPython raises a codec error (its
/// `str()` and attributes come from these arguments, `Vm::exception_str`).
fn unicode_error(
    vm: &mut Vm,
    class_name: crate::qstr::Qstr,
    object: Value,
    codec: Codec,
    start: usize,
    end: usize,
    reason: &str,
) -> Value {
    let class = vm
        .builtin(class_name)
        .ok()
        .flatten()
        .unwrap_or(vm.types.value_error);
    vm.push_root(object);
    let args = (|| {
        let encoding = vm.new_str(codec.name())?;
        vm.push_root(encoding);
        let reason = vm.new_str(reason);
        vm.pop_root();
        Ok(alloc::vec![
            encoding,
            object,
            Value::small_int(start as isize),
            Value::small_int(end as isize),
            reason?
        ])
    })();
    vm.pop_root();
    match args {
        Ok(args) => vm.new_exception(class, args),
        Err(error) => error,
    }
}

fn wide(unit: u8, order: ByteOrder) -> Codec {
    Codec::Wide { unit, order }
}

/// The little-endian byte-order mark of UTF-16 (`unit` 2) or UTF-32 (`unit` 4).
fn mark(unit: u8) -> &'static [u8] {
    if unit == 2 {
        &[0xff, 0xfe]
    } else {
        &[0xff, 0xfe, 0, 0]
    }
}

/// `text` in UTF-16 or UTF-32 (every `str` is valid Unicode, so this cannot fail).
fn encode_wide(text: &str, unit: u8, order: ByteOrder) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * unit as usize + unit as usize);
    if order == ByteOrder::Marked {
        out.extend_from_slice(mark(unit));
    }
    let mut put = |value: u32| {
        let bytes = value.to_le_bytes();
        let bytes = &bytes[..unit as usize];
        if order == ByteOrder::Big {
            out.extend(bytes.iter().rev());
        } else {
            out.extend_from_slice(bytes);
        }
    };
    for c in text.chars() {
        if unit == 4 {
            put(c as u32);
        } else {
            let mut pair = [0u16; 2];
            for half in c.encode_utf16(&mut pair) {
                put(u32::from(*half));
            }
        }
    }
    out
}

/// Decodes UTF-16 or UTF-32: a marked codec takes its order from a leading mark (and drops
/// it). Errors are CPython's: truncated data, lone or unpaired surrogates, code points past
/// U+10FFFF.
fn decode_wide(
    vm: &mut Vm,
    bytes: &[u8],
    unit: u8,
    order: ByteOrder,
    errors: Errors,
    out: &mut String,
) -> PyResult<()> {
    let size = unit as usize;
    let (mut position, order) = match order {
        ByteOrder::Marked if bytes.starts_with(mark(unit)) => (size, ByteOrder::Little),
        ByteOrder::Marked if unit == 2 && bytes.starts_with(&[0xfe, 0xff]) => (2, ByteOrder::Big),
        ByteOrder::Marked if unit == 4 && bytes.starts_with(&[0, 0, 0xfe, 0xff]) => {
            (4, ByteOrder::Big)
        }
        ByteOrder::Marked => (0, ByteOrder::Little),
        order => (0, order),
    };
    let codec = Codec::Wide { unit, order };
    let read = |at: usize| -> u32 {
        let chunk = &bytes[at..at + size];
        chunk.iter().enumerate().fold(0u32, |value, (i, &byte)| {
            let shift = if order == ByteOrder::Big {
                size - 1 - i
            } else {
                i
            };
            value | u32::from(byte) << (8 * shift)
        })
    };
    while position < bytes.len() {
        // The bad bytes' range and why, or the character and the bytes it took.
        let (reason, end): (&str, usize) = if bytes.len() - position < size {
            ("truncated data", bytes.len())
        } else {
            let value = read(position);
            let decoded = if unit == 4 {
                match char::from_u32(value) {
                    Some(c) => Ok((c, 4)),
                    None if (0xd800..0xe000).contains(&value) => {
                        Err("code point in surrogate code point range(0xd800, 0xe000)")
                    }
                    None => Err("code point not in range(0x110000)"),
                }
            } else {
                match value {
                    0xd800..=0xdbff if bytes.len() - position < 4 => Err("unexpected end of data"),
                    0xd800..=0xdbff => {
                        let low = read(position + 2);
                        if (0xdc00..0xe000).contains(&low) {
                            let code = 0x10000 + ((value - 0xd800) << 10) + (low - 0xdc00);
                            Ok((char::from_u32(code).unwrap_or('\u{fffd}'), 4))
                        } else {
                            Err("illegal UTF-16 surrogate")
                        }
                    }
                    0xdc00..=0xdfff => Err("illegal encoding"),
                    _ => Ok((char::from_u32(value).unwrap_or('\u{fffd}'), 2)),
                }
            };
            match decoded {
                Ok((c, taken)) => {
                    out.push(c);
                    position += taken;
                    continue;
                }
                Err(reason) => (reason, position + size),
            }
        };
        undecodable(vm, out, bytes, codec, errors, (position, end), reason)?;
        position = end;
    }
    Ok(())
}

/// What the error handler makes of `bytes[bad.0..bad.1]`, which `codec` cannot decode for
/// `reason`: the UnicodeDecodeError (`strict`), or what it adds to `out`.
fn undecodable(
    vm: &mut Vm,
    out: &mut String,
    bytes: &[u8],
    codec: Codec,
    errors: Errors,
    (start, end): (usize, usize),
    reason: &str,
) -> PyResult<()> {
    match errors {
        Errors::Strict => {
            let object = vm.alloc(crate::obj::Obj::Bytes(bytes.into()))?;
            let class = q::UnicodeDecodeError;
            return Err(unicode_error(vm, class, object, codec, start, end, reason));
        }
        Errors::Replace => out.push('\u{fffd}'),
        Errors::Ignore => {}
        Errors::BackslashReplace => {
            for byte in &bytes[start..end] {
                out.push_str(&format!("\\x{byte:02x}"));
            }
        }
        Errors::XmlCharRefReplace => {
            return Err(
                vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
            )
        }
    }
    Ok(())
}

/// `bytes.decode(encoding, errors)`: the text, or the error to raise.
pub fn decode(vm: &mut Vm, bytes: &[u8], codec: Codec, errors: Errors) -> PyResult<String> {
    let mut out = String::new();
    vm.reserve(bytes.len())?;
    match codec {
        Codec::Wide { unit, order } => decode_wide(vm, bytes, unit, order, errors, &mut out)?,
        Codec::Latin1 => {
            out.extend(bytes.iter().map(|&b| b as char));
        }
        Codec::Ascii => {
            for (position, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                let bad = (position, position + 1);
                let reason = "ordinal not in range(128)";
                undecodable(vm, &mut out, bytes, codec, errors, bad, reason)?;
            }
        }
        Codec::Utf8 => {
            let mut rest = bytes;
            let mut offset = 0;
            loop {
                match core::str::from_utf8(rest) {
                    Ok(text) => {
                        out.push_str(text);
                        break;
                    }
                    Err(e) => {
                        let valid = e.valid_up_to();
                        out.push_str(core::str::from_utf8(&rest[..valid]).unwrap_or(""));
                        let bad_len = e.error_len().unwrap_or(rest.len() - valid);
                        let start = offset + valid;
                        let end = start + bad_len;
                        let first = rest[valid];
                        let reason = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if (0x80..0xc2).contains(&first) || first > 0xf4 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        undecodable(vm, &mut out, bytes, codec, errors, (start, end), reason)?;
                        rest = &rest[valid + bad_len..];
                        offset = end;
                    }
                }
            }
        }
    }
    Ok(out)
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, codec: Codec, errors: Errors) -> PyResult<Vec<u8>> {
    vm.reserve(text.len())?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Wide { unit, order } => {
            vm.reserve(text.len() * 4 + 4)?;
            return Ok(encode_wide(text, unit, order));
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            Errors::Strict => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let reason = format!("ordinal not in range({limit})");
                let object = vm.new_str(text)?;
                return Err(unicode_error(
                    vm,
                    q::UnicodeEncodeError,
                    object,
                    codec,
                    i,
                    end,
                    &reason,
                ));
            }
            Errors::Replace => out.push(b'?'),
            Errors::Ignore => {}
            Errors::BackslashReplace => {
                out.extend_from_slice(escape_char(c).as_bytes());
            }
            Errors::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as codec messages and `backslashreplace` write a character.
pub(crate) fn escape_char(c: char) -> String {
    let code = c as u32;
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}
