//! Built-in modules. Each module is one file; `make_builtin` creates one on first import.
//!
//! `builtins` and `sys` exist from start-up; the others are made when imported.

pub mod builtins;
pub mod gc;
pub mod sys;
pub mod time;

// Machine and numeric modules (math, random, struct, binascii, hashlib, array, errno, os,
// micropython, io): add `pub mod name;` lines here.
pub mod array;
pub mod binascii;
pub mod errno;
pub mod hashlib;
pub mod io;
pub mod machine;
pub mod math;
pub mod micropython;
pub mod os;
pub mod pyb;
pub mod random;
pub mod r#struct;

// Data and functional modules (json, re, collections, itertools, functools, heapq, string,
// typing, abc): add `pub mod name;` lines here.
pub mod abc;
pub mod collections;
pub mod frozen;
pub mod functools;
pub mod future;
pub mod heapq;
pub mod itertools;
pub mod json;
pub mod operator;
pub mod re;
pub mod string;
pub mod typing;
mod unpack;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A built-in module's constructor.
type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// Every built-in module, by import name.
static MODULES: &[(&str, ModuleInit)] = &[
    ("gc", gc::make),
    ("sys", sys::make),
    ("time", time::make),
    // Machine and numeric modules.
    ("array", array::make),
    ("binascii", binascii::make),
    ("errno", errno::make),
    ("hashlib", hashlib::make),
    ("io", io::make),
    ("machine", machine::make),
    ("math", math::make),
    ("micropython", micropython::make),
    ("os", os::make),
    ("pyb", pyb::make),
    ("random", random::make),
    ("struct", r#struct::make),
    // Data and functional modules.
    ("__future__", future::make),
    ("abc", abc::make),
    ("collections", collections::make),
    ("functools", functools::make),
    ("heapq", heapq::make),
    ("itertools", itertools::make),
    ("json", json::make),
    ("operator", operator::make),
    ("re", re::make),
    ("_re", re::make_native),
    ("string", string::make),
    ("typing", typing::make),
];

/// Creates the built-in module `name`, if there is one.
pub fn make_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    for (module_name, init) in MODULES {
        if *module_name == name {
            return init(vm).map(Some);
        }
    }
    Ok(None)
}

/// Names of every built-in module (for `help('modules')` and `sys.builtin_module_names`).
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(name, _)| *name)
}

/// Fills `builtins` and creates `sys` and `__main__` (called once by `Vm::new`).
pub fn init(vm: &mut Vm) {
    let builtins = vm.builtins;
    for function in builtins::FUNCTIONS {
        let name = vm.qstrs.intern(function.name);
        let value = vm
            .alloc(crate::obj::Obj::Builtin(function))
            .expect("heap fits the builtins");
        vm.dict_set_name(builtins, name, value);
    }
    use crate::qstr::q;
    vm.dict_set_name(builtins, q::None_, Value::NONE);
    vm.dict_set_name(builtins, q::True_, Value::TRUE);
    vm.dict_set_name(builtins, q::False_, Value::FALSE);
    vm.dict_set_name(builtins, q::Ellipsis, Value::ELLIPSIS);
    vm.dict_set_name(builtins, q::NotImplemented, Value::NOT_IMPLEMENTED);
    vm.dict_set_name(builtins, q::__debug__, Value::TRUE);
    let builtins_name = Value::qstr(q::builtins);
    vm.dict_set_name(builtins, q::__name__, builtins_name);

    vm.modules = vm.new_dict().expect("heap fits sys.modules");
    let sys = sys::make(vm).expect("heap fits sys");
    let modules = vm.modules;
    vm.dict_set_item(modules, Value::qstr(q::sys), sys)
        .expect("heap fits sys.modules");
    let builtins_module = vm.new_module("builtins").expect("heap fits builtins");
    if let crate::obj::Obj::Module(m) = vm.heap.get_mut(builtins_module) {
        m.dict = builtins;
    }
    vm.dict_set_item(modules, builtins_name, builtins_module)
        .expect("heap fits sys.modules");
    let main = vm.new_module("__main__").expect("heap fits __main__");
    vm.main_globals = vm.module_dict(main);
    vm.dict_set_item(modules, Value::qstr(q::__main__), main)
        .expect("heap fits sys.modules");
}
