//! Loading: source text to code objects (parse, compile, then `CodeDef` to heap objects),
//! and running module-level code.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::frame::{Frame, ReturnAction};
use super::{PyResult, Vm};
use crate::ast::Mode;
use crate::compile::code::{flags, CodeDef, Const};
use crate::num::bigint::BigInt;
use crate::obj::{Bytecode, Code, Obj};
use crate::value::Value;

/// String constants up to this length are interned (identifiers, keys, short messages).
const INTERN_CONSTANT_MAX: usize = 40;

impl Vm {
    /// Parses and compiles `source` into a code object. Errors are SyntaxErrors (and
    /// MemoryError when the heap is full).
    ///
    /// A module is compiled one top-level statement at a time, and the functions and classes
    /// each statement defines are loaded into code objects at once: the parse tree of only
    /// one statement, and the compiled form of only one, exist at any moment.
    ///
    /// The heap limit counts garbage too: when compiling runs out of room, the collector runs
    /// and the compile is tried once more (callers keep their values rooted, as around any
    /// call into Python).
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        if self.heap.wants_collection() {
            self.collect_garbage();
        }
        match self.compile_source_once(source, filename, mode) {
            Err(error) if error == self.memory_error => {
                self.collect_garbage();
                self.compile_source_once(source, filename, mode)
            }
            result => result,
        }
    }

    fn compile_source_once(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
        // The parse tree is scratch memory that is gone before the code runs; it may use a
        // quarter of the heap size beyond the heap (a board's allocator arena keeps half the
        // heap size again as headroom, see ports/common/src/heap.rs) before MemoryError.
        let limits = crate::parse::Limits {
            memory_limit: self.heap.limit() + self.heap.limit() / 4,
            ..crate::parse::Limits::default()
        };
        if mode != Mode::Exec {
            let code = crate::parse::parse_with_limits(source, mode, limits)
                .and_then(|module| crate::compile::compile(&module, mode, filename))
                .map_err(|error| self.syntax_error(&error, filename, source))?;
            return self.load_code(&code, None);
        }
        let filename_value = self.intern(filename);
        // Rooted in `preloaded` (a collector root) until the module's code object holds them;
        // saved and restored so a nested compile cannot disturb an outer one.
        let outer = core::mem::take(&mut self.preloaded);
        let compiled = match crate::parse::Statements::new(source, limits) {
            Ok(mut statements) => crate::compile::compile_statements(
                filename,
                &mut || statements.next_statement(),
                limits.memory_limit,
                &mut |consts| self.preload_code(consts, filename_value),
            ),
            Err(error) => Err(error),
        };
        let result = match compiled {
            Ok(code) => self.load_code(&code, Some(filename_value)),
            Err(error) => Err(self.syntax_error(&error, filename, source)),
        };
        self.preloaded = outer;
        result
    }

    /// Loads the code trees among `consts` now, leaving `Const::Loaded` indexes into
    /// `preloaded` in their place. False when the heap is full.
    fn preload_code(&mut self, consts: &mut [Const], filename: Value) -> bool {
        for constant in consts.iter_mut() {
            if let Const::Code(def) = constant {
                let Ok(code) = self.load_code_rooted(def, filename) else {
                    return false;
                };
                if self.preloaded.try_reserve(1).is_err() {
                    return false;
                }
                *constant = Const::Loaded(self.preloaded.len() as u32);
                self.preloaded.push(code);
            }
        }
        true
    }

    /// Turns a `CodeDef` tree into heap code objects.
    pub fn load_code(&mut self, def: &CodeDef, filename: Option<Value>) -> PyResult<Value> {
        let filename = match filename {
            Some(f) => f,
            None => self.intern(&def.filename),
        };
        self.push_root(filename);
        let result = self.load_code_rooted(def, filename);
        self.pop_root();
        result
    }

    fn load_code_rooted(&mut self, def: &CodeDef, filename: Value) -> PyResult<Value> {
        // Constants are kept reachable through a temporary list while they are built.
        let holder = self.new_list(Vec::with_capacity(def.consts.len()))?;
        self.push_root(holder);
        let result = (|| {
            for constant in &def.consts {
                let v = self.load_const(constant, filename)?;
                if let Obj::List(items) = self.heap.get_mut(holder) {
                    items.push(v);
                }
            }
            let consts = match self.heap.get_mut(holder) {
                Obj::List(items) => core::mem::take(items),
                _ => Vec::new(),
            };
            let intern_all =
                |vm: &mut Vm, names: &[alloc::string::String]| -> Box<[crate::qstr::Qstr]> {
                    names.iter().map(|n| vm.qstrs.intern(n)).collect()
                };
            let varnames = intern_all(self, &def.varnames);
            let mut cellnames: Vec<crate::qstr::Qstr> = Vec::new();
            for n in def.cellvars.iter().chain(def.freevars.iter()) {
                cellnames.push(self.qstrs.intern(n));
            }
            let names = intern_all(self, &def.names);
            let name = self.qstrs.intern(&def.name);
            let qualname = self.new_str(&def.qualname)?;
            let simple_args = def.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR)
                == 0
                && def.kwonlyargcount == 0
                && def.cellvars.is_empty()
                && def.freevars.is_empty();
            let (global_cache, attr_cache) = crate::vm::cache::new_caches(names.len());
            let Some(bytecode) = Bytecode::new(def.code.clone().into_boxed_slice()) else {
                return Err(self.new_exception_msg(self.types.system_error, "bad bytecode"));
            };
            let code = Code {
                name,
                qualname,
                filename,
                firstlineno: def.firstlineno,
                argcount: def.argcount,
                posonlyargcount: def.posonlyargcount,
                kwonlyargcount: def.kwonlyargcount,
                flags: def.flags,
                varnames,
                ncells: def.cellvars.len() as u16,
                nfrees: def.freevars.len() as u16,
                cellnames: cellnames.into_boxed_slice(),
                names,
                consts: consts.into_boxed_slice(),
                code: bytecode,
                linetable: def.linetable.clone().into_boxed_slice(),
                stacksize: def.stacksize,
                simple_args,
                global_cache,
                attr_cache,
            };
            self.alloc(Obj::Code(Rc::new(code)))
        })();
        self.pop_root();
        result
    }

    fn load_const(&mut self, constant: &Const, filename: Value) -> PyResult<Value> {
        Ok(match constant {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::bool(*b),
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Int(n) => self.new_int(*n)?,
            Const::BigInt { digits, radix } => match BigInt::parse(digits, *radix) {
                Some(n) => self.new_bigint(n)?,
                None => return Err(self.value_error("invalid integer constant")),
            },
            Const::Float(x) => self.new_float(*x)?,
            Const::Imaginary(x) => self.alloc(Obj::Complex(Box::new((0.0, *x))))?,
            Const::Str(s) => {
                if s.len() <= INTERN_CONSTANT_MAX {
                    self.intern(s)
                } else {
                    self.new_str(s)?
                }
            }
            Const::Bytes(b) => self.alloc(Obj::Bytes(b.clone().into_boxed_slice()))?,
            Const::Tuple(items) => {
                let holder = self.new_list(Vec::with_capacity(items.len()))?;
                self.push_root(holder);
                let mut result = Ok(());
                for item in items {
                    match self.load_const(item, filename) {
                        Ok(v) => {
                            if let Obj::List(list) = self.heap.get_mut(holder) {
                                list.push(v);
                            }
                        }
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.pop_root();
                result?;
                let values = match self.heap.get_mut(holder) {
                    Obj::List(list) => core::mem::take(list),
                    _ => Vec::new(),
                };
                self.new_tuple(values)?
            }
            Const::Code(def) => self.load_code_rooted(def, filename)?,
            Const::Loaded(index) => match self.preloaded.get(*index as usize) {
                Some(&code) => code,
                None => {
                    let class = self.types.system_error;
                    return Err(self.new_exception_msg(class, "code constant of another compile"));
                }
            },
        })
    }

    /// Runs a module-level code object with `globals` (and `locals`, for class bodies and
    /// `exec` with two dicts).
    pub fn run_code(&mut self, code_val: Value, globals: Value, locals: Value) -> PyResult<Value> {
        let Some(Obj::Code(code)) = self.heap_obj(code_val) else {
            return Err(self.type_error("expected a code object"));
        };
        let code = code.clone();
        if self.frames.len() >= super::MAX_FRAMES {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let base = self.stack.len();
        self.stack.resize(base + code.frame_slots(), Value::NULL);
        let nlocals = code.nlocals();
        for i in 0..code.ncells as usize {
            let cell = self.alloc(Obj::Cell(Value::NULL));
            match cell {
                Ok(cell) => self.stack[base + nlocals + i] = cell,
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            }
        }
        let block_base = self.blocks.len();
        self.frames.push(Frame {
            code,
            code_val,
            ip: 0,
            base,
            return_to: base,
            block_base,
            globals,
            locals: if locals.is_null() { globals } else { locals },
            func: Value::NULL,
            generator: Value::NULL,
            instance: Value::NULL,
            on_return: ReturnAction::Push,
            entry: true,
        });
        self.run()
    }
}
