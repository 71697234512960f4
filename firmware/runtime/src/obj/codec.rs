//! Text codecs: UTF-8, ASCII and Latin-1 with the `strict`, `replace`, `ignore` and
//! `backslashreplace` error handlers, raising CPython's `UnicodeDecodeError` /
//! `UnicodeEncodeError` (with `start`, `end` and `reason` attributes).

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
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
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

/// `bytes.decode(encoding, errors)`: the text, or the error to raise.
pub fn decode(vm: &mut Vm, bytes: &[u8], codec: Codec, errors: Errors) -> PyResult<String> {
    let mut out = String::new();
    vm.reserve(bytes.len())?;
    match codec {
        Codec::Latin1 => {
            out.extend(bytes.iter().map(|&b| b as char));
        }
        Codec::Ascii => {
            for (position, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    Errors::Strict => {
                        let object = vm.alloc(crate::obj::Obj::Bytes(bytes.into()))?;
                        return Err(unicode_error(
                            vm,
                            q::UnicodeDecodeError,
                            object,
                            codec,
                            position,
                            position + 1,
                            "ordinal not in range(128)",
                        ));
                    }
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Ignore => {}
                    Errors::BackslashReplace => out.push_str(&format!("\\x{b:02x}")),
                }
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
                        match errors {
                            Errors::Strict => {
                                let first = rest[valid];
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                let object = vm.alloc(crate::obj::Obj::Bytes(bytes.into()))?;
                                return Err(unicode_error(
                                    vm,
                                    q::UnicodeDecodeError,
                                    object,
                                    codec,
                                    start,
                                    end,
                                    reason,
                                ));
                            }
                            Errors::Replace => out.push('\u{fffd}'),
                            Errors::Ignore => {}
                            Errors::BackslashReplace => {
                                for b in &rest[valid..valid + bad_len] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                        }
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
