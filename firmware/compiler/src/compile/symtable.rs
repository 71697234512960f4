//! Scope analysis: which names are local, global, free or cell in every scope.
//!
//! A first pass over the tree records, per scope (module, class, function, lambda,
//! comprehension), how each name is used (bound, read, declared `global`/`nonlocal`, a
//! parameter). A second pass resolves every name the way CPython's symtable does: free
//! variables are looked up in enclosing *function* scopes (class scopes are skipped, but free
//! variables pass through them), a name a nested scope needs becomes a cell where it is bound,
//! and methods that use `super` or `__class__` get the class's implicit `__class__` cell.
//! The compiler looks scopes up by the address of their AST node and drops the table when done.

use super::name_set::NameSet;
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;

use crate::ast::Ident;
use alloc::vec::Vec;

use crate::ast::{
    Arguments, Comprehension, Expr, ExprContext, ExprKind, Keyword, Mode, Module, Stmt, StmtKind,
    SyntaxError, SyntaxErrorKind,
};

/// Index of a scope in `SymTable::scopes`.
pub(crate) type ScopeId = usize;

/// Deepest nesting of statements and expressions the passes recurse through.
pub(crate) const MAX_NESTING: u32 = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: names live in fast slots and cells.
    pub(crate) fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as resolved by the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    /// Local and captured by a nested scope.
    Cell,
    /// Bound in an enclosing function scope.
    Free,
    GlobalImplicit,
    /// Declared `global`.
    GlobalExplicit,
}

/// How a name is used in one scope (bits of `Symbol::flags`).
mod def {
    pub const LOCAL: u16 = 0x0001;
    pub const PARAM: u16 = 0x0002;
    pub const GLOBAL: u16 = 0x0004;
    pub const NONLOCAL: u16 = 0x0008;
    pub const USE: u16 = 0x0010;
    /// Bound in a class body and free in a method: the class code passes it through.
    pub const FREE_CLASS: u16 = 0x0020;
    pub const IMPORT: u16 = 0x0040;
    pub const ANNOT: u16 = 0x0080;
    /// An iteration variable of a comprehension.
    pub const COMP_ITER: u16 = 0x0100;
    pub const BOUND: u16 = LOCAL | PARAM | IMPORT;
    /// Only passed to `add_def` (recorded as LOCAL): the binding is a `del`.
    pub const DELETE: u16 = 0x0200;
}

#[derive(Debug)]
pub(crate) struct Symbol {
    pub name: Ident,
    flags: u16,
    pub scope: NameScope,
    /// Where the name was last declared `global`/`nonlocal` (for the analysis' errors).
    line: u32,
    col: u32,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    /// `<module>`, the class or function name, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    pub symbols: Vec<Symbol>,
    children: Vec<ScopeId>,
    /// Parameter names in fast-slot order (positional, keyword-only, `*args`, `**kwargs`).
    pub params: Vec<Ident>,
    pub is_generator: bool,
    /// An `async def` body.
    pub is_async: bool,
    /// An `async def` body with `yield`.
    pub is_async_generator: bool,
    /// Where the first `return <value>` is (an error in an async generator).
    return_value_at: Option<(u32, u32)>,
    /// A class whose methods use `super` or `__class__`: its body creates the `__class__` cell.
    pub needs_class_closure: bool,
    /// The class name used for private-name mangling in this scope, if any.
    pub private: Option<String>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Filled by the analysis: fast-slot names, cell names and free names in slot order.
    pub varnames: Vec<Ident>,
    pub cellvars: Vec<Ident>,
    pub freevars: Vec<Ident>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, private: Option<String>) -> Scope {
        Scope {
            kind,
            name,
            symbols: Vec::new(),
            children: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_async: false,
            is_async_generator: false,
            return_value_at: None,
            needs_class_closure: false,
            private,
            comp_iter_target: false,
            comp_iter_expr: 0,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.symbols.iter().position(|symbol| symbol.name == name)
    }

    fn flags(&self, name: &str) -> u16 {
        self.find(name).map_or(0, |index| self.symbols[index].flags)
    }

    /// The resolved scope of an already mangled name (names the scope never mentions are
    /// global).
    pub(crate) fn scope_of(&self, name: &str) -> NameScope {
        self.find(name)
            .map_or(NameScope::GlobalImplicit, |index| self.symbols[index].scope)
    }
}

