//! `%`-formatting (`"%5.2f" % x`): parsing the format string and laying out one operand.
//!
//! [`parse`] splits a format string into [`Piece`]s. The caller (the VM) walks them, pulls
//! operands (and `*` widths/precisions) from the tuple or mapping, calls
//! [`Conversion::resolve`], and then one of [`format_int`], [`format_float`], [`format_char`]
//! or [`pad_str`] (for `%s`, `%r`, `%a` after it computed `str`/`repr`/`ascii`).

use super::bigint::BigInt;
use super::float::format_abs;
use super::{ErrorKind, NumError};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The flags between `%` and the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    /// `-`
    pub left_adjust: bool,
    /// `+`
    pub plus_sign: bool,
    /// ` `
    pub space_sign: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero_pad: bool,
}

/// A width or precision as written: absent, a number, or `*` (taken from the operands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    None,
    Number(usize),
    Star,
}

/// One `%` conversion as written in the format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// `%(name)s`
    pub key: Option<String>,
    pub flags: Flags,
    pub width: Count,
    pub precision: Count,
    /// One of `s r a b c d i u o x X e E f F g G`, or a character the formatter rejects
    /// ([`Conversion::unsupported_error`]) once it has taken the argument.
    pub conversion: char,
    /// Character index of the conversion letter in the format string.
    pub index: usize,
}

impl Conversion {
    /// Whether the letter is a conversion (`%b` is one only for bytes).
    pub fn is_supported(&self) -> bool {
        "srabcdiuoxXeEfFgG".contains(self.conversion)
    }

    /// CPython's ValueError for a conversion letter it has no conversion for.
    pub fn unsupported_error(&self) -> NumError {
        let letter = self.conversion;
        let shown = if (' '..='~').contains(&letter) {
            letter
        } else {
            '?'
        };
        value_error(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            letter as u32, self.index
        ))
    }
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Literal(String),
    Conversion(Conversion),
}

/// A conversion with its `*` values filled in, ready to format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub flags: Flags,
    pub width: usize,
    pub precision: Option<usize>,
    pub conversion: char,
}

fn value_error(message: String) -> NumError {
    NumError::owned(ErrorKind::Value, message)
}

/// Parses a `%` format string into literal text and conversions.
pub fn parse(format_text: &str) -> Result<Vec<Piece>, NumError> {
    let characters: Vec<char> = format_text.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut position = 0;
    let incomplete = || value_error(String::from("incomplete format"));
    while position < characters.len() {
        let character = characters[position];
        position += 1;
        if character != '%' {
            literal.push(character);
            continue;
        }
        if characters.get(position) == Some(&'%') {
            literal.push('%');
            position += 1;
            continue;
        }
        let mut key = None;
        if characters.get(position) == Some(&'(') {
            let mut depth = 1;
            let start = position + 1;
            position += 1;
            while position < characters.len() {
                match characters[position] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                position += 1;
            }
            if position >= characters.len() {
                return Err(value_error(String::from("incomplete format key")));
            }
            key = Some(characters[start..position].iter().collect::<String>());
            position += 1;
        }
        let mut flags = Flags::default();
        while let Some(&flag) = characters.get(position) {
            match flag {
                '-' => flags.left_adjust = true,
                '+' => flags.plus_sign = true,
                ' ' => flags.space_sign = true,
                '#' => flags.alternate = true,
                '0' => flags.zero_pad = true,
                _ => break,
            }
            position += 1;
        }
        let width = parse_count(&characters, &mut position, "width too big")?;
        let precision = if characters.get(position) == Some(&'.') {
            position += 1;
            match parse_count(&characters, &mut position, "precision too big")? {
                Count::None => Count::Number(0),
                count => count,
            }
        } else {
            Count::None
        };
        while let Some('h' | 'l' | 'L') = characters.get(position) {
            position += 1;
        }
        let Some(&conversion) = characters.get(position) else {
            return Err(incomplete());
        };
        let index = position;
        position += 1;
        // Any character is a conversion here: CPython takes its argument before it rejects
        // the character (`'%y' % ()` is a TypeError, `'%y' % 1` the ValueError).
        if !literal.is_empty() {
            pieces.push(Piece::Literal(core::mem::take(&mut literal)));
        }
        pieces.push(Piece::Conversion(Conversion {
            key,
            flags,
            width,
            precision,
            conversion,
            index,
        }));
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

fn parse_count(
    characters: &[char],
    position: &mut usize,
    too_big: &str,
) -> Result<Count, NumError> {
    if characters.get(*position) == Some(&'*') {
        *position += 1;
        return Ok(Count::Star);
    }
    let start = *position;
    let mut value: usize = 0;
    while let Some(digit) = characters.get(*position).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= i32::MAX as usize)
            .ok_or_else(|| value_error(String::from(too_big)))?;
        *position += 1;
    }
    Ok(if *position == start {
        Count::None
    } else {
        Count::Number(value)
    })
}

