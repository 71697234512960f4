//! String literals in expressions: adjacent literals concatenated, bytes kept apart, and
//! f-strings split into literal text and `{expression!conversion:spec}` fields (3.11 rules:
//! the expression is found by scanning, then parsed by a parser of its own).

use super::expr::located;
use super::{ParseResult, Parser};
use crate::ast::{Constant, Conversion, Expr, ExprKind, SyntaxError};
use crate::lex::string::{decode_bytes, decode_str};
use crate::lex::{syntax_error, Keyword, Lexer, StringToken, TokenKind};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The parts of a (possibly concatenated) f-string being built.
struct JoinedParts {
    parts: Vec<Expr>,
    text: String,
    /// Where every part is placed: the start of the whole literal.
    start: (u32, u32),
}

impl JoinedParts {
    /// Ends the literal text collected so far as a part (with room made as for any list).
    fn flush_text(&mut self, parser: &Parser) -> ParseResult<()> {
        if !self.text.is_empty() {
            parser.make_room(&mut self.parts)?;
            let text = core::mem::take(&mut self.text);
            self.parts.push(*located(
                ExprKind::Constant(Constant::Str(text)),
                self.start,
            ));
        }
        Ok(())
    }

    /// Appends a decoded segment: `Err(None)` when the heap has no room for the longer text.
    fn append(&mut self, segment: &str, raw: bool) -> Result<(), Option<String>> {
        let value = decode_str(segment, raw).map_err(Some)?;
        if self.text.is_empty() {
            self.text = value;
        } else {
            self.text.try_reserve(value.len()).map_err(|_| None)?;
            self.text.push_str(&value);
        }
        Ok(())
    }
}

/// Follows source positions through an f-string body, moving forward only.
struct PositionCursor {
    index: usize,
    line: u32,
    col: u32,
}

impl PositionCursor {
    fn advance_to(&mut self, body: &str, target: usize) -> (u32, u32) {
        let bytes = body.as_bytes();
        while self.index < target && self.index < bytes.len() {
            let byte = bytes[self.index];
            self.index += 1;
            if byte == b'\n' || (byte == b'\r' && bytes.get(self.index) != Some(&b'\n')) {
                self.line += 1;
                self.col = 0;
            } else if byte & 0xC0 != 0x80 && byte != b'\r' {
                self.col += 1;
            }
        }
        (self.line, self.col)
    }
}

/// The end of an f-string field's expression: the byte that stops it.
fn expression_end(body: &[u8], mut index: usize) -> Result<usize, String> {
    // Open brackets, innermost last, to report mismatches as CPython does.
    let mut open: Vec<u8> = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    while index < body.len() {
        let byte = body[index];
        if let Some((quote_byte, triple)) = quote {
            if byte == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if byte == quote_byte {
                if !triple {
                    quote = None;
                } else if body.get(index + 1) == Some(&quote_byte)
                    && body.get(index + 2) == Some(&quote_byte)
                {
                    quote = None;
                    index += 2;
                }
            }
            index += 1;
            continue;
        }
        match byte {
            b'\\' => return Err("f-string expression part cannot include a backslash".into()),
            b'#' => return Err("f-string expression part cannot include '#'".into()),
            b'\'' | b'"' => {
                let triple =
                    body.get(index + 1) == Some(&byte) && body.get(index + 2) == Some(&byte);
                quote = Some((byte, triple));
                index += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => open.push(byte),
            b'}' if open.is_empty() => return Ok(index),
            b')' | b']' | b'}' => {
                let Some(opening) = open.pop() else {
                    return Err(format!("f-string: unmatched '{}'", byte as char));
                };
                let expected = match opening {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if byte != expected {
                    return Err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        byte as char, opening as char
                    ));
                }
            }
            b'=' | b'!' | b'<' | b'>' if body.get(index + 1) == Some(&b'=') => {
                index += 2;
                continue;
            }
            b'!' | b':' | b'=' if open.is_empty() => return Ok(index),
            _ => {}
        }
        index += 1;
    }
    if quote.is_some() {
        return Err("f-string: unterminated string".into());
    }
    Err("f-string: expecting '}'".into())
}

