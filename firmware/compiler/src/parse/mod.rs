//! The parser: Python source text to the tree in [`crate::ast`].
//!
//! A hand-written recursive-descent parser over the streaming [`Lexer`], with one token of
//! lookahead (two where the grammar needs it) and a cheap checkpoint/restore for the two
//! places that must try a parse (`with (...)` and the `match` soft keyword). Binary operators
//! use precedence climbing, so one level of bracket nesting costs only a handful of stack
//! frames; nesting is capped by [`MAX_NESTING`] and [`MAX_BLOCK_DEPTH`], and the stack the
//! parse really uses is measured against [`Limits::stack_budget`], so deep input is a
//! `SyntaxError`, never a stack overflow.
//!
//! The grammar is Python 3.11's, with CPython's error messages where they are reasonable to
//! match. Not supported, each a clear `SyntaxError`: `async`/`await`, `match`,
//! `\N{name}` escapes (no Unicode name table on a board) and surrogate escapes such as
//! `"\ud800"` (strings are UTF-8). Identifiers are not NFKC-normalized.

mod args;
mod coroutine;
mod expr;
mod pattern;
mod stmt;
mod strings;
mod target;
#[cfg(test)]
mod tests;

use crate::ast::{Expr, Ident, Located, Mode, Module, Stmt, SyntaxError, SyntaxErrorKind};
use crate::lex::{syntax_error, Keyword, Lexer, Op, Token, TokenKind};
use crate::stack::stack_address;
use alloc::boxed::Box;

/// How deeply expressions may nest: brackets, unary operators, lambdas, and every link of an
/// operator or trailer chain (`a + b + c`, `a.b.c`), so this also bounds the depth of the tree
/// the compiler walks (and that dropping it recurses through).
pub const MAX_NESTING: u32 = 200;
/// How deeply compound statements may nest.
pub const MAX_BLOCK_DEPTH: u32 = 100;

/// Limits that keep parsing inside a small machine stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// See [`MAX_NESTING`].
    pub max_nesting: u32,
    /// Bytes of machine stack the parser may use below its entry point; deeper input is a
    /// `SyntaxError` instead of a stack overflow. Measured, so it holds for any build.
    pub stack_budget: usize,
    /// Heap bytes in use (`alloc_counter::allocated`) beyond which the parse stops with a
    /// `MemoryError` instead of growing the tree until the allocator fails.
    pub memory_limit: usize,
    /// The most digits a decimal int literal may have (`sys.get_int_max_str_digits()`; 0: no
    /// limit).
    pub max_str_digits: u32,
}

/// CPython 3.11's default for [`Limits::max_str_digits`] (`sys.int_info.default_max_str_digits`).
pub const DEFAULT_MAX_STR_DIGITS: u32 = 4300;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_nesting: MAX_NESTING,
            stack_budget: DEFAULT_STACK_BUDGET,
            memory_limit: usize::MAX,
            max_str_digits: DEFAULT_MAX_STR_DIGITS,
        }
    }
}

/// The default stack budget: boards have stacks of a few KiB (16 KiB on the STM32F405, shared
/// with the VM); hosts have at least the 2 MiB of a spawned thread.
#[cfg(target_pointer_width = "64")]
pub const DEFAULT_STACK_BUDGET: usize = 1 << 20;
#[cfg(not(target_pointer_width = "64"))]
pub const DEFAULT_STACK_BUDGET: usize = 8 * 1024;

/// Stack kept free below the parser when the port set a stack limit (`port::stack_remaining`):
/// the parse may have started deep inside nested native calls.
const STACK_RESERVE: usize = 2048;

/// `node` placed at `(line, col)`: the parser's statements, and the expressions it builds
/// itself (desugared `match`, `async with`/`async for`).
pub(crate) fn at<T>(node: T, (line, col): (u32, u32)) -> Located<T> {
    Located::new(node, line, col)
}

/// Errors are boxed so that every parse function's result stays a few words: the parser
/// recurses once per nesting level and device stacks are small.
type ParseResult<T> = Result<T, Box<SyntaxError>>;

/// Parses `source` as a module (`Exec`), an expression (`Eval`) or one interactive
/// statement (`Single`).
pub fn parse(source: &str, mode: Mode) -> Result<Module, SyntaxError> {
    parse_with_limits(source, mode, Limits::default())
}

