//! `match` statements (PEP 634), parsed into the `if`/`elif` chain they mean, so the compiler
//! and the VM need nothing of their own for them.
//!
//! ```text
//! match command:                    $m3 = command
//!     case [x, 0] if x > 1:   →     if ($m3_0 := $match_sequence($m3, 2, 0, False)) is not None
//!         ...                           and ($m3_0[1] == 0) and ((x := $m3_0[0]) is x) and x > 1:
//!     case Point(x=0): ...          elif ($m3_1 := $match_class($m3, Point, 0, ('x',))) ...
//! ```
//!
//! A pattern is a conjunction of tests on its subject: a capture is a walrus (always true),
//! a value pattern an `==` (`is` for None/True/False). Sequence, mapping and class patterns
//! call a native helper (`runtime/src/vm/pattern.rs`) that checks the subject's shape and
//! returns the parts the sub-patterns match, or None. The temporaries are names starting with
//! `$`, which no source can spell. As CPython allows, names bound by a case that then fails
//! may stay bound.

use super::at;
use super::{ParseResult, Parser};
use crate::ast::{
    BoolOp, CmpOp, Constant, Expr, ExprContext, ExprKind, Ident, Keywords, Located, Operator, Stmt,
    StmtKind, UnaryOp,
};
use crate::lex::{Keyword, Op, TokenKind};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// A number literal `3j`, or `-3j`.
fn is_imaginary(number: &Expr) -> bool {
    match &number.node {
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        node => matches!(node, ExprKind::Constant(Constant::Imaginary(_))),
    }
}

/// The error for an irrefutable pattern followed by more alternatives or cases.
fn unreachable(pattern: &Pattern) -> String {
    match pattern {
        Pattern::Capture(id) => {
            format!(
                "name capture '{}' makes remaining patterns unreachable",
                &**id
            )
        }
        Pattern::As(inner, _) => unreachable(inner),
        _ => String::from("wildcard makes remaining patterns unreachable"),
    }
}

/// A parsed pattern.
enum Pattern {
    Wildcard,
    Capture(Ident),
    /// A literal or dotted name, compared with `==`.
    Value(Box<Expr>),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Constant),
    /// The sub-patterns; a `Star` among them takes the rest.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<Ident>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    Class {
        class: Box<Expr>,
        patterns: Vec<Pattern>,
        keyword_names: Vec<Ident>,
        keyword_patterns: Vec<Pattern>,
    },
    Or(Vec<Pattern>),
    As(Box<Pattern>, Ident),
}

impl Pattern {
    /// Matches every subject (a capture or `_`, possibly grouped or under `as`).
    fn is_irrefutable(&self) -> bool {
        match self {
            Pattern::Wildcard | Pattern::Capture(_) => true,
            Pattern::As(pattern, _) => pattern.is_irrefutable(),
            Pattern::Or(alternatives) => alternatives.iter().any(Pattern::is_irrefutable),
            _ => false,
        }
    }

    /// The names the pattern binds, in order.
    fn bound_names(&self, names: &mut Vec<String>) {
        match self {
            Pattern::Capture(name) | Pattern::Star(Some(name)) => names.push(String::from(&**name)),
            Pattern::Sequence(patterns) => patterns.iter().for_each(|p| p.bound_names(names)),
            Pattern::Mapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| p.bound_names(names));
                if let Some(rest) = rest {
                    names.push(String::from(&**rest));
                }
            }
            Pattern::Class {
                patterns,
                keyword_patterns,
                ..
            } => {
                patterns.iter().for_each(|p| p.bound_names(names));
                keyword_patterns.iter().for_each(|p| p.bound_names(names));
            }
            Pattern::Or(alternatives) => {
                if let Some(first) = alternatives.first() {
                    first.bound_names(names);
                }
            }
            Pattern::As(pattern, name) => {
                pattern.bound_names(names);
                names.push(String::from(&**name));
            }
            _ => {}
        }
    }
}

