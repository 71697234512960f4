//! Built-in modules the runtime itself needs; the library's come from the port.
//!
//! `builtins` and `sys` exist from start-up; `gc` and `errno` are made when imported. Every
//! other built-in module (`math`, `re`, `json`, `machine`, `micropython`, …) lives in the
//! `pyrite-stdlib` crate, built for size, and reaches the VM in the `Library` a port hands to
//! `Interpreter::new`: `make_builtin` looks in both (as does the library's part of `sys`).

pub mod builtins;
pub mod errno;
pub mod gc;
pub mod sys;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A built-in module's constructor.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// A module compiled into the image: its import name and its constructor.
pub struct BuiltinModule {
    pub name: &'static str,
    pub init: ModuleInit,
}

impl BuiltinModule {
    pub const fn new(name: &'static str, init: ModuleInit) -> Self {
        BuiltinModule { name, init }
    }
}

/// The runtime's own modules.
static CORE: &[BuiltinModule] = &[
    BuiltinModule::new("gc", gc::make),
    BuiltinModule::new("sys", sys::make),
    BuiltinModule::new("errno", errno::make),
];

/// Every built-in module: the runtime's, then the library the port gave.
fn all(vm: &Vm) -> impl Iterator<Item = &'static BuiltinModule> {
    CORE.iter().chain(vm.library.modules.iter())
}

/// Creates the built-in module `name`, if there is one.
pub fn make_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match all(vm).find(|module| module.name == name) {
        Some(module) => (module.init)(vm).map(Some),
        None => Ok(None),
    }
}

/// Names of every built-in module (for `help('modules')` and `sys.builtin_module_names`).
pub fn builtin_names(vm: &Vm) -> impl Iterator<Item = &'static str> {
    all(vm).map(|module| module.name)
}

/// Fills `builtins` and creates `sys` and `__main__` (called once by `Vm::new`).
pub fn init(vm: &mut Vm) {
    // The built-in functions are added when first looked up (`Vm::builtin`).
    let builtins = vm.builtins;
    use crate::qstr::q;
    vm.boot_set_name(builtins, q::None_, Value::NONE);
    vm.boot_set_name(builtins, q::True_, Value::TRUE);
    vm.boot_set_name(builtins, q::False_, Value::FALSE);
    vm.boot_set_name(builtins, q::Ellipsis, Value::ELLIPSIS);
    vm.boot_set_name(builtins, q::NotImplemented, Value::NOT_IMPLEMENTED);
    vm.boot_set_name(builtins, q::__debug__, Value::TRUE);
    let builtins_name = Value::qstr(q::builtins);
    vm.boot_set_name(builtins, q::__name__, builtins_name);

    vm.modules = Vm::booted(vm.new_dict());
    let sys = Vm::booted(sys::make(vm));
    let modules = vm.modules;
    Vm::booted(vm.dict_set_item(modules, Value::qstr(q::sys), sys));
    let builtins_module = Vm::booted(vm.new_module("builtins"));
    if let crate::obj::Obj::Module(m) = vm.heap.get_mut(builtins_module) {
        m.dict = builtins;
    }
    Vm::booted(vm.dict_set_item(modules, builtins_name, builtins_module));
    let main = Vm::booted(vm.new_module("__main__"));
    vm.main_globals = vm.module_dict(main);
    // A script's `__doc__` until its docstring, and its `__package__` (it is in none).
    vm.boot_set_name(vm.main_globals, q::__doc__, Value::NONE);
    vm.boot_set_name(vm.main_globals, q::__package__, Value::NONE);
    Vm::booted(vm.dict_set_item(modules, Value::qstr(q::__main__), main));
}

// The built-in functions (`print`, `len`, …) get their object and `builtins` entry when a
// program first looks them up, not at boot: all of them took 1.1 KB of a board's heap before
// any program ran, and most programs use a few; so do the rarer exception classes
// (`types::LAZY_EXCEPTIONS`). Whatever reads `builtins` as a whole (its `__dict__`, `dir()`,
// `import *`) gets them all first. They are numbered the runtime's functions
// (`builtins::FUNCTIONS`), the library's (`Library::builtins`), the exception classes, then
// the library's classes (`Library::classes`).
const _: () = assert!(
    builtins::FUNCTIONS.len() + crate::vm::types::LAZY_EXCEPTIONS.len() <= MAX_LAZY_BUILTINS
);

/// How many lazy built-ins, functions and classes, `Vm::builtins_made` tracks.
pub const MAX_LAZY_BUILTINS: usize = 8 * 32;

impl Vm {
    /// `builtins[name]`, adding the built-in function or class `name` if it was never looked
    /// up.
    pub fn builtin(&mut self, name: crate::qstr::Qstr) -> PyResult<Option<Value>> {
        match self.dict_get_name(self.builtins, name) {
            Some(value) => Ok(Some(value)),
            None => self.add_lazy_builtin(name),
        }
    }

    /// Records `name` (if a lazy built-in's) as added, so that it is not added again.
    pub(crate) fn mark_builtin_made(&mut self, name: crate::qstr::Qstr) {
        if let Some(index) = self.lazy_builtin_index(name) {
            self.set_builtin_made(index);
        }
    }

    #[inline(never)]
    fn add_lazy_builtin(&mut self, name: crate::qstr::Qstr) -> PyResult<Option<Value>> {
        match self.lazy_builtin_index(name) {
            Some(index) if !self.builtin_made(index) => self.add_builtin(index).map(Some),
            // Never one, or deleted from `builtins` by the program.
            _ => Ok(None),
        }
    }