/// [`parse`] with explicit nesting and stack limits.
pub fn parse_with_limits(source: &str, mode: Mode, limits: Limits) -> Result<Module, SyntaxError> {
    check_null_bytes(source)?;
    let lexer = match mode {
        Mode::Eval => Lexer::new_eval(source),
        _ => Lexer::new(source),
    };
    let mut parser = Parser::new(lexer).map_err(|error| *error)?;
    parser.limits = limits;
    let result = match mode {
        Mode::Exec => parser.file(),
        Mode::Eval => parser.eval_input(),
        Mode::Single => parser.interactive(),
    };
    result.map_err(|error| *error)
}

/// A module parsed one top-level statement at a time, so that a caller can compile each
/// statement and drop its tree before the next is parsed: the tree of a whole file never
/// exists at once (on a board it would not fit the heap).
pub struct Statements<'a> {
    parser: Parser<'a>,
}

impl<'a> Statements<'a> {
    pub fn new(source: &'a str, limits: Limits) -> Result<Statements<'a>, SyntaxError> {
        Statements::starting_at_line(source, limits, 1)
    }

    /// [`Statements::new`] for a part of a larger source whose first line is line `line`.
    pub fn starting_at_line(
        source: &'a str,
        limits: Limits,
        line: u32,
    ) -> Result<Statements<'a>, SyntaxError> {
        check_null_bytes(source)?;
        let lexer = Lexer::new(source).starting_at_line(line);
        let mut parser = Parser::new(lexer).map_err(|error| *error)?;
        parser.limits = limits;
        parser.precompile = true;
        Ok(Statements { parser })
    }

    /// The next top-level statement (a line of simple statements gives several), or `None`
    /// at the end of the source.
    pub fn next_statement(
        &mut self,
    ) -> Result<Option<alloc::vec::Vec<crate::ast::Stmt>>, SyntaxError> {
        // Stack use is measured from here: each call starts at the top level.
        self.parser.stack_base = stack_address();
        let parser = &mut self.parser;
        let result = (|| {
            parser.skip_newlines()?;
            if parser.tok.kind == TokenKind::EndOfFile {
                return Ok(None);
            }
            let mut body = alloc::vec::Vec::new();
            parser.statement(&mut body)?;
            Ok(Some(body))
        })();
        result.map_err(|error: Box<SyntaxError>| *error)
    }
}

/// Source text may not contain NUL bytes (CPython's rule).
fn check_null_bytes(source: &str) -> Result<(), SyntaxError> {
    if let Some(index) = source.find('\0') {
        let before = &source[..index];
        let line = before.matches('\n').count() as u32 + 1;
        let col = before
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count()) as u32;
        return Err(syntax_error(
            "source code cannot contain null bytes",
            line,
            col,
        ));
    }
    Ok(())
}

/// The kind of function whose body is being parsed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FunctionKind {
    None,
    Plain,
    Async,
}

pub(crate) struct Parser<'a> {
    lexer: Lexer<'a>,
    tok: Token<'a>,
    peeked: Option<Token<'a>>,
    /// Where the last consumed token ended.
    prev_end: (u32, u32),
    depth: u32,
    blocks: u32,
    /// Where the last complete expression started (for the missing-comma hint).
    last_expression: (u32, u32),
    limits: Limits,
    /// The stack address at the start of the parse.
    stack_base: usize,
    /// Where the parser is: `FunctionKind::None` outside any `def`, else the innermost one's
    /// kind (`await` belongs in an `async def`).
    pub(crate) function_kind: FunctionKind,
    /// Compile the methods of top-level classes as soon as they are parsed (`Statements`).
    precompile: bool,
    /// Classes whose bodies are being parsed, and the outermost one's name when it is at
    /// the top level (no `def` around it).
    pub(crate) class_depth: u32,
    pub(crate) top_class: Option<Ident>,
    /// `from __future__ import annotations` was seen (the methods compiled early need it).
    pub(crate) future_annotations: bool,
    /// Only a docstring and `from __future__` imports have come before: one may still follow.
    pub(crate) future_allowed: bool,
    /// No statement has come before: a string expression here is the docstring.
    pub(crate) docstring_possible: bool,
}

/// A saved parser state to return to after a failed trial parse.
struct Checkpoint<'a> {
    lexer: Lexer<'a>,
    tok: Token<'a>,
    peeked: Option<Token<'a>>,
    prev_end: (u32, u32),
    depth: u32,
    blocks: u32,
}

