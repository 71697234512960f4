//! The bytecode instruction set, shared by the compiler and the VM.
//!
//! Every instruction is two bytes, `[opcode, arg]`. An argument wider than 8 bits is built
//! with `EXTENDED_ARG` prefixes, each shifting the accumulated argument left by 8 before the
//! next byte is or-ed in (as in CPython 3.6–3.10). Jump targets are absolute *instruction
//! indexes* (byte offset / 2) and point at the first prefix of the target instruction.
//!
//! Stack effects are written `[before] -> [after]`, top of stack on the right. Where an
//! opcode has a CPython 3.10 namesake, it behaves the same unless noted. `NULL` is the VM's
//! internal "no value" word (never visible to Python).
//!
//! ## Blocks and exceptions
//!
//! `SETUP_EXCEPT target` pushes a block recording `target` and the current stack depth.
//! `POP_BLOCK` pops it. When an exception `E` is raised while a block is active, the VM pops the
//! innermost block, truncates the value stack to the recorded depth, pushes `P` (the exception
//! being handled before, or None) and then `E`, makes `E` the exception being handled, and jumps
//! to `target`: a handler starts with `[P, E]`. `POP_EXCEPT` (`[P] -> []`) makes `P` the handled
//! exception again. So the compiler emits, for `try/except`:
//!
//! ```text
//!         SETUP_EXCEPT  H
//!         <body>
//!         POP_BLOCK
//!         <else>
//!         JUMP_ABSOLUTE END
//!     H:  SETUP_EXCEPT  CLEANUP              # [P, E]
//!         <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE NEXT1   # [P, E, bool] (no DUP_TOP:
//!                                            # CHECK_EXC_MATCH keeps E)
//!         <handler body>                     # clause without `as`
//!         POP_BLOCK; POP_TOP; POP_EXCEPT; JUMP_ABSOLUTE END
//!  NEXT1: <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE NEXT2
//!         POP_BLOCK; SETUP_EXCEPT CLEANUP2   # clause with `as name`: its own cleanup, so
//!         DUP_TOP; STORE_x name              # the name is cleared however the clause ends
//!         <handler body>
//!         POP_BLOCK; POP_TOP; POP_EXCEPT; LOAD_CONST None; STORE_x name; DELETE_x name
//!         JUMP_ABSOLUTE END
//! CLEANUP2: LOAD_CONST None; STORE_x name; DELETE_x name; <the CLEANUP sequence>
//!  NEXT2: ... more clauses ...
//!         RERAISE                            # no clause matched: [P, E] -> raise E
//! CLEANUP:                                   # [P, E, P2, E2]: restore P, propagate E2
//!         ROT_FOUR; POP_TOP; POP_TOP; POP_EXCEPT; RERAISE
//!    END:
//! ```
//!
//! Invariant kept by the compiler: whenever an instruction can raise while a block is active,
//! the value stack is at least as deep as the depth that block recorded, so "truncate to the
//! recorded depth" never has to grow the stack. `RETURN_VALUE` always runs with no block open
//! and only the return value on the stack (`return` pops blocks, iterators and handler state,
//! calls `__exit__` and runs `finally` bodies first). At most 20 blocks are ever open in one
//! frame (CPython's limit; the compiler reports "too many statically nested blocks").
//!
//! `try/finally` puts the finally body inline on every exit path (normal fall-through, and
//! before each `return`/`break`/`continue` that leaves the `try`, after popping the blocks and
//! handler state it leaves), plus once on the exception path:
//! `H: SETUP_EXCEPT CLEANUP; <finally>; POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE`.
//!
//! `with` uses `BEFORE_WITH` and `WITH_EXCEPT_START`:
//!
//! ```text
//!         <mgr>; BEFORE_WITH                  # [exit, value]
//!         POP_TOP                             # without a target; with `as target`:
//!                                             #   SETUP_EXCEPT S; DUP_TOP; STORE target;
//!                                             #   POP_BLOCK; POP_TOP
//!         SETUP_EXCEPT H                      # records the depth of [exit]
//!         <body>
//!         POP_BLOCK
//!         LOAD_CONST None; DUP_TOP; DUP_TOP; CALL_FUNCTION 3; POP_TOP    # exit(None, None, None)
//!         JUMP_ABSOLUTE END
//!     H:  SETUP_EXCEPT CLEANUP                # [exit, P, E]
//!         WITH_EXCEPT_START                   # [exit, P, E, exit(type(E), E, tb)]
//!         POP_JUMP_IF_TRUE SUPPRESS
//!         RERAISE                             # -> CLEANUP
//! SUPPRESS: POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP; JUMP_ABSOLUTE END
//! CLEANUP:  ROT_FOUR; POP_TOP; POP_TOP; POP_EXCEPT; RERAISE
//!       S:  ROT_THREE; ROT_THREE; POP_TOP; JUMP_ABSOLUTE H   # storing failed:
//!                                             # [exit, value, P, E] -> [exit, P, E]
//! ```
//!
//! Several items nest: the second item's code is the first item's body. `return`, `break`
//! and `continue` leaving a `with` body emit `POP_BLOCK` and the `exit(None, None, None)`
//! call first.
//!
//! ## Functions, classes, comprehensions
//!
//! * `MAKE_FUNCTION flags`: `[defaults?, kwdefaults?, annotations?, closure?, code, qualname]
//!   -> [function]`, flags 0x01 a tuple of positional defaults, 0x02 a dict of keyword-only
//!   defaults, 0x04 a dict of annotations (`{'a': int, 'return': str}`; not emitted under
//!   `from __future__ import annotations`), 0x08 a tuple of cells (built with LOAD_CLOSURE ...
//!   BUILD_TUPLE).
//! * A class statement is `LOAD_BUILD_CLASS; <MAKE_FUNCTION body>; LOAD_CONST name; <bases>;
//!   CALL_FUNCTION(_KW)`. The body code (flag CLASS_BODY) runs with a fresh namespace dict; it
//!   starts with `LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST qualname;
//!   STORE_NAME __qualname__` and ends by returning the `__class__` cell (`LOAD_CLOSURE`) when
//!   a method uses `super` or `__class__`, or None otherwise.
//! * Zero-argument `super()` inside a method is compiled as `super(__class__, <first parameter>)`
//!   (the `__class__` free variable and the first parameter, loaded from its fast slot or cell).
//! * Comprehensions and generator expressions are nested functions taking one parameter `.0`
//!   (the iterator of the outermost `for`): `MAKE_FUNCTION; <iterable>; GET_ITER; CALL_FUNCTION 1`.
//!   Inside, `LIST_APPEND i`/`SET_ADD i`/`MAP_ADD i` add to the collection `i` slots below the top.
//!
//! ## Other conventions of the compiler
//!
//! * Function, lambda and comprehension code: `consts[0]` is the docstring (a str) or None.
//!   Module and class docstrings are stored as `__doc__` by the code itself.
//! * `import a.b.c` is `LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b.c; STORE a` (the
//!   top-level package is bound). `import a.b.c as d` walks down with IMPORT_FROM as CPython
//!   3.11 does: `IMPORT_NAME a.b.c; IMPORT_FROM b; ROT_TWO; POP_TOP; IMPORT_FROM c; STORE d;
//!   POP_TOP`. `from .m import x as y` is `LOAD_CONST 1; LOAD_CONST ('x',); IMPORT_NAME m;
//!   IMPORT_FROM x; STORE y; POP_TOP` (IMPORT_NAME's name is "" for `from . import x`).
//! * CALL_FUNCTION_EX's positional sequence: for `f(*x)` (one starred argument and nothing
//!   else positional) it is `x` itself, any iterable, which the VM converts; with more
//!   arguments a fresh *list* (`BUILD_LIST; LIST_EXTEND; LIST_APPEND`, no LIST_TO_TUPLE);
//!   without star-args a tuple. Keyword arguments are always a fresh dict (`BUILD_MAP`,
//!   `DICT_MERGE` for each `**m`, which checks that `m` is a mapping with no repeated key).
//! * Annotations: function parameter and return annotations are never evaluated (functions
//!   have no `__annotations__`). At module and class level `x: T = v` evaluates `T` and, for
//!   a plain name, stores it with `LOAD_NAME __annotations__; LOAD_CONST 'x'; STORE_SUBSCR`;
//!   such a body starts with `BUILD_MAP 0; STORE_NAME __annotations__` (not in the REPL, whose
//!   annotations are evaluated and discarded). In functions annotations are not evaluated.
//! * `while` loops test at the top and again at the bottom (one conditional jump per
//!   iteration); jumps to unconditional jumps are threaded.
//! * `stacksize` covers the stack effects documented here; anything an instruction needs
//!   internally (e.g. WITH_EXCEPT_START's call arguments) is the VM's own business.
//!
//! ## Generators
//!
//! A code object with the GENERATOR flag returns a generator when called. `YIELD_VALUE`:
//! `[v] -> [sent]` suspends the frame yielding `v`; on resume the value sent (None for `next`)
//! is pushed. `YIELD_FROM`: `[iter, v] -> [iter]` sends `v` to `iter` (next() when None); if it
//! yields `x`, the frame suspends yielding `x` and re-executes YIELD_FROM on resume with the sent
//! value in place of `v`; when it returns `r`, `[iter, v] -> [r]`. `throw()`/`close()` into a
//! frame suspended in YIELD_FROM are forwarded to `iter` by the VM.