pub(super) fn name(id: &str, ctx: ExprContext, start: (u32, u32)) -> Expr {
    at(
        ExprKind::Name {
            id: Ident::new(id),
            ctx,
        },
        start,
    )
}

fn compare(left: Expr, op: CmpOp, right: Expr, start: (u32, u32)) -> Expr {
    at(
        ExprKind::Compare {
            left: Box::new(left),
            comparisons: Box::new([(op, right)]),
        },
        start,
    )
}

/// `(target := value) is target`: binds and is always true.
fn bind(target: &str, value: Expr, start: (u32, u32)) -> Expr {
    let walrus = at(
        ExprKind::NamedExpr {
            target: Box::new(name(target, ExprContext::Store, start)),
            value: Box::new(value),
        },
        start,
    );
    compare(
        walrus,
        CmpOp::Is,
        name(target, ExprContext::Load, start),
        start,
    )
}

fn all_of(mut tests: Vec<Expr>, start: (u32, u32)) -> Expr {
    match tests.len() {
        0 => at(ExprKind::Constant(Constant::Bool(true)), start),
        1 => tests.pop().expect("one test"),
        _ => at(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values: tests,
            },
            start,
        ),
    }
}

pub(super) fn constant(value: Constant, start: (u32, u32)) -> Expr {
    at(ExprKind::Constant(value), start)
}

/// What a pattern is matched against: a temporary, or one item of a temporary tuple. Made
/// into a fresh expression at each use (the tree's nodes are never cloned).
#[derive(Clone, Copy)]
struct Subject<'s> {
    temporary: &'s str,
    index: Option<usize>,
}

impl Subject<'_> {
    fn expr(self, start: (u32, u32)) -> Expr {
        let temporary = name(self.temporary, ExprContext::Load, start);
        match self.index {
            None => temporary,
            Some(index) => at(
                ExprKind::Subscript {
                    value: Box::new(temporary),
                    slice: Box::new(constant(Constant::int(index as i64), start)),
                    ctx: ExprContext::Load,
                },
                start,
            ),
        }
    }
}

/// Lowers patterns of one `match` statement to tests, numbering its temporaries.
struct Lowering {
    /// `$m<line>`: the subject's temporary; parts are `$m<line>_<n>`.
    prefix: String,
    next_temporary: u32,
}

impl Lowering {
    fn temporary(&mut self) -> String {
        let name = format!("{}_{}", self.prefix, self.next_temporary);
        self.next_temporary += 1;
        name
    }