/// The scopes of one compilation unit.
pub(crate) struct SymTable {
    pub scopes: Vec<Scope>,
    /// `(node address, scope)` sorted by address, for the compiler's look-ups.
    by_node: Vec<(usize, ScopeId)>,
}

/// The key identifying the scope a statement or expression opens.
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> alloc::borrow::Cow<'n, str> {
    use alloc::borrow::Cow;
    let Some(class_name) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{}{}", stripped, name))
}

/// Errors travel boxed inside the compiler: a one-word `Result` keeps the recursive frames
/// small.
pub(crate) type Error = alloc::boxed::Box<SyntaxError>;

/// Heap an `analyze` pass may take per name in scope (the name copied into a few sets, with
/// their vectors' spare room), for the check before it.
const BYTES_PER_SET_NAME: usize = 64;

/// The scopes' name sets grow without a heap check: once the allocator has spent its
/// emergency block (`alloc_counter::is_short`), stop with MemoryError before the next
/// allocation finds no room.
fn short_of_memory(line: u32) -> Result<()> {
    if crate::alloc_counter::is_short() {
        Err(out_of_memory(line))
    } else {
        Ok(())
    }
}

/// The heap is full: raised as `MemoryError`.
fn out_of_memory(line: u32) -> Error {
    let mut error = error_at("out of memory while compiling".to_owned(), line, 0);
    error.kind = crate::ast::SyntaxErrorKind::Memory;
    error
}

pub(crate) fn error_at(msg: String, line: u32, col: u32) -> Error {
    alloc::boxed::Box::new(SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg,
        line,
        col,
        at_eof: false,
    })
}

impl SymTable {
    pub(crate) fn build(module: &Module, _mode: Mode) -> Result<SymTable> {
        let mut builder = Builder {
            scopes: alloc::vec![Scope::new(ScopeKind::Module, "<module>".to_owned(), None)],
            by_node: Vec::new(),
            stack: alloc::vec![0],
            depth: 0,
        };
        for stmt in &module.body {
            builder.visit_stmt(stmt)?;
        }
        let mut table = SymTable {
            scopes: builder.scopes,
            by_node: builder.by_node,
        };
        crate::sort::sort_unstable(&mut table.by_node);
        table.analyze(0, &NameSet::new(), &NameSet::new())?;
        Ok(table)
    }

    pub(crate) fn lookup(&self, key: usize) -> Option<ScopeId> {
        self.by_node
            .binary_search_by_key(&key, |&(node, _)| node)
            .ok()
            .map(|index| self.by_node[index].1)
    }

