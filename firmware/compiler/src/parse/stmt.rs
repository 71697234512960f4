//! Statements: simple statements (assignments, imports, `del`, `raise`, ...) and compound
//! statements with their indented blocks.

use super::target::{expr_name, is_comparison_candidate, set_context};
use super::{at, ParseResult, Parser, MAX_BLOCK_DEPTH};
use crate::ast::{
    Alias, Constant, ExceptHandler, Expr, ExprContext, ExprKind, Ident, Located, Operator, Stmt,
    StmtKind, SyntaxError, SyntaxErrorKind, WithItem,
};
use crate::lex::{Keyword, Op, TokenKind};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// An `elif` seen but not yet nested: where it starts, its test and its body.
type ElifBranch = ((u32, u32), Box<Expr>, Vec<Stmt>);

fn augmented_operator(kind: TokenKind<'_>) -> Option<Operator> {
    let TokenKind::Op(op) = kind else {
        return None;
    };
    Some(match op {
        Op::PlusAssign => Operator::Add,
        Op::MinusAssign => Operator::Sub,
        Op::StarAssign => Operator::Mult,
        Op::AtAssign => Operator::MatMult,
        Op::SlashAssign => Operator::Div,
        Op::PercentAssign => Operator::Mod,
        Op::DoubleStarAssign => Operator::Pow,
        Op::LeftShiftAssign => Operator::LShift,
        Op::RightShiftAssign => Operator::RShift,
        Op::PipeAssign => Operator::BitOr,
        Op::CaretAssign => Operator::BitXor,
        Op::AmpersandAssign => Operator::BitAnd,
        Op::DoubleSlashAssign => Operator::FloorDiv,
        _ => return None,
    })
}

