//! Constant folding: literals, tuples of literals, and number arithmetic that cannot raise.
//!
//! Only operations whose result is certain at compile time are folded: `-1`, `2 * 3`,
//! `1.5 + 2`, `(1, 'a', None)`. Anything that could raise (division by zero, overflow of the
//! 64-bit constant range, negative shift counts) or whose exact result needs more than an
//! `f64` is left to the VM, so folding never changes what a program does.

use alloc::string::String;
use alloc::vec::Vec;

use super::code::Const;
use crate::ast::{Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};

/// 2**53: integers up to this size convert to `f64` exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// The constant a literal makes; None when the heap has no block for its copy (a literal as
/// long as the free heap: the caller reports it as out of memory).
pub(crate) fn constant(value: &Constant) -> Option<Const> {
    let text = |text: &str| -> Option<String> {
        let mut copy = String::new();
        copy.try_reserve_exact(text.len()).ok()?;
        copy.push_str(text);
        Some(copy)
    };
    Some(match value {
        Constant::None => Const::None,
        Constant::Bool(value) => Const::Bool(*value),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(value) => Const::Int(value.get()),
        Constant::BigInt { digits, radix } => Const::BigInt {
            digits: text(digits)?,
            radix: u32::from(*radix),
        },
        Constant::Float(value) => Const::Float(value.get()),
        Constant::Imaginary(value) => Const::Imaginary(value.get()),
        Constant::Str(value) => Const::Str(text(value)?),
        Constant::Bytes(value) => {
            let mut copy = Vec::new();
            copy.try_reserve_exact(value.len()).ok()?;
            copy.extend_from_slice(value);
            Const::Bytes(copy)
        }
    })
}

/// How deep folding looks into an expression (long operator chains are not folded whole).
const MAX_FOLD_DEPTH: u32 = 32;

/// The value of `expr` if it is known at compile time.
pub(crate) fn fold(expr: &Expr) -> Option<Const> {
    fold_at(expr, 0)
}

/// Folds every expression of `elts`: None when one is not a constant, or when the heap has
/// no block for the list (a long literal on a full heap: the caller then emits code that
/// builds the value, and runs out of memory the checked way if it must).
pub(crate) fn fold_all(elts: &[Expr]) -> Option<Vec<Const>> {
    fold_each(elts, 0)
}

/// [`fold_all`] for items `depth` levels down.
fn fold_each(elts: &[Expr], depth: u32) -> Option<Vec<Const>> {
    let mut items = Vec::new();
    items.try_reserve_exact(elts.len()).ok()?;
    for elt in elts {
        items.push(fold_at(elt, depth)?);
    }
    Some(items)
}

fn fold_at(expr: &Expr, depth: u32) -> Option<Const> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    match &expr.node {
        ExprKind::Constant(value) => constant(value),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => Some(Const::Tuple(fold_each(elts, depth + 1)?)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, &fold_number(operand, depth + 1)?),
        ExprKind::BinOp { left, op, right } => {
            let left = fold_number(left, depth + 1)?;
            let right = fold_number(right, depth + 1)?;
            fold_binary(&left, *op, &right)
        }
        _ => None,
    }
}

/// Folds only to numbers (so `fold` never builds big tuples just to discard them).
fn fold_number(expr: &Expr, depth: u32) -> Option<Const> {
    match &expr.node {
        ExprKind::Constant(Constant::Int(value)) => Some(Const::Int(value.get())),
        ExprKind::Constant(Constant::Float(value)) => Some(Const::Float(value.get())),
        ExprKind::Constant(Constant::BigInt { digits, radix }) => Some(Const::BigInt {
            digits: digits.clone(),
            radix: u32::from(*radix),
        }),
        ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => fold_at(expr, depth),
        _ => None,
    }
}

