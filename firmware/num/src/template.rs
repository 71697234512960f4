//! `str.format` templates: splitting `"a {0.x[k]!r:>{w}} b"` into literal text and fields.
//!
//! [`parse_template`] yields [`Piece`]s (with `{{`/`}}` already unescaped) and
//! [`split_field_name`] splits a field name into its first part and the `.attr`/`[key]`
//! accesses. The caller (the VM) looks the values up, applies the conversion (`r`, `s`, `a`;
//! anything else is ValueError "Unknown conversion specifier X"), expands replacement fields
//! nested in the spec by parsing it again (CPython allows one level: deeper is ValueError
//! "Max string recursion exceeded"), and calls `format(value, spec)`.

use super::{ErrorKind, NumError};
use alloc::string::String;
use alloc::vec::Vec;

/// One `{…}` replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Everything before `!` or `:` ("" for automatic numbering).
    pub name: String,
    /// The character after `!`, if any (not validated here).
    pub conversion: Option<char>,
    /// The text after `:` (may contain nested `{…}` fields).
    pub spec: String,
}

/// Literal text and the field after it, cut where CPython's `Formatter.parse` cuts: an
/// escaped brace (`{{`, `}}`) ends a piece of its own, without a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// With `{{`/`}}` unescaped.
    pub literal: String,
    pub field: Option<Field>,
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic index.
    Auto,
    /// `{2}`: a positional argument.
    Index(usize),
    /// `{name}`: a keyword argument.
    Name(String),
}

/// A key inside `[…]`: digits are an int index, anything else a str key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKey {
    Index(usize),
    Key(String),
}

/// One access after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccess {
    /// `.name`
    Attribute(String),
    /// `[key]`
    Item(ItemKey),
}

fn value_error(message: &'static str) -> NumError {
    NumError::new(ErrorKind::Value, message)
}

/// Parses a `str.format` template.
pub fn parse_template(template: &str) -> Result<Vec<Piece>, NumError> {
    let characters: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut position = 0;
    while position < characters.len() {
        let character = characters[position];
        let next = characters.get(position + 1).copied();
        match character {
            '{' | '}' if next == Some(character) => {
                literal.push(character);
                position += 2;
                let literal = core::mem::take(&mut literal);
                pieces.push(Piece {
                    literal,
                    field: None,
                });
            }
            '}' => return Err(value_error("Single '}' encountered in format string")),
            '{' if next.is_none() => {
                return Err(value_error("Single '{' encountered in format string"))
            }
            '{' => {
                let (field, end) = parse_field(&characters, position + 1)?;
                let literal = core::mem::take(&mut literal);
                pieces.push(Piece {
                    literal,
                    field: Some(field),
                });
                position = end;
            }
            _ => {
                literal.push(character);
                position += 1;
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece {
            literal,
            field: None,
        });
    }
    Ok(pieces)
}

/// Parses a field starting just after its `{`; returns it and the position after its `}`.
fn parse_field(characters: &[char], start: usize) -> Result<(Field, usize), NumError> {
    let unterminated = "expected '}' before end of string";
    let unmatched = "unmatched '{' in format spec";
    let mut position = start;
    // The name runs to '}', ':' or '!'; inside [...] those characters are part of the key.
    loop {
        match characters.get(position) {
            None => return Err(value_error(unterminated)),
            Some('[') => {
                position += 1;
                while characters.get(position).is_some_and(|c| *c != ']') {
                    position += 1;
                }
                if position >= characters.len() {
                    return Err(value_error(unterminated));
                }
                position += 1;
            }
            Some('{') => return Err(value_error("unexpected '{' in field name")),
            Some('}' | ':' | '!') => break,
            Some(_) => position += 1,
        }
    }
    let name: String = characters[start..position].iter().collect();
    let mut conversion = None;
    if characters[position] == '!' {
        position += 1;
        let Some(&letter) = characters.get(position) else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        conversion = Some(letter);
        position += 1;
        match characters.get(position) {
            None => return Err(value_error(unmatched)),
            Some(':' | '}') => {}
            Some(_) => return Err(value_error("expected ':' after conversion specifier")),
        }
    }
    let mut spec = String::new();
    if characters[position] == ':' {
        position += 1;
        let spec_start = position;
        let mut depth = 1;
        loop {
            match characters.get(position) {
                None => return Err(value_error(unmatched)),
                Some('{') => depth += 1,
                Some('}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            position += 1;
        }
        spec = characters[spec_start..position].iter().collect();
    }
    // characters[position] is the closing '}'.
    Ok((
        Field {
            name,
            conversion,
            spec,
        },
        position + 1,
    ))
}

/// Digits as an index, `None` when the text is not all ASCII digits.
fn parse_index(text: &str) -> Result<Option<usize>, NumError> {
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return Ok(None);
    }
    text.parse::<usize>()
        .ok()
        .filter(|index| *index <= isize::MAX as usize)
        .map(Some)
        .ok_or(value_error("Too many decimal digits in format string"))
}

/// Splits a field name like `0.attr[key][3]` into its first part and the accesses.
pub fn split_field_name(name: &str) -> Result<(FieldFirst, Vec<FieldAccess>), NumError> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..end];
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match parse_index(first_text)? {
            Some(index) => FieldFirst::Index(index),
            None => FieldFirst::Name(String::from(first_text)),
        }
    };
    let empty = "Empty attribute in format string";
    let mut accesses = Vec::new();
    let mut rest = &name[end..];
    while let Some(character) = rest.chars().next() {
        rest = &rest[1..];
        if character == '.' {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            if end == 0 {
                return Err(value_error(empty));
            }
            accesses.push(FieldAccess::Attribute(String::from(&rest[..end])));
            rest = &rest[end..];
        } else {
            // character == '['
            let Some(close) = rest.find(']') else {
                return Err(value_error("Missing ']' in format string"));
            };
            if close == 0 {
                return Err(value_error(empty));
            }
            let key = &rest[..close];
            accesses.push(FieldAccess::Item(match parse_index(key)? {
                Some(index) => ItemKey::Index(index),
                None => ItemKey::Key(String::from(key)),
            }));
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok((first, accesses))
}
