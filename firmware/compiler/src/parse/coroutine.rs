//! `async with` and `async for`, parsed into the statements they mean (as `match` is), so the
//! compiler needs nothing of its own for them:
//!
//! ```text
//! async with m as v:            $w = $async_with(m)         # (bound __aexit__, __aenter__())
//!     body                      v = await $w[1]
//!                               $w_ok = True
//!                               try: body
//!                               except BaseException as $w_e:
//!                                   $w_ok = False
//!                                   if not await $w[0]($w_e.__class__, $w_e, $w_e.__traceback__):
//!                                       raise
//!                               finally:
//!                                   if $w_ok: await $w[0](None, None, None)
//!
//! async for x in it:            $f = $aiter(it); $f_go = True
//!     body                      while $f_go:
//! else:                             try: $f_v = await $anext($f)
//!     orelse                        except StopAsyncIteration: $f_go = False
//!                                   else: x = $f_v; body
//!                               else: orelse
//! ```
//!
//! The helpers live in `runtime/src/vm/generator.rs`; `$` names are temporaries no source
//! can spell.

use super::at;
use super::pattern::{constant, name};
use super::{FunctionKind, ParseResult, Parser};
use crate::ast::{
    Constant, ExceptHandler, Expr, ExprContext, ExprKind, Ident, Keywords, Stmt, StmtKind, UnaryOp,
};
use crate::lex::Keyword;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

fn call(function: &str, args: Vec<Expr>, start: (u32, u32)) -> Expr {
    call_value(name(function, ExprContext::Load, start), args, start)
}

fn call_value(function: Expr, args: Vec<Expr>, start: (u32, u32)) -> Expr {
    at(
        ExprKind::Call {
            func: Box::new(function),
            args: args.into_boxed_slice(),
            keywords: Keywords::default(),
        },
        start,
    )
}

/// `await value`, as the parser reads it (`yield from $awaitable(value)`).
fn awaited(value: Expr, start: (u32, u32)) -> Expr {
    at(
        ExprKind::YieldFrom {
            value: Box::new(call("$awaitable", vec![value], start)),
        },
        start,
    )
}

fn item(temporary: &str, index: i64, start: (u32, u32)) -> Expr {
    at(
        ExprKind::Subscript {
            value: Box::new(name(temporary, ExprContext::Load, start)),
            slice: Box::new(constant(Constant::int(index), start)),
            ctx: ExprContext::Load,
        },
        start,
    )
}

fn assign(target: Expr, value: Expr, start: (u32, u32)) -> Stmt {
    at(
        StmtKind::Assign {
            targets: vec![target],
            value,
        },
        start,
    )
}

fn set_flag(flag: &str, value: bool, start: (u32, u32)) -> Stmt {
    let target = name(flag, ExprContext::Store, start);
    assign(target, constant(Constant::Bool(value), start), start)
}

fn attribute(value: Expr, attr: &str, start: (u32, u32)) -> Expr {
    at(
        ExprKind::Attribute {
            value: Box::new(value),
            attr: Ident::new(attr),
            ctx: ExprContext::Load,
        },
        start,
    )
}

impl<'a> Parser<'a> {
    /// After `async` (the current token is `with` or `for`).
    pub(crate) fn async_compound(&mut self, start: (u32, u32)) -> ParseResult<Vec<Stmt>> {
        let is_with = self.at_keyword(Keyword::With);
        if self.function_kind != FunctionKind::Async {
            let what = if is_with { "async with" } else { "async for" };
            return Err(self.error_at(
                format!("'{what}' outside async function"),
                start.0,
                start.1,
            ));
        }
        if is_with {
            self.async_with(start)
        } else {
            self.async_for(start)
        }
    }

