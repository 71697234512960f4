//! Code generation: the syntax tree to symbolic instructions, one code unit per scope.
//!
//! Each module, class body, function, lambda and comprehension becomes a `Unit`: a list of
//! `Instr`s with labels, its constants and names, and the stack of active "frame blocks"
//! (loops, `try` bodies, handlers, `with` bodies) that `return`, `break` and `continue` unwind
//! by emitting the cleanup each block needs (popping iterators and handler state, calling
//! `__exit__`, running `finally` bodies inline). Finished units are assembled into `CodeDef`s.
//! The instruction sequences follow `opcode.rs`.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::assemble::{assemble, is_jump, thread_jumps, AssembleError, Instr, UNBOUND};
use super::code::{flags, CodeDef, Const};
use super::fold::{constant, fold, fold_all, same_const, truthiness};
use super::opcode::{binary, compare, format as format_bits, make_function, Op, SMALL_INT_ARG_MAX};
use crate::alloc_counter::room_for_one;

use super::symtable::{
    error_at, mangle, node_key, Error, NameScope, ScopeId, ScopeKind, SymTable, MAX_NESTING,
};
use crate::ast::{
    Alias, Arguments, BoolOp, CmpOp, Comprehension, Constant, Conversion, ExceptHandler, Expr,
    ExprContext, ExprKind, Ident, Keyword, Mode, Module, Operator, Stmt, StmtKind, SyntaxErrorKind,
    UnaryOp, WithItem,
};

type Result<T> = core::result::Result<T, Error>;
type Label = u32;

/// Machine stack kept free below the compiler's recursion when the port set a stack limit.
const COMPILE_STACK_RESERVE: usize = 2048;

/// CPython's CO_MAXBLOCKS: at most this many nested loops/try/with blocks per function.
const MAX_BLOCKS: usize = 20;
/// Displays longer than this are built incrementally instead of all on the stack.
const STACK_USE_GUIDELINE: usize = 30;

/// A block `return`/`break`/`continue` must clean up when leaving it.
#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// A `try` body with a handler block active.
    TryExcept,
    /// A `try` body whose `finally` body runs on every exit.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The `finally` body on the exception path: `[P, E]` and a cleanup block.
    FinallyEnd,
    /// A `with` body: `__exit__` on the stack and a handler block active.
    With,
    /// An `except` clause body: `[P, E]`, a cleanup block, and maybe a name to clear.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A value (the pending return value) under an inlined `finally` body.
    PopValue,
    /// An `except*` clause body: `break`, `continue` and `return` may not leave it.
    ExceptStar,
}

/// What CPython says of a `break`, `continue` or `return` that would leave an `except*` body.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u16,
    posonlyargcount: u16,
    kwonlyargcount: u16,
    flags: u16,
    instrs: Vec<Instr>,
    /// `(instruction position, line)` where the source line changes.
    lines: Vec<(u32, u32)>,
    labels: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<Ident>,
    varnames: Vec<Ident>,
    cellvars: Vec<Ident>,
    freevars: Vec<Ident>,
    fblocks: Vec<FBlock<'a>>,
    private: Option<String>,
    line: u32,
    /// `(node address, constant index)` of the code objects compiled in this unit.
    compiled: Vec<(usize, u32)>,
}

impl Unit<'_> {
    /// The same unit for a compiler over another tree. Only between statements, when no
    /// block (the one thing that borrows the tree) is open.
    fn with_lifetime<'b>(self) -> Unit<'b> {
        debug_assert!(self.fblocks.is_empty());
        Unit {
            scope: self.scope,
            kind: self.kind,
            name: self.name,
            qualname: self.qualname,
            firstlineno: self.firstlineno,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            instrs: self.instrs,
            lines: self.lines,
            labels: self.labels,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            fblocks: Vec::new(),
            private: self.private,
            line: self.line,
            compiled: self.compiled,
        }
    }
}

pub(crate) struct Compiler<'a> {
    table: SymTable,
    filename: &'a str,
    interactive: bool,
    units: Vec<Unit<'a>>,
    depth: u32,
    /// Set when an instruction could not be stored: the next statement raises MemoryError.
    out_of_memory: bool,
    /// Heap bytes in use beyond which compiling stops with MemoryError.
    memory_limit: usize,
    /// `from __future__ import annotations` was seen: parameter annotations are not evaluated.
    future_annotations: bool,
}

fn internal(msg: &str) -> Error {
    let msg = match msg.strip_prefix("internal compiler error: ") {
        Some(rest) => rest,
        None => msg,
    };
    error_at(format!("internal compiler error: {}", msg), 0, 0)
}

/// The heap is full: raised as `MemoryError`.
fn out_of_memory(line: u32) -> Error {
    let mut error = error_at("out of memory while compiling".to_owned(), line, 0);
    error.kind = SyntaxErrorKind::Memory;
    error
}

fn binary_code(op: Operator) -> u8 {
    match op {
        Operator::Add => binary::ADD,
        Operator::Sub => binary::SUBTRACT,
        Operator::Mult => binary::MULTIPLY,
        Operator::MatMult => binary::MATRIX_MULTIPLY,
        Operator::Div => binary::TRUE_DIVIDE,
        Operator::FloorDiv => binary::FLOOR_DIVIDE,
        Operator::Mod => binary::REMAINDER,
        Operator::Pow => binary::POWER,
        Operator::LShift => binary::LSHIFT,
        Operator::RShift => binary::RSHIFT,
        Operator::BitAnd => binary::AND,
        Operator::BitOr => binary::OR,
        Operator::BitXor => binary::XOR,
    }
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|stmt| &stmt.node) {
        Some(StmtKind::Expr {
            value:
                Expr {
                    node: ExprKind::Constant(Constant::Str(text)),
                    ..
                },
        }) => Some(text),
        _ => None,
    }
}

