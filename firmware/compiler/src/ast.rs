//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! It follows the shape of CPython's `ast` module (same node names and fields), so the
//! compiler can be checked against CPython's documentation node by node. The tree is a
//! scratch structure: it lives only between parsing and compiling one unit of source.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// An identifier as written in the source.
/// An identifier of the tree. Most names are short: those are kept in the node itself, where
/// a `String` would take a heap block of its own (24 bytes of a board's heap, the most common
/// leaf of the tree); longer ones are boxed.
#[derive(Clone, PartialEq, Eq)]
pub struct Ident(IdentText);

/// Bytes an identifier keeps inline: the size of a `Box<str>` and then some (14 on a 32-bit
/// target, so an `Ident` is 16 bytes there, and 22 on a 64-bit host).
const INLINE: usize = 3 * core::mem::size_of::<usize>() - 2;

#[derive(Clone, PartialEq, Eq)]
enum IdentText {
    Inline { length: u8, bytes: [u8; INLINE] },
    Boxed(alloc::boxed::Box<str>),
}

impl Ident {
    pub fn new(text: &str) -> Ident {
        Ident(match text.len() {
            length @ 0..=INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..length].copy_from_slice(text.as_bytes());
                IdentText::Inline {
                    length: length as u8,
                    bytes,
                }
            }
            _ => IdentText::Boxed(text.into()),
        })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Copied from a `str` at a length that is a character boundary: always UTF-8.
            IdentText::Inline { length, bytes } => {
                core::str::from_utf8(&bytes[..*length as usize]).unwrap_or_default()
            }
            IdentText::Boxed(text) => text,
        }
    }
}

impl core::ops::Deref for Ident {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Ident {
    fn from(text: &str) -> Ident {
        Ident::new(text)
    }
}

impl PartialEq<str> for Ident {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl core::fmt::Display for Ident {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::fmt::Debug for Ident {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A method's code, compiled as soon as the method was parsed. `parse::Statements` does it for
/// the methods of a top-level class, so that the class statement holds their code, not the
/// trees of all their bodies at once: a tree took about 17 bytes of a board's heap per byte
/// of source, and a 250-line class (datetime's) needed more than the board's whole heap.
/// Taken (once) by the compiler of the class body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Precompiled(pub core::cell::RefCell<Option<Box<crate::compile::code::CodeDef>>>);

/// A node with its source position (1-based line, 0-based column in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub node: T,
    pub position: Position,
}

impl<T> Located<T> {
    pub fn new(node: T, line: u32, col: u32) -> Located<T> {
        Located {
            node,
            position: Position::new(line, col),
        }
    }

    #[inline]
    pub fn line(&self) -> u32 {
        self.position.line()
    }

    #[inline]
    pub fn col(&self) -> u32 {
        self.position.col()
    }
}

/// A line and column in one word, so a node's position costs 4 bytes: an `Expr` is then 24
/// bytes on a 32-bit board, a 32-byte heap block with its header where 40 bytes took 48, and
/// a tree is mostly `Expr`s. Lines up to 1,048,575 and columns up to 4,095 are kept exactly;
/// beyond, they stop there (a compile error on a longer line points at column 4,095).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Position(u32);

impl Position {
    const COLUMN_BITS: u32 = 12;
    const MAX_COLUMN: u32 = (1 << Self::COLUMN_BITS) - 1;
    const MAX_LINE: u32 = u32::MAX >> Self::COLUMN_BITS;

    pub fn new(line: u32, col: u32) -> Position {
        Position(line.min(Self::MAX_LINE) << Self::COLUMN_BITS | col.min(Self::MAX_COLUMN))
    }

    #[inline]
    pub fn line(self) -> u32 {
        self.0 >> Self::COLUMN_BITS
    }

    #[inline]
    pub fn col(self) -> u32 {
        self.0 & Self::MAX_COLUMN
    }
}

impl core::fmt::Debug for Position {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}:{}", self.line(), self.col())
    }
}

pub type Expr = Located<ExprKind>;
pub type Stmt = Located<StmtKind>;

/// What a unit of source is parsed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or a script: a sequence of statements.
    Exec,
    /// A single expression (`eval`): the module body is one `Expr` statement.
    Eval,
    /// One interactive statement (the REPL): expression statements echo their value.
    Single,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The `!s`, `!r`, `!a` conversion of an f-string replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// An integer literal that fits in an i64.
    Int(Word64<i64>),
    /// An integer literal too large for i64: its digits (no prefix, no underscores) and radix.
    BigInt {
        digits: String,
        radix: u8,
    },
    Float(Word64<f64>),
    /// An imaginary literal (`3j`): the imaginary part.
    Imaginary(Word64<f64>),
    Str(String),
    Bytes(Vec<u8>),
}

impl Constant {
    pub fn int(value: i64) -> Constant {
        Constant::Int(Word64(value))
    }

    pub fn float(value: f64) -> Constant {
        Constant::Float(Word64(value))
    }

    pub fn imaginary(value: f64) -> Constant {
        Constant::Imaginary(Word64(value))
    }
}

