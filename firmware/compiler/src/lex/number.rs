//! Numeric literals: checking their spelling while tokenizing, and turning the checked text
//! into a constant (int, big int, float or imaginary).
//!
//! The rules are CPython's: single underscores between digits, no leading zeros on a
//! non-zero decimal integer, and a literal may run straight into only a few keywords
//! (`1if x else y`).

use crate::ast::Constant;
use alloc::format;
use alloc::string::String;

/// An error in a literal: the message and the byte index it points at.
pub type ScanError = (String, usize);

/// Scans a digit run of `radix` allowing single underscores between digits. Returns the end
/// and how many digits were read, or the index of a misplaced underscore.
fn digits(
    bytes: &[u8],
    mut pos: usize,
    radix: u32,
    allow_leading_underscore: bool,
) -> Result<(usize, usize), usize> {
    let mut count = 0;
    let mut first = true;
    loop {
        match bytes.get(pos) {
            Some(b'_') => {
                if first && !allow_leading_underscore {
                    return Ok((pos, count));
                }
                let next_is_digit = bytes
                    .get(pos + 1)
                    .is_some_and(|b| (*b as char).is_digit(radix));
                if !next_is_digit {
                    return Err(pos);
                }
                pos += 1;
            }
            Some(b) if (*b as char).is_digit(radix) => {
                pos += 1;
                count += 1;
            }
            _ => return Ok((pos, count)),
        }
        first = false;
    }
}

fn starts_with_at(bytes: &[u8], pos: usize, word: &[u8]) -> bool {
    bytes.get(pos..pos + word.len()) == Some(word)
}

/// May a number end at `pos`? Only if no identifier character follows, or a keyword that
/// CPython lets a literal run into.
fn verify_end(bytes: &[u8], pos: usize, kind: &str) -> Result<usize, ScanError> {
    let Some(&next) = bytes.get(pos) else {
        return Ok(pos);
    };
    let keyword_follows = match next {
        b'a' => starts_with_at(bytes, pos, b"and"),
        b'e' => starts_with_at(bytes, pos, b"else"),
        b'f' => starts_with_at(bytes, pos, b"for"),
        b'i' => matches!(bytes.get(pos + 1), Some(b'f' | b'n' | b's')),
        b'n' => starts_with_at(bytes, pos, b"not"),
        b'o' => starts_with_at(bytes, pos, b"or"),
        _ => false,
    };
    if keyword_follows {
        return Ok(pos);
    }
    if next == b'_' || next.is_ascii_alphanumeric() || next >= 0x80 {
        return Err((format!("invalid {kind} literal"), pos));
    }
    Ok(pos)
}

/// Scans the numeric literal starting at `start`; returns where it ends.
pub fn scan(bytes: &[u8], start: usize) -> Result<usize, ScanError> {
    let prefix = bytes.get(start + 1).map(|b| b.to_ascii_lowercase());
    if bytes.get(start) == Some(&b'0') && matches!(prefix, Some(b'x' | b'o' | b'b')) {
        let (radix, kind) = match prefix {
            Some(b'x') => (16, "hexadecimal"),
            Some(b'o') => (8, "octal"),
            _ => (2, "binary"),
        };
        let (end, count) = digits(bytes, start + 2, radix, true)
            .map_err(|at| (format!("invalid {kind} literal"), at))?;
        if let Some(&next) = bytes.get(end) {
            if radix < 10 && next.is_ascii_digit() {
                return Err((
                    format!("invalid digit '{}' in {kind} literal", next as char),
                    end,
                ));
            }
        }
        if count == 0 {
            return Err((format!("invalid {kind} literal"), start + 1));
        }
        return verify_end(bytes, end, kind);
    }
    let decimal_error = |at| (String::from("invalid decimal literal"), at);
    let mut pos = start;
    let mut is_float = false;
    let mut integer_digits = 0;
    if bytes.get(pos) != Some(&b'.') {
        let (end, count) = digits(bytes, pos, 10, false).map_err(decimal_error)?;
        pos = end;
        integer_digits = count;
    }
    if bytes.get(pos) == Some(&b'.') {
        is_float = true;
        let (end, count) = digits(bytes, pos + 1, 10, false).map_err(decimal_error)?;
        if count == 0 && integer_digits == 0 {
            return Err(decimal_error(pos));
        }
        if bytes.get(end) == Some(&b'_') {
            return Err(decimal_error(end));
        }
        pos = end;
    }
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        let mut exponent = pos + 1;
        if matches!(bytes.get(exponent), Some(b'+' | b'-')) {
            exponent += 1;
        }
        if bytes.get(exponent).is_some_and(|b| b.is_ascii_digit()) {
            let (end, _) = digits(bytes, exponent, 10, false).map_err(decimal_error)?;
            pos = end;
            is_float = true;
        } else if exponent != pos + 1 || !starts_with_at(bytes, pos, b"else") {
            // `1e`, `1e+`: an exponent without digits.
            return Err(decimal_error(start));
        }
    }
    if matches!(bytes.get(pos), Some(b'j' | b'J')) {
        return verify_end(bytes, pos + 1, "imaginary");
    }
    if !is_float && bytes.get(start) == Some(&b'0') {
        let all_zero = bytes[start..pos].iter().all(|b| *b == b'0' || *b == b'_');
        if !all_zero {
            return Err((
                String::from(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                ),
                start,
            ));
        }
    }
    verify_end(bytes, pos, "decimal")
}