impl<'a> Parser<'a> {
    /// One or more adjacent string literals.
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let mut is_bytes: Option<bool> = None;
        let mut bytes = Vec::new();
        let mut formatted = false;
        let mut joined = JoinedParts {
            parts: Vec::new(),
            text: String::new(),
            start,
        };
        while let TokenKind::String(literal) = self.tok.kind {
            let token = self.advance()?;
            let error = |msg: String| syntax_error(msg, token.line, token.col);
            match is_bytes {
                Some(previous) if previous != literal.prefix.bytes => {
                    return Err(self.error_at(
                        "cannot mix bytes and nonbytes literals",
                        start.0,
                        start.1,
                    ));
                }
                _ => is_bytes = Some(literal.prefix.bytes),
            }
            // A value is at most as long as its source, and is made in one block (then copied
            // onto what adjacent literals made): a long literal on a full heap is a
            // MemoryError, not an allocation that stops the program.
            self.room_for_block(literal.body.len())?;
            if literal.prefix.bytes {
                let value = decode_bytes(literal.body, literal.prefix.raw).map_err(error)?;
                if bytes.is_empty() {
                    bytes = value;
                } else {
                    if bytes.try_reserve(value.len()).is_err() {
                        return Err(self.error_here_memory());
                    }
                    bytes.extend_from_slice(&value);
                }
            } else if literal.prefix.format {
                formatted = true;
                self.fstring(&literal, &mut joined)?;
            } else {
                joined.append(literal.body, literal.prefix.raw).map_err(
                    |failure| match failure {
                        Some(msg) => Box::new(error(msg)),
                        None => self.error_here_memory(),
                    },
                )?;
            }
        }
        if is_bytes == Some(true) {
            return Ok(located(ExprKind::Constant(Constant::Bytes(bytes)), start));
        }
        if !formatted {
            return Ok(located(
                ExprKind::Constant(Constant::Str(joined.text)),
                start,
            ));
        }
        joined.flush_text(self)?;
        Ok(located(
            ExprKind::JoinedStr {
                values: joined.parts,
            },
            start,
        ))
    }

    fn fstring(&mut self, literal: &StringToken<'a>, joined: &mut JoinedParts) -> ParseResult<()> {
        let mut cursor = PositionCursor {
            index: 0,
            line: literal.body_line,
            col: literal.body_col,
        };
        let end = self.fstring_parts(literal, 0, 0, joined, &mut cursor)?;
        if end < literal.body.len() {
            // Only a format spec stops at a `}`; at the top level it is a lone `}`.
            return Err(self.fstring_error(
                "f-string: single '}' is not allowed",
                &mut cursor,
                literal,
                end,
            ));
        }
        Ok(())
    }

    /// Appends the decoded text `literal.body[start..end]` to `joined`'s.
    fn fstring_text(
        &self,
        literal: &StringToken<'a>,
        start: usize,
        end: usize,
        joined: &mut JoinedParts,
        cursor: &mut PositionCursor,
    ) -> ParseResult<()> {
        joined
            .append(&literal.body[start..end], literal.prefix.raw)
            .map_err(|failure| match failure {
                Some(msg) => self.fstring_error(&msg, cursor, literal, start),
                None => self.error_here_memory(),
            })
    }

    fn fstring_error(
        &self,
        msg: &str,
        cursor: &mut PositionCursor,
        literal: &StringToken<'a>,
        index: usize,
    ) -> Box<SyntaxError> {
        let (line, col) = cursor.advance_to(literal.body, index);
        self.error_at(msg, line, col)
    }

    /// Literal text and fields from `index` until the end of the body or, inside a format
    /// spec (`nesting` > 0), until the `}` that closes the field; returns where it stopped.
    fn fstring_parts(
        &mut self,
        literal: &StringToken<'a>,
        mut index: usize,
        nesting: u32,
        joined: &mut JoinedParts,
        cursor: &mut PositionCursor,
    ) -> ParseResult<usize> {
        let body = literal.body;
        let bytes = body.as_bytes();
        let raw = literal.prefix.raw;
        let mut segment_start = index;
        while index < bytes.len() {
            match bytes[index] {
                b'\\' if !raw => {
                    if bytes.get(index + 1) == Some(&b'N') {
                        // `\N{...}` is an escape, not a field: let the decoder explain it.
                        let msg = match decode_str(&body[index..], false) {
                            Err(msg) => msg,
                            Ok(_) => String::from("\\N{...} escapes are not supported"),
                        };
                        return Err(self.fstring_error(&msg, cursor, literal, index));
                    }
                    // `\{` leaves the brace to start a field; other escapes skip their character.
                    index += if matches!(bytes.get(index + 1), Some(b'{' | b'}')) {
                        1
                    } else {
                        2
                    };
                }
                b'{' if bytes.get(index + 1) == Some(&b'{') => {
                    self.fstring_text(literal, segment_start, index + 1, joined, cursor)?;
                    index += 2;
                    segment_start = index;
                }
                b'}' if bytes.get(index + 1) == Some(&b'}') && nesting == 0 => {
                    self.fstring_text(literal, segment_start, index + 1, joined, cursor)?;
                    index += 2;
                    segment_start = index;
                }
                b'}' => break,
                b'{' => {
                    self.fstring_text(literal, segment_start, index, joined, cursor)?;
                    if nesting >= 2 {
                        return Err(self.fstring_error(
                            "f-string: expressions nested too deeply",
                            cursor,
                            literal,
                            index,
                        ));
                    }
                    index = self.fstring_field(literal, index + 1, nesting, joined, cursor)?;
                    segment_start = index;
                }
                _ => index += 1,
            }
        }
        let end = index.min(bytes.len());
        self.fstring_text(literal, segment_start, end, joined, cursor)?;
        Ok(end)
    }

    /// One `{...}` field whose expression starts at `index`; returns the index after its `}`.
    fn fstring_field(
        &mut self,
        literal: &StringToken<'a>,
        index: usize,
        nesting: u32,
        joined: &mut JoinedParts,
        cursor: &mut PositionCursor,
    ) -> ParseResult<usize> {
        let body = literal.body;
        let bytes = body.as_bytes();
        let mut end = expression_end(bytes, index)
            .map_err(|msg| self.fstring_error(&msg, cursor, literal, index))?;
        let source = &body[index..end];
        if source
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .is_empty()
        {
            let msg = match bytes.get(end) {
                Some(b'!') => "f-string: expression required before '!'",
                Some(b':') => "f-string: expression required before ':'",
                Some(b'=') => "f-string: expression required before '='",
                _ => "f-string: empty expression not allowed",
            };
            return Err(self.fstring_error(msg, cursor, literal, end));
        }
        let (line, col) = cursor.advance_to(body, index);
        let value = self.fstring_expression(source, line, col)?;
        let mut conversion = Conversion::None;
        let mut self_documenting = false;
        if bytes.get(end) == Some(&b'=') {
            self_documenting = true;
            end += 1;
            while bytes.get(end).is_some_and(|b| b.is_ascii_whitespace()) {
                end += 1;
            }
            joined.text.push_str(&body[index..end]);
        }
        if bytes.get(end) == Some(&b'!') {
            conversion = match bytes.get(end + 1) {
                None => {
                    return Err(self.fstring_error(
                        "f-string: expecting '}'",
                        cursor,
                        literal,
                        end,
                    ));
                }
                Some(b's') => Conversion::Str,
                Some(b'r') => Conversion::Repr,
                Some(b'a') => Conversion::Ascii,
                _ => {
                    return Err(self.fstring_error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        cursor,
                        literal,
                        end + 1,
                    ));
                }
            };
            end += 2;
        }
        let mut format_spec = None;
        if bytes.get(end) == Some(&b':') {
            let mut spec = JoinedParts {
                parts: Vec::new(),
                text: String::new(),
                start: joined.start,
            };
            end = self.fstring_parts(literal, end + 1, nesting + 1, &mut spec, cursor)?;
            spec.flush_text(self)?;
            format_spec = Some(located(
                ExprKind::JoinedStr { values: spec.parts },
                joined.start,
            ));
        }
        if bytes.get(end) != Some(&b'}') {
            return Err(self.fstring_error("f-string: expecting '}'", cursor, literal, end));
        }
        if self_documenting && conversion == Conversion::None && format_spec.is_none() {
            conversion = Conversion::Repr;
        }
        joined.flush_text(self)?;
        self.make_room(&mut joined.parts)?;
        joined.parts.push(*located(
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            },
            joined.start,
        ));
        Ok(end + 1)
    }

    /// Parses a field's expression text as if it were in parentheses.
    fn fstring_expression(
        &mut self,
        source: &'a str,
        line: u32,
        col: u32,
    ) -> ParseResult<Box<Expr>> {
        let with_prefix = |mut error: Box<SyntaxError>| {
            if !error.msg.starts_with("f-string") {
                error.msg = format!("f-string: {}", error.msg);
            }
            error.at_eof = false;
            error
        };
        let mut parser =
            Parser::new(Lexer::new_embedded(source, line, col)).map_err(with_prefix)?;
        parser.depth = self.depth;
        parser.stack_base = self.stack_base;
        // The field is inside the enclosing function: `f"{await x}"` in an `async def`.
        parser.function_kind = self.function_kind;
        let value = if parser.at_keyword(Keyword::Yield) {
            parser.yield_expression()
        } else {
            parser.star_expressions()
        }
        .map_err(with_prefix)?;
        parser.reject_bare_starred(&value).map_err(with_prefix)?;
        if parser.tok.kind != TokenKind::EndOfFile {
            return Err(with_prefix(parser.unexpected_in_brackets()));
        }
        Ok(value)
    }
}
