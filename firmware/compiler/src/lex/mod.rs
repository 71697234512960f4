//! The tokenizer: turns Python source text into tokens, one at a time, on demand.
//!
//! The parser pulls tokens from a [`Lexer`]; nothing is tokenized ahead, so memory use does
//! not grow with the source. The lexer tracks indentation (INDENT/DEDENT from a stack of
//! indentation widths), implicit line joining inside brackets, backslash continuations,
//! comments and blank lines, and the three line-ending styles (LF, CRLF, CR). Tokens borrow
//! their text from the source; decoding literals is left to [`number`] and [`string`].

pub mod number;
pub mod string;

use crate::ast::{SyntaxError, SyntaxErrorKind};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The deepest bracket nesting accepted (CPython's limit too).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// The deepest indentation accepted (CPython's limit too).
pub const MAX_INDENT_DEPTH: usize = 100;
/// The longest identifier accepted, in bytes (CPython has no limit; MicroPython's is 255).
pub const MAX_NAME_BYTES: usize = 4096;

/// A reserved word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Keyword {
    /// The keyword spelled by `word`, if it is one.
    pub fn from_word(word: &str) -> Option<Keyword> {
        use Keyword::*;
        Some(match word {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }
}

/// An operator or delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Colon,
    Semicolon,
    Dot,
    Ellipsis,
    At,
    Assign,
    Arrow,
    Walrus,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    LeftShift,
    RightShift,
    Ampersand,
    Pipe,
    Caret,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Equal,
    NotEqual,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    DoubleSlashAssign,
    PercentAssign,
    AtAssign,
    AmpersandAssign,
    PipeAssign,
    CaretAssign,
    LeftShiftAssign,
    RightShiftAssign,
    DoubleStarAssign,
}

/// The prefix letters of a string literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StringPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

/// A string literal as written: its prefix and the text between the quotes, undecoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StringToken<'a> {
    pub prefix: StringPrefix,
    pub body: &'a str,
    pub triple: bool,
    /// Where `body` starts in the source.
    pub body_line: u32,
    pub body_col: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind<'a> {
    Name(&'a str),
    Keyword(Keyword),
    /// A numeric literal, already checked against Python's number syntax.
    Number(&'a str),
    String(StringToken<'a>),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndOfFile,
}

/// A token and where it starts and ends (1-based lines, 0-based columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind<'a>,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// One level of the indentation stack: its width with tabs to multiples of 8 and with tabs
/// counted as 1 (two widths that must order the same way, or the mix of tabs is ambiguous).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Indentation {
    width: u32,
    width_tab_one: u32,
}

#[derive(Debug, Clone, Copy)]
struct Bracket {
    open: u8,
    line: u32,
    col: u32,
}

/// Builds a `SyntaxError` value.
pub fn syntax_error(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        line,
        col,
        at_eof: false,
    }
}

fn indentation_error(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Indentation,
        ..syntax_error(msg, line, col)
    }
}

/// The streaming tokenizer. Cloning it is cheap (two short stacks) and is how the parser
/// backtracks in the few places the grammar needs it.
#[derive(Debug, Clone)]
pub struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    line: u32,
    col: u32,
    indents: Vec<Indentation>,
    brackets: Vec<Bracket>,
    pending_dedents: u32,
    at_line_start: bool,
    /// A logical line has tokens and still needs its NEWLINE.
    line_open: bool,
    /// The last thing consumed was a backslash continuation.
    after_continuation: bool,
    /// Treat the first line's indentation as zero (eval mode).
    ignore_first_indent: bool,
    /// Tokenize as if inside parentheses: no NEWLINE/INDENT/DEDENT (f-string expressions).
    parenthesized: bool,
}

/// Whether `c` may start a name (`str.isidentifier` agrees): letters, `_`, and the few
/// symbols Unicode adds to XID_Start (`℘`, `℮`, the kana sound marks).
pub fn is_name_start(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphabetic()
        || (!c.is_ascii()
            && (c.is_alphabetic()
                || matches!(c, '\u{2118}' | '\u{212e}' | '\u{309b}' | '\u{309c}')))
}

/// Whether `text` is a name as the lexer reads one (`str.isidentifier`, `__slots__` items).
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_continue)
}