impl<'a> Parser<'a> {
    fn new(mut lexer: Lexer<'a>) -> ParseResult<Parser<'a>> {
        let tok = lexer.next_token()?;
        Ok(Parser {
            lexer,
            tok,
            peeked: None,
            prev_end: (1, 0),
            depth: 0,
            blocks: 0,
            last_expression: (1, 0),
            limits: Limits::default(),
            stack_base: stack_address(),
            function_kind: FunctionKind::None,
            precompile: false,
            class_depth: 0,
            top_class: None,
            future_annotations: false,
            future_allowed: true,
            docstring_possible: true,
        })
    }

    fn checkpoint(&self) -> Checkpoint<'a> {
        Checkpoint {
            lexer: self.lexer.clone(),
            tok: self.tok,
            peeked: self.peeked,
            prev_end: self.prev_end,
            depth: self.depth,
            blocks: self.blocks,
        }
    }

    fn restore(&mut self, checkpoint: Checkpoint<'a>) {
        self.lexer = checkpoint.lexer;
        self.tok = checkpoint.tok;
        self.peeked = checkpoint.peeked;
        self.prev_end = checkpoint.prev_end;
        self.depth = checkpoint.depth;
        self.blocks = checkpoint.blocks;
    }

    /// Consumes the current token and returns it.
    fn advance(&mut self) -> ParseResult<Token<'a>> {
        let next = match self.peeked.take() {
            Some(token) => token,
            None => self.lexer.next_token()?,
        };
        let old = core::mem::replace(&mut self.tok, next);
        self.prev_end = (old.end_line, old.end_col);
        Ok(old)
    }

    /// The token after the current one.
    fn peek(&mut self) -> ParseResult<Token<'a>> {
        if let Some(token) = self.peeked {
            return Ok(token);
        }
        let token = self.lexer.next_token()?;
        self.peeked = Some(token);
        Ok(token)
    }

    fn pos(&self) -> (u32, u32) {
        (self.tok.line, self.tok.col)
    }

    fn at_op(&self, op: Op) -> bool {
        self.tok.kind == TokenKind::Op(op)
    }

    fn at_keyword(&self, keyword: Keyword) -> bool {
        self.tok.kind == TokenKind::Keyword(keyword)
    }

    fn eat_op(&mut self, op: Op) -> ParseResult<bool> {
        if self.at_op(op) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn eat_keyword(&mut self, keyword: Keyword) -> ParseResult<bool> {
        if self.at_keyword(keyword) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn expect_op(&mut self, op: Op) -> ParseResult<()> {
        if self.eat_op(op)? {
            return Ok(());
        }
        Err(self.unexpected())
    }

    fn expect_keyword(&mut self, keyword: Keyword) -> ParseResult<()> {
        if self.eat_keyword(keyword)? {
            return Ok(());
        }
        Err(self.unexpected())
    }

    fn expect_name(&mut self) -> ParseResult<&'a str> {
        if let TokenKind::Name(name) = self.tok.kind {
            self.advance()?;
            return Ok(name);
        }
        Err(self.unexpected())
    }

    #[inline(never)]
    fn error_at(
        &self,
        msg: impl Into<alloc::string::String>,
        line: u32,
        col: u32,
    ) -> Box<SyntaxError> {
        Box::new(syntax_error(msg, line, col))
    }

    /// An error at the current token.
    #[inline(never)]
    fn error_here(&self, msg: impl Into<alloc::string::String>) -> Box<SyntaxError> {
        let mut error = Box::new(syntax_error(msg, self.tok.line, self.tok.col));
        // Dedents come just before the end; the input stopped where more was expected.
        error.at_eof = self.tok.kind == TokenKind::EndOfFile
            || (self.tok.kind == TokenKind::Dedent && self.lexer.at_end());
        error
    }

    /// The error for a token the grammar does not allow here.
    #[inline(never)]
    fn unexpected(&self) -> Box<SyntaxError> {
        match self.tok.kind {
            // (CPython's offset is the indentation's width.)
            TokenKind::Indent => Box::new(SyntaxError {
                kind: SyntaxErrorKind::Indentation,
                col: self.tok.col.saturating_sub(1),
                ..*self.error_here("unexpected indent")
            }),
            TokenKind::Dedent => Box::new(SyntaxError {
                kind: SyntaxErrorKind::Indentation,
                ..*self.error_here("unexpected unindent")
            }),
            _ => self.error_here("invalid syntax"),
        }
    }

    /// Makes room to push one more node, or fails with `MemoryError` when the heap is full
    /// (past `Limits::memory_limit`, or the allocator has no block that big). Every list of
    /// the tree grows through here: long literals and statement lists are where its big
    /// vectors grow, and the short ones must not carry room they never use.
    fn make_room<T>(&self, nodes: &mut alloc::vec::Vec<T>) -> ParseResult<()> {
        // Most of a tree's lists (call arguments, bodies, targets) hold one to three items:
        // those grow by one, where amortised doubling would give each room for four.
        let fits = crate::alloc_counter::allocated() <= self.limits.memory_limit
            && (nodes.len() < nodes.capacity()
                || (nodes.len() < 4 && nodes.try_reserve_exact(1).is_ok())
                || crate::alloc_counter::room_for_one(nodes));
        if fits {
            return Ok(());
        }
        Err(self.error_here_memory())
    }

    /// Makes sure one block of `bytes` can be had (a string or bytes literal's value, as
    /// long as its source), or fails with `MemoryError` as `make_room` does.
    fn room_for_block(&self, bytes: usize) -> ParseResult<()> {
        if crate::alloc_counter::allocated().saturating_add(bytes) <= self.limits.memory_limit
            && crate::alloc_counter::fits(bytes)
        {
            return Ok(());
        }
        Err(self.error_here_memory())
    }

    /// The `MemoryError` of a parse that ran out of heap here.
    fn error_here_memory(&self) -> Box<SyntaxError> {
        let mut error = self.error_here("out of memory while parsing");
        error.kind = SyntaxErrorKind::Memory;
        error
    }

    /// A `def` just parsed directly in the body of a top-level class: compiled now, its
    /// body dropped (`ast::Precompiled`).
    fn precompile_method(&mut self, definition: &mut Stmt) -> ParseResult<()> {
        let Some(class_name) = &self.top_class else {
            return Ok(());
        };
        if !self.precompile || self.class_depth != 1 || self.function_kind != FunctionKind::None {
            return Ok(());
        }
        crate::compile::precompile_method(
            definition,
            class_name,
            self.future_annotations,
            self.limits.memory_limit,
        )
        .map_err(Box::new)
    }

    /// Has the parse used more machine stack than its budget?
    fn stack_exhausted(&self) -> bool {
        self.stack_base.abs_diff(stack_address()) > self.limits.stack_budget
            || crate::stack::stack_remaining() < STACK_RESERVE
    }

    /// Enters one level of expression nesting.
    fn enter(&mut self) -> ParseResult<()> {
        let msg = if self.lexer.bracket_depth() > 0 {
            "too many nested parentheses"
        } else {
            "expression too deeply nested"
        };
        self.enter_with(msg)
    }

    /// Enters one more link of an operator or trailer chain.
    fn enter_chain(&mut self) -> ParseResult<()> {
        self.enter_with("expression too deeply nested")
    }

    fn enter_with(&mut self, msg: &str) -> ParseResult<()> {
        self.depth += 1;
        if self.depth > self.limits.max_nesting || self.stack_exhausted() {
            return Err(self.error_here(msg));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn skip_newlines(&mut self) -> ParseResult<()> {
        while self.tok.kind == TokenKind::Newline {
            self.advance()?;
        }
        Ok(())
    }

    fn file(&mut self) -> ParseResult<Module> {
        let mut body = alloc::vec::Vec::new();
        loop {
            self.skip_newlines()?;
            if self.tok.kind == TokenKind::EndOfFile {
                return Ok(Module { body });
            }
            self.statement(&mut body)?;
        }
    }

    fn interactive(&mut self) -> ParseResult<Module> {
        let mut body = alloc::vec::Vec::new();
        self.skip_newlines()?;
        if self.tok.kind != TokenKind::EndOfFile {
            self.statement(&mut body)?;
            self.skip_newlines()?;
            if self.tok.kind != TokenKind::EndOfFile {
                return Err(self.error_at(
                    "multiple statements found while compiling a single statement",
                    self.tok.line,
                    self.tok.col,
                ));
            }
        }
        Ok(Module { body })
    }

    fn eval_input(&mut self) -> ParseResult<Module> {
        let value = if self.at_keyword(Keyword::Yield) {
            return Err(self.error_here("'yield' outside function"));
        } else {
            self.star_expressions()?
        };
        self.reject_bare_starred(&value)?;
        self.skip_newlines()?;
        if self.tok.kind != TokenKind::EndOfFile {
            return Err(self.unexpected());
        }
        let position = value.position;
        Ok(Module {
            body: alloc::vec![Located {
                node: crate::ast::StmtKind::Expr { value: *value },
                position,
            }],
        })
    }

    /// `*x` alone where a value is needed.
    fn reject_bare_starred(&self, value: &Expr) -> ParseResult<()> {
        if let crate::ast::ExprKind::Starred { .. } = value.node {
            return Err(self.error_at(
                "can't use starred expression here",
                value.line(),
                value.col(),
            ));
        }
        Ok(())
    }
}
