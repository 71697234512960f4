//! The format-spec mini-language: `format(x, spec)`, f-string specs and `str.format`.
//!
//! [`parse_spec`] turns `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` into a
//! [`FormatSpec`]; [`format_int`], [`format_float`] and [`format_str`] lay a value out with it.
//! Error messages are CPython 3.11's. Width, fill and precision count characters, not bytes.

use super::bigint::BigInt;
use super::float::format_abs;
use super::{ErrorKind, NumError};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-`: a sign only for negative values.
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// A parsed format specification.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// The explicit fill character, if one was given before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero after rounding.
    pub no_negative_zero: bool,
    /// `#`
    pub alternate: bool,
    /// `0` before the width (without an explicit fill): fill with '0', default alignment '='.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type letter.
    pub ty: Option<char>,
}

fn value_error(message: String) -> NumError {
    NumError::owned(ErrorKind::Value, message)
}

fn parse_alignment(character: char) -> Option<Align> {
    match character {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits at `position`; errors when they overflow.
fn parse_count(characters: &[char], position: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *position;
    let mut value: usize = 0;
    while let Some(digit) = characters.get(*position).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= i32::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string".to_string()))?;
        *position += 1;
    }
    Ok(if *position == start {
        None
    } else {
        Some(value)
    })
}

/// Describes a type letter the way CPython's messages do.
fn describe_code(code: char) -> String {
    if (' '..='~').contains(&code) && code != ' ' {
        format!("'{}'", code)
    } else {
        format!("'\\x{:x}'", code as u32)
    }
}

/// Parses a format spec. `type_name` ("int", "float", "str", …) only appears in messages.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let characters: Vec<char> = spec.chars().collect();
    let mut result = FormatSpec::default();
    let mut position = 0;
    if let Some(align) = characters.get(1).copied().and_then(parse_alignment) {
        result.fill = Some(characters[0]);
        result.align = Some(align);
        position = 2;
    } else if let Some(align) = characters.first().copied().and_then(parse_alignment) {
        result.align = Some(align);
        position = 1;
    }
    match characters.get(position) {
        Some('+') => result.sign = Some(Sign::Plus),
        Some('-') => result.sign = Some(Sign::Minus),
        Some(' ') => result.sign = Some(Sign::Space),
        _ => {}
    }
    if result.sign.is_some() {
        position += 1;
    }
    if characters.get(position) == Some(&'z') {
        result.no_negative_zero = true;
        position += 1;
    }
    if characters.get(position) == Some(&'#') {
        result.alternate = true;
        position += 1;
    }
    if result.fill.is_none() && characters.get(position) == Some(&'0') {
        result.zero_pad = true;
        position += 1;
    }
    result.width = parse_count(&characters, &mut position)?;
    if let Some(&separator @ (',' | '_')) = characters.get(position) {
        result.grouping = Some(separator);
        position += 1;
        if let Some(&second @ (',' | '_')) = characters.get(position) {
            return Err(value_error(if second == separator {
                format!("Cannot specify '{}' with '{}'.", separator, separator)
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            }));
        }
    }
    if characters.get(position) == Some(&'.') {
        position += 1;
        result.precision = parse_count(&characters, &mut position)?;
        if result.precision.is_none() {
            return Err(value_error(
                "Format specifier missing precision".to_string(),
            ));
        }
    }
    let rest = &characters[position..];
    if rest.len() > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    result.ty = rest.first().copied();
    if let Some(separator) = result.grouping {
        let allowed = match result.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => separator == '_',
            _ => false,
        };
        if !allowed {
            let code = result.ty.map(describe_code).unwrap_or_default();
            return Err(value_error(format!(
                "Cannot specify '{}' with {}.",
                separator, code
            )));
        }
    }
    Ok(result)
}

fn unknown_code(code: char, type_name: &str) -> NumError {
    value_error(format!(
        "Unknown format code {} for object of type '{}'",
        describe_code(code),
        type_name
    ))
}

/// Inserts `separator` every `group` digits from the right, first zero-extending the digits
/// until the grouped text is at least `minimum` characters long.
fn group_digits(digits: &str, separator: Option<char>, group: usize, minimum: usize) -> String {
    let mut count = digits.chars().count();
    let grouped_length = |count: usize| match separator {
        Some(_) if count > 0 => count + (count - 1) / group,
        _ => count,
    };
    let padding_start = count;
    while grouped_length(count) < minimum {
        count += 1;
    }
    let all: Vec<char> = core::iter::repeat_n('0', count - padding_start)
        .chain(digits.chars())
        .collect();
    let mut text = String::with_capacity(grouped_length(count));
    for (index, &digit) in all.iter().enumerate() {
        let from_right = count - index;
        text.push(digit);
        if let Some(separator) = separator {
            if from_right > 1 && (from_right - 1).is_multiple_of(group) {
                text.push(separator);
            }
        }
    }
    text
}