    /// Resolves the names of scope `id` given the names bound in enclosing function scopes
    /// (`bound`) and those declared global there (`global`); returns the free names of this
    /// scope and its children that an enclosing scope must provide.
    fn analyze(&mut self, id: ScopeId, bound: &NameSet, global: &NameSet) -> Result<NameSet> {
        // The name sets below are built without heap checks (a set of a long function's
        // names is many blocks at once): check first that about that much fits.
        let names = self.scopes[id].symbols.len() + bound.len() + global.len();
        let limit = crate::alloc_counter::scratch_limit();
        if limit > 0 && crate::alloc_counter::allocated() + names * BYTES_PER_SET_NAME > limit {
            return Err(out_of_memory(0));
        }
        short_of_memory(0)?;
        let kind = self.scopes[id].kind;
        let mut local = NameSet::new();
        let mut declared_global = NameSet::new();
        let mut free = NameSet::new();
        for symbol in self.scopes[id].symbols.iter_mut() {
            let flags = symbol.flags;
            symbol.scope = if flags & def::GLOBAL != 0 {
                if flags & def::NONLOCAL != 0 {
                    return Err(error_at(
                        format!("name '{}' is nonlocal and global", symbol.name),
                        symbol.line,
                        symbol.col,
                    ));
                }
                declared_global.insert(symbol.name.clone());
                NameScope::GlobalExplicit
            } else if flags & def::NONLOCAL != 0 {
                if !bound.contains(&symbol.name) {
                    return Err(error_at(
                        format!("no binding for nonlocal '{}' found", symbol.name),
                        symbol.line,
                        symbol.col,
                    ));
                }
                free.insert(symbol.name.clone());
                NameScope::Free
            } else if flags & def::BOUND != 0 {
                local.insert(symbol.name.clone());
                NameScope::Local
            } else if kind != ScopeKind::Module && bound.contains(&symbol.name) {
                free.insert(symbol.name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
        }

        // What the children see: a class body's names are invisible to them.
        let (mut child_bound, child_global) = match kind {
            ScopeKind::Class => {
                let mut child_bound = bound.clone();
                child_bound.insert(Ident::new("__class__"));
                (child_bound, global.clone())
            }
            ScopeKind::Module => (NameSet::new(), declared_global.clone()),
            _ => {
                let mut child_bound = NameSet::new();
                child_bound.extend(
                    bound
                        .iter()
                        .filter(|name| !declared_global.contains(name))
                        .cloned(),
                );
                child_bound.extend(local.iter().cloned());
                let mut child_global = global.clone();
                child_global.extend(declared_global.iter().cloned());
                for name in &local {
                    child_global.remove(name);
                }
                (child_bound, child_global)
            }
        };
        if kind == ScopeKind::Module {
            child_bound.clear();
        }

        let children = core::mem::take(&mut self.scopes[id].children);
        let mut child_free = NameSet::new();
        for &child in &children {
            let names = self.analyze(child, &child_bound, &child_global)?;
            child_free.extend(names);
        }
        drop(children);

        let scope = &mut self.scopes[id];
        if kind == ScopeKind::Class && child_free.remove("__class__") {
            scope.needs_class_closure = true;
        }
        if kind.is_function() {
            for symbol in scope.symbols.iter_mut() {
                if symbol.scope == NameScope::Local && child_free.remove(&symbol.name) {
                    symbol.scope = NameScope::Cell;
                }
            }
        }
        for name in &child_free {
            match scope.find(name) {
                Some(index) => {
                    let symbol = &mut scope.symbols[index];
                    if kind == ScopeKind::Class && symbol.scope != NameScope::Free {
                        symbol.flags |= def::FREE_CLASS;
                    }
                }
                None => scope.symbols.push(Symbol {
                    name: name.clone(),
                    flags: 0,
                    scope: NameScope::Free,
                    line: 0,
                    col: 0,
                }),
            }
        }
        free.extend(child_free);

        // Slot layout.
        if kind.is_function() {
            scope.varnames = scope.params.clone();
            for symbol in &scope.symbols {
                if symbol.scope == NameScope::Local && symbol.flags & def::PARAM == 0 {
                    scope.varnames.push(symbol.name.clone());
                }
            }
            for symbol in &scope.symbols {
                if symbol.scope == NameScope::Cell {
                    scope.cellvars.push(symbol.name.clone());
                }
            }
        } else if scope.needs_class_closure {
            scope.cellvars.push(Ident::new("__class__"));
        }
        for symbol in &scope.symbols {
            if symbol.scope == NameScope::Free || symbol.flags & def::FREE_CLASS != 0 {
                scope.freevars.push(symbol.name.clone());
            }
        }
        Ok(free)
    }
}

/// `__debug__` is a constant: binding it is an error (deleting it is one too).
#[inline(never)]
fn debug_error(flag: u16, line: u32, col: u32) -> Error {
    let what = if flag == def::DELETE {
        "delete"
    } else {
        "assign to"
    };
    error_at(format!("cannot {} __debug__", what), line, col)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: Vec<(usize, ScopeId)>,
    stack: Vec<ScopeId>,
    depth: u32,
}

type Result<T> = core::result::Result<T, Error>;

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[id]
    }

