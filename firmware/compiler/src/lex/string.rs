//! String and bytes literals: prefixes, and decoding the text between the quotes (escape
//! sequences, line endings) into a value.
//!
//! f-strings are split into literal parts and fields by the parser; the literal parts come
//! back here to be decoded like any other string.

use super::StringPrefix;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The prefix spelled by `word` (`r`, `b`, `rb`, `f`, `u`, ... in any case), if it is one.
pub fn parse_prefix(word: &str) -> Option<StringPrefix> {
    if word.len() > 2 {
        return None;
    }
    let mut prefix = StringPrefix::default();
    let mut unicode = false;
    for c in word.chars() {
        let seen = match c.to_ascii_lowercase() {
            'r' => core::mem::replace(&mut prefix.raw, true),
            'b' => core::mem::replace(&mut prefix.bytes, true),
            'f' => core::mem::replace(&mut prefix.format, true),
            'u' => core::mem::replace(&mut unicode, true),
            _ => return None,
        };
        if seen {
            return None;
        }
    }
    let valid = match word.len() {
        1 => true,
        // Two letters: r with b or f; never u with anything, never b with f.
        _ => prefix.raw && (prefix.bytes || prefix.format),
    };
    valid.then_some(prefix)
}

/// Where a line ending starts at `pos`, its length in bytes.
fn newline_len(bytes: &[u8], pos: usize) -> usize {
    match bytes.get(pos) {
        Some(b'\n') => 1,
        Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => 2,
        Some(b'\r') => 1,
        _ => 0,
    }
}

fn hex_value(bytes: &[u8], start: usize, count: usize) -> Result<u32, usize> {
    let mut value = 0u32;
    for index in 0..count {
        match bytes
            .get(start + index)
            .and_then(|b| (*b as char).to_digit(16))
        {
            Some(digit) => value = value * 16 + digit,
            None => return Err(index),
        }
    }
    Ok(value)
}

fn octal_escape(bytes: &[u8], start: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut len = 0;
    while len < 3 {
        match bytes.get(start + len) {
            Some(b @ b'0'..=b'7') => value = value * 8 + (b - b'0') as u32,
            _ => break,
        }
        len += 1;
    }
    (value, len)
}

/// Decodes the body of a `str` literal. Errors are messages; the caller adds the position.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    let mut plain_start = 0;
    while pos < bytes.len() {
        let byte = bytes[pos];
        if byte == b'\r' {
            out.push_str(&body[plain_start..pos]);
            out.push('\n');
            pos += newline_len(bytes, pos);
            plain_start = pos;
            continue;
        }
        if byte != b'\\' || raw {
            if byte == b'\\' && raw {
                // `\` keeps the next character in a raw string, even a quote.
                pos += 1;
                if bytes.get(pos) == Some(&b'\r') {
                    continue;
                }
            }
            pos += 1;
            continue;
        }
        out.push_str(&body[plain_start..pos]);
        let escape_start = pos;
        pos += 1;
        let Some(&code) = bytes.get(pos) else {
            out.push('\\');
            plain_start = pos;
            break;
        };
        pos += 1;
        let simple = match code {
            b'\n' => Some(None),
            b'\r' => {
                if bytes.get(pos) == Some(&b'\n') {
                    pos += 1;
                }
                Some(None)
            }
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'v' => Some(Some('\x0b')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            _ => None,
        };
        if let Some(decoded) = simple {
            if let Some(c) = decoded {
                out.push(c);
            }
            plain_start = pos;
            continue;
        }
        match code {
            b'0'..=b'7' => {
                let (value, len) = octal_escape(bytes, pos - 1);
                pos += len - 1;
                // At most 0o777, always a valid scalar value.
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, name) = match code {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let value = hex_value(bytes, pos, count).map_err(|read| {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {} escape",
                        escape_start,
                        escape_start + 1 + read,
                        name
                    )
                })?;
                pos += count;
                if (0xD800..0xE000).contains(&value) {
                    return Err(String::from(
                        "(unicode error) surrogate code points are not supported by Pyrite",
                    ));
                }
                let Some(c) = char::from_u32(value) else {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                        escape_start,
                        pos - 1
                    ));
                };
                out.push(c);
            }
            b'N' => {
                let named = bytes.get(pos) == Some(&b'{') && body[pos..].contains('}');
                if named {
                    return Err(String::from("\\N{...} escapes are not supported"));
                }
                let end = if bytes.get(pos) == Some(&b'{') {
                    bytes.len() - 1
                } else {
                    escape_start + 1
                };
                return Err(format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {escape_start}-{end}: malformed \\N character escape"
                ));
            }
            _ => {
                // Unknown escapes stay as written, backslash included.
                out.push('\\');
                pos = escape_start + 1;
            }
        }
        plain_start = pos;
    }
    if let Some(rest) = body.get(plain_start..) {
        out.push_str(rest);
    }
    Ok(out)
}

