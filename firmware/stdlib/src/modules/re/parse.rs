//! Regular-expression syntax to a tree (`Node`), with CPython's `re.error` messages.
//!
//! The parser walks the pattern as a slice of `char`s (patterns are short; for a bytes
//! pattern each byte is one char 0..=255), so error positions are CPython's indexes.
//! Inline flags are resolved here: every node carries the flags in force where it stands.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// `re` flag bits (CPython's values).
pub mod flag {
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// Upper bound of a repeat with no maximum.
pub const UNBOUNDED: u32 = u32::MAX;
/// Largest explicit repeat count (CPython's MAXREPEAT - 1 on 32-bit builds).
const MAX_REPEAT_COUNT: u32 = u32::MAX - 1;
/// Deepest group nesting the parser accepts (it recurses once per level).
#[cfg(target_pointer_width = "64")]
const MAX_NESTING: usize = 200;
#[cfg(not(target_pointer_width = "64"))]
const MAX_NESTING: usize = 40;

/// One member of a character class.
#[derive(Clone, Debug)]
pub enum ClassItem {
    Range(char, char),
    /// `\d` (negated: `\D`).
    Digit(bool),
    /// `\w` / `\W`.
    Word(bool),
    /// `\s` / `\S`.
    Space(bool),
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub negated: bool,
    pub items: Vec<ClassItem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assertion {
    /// `^` without MULTILINE, `\A`.
    StartText,
    /// `^` with MULTILINE.
    StartLine,
    /// `\Z`.
    EndText,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndTextOrNewline,
    /// `$` with MULTILINE.
    EndLine,
    WordBoundary,
    NotWordBoundary,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char {
        c: char,
        fold: bool,
    },
    /// `.`: any character but `\n` unless `dotall`.
    Any {
        dotall: bool,
    },
    Class {
        set: Box<ClassSet>,
        fold: bool,
    },
    Assert(Assertion),
    /// A capturing group (`index` ≥ 1) or a plain one.
    Group {
        node: Box<Node>,
        index: Option<usize>,
    },
    Concat(Vec<Node>),
    Alternate(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greedy: bool,
    },
    Backref {
        group: usize,
        fold: bool,
    },
    Look {
        node: Box<Node>,
        behind: bool,
        negate: bool,
    },
    /// `(?>…)`, and a possessive repeat (`x*+`): the first way the node matches, never
    /// backtracked into.
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// A syntax error: message and position (None for errors with no position).
pub struct SyntaxError {
    pub message: String,
    pub pos: Option<usize>,
}

fn error<T>(message: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        message: message.into(),
        pos: Some(pos),
    })
}

/// The parsed pattern: its tree, group count and names.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The flags after inline global flags (`(?i)` at the start) are added.
    pub flags: u32,
}

struct Parser<'a> {
    pattern: &'a [char],
    pos: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose closing parenthesis has been seen (backrefs may only name these).
    closed: Vec<usize>,
    depth: usize,
    is_bytes: bool,
}

