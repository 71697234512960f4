//! Unparse: an expression's source text, as CPython writes it back.
//!
//! Under `from __future__ import annotations` (PEP 563) an annotation is kept as the string
//! CPython 3.11's compiler makes of its tree (`Python/ast_unparse.c`, as documented by
//! PEP 563): names and literals as written, one space around binary operators, parentheses
//! only where precedence needs them, `repr()` of constants.

use alloc::string::String;

use crate::ast::{
    Arguments, BoolOp, CmpOp, Comprehension, Constant, Conversion, Expr, ExprKind, Operator,
    UnaryOp,
};

/// How tightly an expression binds, loosest first: a part is parenthesized when its
/// context asks for more than it has.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Precedence {
    fn next(self) -> Precedence {
        use Precedence::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text of `expr` as an annotation string.
pub(crate) fn annotation(expr: &Expr) -> String {
    let mut out = String::new();
    write(&mut out, expr, Precedence::Test);
    out
}

fn operator(op: Operator) -> (&'static str, Precedence) {
    use Precedence::*;
    match op {
        Operator::Add => (" + ", Arith),
        Operator::Sub => (" - ", Arith),
        Operator::Mult => (" * ", Term),
        Operator::MatMult => (" @ ", Term),
        Operator::Div => (" / ", Term),
        Operator::Mod => (" % ", Term),
        Operator::FloorDiv => (" // ", Term),
        Operator::Pow => (" ** ", Power),
        Operator::LShift => (" << ", Shift),
        Operator::RShift => (" >> ", Shift),
        Operator::BitOr => (" | ", BitOr),
        Operator::BitXor => (" ^ ", BitXor),
        Operator::BitAnd => (" & ", BitAnd),
    }
}

fn comparison(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// `items` written one after the other, `", "` between them, each at `level`.
fn list(out: &mut String, items: &[Expr], level: Precedence) {
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        write(out, item, level);
    }
}

fn write(out: &mut String, expr: &Expr, level: Precedence) {
    use Precedence as P;
    // Opens a parenthesis when this expression binds looser than its context needs; the
    // caller closes it with the `bool` it returns.
    let open = |out: &mut String, own: Precedence| {
        let needed = level > own;
        if needed {
            out.push('(');
        }
        needed
    };
    let close = |out: &mut String, opened: bool| {
        if opened {
            out.push(')');
        }
    };
    match &expr.node {
        ExprKind::Name { id, .. } => out.push_str(id.as_str()),
        ExprKind::Constant(value) => constant(out, value),
        ExprKind::Attribute { value, attr, .. } => {
            write(out, value, P::Atom);
            // `1 .real`: a period right after an int would read as a float.
            let int = matches!(
                value.node,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt { .. })
            );
            out.push_str(if int { " ." } else { "." });
            out.push_str(attr.as_str());
        }
        ExprKind::Subscript { value, slice, .. } => {
            write(out, value, P::Atom);
            out.push('[');
            match &slice.node {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    list(out, elts, P::Test);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(out, slice, P::Tuple),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                write(out, lower, P::Test);
            }
            out.push(':');
            if let Some(upper) = upper {
                write(out, upper, P::Test);
            }
            if let Some(step) = step {
                out.push(':');
                write(out, step, P::Test);
            }
        }
        ExprKind::Tuple { elts, .. } => {
            let opened = elts.is_empty() || level > P::Tuple;
            if opened {
                out.push('(');
            }
            list(out, elts, P::Test);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, opened);
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            list(out, elts, P::Test);
            out.push(']');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            list(out, elts, P::Test);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (index, (key, value)) in keys.iter().zip(values.iter()).enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                match key {
                    Some(key) => {
                        write(out, key, P::Test);
                        out.push_str(": ");
                        write(out, value, P::Test);
                    }
                    None => {
                        out.push_str("**");
                        write(out, value, P::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write(out, value, P::BitOr);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, own) = operator(*op);
            let opened = open(out, own);
            // `**` groups to the right, every other operator to the left.
            let (left_level, right_level) = match op {
                Operator::Pow => (own.next(), own),
                _ => (own, own.next()),
            };
            write(out, left, left_level);
            out.push_str(text);
            write(out, right, right_level);
            close(out, opened);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, own) = match op {
                UnaryOp::Not => ("not ", P::Not),
                UnaryOp::Invert => ("~", P::Factor),
                UnaryOp::UAdd => ("+", P::Factor),
                UnaryOp::USub => ("-", P::Factor),
            };
            let opened = open(out, own);
            out.push_str(text);
            write(out, operand, own);
            close(out, opened);
        }
        ExprKind::BoolOp { op, values } => {
            let (text, own) = match op {
                BoolOp::And => (" and ", P::And),
                BoolOp::Or => (" or ", P::Or),
            };
            let opened = open(out, own);
            for (index, value) in values.iter().enumerate() {
                if index > 0 {
                    out.push_str(text);
                }
                write(out, value, own.next());
            }
            close(out, opened);
        }
        ExprKind::Compare { left, comparisons } => {
            let opened = open(out, P::Compare);
            write(out, left, P::Compare.next());
            for (op, right) in comparisons.iter() {
                out.push_str(comparison(*op));
                write(out, right, P::Compare.next());
            }
            close(out, opened);
        }
        ExprKind::IfExp { test, body, orelse } => {
            let opened = open(out, P::Test);
            write(out, body, P::Test.next());
            out.push_str(" if ");
            write(out, test, P::Test.next());
            out.push_str(" else ");
            write(out, orelse, P::Test);
            close(out, opened);
        }
        ExprKind::NamedExpr { target, value } => {
            let opened = open(out, P::Tuple);
            write(out, target, P::Atom);
            out.push_str(" := ");
            write(out, value, P::Atom);
            close(out, opened);
        }
        ExprKind::Lambda { args, body } => {
            let opened = open(out, P::Test);
            out.push_str("lambda");
            arguments(out, args);
            out.push_str(": ");
            write(out, body, P::Test);
            close(out, opened);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write(out, func, P::Atom);
            out.push('(');
            // A lone generator argument keeps only its own parentheses.
            match (&args[..], keywords.is_empty()) {
                ([only], true) if matches!(only.node, ExprKind::GeneratorExp { .. }) => {
                    if let ExprKind::GeneratorExp { elt, generators } = &only.node {
                        write(out, elt, P::Test);
                        comprehensions(out, generators);
                    }
                }
                _ => {
                    list(out, args, P::Test);
                    for (index, keyword) in keywords.iter().enumerate() {
                        if index > 0 || !args.is_empty() {
                            out.push_str(", ");
                        }
                        match &keyword.arg {
                            Some(name) => {
                                out.push_str(name.as_str());
                                out.push('=');
                            }
                            None => out.push_str("**"),
                        }
                        write(out, &keyword.value, P::Test);
                    }
                }
            }
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            write(out, elt, P::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            write(out, elt, P::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            write(out, elt, P::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            write(out, key, P::Test);
            out.push_str(": ");
            write(out, value, P::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        // Not allowed in an annotation (the compiler says so first); written for completeness.
        ExprKind::Yield { value } => {
            out.push_str("(yield");
            if let Some(value) = value {
                out.push(' ');
                write(out, value, P::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            write(out, value, P::Test);
            out.push(')');
        }
        ExprKind::JoinedStr { values } => {
            let mut body = String::new();
            fstring_body(&mut body, values);
            out.push('f');
            string(out, &body);
        }
        ExprKind::FormattedValue { .. } => {
            let mut body = String::new();
            fstring_body(&mut body, core::slice::from_ref(expr));
            out.push('f');
            string(out, &body);
        }
    }
}

/// The inside of an f-string (before it is quoted): literal parts with braces doubled, and
/// each field as `{expression!conversion:spec}`.
fn fstring_body(out: &mut String, values: &[Expr]) {
    for value in values {
        match &value.node {
            ExprKind::Constant(Constant::Str(text)) => {
                out.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut field = String::new();
                write(&mut field, value, Precedence::Test.next());
                out.push('{');
                // `{{` would read as an escaped brace.
                if field.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&field);
                match conversion {
                    Conversion::None => {}
                    Conversion::Str => out.push_str("!s"),
                    Conversion::Repr => out.push_str("!r"),
                    Conversion::Ascii => out.push_str("!a"),
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.node {
                        fstring_body(out, values);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for generator in generators {
        out.push_str(if generator.is_async {
            " async for "
        } else {
            " for "
        });
        write(out, &generator.target, Precedence::Tuple);
        out.push_str(" in ");
        write(out, &generator.iter, Precedence::Test.next());
        for condition in &generator.ifs {
            out.push_str(" if ");
            write(out, condition, Precedence::Test.next());
        }
    }
}

/// A lambda's parameters, with the space that follows `lambda` when there are any.
fn arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut separator = |out: &mut String| {
        out.push_str(if first { " " } else { ", " });
        first = false;
    };
    let positional = args.posonlyargs.len() + args.args.len();
    let defaults_from = positional - args.defaults.len().min(positional);
    for (index, arg) in args.posonlyargs.iter().chain(&args.args).enumerate() {
        separator(out);
        out.push_str(arg.arg.as_str());
        if index >= defaults_from {
            out.push('=');
            write(out, &args.defaults[index - defaults_from], Precedence::Test);
        }
        if index + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if let Some(vararg) = &args.vararg {
        separator(out);
        out.push('*');
        out.push_str(vararg.arg.as_str());
    } else if !args.kwonlyargs.is_empty() {
        separator(out);
        out.push('*');
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        separator(out);
        out.push_str(arg.arg.as_str());
        if let Some(default) = default {
            out.push('=');
            write(out, default, Precedence::Test);
        }
    }
    if let Some(kwarg) = &args.kwarg {
        separator(out);
        out.push_str("**");
        out.push_str(kwarg.arg.as_str());
    }
}

/// `repr()` of a literal; infinities as `1e309`, which reads back as one.
fn constant(out: &mut String, value: &Constant) {
    use core::fmt::Write;
    let float = |out: &mut String, x: f64| {
        if x.is_infinite() {
            out.push_str("1e309");
        } else {
            out.push_str(&pyrite_num::float::repr(x));
        }
    };
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(n) => {
            let _ = write!(out, "{}", n.get());
        }
        Constant::BigInt { digits, radix } => {
            match pyrite_num::bigint::BigInt::parse(digits, u32::from(*radix)) {
                Some(n) => out.push_str(&n.to_string_radix(10)),
                None => out.push_str(digits),
            }
        }
        Constant::Float(x) => float(out, x.get()),
        Constant::Imaginary(x) => {
            // `repr(2j)` is '2j': a complex's parts drop the float's `.0`.
            let start = out.len();
            float(out, x.get());
            if out.ends_with(".0") && out.len() - start > 2 {
                out.truncate(out.len() - 2);
            }
            out.push('j');
        }
        Constant::Str(text) => string(out, text),
        Constant::Bytes(bytes) => {
            out.push('b');
            quoted(out, bytes.iter().map(|&b| char::from(b)), true);
        }
    }
}

fn string(out: &mut String, text: &str) {
    quoted(out, text.chars(), false);
}

/// `repr()`'s quoting: single quotes unless the text has one and no double quote.
fn quoted(out: &mut String, chars: impl Iterator<Item = char> + Clone, bytes: bool) {
    use core::fmt::Write;
    let has = |c: char| chars.clone().any(|x| x == c);
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    out.push(quote);
    for c in chars {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f || (bytes && c as u32 > 0x7f) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            // (Pyrite's compiler has no Unicode tables: other code points are kept, where
            // CPython escapes the unprintable ones.)
            _ => out.push(c),
        }
    }
    out.push(quote);
}