/// Decodes the body of a `bytes` literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err(String::from(
            "bytes can only contain ASCII literal characters",
        ));
    }
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut pos = 0;
    while pos < bytes.len() {
        let byte = bytes[pos];
        if byte == b'\r' {
            out.push(b'\n');
            pos += newline_len(bytes, pos);
            continue;
        }
        if byte != b'\\' || raw {
            out.push(byte);
            pos += 1;
            if byte == b'\\' {
                // In a raw literal `\` still protects the next byte (a quote), kept as is.
                if let Some(&next) = bytes.get(pos) {
                    if next != b'\r' {
                        out.push(next);
                        pos += 1;
                    }
                }
            }
            continue;
        }
        let escape_start = pos;
        pos += 1;
        let Some(&code) = bytes.get(pos) else {
            out.push(b'\\');
            break;
        };
        pos += 1;
        match code {
            b'\n' => {}
            b'\r' => {
                if bytes.get(pos) == Some(&b'\n') {
                    pos += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'0'..=b'7' => {
                let (value, len) = octal_escape(bytes, pos - 1);
                pos += len - 1;
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let value = hex_value(bytes, pos, 2).map_err(|_| {
                    format!("(value error) invalid \\x escape at position {escape_start}")
                })?;
                pos += 2;
                out.push(value as u8);
            }
            _ => {
                out.push(b'\\');
                pos = escape_start + 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert!(parse_prefix("r").is_some_and(|p| p.raw));
        assert!(parse_prefix("Rb").is_some_and(|p| p.raw && p.bytes));
        assert!(parse_prefix("bR").is_some_and(|p| p.raw && p.bytes));
        assert!(parse_prefix("fr").is_some_and(|p| p.raw && p.format));
        assert!(parse_prefix("U").is_some_and(|p| !p.raw && !p.bytes && !p.format));
        for bad in ["ub", "bf", "rr", "x", "ur", "rbf", "fu"] {
            assert!(parse_prefix(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn string_escapes() {
        let decode = |body: &str| decode_str(body, false).unwrap();
        assert_eq!(decode(r#"a\nb\tc\\d\'e\"f"#), "a\nb\tc\\d'e\"f");
        assert_eq!(decode(r"\a\b\f\v\r\0"), "\x07\x08\x0c\x0b\r\0");
        assert_eq!(decode(r"\101\1012\777"), "AA2\u{1ff}");
        assert_eq!(decode(r"\x41\u00e9\U0001F600"), "Aé😀");
        assert_eq!(decode("a\\\nb"), "ab");
        assert_eq!(decode("a\\\r\nb"), "ab");
        assert_eq!(decode("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(decode(r"\q\d"), r"\q\d");
        assert_eq!(decode("é\\"), "é\\");
        assert_eq!(decode_str(r"a\nb\'", true).unwrap(), r"a\nb\'");
        assert_eq!(decode_str("a\r\nb", true).unwrap(), "a\nb");
        assert!(decode_str(r"\N{DASH}", false)
            .unwrap_err()
            .contains("\\N{...}"));
        assert_eq!(
            decode_str(r"\xg", false).unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"
        );
        assert_eq!(
            decode_str(r"\U00110000", false).unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
        );
        assert!(decode_str(r"\ud800", false).is_err());
    }

    #[test]
    fn bytes_escapes() {
        let decode = |body: &str| decode_bytes(body, false).unwrap();
        assert_eq!(
            decode(r"a\x00\xff\777\n\u1234\N"),
            b"a\x00\xff\xff\n\\u1234\\N"
        );
        assert_eq!(decode_bytes(r"\x41\n", true).unwrap(), br"\x41\n");
        assert_eq!(
            decode_bytes(r"\xg", false).unwrap_err(),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(
            decode_bytes("é", false).unwrap_err(),
            "bytes can only contain ASCII literal characters"
        );
    }
}