    fn async_with(&mut self, start: (u32, u32)) -> ParseResult<Vec<Stmt>> {
        self.advance()?;
        let items = self.any_with_items()?;
        let mut body = self.block("'async with' statement", start.0)?;
        // The last item is innermost.
        for (index, with_item) in items.into_iter().enumerate().rev() {
            let temporary = format!("$w{}_{}_{index}", start.0, start.1);
            let ok = format!("{temporary}_ok");
            let error = format!("{temporary}_e");
            let mut statements = Vec::new();
            let manager = call("$async_with", vec![with_item.context_expr], start);
            statements.push(assign(
                name(&temporary, ExprContext::Store, start),
                manager,
                start,
            ));
            let entered = awaited(item(&temporary, 1, start), start);
            statements.push(match with_item.optional_vars {
                Some(target) => assign(target, entered, start),
                None => at(StmtKind::Expr { value: entered }, start),
            });
            statements.push(set_flag(&ok, true, start));
            let error_value = || name(&error, ExprContext::Load, start);
            let exit_with_error = call_value(
                item(&temporary, 0, start),
                vec![
                    attribute(error_value(), "__class__", start),
                    error_value(),
                    attribute(error_value(), "__traceback__", start),
                ],
                start,
            );
            let suppressed = at(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(awaited(exit_with_error, start)),
                },
                start,
            );
            let reraise = at(
                StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                start,
            );
            let handler = ExceptHandler {
                typ: Some(name("BaseException", ExprContext::Load, start)),
                name: Some(Ident::new(&error)),
                body: vec![
                    set_flag(&ok, false, start),
                    at(
                        StmtKind::If {
                            test: suppressed,
                            body: vec![reraise],
                            orelse: Vec::new(),
                        },
                        start,
                    ),
                ],
                line: start.0,
                col: start.1,
                star: false,
            };
            let none = || constant(Constant::None, start);
            let clean_exit = call_value(
                item(&temporary, 0, start),
                vec![none(), none(), none()],
                start,
            );
            let finally = at(
                StmtKind::If {
                    test: name(&ok, ExprContext::Load, start),
                    body: vec![at(
                        StmtKind::Expr {
                            value: awaited(clean_exit, start),
                        },
                        start,
                    )],
                    orelse: Vec::new(),
                },
                start,
            );
            statements.push(at(
                StmtKind::Try {
                    body,
                    handlers: vec![handler],
                    orelse: Vec::new(),
                    finalbody: vec![finally],
                },
                start,
            ));
            body = statements;
        }
        Ok(body)
    }

    fn async_for(&mut self, start: (u32, u32)) -> ParseResult<Vec<Stmt>> {
        self.advance()?;
        let target = self.target_list()?;
        self.expect_keyword(Keyword::In)?;
        let iterable = *self.star_expressions()?;
        self.reject_bare_starred(&iterable)?;
        let mut body = self.block("'async for' statement", start.0)?;
        let orelse = self.else_block()?;
        let iterator: String = format!("$f{}_{}", start.0, start.1);
        let going = format!("{iterator}_go");
        let value = format!("{iterator}_v");
        let next = awaited(
            call(
                "$anext",
                vec![name(&iterator, ExprContext::Load, start)],
                start,
            ),
            start,
        );
        let stop = ExceptHandler {
            typ: Some(name("StopAsyncIteration", ExprContext::Load, start)),
            name: None,
            body: vec![set_flag(&going, false, start)],
            line: start.0,
            col: start.1,
            star: false,
        };
        body.insert(
            0,
            assign(*target, name(&value, ExprContext::Load, start), start),
        );
        let step = at(
            StmtKind::Try {
                body: vec![assign(name(&value, ExprContext::Store, start), next, start)],
                handlers: vec![stop],
                orelse: body,
                finalbody: Vec::new(),
            },
            start,
        );
        let aiter = call("$aiter", vec![iterable], start);
        Ok(vec![
            assign(name(&iterator, ExprContext::Store, start), aiter, start),
            set_flag(&going, true, start),
            at(
                StmtKind::While {
                    test: name(&going, ExprContext::Load, start),
                    body: vec![step],
                    orelse,
                },
                start,
            ),
        ])
    }
}
