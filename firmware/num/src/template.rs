//! `str.format` templates: splitting `"a {0.x[k]!r:>{w}} b"` into literal text and fields.
//!
//! [`parse_template`] yields [`Piece`]s (with `{{`/`}}` already unescaped) and
//! [`split_field_name`] splits a field name into its first part and the `.attr`/`[key]`
//! accesses. The caller (the VM) looks the values up, applies the conversion (`r`, `s`, `a`;
//! anything else is ValueError "Unknown conversion specifier X"), expands replacement fields
//! nested in the spec by parsing it again (CPython allows one level: deeper is ValueError
//! "Max string recursion exceeded"), and calls `format(value, spec)`.

use super::{ErrorKind, NumError};

/// One `{…}` replacement field, borrowed from its template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// Everything before `!` or `:` ("" for automatic numbering).
    pub name: &'a str,
    /// The character after `!`, if any (not validated here).
    pub conversion: Option<char>,
    /// The text after `:` (may contain nested `{…}` fields).
    pub spec: &'a str,
}

/// Literal text and the field after it, cut where CPython's `Formatter.parse` cuts: an
/// escaped brace (`{{`, `}}`) ends a piece of its own, without a field, its literal ending
/// with the one brace it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub literal: &'a str,
    pub field: Option<Field<'a>>,
}

/// The first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// `{}`: the next automatic index.
    Auto,
    /// `{2}`: a positional argument.
    Index(usize),
    /// `{name}`: a keyword argument.
    Name(&'a str),
}

/// A key inside `[…]`: digits are an int index, anything else a str key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKey<'a> {
    Index(usize),
    Key(&'a str),
}

/// One access after the first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldAccess<'a> {
    /// `.name`
    Attribute(&'a str),
    /// `[key]`
    Item(ItemKey<'a>),
}

fn value_error(message: &'static str) -> NumError {
    NumError::new(ErrorKind::Value, message)
}

/// Parses a `str.format` template as its pieces are taken, so an error comes when the parse
/// reaches it, after the fields before it were formatted (as in CPython).
pub fn parse_template(template: &str) -> Pieces<'_> {
    Pieces {
        text: template,
        position: 0,
    }
}

/// The pieces of a template (see [`parse_template`]); nothing after an error.
pub struct Pieces<'a> {
    text: &'a str,
    /// Byte offset of the next piece (the braces are ASCII, so byte scanning never stops
    /// inside a character).
    position: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Result<Piece<'a>, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.position;
        if start >= bytes.len() {
            return None;
        }
        let mut position = start;
        while position < bytes.len() {
            let byte = bytes[position];
            let next = bytes.get(position + 1).copied();
            let failure = match byte {
                b'{' | b'}' if next == Some(byte) => {
                    self.position = position + 2;
                    let literal = &text[start..=position];
                    return Some(Ok(Piece {
                        literal,
                        field: None,
                    }));
                }
                b'}' => "Single '}' encountered in format string",
                b'{' if next.is_none() => "Single '{' encountered in format string",
                b'{' => {
                    let literal = &text[start..position];
                    return Some(match parse_field(text, position + 1) {
                        Ok((field, end)) => {
                            self.position = end;
                            Ok(Piece {
                                literal,
                                field: Some(field),
                            })
                        }
                        Err(error) => {
                            self.position = bytes.len();
                            Err(error)
                        }
                    });
                }
                _ => {
                    position += 1;
                    continue;
                }
            };
            self.position = bytes.len();
            return Some(Err(value_error(failure)));
        }
        self.position = position;
        Some(Ok(Piece {
            literal: &text[start..],
            field: None,
        }))
    }
}

/// Parses a field starting just after its `{`; returns it and the offset after its `}`.
fn parse_field(text: &str, start: usize) -> Result<(Field<'_>, usize), NumError> {
    let unterminated = "expected '}' before end of string";
    let unmatched = "unmatched '{' in format spec";
    let bytes = text.as_bytes();
    let mut position = start;
    // The name runs to '}', ':' or '!'; inside [...] those characters are part of the key.
    loop {
        match bytes.get(position) {
            None => return Err(value_error(unterminated)),
            Some(b'[') => {
                position += 1;
                while bytes.get(position).is_some_and(|b| *b != b']') {
                    position += 1;
                }
                if position >= bytes.len() {
                    return Err(value_error(unterminated));
                }
                position += 1;
            }
            Some(b'{') => return Err(value_error("unexpected '{' in field name")),
            Some(b'}' | b':' | b'!') => break,
            Some(_) => position += 1,
        }
    }
    let name = &text[start..position];
    let mut conversion = None;
    if bytes[position] == b'!' {
        position += 1;
        let Some(letter) = text[position..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        conversion = Some(letter);
        position += letter.len_utf8();
        match bytes.get(position) {
            None => return Err(value_error(unmatched)),
            Some(b':' | b'}') => {}
            Some(_) => return Err(value_error("expected ':' after conversion specifier")),
        }
    }
    let mut spec = "";
    if bytes[position] == b':' {
        position += 1;
        let spec_start = position;
        let mut depth = 1;
        loop {
            match bytes.get(position) {
                None => return Err(value_error(unmatched)),
                Some(b'{') => depth += 1,
                Some(b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            position += 1;
        }
        spec = &text[spec_start..position];
    }
    // bytes[position] is the closing '}'.
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

/// Splits a field name like `0.attr[key][3]` into its first part and the accesses, which
/// are parsed as they are taken (CPython looks `.attr` up before it sees a bad part after it).
pub fn split_field_name(name: &str) -> Result<(FieldFirst<'_>, FieldAccesses<'_>), NumError> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..end];
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match parse_index(first_text)? {
            Some(index) => FieldFirst::Index(index),
            None => FieldFirst::Name(first_text),
        }
    };
    Ok((first, FieldAccesses { rest: &name[end..] }))
}

/// The `.attr` and `[key]` accesses of a field name (see [`split_field_name`]); nothing
/// after an error.
pub struct FieldAccesses<'a> {
    rest: &'a str,
}

impl<'a> Iterator for FieldAccesses<'a> {
    type Item = Result<FieldAccess<'a>, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        let result = self.access()?;
        if result.is_err() {
            self.rest = "";
        }
        Some(result)
    }
}

impl<'a> FieldAccesses<'a> {
    fn access(&mut self) -> Option<Result<FieldAccess<'a>, NumError>> {
        let marker = *self.rest.as_bytes().first()?;
        let rest = &self.rest[1..];
        // Each access ends where the next begins; what follows a ']' is checked as the next.
        let end = match marker {
            b'.' => rest.find(['.', '[']).unwrap_or(rest.len()),
            b'[' => match rest.find(']') {
                Some(close) => close,
                None => return Some(Err(value_error("Missing ']' in format string"))),
            },
            _ => {
                return Some(Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                )))
            }
        };
        if end == 0 {
            return Some(Err(value_error("Empty attribute in format string")));
        }
        let key = &rest[..end];
        if marker == b'.' {
            self.rest = &rest[end..];
            return Some(Ok(FieldAccess::Attribute(key)));
        }
        self.rest = &rest[end + 1..];
        Some(parse_index(key).map(|index| {
            FieldAccess::Item(match index {
                Some(index) => ItemKey::Index(index),
                None => ItemKey::Key(key),
            })
        }))
    }
}
