//! Assignment and deletion targets: checking that an expression can be assigned to (or
//! deleted) and setting the `Store`/`Del` context through tuples, lists and starred items.

use super::ParseResult;
use crate::ast::{Constant, Expr, ExprContext, ExprKind};
use crate::lex::syntax_error;
use alloc::boxed::Box;

fn boxed_error(
    msg: impl Into<alloc::string::String>,
    line: u32,
    col: u32,
) -> Box<crate::ast::SyntaxError> {
    Box::new(syntax_error(msg, line, col))
}
use alloc::format;

/// How CPython names an expression in "cannot assign to ..." messages.
pub(crate) fn expr_name(expr: &Expr) -> &'static str {
    match &expr.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Is this the kind of expression CPython suggests `==` for when it is assigned to?
pub(crate) fn is_comparison_candidate(expr: &Expr) -> bool {
    !matches!(
        expr.node,
        ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Constant(Constant::None | Constant::Bool(_))
    )
}

/// Sets `ctx` on a target and everything inside it, or explains why it is not a target.
/// `top` is true for the whole target (a bare `*x` is not allowed there).
pub(crate) fn set_context(expr: &mut Expr, ctx: ExprContext, top: bool) -> ParseResult<()> {
    let (line, col) = (expr.line(), expr.col());
    let verb = if ctx == ExprContext::Del {
        "delete"
    } else {
        "assign to"
    };
    match &mut expr.node {
        ExprKind::Name { id, ctx: slot } => {
            if id == "__debug__" {
                return Err(boxed_error(format!("cannot {verb} __debug__"), line, col));
            }
            *slot = ctx;
        }
        ExprKind::Attribute { attr, .. } if attr == "__debug__" => {
            return Err(boxed_error(format!("cannot {verb} __debug__"), line, col));
        }
        ExprKind::Attribute { ctx: slot, .. } | ExprKind::Subscript { ctx: slot, .. } => {
            *slot = ctx
        }
        ExprKind::Starred { value, ctx: slot } => {
            if ctx == ExprContext::Del {
                return Err(boxed_error("cannot delete starred", line, col));
            }
            if top {
                return Err(boxed_error(
                    "starred assignment target must be in a list or tuple",
                    line,
                    col,
                ));
            }
            *slot = ctx;
            set_context(value, ctx, false)?;
        }
        ExprKind::Tuple { elts, ctx: slot } | ExprKind::List { elts, ctx: slot } => {
            *slot = ctx;
            for element in elts.iter_mut() {
                set_context(element, ctx, false)?;
            }
        }
        _ => {
            return Err(boxed_error(
                format!("cannot {verb} {}", expr_name(expr)),
                line,
                col,
            ));
        }
    }
    Ok(())
}