    /// The names of every lazy built-in (functions, exceptions, the library's classes), made
    /// or not: what the REPL's Tab completes besides `builtins`' dict.
    pub fn lazy_builtin_names(&self) -> impl Iterator<Item = &str> {
        let functions = self.builtin_functions().map(|f| f.name());
        let exceptions = crate::vm::types::LAZY_EXCEPTIONS
            .iter()
            .map(|&(class, _)| self.qstrs.text(class));
        let classes = self.library.classes.iter().map(|c| c.name());
        functions.chain(exceptions).chain(classes)
    }

    /// Every built-in function: the runtime's, then the library's.
    fn builtin_functions(&self) -> impl Iterator<Item = &'static crate::obj::Builtin> {
        let library = self.library.builtins.iter();
        builtins::FUNCTIONS.iter().chain(library)
    }

    /// How many lazy built-ins there are.
    fn lazy_builtin_count(&self) -> usize {
        builtins::FUNCTIONS.len()
            + self.library.builtins.len()
            + crate::vm::types::LAZY_EXCEPTIONS.len()
            + self.library.classes.len()
    }

    /// Where `name` is among the lazy built-ins.
    fn lazy_builtin_index(&self, name: crate::qstr::Qstr) -> Option<usize> {
        let text = self.qstrs.text(name);
        let functions = builtins::FUNCTIONS.len() + self.library.builtins.len();
        self.builtin_functions()
            .position(|f| f.name() == text)
            .or_else(|| {
                let mut classes = crate::vm::types::LAZY_EXCEPTIONS.iter();
                classes
                    .position(|&(class, _)| class == name)
                    .map(|i| functions + i)
            })
            .or_else(|| {
                let lazy = functions + crate::vm::types::LAZY_EXCEPTIONS.len();
                let mut classes = self.library.classes.iter();
                classes.position(|c| c.name() == text).map(|i| lazy + i)
            })
    }

    fn builtin_made(&self, index: usize) -> bool {
        self.builtins_made[index / 32] & (1 << (index % 32)) != 0
    }

    fn set_builtin_made(&mut self, index: usize) {
        self.builtins_made[index / 32] |= 1 << (index % 32);
    }

    fn add_builtin(&mut self, index: usize) -> PyResult<Value> {
        let value = match self.builtin_functions().nth(index) {
            Some(function) => {
                let name = self.qstrs.intern(function.name());
                let value = self.alloc(crate::obj::Obj::Builtin(function))?;
                self.push_root(value);
                let stored = self.dict_set_item(self.builtins, Value::qstr(name), value);
                self.pop_root();
                stored?;
                value
            }
            None => {
                let functions = builtins::FUNCTIONS.len() + self.library.builtins.len();
                let lazy = crate::vm::types::LAZY_EXCEPTIONS.get(index - functions);
                let Some(&(name, base_name)) = lazy else {
                    let index = index - functions - crate::vm::types::LAZY_EXCEPTIONS.len();
                    let Some(class) = self.library.classes.get(index) else {
                        return Ok(Value::NONE);
                    };
                    let value = (class.func)(self, &[], &[])?;
                    self.push_root(value);
                    let name = Value::qstr(self.qstrs.intern(class.name()));
                    let stored = self.dict_set_item(self.builtins, name, value);
                    self.pop_root();
                    stored?;
                    self.set_builtin_made(
                        index + functions + crate::vm::types::LAZY_EXCEPTIONS.len(),
                    );
                    return Ok(value);
                };
                // The base is made first when it is lazy too; a program that deleted it
                // gets `Exception` as the base.
                let base = match self.builtin(base_name)? {
                    Some(base)
                        if matches!(self.heap_obj(base), Some(crate::obj::Obj::Class(_))) =>
                    {
                        base
                    }
                    _ => self.types.exception,
                };
                crate::vm::types::make_lazy_exception(self, name, base)?
            }
        };
        self.set_builtin_made(index);
        Ok(value)
    }

    /// The built-in exception class `name`, for the runtime to raise: made now if it is a
    /// lazy one. `Exception` when it cannot be (no memory left, or the program put something
    /// else than a class in `builtins` under that name).
    #[cold]
    #[inline(never)]
    pub fn exception_class(&mut self, name: crate::qstr::Qstr) -> Value {
        match self.builtin(name) {
            Ok(Some(class)) if matches!(self.heap_obj(class), Some(crate::obj::Obj::Class(_))) => {
                class
            }
            _ => self.types.exception,
        }
    }

    /// What the `__dir__` (PEP 562) of a module that makes names on first use returns: the
    /// names in its dict `dict` but its two hooks (`__getattr__`, `__dir__`), then `lazy`.
    pub fn module_dir_with<'a>(
        &mut self,
        dict: Value,
        lazy: impl IntoIterator<Item = &'a str>,
    ) -> PyResult<Value> {
        use crate::qstr::q;
        let hooks = [q::__getattr__, q::__dir__].map(Value::qstr);
        let mut names: alloc::vec::Vec<Value> = match self.dict_storage(dict) {
            Some(dict) => dict
                .iter()
                .map(|entry| entry.key)
                .filter(|key| !hooks.contains(key))
                .collect(),
            None => alloc::vec::Vec::new(),
        };
        for name in lazy {
            let name = self.intern(name);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        self.new_list(names)
    }

    /// `module`'s dict, with every lazy built-in in it first if it is `builtins`.
    pub fn whole_module_dict(&mut self, module: Value) -> PyResult<Value> {
        let dict = self.module_dict(module);
        if dict == self.builtins {
            for index in 0..self.lazy_builtin_count() {
                if !self.builtin_made(index) {
                    self.add_builtin(index)?;
                }
            }
        }
        Ok(dict)
    }
}