/// Lays out a number: sign, prefix ("0x"), integer digits (grouped), the rest (".5e+10", "%").
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    rest: &'a str,
    group: usize,
}

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn layout_number(spec: &FormatSpec, parts: &NumberParts<'_>) -> String {
    let sign = if parts.negative {
        "-"
    } else {
        match spec.sign {
            Some(Sign::Plus) => "+",
            Some(Sign::Space) => " ",
            _ => "",
        }
    };
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let width = spec.width.unwrap_or(0);
    let fixed_length = sign.len() + parts.prefix.len() + parts.rest.chars().count();
    // Zero padding after the sign also groups the padding zeros ("0,001,234").
    let digits_minimum = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(fixed_length)
    } else {
        0
    };
    let digits = group_digits(parts.digits, spec.grouping, parts.group, digits_minimum);
    let length = fixed_length + digits.chars().count();
    let padding = width.saturating_sub(length);
    let mut text = String::with_capacity(length + padding);
    let fill_run = |count: usize, text: &mut String| text.extend(core::iter::repeat_n(fill, count));
    match align {
        Align::Left => {}
        Align::Right => fill_run(padding, &mut text),
        Align::Center => fill_run(padding / 2, &mut text),
        Align::AfterSign => {}
    }
    text.push_str(sign);
    text.push_str(parts.prefix);
    if align == Align::AfterSign {
        fill_run(padding, &mut text);
    }
    text.push_str(&digits);
    text.push_str(parts.rest);
    match align {
        Align::Left => fill_run(padding, &mut text),
        Align::Center => fill_run(padding - padding / 2, &mut text),
        _ => {}
    }
    text
}

/// Pads `text` to the spec's width with its fill and alignment (`default` when unspecified).
fn pad_text(text: &str, spec: &FormatSpec, default: Align) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(default);
    let length = text.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(length);
    let (before, after) = match align {
        Align::Left => (0, padding),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Right | Align::AfterSign => (padding, 0),
    };
    let mut result = String::with_capacity(text.len() + padding);
    result.extend(core::iter::repeat_n(fill, before));
    result.push_str(text);
    result.extend(core::iter::repeat_n(fill, after));
    result
}

/// `format(int, spec)`. `type_name` is "int" (or "bool", …) for error messages.
pub fn format_int(value: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let code = spec.ty.unwrap_or('d');
    match code {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let float = value.to_f64().ok_or(NumError::new(
                ErrorKind::Overflow,
                "int too large to convert to float",
            ))?;
            return format_float(float, spec, type_name);
        }
        'b' | 'c' | 'd' | 'n' | 'o' | 'x' | 'X' => {}
        other => return Err(unknown_code(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier".to_string(),
        ));
    }
    if spec.no_negative_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        ));
    }
    if code == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'".to_string(),
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            ));
        }
        let code = value.to_i64().ok_or(NumError::new(
            ErrorKind::Overflow,
            "Python int too large to convert to C long",
        ))?;
        let character = u32::try_from(code)
            .ok()
            .filter(|code| *code < 0x110000)
            .ok_or(NumError::new(
                ErrorKind::Overflow,
                "%c arg not in range(0x110000)",
            ))?;
        // Lone surrogates are valid Python code points but not Rust chars.
        let character = char::from_u32(character).unwrap_or('\u{fffd}');
        let mut buffer = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: character.encode_utf8(&mut buffer),
            rest: "",
            group: 3,
        };
        return Ok(layout_number(spec, &parts));
    }
    let (radix, prefix, group) = match code {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = value.abs().to_string_radix(radix);
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
        group,
    };
    Ok(layout_number(spec, &parts))
}

/// `format(float, spec)`. `type_name` is "float" (or "int" when an int was converted).
#[inline(never)] // (one copy for float and complex specs)
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let code = spec.ty;
    let (style, uppercase) = match code {
        None => (if spec.precision.is_some() { 'R' } else { 'r' }, false),
        Some('e') => ('e', false),
        Some('E') => ('e', true),
        Some('f') => ('f', false),
        Some('F') => ('f', true),
        Some('g' | 'n') => ('g', false),
        Some('G') => ('g', true),
        Some('%') => ('f', false),
        Some(other) => return Err(unknown_code(other, type_name)),
    };
    let percent = code == Some('%');
    let magnitude = if percent {
        value.abs() * 100.0
    } else {
        value.abs()
    };
    let mut body = format_abs(magnitude, style, spec.precision, spec.alternate);
    if uppercase {
        body.make_ascii_uppercase();
    }
    let mut negative = value.is_sign_negative() && !value.is_nan();
    if negative
        && spec.no_negative_zero
        && body
            .bytes()
            .take_while(|b| *b != b'e' && *b != b'E')
            .all(|b| b == b'0' || b == b'.')
    {
        negative = false;
    }
    // Split into grouped integer digits and the rest.
    let split = if value.is_finite() {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    } else {
        0
    };
    let (digits, rest) = body.split_at(split);
    let mut rest = String::from(rest);
    if percent {
        rest.push('%');
    }
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        rest: &rest,
        group: 3,
    };
    if !value.is_finite() && spec.grouping.is_some() {
        // "inf"/"nan" have no digits to group, and the padding is not grouped either.
        return Ok(layout_number(
            &FormatSpec {
                grouping: None,
                ..spec.clone()
            },
            &parts,
        ));
    }
    Ok(layout_number(spec, &parts))
}