/// Operator codes for `BINARY_OP` (in-place forms add `INPLACE`).
pub mod binary {
    pub const ADD: u8 = 0;
    pub const SUBTRACT: u8 = 1;
    pub const MULTIPLY: u8 = 2;
    pub const MATRIX_MULTIPLY: u8 = 3;
    pub const TRUE_DIVIDE: u8 = 4;
    pub const FLOOR_DIVIDE: u8 = 5;
    pub const REMAINDER: u8 = 6;
    pub const POWER: u8 = 7;
    pub const LSHIFT: u8 = 8;
    pub const RSHIFT: u8 = 9;
    pub const AND: u8 = 10;
    pub const OR: u8 = 11;
    pub const XOR: u8 = 12;
    /// Added to an operator code for `x op= y`: tries `__iop__` before `__op__`.
    pub const INPLACE: u8 = 16;
}

/// Comparison codes for `COMPARE_OP`.
pub mod compare {
    pub const LT: u8 = 0;
    pub const LE: u8 = 1;
    pub const EQ: u8 = 2;
    pub const NE: u8 = 3;
    pub const GT: u8 = 4;
    pub const GE: u8 = 5;

    /// Whether `x op y` holds, for values with a total order (ints, byte strings, lengths,
    /// and `Ordering` itself against `Ordering::Equal`).
    #[inline(always)]
    pub fn holds<T: PartialOrd + ?Sized>(op: u8, x: &T, y: &T) -> bool {
        match op {
            LT => x < y,
            LE => x <= y,
            EQ => x == y,
            NE => x != y,
            GT => x > y,
            _ => x >= y,
        }
    }
}