/// The features `from __future__ import` knows (CPython 3.11's; all but `annotations` are
/// on anyway). `braces` has its own answer.
fn future_feature_error(name: &str) -> Option<String> {
    const FEATURES: [&str; 10] = [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    match name {
        "braces" => Some(String::from("not a chance")),
        _ if FEATURES.contains(&name) => None,
        _ => Some(format!("future feature {name} is not defined")),
    }
}

impl<'a> Parser<'a> {
    /// One statement (a compound statement, or a line of simple statements) into `body`.
    pub(crate) fn statement(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        if crate::alloc_counter::allocated() > self.limits.memory_limit {
            let mut error = self.error_here("out of memory while parsing");
            error.kind = SyntaxErrorKind::Memory;
            return Err(error);
        }
        // A compound statement ends the file's `from __future__` prologue, and what it holds
        // is past it already; a line of simple statements decides statement by statement.
        let future_allowed = core::mem::replace(&mut self.future_allowed, false);
        let docstring_possible = core::mem::replace(&mut self.docstring_possible, false);
        if self.tok.kind == TokenKind::Name("match") && self.is_match_statement()? {
            return self.match_statement(body);
        }
        if self.tok.kind == TokenKind::Keyword(Keyword::Async) {
            return self.async_statements(body);
        }
        let statement = match self.tok.kind {
            TokenKind::Keyword(Keyword::If) => self.if_statement()?,
            TokenKind::Keyword(Keyword::While) => self.while_statement()?,
            TokenKind::Keyword(Keyword::For) => self.for_statement()?,
            TokenKind::Keyword(Keyword::Try) => self.try_statement()?,
            TokenKind::Keyword(Keyword::With) => self.with_statement()?,
            TokenKind::Keyword(Keyword::Def) => self.function_definition(Vec::new())?,
            TokenKind::Keyword(Keyword::Class) => self.class_definition(Vec::new())?,
            TokenKind::Op(Op::At) => self.decorated()?,
            TokenKind::Indent | TokenKind::Dedent => {
                return Err(self.unexpected());
            }
            _ => {
                self.future_allowed = future_allowed;
                self.docstring_possible = docstring_possible;
                return self.simple_statements(body);
            }
        };
        self.make_room(body)?;
        body.push(statement);
        Ok(())
    }

    /// Does a line starting with the soft keyword `match` hold a match statement?
    fn is_match_statement(&mut self) -> ParseResult<bool> {
        let checkpoint = self.checkpoint();
        self.advance()?;
        let is_match = self.starts_expression()
            && !self.at_op(Op::Star)
            && self.star_expressions().is_ok()
            && self.at_op(Op::Colon);
        self.restore(checkpoint);
        Ok(is_match)
    }

    /// `a; b; c` up to and including the NEWLINE.
    fn simple_statements(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        loop {
            let statement = self.simple_statement()?;
            // Python 2's `print x` and `exec code`: the name, for CPython's hint.
            let python2_name = match &statement.node {
                StmtKind::Expr {
                    value:
                        Located {
                            node: ExprKind::Name { id, .. },
                            ..
                        },
                } if id == "print" || id == "exec" => {
                    Some(if id == "print" { "print" } else { "exec" })
                }
                _ => None,
            };
            let start = (statement.line(), statement.col());
            let continues_prologue = match &statement.node {
                StmtKind::ImportFrom { module, level, .. } => {
                    *level == 0 && module.as_deref() == Some("__future__")
                }
                StmtKind::Expr {
                    value:
                        Located {
                            node: ExprKind::Constant(Constant::Str(_)),
                            ..
                        },
                } => self.docstring_possible,
                _ => false,
            };
            self.future_allowed &= continues_prologue;
            self.docstring_possible = false;
            self.make_room(body)?;
            body.push(statement);
            if self.eat_op(Op::Semicolon)? {
                if self.tok.kind == TokenKind::Newline || self.tok.kind == TokenKind::EndOfFile {
                    break;
                }
                continue;
            }
            if self.tok.kind != TokenKind::Newline && self.tok.kind != TokenKind::EndOfFile {
                if let Some(name) = python2_name.filter(|_| self.starts_expression()) {
                    return Err(self.error_at(
                        alloc::format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                        start.0,
                        start.1,
                    ));
                }
                return Err(self.unexpected());
            }
            break;
        }
        if self.tok.kind == TokenKind::Newline {
            self.advance()?;
        }
        Ok(())
    }

    fn simple_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        let node = match self.tok.kind {
            TokenKind::Keyword(Keyword::Pass) => {
                self.advance()?;
                StmtKind::Pass
            }
            TokenKind::Keyword(Keyword::Break) => {
                self.advance()?;
                StmtKind::Break
            }
            TokenKind::Keyword(Keyword::Continue) => {
                self.advance()?;
                StmtKind::Continue
            }
            TokenKind::Keyword(Keyword::Return) => {
                self.advance()?;
                let value = if self.starts_expression() {
                    let value = *self.star_expressions()?;
                    self.reject_bare_starred(&value)?;
                    Some(value)
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            TokenKind::Keyword(Keyword::Raise) => {
                self.advance()?;
                let mut cause = None;
                let exc = if self.starts_expression() {
                    let exc = self.expression()?;
                    if self.eat_keyword(Keyword::From)? {
                        cause = Some(self.expression()?);
                    }
                    Some(exc)
                } else {
                    None
                };
                StmtKind::Raise { exc, cause }
            }
            TokenKind::Keyword(keyword @ (Keyword::Global | Keyword::Nonlocal)) => {
                self.advance()?;
                let mut names = vec![Ident::new(self.expect_name()?)];
                while self.eat_op(Op::Comma)? {
                    self.make_room(&mut names)?;
                    names.push(Ident::new(self.expect_name()?));
                }
                if keyword == Keyword::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            TokenKind::Keyword(Keyword::Del) => {
                self.advance()?;
                let mut targets = Vec::new();
                loop {
                    let mut target = *self.star_expression()?;
                    set_context(&mut target, ExprContext::Del, false)?;
                    self.make_room(&mut targets)?;
                    targets.push(target);
                    if !self.eat_op(Op::Comma)? || !self.starts_expression() {
                        break;
                    }
                }
                StmtKind::Delete { targets }
            }
            TokenKind::Keyword(Keyword::Assert) => {
                self.advance()?;
                let test = *self.expression()?;
                let msg = if self.eat_op(Op::Comma)? {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Keyword(Keyword::Import) => self.import()?,
            TokenKind::Keyword(Keyword::From) => self.import_from()?,
            _ => return self.expression_statement(),
        };
        Ok(at(node, start))
    }

    fn dotted_name(&mut self) -> ParseResult<String> {
        let mut name = self.expect_name()?.to_string();
        while self.eat_op(Op::Dot)? {
            name.push('.');
            name.push_str(self.expect_name()?);
        }
        Ok(name)
    }

    fn import(&mut self) -> ParseResult<StmtKind> {
        self.advance()?;
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = if self.eat_keyword(Keyword::As)? {
                Some(Ident::new(self.expect_name()?))
            } else {
                None
            };
            self.make_room(&mut names)?;
            names.push(Alias {
                name: Ident::new(&name),
                asname,
            });
            if !self.eat_op(Op::Comma)? {
                return Ok(StmtKind::Import { names });
            }
        }
    }

    fn import_from(&mut self) -> ParseResult<StmtKind> {
        let start = self.pos();
        self.advance()?;
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot)? {
                level = level.saturating_add(1);
            } else if self.eat_op(Op::Ellipsis)? {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if matches!(self.tok.kind, TokenKind::Name(_)) {
            Some(Ident::new(&self.dotted_name()?))
        } else {
            if level == 0 {
                return Err(self.unexpected());
            }
            None
        };
        self.expect_keyword(Keyword::Import)?;
        let future = level == 0 && module.as_deref() == Some("__future__");
        if future && !self.future_allowed {
            let message = "from __future__ imports must occur at the beginning of the file";
            return Err(self.error_at(message, start.0, start.1));
        }
        if self.eat_op(Op::Star)? {
            if future {
                return Err(self.error_at("future feature * is not defined", start.0, start.1));
            }
            let names = vec![Alias {
                name: Ident::new("*"),
                asname: None,
            }];
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parenthesized = self.eat_op(Op::LeftParen)?;
        let mut names = Vec::new();
        loop {
            let name = Ident::new(self.expect_name()?);
            let asname = if self.eat_keyword(Keyword::As)? {
                Some(Ident::new(self.expect_name()?))
            } else {
                None
            };
            self.make_room(&mut names)?;
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma)? {
                break;
            }
            if parenthesized && self.at_op(Op::RightParen) {
                break;
            }
            if !parenthesized && self.tok.kind == TokenKind::Newline {
                return Err(self.error_at(
                    "trailing comma not allowed without surrounding parentheses",
                    self.prev_end.0,
                    self.prev_end.1,
                ));
            }
        }
        if parenthesized {
            self.expect_closing(Op::RightParen)?;
        }
        if future {
            if let Some(message) = names
                .iter()
                .find_map(|alias| future_feature_error(&alias.name))
            {
                return Err(self.error_at(message, start.0, start.1));
            }
        }
        if crate::ast::imports_future_annotations(module.as_deref(), &names) {
            self.future_annotations = true;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// The value side of an assignment: a yield expression or star expressions.
    fn assigned_value(&mut self) -> ParseResult<Expr> {
        if self.at_keyword(Keyword::Yield) {
            return Ok(*self.yield_expression()?);
        }
        let value = *self.star_expressions()?;
        self.reject_bare_starred(&value)?;
        Ok(value)
    }

    /// An expression statement, `=` assignment, augmented or annotated assignment.
    fn expression_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        let parenthesized = self.at_op(Op::LeftParen);
        let first = if self.at_keyword(Keyword::Yield) {
            *self.yield_expression()?
        } else {
            *self.star_expressions()?
        };
        if self.at_op(Op::Assign) {
            let mut exprs = vec![first];
            while self.eat_op(Op::Assign)? {
                self.make_room(&mut exprs)?;
                exprs.push(self.assigned_value()?);
            }
            let value = exprs.pop().ok_or_else(|| self.unexpected())?;
            let single = exprs.len() == 1;
            let value_is_yield = matches!(
                value.node,
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            );
            for target in exprs.iter_mut() {
                self.check_assign_target(target, single && !value_is_yield)?;
            }
            return Ok(at(
                StmtKind::Assign {
                    targets: exprs,
                    value,
                },
                start,
            ));
        }
        if let Some(op) = augmented_operator(self.tok.kind) {
            let mut target = first;
            match target.node {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    set_context(&mut target, ExprContext::Store, true)?;
                }
                _ => {
                    return Err(self.error_at(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&target)
                        ),
                        target.line(),
                        target.col(),
                    ));
                }
            }
            self.advance()?;
            let value = self.assigned_value()?;
            return Ok(at(
                StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value,
                },
                start,
            ));
        }
        if self.at_op(Op::Colon) {
            let mut target = first;
            let simple = match target.node {
                ExprKind::Name { .. } => !parenthesized,
                ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
                ExprKind::Tuple { .. } => {
                    return Err(self.error_at(
                        "only single target (not tuple) can be annotated",
                        target.line(),
                        target.col(),
                    ));
                }
                ExprKind::List { .. } => {
                    return Err(self.error_at(
                        "only single target (not list) can be annotated",
                        target.line(),
                        target.col(),
                    ));
                }
                _ => {
                    return Err(self.error_at(
                        "illegal target for annotation",
                        target.line(),
                        target.col(),
                    ));
                }
            };
            set_context(&mut target, ExprContext::Store, true)?;
            self.advance()?;
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Assign)? {
                Some(Box::new(self.assigned_value()?))
            } else {
                None
            };
            return Ok(at(
                StmtKind::AnnAssign {
                    target: Box::new(target),
                    annotation,
                    value,
                    simple,
                },
                start,
            ));
        }
        self.reject_bare_starred(&first)?;
        Ok(at(StmtKind::Expr { value: first }, start))
    }

    /// Checks and marks one `=` target; `suggest_comparison` adds CPython's `==` hint.
    fn check_assign_target(&self, target: &mut Expr, suggest_comparison: bool) -> ParseResult<()> {
        if let ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } = target.node {
            return Err(self.error_at(
                "assignment to yield expression not possible",
                target.line(),
                target.col(),
            ));
        }
        let assignable = matches!(
            target.node,
            ExprKind::Name { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::Subscript { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
        );
        if !assignable && suggest_comparison && is_comparison_candidate(target) {
            return Err(self.error_at(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(target)
                ),
                target.line(),
                target.col(),
            ));
        }
        set_context(target, ExprContext::Store, true)
    }

    /// `:` then an indented block (or simple statements on the same line).
    pub(crate) fn block(&mut self, what: &str, header_line: u32) -> ParseResult<Vec<Stmt>> {
        if !self.eat_op(Op::Colon)? {
            // CPython insists on the colon after `else`, `try`, `finally` and a `def`
            // header; elsewhere it names it only when the line ends there.
            let forced = matches!(
                what,
                "'else' statement"
                    | "'try' statement"
                    | "'finally' statement"
                    | "function definition"
            );
            let line_ends = matches!(self.tok.kind, TokenKind::Newline | TokenKind::EndOfFile);
            if !forced && !line_ends {
                return Err(self.unexpected());
            }
            let (line, col) = self.prev_end;
            return Err(self.error_at("expected ':'", line, col));
        }
        let mut body = Vec::new();
        if self.tok.kind != TokenKind::Newline {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        let newline = self.advance()?;
        if self.tok.kind != TokenKind::Indent {
            return Err(self.missing_block(what, header_line, (newline.line, newline.col)));
        }
        self.advance()?;
        self.blocks += 1;
        if self.blocks > MAX_BLOCK_DEPTH || self.stack_exhausted() {
            return Err(self.error_here("too many statically nested blocks"));
        }
        while self.tok.kind != TokenKind::Dedent && self.tok.kind != TokenKind::EndOfFile {
            self.statement(&mut body)?;
        }
        self.eat_dedent()?;
        self.blocks -= 1;
        Ok(body)
    }

    #[inline(never)]
    fn missing_block(&self, what: &str, header_line: u32, newline: (u32, u32)) -> Box<SyntaxError> {
        let mut error = self.error_here(format!(
            "expected an indented block after {what} on line {header_line}"
        ));
        error.kind = SyntaxErrorKind::Indentation;
        if error.at_eof {
            // Point at the end of the header line, as CPython does.
            (error.line, error.col) = newline;
        }
        error
    }

    fn eat_dedent(&mut self) -> ParseResult<()> {
        if self.tok.kind == TokenKind::Dedent {
            self.advance()?;
        }
        Ok(())
    }

    /// A condition of `if`/`elif`/`while`, with CPython's hint for `=` used as `==`.
    fn condition(&mut self) -> ParseResult<Box<Expr>> {
        let test = self.named_expression()?;
        if self.at_op(Op::Assign) {
            let msg =
                if matches!(test.node, ExprKind::Name { .. }) || !is_comparison_candidate(&test) {
                    String::from("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                } else {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&test)
                    )
                };
            return Err(self.error_at(msg, test.line(), test.col()));
        }
        Ok(test)
    }

    fn if_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let test = self.condition()?;
        let body = self.block("'if' statement", start.0)?;
        let orelse = self.elif_chain()?;
        Ok(at(
            StmtKind::If {
                test: *test,
                body,
                orelse,
            },
            start,
        ))
    }

    /// The `elif` branches and `else` of an `if`, as the `orelse` of the first `If`. The
    /// branches are collected first and nested from the end (no recursion per `elif`).
    #[inline(never)]
    fn elif_chain(&mut self) -> ParseResult<Vec<Stmt>> {
        let mut branches: Vec<ElifBranch> = Vec::new();
        while self.at_keyword(Keyword::Elif) {
            // Each elif nests one If deeper in the tree.
            if branches.len() as u32 >= self.limits.max_nesting {
                return Err(self.error_here("too many statically nested blocks"));
            }
            let elif_start = self.pos();
            self.advance()?;
            let test = self.condition()?;
            let body = self.block("'elif' statement", elif_start.0)?;
            self.make_room(&mut branches)?;
            branches.push((elif_start, test, body));
        }
        let mut orelse = self.else_block()?;
        while let Some((elif_start, test, body)) = branches.pop() {
            orelse = vec![at(
                StmtKind::If {
                    test: *test,
                    body,
                    orelse,
                },
                elif_start,
            )];
        }
        Ok(orelse)
    }

    pub(crate) fn else_block(&mut self) -> ParseResult<Vec<Stmt>> {
        if !self.at_keyword(Keyword::Else) {
            return Ok(Vec::new());
        }
        let line = self.tok.line;
        self.advance()?;
        self.block("'else' statement", line)
    }

    fn while_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let test = self.condition()?;
        let body = self.block("'while' statement", start.0)?;
        let orelse = self.else_block()?;
        Ok(at(
            StmtKind::While {
                test: *test,
                body,
                orelse,
            },
            start,
        ))
    }

    fn for_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let target = self.target_list()?;
        self.expect_keyword(Keyword::In)?;
        let iter = *self.star_expressions()?;
        self.reject_bare_starred(&iter)?;
        let body = self.block("'for' statement", start.0)?;
        let orelse = self.else_block()?;
        Ok(at(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            start,
        ))
    }

    fn try_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let body = self.block("'try' statement", start.0)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_keyword(Keyword::Except) {
            let (line, col) = self.pos();
            if let Some(previous) = handlers.last() {
                if previous.typ.is_none() {
                    return Err(self.error_at(
                        "default 'except:' must be last",
                        previous.line,
                        previous.col,
                    ));
                }
            }
            self.advance()?;
            let star = self.eat_op(Op::Star)?;
            if handlers.first().is_some_and(|first| first.star != star) {
                return Err(self.error_at(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    line,
                    col,
                ));
            }
            if star && self.at_op(Op::Colon) {
                return Err(self.error_here("expected one or more exception types"));
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) && self.tok.kind != TokenKind::Newline {
                let exception = *self.expression()?;
                if self.at_op(Op::Comma) {
                    return Err(self.error_at(
                        "multiple exception types must be parenthesized",
                        exception.line(),
                        exception.col(),
                    ));
                }
                typ = Some(exception);
                if self.eat_keyword(Keyword::As)? {
                    name = Some(Ident::new(self.expect_name()?));
                }
            }
            let body = self.block("'except' statement", line)?;
            self.make_room(&mut handlers)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body,
                line,
                col,
                star,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_keyword(Keyword::Finally) {
            let line = self.tok.line;
            self.advance()?;
            self.block("'finally' statement", line)?
        } else {
            if handlers.is_empty() {
                return Err(self.error_here("expected 'except' or 'finally' block"));
            }
            Vec::new()
        };
        Ok(at(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            start,
        ))
    }

    fn with_item(&mut self) -> ParseResult<WithItem> {
        let context_expr = *self.expression()?;
        let optional_vars = if self.eat_keyword(Keyword::As)? {
            let mut target = *self.target_element()?;
            set_context(&mut target, ExprContext::Store, true)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn with_items(&mut self) -> ParseResult<Vec<WithItem>> {
        let mut items = vec![self.with_item()?];
        while self.eat_op(Op::Comma)? {
            self.make_room(&mut items)?;
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    /// The 3.10 form `with (a as b, c):`, tried before reading `(` as an expression.
    fn parenthesized_with_items(&mut self) -> ParseResult<Vec<WithItem>> {
        self.advance()?;
        let mut items = vec![self.with_item()?];
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RightParen) {
                break;
            }
            self.make_room(&mut items)?;
            items.push(self.with_item()?);
        }
        self.expect_op(Op::RightParen)?;
        // With a target inside, this cannot be a parenthesized expression: keep this form
        // (and let the block report a missing colon).
        if !self.at_op(Op::Colon) && items.iter().all(|item| item.optional_vars.is_none()) {
            return Err(self.unexpected());
        }
        Ok(items)
    }

    /// The items of a `with`, in either form.
    #[inline(never)]
    pub(crate) fn any_with_items(&mut self) -> ParseResult<Vec<WithItem>> {
        if !self.at_op(Op::LeftParen) {
            return self.with_items();
        }
        let checkpoint = self.checkpoint();
        match self.parenthesized_with_items() {
            Ok(items) => Ok(items),
            Err(_) => {
                self.restore(checkpoint);
                self.with_items()
            }
        }
    }

    fn with_statement(&mut self) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let items = self.any_with_items()?;
        let body = self.block("'with' statement", start.0)?;
        Ok(at(StmtKind::With { items, body }, start))
    }

    fn decorated(&mut self) -> ParseResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At)? {
            self.make_room(&mut decorators)?;
            let decorator = *self.named_expression()?;
            if self.tok.kind != TokenKind::Newline {
                return Err(self.unexpected());
            }
            match micropython_decorator(&decorator) {
                // MicroPython's code emitters are chosen by the compiler, not called: its
                // `native` code behaves as bytecode does, so here it is bytecode.
                Some("native") => {}
                Some(emitter) => {
                    return Err(self.error_at(
                        format!(
                            "@micropython.{emitter} is not supported: Pyrite has no machine-code \
                             emitter (@micropython.native runs as bytecode)"
                        ),
                        decorator.line(),
                        decorator.col(),
                    ))
                }
                None => decorators.push(decorator),
            }
            self.advance()?;
        }
        match self.tok.kind {
            TokenKind::Keyword(Keyword::Def) => self.function_definition(decorators),
            TokenKind::Keyword(Keyword::Class) => self.class_definition(decorators),
            TokenKind::Keyword(Keyword::Async) => self.async_statement(decorators),
            _ => Err(self.unexpected()),
        }
    }

    /// `async def`, `async with` or `async for`, appended to `body`. Never inlined:
    /// `statement` recurses once per nested block, and its frame must stay small.
    #[inline(never)]
    fn async_statements(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        if matches!(
            self.peek()?.kind,
            TokenKind::Keyword(Keyword::With | Keyword::For)
        ) {
            let start = self.pos();
            self.advance()?;
            for statement in self.async_compound(start)? {
                self.make_room(body)?;
                body.push(statement);
            }
            return Ok(());
        }
        let definition = self.async_statement(Vec::new())?;
        self.make_room(body)?;
        body.push(definition);
        Ok(())
    }

    /// `async def` (a coroutine function), possibly decorated.
    fn async_statement(&mut self, decorator_list: Vec<Expr>) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        if !self.at_keyword(Keyword::Def) {
            return Err(self.unexpected());
        }
        let mut definition = self.function_definition_of(decorator_list, true)?;
        definition.position = crate::ast::Position::new(start.0, start.1);
        self.precompile_method(&mut definition)?;
        Ok(definition)
    }

    fn function_definition(&mut self, decorator_list: Vec<Expr>) -> ParseResult<Stmt> {
        let mut definition = self.function_definition_of(decorator_list, false)?;
        self.precompile_method(&mut definition)?;
        Ok(definition)
    }

    fn function_definition_of(
        &mut self,
        decorator_list: Vec<Expr>,
        is_async: bool,
    ) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let name = Ident::new(self.expect_name()?);
        if !self.at_op(Op::LeftParen) {
            return Err(self.error_here("expected '('"));
        }
        self.advance()?;
        let mut args = self.parameters(true)?;
        args.is_async = is_async;
        self.expect_closing(Op::RightParen)?;
        let returns = if self.eat_op(Op::Arrow)? {
            Some(self.expression()?)
        } else {
            None
        };
        let kind = if is_async {
            super::FunctionKind::Async
        } else {
            super::FunctionKind::Plain
        };
        let outer = core::mem::replace(&mut self.function_kind, kind);
        let body = self.block("function definition", start.0);
        self.function_kind = outer;
        let body = body?;
        Ok(at(
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                compiled: Default::default(),
            },
            start,
        ))
    }

    fn class_definition(&mut self, decorator_list: Vec<Expr>) -> ParseResult<Stmt> {
        let start = self.pos();
        self.advance()?;
        let name = Ident::new(self.expect_name()?);
        let (bases, keywords) = if self.at_op(Op::LeftParen) {
            let paren = self.pos();
            self.advance()?;
            let arguments = self.call_arguments(paren)?;
            if let Some(generator) = arguments
                .0
                .iter()
                .find(|base| matches!(base.node, ExprKind::GeneratorExp { .. }))
            {
                return Err(self.error_at("invalid syntax", generator.line(), generator.col()));
            }
            self.expect_closing(Op::RightParen)?;
            arguments
        } else {
            (Vec::new(), Vec::new())
        };
        // The methods of a class outside any function are compiled as they are parsed.
        let top_level = self.class_depth == 0 && self.function_kind == super::FunctionKind::None;
        let outer = match top_level {
            true => self.top_class.replace(name.clone()),
            false => self.top_class.clone(),
        };
        self.class_depth += 1;
        let body = self.block("class definition", start.0);
        self.class_depth -= 1;
        self.top_class = outer;
        let body = body?;
        Ok(at(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            start,
        ))
    }
}

/// `native`, `viper` or `asm_thumb` when `decorator` is `micropython.<that>`: MicroPython
/// reads these at compile time, whether or not the module is imported.
fn micropython_decorator(decorator: &Expr) -> Option<&'static str> {
    let ExprKind::Attribute { value, attr, .. } = &decorator.node else {
        return None;
    };
    let ExprKind::Name { id, .. } = &value.node else {
        return None;
    };
    if *id != "micropython" {
        return None;
    }
    ["native", "viper", "asm_thumb"]
        .into_iter()
        .find(|emitter| *attr == *emitter)
}