    fn current_id(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    /// Opens a scope for the node at `line`. The scope vectors grow by doubling, so on a
    /// board a large module's next growth may find no block big enough even before the
    /// emergency block is spent: their room is reserved fallibly (MemoryError, not a panic).
    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, line: u32) -> Result<()> {
        let parent = self.current_id();
        let private = match self.scopes[parent].kind {
            _ if kind == ScopeKind::Class => Some(name.to_owned()),
            _ => self.scopes[parent].private.clone(),
        };
        let reserved = self.scopes.try_reserve(1).is_ok()
            && self.scopes[parent].children.try_reserve(1).is_ok()
            && self.by_node.try_reserve(1).is_ok()
            && self.stack.try_reserve(1).is_ok();
        if !reserved {
            return Err(out_of_memory(line));
        }
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name.to_owned(), private));
        self.scopes[parent].children.push(id);
        self.by_node.push((key, id));
        self.stack.push(id);
        Ok(())
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn mangled(&self, name: &str) -> String {
        let scope = &self.scopes[self.current_id()];
        mangle(scope.private.as_deref(), name).into_owned()
    }

    /// Records a use of `name` in the current scope.
    fn add_def(&mut self, name: &str, flag: u16, line: u32, col: u32) -> Result<()> {
        if name == "__debug__" && flag & def::BOUND != 0 {
            return Err(debug_error(flag, line, col));
        }
        let name = self.mangled(name);
        self.add_def_in(self.current_id(), &name, flag, line, col)
    }

    #[inline(never)]
    fn add_def_in(
        &mut self,
        id: ScopeId,
        name: &str,
        flag: u16,
        line: u32,
        col: u32,
    ) -> Result<()> {
        let scope = &mut self.scopes[id];
        let index = match scope.find(name) {
            Some(index) => index,
            None => {
                // A long function's symbol list is one big block: check the allocator has it.
                let full = scope.symbols.len() == scope.symbols.capacity();
                let grown = (scope.symbols.capacity() * 2).max(4) * core::mem::size_of::<Symbol>();
                if full && !crate::alloc_counter::fits(grown) {
                    return Err(out_of_memory(line));
                }
                scope.symbols.push(Symbol {
                    name: Ident::new(name),
                    flags: 0,
                    scope: NameScope::GlobalImplicit,
                    line,
                    col,
                });
                scope.symbols.len() - 1
            }
        };
        let existing = scope.symbols[index].flags;
        let mut flags = existing | flag;
        if flag & def::PARAM != 0 {
            if existing & def::PARAM != 0 {
                return Err(error_at(
                    format!("duplicate argument '{}' in function definition", name),
                    line,
                    col,
                ));
            }
            scope.params.push(Ident::new(name));
        }
        if scope.comp_iter_target && flag & def::LOCAL != 0 {
            if existing & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        name
                    ),
                    line,
                    col,
                ));
            }
            flags |= def::COMP_ITER;
        }
        scope.symbols[index].flags = flags;
        if flag & (def::GLOBAL | def::NONLOCAL) != 0 {
            scope.symbols[index].line = line;
            scope.symbols[index].col = col;
        }
        Ok(())
    }

    fn nested(&mut self, line: u32, col: u32) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(error_at("too many nested blocks".to_owned(), line, col));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<()> {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<()> {
        short_of_memory(stmt.line())?;
        self.nested(stmt.line(), stmt.col())?;
        self.visit_stmt_inner(stmt)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result<()> {
        let (line, col) = (stmt.line(), stmt.col());
        match &stmt.node {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                compiled,
            } => {
                self.add_def(name, def::LOCAL, line, col)?;
                self.visit_exprs(decorator_list)?;
                self.visit_defaults(args)?;
                // Annotations are evaluated where the `def` runs (unless postponed by
                // `from __future__ import annotations`; visiting them then only adds uses).
                for annotation in args.parameters().filter_map(|arg| arg.annotation.as_ref()) {
                    self.visit_expr(annotation)?;
                }
                if let Some(returns) = returns {
                    self.visit_expr(returns)?;
                }
                // A method compiled early needs no scope of its own (the compiler takes its
                // code), only the class's `__class__` cell if it uses `super()`.
                if let Some(code) = compiled.0.borrow().as_ref() {
                    if code
                        .freevars
                        .iter()
                        .any(|free| free.as_str() == "__class__")
                    {
                        self.current().needs_class_closure = true;
                    }
                    return Ok(());
                }
                self.enter(ScopeKind::Function, name, node_key(stmt), stmt.line())?;
                if args.is_async {
                    // A coroutine runs as a generator, awaits or not.
                    self.current().is_generator = true;
                    self.current().is_async = true;
                }
                self.visit_params(args)?;
                self.visit_body(body)?;
                let scope = self.current();
                if let (true, Some((line, col))) = (scope.is_async_generator, scope.return_value_at)
                {
                    let message = "'return' with value in async generator";
                    return Err(error_at(String::from(message), line, col));
                }
                self.leave();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, def::LOCAL, line, col)?;
                self.visit_exprs(bases)?;
                self.visit_keywords(keywords)?;
                self.visit_exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, node_key(stmt), stmt.line())?;
                self.visit_body(body)?;
                self.leave();
            }
            StmtKind::Return { value } => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                    let scope = self.current();
                    if scope.return_value_at.is_none() {
                        scope.return_value_at = Some((stmt.line(), stmt.col()));
                    }
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.node {
                    let flags = {
                        let name = self.mangled(id);
                        self.scopes[self.current_id()].flags(&name)
                    };
                    if *simple && flags & (def::GLOBAL | def::NONLOCAL) != 0 {
                        let what = if flags & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(error_at(
                            format!("annotated name '{}' can't be {}", id, what),
                            line,
                            col,
                        ));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, line, col)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, line, col)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                // Annotations are evaluated only at module and class level.
                if !self.current().kind.is_function() {
                    self.visit_expr(annotation)?;
                }
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                }
                if let Some(cause) = cause {
                    self.visit_expr(cause)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_body(body)?;
                for handler in handlers {
                    if let Some(typ) = &handler.typ {
                        self.visit_expr(typ)?;
                    }
                    if let Some(name) = &handler.name {
                        self.add_def(name, def::LOCAL, handler.line, handler.col)?;
                    }
                    self.visit_body(&handler.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(error_at(
                                "import * only allowed at module level".to_owned(),
                                line,
                                col,
                            ));
                        }
                        continue;
                    }
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.add_def(bound, def::IMPORT, line, col)?;
                }
            }
            StmtKind::Global { names } => self.declare_global(names, line, col)?,
            StmtKind::Nonlocal { names } => self.declare_nonlocal(names, line, col)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// `global a, b`: CPython's checks against earlier uses in the same scope.
    #[inline(never)]
    fn declare_global(&mut self, names: &[crate::ast::Ident], line: u32, col: u32) -> Result<()> {
        for name in names {
            let mangled = self.mangled(name);
            let flags = self.scopes[self.current_id()].flags(&mangled);
            if flags & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if flags & def::PARAM != 0 {
                    format!("name '{}' is parameter and global", name)
                } else if flags & def::USE != 0 {
                    format!("name '{}' is used prior to global declaration", name)
                } else if flags & def::ANNOT != 0 {
                    format!("annotated name '{}' can't be global", name)
                } else {
                    format!("name '{}' is assigned to before global declaration", name)
                };
                return Err(error_at(msg, line, col));
            }
            if flags & def::NONLOCAL != 0 {
                return Err(error_at(
                    format!("name '{}' is nonlocal and global", name),
                    line,
                    col,
                ));
            }
            self.add_def(name, def::GLOBAL, line, col)?;
        }
        Ok(())
    }

    /// `nonlocal a, b` (the binding is checked by the analysis).
    #[inline(never)]
    fn declare_nonlocal(&mut self, names: &[crate::ast::Ident], line: u32, col: u32) -> Result<()> {
        if self.current().kind == ScopeKind::Module {
            return Err(error_at(
                "nonlocal declaration not allowed at module level".to_owned(),
                line,
                col,
            ));
        }
        for name in names {
            let mangled = self.mangled(name);
            let flags = self.scopes[self.current_id()].flags(&mangled);
            if flags & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if flags & def::PARAM != 0 {
                    format!("name '{}' is parameter and nonlocal", name)
                } else if flags & def::USE != 0 {
                    format!("name '{}' is used prior to nonlocal declaration", name)
                } else if flags & def::ANNOT != 0 {
                    format!("annotated name '{}' can't be nonlocal", name)
                } else {
                    format!("name '{}' is assigned to before nonlocal declaration", name)
                };
                return Err(error_at(msg, line, col));
            }
            if flags & def::GLOBAL != 0 {
                return Err(error_at(
                    format!("name '{}' is nonlocal and global", name),
                    line,
                    col,
                ));
            }
            self.add_def(name, def::NONLOCAL, line, col)?;
        }
        Ok(())
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result<()> {
        for keyword in keywords {
            if keyword.arg.as_deref() == Some("__debug__") {
                return Err(debug_error(def::LOCAL, keyword.line, keyword.col));
            }
            self.visit_expr(&keyword.value)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<()> {
        for expr in exprs {
            self.visit_expr(expr)?;
        }
        Ok(())
    }

    /// Defaults are evaluated in the scope that defines the function.
    #[inline(never)]
    fn visit_defaults(&mut self, args: &Arguments) -> Result<()> {
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn visit_params(&mut self, args: &Arguments) -> Result<()> {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for arg in ordered {
            self.add_def(&arg.arg, def::PARAM, arg.line, arg.col)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result<()> {
        self.nested(expr.line(), expr.col())?;
        self.visit_expr_inner(expr)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result<()> {
        let (line, col) = (expr.line(), expr.col());
        match &expr.node {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.current().comp_iter_expr > 0 {
                    return Err(error_at(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_owned(),
                        line,
                        col,
                    ));
                }
                self.visit_expr(value)?;
                match &target.node {
                    ExprKind::Name { id, .. }
                        if self.current().kind == ScopeKind::Comprehension =>
                    {
                        self.extend_namedexpr_scope(id, line, col)?;
                    }
                    _ => self.visit_expr(target)?,
                }
            }
            ExprKind::BinOp { .. } => {
                // Long operator chains: walk the left spine in a loop.
                let mut node = expr;
                while let ExprKind::BinOp { left, right, .. } = &node.node {
                    self.visit_expr(right)?;
                    node = left;
                }
                self.visit_expr(node)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", node_key(expr), expr.line())?;
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values.iter()) {
                    if let Some(key) = key {
                        self.visit_expr(key)?;
                    }
                    self.visit_expr(value)?;
                }
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, "<setcomp>", generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, "<genexpr>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(expr, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::Yield { value } => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
                if self.current().is_async {
                    self.current().is_async_generator = true;
                }
                self.mark_generator("yield", line, col)?;
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                // `await x` is parsed as `yield from $awaitable(x)`.
                let is_await = matches!(&value.node, ExprKind::Call { func, .. }
                    if matches!(&func.node, ExprKind::Name { id, .. } if *id == "$awaitable"));
                if self.current().is_async && !is_await {
                    let message = "'yield from' inside async function";
                    return Err(error_at(String::from(message), line, col));
                }
                let what = if is_await { "await" } else { "yield" };
                self.mark_generator(what, line, col)?;
            }
            ExprKind::Compare { left, comparisons } => {
                self.visit_expr(left)?;
                for (_, operand) in comparisons.iter() {
                    self.visit_expr(operand)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.visit_keywords(keywords)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = match ctx {
                    ExprContext::Load => def::USE,
                    ExprContext::Store => def::LOCAL,
                    ExprContext::Del if id == "__debug__" => {
                        return Err(debug_error(def::DELETE, line, col))
                    }
                    ExprContext::Del => def::LOCAL,
                };
                self.add_def(id, flag, line, col)?;
                if *ctx == ExprContext::Load && id == "super" && self.current().kind.is_function() {
                    self.add_def("__class__", def::USE, line, col)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn mark_generator(&mut self, what: &str, line: u32, col: u32) -> Result<()> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
            // Only an `async def` lets `await` through the parser.
            ScopeKind::Comprehension if what == "await" => {
                scope.is_async = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let kind = match scope.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(error_at(format!("'{}' inside {}", what, kind), line, col))
            }
            ScopeKind::Module | ScopeKind::Class => {
                Err(error_at(format!("'{}' outside function", what), line, col))
            }
        }
    }

    #[inline(never)]
    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Err(error_at(
                "comprehension without a for clause".to_owned(),
                expr.line(),
                expr.col(),
            ));
        };
        self.current().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.current().comp_iter_expr -= 1;

        self.enter(ScopeKind::Comprehension, name, node_key(expr), expr.line())?;
        // `async for` or `await` (then found in the body) make an async comprehension.
        self.current().is_async = generators.iter().any(|generator| generator.is_async);
        self.add_def(".0", def::PARAM, expr.line(), expr.col())?;
        for (index, generator) in generators.iter().enumerate() {
            if index > 0 {
                self.current().comp_iter_expr += 1;
                self.visit_expr(&generator.iter)?;
                self.current().comp_iter_expr -= 1;
            }
            self.current().comp_iter_target = true;
            let result = self.visit_expr(&generator.target);
            self.current().comp_iter_target = false;
            result?;
            self.visit_exprs(&generator.ifs)?;
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        let scope = self.current();
        let is_async = scope.is_async;
        if name == "<genexpr>" {
            // An async generator expression is an async generator wherever it stands.
            scope.is_generator = true;
            scope.is_async_generator = is_async;
            self.leave();
        } else {
            // An async list, set or dict comprehension is a coroutine awaited where it stands.
            scope.is_generator = is_async;
            self.leave();
            if is_async {
                self.await_comprehension(expr.line(), expr.col())?;
            }
        }
        Ok(())
    }

    /// An async comprehension is awaited in the current scope: allowed in an `async def` and
    /// in a comprehension (which becomes async itself).
    fn await_comprehension(&mut self, line: u32, col: u32) -> Result<()> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Comprehension => scope.is_async = true,
            ScopeKind::Function if scope.is_async => {}
            _ => {
                let message = "asynchronous comprehension outside of an asynchronous function";
                return Err(error_at(String::from(message), line, col));
            }
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or module).
    #[inline(never)]
    fn extend_namedexpr_scope(&mut self, name: &str, line: u32, col: u32) -> Result<()> {
        let name = self.mangled(name);
        let innermost = self.current_id();
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags(&name) & def::COMP_ITER != 0 {
                        return Err(error_at(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name
                            ),
                            line,
                            col,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let inner_flag = if scope.flags(&name) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def_in(innermost, &name, inner_flag, line, col)?;
                    return self.add_def_in(id, &name, def::LOCAL, line, col);
                }
                ScopeKind::Module => {
                    self.add_def_in(innermost, &name, def::GLOBAL, line, col)?;
                    return self.add_def_in(id, &name, def::GLOBAL, line, col);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_owned(),
                        line,
                        col,
                    ));
                }
            }
        }
        Ok(())
    }
}