/// Whether `c` may follow the first character of a name.
pub fn is_name_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || is_name_start(c)
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c, '\u{1369}'..='\u{1371}' | '\u{19da}')
                // Combining marks, connector punctuation and the middle dots Python allows
                // after the first character (no full XID_Continue table on a device).
                || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
                    | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{b7}' | '\u{387}'
                    | '\u{203f}' | '\u{2040}' | '\u{2054}' | '\u{fe33}' | '\u{fe34}'
                    | '\u{fe4d}'..='\u{fe4f}'
                    | '\u{fe00}'..='\u{fe0f}'
                    | '\u{e0100}'..='\u{e01ef}' | '\u{ff3f}')))
}

/// Characters Python's `str.isprintable` rejects, approximately (no Unicode category table).
fn is_non_printable(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}')
}

impl<'a> Lexer<'a> {
    /// A lexer over a whole module, starting at line 1, column 0. A UTF-8 byte order mark at
    /// the start is skipped.
    pub fn new(text: &'a str) -> Lexer<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Lexer {
            text,
            pos: 0,
            line: 1,
            col: 0,
            indents: Vec::new(),
            brackets: Vec::new(),
            pending_dedents: 0,
            at_line_start: true,
            line_open: false,
            after_continuation: false,
            ignore_first_indent: false,
            parenthesized: false,
        }
    }

    /// This lexer, counting the text's first line as line `line` (a part of a larger source,
    /// without blank lines standing in for what comes before it).
    pub fn starting_at_line(mut self, line: u32) -> Lexer<'a> {
        self.line = line;
        self
    }

    /// A lexer for `eval`: leading whitespace on the first line is not an indent.
    pub fn new_eval(text: &'a str) -> Lexer<'a> {
        let mut lexer = Lexer::new(text);
        lexer.ignore_first_indent = true;
        lexer
    }

    /// A lexer for an expression embedded in a larger source (an f-string field), as if it
    /// were wrapped in parentheses; positions start at `line`, `col`.
    pub fn new_embedded(text: &'a str, line: u32, col: u32) -> Lexer<'a> {
        let mut lexer = Lexer::new(text);
        lexer.line = line;
        lexer.col = col;
        lexer.at_line_start = false;
        lexer.parenthesized = true;
        lexer
    }

    /// Has all the text been read (only DEDENT/NEWLINE/end tokens can follow)?
    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// The number of brackets open at this point.
    pub fn bracket_depth(&self) -> usize {
        self.brackets.len()
    }

    fn peek_byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_byte_at(&self, offset: usize) -> Option<u8> {
        self.text.as_bytes().get(self.pos + offset).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    /// Moves past one byte that is not a line ending.
    fn bump(&mut self) {
        if let Some(byte) = self.peek_byte() {
            self.pos += 1;
            // Columns count characters: UTF-8 continuation bytes do not start one.
            if byte & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
    }

    fn bump_char(&mut self) {
        if let Some(c) = self.peek_char() {
            self.pos += c.len_utf8();
            self.col += 1;
        }
    }

    /// Consumes a line ending (LF, CRLF or CR) if one is next.
    fn eat_newline(&mut self) -> bool {
        match self.peek_byte() {
            Some(b'\n') => self.pos += 1,
            Some(b'\r') => {
                self.pos += 1;
                if self.peek_byte() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            _ => return false,
        }
        self.line += 1;
        self.col = 0;
        true
    }

    fn skip_comment(&mut self) {
        while let Some(byte) = self.peek_byte() {
            if byte == b'\n' || byte == b'\r' {
                break;
            }
            self.pos += 1;
            if byte & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
    }

    fn token(&self, kind: TokenKind<'a>, line: u32, col: u32) -> Token<'a> {
        Token {
            kind,
            line,
            col,
            end_line: self.line,
            end_col: self.col,
        }
    }

    /// Produces the next token.
    pub fn next_token(&mut self) -> Result<Token<'a>, SyntaxError> {
        loop {
            if self.pending_dedents > 0 {
                self.pending_dedents -= 1;
                return Ok(self.token(TokenKind::Dedent, self.line, self.col));
            }
            if self.at_line_start && !self.parenthesized {
                self.at_line_start = false;
                if let Some(token) = self.line_start()? {
                    return Ok(token);
                }
                continue; // a blank line, or queued dedents
            }
            // Whitespace, comments and continuations between tokens.
            match self.peek_byte() {
                Some(b' ' | b'\t' | b'\x0c') => {
                    self.bump();
                    continue;
                }
                Some(b'#') => {
                    self.skip_comment();
                    continue;
                }
                Some(b'\\') => {
                    let (line, col) = (self.line, self.col);
                    self.bump();
                    if self.eat_newline() {
                        self.after_continuation = true;
                        continue;
                    }
                    if self.peek_byte().is_none() {
                        return Err(SyntaxError {
                            at_eof: true,
                            ..syntax_error("unexpected EOF while parsing", line, col + 1)
                        });
                    }
                    return Err(syntax_error(
                        "unexpected character after line continuation character",
                        line,
                        col + 1,
                    ));
                }
                Some(b'\n' | b'\r') => {
                    let (line, col) = (self.line, self.col);
                    self.eat_newline();
                    self.after_continuation = false;
                    if self.parenthesized || !self.brackets.is_empty() {
                        continue;
                    }
                    self.at_line_start = true;
                    if self.line_open {
                        self.line_open = false;
                        return Ok(Token {
                            kind: TokenKind::Newline,
                            line,
                            col,
                            end_line: line,
                            end_col: col + 1,
                        });
                    }
                    continue;
                }
                None => return self.end_of_file(),
                _ => {}
            }
            self.after_continuation = false;
            let token = self.significant_token()?;
            self.line_open = true;
            return Ok(token);
        }
    }

    /// At the start of a physical line outside brackets: measures indentation and emits
    /// INDENT, or queues DEDENTs. Blank and comment-only lines set `at_line_start` again.
    fn line_start(&mut self) -> Result<Option<Token<'a>>, SyntaxError> {
        let mut width = 0u32;
        let mut width_tab_one = 0u32;
        loop {
            match self.peek_byte() {
                Some(b' ') => {
                    width += 1;
                    width_tab_one += 1;
                }
                Some(b'\t') => {
                    width = (width / 8 + 1) * 8;
                    width_tab_one += 1;
                }
                Some(b'\x0c') => {
                    width = 0;
                    width_tab_one = 0;
                }
                _ => break,
            }
            self.bump();
        }
        match self.peek_byte() {
            Some(b'#') => {
                self.skip_comment();
                if self.eat_newline() {
                    self.at_line_start = true;
                }
                return Ok(None);
            }
            Some(b'\n' | b'\r') => {
                self.eat_newline();
                self.at_line_start = true;
                return Ok(None);
            }
            None => return Ok(None),
            _ => {}
        }
        if self.ignore_first_indent {
            self.ignore_first_indent = false;
            width = 0;
            width_tab_one = 0;
        }
        let top = self.indents.last().copied().unwrap_or(Indentation {
            width: 0,
            width_tab_one: 0,
        });
        let tab_error = |line| SyntaxError {
            kind: SyntaxErrorKind::Tab,
            ..syntax_error(
                "inconsistent use of tabs and spaces in indentation",
                line,
                0,
            )
        };
        if width > top.width {
            if width_tab_one <= top.width_tab_one {
                return Err(tab_error(self.line));
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(indentation_error(
                    "too many levels of indentation",
                    self.line,
                    self.col,
                ));
            }
            self.indents.push(Indentation {
                width,
                width_tab_one,
            });
            return Ok(Some(self.token(TokenKind::Indent, self.line, self.col)));
        }
        if width == top.width {
            if width_tab_one != top.width_tab_one {
                return Err(tab_error(self.line));
            }
            return Ok(None);
        }
        let mut dedents = 0;
        while let Some(level) = self.indents.last() {
            if width >= level.width {
                break;
            }
            self.indents.pop();
            dedents += 1;
        }
        let top = self.indents.last().copied().unwrap_or(Indentation {
            width: 0,
            width_tab_one: 0,
        });
        if width != top.width {
            // CPython points past the end of the offending line.
            let rest = self.text.get(self.pos..).unwrap_or("");
            let line_len = rest.find(['\n', '\r']).map_or(rest, |end| &rest[..end]);
            let col = self.col + line_len.chars().count() as u32;
            return Err(indentation_error(
                "unindent does not match any outer indentation level",
                self.line,
                col,
            ));
        }
        if width_tab_one != top.width_tab_one {
            return Err(tab_error(self.line));
        }
        self.pending_dedents = dedents;
        Ok(None)
    }

    fn end_of_file(&mut self) -> Result<Token<'a>, SyntaxError> {
        if let Some(bracket) = self.brackets.first() {
            return Err(SyntaxError {
                at_eof: true,
                ..syntax_error(
                    format!("'{}' was never closed", bracket.open as char),
                    bracket.line,
                    bracket.col,
                )
            });
        }
        if self.after_continuation {
            return Err(SyntaxError {
                at_eof: true,
                ..syntax_error("unexpected EOF while parsing", self.line, self.col)
            });
        }
        if self.line_open {
            self.line_open = false;
            if !self.parenthesized {
                return Ok(self.token(TokenKind::Newline, self.line, self.col));
            }
        }
        if self.indents.pop().is_some() {
            return Ok(self.token(TokenKind::Dedent, self.line, self.col));
        }
        Ok(self.token(TokenKind::EndOfFile, self.line, self.col))
    }

    /// A name, keyword, number, string or operator starts here.
    fn significant_token(&mut self) -> Result<Token<'a>, SyntaxError> {
        let (line, col, start) = (self.line, self.col, self.pos);
        let Some(c) = self.peek_char() else {
            return self.end_of_file();
        };
        if c.is_ascii_digit()
            || (c == '.' && self.peek_byte_at(1).is_some_and(|b| b.is_ascii_digit()))
        {
            return self.number(line, col, start);
        }
        if is_name_start(c) {
            while let Some(c) = self.peek_char() {
                if !is_name_continue(c) {
                    break;
                }
                self.bump_char();
            }
            let word = &self.text[start..self.pos];
            if word.len() > MAX_NAME_BYTES {
                // Every name is copied several times on its way into code (the tree, the
                // scope table, the code object's names): one as long as the heap would stop
                // a board where a MemoryError is due.
                return Err(syntax_error("identifier too long", line, col));
            }
            if matches!(self.peek_byte(), Some(b'\'' | b'"')) {
                if let Some(prefix) = string::parse_prefix(word) {
                    return self.string(prefix, line, col);
                }
            }
            let kind = match Keyword::from_word(word) {
                Some(keyword) => TokenKind::Keyword(keyword),
                None => TokenKind::Name(word),
            };
            return Ok(self.token(kind, line, col));
        }
        if c == '\'' || c == '"' {
            return self.string(StringPrefix::default(), line, col);
        }
        if let Some(op) = self.operator()? {
            return Ok(self.token(TokenKind::Op(op), line, col));
        }
        if c == '\0' {
            return Err(syntax_error(
                "source code cannot contain null bytes",
                line,
                col,
            ));
        }
        if c.is_ascii() && !c.is_ascii_control() {
            return Err(syntax_error("invalid syntax", line, col));
        }
        if is_non_printable(c) {
            return Err(syntax_error(
                format!("invalid non-printable character U+{:04X}", c as u32),
                line,
                col,
            ));
        }
        Err(syntax_error(
            format!("invalid character '{}' (U+{:04X})", c, c as u32),
            line,
            col,
        ))
    }

    fn number(&mut self, line: u32, col: u32, start: usize) -> Result<Token<'a>, SyntaxError> {
        match number::scan(self.text.as_bytes(), start) {
            Ok(end) => {
                // Numbers are ASCII: one byte per column.
                self.col += (end - start) as u32;
                self.pos = end;
                Ok(self.token(TokenKind::Number(&self.text[start..end]), line, col))
            }
            Err((msg, at)) => {
                let error_col =
                    col + self.text.get(start..at).map_or(0, |s| s.chars().count()) as u32;
                Err(syntax_error(msg, line, error_col))
            }
        }
    }

    fn string(
        &mut self,
        prefix: StringPrefix,
        line: u32,
        col: u32,
    ) -> Result<Token<'a>, SyntaxError> {
        let Some(quote) = self.peek_byte() else {
            return Err(syntax_error("invalid syntax", line, col));
        };
        let triple = self.peek_byte_at(1) == Some(quote) && self.peek_byte_at(2) == Some(quote);
        let quote_len = if triple { 3 } else { 1 };
        for _ in 0..quote_len {
            self.bump();
        }
        let (body_line, body_col, body_start) = (self.line, self.col, self.pos);
        loop {
            let Some(byte) = self.peek_byte() else {
                // CPython names the last line that has text.
                let last_line = if self.col == 0 && self.line > 1 {
                    self.line - 1
                } else {
                    self.line
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {last_line})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {last_line})")
                };
                // A triple-quoted string, or one continued with `\` at the end of the
                // last line, may still be finished by more input.
                let continued = self
                    .text
                    .strip_suffix('\n')
                    .map(|rest| rest.strip_suffix('\r').unwrap_or(rest))
                    .or_else(|| self.text.strip_suffix('\r'))
                    .is_some_and(|rest| rest.ends_with('\\'));
                return Err(SyntaxError {
                    at_eof: triple || continued,
                    ..syntax_error(msg, line, col)
                });
            };
            if byte == quote {
                if !triple {
                    let body = &self.text[body_start..self.pos];
                    self.bump();
                    return Ok(
                        self.string_token(prefix, body, false, body_line, body_col, line, col)
                    );
                }
                if self.peek_byte_at(1) == Some(quote) && self.peek_byte_at(2) == Some(quote) {
                    let body = &self.text[body_start..self.pos];
                    self.bump();
                    self.bump();
                    self.bump();
                    return Ok(
                        self.string_token(prefix, body, true, body_line, body_col, line, col)
                    );
                }
                self.bump();
            } else if byte == b'\\' {
                self.bump();
                if !self.eat_newline() {
                    if self.peek_byte().is_none() {
                        continue; // reported as unterminated above
                    }
                    self.bump_char();
                }
            } else if byte == b'\n' || byte == b'\r' {
                if !triple {
                    return Err(syntax_error(
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col,
                    ));
                }
                self.eat_newline();
            } else {
                self.bump();
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn string_token(
        &self,
        prefix: StringPrefix,
        body: &'a str,
        triple: bool,
        body_line: u32,
        body_col: u32,
        line: u32,
        col: u32,
    ) -> Token<'a> {
        self.token(
            TokenKind::String(StringToken {
                prefix,
                body,
                triple,
                body_line,
                body_col,
            }),
            line,
            col,
        )
    }

    /// Reads an operator or delimiter, tracking brackets.
    fn operator(&mut self) -> Result<Option<Op>, SyntaxError> {
        let (line, col) = (self.line, self.col);
        let first = match self.peek_byte() {
            Some(byte) => byte,
            None => return Ok(None),
        };
        let second = self.peek_byte_at(1);
        let third = self.peek_byte_at(2);
        let (op, len) = match (first, second, third) {
            (b'(' | b'[' | b'{', _, _) => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(syntax_error("too many nested parentheses", line, col));
                }
                self.brackets.push(Bracket {
                    open: first,
                    line,
                    col,
                });
                let op = match first {
                    b'(' => Op::LeftParen,
                    b'[' => Op::LeftBracket,
                    _ => Op::LeftBrace,
                };
                (op, 1)
            }
            (b')' | b']' | b'}', _, _) => {
                let Some(open) = self.brackets.pop() else {
                    return Err(syntax_error(
                        format!("unmatched '{}'", first as char),
                        line,
                        col,
                    ));
                };
                let expected = match open.open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expected != first {
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        first as char, open.open as char
                    );
                    if open.line != line {
                        msg.push_str(&format!(" on line {}", open.line));
                    }
                    return Err(syntax_error(msg, line, col));
                }
                let op = match first {
                    b')' => Op::RightParen,
                    b']' => Op::RightBracket,
                    _ => Op::RightBrace,
                };
                (op, 1)
            }
            (b'.', Some(b'.'), Some(b'.')) => (Op::Ellipsis, 3),
            (b'*', Some(b'*'), Some(b'=')) => (Op::DoubleStarAssign, 3),
            (b'/', Some(b'/'), Some(b'=')) => (Op::DoubleSlashAssign, 3),
            (b'<', Some(b'<'), Some(b'=')) => (Op::LeftShiftAssign, 3),
            (b'>', Some(b'>'), Some(b'=')) => (Op::RightShiftAssign, 3),
            (b'-', Some(b'>'), _) => (Op::Arrow, 2),
            (b':', Some(b'='), _) => (Op::Walrus, 2),
            (b'*', Some(b'*'), _) => (Op::DoubleStar, 2),
            (b'/', Some(b'/'), _) => (Op::DoubleSlash, 2),
            (b'<', Some(b'<'), _) => (Op::LeftShift, 2),
            (b'>', Some(b'>'), _) => (Op::RightShift, 2),
            (b'<', Some(b'='), _) => (Op::LessEqual, 2),
            (b'>', Some(b'='), _) => (Op::GreaterEqual, 2),
            (b'=', Some(b'='), _) => (Op::Equal, 2),
            (b'!', Some(b'='), _) => (Op::NotEqual, 2),
            (b'+', Some(b'='), _) => (Op::PlusAssign, 2),
            (b'-', Some(b'='), _) => (Op::MinusAssign, 2),
            (b'*', Some(b'='), _) => (Op::StarAssign, 2),
            (b'/', Some(b'='), _) => (Op::SlashAssign, 2),
            (b'%', Some(b'='), _) => (Op::PercentAssign, 2),
            (b'@', Some(b'='), _) => (Op::AtAssign, 2),
            (b'&', Some(b'='), _) => (Op::AmpersandAssign, 2),
            (b'|', Some(b'='), _) => (Op::PipeAssign, 2),
            (b'^', Some(b'='), _) => (Op::CaretAssign, 2),
            (b',', _, _) => (Op::Comma, 1),
            (b':', _, _) => (Op::Colon, 1),
            (b';', _, _) => (Op::Semicolon, 1),
            (b'.', _, _) => (Op::Dot, 1),
            (b'@', _, _) => (Op::At, 1),
            (b'=', _, _) => (Op::Assign, 1),
            (b'+', _, _) => (Op::Plus, 1),
            (b'-', _, _) => (Op::Minus, 1),
            (b'*', _, _) => (Op::Star, 1),
            (b'/', _, _) => (Op::Slash, 1),
            (b'%', _, _) => (Op::Percent, 1),
            (b'&', _, _) => (Op::Ampersand, 1),
            (b'|', _, _) => (Op::Pipe, 1),
            (b'^', _, _) => (Op::Caret, 1),
            (b'~', _, _) => (Op::Tilde, 1),
            (b'<', _, _) => (Op::Less, 1),
            (b'>', _, _) => (Op::Greater, 1),
            _ => return Ok(None),
        };
        for _ in 0..len {
            self.bump();
        }
        Ok(Some(op))
    }
}