    /// Appends to `tests` what `pattern` checks of `subject` (an expression without side
    /// effects: a temporary or an item of one).
    fn tests(
        &mut self,
        pattern: Pattern,
        subject: Subject<'_>,
        start: (u32, u32),
        tests: &mut Vec<Expr>,
    ) {
        match pattern {
            Pattern::Wildcard | Pattern::Star(None) => {}
            Pattern::Capture(id) | Pattern::Star(Some(id)) => {
                tests.push(bind(&id, subject.expr(start), start));
            }
            Pattern::Value(value) => {
                tests.push(compare(subject.expr(start), CmpOp::Eq, *value, start));
            }
            Pattern::Singleton(value) => {
                let value = constant(value, start);
                tests.push(compare(subject.expr(start), CmpOp::Is, value, start));
            }
            Pattern::As(pattern, id) => {
                self.tests(*pattern, subject, start, tests);
                tests.push(bind(&id, subject.expr(start), start));
            }
            Pattern::Or(alternatives) => {
                let values = alternatives
                    .into_iter()
                    .map(|alternative| {
                        let mut inner = Vec::new();
                        self.tests(alternative, subject, start, &mut inner);
                        all_of(inner, start)
                    })
                    .collect();
                tests.push(at(
                    ExprKind::BoolOp {
                        op: BoolOp::Or,
                        values,
                    },
                    start,
                ));
            }
            Pattern::Sequence(patterns) => {
                let star = patterns.iter().position(|p| matches!(p, Pattern::Star(_)));
                let before = star.unwrap_or(patterns.len());
                let after = star.map_or(0, |s| patterns.len() - s - 1);
                let arguments = vec![
                    subject.expr(start),
                    constant(Constant::int(before as i64), start),
                    constant(Constant::int(after as i64), start),
                    constant(Constant::Bool(star.is_some()), start),
                ];
                self.helper("$match_sequence", arguments, patterns, start, tests);
            }
            Pattern::Mapping {
                keys,
                mut patterns,
                rest,
            } => {
                let has_rest = rest.is_some();
                let keys = at(
                    ExprKind::Tuple {
                        elts: keys,
                        ctx: ExprContext::Load,
                    },
                    start,
                );
                if let Some(rest) = rest {
                    patterns.push(Pattern::Capture(rest));
                }
                let arguments = vec![
                    subject.expr(start),
                    keys,
                    constant(Constant::Bool(has_rest), start),
                ];
                self.helper("$match_mapping", arguments, patterns, start, tests);
            }
            Pattern::Class {
                class,
                mut patterns,
                keyword_names,
                keyword_patterns,
            } => {
                let positional = patterns.len();
                let names = keyword_names
                    .iter()
                    .map(|n| constant(Constant::Str(String::from(&**n)), start))
                    .collect();
                let names = at(
                    ExprKind::Tuple {
                        elts: names,
                        ctx: ExprContext::Load,
                    },
                    start,
                );
                patterns.extend(keyword_patterns);
                let arguments = vec![
                    subject.expr(start),
                    *class,
                    constant(Constant::int(positional as i64), start),
                    names,
                ];
                self.helper("$match_class", arguments, patterns, start, tests);
            }
        }
    }

    /// `(t := helper(arguments)) is not None`, then each pattern against `t[i]`.
    fn helper(
        &mut self,
        helper: &str,
        arguments: Vec<Expr>,
        patterns: Vec<Pattern>,
        start: (u32, u32),
        tests: &mut Vec<Expr>,
    ) {
        let parts = self.temporary();
        let call = at(
            ExprKind::Call {
                func: Box::new(name(helper, ExprContext::Load, start)),
                args: arguments.into_boxed_slice(),
                keywords: Keywords::default(),
            },
            start,
        );
        let walrus = at(
            ExprKind::NamedExpr {
                target: Box::new(name(&parts, ExprContext::Store, start)),
                value: Box::new(call),
            },
            start,
        );
        tests.push(compare(
            walrus,
            CmpOp::IsNot,
            constant(Constant::None, start),
            start,
        ));
        for (index, pattern) in patterns.into_iter().enumerate() {
            let item = Subject {
                temporary: &parts,
                index: Some(index),
            };
            self.tests(pattern, item, start, tests);
        }
    }
}