fn parse_float(text: &str) -> f64 {
    // The text was checked by `scan`, so it is a decimal literal.
    pyrite_num::float::parse_decimal(text).unwrap_or(f64::NAN)
}

/// The SyntaxError message for a decimal int literal that `scan` accepted with more than
/// `limit` digits (0: no limit), as CPython 3.11 limits int/str conversions.
pub fn too_many_digits(text: &str, limit: u32) -> Option<String> {
    let limit = limit as usize;
    // Shorter literals, other bases, floats and imaginaries pass; so does 000…0 (read
    // without a conversion).
    if limit == 0 || text.len() <= limit || !text.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return None;
    }
    let digits = text.bytes().filter(|&b| b != b'_').count();
    if digits <= limit || text.bytes().all(|b| b == b'0' || b == b'_') {
        return None;
    }
    Some(format!(
        "{} - Consider hexadecimal for huge integer literals to avoid decimal conversion \
         limits.",
        digit_limit_message(limit, digits)
    ))
}

/// CPython's message for a numeral of `digits` decimal digits, more than `limit` (the
/// runtime's `int()` and `json` say it too).
pub fn digit_limit_message(limit: usize, digits: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} \
         digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Turns a literal that `scan` accepted into its value.
pub fn to_constant(text: &str) -> Constant {
    if let Some(imaginary) = text.strip_suffix(['j', 'J']) {
        return Constant::imaginary(parse_float(imaginary));
    }
    let lower_prefix = text.get(..2).map(|p| p.to_ascii_lowercase());
    let (radix, digits) = match lower_prefix.as_deref() {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => {
            if text.contains(['.', 'e', 'E']) {
                return Constant::float(parse_float(text));
            }
            (10, text)
        }
    };
    let mut value: i64 = 0;
    let mut overflow = false;
    for c in digits.chars() {
        let Some(digit) = c.to_digit(radix) else {
            continue; // an underscore
        };
        match value
            .checked_mul(radix as i64)
            .and_then(|v| v.checked_add(digit as i64))
        {
            Some(v) => value = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return Constant::int(value);
    }
    // One block of the literal's length (the parser made sure of it), not amortised growth.
    let mut cleaned = String::with_capacity(digits.len());
    cleaned.extend(
        digits
            .chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_lowercase())
            .skip_while(|c| *c == '0'),
    );
    Constant::BigInt {
        digits: cleaned,
        radix: radix as u8, // 2, 8, 10 or 16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(text: &str) -> Result<usize, ScanError> {
        scan(text.as_bytes(), 0)
    }

    #[test]
    fn accepts_python_numbers() {
        for text in [
            "0",
            "00",
            "0_0",
            "1",
            "1_000",
            "0x_1F",
            "0o17",
            "0b1_0",
            "1.",
            ".5",
            "1.5",
            "1e5",
            "1E-3",
            "1_0.5_0e+1_0",
            "09.5",
            "012e1",
            "00.5",
            "3j",
            "1.5J",
            "0e0",
            "1.e5",
        ] {
            assert_eq!(scan_all(text), Ok(text.len()), "{text}");
        }
        assert_eq!(scan_all("1if"), Ok(1));
        assert_eq!(scan_all("1else"), Ok(1));
        assert_eq!(scan_all("0x1for"), Ok(4));
        assert_eq!(scan_all("1 "), Ok(1));
    }

    #[test]
    fn rejects_bad_numbers() {
        let message = |text: &str| scan_all(text).unwrap_err().0;
        assert_eq!(message("1__0"), "invalid decimal literal");
        assert_eq!(message("1_"), "invalid decimal literal");
        assert_eq!(message("0x"), "invalid hexadecimal literal");
        assert_eq!(message("0xg"), "invalid hexadecimal literal");
        assert_eq!(message("0b2"), "invalid digit '2' in binary literal");
        assert_eq!(message("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(message("0b1_"), "invalid binary literal");
        assert_eq!(message("1abc"), "invalid decimal literal");
        assert_eq!(message("1e"), "invalid decimal literal");
        assert_eq!(message("1e+"), "invalid decimal literal");
        assert_eq!(message("1.5_"), "invalid decimal literal");
        assert_eq!(message("1._5"), "invalid decimal literal");
        assert_eq!(message("1j2"), "invalid imaginary literal");
        assert_eq!(message("1.real"), "invalid decimal literal");
        assert!(message("0777").starts_with("leading zeros"));
        assert!(message("0_7").starts_with("leading zeros"));
    }

    #[test]
    fn converts_values() {
        assert_eq!(to_constant("1_000"), Constant::int(1000));
        assert_eq!(to_constant("0xff"), Constant::int(255));
        assert_eq!(to_constant("0O17"), Constant::int(15));
        assert_eq!(to_constant("0b101"), Constant::int(5));
        assert_eq!(to_constant("9223372036854775807"), Constant::int(i64::MAX));
        assert_eq!(
            to_constant("9223372036854775808"),
            Constant::BigInt {
                digits: "9223372036854775808".into(),
                radix: 10
            }
        );
        assert_eq!(
            to_constant("0xFFFF_FFFF_FFFF_FFFF_F"),
            Constant::BigInt {
                digits: "fffffffffffffffff".into(),
                radix: 16
            }
        );
        assert_eq!(to_constant("1."), Constant::float(1.0));
        assert_eq!(to_constant(".5"), Constant::float(0.5));
        assert_eq!(to_constant("1e-3"), Constant::float(0.001));
        assert_eq!(to_constant("1_000.5"), Constant::float(1000.5));
        assert_eq!(to_constant("1e999"), Constant::float(f64::INFINITY));
        assert_eq!(to_constant("3j"), Constant::imaginary(3.0));
        assert_eq!(to_constant("1.5e1J"), Constant::imaginary(15.0));
        assert_eq!(to_constant("00"), Constant::int(0));
    }

    #[test]
    fn limits_decimal_digits() {
        let digits = |n| "7".repeat(n);
        assert_eq!(too_many_digits(&digits(640), 640), None);
        let message = too_many_digits(&digits(641), 640).unwrap();
        assert!(
            message.starts_with("Exceeds the limit (640 digits)"),
            "{message}"
        );
        assert!(message.contains("value has 641 digits"), "{message}");
        // Underscores are not digits; zeros, other bases, floats and no limit pass.
        assert_eq!(too_many_digits(&"7_".repeat(640)[..1279], 640), None);
        assert_eq!(too_many_digits(&"0".repeat(700), 640), None);
        assert_eq!(too_many_digits(&format!("0x{}", digits(700)), 640), None);
        assert_eq!(too_many_digits(&format!("{}.5", digits(700)), 640), None);
        assert_eq!(too_many_digits(&format!("{}j", digits(700)), 640), None);
        assert_eq!(too_many_digits(&digits(700), 0), None);
    }
}
