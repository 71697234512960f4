//! Parser tests: tree shapes, positions, CPython's error messages and lines, `at_eof`, and
//! never panicking on random or mutated input. Expected messages are CPython 3.11's.

use super::parse;
use crate::ast::*;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// A compact S-expression of an expression tree, for shape checks.
fn sx(e: &Expr) -> String {
    let list = |items: &[Expr]| items.iter().map(sx).collect::<Vec<_>>().join(" ");
    let ctx = |c: &ExprContext| match c {
        ExprContext::Load => "",
        ExprContext::Store => "!",
        ExprContext::Del => "~",
    };
    let opt = |o: &Option<Box<Expr>>| o.as_ref().map_or("_".to_string(), |e| sx(e));
    let comps = |g: &[Comprehension]| {
        g.iter()
            .map(|c| format!("(for {} {} {})", sx(&c.target), sx(&c.iter), list(&c.ifs)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match &e.node {
        ExprKind::Name { id, ctx: c } => format!("{id}{}", ctx(c)),
        ExprKind::Constant(Constant::Int(i)) => format!("{}", i.get()),
        ExprKind::Constant(Constant::Str(s)) => format!("{s:?}"),
        ExprKind::Constant(c) => format!("{c:?}"),
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sx(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare { left, comparisons } => {
            let mut out = format!("(cmp {}", sx(left));
            for (op, right) in comparisons.iter() {
                out.push_str(&format!(" {op:?} {}", sx(right)));
            }
            out + ")"
        }
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
        ExprKind::Lambda { body, .. } => format!("(lambda {})", sx(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("{{{}}}", items.join(" "))
        }
        ExprKind::Set { elts } => format!("(set {})", list(elts)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", sx(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", sx(elt), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", sx(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!("(dictcomp {} {} {})", sx(key), sx(value), comps(generators))
        }
        ExprKind::Yield { value } => format!("(yield {})", opt(value)),
        ExprKind::YieldFrom { value } => format!("(yieldfrom {})", sx(value)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut out = format!("(call {}", sx(func));
            for arg in args {
                out.push_str(&format!(" {}", sx(arg)));
            }
            for keyword in keywords.iter() {
                match &keyword.arg {
                    Some(name) => out.push_str(&format!(" {name}={}", sx(&keyword.value))),
                    None => out.push_str(&format!(" **{}", sx(&keyword.value))),
                }
            }
            out + ")"
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            format!("(fv {} {conversion:?} {})", sx(value), opt(format_spec))
        }
        ExprKind::JoinedStr { values } => format!("(f {})", list(values)),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => format!("{}.{attr}{}", sx(value), ctx(c)),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => format!("{}[{}]{}", sx(value), sx(slice), ctx(c)),
        ExprKind::Starred { value, ctx: c } => format!("*{}{}", sx(value), ctx(c)),
        ExprKind::List { elts, ctx: c } => format!("[{}]{}", list(elts), ctx(c)),
        ExprKind::Tuple { elts, ctx: c } => format!("({},){}", list(elts), ctx(c)),
        ExprKind::Slice { lower, upper, step } => {
            format!("{}:{}:{}", opt(lower), opt(upper), opt(step))
        }
    }
}

fn body(source: &str) -> Vec<Stmt> {
    match parse(source, Mode::Exec) {
        Ok(module) => module.body,
        Err(error) => panic!("{source:?} failed: {error:?}"),
    }
}

fn expr(source: &str) -> Expr {
    let module =
        parse(source, Mode::Eval).unwrap_or_else(|error| panic!("{source:?} failed: {error:?}"));
    match module.body.into_iter().next().map(|s| s.node) {
        Some(StmtKind::Expr { value }) => value,
        other => panic!("not an expression: {other:?}"),
    }
}

fn shape(source: &str) -> String {
    sx(&expr(source))
}

fn error(source: &str) -> SyntaxError {
    match parse(source, Mode::Exec) {
        Ok(module) => panic!("{source:?} parsed: {module:?}"),
        Err(error) => error,
    }
}

/// Checks an error's message and 1-based line and 0-based column.
fn check_error(source: &str, msg: &str, line: u32, col: u32) {
    let found = error(source);
    assert_eq!(
        (found.msg.as_str(), found.line, found.col),
        (msg, line, col),
        "{source:?}"
    );
}

fn single(source: &str) -> Result<Module, SyntaxError> {
    parse(source, Mode::Single)
}

#[test]
fn operator_precedence() {
    assert_eq!(shape("-2**2"), "(USub (Pow 2 2))");
    assert_eq!(shape("2**-1"), "(Pow 2 (USub 1))");
    assert_eq!(shape("2**3**2"), "(Pow 2 (Pow 3 2))");
    assert_eq!(shape("a + b * c - d"), "(Sub (Add a (Mult b c)) d)");
    assert_eq!(
        shape("a | b ^ c & d << e + f"),
        "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"
    );
    assert_eq!(
        shape("a // b % c @ d / e"),
        "(Div (MatMult (Mod (FloorDiv a b) c) d) e)"
    );
    assert_eq!(shape("not a == b"), "(Not (cmp a Eq b))");
    assert_eq!(shape("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(shape("a or b or c"), "(Or a b c)");
    assert_eq!(shape("~a ** b"), "(Invert (Pow a b))");
    assert_eq!(shape("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(shape("lambda: a if b else c"), "(lambda (if b a c))");
    assert_eq!(shape("a < b <= c != d"), "(cmp a Lt b LtE c NotEq d)");
    assert_eq!(
        shape("a not in b is not c in d is e"),
        "(cmp a NotIn b IsNot c In d Is e)"
    );
    assert_eq!(shape("a | b < c"), "(cmp (BitOr a b) Lt c)");
    assert_eq!(shape("(a + b) * c"), "(Mult (Add a b) c)");
}

#[test]
fn atoms_and_trailers() {
    assert_eq!(shape("a.b(c)[d].e"), "(call a.b c)[d].e");
    assert_eq!(shape("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(shape("f(x for x in y)"), "(call f (genexp x (for x! y )))");
    assert_eq!(shape("f(a,)"), "(call f a)");
    assert_eq!(shape("a[1:2, ::3]"), "a[(1:2:_ _:_:3,)]");
    assert_eq!(shape("a[:]"), "a[_:_:_]");
    assert_eq!(shape("a[1:]"), "a[1:_:_]");
    assert_eq!(shape("a[::]"), "a[_:_:_]");
    assert_eq!(shape("a[x, y]"), "a[(x y,)]");
    assert_eq!(shape("a[x,]"), "a[(x,)]");
    assert_eq!(shape("a[*b]"), "a[(*b,)]");
    assert_eq!(shape("()"), "(,)");
    assert_eq!(shape("(a)"), "a");
    assert_eq!(shape("(a,)"), "(a,)");
    assert_eq!(shape("a, *b"), "(a *b,)");
    assert_eq!(shape("[a, *b, c,]"), "[a *b c]");
    assert_eq!(shape("{}"), "{}");
    assert_eq!(shape("{a: b, **c, d: e,}"), "{a:b **c d:e}");
    assert_eq!(shape("{a, *b}"), "(set a *b)");
    assert_eq!(
        shape("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x! y x z) (for w! x ))"
    );
    assert_eq!(
        shape("{k: v for k, v in d}"),
        "(dictcomp k v (for (k! v!,)! d ))"
    );
    assert_eq!(shape("{x for x in y}"), "(setcomp x (for x! y ))");
    assert_eq!(shape("(x for x in y)"), "(genexp x (for x! y ))");
    assert_eq!(shape("(x := 1)"), "(:= x! 1)");
    assert_eq!(shape("[y := 1, y]"), "[(:= y! 1) y]");
    assert_eq!(shape("f(x := 1)"), "(call f (:= x! 1))");
    assert_eq!(shape("..."), "Ellipsis");
    assert_eq!(shape("None"), "None");
    assert_eq!(shape("True"), "Bool(true)");
    assert_eq!(shape("(yield)"), "(yield _)");
    assert_eq!(shape("1 if x else 2"), "(if x 1 2)");
}

#[test]
fn numbers() {
    assert_eq!(shape("1_000"), "1000");
    assert_eq!(shape("0x_ff"), "255");
    assert_eq!(shape("0o17"), "15");
    assert_eq!(shape("0b101"), "5");
    assert_eq!(shape("1."), "Float(1.0)");
    assert_eq!(shape(".5"), "Float(0.5)");
    assert_eq!(shape("1e-3"), "Float(0.001)");
    assert_eq!(shape("1_000.5"), "Float(1000.5)");
    assert_eq!(shape("3j"), "Imaginary(3.0)");
    assert_eq!(
        shape("123456789012345678901234567890"),
        "BigInt { digits: \"123456789012345678901234567890\", radix: 10 }"
    );
    assert_eq!(shape("1if x else 2"), "(if x 1 2)");
    assert_eq!(shape("1 .real"), "1.real");
    check_error("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 0);
    check_error("x = 1__0", "invalid decimal literal", 1, 5);
    check_error("0x", "invalid hexadecimal literal", 1, 1);
    check_error("0b2", "invalid digit '2' in binary literal", 1, 2);
    check_error("0o8", "invalid digit '8' in octal literal", 1, 2);
    check_error("1_", "invalid decimal literal", 1, 1);
    check_error("1.real", "invalid decimal literal", 1, 2);
}

#[test]
fn strings() {
    assert_eq!(shape(r#"'a\tb' "c" '''d'''"#), "\"a\\tbcd\"");
    assert_eq!(shape(r"r'\n' R'\q'"), "\"\\\\n\\\\q\"");
    assert_eq!(
        shape(r"b'\x00a' rb'\n' BR'x'"),
        "Bytes([0, 97, 92, 110, 120])"
    );
    assert_eq!(shape(r"u'\u00e9\q'"), "\"é\\\\q\"");
    assert_eq!(shape("'''a\r\nb\rc'''"), "\"a\\nb\\nc\"");
    assert_eq!(shape("'a\\\nb'"), "\"ab\"");
    check_error("'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 0);
    check_error(
        "b'é'",
        "bytes can only contain ASCII literal characters",
        1,
        0,
    );
    check_error(r"'\N{DASH}'", "\\N{...} escapes are not supported", 1, 0);
    check_error(
        "x = 'abc",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    );
    check_error(
        "x = 'abc\ny'",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    );
    let triple = error("x = '''\na\n");
    assert_eq!(
        triple.msg,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert!(triple.at_eof);
    assert!(!error("x = 'abc").at_eof);
}

#[test]
fn fstrings() {
    assert_eq!(shape("f'a{x}b'"), "(f \"a\" (fv x None _) \"b\")");
    assert_eq!(
        shape("f'{x!r}' 'c' f'{y!s}{z!a}'"),
        "(f (fv x Repr _) \"c\" (fv y Str _) (fv z Ascii _))"
    );
    assert_eq!(
        shape("f'{x:>{w}.{p}f}'"),
        "(f (fv x None (f \">\" (fv w None _) \".\" (fv p None _) \"f\")))"
    );
    assert_eq!(shape("f'{x:>10}'"), "(f (fv x None (f \">10\")))");
    assert_eq!(shape("f'{{}}{{x}}'"), "(f \"{}{x}\")");
    assert_eq!(shape("f'{x=}'"), "(f \"x=\" (fv x Repr _))");
    assert_eq!(shape("f'{ x = }'"), "(f \" x = \" (fv x Repr _))");
    assert_eq!(shape("f'{x=!s}'"), "(f \"x=\" (fv x Str _))");
    assert_eq!(shape("f'{x=:>4}'"), "(f \"x=\" (fv x None (f \">4\")))");
    assert_eq!(shape("f'{a[\"k\"]!r}'"), "(f (fv a[\"k\"] Repr _))");
    assert_eq!(shape("f'{x if y else z}'"), "(f (fv (if y x z) None _))");
    assert_eq!(shape("f'{1, 2}'"), "(f (fv (1 2,) None _))");
    assert_eq!(shape("f'{a != b}'"), "(f (fv (cmp a NotEq b) None _))");
    assert_eq!(
        shape("f'{(lambda: 1)()}'"),
        "(f (fv (call (lambda 1)) None _))"
    );
    assert_eq!(shape("f''"), "(f )");
    assert_eq!(shape("f'\\n{x}'"), "(f \"\\n\" (fv x None _))");
    assert_eq!(shape("rf'\\n{x}'"), "(f \"\\\\n\" (fv x None _))");
    assert_eq!(shape("f'''{\nx\n}'''"), "(f (fv x None _))");
    assert_eq!(shape("f'{f\"{x}\"}'"), "(f (fv (f (fv x None _)) None _))");
    let messages = [
        ("f'{}'", "f-string: empty expression not allowed"),
        ("f'{ }'", "f-string: empty expression not allowed"),
        ("f'{x'", "f-string: expecting '}'"),
        ("f'}'", "f-string: single '}' is not allowed"),
        ("f'{x}}'", "f-string: single '}' is not allowed"),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        ("f'{!r}'", "f-string: expression required before '!'"),
        ("f'{#}'", "f-string expression part cannot include '#'"),
        (
            "f'{a\\n}'",
            "f-string expression part cannot include a backslash",
        ),
        ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
        (
            "f'{a b}'",
            "f-string: invalid syntax. Perhaps you forgot a comma?",
        ),
        ("f'{*a}'", "f-string: can't use starred expression here"),
    ];
    for (source, msg) in messages {
        assert_eq!(error(source).msg, msg, "{source}");
    }
}

#[test]
fn assignments() {
    let statements = body(
        "a = b = 1\nx, *y = z\n[a, (b, c)] = d\na.b[c] += 1\nx: int = 1\n(y): int\na.b: str\n",
    );
    match &statements[0].node {
        StmtKind::Assign { targets, value } => {
            assert_eq!(targets.iter().map(sx).collect::<Vec<_>>(), ["a!", "b!"]);
            assert_eq!(sx(value), "1");
        }
        other => panic!("{other:?}"),
    }
    match &statements[1].node {
        StmtKind::Assign { targets, .. } => assert_eq!(sx(&targets[0]), "(x! *y!!,)!"),
        other => panic!("{other:?}"),
    }
    match &statements[2].node {
        StmtKind::Assign { targets, .. } => assert_eq!(sx(&targets[0]), "[a! (b! c!,)!]!"),
        other => panic!("{other:?}"),
    }
    match &statements[3].node {
        StmtKind::AugAssign { target, op, value } => {
            assert_eq!(
                (sx(target).as_str(), *op, sx(value).as_str()),
                ("a.b[c]!", Operator::Add, "1")
            );
        }
        other => panic!("{other:?}"),
    }
    let simples: Vec<bool> = statements[4..]
        .iter()
        .map(|s| match &s.node {
            StmtKind::AnnAssign { simple, .. } => *simple,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(simples, [true, false, false]);
    match &body("x = yield y")[0].node {
        StmtKind::Assign { value, .. } => assert_eq!(sx(value), "(yield y)"),
        other => panic!("{other:?}"),
    }
    match &body("del a, b[0], (c, d)")[0].node {
        StmtKind::Delete { targets } => {
            assert_eq!(
                targets.iter().map(sx).collect::<Vec<_>>(),
                ["a~", "b[0]~", "(c~ d~,)~"]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn assignment_errors() {
    let cases = [
        (
            "1 = x",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            1,
            0,
        ),
        (
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            0,
        ),
        (
            "a + b = 1",
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            1,
            0,
        ),
        ("(a, 1) = 2", "cannot assign to literal", 1, 4),
        ("[a, f()] = 1", "cannot assign to function call", 1, 4),
        ("not a = 1", "cannot assign to expression", 1, 0),
        ("a < b = 1", "cannot assign to comparison", 1, 0),
        (
            "1 if 2 else 3 = 4",
            "cannot assign to conditional expression",
            1,
            0,
        ),
        ("lambda: 1 = 2", "cannot assign to lambda", 1, 0),
        ("None = 1", "cannot assign to None", 1, 0),
        ("True = 1", "cannot assign to True", 1, 0),
        ("__debug__ = 1", "cannot assign to __debug__", 1, 0),
        (
            "x = yield = 1",
            "assignment to yield expression not possible",
            1,
            4,
        ),
        (
            "*a = 1",
            "starred assignment target must be in a list or tuple",
            1,
            0,
        ),
        ("del 1", "cannot delete literal", 1, 4),
        ("del f()", "cannot delete function call", 1, 4),
        ("del *a", "cannot delete starred", 1, 4),
        (
            "x + 1 += 1",
            "'expression' is an illegal expression for augmented assignment",
            1,
            0,
        ),
        (
            "(a, b) += 1",
            "'tuple' is an illegal expression for augmented assignment",
            1,
            0,
        ),
        (
            "a, b += 1",
            "'tuple' is an illegal expression for augmented assignment",
            1,
            0,
        ),
        (
            "[a] += 1",
            "'list' is an illegal expression for augmented assignment",
            1,
            0,
        ),
        (
            "f() += 1",
            "'function call' is an illegal expression for augmented assignment",
            1,
            0,
        ),
        ("for f() in x: pass", "cannot assign to function call", 1, 4),
        ("[x for 1 in y]", "cannot assign to literal", 1, 7),
        (
            "with a as f(): pass",
            "cannot assign to function call",
            1,
            10,
        ),
        (
            "(a.b := 1)",
            "cannot use assignment expressions with attribute",
            1,
            1,
        ),
        ("x := 1", "invalid syntax", 1, 2),
        ("*a", "can't use starred expression here", 1, 0),
        ("a = *b", "can't use starred expression here", 1, 4),
        ("(*a)", "cannot use starred expression here", 1, 1),
        ("x: int, y = 1", "invalid syntax", 1, 6),
        (
            "a, b: int",
            "only single target (not tuple) can be annotated",
            1,
            0,
        ),
        (
            "f(a.b=1)",
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            1,
            2,
        ),
    ];
    for (source, msg, line, col) in cases {
        check_error(source, msg, line, col);
    }
}

#[test]
fn compound_statements() {
    let statements = body(
        "if a:\n    pass\nelif b:\n    x\nelif c: y\nelse:\n    z\n\
         while x:\n  break\nelse:\n  continue\n\
         for i, j in k, l:\n  pass\nelse: pass\n\
         try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n\
         with a as b, c as (d, e): pass\n\
         with (a as b, c,): pass\n\
         with (a, b) as c: pass\n\
         with (a): pass\n",
    );
    let StmtKind::If { orelse, .. } = &statements[0].node else {
        panic!()
    };
    let StmtKind::If { test, orelse, .. } = &orelse[0].node else {
        panic!()
    };
    assert_eq!(sx(test), "b");
    assert_eq!((orelse[0].line(), orelse[0].col()), (5, 0));
    let StmtKind::If { orelse, .. } = &orelse[0].node else {
        panic!()
    };
    assert!(matches!(orelse[0].node, StmtKind::Expr { .. }));
    let StmtKind::While { orelse, .. } = &statements[1].node else {
        panic!()
    };
    assert_eq!(orelse[0].node, StmtKind::Continue);
    let StmtKind::For {
        target,
        iter,
        orelse,
        ..
    } = &statements[2].node
    else {
        panic!()
    };
    assert_eq!(
        (sx(target).as_str(), sx(iter).as_str(), orelse.len()),
        ("(i! j!,)!", "(k l,)", 1)
    );
    let StmtKind::Try {
        handlers,
        orelse,
        finalbody,
        ..
    } = &statements[3].node
    else {
        panic!()
    };
    assert_eq!(handlers.len(), 3);
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert_eq!(sx(handlers[0].typ.as_ref().unwrap()), "(A B,)");
    assert!(handlers[2].typ.is_none());
    assert_eq!((handlers[1].line, handlers[1].col), (19, 0));
    assert_eq!((orelse.len(), finalbody.len()), (1, 1));
    let with_items = |index: usize| -> Vec<(String, Option<String>)> {
        let StmtKind::With { items, .. } = &statements[index].node else {
            panic!()
        };
        items
            .iter()
            .map(|item| (sx(&item.context_expr), item.optional_vars.as_ref().map(sx)))
            .collect()
    };
    assert_eq!(
        with_items(4),
        [
            ("a".into(), Some("b!".into())),
            ("c".into(), Some("(d! e!,)!".into()))
        ]
    );
    assert_eq!(
        with_items(5),
        [("a".into(), Some("b!".into())), ("c".into(), None)]
    );
    assert_eq!(with_items(6), [("(a b,)".into(), Some("c!".into()))]);
    assert_eq!(with_items(7), [("a".into(), None)]);
}

#[test]
fn micropython_emitter_decorators() {
    // `native` is dropped (its code runs as bytecode); other decorators stay, in order.
    let statements = body("@a\n@micropython.native\n@b\ndef f():\n  pass\n");
    let StmtKind::FunctionDef { decorator_list, .. } = &statements[0].node else {
        panic!()
    };
    assert_eq!(
        decorator_list.iter().map(sx).collect::<Vec<_>>(),
        ["a", "b"]
    );
    // Only the dotted name itself: `m.native` and `micropython.native()` are plain decorators.
    let statements = body("@m.native\n@micropython.native()\ndef f():\n  pass\n");
    let StmtKind::FunctionDef { decorator_list, .. } = &statements[0].node else {
        panic!()
    };
    assert_eq!(decorator_list.len(), 2);
    for emitter in ["viper", "asm_thumb"] {
        let found = error(&format!(
            "x = 1\n@micropython.{emitter}\ndef f():\n  pass\n"
        ));
        assert!(found
            .msg
            .contains(&format!("@micropython.{emitter} is not supported")));
        assert_eq!((found.line, found.col), (2, 1));
    }
}

#[test]
fn definitions() {
    let statements = body(
        "@a.b[0](1)\n@c\ndef f(p, /, q: int = 1, *args: str, k, m=2, **kw) -> r:\n  return p\n\
         class C(B, metaclass=M, *bases, **opts):\n  x = 1\n  def g(self): yield from x\n\
         lambda a, b=1, *c, d, e=2, **f: 0\n",
    );
    let StmtKind::FunctionDef {
        name,
        args,
        decorator_list,
        returns,
        body,
        ..
    } = &statements[0].node
    else {
        panic!()
    };
    assert_eq!(name, "f");
    assert_eq!((statements[0].line(), statements[0].col()), (3, 0));
    assert_eq!(
        decorator_list.iter().map(sx).collect::<Vec<_>>(),
        ["(call a.b[0] 1)", "c"]
    );
    assert_eq!(sx(returns.as_ref().unwrap()), "r");
    assert!(matches!(body[0].node, StmtKind::Return { .. }));
    let names = |list: &[Arg]| list.iter().map(|a| a.arg.clone()).collect::<Vec<_>>();
    assert_eq!(names(&args.posonlyargs), ["p"]);
    assert_eq!(names(&args.args), ["q"]);
    assert_eq!(sx(args.args[0].annotation.as_ref().unwrap()), "int");
    assert_eq!(args.vararg.as_ref().map(|a| a.arg.as_str()), Some("args"));
    assert_eq!(names(&args.kwonlyargs), ["k", "m"]);
    assert_eq!(
        args.kw_defaults
            .iter()
            .map(|d| d.as_ref().map(sx))
            .collect::<Vec<_>>(),
        [None, Some("2".into())]
    );
    assert_eq!(args.kwarg.as_ref().map(|a| a.arg.as_str()), Some("kw"));
    assert_eq!(args.defaults.iter().map(sx).collect::<Vec<_>>(), ["1"]);
    let StmtKind::ClassDef {
        bases,
        keywords,
        body,
        ..
    } = &statements[1].node
    else {
        panic!()
    };
    assert_eq!(bases.iter().map(sx).collect::<Vec<_>>(), ["B", "*bases"]);
    assert_eq!(
        keywords.iter().map(|k| k.arg.clone()).collect::<Vec<_>>(),
        [Some("metaclass".into()), None]
    );
    assert_eq!(body.len(), 2);
    let StmtKind::Expr { value } = &statements[2].node else {
        panic!()
    };
    let ExprKind::Lambda { args, .. } = &value.node else {
        panic!()
    };
    assert_eq!(
        (args.args.len(), args.defaults.len(), args.kwonlyargs.len()),
        (2, 1, 2)
    );
    let cases = [
        (
            "def f(a=1, b): pass",
            "non-default argument follows default argument",
            1,
            11,
        ),
        ("def f(*): pass", "named arguments must follow bare *", 1, 6),
        (
            "def f(*, **k): pass",
            "named arguments must follow bare *",
            1,
            6,
        ),
        (
            "def f(a, a): pass",
            "duplicate argument 'a' in function definition",
            1,
            9,
        ),
        ("lambda *a, *b: 0", "* argument may appear only once", 1, 11),
        (
            "def f(**k, a): pass",
            "arguments cannot follow var-keyword argument",
            1,
            11,
        ),
        ("def f(/): pass", "invalid syntax", 1, 6),
        (
            "f(a=1, b)",
            "positional argument follows keyword argument",
            1,
            7,
        ),
        (
            "f(**a, *b)",
            "iterable argument unpacking follows keyword argument unpacking",
            1,
            7,
        ),
        ("f(a=1, a=2)", "keyword argument repeated: a", 1, 7),
        (
            "f(a for a in b, c)",
            "Generator expression must be parenthesized",
            1,
            2,
        ),
        (
            "f(a, x for x in y)",
            "Generator expression must be parenthesized",
            1,
            5,
        ),
    ];
    for (source, msg, line, col) in cases {
        check_error(source, msg, line, col);
    }
}

#[test]
fn simple_statements() {
    let statements = body(
        "import a.b as c, d\nfrom . import x\nfrom ..m import (a, b as c,)\nfrom m import *\n\
         from ... import y\nglobal g, h\nnonlocal n\nassert x, 'm'\nraise X from Y\nraise\n\
         x = 1; y = 2;\nreturn *a, b\n",
    );
    assert_eq!(
        statements[0].node,
        StmtKind::Import {
            names: alloc::vec![
                Alias {
                    name: "a.b".into(),
                    asname: Some("c".into())
                },
                Alias {
                    name: "d".into(),
                    asname: None
                }
            ]
        }
    );
    let levels: Vec<(Option<Ident>, u32, usize)> = statements[1..5]
        .iter()
        .map(|s| match &s.node {
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (module.clone(), *level, names.len()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        levels,
        [
            (None, 1, 1),
            (Some("m".into()), 2, 2),
            (Some("m".into()), 0, 1),
            (None, 3, 1)
        ]
    );
    assert_eq!(
        statements[5].node,
        StmtKind::Global {
            names: alloc::vec!["g".into(), "h".into()]
        }
    );
    assert!(matches!(
        statements[7].node,
        StmtKind::Assert { msg: Some(_), .. }
    ));
    assert!(matches!(
        statements[8].node,
        StmtKind::Raise {
            exc: Some(_),
            cause: Some(_)
        }
    ));
    assert!(matches!(
        statements[9].node,
        StmtKind::Raise {
            exc: None,
            cause: None
        }
    ));
    assert_eq!((statements[11].line(), statements[11].col()), (11, 7));
    check_error(
        "from x import a,",
        "trailing comma not allowed without surrounding parentheses",
        1,
        16,
    );
    check_error("import a.b as", "invalid syntax", 1, 13);
    check_error("from x import ()", "invalid syntax", 1, 15);
    check_error("x = 1;; y", "invalid syntax", 1, 6);
    check_error(
        "print 1",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        0,
    );
}

#[test]
fn structure_errors() {
    let cases = [
        ("if x\n  pass", "expected ':'", 1, 4),
        ("(1))", "unmatched ')'", 1, 3),
        (
            "[1)",
            "closing parenthesis ')' does not match opening parenthesis '['",
            1,
            2,
        ),
        (
            "[1,\n2)",
            "closing parenthesis ')' does not match opening parenthesis '[' on line 1",
            2,
            1,
        ),
        ("x = (1,\n2", "'(' was never closed", 1, 4),
        ("x = 1 if 2", "expected 'else' after 'if' expression", 1, 4),
        ("a b", "invalid syntax", 1, 2),
        ("$", "invalid syntax", 1, 0),
        ("x = €", "invalid character '€' (U+20AC)", 1, 4),
        (
            "x = \u{200b}",
            "invalid non-printable character U+200B",
            1,
            4,
        ),
        (
            "x = 1 \\ 2",
            "unexpected character after line continuation character",
            1,
            7,
        ),
        (
            "if x = 1: pass",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            3,
        ),
        ("x = {1: 2, 3}", "':' expected after dictionary key", 1, 12),
        (
            "try:\n  x\nexcept A, B:\n  pass",
            "multiple exception types must be parenthesized",
            3,
            7,
        ),
        (
            "try:\n  pass\nelse:\n  pass\n",
            "expected 'except' or 'finally' block",
            3,
            0,
        ),
        (
            "try:\n  x\nexcept:\n  y\nexcept A:\n  z",
            "default 'except:' must be last",
            3,
            0,
        ),
        ("else: pass", "invalid syntax", 1, 0),
        (
            "async for x in y: pass",
            "'async for' outside async function",
            1,
            0,
        ),
        (
            "async with x: pass",
            "'async with' outside async function",
            1,
            0,
        ),
        ("await x", "'await' outside function", 1, 0),
        (
            "def f():\n  await x",
            "'await' outside async function",
            2,
            2,
        ),
        ("[x async y]", "invalid syntax", 1, 9),
        (
            "match x:\n  case y: pass\n  case 1: pass",
            "name capture 'y' makes remaining patterns unreachable",
            2,
            7,
        ),
        (
            "match (x):\n  case [a, *b, *c]: pass",
            "multiple starred names in sequence pattern",
            2,
            7,
        ),
        (
            "match x:\n  case 1 | y: pass",
            "alternative patterns bind different names",
            2,
            11,
        ),
        ("x = 'a\0'", "source code cannot contain null bytes", 1, 6),
    ];
    for (source, msg, line, col) in cases {
        check_error(source, msg, line, col);
    }
    // `match` is an ordinary name elsewhere.
    body("match = 1\nmatch(x)\nmatch.y = 2\nmatch[0]\nmatch * x\nprint(match)\n");
    // `async def` is a function whose arguments say so; `await x` is `yield from`.
    let module = body("async def f():\n  return await g()\n");
    let StmtKind::FunctionDef {
        args, body: inner, ..
    } = &module[0].node
    else {
        panic!("not a def");
    };
    assert!(args.is_async);
    assert!(matches!(&inner[0].node, StmtKind::Return { value: Some(v) }
        if matches!(v.node, ExprKind::YieldFrom { .. })));
    // A match statement becomes the subject's temporary, an if chain and a `del`.
    let module = body("match x:\n  case 1: pass\n  case _: pass\n");
    assert_eq!(module.len(), 3);
}

#[test]
fn more_cpython_messages() {
    let cases = [
        ("obj.__debug__ = 1", "cannot assign to __debug__", 1, 0),
        ("(__debug__ := 1)", "cannot assign to __debug__", 1, 1),
        ("f(__debug__=1)", "cannot assign to __debug__", 1, 2),
        ("def f(__debug__): pass", "cannot assign to __debug__", 1, 6),
        ("(x for x in x) = 1", "cannot assign to generator expression", 1, 0),
        ("if x.a = 3:\n   pass", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 3),
        ("[x, y for x, y in z]", "did you forget parentheses around the comprehension target?", 1, 1),
        ("def foo(/,a): pass", "at least one argument must precede /", 1, 8),
        ("def foo(a=1,/*,b): pass", "expected comma between / and *", 1, 13),
        ("def foo(a,d=,c): pass", "expected default value expression", 1, 11),
        ("def f(x, (y, z)): pass", "Function parameters cannot be parenthesized", 1, 9),
        ("lambda (x): None", "Lambda expression parameters cannot be parenthesized", 1, 7),
        ("def f:\n  pass", "expected '('", 1, 5),
        ("class C(x for x in L): pass", "invalid syntax", 1, 7),
        ("f((x)=2)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2),
        ("for x in range 10:\n  pass", "invalid syntax", 1, 15),
        ("class R&D:\n  pass", "invalid syntax", 1, 7),
        ("try:\n  pass\nexcept\n  pass", "expected ':'", 3, 6),
        ("with (a as b)\n  pass", "expected ':'", 1, 13),
        ("else pass", "invalid syntax", 1, 0),
        ("{1:2, 3:4, 5:}", "expression expected after dictionary key and ':'", 1, 12),
        ("{1: *12+1}", "cannot use a starred expression in a dictionary value", 1, 4),
        ("[z=3]", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        ("from t import x,y, and 3", "invalid syntax", 1, 19),
        ("f'{((}'", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 3),
        ("f'{3)+(4}'", "f-string: unmatched ')'", 1, 3),
        ("f'{:2}'", "f-string: expression required before ':'", 1, 3),
        ("f'{=}'", "f-string: expression required before '='", 1, 3),
        ("f'{3!'", "f-string: expecting '}'", 1, 4),
        ("f(g(x) y)", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("[1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        (r"'\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 0),
    ];
    for (source, msg, line, col) in cases {
        check_error(source, msg, line, col);
    }
}

#[test]
fn indentation() {
    let statements = body("if a:\n\tb\n\tif c:\n\t\td\n\n  # comment\ne\r\nf\rg\n");
    assert_eq!(statements.len(), 4);
    assert_eq!((statements[3].line(), statements[3].col()), (9, 0));
    let found = error("if x:\n    a\n  b");
    assert_eq!(
        (found.kind, found.msg.as_str(), found.line),
        (
            SyntaxErrorKind::Indentation,
            "unindent does not match any outer indentation level",
            3
        )
    );
    let found = error("  x");
    assert_eq!(
        (found.kind, found.msg.as_str()),
        (SyntaxErrorKind::Indentation, "unexpected indent")
    );
    let found = error("x = 1\n  y = 2");
    assert_eq!(
        (found.kind, found.msg.as_str(), found.line),
        (SyntaxErrorKind::Indentation, "unexpected indent", 2)
    );
    let found = error("if x:\npass");
    assert_eq!(
        (found.kind, found.msg.as_str(), found.line, found.col),
        (
            SyntaxErrorKind::Indentation,
            "expected an indented block after 'if' statement on line 1",
            2,
            0
        )
    );
    for (source, what) in [
        ("def f(x):\n", "function definition"),
        ("class A:\n", "class definition"),
        ("while x:\n", "'while' statement"),
        ("for x in y:\n", "'for' statement"),
        ("with x:\n", "'with' statement"),
        ("try:\n", "'try' statement"),
        ("if x:\n  pass\nelse:\n", "'else' statement"),
        ("if x:\n  pass\nelif y:\n", "'elif' statement"),
        ("try:\n  x\nexcept:\n", "'except' statement"),
        ("try:\n  x\nfinally:\n", "'finally' statement"),
    ] {
        let found = error(source);
        assert!(
            found
                .msg
                .starts_with(&format!("expected an indented block after {what} on line")),
            "{source:?}: {found:?}"
        );
        assert!(found.at_eof, "{source:?}");
    }
    for source in ["if True:\n\tx\n        y", "if 1:\n        x\n\ty"] {
        let found = error(source);
        assert_eq!(
            (found.kind, found.msg.as_str(), found.line),
            (
                SyntaxErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                3
            )
        );
    }
    // A byte order mark and a missing final newline are fine; so are backslash continuations.
    assert_eq!(body("\u{feff}x = 1").len(), 1);
    assert_eq!(body("x = 1 + \\\n  2\nif x: \\\n  pass").len(), 2);
    assert_eq!(body("x = [\n1,\n  2,\n    ]\n").len(), 1);
    assert_eq!(body("").len(), 0);
    assert_eq!(body("\n\n# only a comment\n   \n").len(), 0);
}

#[test]
fn positions() {
    let statements = body("x = 1\nif a:\n    y = f(b, c)[d]\n");
    let StmtKind::If {
        test, body: inner, ..
    } = &statements[1].node
    else {
        panic!()
    };
    assert_eq!((test.line(), test.col()), (2, 3));
    assert_eq!((inner[0].line(), inner[0].col()), (3, 4));
    let StmtKind::Assign { value, .. } = &inner[0].node else {
        panic!()
    };
    assert_eq!((value.line(), value.col()), (3, 8));
    let ExprKind::Subscript {
        value: call, slice, ..
    } = &value.node
    else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &call.node else {
        panic!()
    };
    assert_eq!((args[1].line(), args[1].col(), slice.col()), (3, 13, 16));
    // Columns count characters, not bytes; parenthesized operands start at the parenthesis.
    let value = expr("'é' + (a + b).c");
    let ExprKind::BinOp { right, .. } = &value.node else {
        panic!()
    };
    assert_eq!((right.line(), right.col()), (1, 6));
    let value = expr("'''a\nb''' + c");
    let ExprKind::BinOp { right, .. } = &value.node else {
        panic!()
    };
    assert_eq!((right.line(), right.col()), (2, 7));
}

#[test]
fn modes() {
    let module = parse(" 1 + 2\n\n", Mode::Eval).unwrap();
    assert_eq!(module.body.len(), 1);
    assert!(parse("x = 1", Mode::Eval).is_err());
    assert!(parse("1 2", Mode::Eval).is_err());
    assert_eq!(single("x = 1").unwrap().body.len(), 1);
    assert_eq!(single("x = 1; y = 2\n").unwrap().body.len(), 2);
    assert_eq!(single("").unwrap().body.len(), 0);
    assert_eq!(single("if x:\n  y\n").unwrap().body.len(), 1);
    assert_eq!(
        single("x = 1\ny = 2\n").unwrap_err().msg,
        "multiple statements found while compiling a single statement"
    );
    // Incomplete input the REPL should ask more lines for.
    for source in [
        "if x:\n",
        "if x:",
        "(1,\n",
        "def f(\n",
        "x = [\n1,",
        "'''abc",
        "x = 1 + \\\n",
        "x = \\",
        "if x:\n  y\nelse:\n",
        "for x in y:\n  if z:\n",
        "@dec\n",
        "class A:\n  def f(self):\n",
        "try:\n  x\n",
        "f(a,\n  b",
        "{1: 2,",
        "x = 'abc\\\n",
        "x = 'abc\\\r\n",
    ] {
        let error = single(source).unwrap_err();
        assert!(error.at_eof, "{source:?}: {error:?}");
    }
    // Complete or wrong input is not at_eof.
    for source in ["x = 1 +", "'abc", "if x:\n  y\n)", "(1))", "x = $"] {
        let error = single(source).unwrap_err();
        assert!(!error.at_eof, "{source:?}: {error:?}");
    }
}

#[test]
fn nesting_limits() {
    // Run on a big stack: debug builds use far larger frames than release builds.
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            // Debug builds use far larger frames than release ones: give the parser room.
            let roomy = |source: &str| {
                let limits = super::Limits {
                    max_nesting: super::MAX_NESTING,
                    stack_budget: 48 << 20,
                    ..super::Limits::default()
                };
                super::parse_with_limits(source, Mode::Exec, limits)
            };
            let deep = |open: &str, close: &str, n: usize| {
                format!("{}x{}", open.repeat(n), close.repeat(n))
            };
            assert!(roomy(&deep("(", ")", 150)).is_ok());
            assert_eq!(
                roomy(&deep("(", ")", 250)).unwrap_err().msg,
                "too many nested parentheses"
            );
            assert_eq!(
                roomy(&deep("[", "]", 1000)).unwrap_err().msg,
                "too many nested parentheses"
            );
            assert!(roomy(&format!("{}x", "-".repeat(150))).is_ok());
            assert!(roomy(&format!("{}x", "-".repeat(100_000))).is_err());
            assert!(roomy(&format!("{}x", "not ".repeat(100_000))).is_err());
            assert!(roomy(&format!("x{}", "**x".repeat(100_000))).is_err());
            assert!(roomy(&format!("{}x", "lambda: ".repeat(100_000))).is_err());
            assert!(roomy(&format!("{}x", "x if x else ".repeat(100_000))).is_err());
            assert!(roomy(&format!("{}x", "f'{".repeat(50))).is_err());
            // Long flat inputs are fine; chains that make deep trees are bounded.
            assert!(roomy(&format!("x = [{}]", "1, ".repeat(100_000))).is_ok());
            assert!(roomy(&format!("x = {}1", "1 + ".repeat(150))).is_ok());
            assert!(roomy(&format!("x = a{}", ".b".repeat(150))).is_ok());
            let chain_error = roomy(&format!("x = {}1", "1 + ".repeat(100_000))).unwrap_err();
            assert_eq!(chain_error.msg, "expression too deeply nested");
            assert!(roomy(&format!("x = a{}", "[0]".repeat(100_000))).is_err());
            let elif_chain = |n: usize| {
                let mut chain = String::from("if x:\n  pass\n");
                for _ in 0..n {
                    chain.push_str("elif x:\n  pass\n");
                }
                chain
            };
            assert!(roomy(&elif_chain(150)).is_ok());
            assert_eq!(
                roomy(&elif_chain(10_000)).unwrap_err().msg,
                "too many statically nested blocks"
            );
            // A small stack budget turns deep nesting into an error, not an overflow.
            let tight = super::Limits {
                max_nesting: 200,
                stack_budget: 16 * 1024,
                ..super::Limits::default()
            };
            let error =
                super::parse_with_limits(&deep("(", ")", 150), Mode::Exec, tight).unwrap_err();
            assert_eq!(error.msg, "too many nested parentheses");
            let mut blocks = String::new();
            for level in 0..120 {
                blocks.push_str(&" ".repeat(level));
                blocks.push_str("if x:\n");
            }
            blocks.push_str(&" ".repeat(120));
            blocks.push_str("pass\n");
            assert_eq!(
                roomy(&blocks).unwrap_err().msg,
                "too many levels of indentation"
            );
        })
        .unwrap();
    handle.join().unwrap();
}

/// A tiny deterministic generator (xorshift) so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLE: &str = "import os, sys as s\nfrom .a import (b, c as d,)\n\n@dec(1)\nclass A(B, metaclass=M):\n    x: int = 1\n    def f(self, a, /, b=2, *c, d, e=3, **f) -> None:\n        '''doc'''\n        global g\n        for i, (j, *k) in enumerate(a[1:2, ::3]):\n            if i % 2 and not j or k is not None:\n                continue\n            elif j in k: yield from k\n            else:\n                x = [y ** -2 for y in range(10) if y]\n        while True:\n            try:\n                z = {1: 'a', **d} | {*c}\n            except (ValueError, KeyError) as e:\n                raise RuntimeError(f\"{e!r:>{10}} {x=}\") from e\n            finally:\n                break\n        with open(a) as f, (g := h): pass\n        return lambda q, *r, **s: (q, r, s) if q else b'\\x00' rb'\\n'\nx = 0x_ff + 0o7 + 0b1 + 1_000.5e-3 + 3j + 123456789012345678901234567890\ndel x[0], x.y\nassert x, \"msg\\n\\t\\u00e9\"\n";

const TOKENS: [&str; 40] = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "if ", "else", "lambda", "*",
    "**", "'", "\"", "'''", "f'{", "}", "\\", "#", "x", "1", "0x", ".", "...", "yield", "not ",
    "in ", "for ", "async ", "match ", "@", ":=", "\r", "é", "\0",
];

#[test]
fn never_panics_on_random_input() {
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let mut random = Random(0x9E37_79B9_7F4A_7C15);
            let modes = [Mode::Exec, Mode::Eval, Mode::Single];
            // Random bytes (lossily made UTF-8).
            for _ in 0..3000 {
                let len = random.below(64);
                let bytes: Vec<u8> = (0..len).map(|_| random.next() as u8).collect();
                let text = String::from_utf8_lossy(&bytes);
                for mode in modes {
                    let _ = parse(&text, mode);
                }
            }
            // Random token soup.
            for _ in 0..5000 {
                let len = random.below(30);
                let text: String = (0..len)
                    .map(|_| TOKENS[random.below(TOKENS.len())])
                    .collect();
                for mode in modes {
                    let _ = parse(&text, mode);
                }
            }
            // Mutations of a valid program: delete, duplicate, or insert at char boundaries.
            assert!(parse(SAMPLE, Mode::Exec).is_ok());
            let chars: Vec<char> = SAMPLE.chars().collect();
            for _ in 0..3000 {
                let mut mutated = chars.clone();
                for _ in 0..1 + random.below(4) {
                    let at = random.below(mutated.len());
                    match random.below(3) {
                        0 => {
                            mutated.remove(at);
                        }
                        1 => {
                            let c = mutated[random.below(mutated.len())];
                            mutated.insert(at, c);
                        }
                        _ => {
                            for c in TOKENS[random.below(TOKENS.len())].chars().rev() {
                                mutated.insert(at, c);
                            }
                        }
                    }
                }
                let text: String = mutated.into_iter().collect();
                for mode in modes {
                    let _ = parse(&text, mode);
                }
            }
        })
        .unwrap();
    handle.join().unwrap();
}

/// The tree's short lists hold no spare room: on a board every slot of an unused capacity is
/// heap the parse of a large class cannot have (amortised doubling gave each list four).
#[test]
fn short_lists_carry_no_spare_room() {
    let tree =
        body("f(a)\nif x:\n    g(b, c)\nclass C(B):\n    def m(self, y):\n        return [y]\n");
    let StmtKind::Expr { value } = &tree[0].node else {
        panic!("{:?}", tree[0])
    };
    let ExprKind::Call { args, .. } = &value.node else {
        panic!("{value:?}")
    };
    assert_eq!(args.len(), 1); // a boxed slice: exactly its items
    let StmtKind::If { body: branch, .. } = &tree[1].node else {
        panic!("{:?}", tree[1])
    };
    assert_eq!(branch.capacity(), 1);
    let StmtKind::Expr { value } = &branch[0].node else {
        panic!("{:?}", branch[0])
    };
    let ExprKind::Call { args, .. } = &value.node else {
        panic!("{value:?}")
    };
    assert_eq!(args.len(), 2);
    let StmtKind::ClassDef {
        bases,
        body: members,
        ..
    } = &tree[2].node
    else {
        panic!("{:?}", tree[2])
    };
    assert_eq!((bases.capacity(), members.capacity()), (1, 1));
    let StmtKind::FunctionDef {
        args, body: lines, ..
    } = &members[0].node
    else {
        panic!()
    };
    assert_eq!((args.args.capacity(), lines.capacity()), (2, 1));
    let StmtKind::Return { value: Some(list) } = &lines[0].node else {
        panic!()
    };
    let ExprKind::List { elts, .. } = &list.node else {
        panic!("{list:?}")
    };
    assert_eq!(elts.capacity(), 1);
}

/// Identifiers up to the inline size live in the node, longer ones in a box: both read back
/// whole, multi-byte characters included.
#[test]
fn identifiers_short_and_long() {
    for length in [0, 1, 13, 14, 15, 21, 22, 23, 40] {
        let ascii = "n".repeat(length);
        assert_eq!(Ident::new(&ascii).as_str(), ascii);
        let accented = "é".repeat(length);
        assert_eq!(Ident::new(&accented), *accented);
    }
    assert!(core::mem::size_of::<Ident>() <= 3 * core::mem::size_of::<usize>());
    assert_eq!(
        format!("{:?} {}", Ident::new("ab"), Ident::new("cd")),
        "\"ab\" cd"
    );
}

#[test]
fn except_star_errors() {
    let both = "cannot have both 'except' and 'except*' on the same 'try'";
    check_error(
        "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
        both,
        5,
        0,
    );
    check_error(
        "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
        both,
        5,
        0,
    );
    check_error(
        "try:\n    pass\nexcept* E:\n    pass\nexcept:\n    pass\n",
        both,
        5,
        0,
    );
    let no_types = "expected one or more exception types";
    check_error("try:\n    pass\nexcept*:\n    pass\n", no_types, 3, 7);
    // `except *E` (a space after the star) is the same clause.
    assert!(parse("try:\n    pass\nexcept *E:\n    pass\n", Mode::Exec).is_ok());
}