/// Parses `pattern` with the `flags` given to `compile`.
pub fn parse(pattern: &[char], flags: u32, is_bytes: bool) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser {
        pattern,
        pos: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        closed: Vec::new(),
        depth: 0,
        is_bytes,
    };
    parser.global_flags()?;
    let node = parser.alternation()?;
    if parser.pos < pattern.len() {
        // Only an unmatched ')' stops the top level early.
        return error("unbalanced parenthesis", parser.pos);
    }
    let mut flags = parser.flags;
    if !is_bytes && flags & flag::ASCII == 0 {
        flags |= flag::UNICODE;
    }
    Ok(Parsed {
        node,
        groups: parser.groups,
        names: parser.names,
        flags,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flag::IGNORECASE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        'u' => flag::UNICODE,
        'L' => flag::LOCALE,
        _ => return None,
    })
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.pattern.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.pattern.get(self.pos + offset).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn verbose(&self) -> bool {
        self.flags & flag::VERBOSE != 0
    }

    fn fold(&self) -> bool {
        self.flags & flag::IGNORECASE != 0
    }

    /// In VERBOSE mode: skips whitespace and `#` comments.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// Leading `(?flags)` groups apply to the whole pattern.
    fn global_flags(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.skip_verbose();
            if !(self.peek() == Some('(') && self.peek_at(1) == Some('?')) {
                return Ok(());
            }
            let mut i = self.pos + 2;
            let mut added = 0;
            while let Some(&c) = self.pattern.get(i) {
                match flag_of(c) {
                    Some(f) => {
                        added |= f;
                        i += 1;
                    }
                    None => break,
                }
            }
            if i == self.pos + 2 || self.pattern.get(i) != Some(&')') {
                return Ok(());
            }
            self.check_flag_combination(added, i)?;
            self.flags |= added;
            self.pos = i + 1;
        }
    }

    fn check_flag_combination(&self, flags: u32, pos: usize) -> Result<(), SyntaxError> {
        if flags & flag::LOCALE != 0 && !self.is_bytes {
            return error(
                "bad inline flags: cannot use 'L' flag with a str pattern",
                pos,
            );
        }
        if flags & flag::UNICODE != 0 && self.is_bytes {
            return error(
                "bad inline flags: cannot use 'u' flag with a bytes pattern",
                pos,
            );
        }
        if flags & flag::ASCII != 0 && flags & flag::UNICODE != 0 {
            return error(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                pos,
            );
        }
        Ok(())
    }

    fn alternation(&mut self) -> Result<Node, SyntaxError> {
        let mut branches = Vec::new();
        loop {
            branches.push(self.sequence()?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alternate(branches)
        })
    }

    fn sequence(&mut self) -> Result<Node, SyntaxError> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            let start = self.pos;
            let atom = self.atom()?;
            let Some(atom) = atom else { continue };
            let atom = self.quantifiers(atom, start)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Reads a quantifier after an atom (if any): `*`, `+`, `?`, `{m,n}`, each maybe lazy.
    fn quantifiers(&mut self, atom: Node, atom_start: usize) -> Result<Node, SyntaxError> {
        self.skip_verbose();
        let start = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => {
                self.pos += 1;
                (0, UNBOUNDED)
            }
            Some('+') => {
                self.pos += 1;
                (1, UNBOUNDED)
            }
            Some('?') => {
                self.pos += 1;
                (0, 1)
            }
            Some('{') => match self.braces()? {
                Some(range) => range,
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        if matches!(atom, Node::Assert(_)) {
            return error("nothing to repeat", start);
        }
        let greedy = !self.eat('?');
        let possessive = greedy && self.eat('+');
        self.skip_verbose();
        if matches!(self.peek(), Some('*' | '+' | '?')) || self.is_brace_quantifier() {
            return error("multiple repeat", self.pos);
        }
        let _ = atom_start;
        let node = Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
        };
        if possessive {
            return Ok(Node::Atomic(Box::new(node)));
        }
        Ok(node)
    }

    fn is_brace_quantifier(&self) -> bool {
        // (`{}` is two literals; `{,}` is `*`.)
        if self.peek() != Some('{') || self.pattern.get(self.pos + 1) == Some(&'}') {
            return false;
        }
        let mut i = self.pos + 1;
        let mut digits = 0;
        while self.pattern.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
            digits += 1;
        }
        if self.pattern.get(i) == Some(&',') {
            i += 1;
            while self.pattern.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
                digits += 1;
            }
        }
        let _ = digits;
        self.pattern.get(i) == Some(&'}')
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}`; None (and nothing consumed) when `{` is a literal.
    fn braces(&mut self) -> Result<Option<(u32, u32)>, SyntaxError> {
        if !self.is_brace_quantifier() {
            return Ok(None);
        }
        let open = self.pos;
        self.pos += 1;
        let read = |parser: &mut Parser| -> Result<Option<u32>, SyntaxError> {
            let start = parser.pos;
            let mut value: u64 = 0;
            while let Some(c) = parser.peek().filter(char::is_ascii_digit) {
                value = (value * 10 + c as u64 - '0' as u64).min(u64::from(u32::MAX));
                parser.pos += 1;
            }
            if parser.pos == start {
                return Ok(None);
            }
            if value > u64::from(MAX_REPEAT_COUNT) {
                return error("the repetition number is too large", start);
            }
            Ok(Some(value as u32))
        };
        let min = read(self)?;
        let max = if self.eat(',') {
            read(self)?
        } else {
            Some(min.unwrap_or(0))
        };
        self.pos += 1; // '}'
        let min = min.unwrap_or(0);
        let max = max.unwrap_or(UNBOUNDED);
        if max < min {
            return error("min repeat greater than max repeat", open + 1);
        }
        Ok(Some((min, max)))
    }

    /// One atom, or None for something that matches nothing (a comment, a flag group).
    fn atom(&mut self) -> Result<Option<Node>, SyntaxError> {
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Ok(Some(Node::Empty));
        };
        let brace_quantifier = c == '{' && self.is_brace_quantifier();
        self.pos += 1;
        let node = match c {
            '(' => return self.group(start),
            '[' => self.class(start)?,
            '.' => Node::Any {
                dotall: self.flags & flag::DOTALL != 0,
            },
            '^' => Node::Assert(if self.flags & flag::MULTILINE != 0 {
                Assertion::StartLine
            } else {
                Assertion::StartText
            }),
            '$' => Node::Assert(if self.flags & flag::MULTILINE != 0 {
                Assertion::EndLine
            } else {
                Assertion::EndTextOrNewline
            }),
            '\\' => self.escape(start)?,
            '*' | '+' | '?' => return error("nothing to repeat", start),
            '{' if brace_quantifier => return error("nothing to repeat", start),
            c => Node::Char {
                c,
                fold: self.fold(),
            },
        };
        Ok(Some(node))
    }

    fn group_name(&mut self, terminator: char) -> Result<String, SyntaxError> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => return error("missing group name", start),
                Some(c) if c == terminator => {
                    self.pos += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.pos += 1;
                }
            }
        }
        if name.is_empty() {
            return error("missing group name", start);
        }
        let mut chars = name.chars();
        let valid = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric());
        if !valid {
            return error(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    fn group(&mut self, start: usize) -> Result<Option<Node>, SyntaxError> {
        let mut capture = true;
        let mut name = None;
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return error("unexpected end of pattern", self.pos);
            };
            self.pos += 1;
            match c {
                ':' => capture = false,
                'P' => match self.peek() {
                    Some('<') => {
                        self.pos += 1;
                        let name_start = self.pos;
                        let text = self.group_name('>')?;
                        if let Some((_, previous)) = self.names.iter().find(|(n, _)| *n == text) {
                            return error(
                                format!(
                                    "redefinition of group name '{text}' as group {}; was group {previous}",
                                    self.groups + 1
                                ),
                                name_start,
                            );
                        }
                        name = Some(text);
                    }
                    Some('=') => {
                        self.pos += 1;
                        let name_start = self.pos;
                        let text = self.group_name(')')?;
                        let Some(&(_, group)) = self.names.iter().find(|(n, _)| *n == text) else {
                            return error(format!("unknown group name '{text}'"), name_start);
                        };
                        if !self.closed.contains(&group) {
                            return error("cannot refer to an open group", start);
                        }
                        return Ok(Some(Node::Backref {
                            group,
                            fold: self.fold(),
                        }));
                    }
                    Some(other) => {
                        return error(format!("unknown extension ?P{other}"), self.pos);
                    }
                    None => return error("unexpected end of pattern", self.pos),
                },
                '#' => {
                    loop {
                        match self.peek() {
                            None => return error("missing ), unterminated comment", start),
                            Some(')') => {
                                self.pos += 1;
                                break;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' => {
                    let node = self.nested(start)?;
                    return Ok(Some(Node::Look {
                        node: Box::new(node),
                        behind: false,
                        negate: c == '!',
                    }));
                }
                '<' => {
                    let kind = self.peek();
                    match kind {
                        Some('=') | Some('!') => {
                            self.pos += 1;
                            let node = self.nested(start)?;
                            if fixed_width(&node).is_none() {
                                return Err(SyntaxError {
                                    message: String::from(
                                        "look-behind requires fixed-width pattern",
                                    ),
                                    pos: None,
                                });
                            }
                            return Ok(Some(Node::Look {
                                node: Box::new(node),
                                behind: true,
                                negate: kind == Some('!'),
                            }));
                        }
                        None => return error("unexpected end of pattern", self.pos),
                        Some(other) => {
                            return error(format!("unknown extension ?<{other}"), self.pos);
                        }
                    }
                }
                '>' => {
                    let node = self.nested(start)?;
                    return Ok(Some(Node::Atomic(Box::new(node))));
                }
                '(' => {
                    let name_start = self.pos;
                    let digits = self.pattern[self.pos..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    let text = if digits > 0 && self.pattern.get(self.pos + digits) == Some(&')') {
                        let text: String =
                            self.pattern[self.pos..self.pos + digits].iter().collect();
                        self.pos += digits + 1;
                        text
                    } else {
                        self.group_name(')')?
                    };
                    let group = match text.parse::<usize>() {
                        Ok(n) => {
                            if n == 0 {
                                return error("bad group number", name_start);
                            }
                            n
                        }
                        Err(_) => match self.names.iter().find(|(n, _)| *n == text) {
                            Some(&(_, g)) => g,
                            None => {
                                return error(format!("unknown group name '{text}'"), name_start)
                            }
                        },
                    };
                    let saved_depth = self.enter(start)?;
                    let yes = self.sequence()?;
                    let no = if self.eat('|') {
                        self.sequence()?
                    } else {
                        Node::Empty
                    };
                    if self.peek() == Some('|') {
                        return error("conditional backref with more than two branches", self.pos);
                    }
                    if !self.eat(')') {
                        return error("missing ), unterminated subpattern", start);
                    }
                    self.depth = saved_depth;
                    return Ok(Some(Node::Conditional {
                        group,
                        yes: Box::new(yes),
                        no: Box::new(no),
                    }));
                }
                c if flag_of(c).is_some() || c == '-' => {
                    return self.scoped_flags(start, c);
                }
                other => return error(format!("unknown extension ?{other}"), start + 1),
            }
        }
        let index = if capture {
            self.groups += 1;
            let index = self.groups;
            if let Some(name) = name {
                self.names.push((name, index));
            }
            Some(index)
        } else {
            None
        };
        let node = self.nested(start)?;
        if let Some(index) = index {
            self.closed.push(index);
        }
        Ok(Some(Node::Group {
            node: Box::new(node),
            index,
        }))
    }

    fn enter(&mut self, start: usize) -> Result<usize, SyntaxError> {
        if self.depth >= MAX_NESTING {
            return error("too many nested groups", start);
        }
        self.depth += 1;
        Ok(self.depth - 1)
    }

    /// The alternation inside a group, through its `)`.
    fn nested(&mut self, start: usize) -> Result<Node, SyntaxError> {
        let saved_depth = self.enter(start)?;
        let node = self.alternation()?;
        if !self.eat(')') {
            return error("missing ), unterminated subpattern", start);
        }
        self.depth = saved_depth;
        Ok(node)
    }

    /// `(?imsx-imsx:...)` (scoped) or `(?imsx)` after the start (an error in 3.11).
    fn scoped_flags(&mut self, start: usize, first: char) -> Result<Option<Node>, SyntaxError> {
        let mut add = 0;
        let mut remove = 0;
        let mut c = first;
        let mut removing = false;
        loop {
            if c == '-' {
                if removing {
                    return error("bad inline flags: flag turned on and off", self.pos - 1);
                }
                removing = true;
            } else if let Some(f) = flag_of(c) {
                if removing {
                    remove |= f;
                } else {
                    add |= f;
                }
            } else if c == ':' || c == ')' {
                break;
            } else {
                let message = if c.is_alphabetic() {
                    "unknown flag"
                } else if removing {
                    "missing :"
                } else {
                    "missing -, : or )"
                };
                return error(message, self.pos - 1);
            }
            match self.peek() {
                Some(next) => {
                    c = next;
                    self.pos += 1;
                }
                None => {
                    return error(
                        if removing {
                            "missing :"
                        } else {
                            "missing -, : or )"
                        },
                        self.pos,
                    )
                }
            }
        }
        if c == ')' {
            if removing {
                return error("missing :", self.pos - 1);
            }
            return error("global flags not at the start of the expression", start);
        }
        if add & remove != 0 {
            return error("bad inline flags: flag turned on and off", self.pos - 1);
        }
        self.check_flag_combination(add, self.pos - 1)?;
        let saved = self.flags;
        self.flags = (self.flags | add) & !remove;
        let node = self.nested(start);
        self.flags = saved;
        Ok(Some(Node::Group {
            node: Box::new(node?),
            index: None,
        }))
    }

    fn class_escape(&mut self, start: usize) -> Result<ClassItem, SyntaxError> {
        let Some(c) = self.peek() else {
            return error("bad escape (end of pattern)", start);
        };
        self.pos += 1;
        Ok(match c {
            'd' => ClassItem::Digit(false),
            'D' => ClassItem::Digit(true),
            'w' => ClassItem::Word(false),
            'W' => ClassItem::Word(true),
            's' => ClassItem::Space(false),
            'S' => ClassItem::Space(true),
            'b' => ClassItem::Range('\u{8}', '\u{8}'),
            _ => {
                self.pos -= 1;
                let ch = self.escaped_char(start, true)?;
                ClassItem::Range(ch, ch)
            }
        })
    }

    fn class(&mut self, start: usize) -> Result<Node, SyntaxError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return error("unterminated character set", start);
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let item_start = self.pos;
            self.pos += 1;
            let low = if c == '\\' {
                self.class_escape(item_start)?
            } else {
                ClassItem::Range(c, c)
            };
            // A range `a-z` (a '-' before ']' is literal).
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|n| n != ']') {
                self.pos += 1;
                let high_start = self.pos;
                let Some(h) = self.peek() else {
                    return error("unterminated character set", start);
                };
                self.pos += 1;
                let high = if h == '\\' {
                    self.class_escape(high_start)?
                } else {
                    ClassItem::Range(h, h)
                };
                match (low, high) {
                    (ClassItem::Range(a, _), ClassItem::Range(b, _)) => {
                        if b < a {
                            let text: String = self.pattern[item_start..self.pos].iter().collect();
                            return error(format!("bad character range {text}"), item_start);
                        }
                        items.push(ClassItem::Range(a, b));
                    }
                    _ => {
                        let text: String = self.pattern[item_start..self.pos].iter().collect();
                        return error(format!("bad character range {text}"), item_start);
                    }
                }
                continue;
            }
            items.push(low);
        }
        Ok(Node::Class {
            set: Box::new(ClassSet { negated, items }),
            fold: self.fold(),
        })
    }

    /// An escape outside a class (`start` is the backslash's position).
    fn escape(&mut self, start: usize) -> Result<Node, SyntaxError> {
        let Some(c) = self.peek() else {
            return error("bad escape (end of pattern)", start);
        };
        let class = |item| Node::Class {
            set: Box::new(ClassSet {
                negated: false,
                items: alloc::vec![item],
            }),
            fold: false,
        };
        let node = match c {
            'd' => class(ClassItem::Digit(false)),
            'D' => class(ClassItem::Digit(true)),
            'w' => class(ClassItem::Word(false)),
            'W' => class(ClassItem::Word(true)),
            's' => class(ClassItem::Space(false)),
            'S' => class(ClassItem::Space(true)),
            'A' => Node::Assert(Assertion::StartText),
            'Z' => Node::Assert(Assertion::EndText),
            'b' => Node::Assert(Assertion::WordBoundary),
            'B' => Node::Assert(Assertion::NotWordBoundary),
            '1'..='9' => {
                // A group reference: up to two digits (three octal digits are a char).
                let mut end = self.pos + 1;
                if self.pattern.get(end).is_some_and(char::is_ascii_digit) {
                    end += 1;
                    if self.pattern[self.pos..end]
                        .iter()
                        .all(|c| ('0'..='7').contains(c))
                        && self
                            .pattern
                            .get(end)
                            .is_some_and(|c| ('0'..='7').contains(c))
                    {
                        let text: String = self.pattern[self.pos..end + 1].iter().collect();
                        let value = u32::from_str_radix(&text, 8).unwrap_or(0);
                        if value > 0o377 {
                            return error(
                                format!("octal escape value \\{text} outside of range 0-0o377"),
                                start,
                            );
                        }
                        self.pos = end + 1;
                        return Ok(Node::Char {
                            c: char::from_u32(value).unwrap_or('\0'),
                            fold: self.fold(),
                        });
                    }
                }
                let text: String = self.pattern[self.pos..end].iter().collect();
                let group: usize = text.parse().unwrap_or(0);
                self.pos = end;
                if group > self.groups || !self.closed.contains(&group) {
                    if group <= self.groups {
                        return error("cannot refer to an open group", start);
                    }
                    return error(format!("invalid group reference {group}"), start + 1);
                }
                return Ok(Node::Backref {
                    group,
                    fold: self.fold(),
                });
            }
            _ => {
                let ch = self.escaped_char(start, false)?;
                return Ok(Node::Char {
                    c: ch,
                    fold: self.fold(),
                });
            }
        };
        self.pos += 1;
        Ok(node)
    }

    /// A character escape (`\n`, `\x41`, `\u00e9`, `\0`, `\.`, …) at `self.pos` (after
    /// the backslash at `start`).
    fn escaped_char(&mut self, start: usize, in_class: bool) -> Result<char, SyntaxError> {
        let Some(c) = self.peek() else {
            return error("bad escape (end of pattern)", start);
        };
        self.pos += 1;
        let hex = |parser: &mut Parser, digits: usize| -> Result<char, SyntaxError> {
            let end = parser.pos + digits;
            let text: Option<String> = parser
                .pattern
                .get(parser.pos..end)
                .map(|s| s.iter().collect());
            match text
                .as_deref()
                .filter(|t| t.chars().all(|c| c.is_ascii_hexdigit()))
                .and_then(|t| u32::from_str_radix(t, 16).ok())
            {
                Some(value) => {
                    parser.pos = end;
                    match char::from_u32(value) {
                        Some(ch) => Ok(ch),
                        None => error(
                            format!(
                                "bad escape \\{}",
                                parser.pattern[start + 1..end].iter().collect::<String>()
                            ),
                            start,
                        ),
                    }
                }
                None => {
                    let shown: String = parser.pattern[start + 1..end.min(parser.pattern.len())]
                        .iter()
                        .take_while(|c| c.is_ascii_hexdigit() || matches!(c, 'x' | 'u' | 'U'))
                        .collect();
                    error(format!("incomplete escape \\{shown}"), start)
                }
            }
        };
        Ok(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\u{c}',
            'v' => '\u{b}',
            'a' => '\u{7}',
            'x' => hex(self, 2)?,
            'u' if !self.is_bytes => hex(self, 4)?,
            'U' if !self.is_bytes => hex(self, 8)?,
            '0'..='7' => {
                // Octal: `\0`, `\012`; in a class any 1-3 octal digits.
                let mut value = c as u32 - '0' as u32;
                let mut count = 1;
                while count < 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    value = value * 8 + (self.peek().unwrap_or('0') as u32 - '0' as u32);
                    self.pos += 1;
                    count += 1;
                }
                if !in_class && c != '0' && count < 3 {
                    return error(format!("invalid group reference {value}"), start + 1);
                }
                if value > 0o377 {
                    let text: String = self.pattern[start + 1..self.pos].iter().collect();
                    return error(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        start,
                    );
                }
                char::from_u32(value).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => {
                return error(format!("bad escape \\{c}"), start);
            }
            c => c,
        })
    }
}

/// The width in characters of every match of `node`, when it is fixed.
pub fn fixed_width(node: &Node) -> Option<usize> {
    match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => Some(0),
        Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => Some(1),
        Node::Group { node, .. } | Node::Atomic(node) => fixed_width(node),
        Node::Concat(items) => items
            .iter()
            .try_fold(0usize, |total, n| fixed_width(n).map(|w| total + w)),
        Node::Alternate(branches) => {
            let first = fixed_width(branches.first()?)?;
            branches
                .iter()
                .all(|b| fixed_width(b) == Some(first))
                .then_some(first)
        }
        Node::Repeat { node, min, max, .. } if min == max => {
            fixed_width(node).map(|w| w * *min as usize)
        }
        Node::Conditional { yes, no, .. } => {
            let width = fixed_width(yes)?;
            (fixed_width(no) == Some(width)).then_some(width)
        }
        Node::Repeat { .. } | Node::Backref { .. } => None,
    }
}

/// True if `node` can match the empty string.
pub fn nullable(node: &Node) -> bool {
    match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } | Node::Backref { .. } => true,
        Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => false,
        Node::Group { node, .. } | Node::Atomic(node) => nullable(node),
        Node::Concat(items) => items.iter().all(nullable),
        Node::Alternate(branches) => branches.iter().any(nullable),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
        Node::Conditional { yes, no, .. } => nullable(yes) || nullable(no),
    }
}