impl<'a> Parser<'a> {
    /// `match subject:` and its `case` blocks, as an assignment of the subject to a
    /// temporary and an `if`/`elif` chain (the current token is the soft keyword `match`).
    // Never inlined: `statement` recurses once per nested block, and this frame is big.
    #[inline(never)]
    pub(crate) fn match_statement(&mut self, body: &mut Vec<Stmt>) -> ParseResult<()> {
        let start = self.pos();
        self.advance()?;
        let subject = self.star_expressions()?;
        let mut lowering = Lowering {
            prefix: format!("$m{}", start.0),
            next_temporary: 0,
        };
        let subject_name = lowering.prefix.clone();
        self.expect_op(Op::Colon)?;
        if self.tok.kind != TokenKind::Newline {
            return Err(self.unexpected());
        }
        self.advance()?;
        if self.tok.kind != TokenKind::Indent {
            let mut error = self.error_here(format!(
                "expected an indented block after 'match' statement on line {}",
                start.0
            ));
            error.kind = crate::ast::SyntaxErrorKind::Indentation;
            return Err(error);
        }
        self.advance()?;
        let mut branches: Vec<(Expr, Vec<Stmt>)> = Vec::new();
        let mut irrefutable: Option<(String, (u32, u32))> = None;
        while self.tok.kind == TokenKind::Name("case") {
            let case_start = self.pos();
            if let Some((message, (line, col))) = irrefutable.take() {
                return Err(self.error_at(message, line, col));
            }
            self.advance()?;
            let pattern = self.top_pattern()?;
            let mut names = Vec::new();
            pattern.bound_names(&mut names);
            if let Some(repeated) = names
                .iter()
                .enumerate()
                .find_map(|(i, n)| names[..i].contains(n).then_some(n.clone()))
            {
                return Err(self.error_at(
                    format!("multiple assignments to name '{repeated}' in pattern"),
                    case_start.0,
                    case_start.1 + 5,
                ));
            }
            let guard = if self.eat_keyword(Keyword::If)? {
                Some(self.named_expression()?)
            } else {
                None
            };
            if guard.is_none() && pattern.is_irrefutable() {
                irrefutable = Some((unreachable(&pattern), (case_start.0, case_start.1 + 5)));
            }
            let mut tests = Vec::new();
            let subject = Subject {
                temporary: &subject_name,
                index: None,
            };
            lowering.tests(pattern, subject, case_start, &mut tests);
            if let Some(guard) = guard {
                tests.push(*guard);
            }
            let case_body = self.block("'case' statement", case_start.0)?;
            self.make_room(&mut branches)?;
            branches.push((all_of(tests, case_start), case_body));
        }
        if branches.is_empty() {
            return Err(self.unexpected());
        }
        if self.tok.kind == TokenKind::Dedent {
            self.advance()?;
        } else if self.tok.kind != TokenKind::EndOfFile {
            return Err(self.unexpected());
        }
        let assign = at(
            StmtKind::Assign {
                targets: vec![name(&subject_name, ExprContext::Store, start)],
                value: *subject,
            },
            start,
        );
        let mut orelse: Vec<Stmt> = Vec::new();
        while let Some((test, case_body)) = branches.pop() {
            let position = test.position;
            orelse = vec![Located {
                node: StmtKind::If {
                    test,
                    body: case_body,
                    orelse,
                },
                position,
            }];
        }
        // The temporaries are set before the tests and deleted after the chain, so a class
        // body or a module keeps none of them (a `return`, `break` or exception out of a case
        // skips the `del`: harmless in a function, whose locals go anyway).
        let mut temporaries = vec![name(&subject_name, ExprContext::Del, start)];
        let mut parts = Vec::new();
        for index in 0..lowering.next_temporary {
            let part = format!("{subject_name}_{index}");
            parts.push(name(&part, ExprContext::Store, start));
            temporaries.push(name(&part, ExprContext::Del, start));
        }
        self.make_room(body)?;
        body.push(assign);
        if !parts.is_empty() {
            self.make_room(body)?;
            body.push(at(
                StmtKind::Assign {
                    targets: parts,
                    value: constant(Constant::None, start),
                },
                start,
            ));
        }
        for statement in orelse {
            self.make_room(body)?;
            body.push(statement);
        }
        self.make_room(body)?;
        body.push(at(
            StmtKind::Delete {
                targets: temporaries,
            },
            start,
        ));
        Ok(())
    }