fn fold_unary(op: UnaryOp, value: &Const) -> Option<Const> {
    match (op, value) {
        (UnaryOp::USub, Const::Int(value)) => value.checked_neg().map(Const::Int),
        (UnaryOp::USub, Const::Float(value)) => Some(Const::Float(-value)),
        // -9223372036854775808 is written as a big literal but fits after negation.
        (UnaryOp::USub, Const::BigInt { digits, radix }) => {
            let magnitude = u128::from_str_radix(digits, *radix).ok()?;
            (magnitude == 1u128 << 63).then_some(Const::Int(i64::MIN))
        }
        (UnaryOp::UAdd, Const::Int(_) | Const::Float(_)) => Some(value.clone()),
        (UnaryOp::Invert, Const::Int(value)) => Some(Const::Int(!value)),
        _ => None,
    }
}

fn as_float(value: &Const) -> Option<f64> {
    match value {
        Const::Int(value) => Some(*value as f64),
        Const::Float(value) => Some(*value),
        _ => None,
    }
}

fn fold_binary(left: &Const, op: Operator, right: &Const) -> Option<Const> {
    if let (Const::Int(a), Const::Int(b)) = (left, right) {
        return fold_int(*a, op, *b);
    }
    if !matches!(left, Const::Float(_)) && !matches!(right, Const::Float(_)) {
        return None;
    }
    let a = as_float(left)?;
    let b = as_float(right)?;
    let result = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        _ => return None,
    };
    Some(Const::Float(result))
}

fn fold_int(a: i64, op: Operator, b: i64) -> Option<Const> {
    let result = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv => {
            let quotient = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                quotient - 1
            } else {
                quotient
            }
        }
        Operator::Mod => {
            let remainder = a.checked_rem(b)?;
            if remainder != 0 && ((remainder < 0) != (b < 0)) {
                remainder + b
            } else {
                remainder
            }
        }
        Operator::Pow => {
            let exponent = u32::try_from(b).ok()?;
            a.checked_pow(exponent)?
        }
        Operator::LShift => {
            let shift = u32::try_from(b).ok()?;
            if shift >= 64 {
                if a == 0 {
                    0
                } else {
                    return None;
                }
            } else {
                let wide = (a as i128) << shift;
                i64::try_from(wide).ok()?
            }
        }
        Operator::RShift => {
            let shift = u32::try_from(b).ok()?;
            a >> shift.min(63)
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div => {
            if b == 0 || a.abs() > EXACT_FLOAT_INT || b.abs() > EXACT_FLOAT_INT {
                return None;
            }
            return Some(Const::Float(a as f64 / b as f64));
        }
        Operator::MatMult => return None,
    };
    Some(Const::Int(result))
}

/// Whether the value of a constant is true (`None` when it cannot be known cheaply).
pub(crate) fn truthiness(value: &Const) -> Option<bool> {
    Some(match value {
        Const::None => false,
        Const::Bool(value) => *value,
        Const::Ellipsis => true,
        Const::Int(value) => *value != 0,
        Const::BigInt { digits, .. } => digits.bytes().any(|digit| digit != b'0'),
        Const::Float(value) => *value != 0.0,
        Const::Imaginary(value) => *value != 0.0,
        Const::Str(value) => !value.is_empty(),
        Const::Bytes(value) => !value.is_empty(),
        Const::Tuple(items) => !items.is_empty(),
        Const::Code(_) | Const::Loaded(_) => return None,
    })
}

/// Constant identity for the constant table: like `==` but telling `0.0` from `-0.0`, `1`
/// from `1.0` and `True`, and never merging code objects.
pub(crate) fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Imaginary(x), Const::Imaginary(y)) => {
            x.to_bits() == y.to_bits()
        }
        (Const::Tuple(xs), Const::Tuple(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys.iter()).all(|(x, y)| same_const(x, y))
        }
        (Const::Code(_) | Const::Loaded(_), _) | (_, Const::Code(_) | Const::Loaded(_)) => false,
        _ => a == b,
    }
}