/// `FORMAT_VALUE` argument bits.
pub mod format {
    pub const CONVERSION_MASK: u8 = 0x03;
    pub const CONVERSION_NONE: u8 = 0;
    pub const CONVERSION_STR: u8 = 1;
    pub const CONVERSION_REPR: u8 = 2;
    pub const CONVERSION_ASCII: u8 = 3;
    /// A format spec string is on the stack above the value.
    pub const HAS_SPEC: u8 = 0x04;
}

/// `MAKE_FUNCTION` argument bits.
pub mod make_function {
    pub const DEFAULTS: u8 = 0x01;
    pub const KW_DEFAULTS: u8 = 0x02;
    /// A dict of parameter (and `return`) annotations, between kw-defaults and closure.
    pub const ANNOTATIONS: u8 = 0x04;
    pub const CLOSURE: u8 = 0x08;
}

/// The largest int `LOAD_SMALL_INT` carries: two code units at most (one `EXTENDED_ARG`).
pub const SMALL_INT_ARG_MAX: i64 = 0xffff;

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident = $value:expr,)*) => {
        /// One bytecode operation. See the module documentation for the conventions.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op {
            $($(#[$doc])* $name = $value,)*
        }

        impl Op {
            /// Decodes a byte; `None` for a byte that is no opcode.
            #[inline(always)]
            pub fn from_u8(byte: u8) -> Option<Op> {
                match byte {
                    $($value => Some(Op::$name),)*
                    _ => None,
                }
            }

            pub fn name(self) -> &'static str {
                match self {
                    $(Op::$name => stringify!($name),)*
                }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    NOP = 0,
    /// `[a] -> []`
    POP_TOP = 1,
    /// `[a, b] -> [b, a]`
    ROT_TWO = 2,
    /// `[a, b, c] -> [c, a, b]`
    ROT_THREE = 3,
    /// `[a, b, c, d] -> [d, a, b, c]`
    ROT_FOUR = 4,
    /// `[a] -> [a, a]`
    DUP_TOP = 5,
    /// `[a, b] -> [a, b, a, b]`
    DUP_TOP_TWO = 6,

    /// `[a] -> [+a]`
    UNARY_POSITIVE = 10,
    /// `[a] -> [-a]`
    UNARY_NEGATIVE = 11,
    /// `[a] -> [not a]`
    UNARY_NOT = 12,
    /// `[a] -> [~a]`
    UNARY_INVERT = 13,

    /// `[a, b] -> [a op b]`, op from `binary::*`.
    BINARY_OP = 20,
    /// `[a, b] -> [a cmp b]`, cmp from `compare::*`.
    COMPARE_OP = 21,
    /// `[a, b] -> [a is b]` (arg 1: `is not`).
    IS_OP = 22,
    /// `[a, b] -> [a in b]` (arg 1: `not in`).
    CONTAINS_OP = 23,
    /// `[a, b] -> [a[b]]`
    BINARY_SUBSCR = 24,
    /// `[v, a, b] -> []`: `a[b] = v`
    STORE_SUBSCR = 25,
    /// `[a, b] -> []`: `del a[b]`
    DELETE_SUBSCR = 26,
    /// arg 2: `[start, stop] -> [slice]`; arg 3: `[start, stop, step] -> [slice]`.
    BUILD_SLICE = 27,

    /// `[] -> [arg]`: an int constant in `0..=SMALL_INT_ARG_MAX`, with no constant-table
    /// entry (what most int literals in a program are).
    LOAD_SMALL_INT = 29,
    /// `[] -> [consts[arg]]`
    LOAD_CONST = 30,
    /// `[] -> [fast[arg]]`; UnboundLocalError if unset.
    LOAD_FAST = 31,
    /// `[v] -> []`
    STORE_FAST = 32,
    DELETE_FAST = 33,
    /// Module and class-body level: locals dict, then globals, then builtins.
    LOAD_NAME = 34,
    STORE_NAME = 35,
    DELETE_NAME = 36,
    /// Globals, then builtins.
    LOAD_GLOBAL = 37,
    STORE_GLOBAL = 38,
    DELETE_GLOBAL = 39,
    /// `[] -> [cell_contents]` of cell slot `arg` (cellvars then freevars).
    LOAD_DEREF = 40,
    STORE_DEREF = 41,
    DELETE_DEREF = 42,
    /// `[] -> [cell]`: the cell object itself, for building closures.
    LOAD_CLOSURE = 43,
    /// In a class body: the namespace dict first, then the cell `arg`.
    LOAD_CLASSDEREF = 44,
    /// `[obj] -> [obj.name]`
    LOAD_ATTR = 45,
    /// `[v, obj] -> []`: `obj.name = v`
    STORE_ATTR = 46,
    DELETE_ATTR = 47,
    /// `[obj] -> [method, obj]` when `obj.name` is a plain function found on the type, else
    /// `[NULL, obj.name]`.
    LOAD_METHOD = 48,
    /// `[] -> [AssertionError]`
    LOAD_ASSERTION_ERROR = 49,
    /// `[] -> [__build_class__]`
    LOAD_BUILD_CLASS = 50,

    /// `[func, a1..an] -> [result]`, n = arg.
    CALL_FUNCTION = 60,
    /// `[func, a1..an, names] -> [result]`: `names` is a tuple of str naming the last
    /// `len(names)` of the n = arg arguments.
    CALL_FUNCTION_KW = 61,
    /// `[func, args, kwargs?] -> [result]`: `args` a tuple, a list or (for `f(*x)`) any
    /// iterable; a kwargs dict when arg & 1.
    CALL_FUNCTION_EX = 62,
    /// `[method_or_NULL, self_or_callable, a1..an] -> [result]` (see LOAD_METHOD).
    CALL_METHOD = 63,
    /// See the module documentation.
    MAKE_FUNCTION = 64,
    /// `[v] -> ` returns v from the frame.
    RETURN_VALUE = 65,
    /// `[v] -> [sent]`, see the module documentation.
    YIELD_VALUE = 66,
    /// `[iter, v] -> [iter] | [result]`, see the module documentation.
    YIELD_FROM = 67,
    /// `[x] -> [iter(x)]`
    GET_ITER = 68,
    /// `[x] -> [it]`: `iter(x)` unless x is a generator.
    GET_YIELD_FROM_ITER = 69,
    /// `[it] -> [it, next(it)]`, or `[it] -> []` and jump to arg when exhausted.
    FOR_ITER = 70,

    /// Jump to instruction `arg`.
    JUMP_ABSOLUTE = 80,
    /// `[v] -> []`, jump if v is false.
    POP_JUMP_IF_FALSE = 81,
    /// `[v] -> []`, jump if v is true.
    POP_JUMP_IF_TRUE = 82,
    /// If v is false jump leaving `[v]`, else `[v] -> []`.
    JUMP_IF_FALSE_OR_POP = 83,
    /// If v is true jump leaving `[v]`, else `[v] -> []`.
    JUMP_IF_TRUE_OR_POP = 84,

    /// `[a1..an] -> [(a1, .., an)]`
    BUILD_TUPLE = 90,
    BUILD_LIST = 91,
    BUILD_SET = 92,
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`, n = arg.
    BUILD_MAP = 93,
    /// `[s1..sn] -> [s1 + .. + sn]` for str.
    BUILD_STRING = 94,
    /// `[list, ..(arg-1 more).., v] -> [list, ..]`: `list.append(v)` where list is arg slots
    /// below the top *after* popping v. Same for the next two.
    LIST_APPEND = 95,
    SET_ADD = 96,
    /// `[map, .., k, v] -> [map, ..]`
    MAP_ADD = 97,
    /// `[list, .., it] -> [list, ..]`: `list.extend(it)`, same addressing as LIST_APPEND.
    LIST_EXTEND = 98,
    SET_UPDATE = 99,
    /// `[map, .., m] -> [map, ..]`: `map.update(m)`.
    DICT_UPDATE = 100,
    /// Like DICT_UPDATE but TypeError on a duplicate key (for `f(**a, **b)`).
    DICT_MERGE = 101,
    /// `[list] -> [tuple(list)]`
    LIST_TO_TUPLE = 102,
    /// `[seq] -> [v_n, .., v_1]`: exactly arg items, first item on top.
    UNPACK_SEQUENCE = 103,
    /// `a, *b, c = seq`: arg = before | (after << 8); pushes after+1+before values with the
    /// first item on top, the middle list between.
    UNPACK_EX = 104,
    /// `[v, spec?] -> [formatted str]`, see `format::*`.
    FORMAT_VALUE = 105,

    /// `[level, fromlist] -> [module]` (`__import__(names[arg], ..., fromlist, level)`).
    IMPORT_NAME = 110,
    /// `[module] -> [module, module.names[arg]]`, ImportError if missing.
    IMPORT_FROM = 111,
    /// `[module] -> []`: `from module import *` into the current namespace.
    IMPORT_STAR = 112,

    /// arg 0: re-raise the exception being handled; 1: `[exc] -> `; 2: `[exc, cause] -> `.
    RAISE_VARARGS = 120,
    /// `[exc] -> ` raises exc again, keeping its traceback.
    RERAISE = 121,
    /// Push a handler block, see the module documentation.
    SETUP_EXCEPT = 122,
    POP_BLOCK = 123,
    /// `[P] -> []`: P becomes the exception being handled again.
    POP_EXCEPT = 124,
    /// `[E, T] -> [E, isinstance(E, T)]`; T a class or tuple of classes (TypeError otherwise).
    CHECK_EXC_MATCH = 125,
    /// `[mgr] -> [mgr.__exit__ (bound), mgr.__enter__()]`
    BEFORE_WITH = 126,
    /// `[exit, P, E] -> [exit, P, E, exit(type(E), E, E.__traceback__)]`
    WITH_EXCEPT_START = 127,
    /// `[rest, T] -> [rest', match, matched]`: the part of `rest` (an exception, or None) an
    /// `except* T` clause handles, which becomes the exception being handled when `matched`,
    /// and what is left; a naked exception matches as `ExceptionGroup('', [exc])`.
    CHECK_EG_MATCH = 128,
    /// `[orig, raised] -> [orig]`, or raises (keeping the traceback, as RERAISE does) what
    /// leaves a `try` with `except*` clauses: `orig` was raised by its body, the list `raised`
    /// holds what each handler raised and, last, the rest no clause handled (PEP 654).
    PREP_RERAISE_STAR = 129,

    /// REPL only: `[v] -> []`, prints repr(v) unless None and stores it in `builtins._`.
    PRINT_EXPR = 130,

    /// Prefix: widens the next instruction's argument.
    EXTENDED_ARG = 131,
}