impl Conversion {
    /// Fills in `*` values: a negative `*` width left-adjusts, a negative `*` precision is 0.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Spec {
        let mut flags = self.flags;
        let width = match self.width {
            Count::Number(width) => width,
            Count::Star => {
                let width = star_width.unwrap_or(0);
                if width < 0 {
                    flags.left_adjust = true;
                }
                usize::try_from(width.unsigned_abs()).unwrap_or(usize::MAX)
            }
            Count::None => 0,
        };
        let precision = match self.precision {
            Count::Number(precision) => Some(precision),
            Count::Star => {
                Some(usize::try_from(star_precision.unwrap_or(0).max(0)).unwrap_or(usize::MAX))
            }
            Count::None => None,
        };
        Spec {
            flags,
            width,
            precision,
            conversion: self.conversion,
        }
    }
}

/// Pads `sign + prefix + body` to the width: spaces left/right, or zeros after the prefix.
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn layout(spec: &Spec, sign: &str, prefix: &str, body: &str, zeros_allowed: bool) -> String {
    let length = sign.len() + prefix.len() + body.chars().count();
    let padding = spec.width.saturating_sub(length);
    let mut text = String::with_capacity(length + padding);
    if spec.flags.left_adjust {
        text.push_str(sign);
        text.push_str(prefix);
        text.push_str(body);
        text.extend(core::iter::repeat_n(' ', padding));
    } else if spec.flags.zero_pad && zeros_allowed {
        text.push_str(sign);
        text.push_str(prefix);
        text.extend(core::iter::repeat_n('0', padding));
        text.push_str(body);
    } else {
        text.extend(core::iter::repeat_n(' ', padding));
        text.push_str(sign);
        text.push_str(prefix);
        text.push_str(body);
    }
    text
}

fn sign_text(negative: bool, flags: &Flags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus_sign {
        "+"
    } else if flags.space_sign {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %o %x %X` of an int (the caller converted floats etc. with `int()` first).
pub fn format_int(value: &BigInt, spec: &Spec) -> String {
    format_digits(
        value.is_negative(),
        value.abs().to_string_radix(radix_of(spec)),
        spec,
    )
}

/// `format_int` of an int of 64 bits, without making a big int of it.
pub fn format_small_int(value: i64, spec: &Spec) -> String {
    let magnitude = value.unsigned_abs();
    let digits = match radix_of(spec) {
        8 => format!("{magnitude:o}"),
        16 => format!("{magnitude:x}"),
        _ => format!("{magnitude}"),
    };
    format_digits(value < 0, digits, spec)
}

fn radix_of(spec: &Spec) -> u32 {
    match spec.conversion {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// The digits of an int's magnitude laid out for `spec` (precision, prefix, sign, width).
fn format_digits(negative: bool, mut digits: String, spec: &Spec) -> String {
    let prefix = match spec.conversion {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if spec.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(precision) = spec.precision {
        if digits.len() < precision {
            let mut padded: String = core::iter::repeat_n('0', precision - digits.len()).collect();
            padded.push_str(&digits);
            digits = padded;
        }
    }
    let prefix = if spec.flags.alternate { prefix } else { "" };
    layout(
        spec,
        sign_text(negative, &spec.flags),
        prefix,
        &digits,
        true,
    )
}

/// `%e %E %f %F %g %G` of a float.
pub fn format_float(value: f64, spec: &Spec) -> String {
    let (style, uppercase) = match spec.conversion {
        'e' => ('e', false),
        'E' => ('e', true),
        'F' => ('f', true),
        'g' => ('g', false),
        'G' => ('g', true),
        _ => ('f', false),
    };
    let mut body = format_abs(
        value.abs(),
        style,
        Some(spec.precision.unwrap_or(6)),
        spec.flags.alternate,
    );
    if uppercase {
        body.make_ascii_uppercase();
    }
    let negative = value.is_sign_negative() && !value.is_nan();
    layout(spec, sign_text(negative, &spec.flags), "", &body, true)
}

/// `%c` of a character (the caller resolved an int code point or a 1-character string).
pub fn format_char(value: char, spec: &Spec) -> String {
    let mut buffer = [0u8; 4];
    layout(spec, "", "", value.encode_utf8(&mut buffer), false)
}

/// `%c` of an int code point; OverflowError outside range(0x110000).
pub fn char_from_code(value: &BigInt) -> Result<char, NumError> {
    value
        .to_u64()
        .filter(|code| *code < 0x110000)
        .map(|code| char::from_u32(code as u32).unwrap_or('\u{fffd}'))
        .ok_or(NumError::new(
            ErrorKind::Overflow,
            "%c arg not in range(0x110000)",
        ))
}

/// `%s %r %a`: the precision truncates, the width pads with spaces.
pub fn pad_str(value: &str, spec: &Spec) -> String {
    let truncated: String;
    let text = match spec.precision {
        Some(precision) => {
            truncated = value.chars().take(precision).collect();
            &truncated
        }
        None => value,
    };
    layout(spec, "", "", text, false)
}
