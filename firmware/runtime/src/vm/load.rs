//! Loading: source text to code objects (parse, compile, then `CodeDef` to heap objects),
//! and running module-level code.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::frame::{Frame, ReturnAction};
use super::{PyResult, Vm};
use crate::ast::Mode;
use crate::compile::code::{flags, CodeDef, Const};
use crate::gc::OutOfMemory;
use crate::num::bigint::BigInt;
use crate::obj::{Bytecode, Code, Obj};
use crate::qstr::Qstr;
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
        self.compile_source_from_line(source, filename, mode, 1)
    }

    /// [`Vm::compile_source`] for a part of a larger source (a frozen module's section) whose
    /// first line is line `first_line` there.
    pub fn compile_source_from_line(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        first_line: u32,
    ) -> PyResult<Value> {
        if self.heap.wants_collection() {
            self.collect_garbage();
        }
        match self.compile_source_once(source, filename, mode, first_line) {
            Err(error) if error == self.memory_error => {
                self.collect_garbage();
                self.compile_source_once(source, filename, mode, first_line)
            }
            result => result,
        }
    }

    fn compile_source_once(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        first_line: u32,
    ) -> PyResult<Value> {
        // The parse tree is scratch memory that is gone before the code runs: it may pass
        // the heap size, up to what the port allows (a board: most of its allocator arena,
        // see ports/common/src/heap.rs), else by a quarter, before MemoryError.
        let scratch = crate::alloc_counter::scratch_limit();
        let limits = crate::parse::Limits {
            memory_limit: if scratch > 0 {
                scratch.max(self.heap.limit())
            } else {
                self.heap.limit() + self.heap.limit() / 4
            },
            max_str_digits: self.int_max_str_digits,
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
        let compiled = match crate::parse::Statements::starting_at_line(source, limits, first_line)
        {
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
            // (A part's lines are not the source's: the error then shows no line text.)
            Err(error) => {
                Err(self.syntax_error(&error, filename, if first_line == 1 { source } else { "" }))
            }
        };
        self.preloaded = outer;
        result
    }

    /// Loads the code trees among `consts` now, leaving `Const::Loaded` indexes into
    /// `preloaded` in their place. False when the heap is full.
    fn preload_code(&mut self, consts: &mut [Const], filename: Value) -> bool {
        for constant in consts.iter_mut() {
            if let Const::Code(def) = constant {
                // Nested code first, each tree dropped as soon as its object exists: the
                // trees shrink while the objects grow (a class's methods never all exist
                // twice).
                if !self.preload_code(&mut def.consts, filename) {
                    return false;
                }
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
            let (Ok(nvarnames), Ok(ncells), Ok(nfrees)) = (
                u16::try_from(def.varnames.len()),
                u16::try_from(def.cellvars.len()),
                u16::try_from(def.freevars.len()),
            ) else {
                return Err(self.new_exception_msg(self.types.system_error, "too many names"));
            };
            // A program's names may be more than the heap holds: MemoryError, not a panic.
            let all_names = [&def.varnames, &def.cellvars, &def.freevars, &def.names];
            let mut identifiers = Vec::new();
            let count = all_names.iter().map(|names| names.len()).sum();
            if identifiers.try_reserve_exact(count).is_err() {
                return Err(self.memory_error);
            }
            for name in all_names.into_iter().flatten() {
                let Ok(id) = self.qstrs.try_intern(name) else {
                    return Err(self.memory_error);
                };
                identifiers.push(id);
            }
            let names = &identifiers[identifiers.len() - def.names.len()..];
            // Fallible: on a fragmented arena a big function's copy is MemoryError, not a panic.
            // The packed line table goes behind the instructions, in the same block.
            let mut line_table = Vec::new();
            crate::obj::pack_line_table(&mut line_table, &def.linetable, def.firstlineno);
            let mut instructions = Vec::new();
            if instructions
                .try_reserve_exact(def.code.len() + line_table.len())
                .is_err()
            {
                return Err(self.memory_error);
            }
            instructions.extend_from_slice(&def.code);
            let (global_names, attr_names) = match number_cache_slots(&mut instructions, names) {
                Ok(Some(numbered)) => numbered,
                Ok(None) => {
                    return Err(self.new_exception_msg(self.types.system_error, "bad bytecode"))
                }
                Err(OutOfMemory) => return Err(self.memory_error),
            };
            // The slots' names follow the identifiers; the slots themselves are made when a
            // frame first runs the code (`Vm::ensure_caches`).
            let (Ok(global_slots), Ok(attr_slots)) = (
                u16::try_from(global_names.len()),
                u16::try_from(attr_names.len()),
            ) else {
                return Err(self.new_exception_msg(self.types.system_error, "too many names"));
            };
            if identifiers
                .try_reserve_exact(global_names.len() + attr_names.len())
                .is_err()
            {
                return Err(self.memory_error);
            }
            identifiers.extend_from_slice(&global_names);
            identifiers.extend_from_slice(&attr_names);
            let identifiers: Box<[Qstr]> = identifiers.into_boxed_slice();
            let Ok(name) = self.qstrs.try_intern(&def.name) else {
                return Err(self.memory_error);
            };
            // A top-level function's qualified name is its name: no string of its own. A
            // method's (`Class.method`) is interned, as the parent's constant that
            // `MAKE_FUNCTION` takes already is: the same qstr, no heap string per code.
            let qualname = if def.qualname == def.name {
                Value::qstr(name)
            } else if def.qualname.len() <= INTERN_CONSTANT_MAX {
                match self.qstrs.try_intern(&def.qualname) {
                    Ok(qualname) => Value::qstr(qualname),
                    Err(_) => return Err(self.memory_error),
                }
            } else {
                self.new_str(&def.qualname)?
            };
            let simple_args = def.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR)
                == 0
                && def.kwonlyargcount == 0
                && def.cellvars.is_empty()
                && def.freevars.is_empty();
            let simple_args = if simple_args { flags::SIMPLE_ARGS } else { 0 };
            let instructions_len = instructions.len();
            instructions.extend_from_slice(&line_table);
            drop(line_table);
            let Some(bytecode) = Bytecode::new(instructions.into_boxed_slice(), instructions_len)
            else {
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
                // (A flag, not a field: the code object then fits a 96-byte block on a board.)
                flags: def.flags | simple_args,
                identifiers,
                nvarnames,
                ncells,
                nfrees,
                stacksize: def.stacksize,
                consts: consts.into_boxed_slice(),
                code: bytecode,
                caches: core::cell::OnceCell::new(),
                global_slots,
                attr_slots,
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
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
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
        self.ensure_caches(&code);
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

/// The names of a code object's global cache slots and of its attribute cache slots.
type SlotNames = (Vec<Qstr>, Vec<Qstr>);

/// Numbers the inline cache slots of a code object and rewrites its cached name instructions
/// to them: `LOAD_GLOBAL`/`STORE_GLOBAL` to a global slot, `LOAD_ATTR`/`STORE_ATTR`/
/// `LOAD_METHOD` to an attribute slot, one slot per distinct name, in `names` order. Returns
/// the names of the global slots and of the attribute slots; None when an instruction names
/// no entry of `names` or the bytecode is cut short.
///
/// A slot number is never above the name index it replaces (slots keep the names' order and
/// skip names), so every argument keeps its `EXTENDED_ARG` prefixes and no jump moves.
fn number_cache_slots(code: &mut [u8], names: &[Qstr]) -> Result<Option<SlotNames>, OutOfMemory> {
    use crate::compile::opcode::Op;
    const UNUSED: u32 = u32::MAX;
    fn table(op: u8) -> Option<usize> {
        match Op::from_u8(op)? {
            Op::LOAD_GLOBAL | Op::STORE_GLOBAL => Some(0),
            Op::LOAD_ATTR | Op::STORE_ATTR | Op::LOAD_METHOD => Some(1),
            _ => None,
        }
    }
    fn table_of<T: Clone>(length: usize, fill: T) -> Result<Vec<T>, OutOfMemory> {
        let mut table = Vec::new();
        table.try_reserve_exact(length).map_err(|_| OutOfMemory)?;
        table.resize(length, fill);
        Ok(table)
    }
    /// Calls `visit(instruction, table, name index)` per cached instruction, its
    /// `EXTENDED_ARG` prefixes included; false when `visit` refuses, an argument overflows
    /// or the code is not whole instructions.
    fn each_site(
        code: &mut [u8],
        mut visit: impl FnMut(&mut [[u8; 2]], usize, usize) -> bool,
    ) -> bool {
        let (instructions, rest) = code.as_chunks_mut::<2>();
        let whole = rest.is_empty();
        let (mut arg, mut start) = (0usize, 0usize);
        for position in 0..instructions.len() {
            let [op, low] = instructions[position];
            let Some(wide) = arg.checked_mul(256) else {
                return false;
            };
            arg = wide | low as usize;
            if op == Op::EXTENDED_ARG as u8 {
                continue;
            }
            if let Some(which) = table(op) {
                if !visit(&mut instructions[start..=position], which, arg) {
                    return false;
                }
            }
            arg = 0;
            start = position + 1;
        }
        whole
    }
    // Which names each table uses, then their slot numbers.
    let mut slots = [
        table_of(names.len(), UNUSED)?,
        table_of(names.len(), UNUSED)?,
    ];
    let valid = each_site(code, |_, which, name| match slots[which].get_mut(name) {
        Some(slot) => {
            *slot = 0;
            true
        }
        None => false,
    });
    if !valid {
        return Ok(None);
    }
    let mut slot_names = [Vec::new(), Vec::new()];
    for (which, numbers) in slots.iter_mut().enumerate() {
        let used = numbers.iter().filter(|&&n| n != UNUSED).count();
        slot_names[which]
            .try_reserve_exact(used)
            .map_err(|_| OutOfMemory)?;
        for (index, number) in numbers.iter_mut().enumerate() {
            if *number != UNUSED {
                *number = slot_names[which].len() as u32;
                slot_names[which].push(names[index]);
            }
        }
    }
    // Each argument rewritten in place, low byte last.
    each_site(code, |instruction, which, name| {
        let mut number = slots[which][name];
        for [_, arg] in instruction.iter_mut().rev() {
            *arg = number as u8;
            number >>= 8;
        }
        true
    });
    let [globals, attributes] = slot_names;
    Ok(Some((globals, attributes)))
}

#[cfg(test)]
mod tests {
    use super::number_cache_slots;
    use crate::compile::opcode::Op;
    use crate::qstr::Qstr;
    use alloc::vec::Vec;

    #[test]
    fn cache_slots_follow_the_names_and_keep_extended_arguments() {
        let names: Vec<Qstr> = (0..300).map(|n| Qstr(1000 + n)).collect();
        let (global, attr, method) = (
            Op::LOAD_GLOBAL as u8,
            Op::LOAD_ATTR as u8,
            Op::LOAD_METHOD as u8,
        );
        let extended = Op::EXTENDED_ARG as u8;
        #[rustfmt::skip]
        let mut code = [
            global, 7,
            extended, 1, global, 43, // name 299
            attr, 7,                 // the same name, another table
            extended, 1, method, 0,  // name 256
            Op::LOAD_NAME as u8, 9,  // not cached: keeps its name index
            global, 7,
            Op::STORE_GLOBAL as u8, 2,
        ];
        let (globals, attributes) = number_cache_slots(&mut code, &names)
            .ok()
            .flatten()
            .unwrap();
        assert_eq!(globals, [names[2], names[7], names[299]]);
        assert_eq!(attributes, [names[7], names[256]]);
        #[rustfmt::skip]
        let expected = [
            global, 1,
            extended, 0, global, 2,
            attr, 0,
            extended, 0, method, 1,
            Op::LOAD_NAME as u8, 9,
            global, 1,
            Op::STORE_GLOBAL as u8, 0,
        ];
        assert_eq!(code, expected);
        // A name past the table, or half an instruction: refused, not a panic.
        assert!(matches!(
            number_cache_slots(&mut [global, 44], &names[..44]),
            Ok(None)
        ));
        assert!(matches!(
            number_cache_slots(&mut [global, 0, attr], &names),
            Ok(None)
        ));
    }
}
