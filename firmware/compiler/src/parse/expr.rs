//! Expressions: from `lambda` and conditional expressions down to atoms, displays,
//! comprehensions, calls, subscripts and slices.

use super::{ParseResult, Parser};
use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Ident,
    Keyword as CallKeyword, Keywords, Located, Operator, UnaryOp,
};
use crate::lex::{number, Keyword, Op, TokenKind};
use alloc::boxed::Box;
use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

pub(crate) fn located(node: ExprKind, start: (u32, u32)) -> Box<Expr> {
    Box::new(super::at(node, start))
}

/// Operator precedence levels, loosest first (CPython's order).
pub(crate) mod precedence {
    pub const OR: u8 = 1;
    pub const AND: u8 = 2;
    pub const NOT: u8 = 3;
    pub const COMPARISON: u8 = 4;
    pub const BIT_OR: u8 = 5;
    pub const BIT_XOR: u8 = 6;
    pub const BIT_AND: u8 = 7;
    pub const SHIFT: u8 = 8;
    pub const SUM: u8 = 9;
    pub const TERM: u8 = 10;
    pub const UNARY: u8 = 11;
    pub const POWER: u8 = 12;
}

/// A binary operator token and its precedence (higher binds tighter).
fn binary_operator(kind: TokenKind<'_>) -> Option<(Operator, u8)> {
    let TokenKind::Op(op) = kind else {
        return None;
    };
    Some(match op {
        Op::Pipe => (Operator::BitOr, precedence::BIT_OR),
        Op::Caret => (Operator::BitXor, precedence::BIT_XOR),
        Op::Ampersand => (Operator::BitAnd, precedence::BIT_AND),
        Op::LeftShift => (Operator::LShift, precedence::SHIFT),
        Op::RightShift => (Operator::RShift, precedence::SHIFT),
        Op::Plus => (Operator::Add, precedence::SUM),
        Op::Minus => (Operator::Sub, precedence::SUM),
        Op::Star => (Operator::Mult, precedence::TERM),
        Op::Slash => (Operator::Div, precedence::TERM),
        Op::DoubleSlash => (Operator::FloorDiv, precedence::TERM),
        Op::Percent => (Operator::Mod, precedence::TERM),
        Op::At => (Operator::MatMult, precedence::TERM),
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// Can the current token begin an expression?
    pub(crate) fn starts_expression(&self) -> bool {
        match self.tok.kind {
            TokenKind::Name(_) | TokenKind::Number(_) | TokenKind::String(_) => true,
            TokenKind::Keyword(keyword) => matches!(
                keyword,
                Keyword::None
                    | Keyword::True
                    | Keyword::False
                    | Keyword::Not
                    | Keyword::Lambda
                    | Keyword::Await
                    | Keyword::Async
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LeftParen
                    | Op::LeftBracket
                    | Op::LeftBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// `a, *b, c` — a tuple when there is a comma (trailing commas allowed).
    pub(crate) fn star_expressions(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![*first];
        while self.eat_op(Op::Comma)? {
            if !self.starts_expression() {
                break;
            }
            self.make_room(&mut elts)?;
            elts.push(*self.star_expression()?);
        }
        Ok(located(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `*x` or an expression.
    pub(crate) fn star_expression(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_op(Op::Star) {
            let start = self.pos();
            self.advance()?;
            let value = self.bitwise_or()?;
            return Ok(located(
                ExprKind::Starred {
                    value,
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.expression()
    }

    /// `*x` or a named expression, as in displays.
    pub(crate) fn star_named_expression(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let element = self.named_expression()?;
        if self.at_op(Op::Assign) && matches!(element.node, ExprKind::Name { .. }) {
            return Err(self.error_at(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                element.line(),
                element.col(),
            ));
        }
        Ok(element)
    }

    /// An expression, or `name := expression`.
    pub(crate) fn named_expression(&mut self) -> ParseResult<Box<Expr>> {
        let target = self.expression()?;
        if !self.at_op(Op::Walrus) {
            return Ok(target);
        }
        self.walrus(target)
    }

    /// `target := value` after the target.
    #[inline(never)]
    fn walrus(&mut self, target: Box<Expr>) -> ParseResult<Box<Expr>> {
        if let ExprKind::Name { id, .. } = &target.node {
            if id == "__debug__" {
                return Err(self.error_at(
                    "cannot assign to __debug__",
                    target.line(),
                    target.col(),
                ));
            }
        }
        let ExprKind::Name { id, .. } = target.node else {
            return Err(self.error_at(
                format!(
                    "cannot use assignment expressions with {}",
                    super::target::expr_name(&target)
                ),
                target.line(),
                target.col(),
            ));
        };
        self.advance()?;
        let value = self.expression()?;
        let name = Located {
            node: ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            position: target.position,
        };
        let start = (name.line(), name.col());
        Ok(located(
            ExprKind::NamedExpr {
                target: Box::new(name),
                value,
            },
            start,
        ))
    }

    /// `lambda`, `x if c else y`, or a disjunction.
    pub(crate) fn expression(&mut self) -> ParseResult<Box<Expr>> {
        self.enter()?;
        let expression_start = self.pos();
        let result = if self.at_keyword(Keyword::Lambda) {
            self.lambda()?
        } else {
            let start = self.pos();
            let body = self.disjunction()?;
            if self.at_keyword(Keyword::If) {
                self.conditional(start, body)?
            } else {
                body
            }
        };
        self.leave();
        self.last_expression = expression_start;
        Ok(result)
    }

    /// `body if test else orelse` after the body.
    #[inline(never)]
    fn conditional(&mut self, start: (u32, u32), body: Box<Expr>) -> ParseResult<Box<Expr>> {
        self.advance()?;
        let test = self.disjunction()?;
        if self.at_op(Op::Colon) {
            return Err(self.unexpected());
        }
        if !self.eat_keyword(Keyword::Else)? {
            return Err(self.error_at(
                "expected 'else' after 'if' expression",
                body.line(),
                body.col(),
            ));
        }
        let orelse = self.expression()?;
        Ok(located(ExprKind::IfExp { test, body, orelse }, start))
    }

    #[inline(never)]
    fn lambda(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        self.advance()?;
        let args = self.parameters(false)?;
        self.expect_op(Op::Colon)?;
        // A lambda's body is never async, even inside an `async def`.
        let outer = core::mem::replace(&mut self.function_kind, super::FunctionKind::Plain);
        let body = self.expression();
        self.function_kind = outer;
        Ok(located(ExprKind::Lambda { args, body: body? }, start))
    }

    pub(crate) fn disjunction(&mut self) -> ParseResult<Box<Expr>> {
        self.operators(precedence::OR)
    }

    /// Everything from `|` down to unary operators and `**`.
    pub(crate) fn bitwise_or(&mut self) -> ParseResult<Box<Expr>> {
        self.operators(precedence::BIT_OR)
    }

    fn comparison_operator(&mut self) -> ParseResult<Option<CmpOp>> {
        let op = match self.tok.kind {
            TokenKind::Op(Op::Equal) => CmpOp::Eq,
            TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
            TokenKind::Keyword(Keyword::In) => CmpOp::In,
            TokenKind::Keyword(Keyword::Is) => {
                self.advance()?;
                return Ok(Some(if self.eat_keyword(Keyword::Not)? {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }));
            }
            TokenKind::Keyword(Keyword::Not) => {
                if self.peek()?.kind != TokenKind::Keyword(Keyword::In) {
                    return Ok(None);
                }
                self.advance()?;
                CmpOp::NotIn
            }
            _ => return Ok(None),
        };
        self.advance()?;
        Ok(Some(op))
    }

    /// The precedence of the infix operator at the current token, if any.
    fn infix_precedence(&self) -> Option<u8> {
        match self.tok.kind {
            TokenKind::Keyword(Keyword::Or) => Some(precedence::OR),
            TokenKind::Keyword(Keyword::And) => Some(precedence::AND),
            TokenKind::Keyword(Keyword::In | Keyword::Is | Keyword::Not) => {
                Some(precedence::COMPARISON)
            }
            TokenKind::Op(
                Op::Equal
                | Op::NotEqual
                | Op::Less
                | Op::LessEqual
                | Op::Greater
                | Op::GreaterEqual,
            ) => Some(precedence::COMPARISON),
            TokenKind::Op(Op::DoubleStar) => Some(precedence::POWER),
            kind => binary_operator(kind).map(|(_, level)| level),
        }
    }

    /// Operator expressions by precedence climbing: one function for `or` down to `**`, so
    /// each level of bracket nesting costs few stack frames. Parses operators binding at
    /// least as tightly as `min`. Every operator node made counts as a level of nesting, so
    /// long chains (`a + b + ...`) cannot build a tree too deep to compile or drop.
    pub(crate) fn operators(&mut self, min: u8) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let mut left = if matches!(
            self.tok.kind,
            TokenKind::Keyword(Keyword::Not) | TokenKind::Op(Op::Plus | Op::Minus | Op::Tilde)
        ) {
            self.prefix_operator(min)?
        } else {
            self.primary()?
        };
        let depth = self.depth;
        while let Some(level) = self.infix_precedence() {
            if level < min {
                break;
            }
            self.enter_chain()?;
            left = self.infix_operator(start, level, left)?;
        }
        self.depth = depth;
        Ok(left)
    }

    /// `not x`, `-x`, `+x`, `~x`.
    #[inline(never)]
    fn prefix_operator(&mut self, min: u8) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let (op, level) = match self.tok.kind {
            TokenKind::Keyword(Keyword::Not) if min <= precedence::NOT => {
                (UnaryOp::Not, precedence::NOT)
            }
            TokenKind::Op(Op::Plus) => (UnaryOp::UAdd, precedence::UNARY),
            TokenKind::Op(Op::Minus) => (UnaryOp::USub, precedence::UNARY),
            TokenKind::Op(Op::Tilde) => (UnaryOp::Invert, precedence::UNARY),
            _ => return Err(self.unexpected()),
        };
        self.advance()?;
        self.enter()?;
        let operand = self.operators(level)?;
        self.leave();
        Ok(located(ExprKind::UnaryOp { op, operand }, start))
    }

    /// The operator at the current token (of precedence `level`) applied to `left`.
    #[inline(never)]
    fn infix_operator(
        &mut self,
        start: (u32, u32),
        level: u8,
        left: Box<Expr>,
    ) -> ParseResult<Box<Expr>> {
        let node = match level {
            precedence::OR | precedence::AND => {
                let (keyword, op) = if level == precedence::OR {
                    (Keyword::Or, BoolOp::Or)
                } else {
                    (Keyword::And, BoolOp::And)
                };
                let mut values = vec![*left];
                while self.eat_keyword(keyword)? {
                    self.make_room(&mut values)?;
                    values.push(*self.operators(level + 1)?);
                }
                ExprKind::BoolOp { op, values }
            }
            precedence::COMPARISON => {
                let mut comparisons = Vec::new();
                while let Some(op) = self.comparison_operator()? {
                    let right = *self.operators(level + 1)?;
                    self.make_room(&mut comparisons)?;
                    comparisons.push((op, right));
                }
                if comparisons.is_empty() {
                    // A `not` that does not start `not in`.
                    return Err(self.unexpected());
                }
                ExprKind::Compare {
                    left,
                    comparisons: comparisons.into_boxed_slice(),
                }
            }
            precedence::POWER => {
                // Right-associative, and the exponent may carry a unary sign: 2**-x.
                self.advance()?;
                let exponent = self.operators(precedence::UNARY)?;
                ExprKind::BinOp {
                    left,
                    op: Operator::Pow,
                    right: exponent,
                }
            }
            _ => {
                let Some((op, _)) = binary_operator(self.tok.kind) else {
                    return Err(self.unexpected());
                };
                self.advance()?;
                let right = self.operators(level + 1)?;
                ExprKind::BinOp { left, op, right }
            }
        };
        Ok(located(node, start))
    }

    /// An atom followed by `.name`, `(args)` and `[subscript]` trailers. Each trailer counts
    /// as a level of nesting (the tree grows one deeper).
    pub(crate) fn primary(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_keyword(Keyword::Await) {
            return self.await_expression();
        }
        let start = self.pos();
        let mut value = self.atom()?;
        let depth = self.depth;
        while let TokenKind::Op(Op::Dot | Op::LeftParen | Op::LeftBracket) = self.tok.kind {
            self.enter_chain()?;
            value = self.trailer(start, value)?;
        }
        self.depth = depth;
        Ok(value)
    }

    /// `await x`, as `yield from $awaitable(x)`: a coroutine is a generator here, and
    /// `$awaitable` (`runtime/src/vm/generator.rs`) hands over a coroutine itself or the
    /// iterator an object's `__await__` returns.
    #[inline(never)]
    fn await_expression(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        match self.function_kind {
            super::FunctionKind::Async => {}
            super::FunctionKind::Plain => {
                return Err(self.error_here("'await' outside async function"))
            }
            super::FunctionKind::None => return Err(self.error_here("'await' outside function")),
        }
        self.advance()?;
        self.enter()?;
        let operand = self.primary()?;
        self.leave();
        let awaitable = located(
            ExprKind::Name {
                id: Ident::new("$awaitable"),
                ctx: ExprContext::Load,
            },
            start,
        );
        let call = located(
            ExprKind::Call {
                func: awaitable,
                args: Box::new([*operand]),
                keywords: Keywords::default(),
            },
            start,
        );
        Ok(located(ExprKind::YieldFrom { value: call }, start))
    }

    #[inline(never)]
    fn trailer(&mut self, start: (u32, u32), value: Box<Expr>) -> ParseResult<Box<Expr>> {
        let node = match self.tok.kind {
            TokenKind::Op(Op::Dot) => {
                self.advance()?;
                let attr = Ident::new(self.expect_name()?);
                ExprKind::Attribute {
                    value,
                    attr,
                    ctx: ExprContext::Load,
                }
            }
            TokenKind::Op(Op::LeftParen) => {
                let paren = self.pos();
                self.advance()?;
                let (args, keywords) = self.call_arguments(paren)?;
                self.expect_closing(Op::RightParen)?;
                ExprKind::Call {
                    func: value,
                    args: args.into_boxed_slice(),
                    keywords: Keywords::new(keywords),
                }
            }
            _ => {
                self.advance()?;
                let slice = self.subscript()?;
                self.expect_closing(Op::RightBracket)?;
                ExprKind::Subscript {
                    value,
                    slice,
                    ctx: ExprContext::Load,
                }
            }
        };
        Ok(located(node, start))
    }

    /// Expects a closing bracket; two expressions side by side get CPython's comma hint.
    pub(crate) fn expect_closing(&mut self, op: Op) -> ParseResult<()> {
        if self.eat_op(op)? {
            return Ok(());
        }
        Err(self.unexpected_in_brackets())
    }

    pub(crate) fn unexpected_in_brackets(&self) -> Box<crate::ast::SyntaxError> {
        if self.starts_expression() && !self.at_op(Op::Star) {
            // CPython points at the first of the two expressions side by side.
            let (line, col) = self.last_expression;
            return self.error_at("invalid syntax. Perhaps you forgot a comma?", line, col);
        }
        self.unexpected()
    }

    pub(super) fn atom(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let constant = |value| ExprKind::Constant(value);
        let node = match self.tok.kind {
            TokenKind::Name(name) => ExprKind::Name {
                id: Ident::new(name),
                ctx: ExprContext::Load,
            },
            TokenKind::Number(text) => {
                self.room_for_block(text.len())?;
                if let Some(message) = number::too_many_digits(text, self.limits.max_str_digits) {
                    return Err(self.error_here(message));
                }
                constant(number::to_constant(text))
            }
            TokenKind::String(_) => return self.strings(),
            TokenKind::Keyword(Keyword::None) => constant(Constant::None),
            TokenKind::Keyword(Keyword::True) => constant(Constant::Bool(true)),
            TokenKind::Keyword(Keyword::False) => constant(Constant::Bool(false)),
            TokenKind::Op(Op::Ellipsis) => constant(Constant::Ellipsis),
            TokenKind::Op(Op::LeftParen) => return self.parenthesized(),
            TokenKind::Op(Op::LeftBracket) => return self.list_display(),
            TokenKind::Op(Op::LeftBrace) => return self.brace_display(),
            _ => return Err(self.unexpected()),
        };
        self.advance()?;
        Ok(located(node, start))
    }

    /// `( ... )`: a parenthesized expression, a tuple, a generator expression or a yield.
    #[inline(never)]
    fn parenthesized(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        self.advance()?;
        if self.eat_op(Op::RightParen)? {
            return Ok(located(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if self.at_keyword(Keyword::Yield) {
            let value = self.yield_expression()?;
            self.expect_closing(Op::RightParen)?;
            return Ok(value);
        }
        let first = self.star_named_expression()?;
        let result = if self.at_keyword(Keyword::For) || self.at_keyword(Keyword::Async) {
            self.reject_bare_starred_element(&first)?;
            let generators = self.comprehension_clauses()?;
            located(
                ExprKind::GeneratorExp {
                    elt: first,
                    generators,
                },
                start,
            )
        } else if self.at_op(Op::Comma) {
            let elts = self.display_elements(*first, Op::RightParen)?;
            located(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            if let ExprKind::Starred { .. } = first.node {
                return Err(self.error_at(
                    "cannot use starred expression here",
                    first.line(),
                    first.col(),
                ));
            }
            first
        };
        self.expect_closing(Op::RightParen)?;
        Ok(result)
    }

    fn reject_bare_starred_element(&self, element: &Expr) -> ParseResult<()> {
        if let ExprKind::Starred { .. } = element.node {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension",
                element.line(),
                element.col(),
            ));
        }
        Ok(())
    }

    /// The rest of a comma-separated display after its first element, up to `closing`.
    fn display_elements(&mut self, first: Expr, closing: Op) -> ParseResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat_op(Op::Comma)? {
            if self.at_op(closing) {
                break;
            }
            self.make_room(&mut elts)?;
            elts.push(*self.star_named_expression()?);
        }
        if self.at_keyword(Keyword::For) && elts.len() > 1 {
            return Err(self.error_at(
                "did you forget parentheses around the comprehension target?",
                elts[0].line(),
                elts[0].col(),
            ));
        }
        Ok(elts)
    }

    #[inline(never)]
    fn list_display(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        self.advance()?;
        if self.eat_op(Op::RightBracket)? {
            return Ok(located(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        let first = self.star_named_expression()?;
        let result = if self.at_keyword(Keyword::For) || self.at_keyword(Keyword::Async) {
            self.reject_bare_starred_element(&first)?;
            let generators = self.comprehension_clauses()?;
            ExprKind::ListComp {
                elt: first,
                generators,
            }
        } else {
            ExprKind::List {
                elts: self.display_elements(*first, Op::RightBracket)?,
                ctx: ExprContext::Load,
            }
        };
        self.expect_closing(Op::RightBracket)?;
        Ok(located(result, start))
    }

    /// `{ ... }`: a dict or set display or comprehension.
    #[inline(never)]
    fn brace_display(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        self.advance()?;
        if self.eat_op(Op::RightBrace)? {
            return Ok(located(
                ExprKind::Dict {
                    keys: Box::new([]),
                    values: Box::new([]),
                },
                start,
            ));
        }
        let node = if self.at_op(Op::DoubleStar) {
            self.advance()?;
            let value = self.bitwise_or()?;
            self.dict_rest(None, *value)?
        } else {
            let first = self.star_named_expression()?;
            if self.at_op(Op::Colon) && !matches!(first.node, ExprKind::Starred { .. }) {
                self.advance()?;
                let value = self.dict_value()?;
                if self.at_keyword(Keyword::For) || self.at_keyword(Keyword::Async) {
                    let generators = self.comprehension_clauses()?;
                    ExprKind::DictComp {
                        key: first,
                        value,
                        generators: generators.into_boxed_slice(),
                    }
                } else {
                    self.dict_rest(Some(first), *value)?
                }
            } else if self.at_keyword(Keyword::For) || self.at_keyword(Keyword::Async) {
                self.reject_bare_starred_element(&first)?;
                let generators = self.comprehension_clauses()?;
                ExprKind::SetComp {
                    elt: first,
                    generators,
                }
            } else {
                ExprKind::Set {
                    elts: self.display_elements(*first, Op::RightBrace)?,
                }
            }
        };
        self.expect_closing(Op::RightBrace)?;
        Ok(located(node, start))
    }

    /// A dict display's value, after `key:`.
    fn dict_value(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_op(Op::Comma) || self.at_op(Op::RightBrace) {
            let (line, col) = self.prev_end;
            return Err(self.error_at(
                "expression expected after dictionary key and ':'",
                line,
                col.saturating_sub(1),
            ));
        }
        if self.at_op(Op::Star) {
            return Err(self.error_here("cannot use a starred expression in a dictionary value"));
        }
        self.expression()
    }

    /// The items of a dict display after its first `key: value` (or `**value`).
    fn dict_rest(
        &mut self,
        first_key: Option<Box<Expr>>,
        first_value: Expr,
    ) -> ParseResult<ExprKind> {
        let mut keys = vec![first_key.map(|key| *key)];
        let mut values = vec![first_value];
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RightBrace) {
                break;
            }
            self.make_room(&mut keys)?;
            self.make_room(&mut values)?;
            if self.eat_op(Op::DoubleStar)? {
                self.make_room(&mut keys)?;
                keys.push(None);
                self.make_room(&mut values)?;
                values.push(*self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.eat_op(Op::Colon)? {
                if self.at_op(Op::Comma) || self.at_op(Op::RightBrace) {
                    return Err(self.error_here("':' expected after dictionary key"));
                }
                return Err(self.unexpected_in_brackets());
            }
            self.make_room(&mut keys)?;
            keys.push(Some(*key));
            self.make_room(&mut values)?;
            values.push(*self.dict_value()?);
        }
        Ok(ExprKind::Dict {
            keys: keys.into_boxed_slice(),
            values: values.into_boxed_slice(),
        })
    }

    /// `for target in iter if cond ...` clauses of a comprehension.
    #[inline(never)]
    pub(crate) fn comprehension_clauses(&mut self) -> ParseResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            // Whether `async for` may stand here is the symbol table's question.
            let is_async = self.at_keyword(Keyword::Async);
            if is_async {
                self.advance()?;
                if !self.at_keyword(Keyword::For) {
                    return Err(self.unexpected());
                }
            }
            if !self.eat_keyword(Keyword::For)? {
                return Ok(generators);
            }
            let target = self.target_list()?;
            self.expect_keyword(Keyword::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_keyword(Keyword::If)? {
                self.make_room(&mut ifs)?;
                ifs.push(*self.disjunction()?);
            }
            self.make_room(&mut generators)?;
            generators.push(Comprehension {
                target: *target,
                iter: *iter,
                ifs,
                is_async,
            });
        }
    }

    /// `yield`, `yield x, y`, or `yield from x`.
    pub(crate) fn yield_expression(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        self.advance()?;
        if self.eat_keyword(Keyword::From)? {
            let value = self.expression()?;
            return Ok(located(ExprKind::YieldFrom { value }, start));
        }
        let value = if self.starts_expression() {
            let value = self.star_expressions()?;
            self.reject_bare_starred(&value)?;
            Some(value)
        } else {
            None
        };
        if self.function_kind == super::FunctionKind::Async {
            // An async generator's own `yield v` hands its wrapper `$agen_value(v)`: whatever
            // else its body yields comes from an `await` and goes out to the event loop.
            let value = value.unwrap_or_else(|| located(ExprKind::Constant(Constant::None), start));
            let wrap = located(
                ExprKind::Name {
                    id: Ident::new("$agen_value"),
                    ctx: ExprContext::Load,
                },
                start,
            );
            let call = located(
                ExprKind::Call {
                    func: wrap,
                    args: Box::new([*value]),
                    keywords: Keywords::default(),
                },
                start,
            );
            return Ok(located(ExprKind::Yield { value: Some(call) }, start));
        }
        Ok(located(ExprKind::Yield { value }, start))
    }

    /// Call arguments after `(`, up to (not including) `)`.
    #[inline(never)]
    pub(crate) fn call_arguments(
        &mut self,
        paren: (u32, u32),
    ) -> ParseResult<(Vec<Expr>, Vec<CallKeyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<CallKeyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut generator: Option<(u32, u32)> = None;
        let mut trailing_comma = false;
        loop {
            if self.at_op(Op::RightParen) {
                break;
            }
            let start = self.pos();
            if self.eat_op(Op::Star)? {
                let value = self.expression()?;
                if seen_double_star {
                    return Err(self.error_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        start.0,
                        start.1,
                    ));
                }
                self.make_room(&mut args)?;
                args.push(*located(
                    ExprKind::Starred {
                        value,
                        ctx: ExprContext::Load,
                    },
                    start,
                ));
            } else if self.eat_op(Op::DoubleStar)? {
                let value = self.expression()?;
                seen_double_star = true;
                self.make_room(&mut keywords)?;
                keywords.push(CallKeyword {
                    arg: None,
                    value: *value,
                    line: start.0,
                    col: start.1,
                });
            } else {
                let parenthesized = self.at_op(Op::LeftParen);
                let value = self.named_expression()?;
                if self.at_op(Op::Assign) {
                    if parenthesized {
                        return Err(self.error_at(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            start.0,
                            start.1,
                        ));
                    }
                    if matches!(&value.node, ExprKind::Name { id, .. } if id == "__debug__") {
                        return Err(self.error_at("cannot assign to __debug__", start.0, start.1));
                    }
                    let ExprKind::Name { id, .. } = value.node else {
                        let msg = match value.node {
                            ExprKind::Constant(Constant::None) => "cannot assign to None",
                            ExprKind::Constant(Constant::Bool(true)) => "cannot assign to True",
                            ExprKind::Constant(Constant::Bool(false)) => "cannot assign to False",
                            _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
                        };
                        return Err(self.error_at(msg, value.line(), value.col()));
                    };
                    self.advance()?;
                    let value = self.expression()?;
                    seen_keyword = true;
                    self.make_room(&mut keywords)?;
                    keywords.push(CallKeyword {
                        arg: Some(id),
                        value: *value,
                        line: start.0,
                        col: start.1,
                    });
                } else if self.at_keyword(Keyword::For) || self.at_keyword(Keyword::Async) {
                    let generators = self.comprehension_clauses()?;
                    if generator.is_some() || !args.is_empty() || !keywords.is_empty() {
                        return Err(self.error_at(
                            "Generator expression must be parenthesized",
                            value.line(),
                            value.col(),
                        ));
                    }
                    generator = Some((value.line(), value.col()));
                    self.make_room(&mut args)?;
                    args.push(*located(
                        ExprKind::GeneratorExp {
                            elt: value,
                            generators,
                        },
                        paren,
                    ));
                } else {
                    if seen_double_star {
                        return Err(self.error_at(
                            "positional argument follows keyword argument unpacking",
                            value.line(),
                            value.col(),
                        ));
                    }
                    if seen_keyword {
                        return Err(self.error_at(
                            "positional argument follows keyword argument",
                            value.line(),
                            value.col(),
                        ));
                    }
                    self.make_room(&mut args)?;
                    args.push(*value);
                }
            }
            trailing_comma = self.eat_op(Op::Comma)?;
            if !trailing_comma {
                break;
            }
        }
        repeated_keyword(&keywords)?;
        if let Some((line, col)) = generator {
            if trailing_comma || args.len() + keywords.len() > 1 {
                return Err(self.error_at("Generator expression must be parenthesized", line, col));
            }
        }
        Ok((args, keywords))
    }

    /// The inside of `[...]` after a primary: one item, or a tuple of items and slices.
    #[inline(never)]
    fn subscript(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let first = self.slice_item()?;
        // `a[*b]` is a one-element tuple, as if written `a[*b,]`.
        let starred = matches!(first.node, ExprKind::Starred { .. });
        let result = if self.at_op(Op::Comma) || starred {
            let mut elts = vec![*first];
            while self.eat_op(Op::Comma)? {
                if self.at_op(Op::RightBracket) {
                    break;
                }
                self.make_room(&mut elts)?;
                elts.push(*self.slice_item()?);
            }
            located(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            first
        };
        Ok(result)
    }

    fn slice_item(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let start = self.pos();
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let value = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(value);
            }
            Some(value)
        };
        self.advance()?; // the ':'
        let ends_part = |parser: &Self| {
            parser.at_op(Op::Colon) || parser.at_op(Op::Comma) || parser.at_op(Op::RightBracket)
        };
        let upper = if ends_part(self) {
            None
        } else {
            Some(self.expression()?)
        };
        let step = if self.eat_op(Op::Colon)? {
            if self.at_op(Op::Comma) || self.at_op(Op::RightBracket) {
                None
            } else {
                Some(self.expression()?)
            }
        } else {
            None
        };
        Ok(located(ExprKind::Slice { lower, upper, step }, start))
    }

    /// One element of an assignment target list: `*x` or a bitwise-or-level expression.
    pub(crate) fn target_element(&mut self) -> ParseResult<Box<Expr>> {
        if self.at_op(Op::Star) {
            let start = self.pos();
            self.advance()?;
            let value = self.bitwise_or()?;
            return Ok(located(
                ExprKind::Starred {
                    value,
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.bitwise_or()
    }

    /// A `for` target list (stops before `in`), with `Store` context set.
    pub(crate) fn target_list(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let first = self.target_element()?;
        let mut target = if self.at_op(Op::Comma) {
            let mut elts = vec![*first];
            while self.eat_op(Op::Comma)? {
                if !self.starts_expression() {
                    break;
                }
                self.make_room(&mut elts)?;
                elts.push(*self.target_element()?);
            }
            located(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            first
        };
        super::target::set_context(&mut target, ExprContext::Store, true)?;
        Ok(target)
    }
}

/// CPython's "keyword argument repeated" check, sorting so that huge calls stay fast.
fn repeated_keyword(keywords: &[CallKeyword]) -> ParseResult<()> {
    let mut named: Vec<(&str, usize)> = keywords
        .iter()
        .enumerate()
        .filter_map(|(index, keyword)| keyword.arg.as_deref().map(|name| (name, index)))
        .collect();
    crate::sort::sort_unstable(&mut named);
    let repeat = named
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| pair[1].1)
        .min();
    if let Some(index) = repeat {
        let keyword = &keywords[index];
        let name = keyword.arg.as_deref().unwrap_or_default();
        return Err(Box::new(crate::lex::syntax_error(
            format!("keyword argument repeated: {name}"),
            keyword.line,
            keyword.col,
        )));
    }
    Ok(())
}