    /// The pattern of a `case`: an open sequence (`case a, *rest:`) or one pattern.
    fn top_pattern(&mut self) -> ParseResult<Pattern> {
        let start = self.pos();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first, Pattern::Star(_)) {
                return Err(self.error_here("can't use starred expression here"));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::Colon) || self.at_keyword(Keyword::If) {
                break;
            }
            let item = self.maybe_star_pattern()?;
            self.make_room(&mut items)?;
            items.push(item);
        }
        self.sequence(items, start)
    }

    /// A sequence pattern from its items (at most one star).
    fn sequence(&self, items: Vec<Pattern>, (line, col): (u32, u32)) -> ParseResult<Pattern> {
        if items
            .iter()
            .filter(|p| matches!(p, Pattern::Star(_)))
            .count()
            > 1
        {
            return Err(self.error_at("multiple starred names in sequence pattern", line, col));
        }
        Ok(Pattern::Sequence(items))
    }

    fn maybe_star_pattern(&mut self) -> ParseResult<Pattern> {
        if self.eat_op(Op::Star)? {
            let id = self.expect_name()?;
            return Ok(Pattern::Star((id != "_").then(|| Ident::new(id))));
        }
        self.pattern()
    }

    /// `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> ParseResult<Pattern> {
        self.enter()?;
        let first_start = self.pos();
        let mut alternatives = vec![self.closed_pattern()?];
        let mut starts = Vec::new();
        while self.eat_op(Op::Pipe)? {
            self.make_room(&mut starts)?;
            starts.push(self.pos());
            let alternative = self.closed_pattern()?;
            self.make_room(&mut alternatives)?;
            alternatives.push(alternative);
        }
        let pattern = if alternatives.len() == 1 {
            alternatives.pop().expect("one alternative")
        } else {
            // As CPython, an irrefutable alternative is reported before differing names.
            let last = alternatives.len() - 1;
            let alternative_starts = core::iter::once(&first_start).chain(&starts);
            for (alternative, &(line, col)) in alternatives[..last].iter().zip(alternative_starts) {
                if alternative.is_irrefutable() {
                    return Err(self.error_at(unreachable(alternative), line, col));
                }
            }
            let mut first = Vec::new();
            alternatives[0].bound_names(&mut first);
            crate::sort::sort_unstable(&mut first);
            for (alternative, &(line, col)) in alternatives[1..].iter().zip(&starts) {
                let mut names = Vec::new();
                alternative.bound_names(&mut names);
                crate::sort::sort_unstable(&mut names);
                if names != first {
                    let message = "alternative patterns bind different names";
                    return Err(self.error_at(message, line, col));
                }
            }
            Pattern::Or(alternatives)
        };
        let pattern = if self.eat_keyword(Keyword::As)? {
            let id = self.expect_name()?;
            if id == "_" {
                return Err(self.error_here("cannot use '_' as a target"));
            }
            Pattern::As(Box::new(pattern), Ident::new(id))
        } else {
            pattern
        };
        self.leave();
        Ok(pattern)
    }

    fn closed_pattern(&mut self) -> ParseResult<Pattern> {
        match self.tok.kind {
            TokenKind::Keyword(Keyword::None) => {
                self.advance()?;
                Ok(Pattern::Singleton(Constant::None))
            }
            TokenKind::Keyword(Keyword::True) => {
                self.advance()?;
                Ok(Pattern::Singleton(Constant::Bool(true)))
            }
            TokenKind::Keyword(Keyword::False) => {
                self.advance()?;
                Ok(Pattern::Singleton(Constant::Bool(false)))
            }
            TokenKind::Number(_) | TokenKind::String(_) | TokenKind::Op(Op::Minus) => {
                Ok(Pattern::Value(self.literal_pattern("patterns")?))
            }
            TokenKind::Name(_) => self.name_pattern(),
            TokenKind::Op(Op::LeftParen) => {
                let start = self.pos();
                self.advance()?;
                if self.eat_op(Op::RightParen)? {
                    return Ok(Pattern::Sequence(Vec::new()));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat_op(Op::RightParen)? {
                    if matches!(first, Pattern::Star(_)) {
                        return self.sequence(vec![first], start);
                    }
                    return Ok(first);
                }
                let items = self.pattern_items(first, Op::RightParen)?;
                self.sequence(items, start)
            }
            TokenKind::Op(Op::LeftBracket) => {
                let start = self.pos();
                self.advance()?;
                if self.eat_op(Op::RightBracket)? {
                    return Ok(Pattern::Sequence(Vec::new()));
                }
                let first = self.maybe_star_pattern()?;
                let items = self.pattern_items(first, Op::RightBracket)?;
                self.sequence(items, start)
            }
            TokenKind::Op(Op::LeftBrace) => self.mapping_pattern(),
            _ => Err(self.unexpected()),
        }
    }

    /// The rest of a bracketed list of patterns after `first`, through `closing`.
    fn pattern_items(&mut self, first: Pattern, closing: Op) -> ParseResult<Vec<Pattern>> {
        let mut items = vec![first];
        while self.eat_op(Op::Comma)? {
            if self.at_op(closing) {
                break;
            }
            let item = self.maybe_star_pattern()?;
            self.make_room(&mut items)?;
            items.push(item);
        }
        self.expect_closing(closing)?;
        Ok(items)
    }

    /// Strings (not f-strings), a signed number, or a complex `real ± imaginary`: the
    /// grammar's literal patterns, nothing more general (`case 1 + 1:` is an error).
    /// `patterns` names what an f-string would be (a pattern, or a mapping pattern's key).
    fn literal_pattern(&mut self, patterns: &str) -> ParseResult<Box<Expr>> {
        let (line, col) = self.pos();
        if matches!(self.tok.kind, TokenKind::String(_)) {
            let strings = self.strings()?;
            if !matches!(strings.node, ExprKind::Constant(_)) {
                let message = format!("{patterns} may only match literals and attribute lookups");
                return Err(self.error_at(message, line, col));
            }
            return Ok(strings);
        }
        let real = self.signed_number()?;
        let op = match self.tok.kind {
            TokenKind::Op(Op::Plus) => Operator::Add,
            TokenKind::Op(Op::Minus) => Operator::Sub,
            _ => return Ok(real),
        };
        if is_imaginary(&real) {
            return Err(self.error_at("real number required in complex literal", line, col));
        }
        self.advance()?;
        let (imaginary_line, imaginary_col) = self.pos();
        if !matches!(self.tok.kind, TokenKind::Number(_)) {
            return Err(self.unexpected());
        }
        let imaginary = self.atom()?;
        if !is_imaginary(&imaginary) {
            let message = "imaginary number required in complex literal";
            return Err(self.error_at(message, imaginary_line, imaginary_col));
        }
        let complex = ExprKind::BinOp {
            left: real,
            op,
            right: imaginary,
        };
        Ok(super::expr::located(complex, (line, col)))
    }

    /// A number literal, or `-` and one.
    fn signed_number(&mut self) -> ParseResult<Box<Expr>> {
        let start = self.pos();
        let negative = self.eat_op(Op::Minus)?;
        if !matches!(self.tok.kind, TokenKind::Number(_)) {
            return Err(self.unexpected());
        }
        let number = self.atom()?;
        Ok(if negative {
            let negated = ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: number,
            };
            super::expr::located(negated, start)
        } else {
            number
        })
    }

    /// A capture, `_`, a dotted value, or a class pattern `Name.attr(...)`.
    fn name_pattern(&mut self) -> ParseResult<Pattern> {
        let start = self.pos();
        let first = self.expect_name()?;
        let mut value = name(first, ExprContext::Load, start);
        let mut dotted = false;
        while self.eat_op(Op::Dot)? {
            let attr = self.expect_name()?;
            value = at(
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr: Ident::new(attr),
                    ctx: ExprContext::Load,
                },
                start,
            );
            dotted = true;
        }
        if self.at_op(Op::LeftParen) {
            return self.class_pattern(Box::new(value));
        }
        if dotted {
            return Ok(Pattern::Value(Box::new(value)));
        }
        Ok(if first == "_" {
            Pattern::Wildcard
        } else {
            Pattern::Capture(Ident::new(first))
        })
    }

    fn class_pattern(&mut self, class: Box<Expr>) -> ParseResult<Pattern> {
        self.advance()?;
        let mut patterns = Vec::new();
        let mut keyword_names: Vec<Ident> = Vec::new();
        let mut keyword_patterns = Vec::new();
        while !self.at_op(Op::RightParen) {
            let is_keyword = matches!(self.tok.kind, TokenKind::Name(_))
                && self.peek()?.kind == TokenKind::Op(Op::Assign);
            if is_keyword {
                let id = self.expect_name()?;
                self.advance()?;
                if keyword_names.iter().any(|n| **n == *id) {
                    return Err(
                        self.error_here(format!("attribute name repeated in class pattern: {id}"))
                    );
                }
                let pattern = self.pattern()?;
                self.make_room(&mut keyword_names)?;
                keyword_names.push(Ident::new(id));
                self.make_room(&mut keyword_patterns)?;
                keyword_patterns.push(pattern);
            } else {
                if !keyword_names.is_empty() {
                    return Err(self.error_here("positional patterns follow keyword patterns"));
                }
                let pattern = self.pattern()?;
                self.make_room(&mut patterns)?;
                patterns.push(pattern);
            }
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        self.expect_closing(Op::RightParen)?;
        Ok(Pattern::Class {
            class,
            patterns,
            keyword_names,
            keyword_patterns,
        })
    }

    fn mapping_pattern(&mut self) -> ParseResult<Pattern> {
        self.advance()?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op(Op::RightBrace) {
            if self.eat_op(Op::DoubleStar)? {
                let id = self.expect_name()?;
                if id == "_" {
                    return Err(self.unexpected());
                }
                rest = Some(Ident::new(id));
                self.eat_op(Op::Comma)?;
                if !self.at_op(Op::RightBrace) {
                    return Err(self.unexpected()); // `**rest` comes last
                }
                break;
            }
            let key =
                match self.tok.kind {
                    TokenKind::Keyword(Keyword::None) => {
                        let start = self.pos();
                        self.advance()?;
                        constant(Constant::None, start)
                    }
                    TokenKind::Keyword(Keyword::True | Keyword::False) => {
                        let start = self.pos();
                        let value = self.tok.kind == TokenKind::Keyword(Keyword::True);
                        self.advance()?;
                        constant(Constant::Bool(value), start)
                    }
                    TokenKind::Name(_) => match self.name_pattern()? {
                        Pattern::Value(value) => *value,
                        _ => return Err(self.error_here(
                            "mapping pattern keys may only match literals and attribute lookups",
                        )),
                    },
                    _ => *self.literal_pattern("mapping pattern keys")?,
                };
            if let ExprKind::Constant(value) = &key.node {
                let repeated = keys
                    .iter()
                    .any(|k: &Expr| matches!(&k.node, ExprKind::Constant(v) if v == value));
                if repeated {
                    let text = match value {
                        Constant::Str(text) => format!("'{text}'"),
                        Constant::Int(n) => format!("{}", n.get()),
                        Constant::None => String::from("None"),
                        Constant::Bool(b) => String::from(if *b { "True" } else { "False" }),
                        _ => String::from("..."),
                    };
                    return Err(self.error_at(
                        format!("mapping pattern checks duplicate key ({text})"),
                        key.line(),
                        key.col(),
                    ));
                }
            }
            self.expect_op(Op::Colon)?;
            let pattern = self.pattern()?;
            self.make_room(&mut keys)?;
            keys.push(key);
            self.make_room(&mut patterns)?;
            patterns.push(pattern);
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        self.expect_closing(Op::RightBrace)?;
        Ok(Pattern::Mapping {
            keys,
            patterns,
            rest,
        })
    }
}