/// Whether `body` has an annotated assignment outside nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.node {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers
                    .iter()
                    .any(|handler| has_annotations(&handler.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

fn is_starred(expr: &Expr) -> bool {
    matches!(expr.node, ExprKind::Starred { .. })
}

fn expr_name(expr: &Expr) -> &'static str {
    match &expr.node {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_module(
        module: &'a Module,
        mode: Mode,
        filename: &'a str,
    ) -> Result<CodeDef> {
        let table = SymTable::build(module, mode)?;
        let mut compiler = Compiler {
            table,
            filename,
            interactive: mode == Mode::Single,
            units: Vec::new(),
            depth: 0,
            out_of_memory: false,
            future_annotations: false,
            memory_limit: usize::MAX,
        };
        let first_line = 1;
        compiler.enter_unit(0, "<module>".to_owned(), "<module>".to_owned(), first_line);
        compiler.unit().flags = flags::MODULE;
        match mode {
            Mode::Eval => {
                let [Stmt {
                    node: StmtKind::Expr { value },
                    ..
                }] = module.body.as_slice()
                else {
                    return Err(error_at("invalid syntax".to_owned(), 1, 0));
                };
                compiler.set_line(value.line());
                compiler.expr(value)?;
                compiler.emit(Op::RETURN_VALUE, 0);
            }
            Mode::Exec | Mode::Single => {
                if mode == Mode::Exec {
                    if let (Some(doc), Some(first)) = (docstring(&module.body), module.body.first())
                    {
                        compiler.set_line(first.line());
                        compiler.load_const(Const::Str(doc.to_owned()));
                        compiler.emit_name(Op::STORE_NAME, "__doc__");
                    }
                }
                compiler.setup_annotations(&module.body);
                compiler.body(&module.body)?;
                compiler.load_const(Const::None);
                compiler.emit(Op::RETURN_VALUE, 0);
            }
        }
        compiler.finish_unit()
    }

    /// A compiler for (part of) a module, not interactive.
    fn for_module(table: SymTable, filename: &'a str, memory_limit: usize) -> Compiler<'a> {
        Compiler {
            table,
            filename,
            interactive: false,
            units: Vec::new(),
            depth: 0,
            out_of_memory: false,
            future_annotations: false,
            memory_limit,
        }
    }

    /// Compiles a module (`Mode::Exec`) one top-level statement at a time: `next` parses the
    /// next statement (`None` at the end) and each statement's tree and scope table are dropped
    /// before the next is parsed, so compiling needs the memory of the largest statement, not
    /// of the whole file. `memory_ok` is asked between statements whether the heap has room.
    ///
    /// Module-level names are globals whatever the other statements do, so a statement's own
    /// scope table gives the same answers as the whole module's. One difference: a module with
    /// annotated assignments creates `__annotations__` just before its first annotated
    /// statement rather than at the very start.
    pub(crate) fn compile_statements(
        filename: &'a str,
        next: &mut dyn FnMut() -> Result<Option<Vec<Stmt>>>,
        memory_limit: usize,
        after_statement: &mut dyn FnMut(&mut [Const]) -> bool,
    ) -> Result<CodeDef> {
        let mut module_unit: Option<Unit<'static>> = None;
        let mut annotations_ready = false;
        let mut future_annotations = false;
        let mut last_line = 1;
        loop {
            if crate::alloc_counter::allocated() > memory_limit {
                return Err(out_of_memory(last_line));
            }
            let Some(body) = next()? else { break };
            let module = Module { body };
            let table = SymTable::build(&module, Mode::Exec)?;
            let mut compiler = Compiler::for_module(table, filename, memory_limit);
            compiler.future_annotations = future_annotations;
            match module_unit.take() {
                Some(unit) => compiler.units.push(unit.with_lifetime()),
                None => {
                    compiler.enter_unit(0, "<module>".to_owned(), "<module>".to_owned(), 1);
                    compiler.unit().flags = flags::MODULE;
                    if let (Some(doc), Some(first)) = (docstring(&module.body), module.body.first())
                    {
                        compiler.set_line(first.line());
                        compiler.load_const(Const::Str(doc.to_owned()));
                        compiler.emit_name(Op::STORE_NAME, "__doc__");
                    }
                }
            }
            if !annotations_ready && has_annotations(&module.body) {
                compiler.setup_annotations(&module.body);
                annotations_ready = true;
            }
            compiler.body(&module.body)?;
            if compiler.out_of_memory {
                return Err(out_of_memory(compiler.unit_ref().line));
            }
            future_annotations = compiler.future_annotations;
            let mut unit = compiler.units.pop().ok_or_else(|| internal("no unit"))?;
            // Node addresses die with this statement's tree and may be reused by the next.
            unit.compiled.clear();
            let mut unit = unit.with_lifetime();
            // The tree and its scope table go before the code is loaded into objects.
            drop(compiler);
            drop(module);
            if !after_statement(&mut unit.consts) {
                return Err(out_of_memory(unit.line));
            }
            last_line = unit.line;
            module_unit = Some(unit.with_lifetime());
        }
        let table = SymTable::build(&Module { body: Vec::new() }, Mode::Exec)?;
        let mut compiler = Compiler::for_module(table, filename, memory_limit);
        match module_unit {
            Some(unit) => compiler.units.push(unit.with_lifetime()),
            None => {
                compiler.enter_unit(0, "<module>".to_owned(), "<module>".to_owned(), 1);
                compiler.unit().flags = flags::MODULE;
            }
        }
        compiler.load_const(Const::None);
        compiler.emit(Op::RETURN_VALUE, 0);
        compiler.finish_unit()
    }

    /// See `compile::precompile_method`. The method is compiled in a class of the same name
    /// at the top level (what the real one is): its scope, qualified name, private-name
    /// mangling and `__class__` cell come out as they would in the real class body.
    pub(crate) fn precompile_method(
        definition: &mut Stmt,
        class_name: &Ident,
        future_annotations: bool,
        memory_limit: usize,
    ) -> Result<()> {
        let StmtKind::FunctionDef { name, .. } = &definition.node else {
            return Ok(());
        };
        let qualname = format!("{}.{}", class_name.as_str(), name.as_str());
        let method_name = name.clone();
        let position = definition.position;
        let line = position.line();
        let placeholder = Stmt {
            node: StmtKind::Pass,
            position,
        };
        let method = core::mem::replace(definition, placeholder);
        let module = Module {
            body: vec![Stmt {
                node: StmtKind::ClassDef {
                    name: class_name.clone(),
                    bases: Vec::new(),
                    keywords: Vec::new(),
                    body: vec![method],
                    decorator_list: Vec::new(),
                },
                position,
            }],
        };
        let mut unit = {
            let table = SymTable::build(&module, Mode::Exec)?;
            let mut compiler = Compiler::for_module(table, "", memory_limit);
            compiler.future_annotations = future_annotations;
            compiler.enter_unit(0, "<module>".to_owned(), "<module>".to_owned(), line);
            compiler.unit().flags = flags::MODULE;
            compiler.body(&module.body)?;
            if compiler.out_of_memory {
                return Err(out_of_memory(line));
            }
            let unit = compiler.units.pop().ok_or_else(|| internal("no unit"))?;
            unit.with_lifetime::<'static>()
        };
        // The class body's code, then the method's among its constants.
        let code = unit.consts.iter_mut().find_map(|constant| match constant {
            Const::Code(class) if class.name == class_name.as_str() => {
                class.consts.iter_mut().find_map(|constant| match constant {
                    Const::Code(code)
                        if code.name == method_name.as_str() && code.qualname == qualname =>
                    {
                        Some(core::mem::take(code))
                    }
                    _ => None,
                })
            }
            _ => None,
        });
        let mut code = code.ok_or_else(|| internal("precompiled method"))?;
        code.shrink();
        let Some(Stmt {
            node: StmtKind::ClassDef { body, .. },
            ..
        }) = module.body.into_iter().next()
        else {
            return Err(internal("precompiled class"));
        };
        let Some(mut method) = body.into_iter().next() else {
            return Err(internal("precompiled method"));
        };
        if let StmtKind::FunctionDef { body, compiled, .. } = &mut method.node {
            *body = Vec::new();
            *compiled.0.borrow_mut() = Some(code);
        }
        *definition = method;
        Ok(())
    }

    // ----- units -----

    fn unit(&mut self) -> &mut Unit<'a> {
        // A unit is always open while compiling.
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    #[inline(never)]
    fn enter_unit(&mut self, scope: ScopeId, name: String, qualname: String, firstlineno: u32) {
        let info = &mut self.table.scopes[scope];
        let unit = Unit {
            scope,
            kind: info.kind,
            name,
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            instrs: Vec::new(),
            lines: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            // Taken: every scope is compiled once (copies of a `finally` body reuse the code
            // objects compiled for the first copy, see `cached_code`).
            varnames: core::mem::take(&mut info.varnames),
            cellvars: core::mem::take(&mut info.cellvars),
            freevars: core::mem::take(&mut info.freevars),
            fblocks: Vec::new(),
            private: info.private.clone(),
            line: firstlineno,
            compiled: Vec::new(),
        };
        self.units.push(unit);
    }

    #[inline(never)]
    fn finish_unit(&mut self) -> Result<CodeDef> {
        let unit = self.units.pop().ok_or_else(|| internal("no unit"))?;
        if self.out_of_memory {
            // An instruction was dropped: this unit is incomplete.
            return Err(out_of_memory(unit.line));
        }
        // The scope's names are no longer needed.
        let scope = &mut self.table.scopes[unit.scope];
        scope.symbols = Vec::new();
        scope.params = Vec::new();
        let mut unit = unit;
        thread_jumps(&mut unit.instrs, &unit.labels);
        let assembled = assemble(&unit.instrs, &unit.labels, &unit.lines).map_err(|failure| {
            let mut error = match failure {
                AssembleError::Internal(msg) => internal(&msg),
                AssembleError::OutOfMemory => out_of_memory(unit.firstlineno),
            };
            error.line = unit.firstlineno;
            error
        })?;
        // The tree outlives compilation: no spare capacity.
        unit.varnames.shrink_to_fit();
        unit.cellvars.shrink_to_fit();
        unit.freevars.shrink_to_fit();
        unit.names.shrink_to_fit();
        unit.consts.shrink_to_fit();
        Ok(CodeDef {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.to_owned(),
            firstlineno: unit.firstlineno,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: unit.flags,
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            freevars: unit.freevars,
            names: unit.names,
            consts: unit.consts,
            code: assembled.code,
            linetable: assembled.linetable,
            stacksize: assembled.stacksize,
        })
    }

    fn scope_of(&self, mangled: &str) -> NameScope {
        let unit = self.unit_ref();
        self.table.scopes[unit.scope].scope_of(mangled)
    }

    fn mangled<'n>(&self, name: &'n str) -> alloc::borrow::Cow<'n, str> {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// `__qualname__` of a function or class named `name` defined in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match unit.kind {
            ScopeKind::Module => name.to_owned(),
            kind => {
                if self.scope_of(&self.mangled(name)) == NameScope::GlobalExplicit {
                    return name.to_owned();
                }
                // As in CPython, only function and lambda parents add `<locals>`.
                if matches!(kind, ScopeKind::Function | ScopeKind::Lambda) {
                    format!("{}.<locals>.{}", unit.qualname, name)
                } else {
                    format!("{}.{}", unit.qualname, name)
                }
            }
        }
    }

    fn child_scope(&self, key: usize) -> Result<ScopeId> {
        self.table
            .lookup(key)
            .ok_or_else(|| internal("scope not found"))
    }

    // ----- emission -----

    fn set_line(&mut self, line: u32) {
        if line > 0 {
            self.unit().line = line;
        }
    }

    fn emit(&mut self, op: Op, arg: u32) {
        let unit = self.unit();
        let position = unit.instrs.len() as u32;
        let new_line = unit.lines.last().map(|&(_, line)| line) != Some(unit.line);
        if arg > Instr::MAX_ARG
            || !room_for_one(&mut unit.instrs)
            || (new_line && !room_for_one(&mut unit.lines))
        {
            // Reported by the next statement; the unit is abandoned then.
            self.out_of_memory = true;
            return;
        }
        if new_line {
            unit.lines.push((position, unit.line));
        }
        unit.instrs.push(Instr::new(op, arg));
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        if !room_for_one(&mut unit.labels) {
            self.out_of_memory = true;
            return 0;
        }
        unit.labels.push(UNBOUND);
        (unit.labels.len() - 1) as Label
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        let position = unit.instrs.len() as u32;
        // (A label `new_label` had no room for is 0, perhaps none at all: the unit is
        // abandoned as out of memory, so where it points does not matter.)
        if let Some(slot) = unit.labels.get_mut(label as usize) {
            *slot = position;
        }
    }

    fn jump(&mut self, op: Op, label: Label) {
        debug_assert!(is_jump(op));
        self.emit(op, label);
    }

    fn add_const(&mut self, value: Const) -> u32 {
        let unit = self.unit();
        if !matches!(value, Const::Code(_) | Const::Loaded(_)) {
            if let Some(index) = unit.consts.iter().position(|c| same_const(c, &value)) {
                return index as u32;
            }
        }
        if !room_for_one(&mut unit.consts) {
            self.out_of_memory = true;
            return 0;
        }
        unit.consts.push(value);
        (unit.consts.len() - 1) as u32
    }

    fn load_const(&mut self, value: Const) {
        if let Const::Int(n @ 0..=SMALL_INT_ARG_MAX) = value {
            self.emit(Op::LOAD_SMALL_INT, n as u32);
            return;
        }
        let index = self.add_const(value);
        self.emit(Op::LOAD_CONST, index);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(index) = unit.names.iter().position(|n| n == name) {
            return index as u32;
        }
        if !room_for_one(&mut unit.names) {
            self.out_of_memory = true;
            return 0;
        }
        unit.names.push(Ident::new(name));
        (unit.names.len() - 1) as u32
    }

    fn emit_name(&mut self, op: Op, name: &str) {
        let index = self.add_name(name);
        self.emit(op, index);
    }

    fn push_fblock(&mut self, block: FBlock<'a>, line: u32, col: u32) -> Result<()> {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(error_at(
                "too many statically nested blocks".to_owned(),
                line,
                col,
            ));
        }
        self.unit().fblocks.push(block);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn nested(&mut self, line: u32, col: u32) -> Result<()> {
        self.depth += 1;
        // The stack check matters where the compile started deep inside native calls.
        if self.depth > MAX_NESTING || crate::stack::stack_remaining() < COMPILE_STACK_RESERVE {
            return Err(error_at("too many nested blocks".to_owned(), line, col));
        }
        Ok(())
    }

    // ----- names -----

    #[inline(never)]
    fn name_op(&mut self, name: &str, ctx: ExprContext) -> Result<()> {
        let mangled = self.mangled(name).into_owned();
        let scope = self.scope_of(&mangled);
        let kind = self.unit_ref().kind;
        let function = kind.is_function();
        enum Access {
            Fast,
            Deref,
            Global,
            Name,
        }
        let access = match scope {
            NameScope::Free | NameScope::Cell => Access::Deref,
            NameScope::Local if function => Access::Fast,
            NameScope::GlobalImplicit if function => Access::Global,
            NameScope::Local | NameScope::GlobalImplicit => Access::Name,
            NameScope::GlobalExplicit => Access::Global,
        };
        match access {
            Access::Fast => {
                let index = self
                    .unit_ref()
                    .varnames
                    .iter()
                    .position(|n| *n == *mangled)
                    .ok_or_else(|| internal("local without a slot"))?;
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_FAST,
                    ExprContext::Store => Op::STORE_FAST,
                    ExprContext::Del => Op::DELETE_FAST,
                };
                self.emit(op, index as u32);
            }
            Access::Deref => {
                let index = self.cell_index(&mangled)?;
                let op = match ctx {
                    ExprContext::Load if kind == ScopeKind::Class => Op::LOAD_CLASSDEREF,
                    ExprContext::Load => Op::LOAD_DEREF,
                    ExprContext::Store => Op::STORE_DEREF,
                    ExprContext::Del => Op::DELETE_DEREF,
                };
                self.emit(op, index);
            }
            Access::Global => {
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_GLOBAL,
                    ExprContext::Store => Op::STORE_GLOBAL,
                    ExprContext::Del => Op::DELETE_GLOBAL,
                };
                self.emit_name(op, &mangled);
            }
            Access::Name => {
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_NAME,
                    ExprContext::Store => Op::STORE_NAME,
                    ExprContext::Del => Op::DELETE_NAME,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    /// The cell slot of `name`: cell variables first, then free variables.
    fn cell_index(&self, name: &str) -> Result<u32> {
        let unit = self.unit_ref();
        if let Some(index) = unit.cellvars.iter().position(|n| n == name) {
            return Ok(index as u32);
        }
        unit.freevars
            .iter()
            .position(|n| n == name)
            .map(|index| (unit.cellvars.len() + index) as u32)
            .ok_or_else(|| internal("free variable without a cell"))
    }

    // ----- statements -----

    fn body(&mut self, body: &'a [Stmt]) -> Result<()> {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        if self.out_of_memory || crate::alloc_counter::allocated() > self.memory_limit {
            return Err(out_of_memory(stmt.line()));
        }
        self.nested(stmt.line(), stmt.col())?;
        self.set_line(stmt.line());
        self.stmt_inner(stmt)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, stmt: &'a Stmt) -> Result<()> {
        let (line, col) = (stmt.line(), stmt.col());
        match &stmt.node {
            StmtKind::FunctionDef { .. } => self.function_def(stmt),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.class_def(stmt, name, bases, keywords, body, decorator_list),
            StmtKind::Return { value } => {
                if !self.unit_ref().kind.is_function() {
                    return Err(error_at("'return' outside function".to_owned(), line, col));
                }
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(Const::None),
                }
                if self.leaves_except_star(false) {
                    let (line, col) = value.as_ref().map_or((line, col), |v| (v.line(), v.col()));
                    return Err(error_at(EXCEPT_STAR_EXIT.to_owned(), line, col));
                }
                self.set_line(line);
                self.unwind_fblock_stack(true, false)?;
                self.emit(Op::RETURN_VALUE, 0);
                Ok(())
            }
            StmtKind::Delete { targets } => {
                for target in targets {
                    self.delete(target)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (index, target) in targets.iter().enumerate() {
                    if index + 1 < targets.len() {
                        self.emit(Op::DUP_TOP, 0);
                    }
                    self.store(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(stmt, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_loop(stmt, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, next)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::JUMP_ABSOLUTE, end);
                    self.bind(next);
                    self.body(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.with(stmt, items, 0, body),
            StmtKind::Raise { exc, cause } => {
                let mut count = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    count = 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        count = 2;
                    }
                }
                self.set_line(line);
                self.emit(Op::RAISE_VARARGS, count);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(stmt, body, handlers, orelse)
                } else {
                    self.try_finally(stmt, body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_line(line);
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.set_line(line);
                    self.emit(Op::CALL_FUNCTION, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.unit_ref().kind == ScopeKind::Module {
                    self.expr(value)?;
                    self.set_line(line);
                    self.emit(Op::PRINT_EXPR, 0);
                } else if !matches!(value.node, ExprKind::Constant(_)) {
                    self.expr(value)?;
                    self.emit(Op::POP_TOP, 0);
                }
                Ok(())
            }
            StmtKind::Break | StmtKind::Continue if self.leaves_except_star(true) => {
                Err(error_at(EXCEPT_STAR_EXIT.to_owned(), line, col))
            }
            StmtKind::Break => {
                let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
                    return Err(error_at("'break' outside loop".to_owned(), line, col));
                };
                self.unwind_fblock(&loop_block, false)?;
                match loop_block {
                    FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => {
                        self.jump(Op::JUMP_ABSOLUTE, exit)
                    }
                    _ => return Err(internal("break target")),
                }
                Ok(())
            }
            StmtKind::Continue => {
                let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
                    return Err(error_at(
                        "'continue' not properly in loop".to_owned(),
                        line,
                        col,
                    ));
                };
                match loop_block {
                    FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                        self.jump(Op::JUMP_ABSOLUTE, start)
                    }
                    _ => return Err(internal("continue target")),
                }
                Ok(())
            }
        }
    }

    /// Emits the cleanup of every block from the innermost outwards, stopping at (and
    /// returning) the innermost loop when `stop_at_loop`. `preserve_tos` keeps the value on
    /// top of the stack (a return value) above the cleanup.
    #[inline(never)]
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> Result<Option<FBlock<'a>>> {
        let mut saved: Vec<FBlock<'a>> = Vec::new();
        let mut found = None;
        let result = loop {
            let Some(top) = self.unit_ref().fblocks.last().cloned() else {
                break Ok(());
            };
            if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                found = Some(top);
                break Ok(());
            }
            self.pop_fblock();
            saved.push(top.clone());
            if let Err(error) = self.unwind_fblock(&top, preserve_tos) {
                break Err(error);
            }
        };
        while let Some(block) = saved.pop() {
            self.unit().fblocks.push(block);
        }
        result.map(|()| found)
    }

    /// Would a `break`/`continue` (`to_loop`: stopping at the innermost loop) or a `return`
    /// leave an `except*` body?
    fn leaves_except_star(&self, to_loop: bool) -> bool {
        for block in self.unit_ref().fblocks.iter().rev() {
            match block {
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if to_loop => return false,
                FBlock::ExceptStar => return true,
                _ => {}
            }
        }
        false
    }

    #[inline(never)]
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> Result<()> {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptStar => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::ROT_TWO, 0);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit(Op::POP_BLOCK, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Op::POP_BLOCK, 0);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, 0, 0)?;
                }
                let line = self.unit_ref().line;
                self.body(body)?;
                self.set_line(line);
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd | FBlock::HandlerCleanup { .. } => {
                self.emit(Op::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Op::ROT_THREE, 0);
                }
                self.emit(Op::POP_TOP, 0);
                self.emit(Op::POP_EXCEPT, 0);
                if let FBlock::HandlerCleanup { name: Some(name) } = block {
                    self.clear_name(name)?;
                }
            }
            FBlock::With => {
                self.emit(Op::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Op::ROT_TWO, 0);
                }
                self.call_exit_with_nones();
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.emit(Op::DUP_TOP, 0);
        self.emit(Op::DUP_TOP, 0);
        self.emit(Op::CALL_FUNCTION, 3);
        self.emit(Op::POP_TOP, 0);
    }

    /// `name = None; del name` (the end of `except ... as name`).
    fn clear_name(&mut self, name: &str) -> Result<()> {
        self.load_const(Const::None);
        self.name_op(name, ExprContext::Store)?;
        self.name_op(name, ExprContext::Del)
    }

    #[inline(never)]
    fn for_loop(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.iterable(iter)?;
        self.set_line(stmt.line());
        self.emit(Op::GET_ITER, 0);
        self.bind(start);
        self.jump(Op::FOR_ITER, cleanup);
        self.push_fblock(
            FBlock::ForLoop { start, exit: end },
            stmt.line(),
            stmt.col(),
        )?;
        self.store(target)?;
        self.body(body)?;
        self.pop_fblock();
        self.set_line(stmt.line());
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(cleanup);
        self.body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// An iterable for `for`/`in`: a list of constants becomes a constant tuple.
    #[inline(never)]
    fn iterable(&mut self, iter: &'a Expr) -> Result<()> {
        if let ExprKind::List {
            elts,
            ctx: ExprContext::Load,
        } = &iter.node
        {
            if let Some(items) = fold_all(elts) {
                self.set_line(iter.line());
                self.load_const(Const::Tuple(items));
                return Ok(());
            }
        }
        self.expr(iter)
    }

    #[inline(never)]
    fn while_loop(
        &mut self,
        stmt: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        // The test is compiled twice, at the top (entry) and at the bottom (repeat), so an
        // iteration costs one conditional jump instead of a jump plus a conditional jump.
        let body_label = self.new_label();
        let test_label = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        self.jump_if(test, false, orelse_label)?;
        self.bind(body_label);
        let block = FBlock::WhileLoop {
            start: test_label,
            exit: end,
        };
        self.push_fblock(block, stmt.line(), stmt.col())?;
        self.body(body)?;
        self.pop_fblock();
        self.bind(test_label);
        self.set_line(stmt.line());
        self.jump_if(test, true, body_label)?;
        self.bind(orelse_label);
        self.body(orelse)?;
        self.bind(end);
        Ok(())
    }

    #[inline(never)]
    fn try_except(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        if handlers.first().is_some_and(|handler| handler.star) {
            return self.try_except_star(stmt, body, handlers, orelse);
        }
        let (cleanup, end) = self.try_body(stmt, body, handlers, orelse)?;
        for (index, handler) in handlers.iter().enumerate() {
            self.set_line(handler.line);
            let next = self.new_label();
            match &handler.typ {
                Some(typ) => {
                    // CHECK_EXC_MATCH keeps E: [P, E, T] -> [P, E, bool].
                    self.expr(typ)?;
                    self.set_line(handler.line);
                    self.emit(Op::CHECK_EXC_MATCH, 0);
                    self.jump(Op::POP_JUMP_IF_FALSE, next);
                }
                None if index + 1 < handlers.len() => {
                    return Err(error_at(
                        "default 'except:' must be last".to_owned(),
                        handler.line,
                        handler.col,
                    ));
                }
                None => {}
            }
            match &handler.name {
                Some(name) => {
                    let named_cleanup = self.new_label();
                    // The name is cleared however the clause ends.
                    self.emit(Op::POP_BLOCK, 0);
                    self.jump(Op::SETUP_EXCEPT, named_cleanup);
                    self.emit(Op::DUP_TOP, 0);
                    self.name_op(name, ExprContext::Store)?;
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name.as_str()),
                        },
                        handler.line,
                        handler.col,
                    )?;
                    self.body(&handler.body)?;
                    self.pop_fblock();
                    self.emit(Op::POP_BLOCK, 0);
                    self.emit(Op::POP_TOP, 0);
                    self.emit(Op::POP_EXCEPT, 0);
                    self.clear_name(name)?;
                    self.jump(Op::JUMP_ABSOLUTE, end);
                    // [P, E, P2, E2]
                    self.bind(named_cleanup);
                    self.set_line(handler.line);
                    self.clear_name(name)?;
                    self.emit_cleanup_tail();
                }
                None => {
                    self.push_fblock(
                        FBlock::HandlerCleanup { name: None },
                        handler.line,
                        handler.col,
                    )?;
                    self.body(&handler.body)?;
                    self.pop_fblock();
                    self.emit(Op::POP_BLOCK, 0);
                    self.emit(Op::POP_TOP, 0);
                    self.emit(Op::POP_EXCEPT, 0);
                    self.jump(Op::JUMP_ABSOLUTE, end);
                }
            }
            self.bind(next);
        }
        // No clause matched.
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.emit_cleanup_tail();
        self.bind(end);
        Ok(())
    }

    /// `try` with `except*` clauses (PEP 654). The handler keeps the exception the body
    /// raised (`orig`), a list of what the clauses raised and the part still unhandled
    /// (`rest`); each clause splits its part off `rest` (CHECK_EG_MATCH), and at the end
    /// PREP_RERAISE_STAR raises what is left:
    ///
    /// ```text
    ///         SETUP_EXCEPT H; <body>; POP_BLOCK; <else>; JUMP_ABSOLUTE END
    ///     H:  SETUP_EXCEPT CLEANUP                   # [P, orig]
    ///         DUP_TOP; BUILD_LIST 0; ROT_TWO         # [P, orig, raised, rest]
    ///         <type>; CHECK_EG_MATCH; POP_JUMP_IF_FALSE NOMATCH   # [.., rest, match]
    ///         STORE_x name (or POP_TOP); SETUP_EXCEPT RAISED
    ///         <handler body>; POP_BLOCK; <clear name>; JUMP_ABSOLUTE NEXT
    /// RAISED: <clear name>; ROT_TWO; POP_EXCEPT; LIST_APPEND 2; JUMP_ABSOLUTE NEXT
    /// NOMATCH: POP_TOP
    ///   NEXT: ... more clauses ...
    ///         LIST_APPEND 1; PREP_RERAISE_STAR       # [P, orig], or raises
    ///         POP_BLOCK; POP_TOP; POP_EXCEPT; JUMP_ABSOLUTE END
    /// CLEANUP: <the CLEANUP sequence of try_except>
    ///    END:
    /// ```
    #[inline(never)]
    fn try_except_star(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let (cleanup, end) = self.try_body(stmt, body, handlers, orelse)?;
        self.emit(Op::DUP_TOP, 0);
        self.emit(Op::BUILD_LIST, 0);
        self.emit(Op::ROT_TWO, 0);
        for handler in handlers {
            let no_match = self.new_label();
            let raised = self.new_label();
            let next = self.new_label();
            self.set_line(handler.line);
            let typ = handler.typ.as_ref().ok_or_else(|| {
                error_at(
                    "expected one or more exception types".to_owned(),
                    handler.line,
                    handler.col,
                )
            })?;
            self.expr(typ)?;
            self.set_line(handler.line);
            self.emit(Op::CHECK_EG_MATCH, 0);
            self.jump(Op::POP_JUMP_IF_FALSE, no_match);
            match &handler.name {
                Some(name) => self.name_op(name, ExprContext::Store)?,
                None => self.emit(Op::POP_TOP, 0),
            }
            self.jump(Op::SETUP_EXCEPT, raised);
            self.push_fblock(FBlock::ExceptStar, handler.line, handler.col)?;
            self.body(&handler.body)?;
            self.pop_fblock();
            self.set_line(handler.line);
            self.emit(Op::POP_BLOCK, 0);
            if let Some(name) = &handler.name {
                self.clear_name(name)?;
            }
            self.jump(Op::JUMP_ABSOLUTE, next);
            // [P, orig, raised, rest, P2, E2]: E2 joins the list, P2 is handled again.
            self.bind(raised);
            self.set_line(handler.line);
            if let Some(name) = &handler.name {
                self.clear_name(name)?;
            }
            self.emit(Op::ROT_TWO, 0);
            self.emit(Op::POP_EXCEPT, 0);
            self.emit(Op::LIST_APPEND, 2);
            self.jump(Op::JUMP_ABSOLUTE, next);
            self.bind(no_match);
            self.emit(Op::POP_TOP, 0);
            self.bind(next);
        }
        self.emit(Op::LIST_APPEND, 1);
        self.emit(Op::PREP_RERAISE_STAR, 0);
        self.emit(Op::POP_BLOCK, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.jump(Op::JUMP_ABSOLUTE, end);
        self.bind(cleanup);
        self.emit_cleanup_tail();
        self.bind(end);
        Ok(())
    }

    /// What `try ... except` and `try ... except*` share: the protected body, `else`, and the
    /// handler's entry (`[P, E]`, guarded by a block to the cleanup). Returns the cleanup and
    /// end labels, the cleanup still to bind.
    fn try_body(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(Label, Label)> {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_line(stmt.line());
        self.jump(Op::SETUP_EXCEPT, handler_label);
        self.push_fblock(FBlock::TryExcept, stmt.line(), stmt.col())?;
        self.body(body)?;
        self.pop_fblock();
        self.emit(Op::POP_BLOCK, 0);
        self.body(orelse)?;
        self.jump(Op::JUMP_ABSOLUTE, end);

        // [P, E]
        self.bind(handler_label);
        self.set_line(handlers.first().map_or(stmt.line(), |handler| handler.line));
        self.jump(Op::SETUP_EXCEPT, cleanup);
        Ok((cleanup, end))
    }

    /// `[P, E, P2, E2]`: restore P as the handled exception and propagate E2.
    fn emit_cleanup_tail(&mut self) {
        self.emit(Op::ROT_FOUR, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
    }

    #[inline(never)]
    fn try_finally(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<()> {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_line(stmt.line());
        self.jump(Op::SETUP_EXCEPT, handler_label);
        self.push_fblock(
            FBlock::FinallyTry { body: finalbody },
            stmt.line(),
            stmt.col(),
        )?;
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(stmt, body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.emit(Op::POP_BLOCK, 0);
        self.body(finalbody)?;
        self.jump(Op::JUMP_ABSOLUTE, end);

        // [P, E]
        self.bind(handler_label);
        if let Some(first) = finalbody.first() {
            self.set_line(first.line());
        }
        self.jump(Op::SETUP_EXCEPT, cleanup);
        self.push_fblock(FBlock::FinallyEnd, stmt.line(), stmt.col())?;
        self.body(finalbody)?;
        self.pop_fblock();
        self.emit(Op::POP_BLOCK, 0);
        self.emit(Op::ROT_TWO, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.emit_cleanup_tail();
        self.bind(end);
        Ok(())
    }

    #[inline(never)]
    fn with(
        &mut self,
        stmt: &'a Stmt,
        items: &'a [WithItem],
        index: usize,
        body: &'a [Stmt],
    ) -> Result<()> {
        let Some(item) = items.get(index) else {
            return self.body(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_line(stmt.line());
        self.emit(Op::BEFORE_WITH, 0);
        // [exit, value]
        let store_failed = match &item.optional_vars {
            Some(target) => {
                // Storing the value can fail too, and __exit__ must see that exception. The
                // store consumes a copy so the stack never drops below the block's depth.
                let store_failed = self.new_label();
                self.jump(Op::SETUP_EXCEPT, store_failed);
                self.emit(Op::DUP_TOP, 0);
                self.store(target)?;
                self.set_line(stmt.line());
                self.emit(Op::POP_BLOCK, 0);
                self.emit(Op::POP_TOP, 0);
                Some(store_failed)
            }
            None => {
                self.emit(Op::POP_TOP, 0);
                None
            }
        };
        self.jump(Op::SETUP_EXCEPT, handler);
        self.push_fblock(FBlock::With, stmt.line(), stmt.col())?;
        self.with(stmt, items, index + 1, body)?;
        self.pop_fblock();
        self.set_line(stmt.line());
        self.emit(Op::POP_BLOCK, 0);
        self.call_exit_with_nones();
        self.jump(Op::JUMP_ABSOLUTE, end);

        if let Some(store_failed) = store_failed {
            // [exit, value, P, E] -> [exit, P, E]
            self.bind(store_failed);
            self.emit(Op::ROT_THREE, 0);
            self.emit(Op::ROT_THREE, 0);
            self.emit(Op::POP_TOP, 0);
            self.jump(Op::JUMP_ABSOLUTE, handler);
        }
        // [exit, P, E]
        self.bind(handler);
        self.jump(Op::SETUP_EXCEPT, cleanup);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.bind(suppress);
        self.emit(Op::POP_BLOCK, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.jump(Op::JUMP_ABSOLUTE, end);
        self.bind(cleanup);
        self.emit_cleanup_tail();
        self.bind(end);
        Ok(())
    }

    #[inline(never)]
    fn import(&mut self, names: &'a [Alias]) -> Result<()> {
        for alias in names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            self.emit_name(Op::IMPORT_NAME, &alias.name);
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d`: IMPORT_NAME gives `a`; walk to `a.b.c`.
                    let mut components = alias.name.split('.').skip(1).peekable();
                    while let Some(component) = components.next() {
                        self.emit_name(Op::IMPORT_FROM, component);
                        if components.peek().is_some() {
                            self.emit(Op::ROT_TWO, 0);
                            self.emit(Op::POP_TOP, 0);
                        } else {
                            self.name_op(asname, ExprContext::Store)?;
                            self.emit(Op::POP_TOP, 0);
                            break;
                        }
                    }
                    if !alias.name.contains('.') {
                        self.name_op(asname, ExprContext::Store)?;
                    }
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.name_op(first, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> Result<()> {
        if crate::ast::imports_future_annotations(module, names) {
            self.future_annotations = true;
        }
        self.load_const(Const::Int(i64::from(level)));
        let fromlist = names
            .iter()
            .map(|alias| Const::Str(String::from(alias.name.as_str())))
            .collect();
        self.load_const(Const::Tuple(fromlist));
        self.emit_name(Op::IMPORT_NAME, module.unwrap_or(""));
        if names.first().is_some_and(|alias| alias.name == "*") {
            self.emit(Op::IMPORT_STAR, 0);
            return Ok(());
        }
        for alias in names {
            self.emit_name(Op::IMPORT_FROM, &alias.name);
            let bound = alias.asname.as_deref().unwrap_or(&alias.name);
            self.name_op(bound, ExprContext::Store)?;
        }
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }

    #[inline(never)]
    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> Result<()> {
        let line = self.unit_ref().line;
        let code = u32::from(binary_code(op) + binary::INPLACE);
        match &target.node {
            ExprKind::Name { id, .. } => {
                self.name_op(id, ExprContext::Load)?;
                self.expr(value)?;
                self.set_line(line);
                self.emit(Op::BINARY_OP, code);
                self.name_op(id, ExprContext::Store)?;
            }
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                self.expr(object)?;
                self.set_line(target.line());
                self.emit(Op::DUP_TOP, 0);
                let attr = self.mangled(attr).into_owned();
                self.emit_name(Op::LOAD_ATTR, &attr);
                self.expr(value)?;
                self.set_line(line);
                self.emit(Op::BINARY_OP, code);
                self.emit(Op::ROT_TWO, 0);
                self.emit_name(Op::STORE_ATTR, &attr);
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } => {
                self.expr(object)?;
                self.expr(slice)?;
                self.set_line(target.line());
                self.emit(Op::DUP_TOP_TWO, 0);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(value)?;
                self.set_line(line);
                self.emit(Op::BINARY_OP, code);
                self.emit(Op::ROT_THREE, 0);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            _ => {
                return Err(error_at(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(target)
                    ),
                    target.line(),
                    target.col(),
                ))
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<()> {
        if let Some(value) = value {
            self.expr(value)?;
            self.store(target)?;
        } else {
            // Without a value only the target's container and index are evaluated.
            match &target.node {
                ExprKind::Attribute { value: object, .. } => {
                    self.expr(object)?;
                    self.emit(Op::POP_TOP, 0);
                }
                ExprKind::Subscript {
                    value: object,
                    slice,
                    ..
                } => {
                    self.expr(object)?;
                    self.emit(Op::POP_TOP, 0);
                    self.expr(slice)?;
                    self.emit(Op::POP_TOP, 0);
                }
                _ => {}
            }
        }
        // Annotations are evaluated at module and class level only; those of simple names
        // go into `__annotations__` (not in the REPL, whose namespace outlives one line).
        if !self.unit_ref().kind.is_function() {
            self.annotation(annotation)?;
            match &target.node {
                ExprKind::Name { id, .. } if simple && !self.interactive_module() => {
                    self.emit_name(Op::LOAD_NAME, "__annotations__");
                    let name = self.mangled(id).into_owned();
                    self.load_const(Const::Str(name));
                    self.emit(Op::STORE_SUBSCR, 0);
                }
                _ => self.emit(Op::POP_TOP, 0),
            }
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its text under `from __future__ import
    /// annotations` (PEP 563).
    fn annotation(&mut self, annotation: &'a Expr) -> Result<()> {
        if self.future_annotations {
            self.load_const(Const::Str(super::unparse::annotation(annotation)));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    fn interactive_module(&self) -> bool {
        self.interactive && self.unit_ref().kind == ScopeKind::Module
    }

    /// A module or class body with annotated assignments starts with `__annotations__ = {}`.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if !self.interactive_module() && has_annotations(body) {
            self.emit(Op::BUILD_MAP, 0);
            self.emit_name(Op::STORE_NAME, "__annotations__");
        }
    }

    // ----- definitions -----

    /// Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags so far.
    #[inline(never)]
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32> {
        let mut make_flags = 0;
        if !args.defaults.is_empty() {
            match fold_all(&args.defaults) {
                Some(values) => self.load_const(Const::Tuple(values)),
                None => {
                    for default in &args.defaults {
                        self.expr(default)?;
                    }
                    self.emit(Op::BUILD_TUPLE, args.defaults.len() as u32);
                }
            }
            make_flags |= u32::from(make_function::DEFAULTS);
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(default) = default {
                let name = self.mangled(&arg.arg).into_owned();
                self.load_const(Const::Str(name));
                self.expr(default)?;
                count += 1;
            }
        }
        if count > 0 {
            self.emit(Op::BUILD_MAP, count);
            make_flags |= u32::from(make_function::KW_DEFAULTS);
        }
        Ok(make_flags)
    }

    /// Pushes the dict of a `def`'s annotations (parameter names, then `return`); false when
    /// it has none.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<bool> {
        let mut count = 0;
        for arg in args.parameters() {
            if let Some(annotation) = &arg.annotation {
                let name = self.mangled(&arg.arg).into_owned();
                self.load_const(Const::Str(name));
                self.annotation(annotation)?;
                count += 1;
            }
        }
        if let Some(returns) = returns {
            self.load_const(Const::Str("return".to_owned()));
            self.annotation(returns)?;
            count += 1;
        }
        if count > 0 {
            self.emit(Op::BUILD_MAP, count);
        }
        Ok(count > 0)
    }

    fn set_arguments(&mut self, args: &Arguments) -> Result<()> {
        let count = |n: usize| {
            u16::try_from(n).map_err(|_| error_at("too many parameters".to_owned(), 0, 0))
        };
        let posonly = count(args.posonlyargs.len())?;
        let positional = count(args.posonlyargs.len() + args.args.len())?;
        let kwonly = count(args.kwonlyargs.len())?;
        let unit = self.unit();
        unit.posonlyargcount = posonly;
        unit.argcount = positional;
        unit.kwonlyargcount = kwonly;
        if args.vararg.is_some() {
            unit.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= flags::VARKEYWORDS;
        }
        Ok(())
    }

    /// Copies parameters that are cells into their cells.
    fn copy_cell_params(&mut self) {
        let unit = self.unit_ref();
        let params = self.table.scopes[unit.scope].params.len();
        let mut copies = Vec::new();
        for (slot, name) in unit.varnames.iter().enumerate().take(params) {
            if let Some(cell) = unit.cellvars.iter().position(|n| n == name) {
                copies.push((slot as u32, cell as u32));
            }
        }
        for (slot, cell) in copies {
            self.emit(Op::LOAD_FAST, slot);
            self.emit(Op::STORE_DEREF, cell);
        }
    }

    /// Emits MAKE_FUNCTION for a finished child code object (closure and qualname included).
    /// The constant index of the code object already compiled for the node `key` in this
    /// unit (a `finally` body is compiled once per exit path; its definitions are shared).
    fn cached_code(&self, key: usize) -> Option<u32> {
        let unit = self.unit_ref();
        unit.compiled
            .iter()
            .find(|&&(node, _)| node == key)
            .map(|&(_, index)| index)
    }

    /// Finishes the current (child) unit and adds its code to the parent's constants. Kept
    /// out of line so the big `CodeDef` never sits in the frames of the recursive callers.
    #[inline(never)]
    fn finish_child(&mut self, key: usize) -> Result<u32> {
        let code = self.finish_unit()?;
        Ok(self.add_code(key, code))
    }

    fn add_code(&mut self, key: usize, code: CodeDef) -> u32 {
        let index = self.add_const(Const::Code(Box::new(code)));
        self.unit().compiled.push((key, index));
        index
    }

    /// Emits MAKE_FUNCTION for the child code object `consts[code]` (closure and qualname
    /// included).
    #[inline(never)]
    fn make_function(&mut self, code: u32, make_flags: u32) -> Result<()> {
        let (freevars, qualname) = match self.unit_ref().consts.get(code as usize) {
            Some(Const::Code(code)) => (code.freevars.clone(), code.qualname.clone()),
            _ => return Err(internal("code constant")),
        };
        let mut make_flags = make_flags;
        if !freevars.is_empty() {
            for name in &freevars {
                let index = self.cell_index(name)?;
                self.emit(Op::LOAD_CLOSURE, index);
            }
            self.emit(Op::BUILD_TUPLE, freevars.len() as u32);
            make_flags |= u32::from(make_function::CLOSURE);
        }
        self.emit(Op::LOAD_CONST, code);
        self.load_const(Const::Str(qualname));
        self.emit(Op::MAKE_FUNCTION, make_flags);
        Ok(())
    }

    #[inline(never)]
    fn function_def(&mut self, stmt: &'a Stmt) -> Result<()> {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list: decorators,
            returns,
            compiled,
        } = &stmt.node
        else {
            return Err(internal("not a def"));
        };
        let (name, returns) = (name.as_str(), returns.as_deref());
        // A method compiled as soon as it was parsed (`ast::Precompiled`).
        let compiled = compiled.0.borrow_mut().take();
        for decorator in decorators {
            self.expr(decorator)?;
        }
        let firstlineno = decorators.first().map_or(stmt.line(), |d| d.line());
        self.set_line(stmt.line());
        let mut make_flags = self.defaults(args)?;
        if self.annotations(args, returns)? {
            make_flags |= u32::from(make_function::ANNOTATIONS);
        }
        let key = node_key(stmt);
        let code = match (self.cached_code(key), compiled) {
            (Some(index), _) => index,
            (None, Some(code)) => self.add_code(key, *code),
            (None, None) => {
                let scope = self.child_scope(node_key(stmt))?;
                let qualname = self.qualname_for(name);
                self.enter_unit(scope, name.to_owned(), qualname, firstlineno);
                self.set_arguments(args)?;
                if self.table.scopes[scope].is_generator {
                    self.unit().flags |= flags::GENERATOR;
                }
                let scope = &self.table.scopes[scope];
                if scope.is_async_generator {
                    self.unit().flags |= flags::ASYNC_GENERATOR;
                } else if scope.is_async {
                    self.unit().flags |= flags::COROUTINE;
                }
                self.add_const(
                    docstring(body).map_or(Const::None, |doc| Const::Str(doc.to_owned())),
                );
                self.set_line(stmt.line());
                self.copy_cell_params();
                self.body(body)?;
                if !matches!(body.last().map(|s| &s.node), Some(StmtKind::Return { .. })) {
                    self.load_const(Const::None);
                    self.emit(Op::RETURN_VALUE, 0);
                }
                self.finish_child(key)?
            }
        };
        self.set_line(stmt.line());
        self.make_function(code, make_flags)?;
        for _ in decorators {
            self.emit(Op::CALL_FUNCTION, 1);
        }
        self.name_op(name, ExprContext::Store)
    }

    #[inline(never)]
    fn lambda(&mut self, expr: &'a Expr, args: &'a Arguments, body: &'a Expr) -> Result<()> {
        let make_flags = self.defaults(args)?;
        let key = node_key(expr);
        let code = match self.cached_code(key) {
            Some(index) => index,
            None => {
                let scope = self.child_scope(node_key(expr))?;
                let qualname = self.qualname_for("<lambda>");
                self.enter_unit(scope, "<lambda>".to_owned(), qualname, expr.line());
                self.set_arguments(args)?;
                if self.table.scopes[scope].is_generator {
                    self.unit().flags |= flags::GENERATOR;
                }
                // A lambda has no docstring.
                self.add_const(Const::None);
                self.copy_cell_params();
                self.expr(body)?;
                self.emit(Op::RETURN_VALUE, 0);
                self.finish_child(key)?
            }
        };
        self.set_line(expr.line());
        self.make_function(code, make_flags)
    }

    #[inline(never)]
    fn class_def(
        &mut self,
        stmt: &'a Stmt,
        name: &'a str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> Result<()> {
        for decorator in decorators {
            self.expr(decorator)?;
        }
        let firstlineno = decorators.first().map_or(stmt.line(), |d| d.line());
        self.set_line(stmt.line());
        self.emit(Op::LOAD_BUILD_CLASS, 0);

        let key = node_key(stmt);
        let code = match self.cached_code(key) {
            Some(index) => index,
            None => {
                let scope = self.child_scope(node_key(stmt))?;
                let qualname = self.qualname_for(name);
                self.enter_unit(scope, name.to_owned(), qualname.clone(), firstlineno);
                self.unit().flags = flags::CLASS_BODY;
                self.set_line(stmt.line());
                self.emit_name(Op::LOAD_NAME, "__name__");
                self.emit_name(Op::STORE_NAME, "__module__");
                self.load_const(Const::Str(qualname));
                self.emit_name(Op::STORE_NAME, "__qualname__");
                if let Some(doc) = docstring(body) {
                    self.load_const(Const::Str(doc.to_owned()));
                    self.emit_name(Op::STORE_NAME, "__doc__");
                }
                self.setup_annotations(body);
                self.body(body)?;
                if self.table.scopes[scope].needs_class_closure {
                    let index = self.cell_index("__class__")?;
                    self.emit(Op::LOAD_CLOSURE, index);
                } else {
                    self.load_const(Const::None);
                }
                self.emit(Op::RETURN_VALUE, 0);
                self.finish_child(key)?
            }
        };

        self.set_line(stmt.line());
        self.make_function(code, 0)?;
        self.load_const(Const::Str(name.to_owned()));
        self.call_helper(2, bases, keywords, stmt.line())?;
        for _ in decorators {
            self.emit(Op::CALL_FUNCTION, 1);
        }
        self.name_op(name, ExprContext::Store)
    }

    // ----- targets -----

    fn store(&mut self, target: &'a Expr) -> Result<()> {
        self.nested(target.line(), target.col())?;
        let line = self.unit_ref().line;
        self.set_line(target.line());
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_line(target.line());
                let attr = self.mangled(attr).into_owned();
                self.emit_name(Op::STORE_ATTR, &attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(target.line());
                self.emit(Op::STORE_SUBSCR, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(target, elts)?;
                for elt in elts {
                    match &elt.node {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(elt)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(error_at(
                    "starred assignment target must be in a list or tuple".to_owned(),
                    target.line(),
                    target.col(),
                ))
            }
            _ => {
                return Err(error_at(
                    format!("cannot assign to {}", expr_name(target)),
                    target.line(),
                    target.col(),
                ))
            }
        }
        self.set_line(line);
        self.depth -= 1;
        Ok(())
    }

    fn unpack(&mut self, target: &Expr, elts: &[Expr]) -> Result<()> {
        let mut starred = None;
        for (index, elt) in elts.iter().enumerate() {
            if is_starred(elt) {
                if starred.is_some() {
                    return Err(error_at(
                        "multiple starred expressions in assignment".to_owned(),
                        elt.line(),
                        elt.col(),
                    ));
                }
                starred = Some(index);
            }
        }
        match starred {
            Some(index) => {
                let before = index;
                let after = elts.len() - index - 1;
                if before >= 256 || after >= (1 << 23) {
                    return Err(error_at(
                        "too many expressions in star-unpacking assignment".to_owned(),
                        target.line(),
                        target.col(),
                    ));
                }
                self.emit(Op::UNPACK_EX, (before | (after << 8)) as u32);
            }
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
        }
        Ok(())
    }

    fn delete(&mut self, target: &'a Expr) -> Result<()> {
        self.nested(target.line(), target.col())?;
        self.set_line(target.line());
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_line(target.line());
                let attr = self.mangled(attr).into_owned();
                self.emit_name(Op::DELETE_ATTR, &attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(target.line());
                self.emit(Op::DELETE_SUBSCR, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for elt in elts {
                    self.delete(elt)?;
                }
            }
            _ => {
                return Err(error_at(
                    format!("cannot delete {}", expr_name(target)),
                    target.line(),
                    target.col(),
                ))
            }
        }
        self.depth -= 1;
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, expr: &'a Expr) -> Result<()> {
        self.nested(expr.line(), expr.col())?;
        let line = self.unit_ref().line;
        self.set_line(expr.line());
        self.expr_inner(expr)?;
        self.set_line(line);
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, expr: &'a Expr) -> Result<()> {
        match &expr.node {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Op::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Op::JUMP_IF_TRUE_OR_POP,
                };
                let Some((last, rest)) = values.split_last() else {
                    return Err(internal("empty boolean operation"));
                };
                for value in rest {
                    self.expr(value)?;
                    self.jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::DUP_TOP, 0);
                self.store(target)?;
            }
            ExprKind::BinOp { .. } => self.binary_chain(expr)?,
            ExprKind::UnaryOp { op, operand } => {
                if let Some(value) = fold(expr) {
                    self.load_const(value);
                } else {
                    self.expr(operand)?;
                    let op = match op {
                        UnaryOp::Invert => Op::UNARY_INVERT,
                        UnaryOp::Not => Op::UNARY_NOT,
                        UnaryOp::UAdd => Op::UNARY_POSITIVE,
                        UnaryOp::USub => Op::UNARY_NEGATIVE,
                    };
                    self.emit(op, 0);
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(expr, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, orelse_label)?;
                self.expr(body)?;
                self.jump(Op::JUMP_ABSOLUTE, end);
                self.bind(orelse_label);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.sequence_display(elts, Op::BUILD_SET)?,
            ExprKind::List { elts, ctx } => {
                if *ctx != ExprContext::Load {
                    return Err(internal("list target in an expression"));
                }
                self.sequence_display(elts, Op::BUILD_LIST)?
            }
            ExprKind::Tuple { elts, ctx } => {
                if *ctx != ExprContext::Load {
                    return Err(internal("tuple target in an expression"));
                }
                if let Some(value) = fold(expr) {
                    self.load_const(value);
                } else {
                    self.sequence_display(elts, Op::BUILD_TUPLE)?
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, "<setcomp>", generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, "<genexpr>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::Yield { value } => {
                self.check_generator_context(expr)?;
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom { value } => {
                self.check_generator_context(expr)?;
                self.expr(value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.emit(Op::YIELD_FROM, 0);
            }
            ExprKind::Compare { left, comparisons } => self.compare(left, comparisons)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(expr, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    Conversion::None => format_bits::CONVERSION_NONE,
                    Conversion::Str => format_bits::CONVERSION_STR,
                    Conversion::Repr => format_bits::CONVERSION_REPR,
                    Conversion::Ascii => format_bits::CONVERSION_ASCII,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= format_bits::HAS_SPEC;
                }
                self.set_line(expr.line());
                self.emit(Op::FORMAT_VALUE, u32::from(arg));
            }
            ExprKind::JoinedStr { values } => match values.as_slice() {
                [] => self.load_const(Const::Str(String::new())),
                [single @ Expr {
                    node: ExprKind::Constant(Constant::Str(_)) | ExprKind::FormattedValue { .. },
                    ..
                }] => self.expr(single)?,
                _ => {
                    for value in values {
                        self.expr(value)?;
                    }
                    self.emit(Op::BUILD_STRING, values.len() as u32);
                }
            },
            ExprKind::Constant(value) => match constant(value) {
                Some(value) => self.load_const(value),
                None => self.out_of_memory = true,
            },
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx != ExprContext::Load {
                    return Err(internal("attribute target in an expression"));
                }
                self.expr(value)?;
                self.set_line(expr.line());
                let attr = self.mangled(attr).into_owned();
                self.emit_name(Op::LOAD_ATTR, &attr);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx != ExprContext::Load {
                    return Err(internal("subscript target in an expression"));
                }
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(expr.line());
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            ExprKind::Starred { .. } => {
                return Err(error_at(
                    "can't use starred expression here".to_owned(),
                    expr.line(),
                    expr.col(),
                ))
            }
            ExprKind::Name { id, ctx } => {
                if *ctx != ExprContext::Load {
                    return Err(internal("name target in an expression"));
                }
                self.name_op(id, ExprContext::Load)?
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.expr(part)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Op::BUILD_SLICE, 3);
                    }
                    None => self.emit(Op::BUILD_SLICE, 2),
                }
            }
        }
        Ok(())
    }

    /// `a + b - c ...`: the left spine of a chain of binary operators is walked in a loop,
    /// so long chains need no deep recursion.
    #[inline(never)]
    fn binary_chain(&mut self, expr: &'a Expr) -> Result<()> {
        if let Some(value) = fold(expr) {
            self.load_const(value);
            return Ok(());
        }
        let mut spine: Vec<&'a Expr> = Vec::new();
        let mut node = expr;
        while let ExprKind::BinOp { left, .. } = &node.node {
            if !spine.is_empty() && fold(node).is_some() {
                break;
            }
            spine.push(node);
            node = left;
        }
        self.expr(node)?;
        for item in spine.iter().rev() {
            if let ExprKind::BinOp { op, right, .. } = &item.node {
                self.expr(right)?;
                self.set_line(item.line());
                self.emit(Op::BINARY_OP, u32::from(binary_code(*op)));
            }
        }
        Ok(())
    }

    fn check_generator_context(&self, expr: &Expr) -> Result<()> {
        match self.unit_ref().kind {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            // `await` in an async comprehension (the symbol table let only those through).
            ScopeKind::Comprehension if self.unit_ref().flags & flags::GENERATOR != 0 => Ok(()),
            _ => Err(error_at(
                "'yield' outside function".to_owned(),
                expr.line(),
                expr.col(),
            )),
        }
    }

    /// Jumps to `target` when the truth of `expr` equals `jump_if_true`; falls through else.
    fn jump_if(&mut self, expr: &'a Expr, jump_if_true: bool, target: Label) -> Result<()> {
        self.nested(expr.line(), expr.col())?;
        let line = self.unit_ref().line;
        self.set_line(expr.line());
        match &expr.node {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !jump_if_true, target)?,
            ExprKind::BoolOp { op, values } => {
                let Some((last, rest)) = values.split_last() else {
                    return Err(internal("empty boolean operation"));
                };
                // `a and b` jumps on false as soon as one operand is false.
                let short_circuit_on = *op == BoolOp::Or;
                if short_circuit_on == jump_if_true {
                    for value in rest {
                        self.jump_if(value, jump_if_true, target)?;
                    }
                    self.jump_if(last, jump_if_true, target)?;
                } else {
                    let skip = self.new_label();
                    for value in rest {
                        self.jump_if(value, short_circuit_on, skip)?;
                    }
                    self.jump_if(last, jump_if_true, target)?;
                    self.bind(skip);
                }
            }
            _ => match fold(expr).as_ref().and_then(truthiness) {
                Some(value) => {
                    if value == jump_if_true {
                        self.jump(Op::JUMP_ABSOLUTE, target);
                    }
                }
                None => {
                    self.expr(expr)?;
                    let op = if jump_if_true {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    };
                    self.jump(op, target);
                }
            },
        }
        self.set_line(line);
        self.depth -= 1;
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (op, arg) = match op {
            CmpOp::Eq => (Op::COMPARE_OP, compare::EQ),
            CmpOp::NotEq => (Op::COMPARE_OP, compare::NE),
            CmpOp::Lt => (Op::COMPARE_OP, compare::LT),
            CmpOp::LtE => (Op::COMPARE_OP, compare::LE),
            CmpOp::Gt => (Op::COMPARE_OP, compare::GT),
            CmpOp::GtE => (Op::COMPARE_OP, compare::GE),
            CmpOp::Is => (Op::IS_OP, 0),
            CmpOp::IsNot => (Op::IS_OP, 1),
            CmpOp::In => (Op::CONTAINS_OP, 0),
            CmpOp::NotIn => (Op::CONTAINS_OP, 1),
        };
        self.emit(op, u32::from(arg));
    }

    /// The right operand of `in`/`not in`: a list of constants becomes a tuple.
    fn comparator(&mut self, op: CmpOp, value: &'a Expr) -> Result<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.iterable(value)
        } else {
            self.expr(value)
        }
    }

    #[inline(never)]
    fn compare(&mut self, left: &'a Expr, comparisons: &'a [(CmpOp, Expr)]) -> Result<()> {
        let Some(((last_op, last), middle)) = comparisons.split_last() else {
            return Err(internal("malformed comparison"));
        };
        let line = self.unit_ref().line;
        self.expr(left)?;
        if middle.is_empty() {
            self.comparator(*last_op, last)?;
            self.set_line(line);
            self.compare_op(*last_op);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, operand) in middle {
            // A middle operand is also the next comparison's left side: keep it as written.
            self.expr(operand)?;
            self.set_line(line);
            self.emit(Op::DUP_TOP, 0);
            self.emit(Op::ROT_THREE, 0);
            self.compare_op(*op);
            self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.comparator(*last_op, last)?;
        self.set_line(line);
        self.compare_op(*last_op);
        self.jump(Op::JUMP_ABSOLUTE, end);
        self.bind(cleanup);
        self.emit(Op::ROT_TWO, 0);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// List, set and tuple displays, with `*iterable` items.
    #[inline(never)]
    fn sequence_display(&mut self, elts: &'a [Expr], build: Op) -> Result<()> {
        let has_star = elts.iter().any(is_starred);
        let big = elts.len() > STACK_USE_GUIDELINE;
        if !has_star && !big {
            // [1, 2, 3] and {1, 2, 3}: extend from a constant tuple.
            if build != Op::BUILD_TUPLE && elts.len() >= 3 {
                if let Some(items) = fold_all(elts) {
                    self.emit(build, 0);
                    self.load_const(Const::Tuple(items));
                    let extend = if build == Op::BUILD_SET {
                        Op::SET_UPDATE
                    } else {
                        Op::LIST_EXTEND
                    };
                    self.emit(extend, 1);
                    return Ok(());
                }
            }
            for elt in elts {
                self.expr(elt)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        // Build incrementally into a list (or set), then convert a tuple.
        let (start, add, extend) = if build == Op::BUILD_SET {
            (Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE)
        } else {
            (Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND)
        };
        let leading = elts
            .iter()
            .take(STACK_USE_GUIDELINE)
            .take_while(|elt| !is_starred(elt))
            .count();
        for elt in &elts[..leading] {
            self.expr(elt)?;
        }
        self.emit(start, leading as u32);
        for elt in &elts[leading..] {
            match &elt.node {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    #[inline(never)]
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<()> {
        if keys.len() != values.len() {
            return Err(internal("malformed dict display"));
        }
        let leading = keys.iter().take(16).take_while(|key| key.is_some()).count();
        for (key, value) in keys[..leading].iter().zip(values.iter()) {
            if let Some(key) = key {
                self.expr(key)?;
            }
            self.expr(value)?;
        }
        self.emit(Op::BUILD_MAP, leading as u32);
        for (key, value) in keys[leading..].iter().zip(values[leading..].iter()) {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Op::MAP_ADD, 1);
                }
                None => {
                    self.expr(value)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn call(
        &mut self,
        expr: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<()> {
        let line = expr.line();
        // o.m(args): LOAD_METHOD / CALL_METHOD.
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.node
        {
            if keywords.is_empty() && !args.iter().any(is_starred) {
                self.expr(value)?;
                self.set_line(func.line());
                let attr = self.mangled(attr).into_owned();
                self.emit_name(Op::LOAD_METHOD, &attr);
                for arg in args {
                    self.expr(arg)?;
                }
                self.set_line(line);
                self.emit(Op::CALL_METHOD, args.len() as u32);
                return Ok(());
            }
        }
        // super() -> super(__class__, <first parameter>).
        if let ExprKind::Name { id, .. } = &func.node {
            if id == "super" && args.is_empty() && keywords.is_empty() && self.super_rewrite()? {
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords, line)
    }

    /// Emits the two-argument form of a zero-argument `super()` call when it applies.
    #[inline(never)]
    fn super_rewrite(&mut self) -> Result<bool> {
        let unit = self.unit_ref();
        if !unit.kind.is_function()
            || unit.argcount == 0
            || self.scope_of("super") != NameScope::GlobalImplicit
            || self.scope_of("__class__") != NameScope::Free
        {
            return Ok(false);
        }
        let first = unit.varnames[0].clone();
        self.emit_name(Op::LOAD_GLOBAL, "super");
        let class_cell = self.cell_index("__class__")?;
        self.emit(Op::LOAD_DEREF, class_cell);
        match self.scope_of(&first) {
            NameScope::Cell => {
                let cell = self.cell_index(&first)?;
                self.emit(Op::LOAD_DEREF, cell);
            }
            _ => self.emit(Op::LOAD_FAST, 0),
        }
        self.emit(Op::CALL_FUNCTION, 2);
        Ok(true)
    }

    /// Pushes the arguments and calls; `pushed` positional arguments are already on the
    /// stack above the callable.
    #[inline(never)]
    fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        line: u32,
    ) -> Result<()> {
        // The common case stays light: it is on the recursion path of nested calls.
        if keywords.is_empty() && !args.iter().any(is_starred) {
            for arg in args {
                self.expr(arg)?;
            }
            self.set_line(line);
            self.emit(Op::CALL_FUNCTION, pushed + args.len() as u32);
            return Ok(());
        }
        self.call_helper_keywords(pushed, args, keywords, line)
    }

    /// Calls with keyword arguments, `*args` or `**kwargs`.
    #[inline(never)]
    fn call_helper_keywords(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        line: u32,
    ) -> Result<()> {
        for (index, keyword) in keywords.iter().enumerate() {
            if let Some(name) = &keyword.arg {
                if keywords[..index]
                    .iter()
                    .any(|other| other.arg.as_ref() == Some(name))
                {
                    return Err(error_at(
                        format!("keyword argument repeated: {}", name),
                        keyword.line,
                        keyword.col,
                    ));
                }
            }
        }
        let star_args = args.iter().any(is_starred);
        let star_kwargs = keywords.iter().any(|keyword| keyword.arg.is_none());
        if !star_args && !star_kwargs {
            for arg in args {
                self.expr(arg)?;
            }
            let count = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.set_line(line);
                self.emit(Op::CALL_FUNCTION, count);
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for keyword in keywords {
                    self.expr(&keyword.value)?;
                    names.push(Const::Str(String::from(
                        keyword.arg.as_deref().unwrap_or_default(),
                    )));
                }
                self.load_const(Const::Tuple(names));
                self.set_line(line);
                self.emit(Op::CALL_FUNCTION_KW, count);
            }
            return Ok(());
        }
        self.call_helper_star(pushed, args, keywords, star_args, line)
    }

    /// Calls with `*args` or `**kwargs`: CALL_FUNCTION_EX (out of line: rare and bulky).
    #[inline(never)]
    fn call_helper_star(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        star_args: bool,
        line: u32,
    ) -> Result<()> {
        // Positional arguments as one sequence (a list is accepted by CALL_FUNCTION_EX).
        if let (
            0,
            [Expr {
                node: ExprKind::Starred { value, .. },
                ..
            }],
        ) = (pushed, args)
        {
            // f(*x): x itself is the argument sequence (the VM converts any iterable).
            self.expr(value)?;
        } else if star_args {
            let leading = args.iter().take_while(|arg| !is_starred(arg)).count();
            for arg in &args[..leading] {
                self.expr(arg)?;
            }
            self.emit(Op::BUILD_LIST, pushed + leading as u32);
            for arg in &args[leading..] {
                match &arg.node {
                    ExprKind::Starred { value, .. } => {
                        self.expr(value)?;
                        self.emit(Op::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(arg)?;
                        self.emit(Op::LIST_APPEND, 1);
                    }
                }
            }
        } else {
            for arg in args {
                self.expr(arg)?;
            }
            self.emit(Op::BUILD_TUPLE, pushed + args.len() as u32);
        }
        if keywords.is_empty() {
            self.set_line(line);
            self.emit(Op::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0u32;
        for keyword in keywords {
            match &keyword.arg {
                Some(name) => {
                    self.load_const(Const::Str(String::from(name.as_str())));
                    self.expr(&keyword.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BUILD_MAP, pending);
                        if have_dict {
                            self.emit(Op::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&keyword.value)?;
                    self.set_line(line);
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BUILD_MAP, pending);
            if have_dict {
                self.emit(Op::DICT_MERGE, 1);
            }
        }
        self.set_line(line);
        self.emit(Op::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    #[inline(never)]
    fn comprehension(
        &mut self,
        expr: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Err(internal("comprehension without generators"));
        };
        let key = node_key(expr);
        let scope = self.child_scope(key)?;
        let is_async = self.table.scopes[scope].is_async;
        let code = match self.cached_code(key) {
            Some(index) => index,
            None => {
                let qualname = self.qualname_for(name);
                self.enter_unit(scope, name.to_owned(), qualname, expr.line());
                self.set_line(expr.line());
                self.unit().argcount = 1;
                let is_generator = name == "<genexpr>";
                // Async: a genexpr is an async generator, the others are coroutines.
                if is_generator || is_async {
                    self.unit().flags |= flags::GENERATOR;
                }
                if is_generator && is_async {
                    self.unit().flags |= flags::ASYNC_GENERATOR;
                }
                self.add_const(Const::None);
                match name {
                    "<listcomp>" => self.emit(Op::BUILD_LIST, 0),
                    "<setcomp>" => self.emit(Op::BUILD_SET, 0),
                    "<dictcomp>" => self.emit(Op::BUILD_MAP, 0),
                    _ => {}
                }
                self.comprehension_generator(expr, name, generators, 0, elt, value)?;
                if is_generator {
                    self.load_const(Const::None);
                }
                self.emit(Op::RETURN_VALUE, 0);
                self.finish_child(key)?
            }
        };

        self.set_line(expr.line());
        self.make_function(code, 0)?;
        self.comprehension_iterator(outermost)?;
        self.set_line(expr.line());
        self.emit(Op::CALL_FUNCTION, 1);
        if is_async && name != "<genexpr>" {
            // Awaited where it stands.
            self.emit(Op::GET_YIELD_FROM_ITER, 0);
            self.load_const(Const::None);
            self.emit(Op::YIELD_FROM, 0);
        }
        Ok(())
    }

    /// A `for` clause's iterator: `iter(x)`, or `$aiter(x)` for `async for`.
    fn comprehension_iterator(&mut self, generator: &'a Comprehension) -> Result<()> {
        if generator.is_async {
            self.emit_name(Op::LOAD_GLOBAL, "$aiter");
            self.iterable(&generator.iter)?;
            self.emit(Op::CALL_FUNCTION, 1);
        } else {
            self.iterable(&generator.iter)?;
            self.emit(Op::GET_ITER, 0);
        }
        Ok(())
    }

    /// The head of an `async for` clause, the iterator on the stack: `$anext(it)` awaited
    /// until it raises StopAsyncIteration, which pops the iterator and jumps to `end`.
    /// Returns the label of the loop's top; the value is on the stack after it.
    fn async_comprehension_head(&mut self, expr: &'a Expr, end: Label) -> Label {
        let start = self.new_label();
        let handler = self.new_label();
        let no_match = self.new_label();
        let cleanup = self.new_label();
        let body = self.new_label();
        self.bind(start);
        self.set_line(expr.line());
        self.jump(Op::SETUP_EXCEPT, handler);
        self.emit(Op::DUP_TOP, 0);
        self.emit_name(Op::LOAD_GLOBAL, "$anext");
        self.emit(Op::ROT_TWO, 0);
        self.emit(Op::CALL_FUNCTION, 1);
        self.emit(Op::GET_YIELD_FROM_ITER, 0);
        self.load_const(Const::None);
        self.emit(Op::YIELD_FROM, 0);
        self.emit(Op::POP_BLOCK, 0);
        self.jump(Op::JUMP_ABSOLUTE, body);
        // [it, P, E]
        self.bind(handler);
        self.jump(Op::SETUP_EXCEPT, cleanup);
        self.emit_name(Op::LOAD_GLOBAL, "StopAsyncIteration");
        self.emit(Op::CHECK_EXC_MATCH, 0);
        self.jump(Op::POP_JUMP_IF_FALSE, no_match);
        self.emit(Op::POP_BLOCK, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.jump(Op::JUMP_ABSOLUTE, end);
        self.bind(no_match);
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.emit_cleanup_tail();
        self.bind(body);
        start
    }

    #[inline(never)]
    fn comprehension_generator(
        &mut self,
        expr: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let generator = &generators[index];
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.comprehension_iterator(generator)?;
        }
        let start = if generator.is_async {
            self.async_comprehension_head(expr, anchor)
        } else {
            let start = self.new_label();
            self.bind(start);
            self.set_line(expr.line());
            self.jump(Op::FOR_ITER, anchor);
            start
        };
        self.store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(expr, name, generators, index + 1, elt, value)?;
        } else {
            // The collection sits below one iterator per generator.
            let depth = generators.len() as u32 + 1;
            match name {
                "<listcomp>" => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                "<setcomp>" => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                "<dictcomp>" => {
                    self.expr(elt)?;
                    if let Some(value) = value {
                        self.expr(value)?;
                    }
                    self.emit(Op::MAP_ADD, depth);
                }
                _ => {
                    let is_async = self.unit_ref().flags & flags::ASYNC_GENERATOR != 0;
                    if is_async {
                        // As the parser wraps an async generator's `yield` (`$agen_value`).
                        self.emit_name(Op::LOAD_GLOBAL, "$agen_value");
                    }
                    self.expr(elt)?;
                    if is_async {
                        self.emit(Op::CALL_FUNCTION, 1);
                    }
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        self.set_line(expr.line());
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(anchor);
        Ok(())
    }
}