/// `format(str, spec)`.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, type_name)),
    }
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed in string format specifier".to_string(),
        ));
    }
    if spec.no_negative_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier".to_string(),
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier".to_string(),
        ));
    }
    if let Some(separator) = spec.grouping {
        return Err(value_error(format!(
            "Cannot specify '{}' with 's'.",
            separator
        )));
    }
    let truncated: String;
    let text = match spec.precision {
        Some(precision) => {
            truncated = value.chars().take(precision).collect();
            &truncated
        }
        None => value,
    };
    Ok(pad_text(text, spec, Align::Left))
}

/// Width plus precision up to this formats without a heap check (`%` and `format` alike).
pub const UNCHECKED_SIZE: usize = 256;

/// The width plus precision `spec` asks for (0 if it does not parse): what the caller checks
/// against the heap before formatting.
pub fn requested_size(spec: &str) -> usize {
    match parse_spec(spec, "") {
        Ok(spec) => spec
            .width
            .unwrap_or(0)
            .saturating_add(spec.precision.unwrap_or(0)),
        Err(_) => 0,
    }
}

/// `format(int, spec_text)` in one step.
pub fn format_int_spec(value: &BigInt, spec: &str, type_name: &str) -> Result<String, NumError> {
    format_int(value, &parse_spec(spec, type_name)?, type_name)
}

/// `format(float, spec_text)` in one step.
pub fn format_float_spec(value: f64, spec: &str, type_name: &str) -> Result<String, NumError> {
    format_float(value, &parse_spec(spec, type_name)?, type_name)
}

/// `format(complex, spec)`: each part as a float, the imaginary one always signed. Without
/// a type letter the parts are written as in `repr` (no `.0`), in parentheses unless the
/// real part is +0 and then left out. Width and alignment apply to the whole.
pub fn format_complex(
    real: f64,
    imaginary: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier".to_string(),
        ));
    }
    if spec.zero_pad {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier".to_string(),
        ));
    }
    if let Some(code) = spec.ty.filter(|c| !"eEfFgGn".contains(*c)) {
        return Err(unknown_code(code, type_name));
    }
    let bare = spec.ty.is_none();
    let skip_real = bare && real == 0.0 && real.is_sign_positive();
    let part = |x: f64, sign: Option<Sign>| -> Result<String, NumError> {
        // Without a type but with a precision a part is written as by `g`.
        let ty = match spec.precision {
            Some(_) if bare => Some('g'),
            _ => spec.ty,
        };
        let part_spec = FormatSpec {
            fill: None,
            align: None,
            width: None,
            sign,
            ty,
            ..spec.clone()
        };
        let mut text = format_float(x, &part_spec, type_name)?;
        // The `.0` a float adds to look like one (`#` keeps the point).
        if bare && spec.precision.is_none() && text.ends_with(".0") {
            text.truncate(text.len() - if spec.alternate { 1 } else { 2 });
        }
        Ok(text)
    };
    let mut out = String::new();
    if !skip_real {
        out.push_str(&part(real, spec.sign)?);
    }
    let imaginary_sign = if skip_real {
        spec.sign
    } else {
        Some(Sign::Plus)
    };
    out.push_str(&part(imaginary, imaginary_sign)?);
    out.push('j');
    if bare && !skip_real {
        out.insert(0, '(');
        out.push(')');
    }
    Ok(pad_text(&out, spec, Align::Right))
}

/// `format(complex, spec_text)` in one step.
pub fn format_complex_spec(
    real: f64,
    imaginary: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, NumError> {
    format_complex(real, imaginary, &parse_spec(spec, type_name)?, type_name)
}

/// `format(str, spec_text)` in one step.
pub fn format_str_spec(value: &str, spec: &str, type_name: &str) -> Result<String, NumError> {
    format_str(value, &parse_spec(spec, type_name)?, type_name)
}