/// An `i64` or `f64` kept at 4-byte alignment: at its natural 8 it would pad every `Expr` to
/// a multiple of 8 bytes on a 32-bit target (see [`Position`]).
#[derive(Clone, Copy)]
#[repr(C, packed(4))]
pub struct Word64<T: Copy>(T);

impl<T: Copy> Word64<T> {
    #[inline]
    pub fn get(self) -> T {
        self.0
    }
}

impl<T: Copy + PartialEq> PartialEq for Word64<T> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<T: Copy + core::fmt::Debug> core::fmt::Debug for Word64<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.get().fmt(f)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`; target is a `Name`.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key means `**value` unpacking.
    Dict {
        keys: Box<[Option<Expr>]>,
        values: Box<[Expr]>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Box<[Comprehension]>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    /// `left op0 right0 op1 right1 ...`: CPython's `ops` and `comparators`, in pairs.
    Compare {
        left: Box<Expr>,
        comparisons: Box<[(CmpOp, Expr)]>,
    },
    /// Positional `args` may contain `Starred`; a keyword with `arg: None` is `**value`.
    Call {
        func: Box<Expr>,
        args: Box<[Expr]>,
        keywords: Keywords,
    },
    /// One `{...}` field of an f-string. `format_spec` is a `JoinedStr` when present.
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts in order.
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    /// `slice` is a `Slice`, a `Tuple` (possibly containing slices) or any expression.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    /// Only as (part of) a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// The keyword arguments of a call. Most calls have none: then they cost one word, which
/// keeps `ExprKind` at 20 bytes on a 32-bit target (see [`Position`]).
#[derive(Debug, Clone, PartialEq, Default)]
// A thin pointer on purpose: a `Vec` in its place would take three words of every node.
#[allow(clippy::box_collection)]
pub struct Keywords(Option<Box<Vec<Keyword>>>);

impl Keywords {
    pub fn new(keywords: Vec<Keyword>) -> Keywords {
        match keywords.is_empty() {
            true => Keywords(None),
            false => Keywords(Some(Box::new(keywords))),
        }
    }
}

impl core::ops::Deref for Keywords {
    type Target = [Keyword];
    fn deref(&self) -> &[Keyword] {
        self.0
            .as_deref()
            .map_or(&[], |keywords| keywords.as_slice())
    }
}

/// `for target in iter if ifs[0] if ifs[1] ...` inside a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Expr>,
    pub line: u32,
    pub col: u32,
}

/// A parameter list, as in CPython: `defaults` align with the *last* positional parameters
/// (posonlyargs followed by args); `kw_defaults[i]` belongs to `kwonlyargs[i]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
    /// The function is `async def` (a coroutine); kept here, not in the statement, so a
    /// statement stays as small as it was.
    pub is_async: bool,
}

impl Arguments {
    /// Every parameter in CPython's annotation order: positional-only, positional, `*args`,
    /// keyword-only, `**kwargs`.
    pub fn parameters(&self) -> impl Iterator<Item = &Arg> + '_ {
        self.posonlyargs
            .iter()
            .chain(self.args.iter())
            .chain(self.vararg.iter())
            .chain(self.kwonlyargs.iter())
            .chain(self.kwarg.iter())
    }
}

/// `arg=value` in a call or class statement; `arg: None` means `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub line: u32,
    pub col: u32,
}

/// `name as asname` in an import; `name` may be dotted (`a.b.c`) or `*`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// `from __future__ import annotations` (among other names): annotations are not evaluated
/// from here on. Read by the parser (for the methods it compiles early) and the compiler.
pub fn imports_future_annotations(module: Option<&str>, names: &[Alias]) -> bool {
    module == Some("__future__") && names.iter().any(|alias| alias.name == "annotations")
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub line: u32,
    pub col: u32,
    /// An `except*` clause (PEP 654): every clause of its `try` is one.
    pub star: bool,
}

/// Statement payloads stay small (rare or multi-expression ones hold boxed expressions): a
/// function body is a vector of these, and its size is what compiling a long function costs.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef {
        name: Ident,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        /// The body's code when it was compiled as soon as it was parsed (`body` is then
        /// empty): see [`Precompiled`].
        compiled: Precompiled,
    },
    ClassDef {
        name: Ident,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Expr>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    /// `t1 = t2 = value`: several targets, one value.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Expr,
    },
    /// `simple` is true for a bare name target not in parentheses.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For {
        target: Box<Expr>,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Ident>,
    },
    Nonlocal {
        names: Vec<Ident>,
    },
    Expr {
        value: Expr,
    },
    Pass,
    Break,
    Continue,
}

/// What kind of error a `SyntaxError` is, as CPython names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// The source's tree did not fit the heap: raised as `MemoryError`, not `SyntaxError`.
    Memory,
}

/// A compile-time error, raised as `SyntaxError` (or a subclass) by the runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line and 0-based column of the offending token.
    pub line: u32,
    pub col: u32,
    /// True when the error is that the source ended too early (an open bracket, a block
    /// header without a body, an unterminated triple-quoted string). The REPL uses this to
    /// ask for a continuation line instead of reporting the error.
    pub at_eof: bool,
}

// What the layout above is for: on a 32-bit board an expression node is a 32-byte heap block
// (24 bytes and the allocator's header), not 48.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<Expr>() == 24);