/// How an operator is spelled, for error messages.
pub fn op_text(op: Op) -> &'static str {
    use Op::*;
    match op {
        LeftParen => "(",
        RightParen => ")",
        LeftBracket => "[",
        RightBracket => "]",
        LeftBrace => "{",
        RightBrace => "}",
        Comma => ",",
        Colon => ":",
        Semicolon => ";",
        Dot => ".",
        Ellipsis => "...",
        At => "@",
        Assign => "=",
        Arrow => "->",
        Walrus => ":=",
        Plus => "+",
        Minus => "-",
        Star => "*",
        Slash => "/",
        DoubleSlash => "//",
        Percent => "%",
        DoubleStar => "**",
        LeftShift => "<<",
        RightShift => ">>",
        Ampersand => "&",
        Pipe => "|",
        Caret => "^",
        Tilde => "~",
        Less => "<",
        Greater => ">",
        LessEqual => "<=",
        GreaterEqual => ">=",
        Equal => "==",
        NotEqual => "!=",
        PlusAssign => "+=",
        MinusAssign => "-=",
        StarAssign => "*=",
        SlashAssign => "/=",
        DoubleSlashAssign => "//=",
        PercentAssign => "%=",
        AtAssign => "@=",
        AmpersandAssign => "&=",
        PipeAssign => "|=",
        CaretAssign => "^=",
        LeftShiftAssign => "<<=",
        RightShiftAssign => ">>=",
        DoubleStarAssign => "**=",
    }
}

/// Tokenizes a whole source into `(kind, line, col)` triples; for tests and tools.
pub fn tokenize(text: &str) -> Result<Vec<Token<'_>>, SyntaxError> {
    let mut lexer = Lexer::new(text);
    let mut tokens = Vec::new();
    loop {
        let token = lexer.next_token()?;
        let done = token.kind == TokenKind::EndOfFile;
        tokens.push(token);
        if done {
            return Ok(tokens);
        }
    }
}
