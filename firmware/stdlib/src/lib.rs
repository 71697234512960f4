//! Pyrite's library: the built-in modules, functions and methods beyond the runtime's own.
//!
//! The modules (`math`, `re`, `json`, `struct`, `array`, `collections`, `machine`, …), the
//! rarer built-in functions (`round`, `dir`, `eval`, …) and the less used methods of built-in
//! classes live here, apart from the VM, so that the firmware can build them for size
//! (opt-level "z", firmware/Cargo.toml) while the runtime stays built for speed: nothing here
//! is on the dispatch path. A port hands [`LIBRARY`] to `pyrite::Interpreter::new`; the runtime
//! finds a module there on import (`modules::make_builtin`), a function or a method when a
//! program first looks it up (`Vm::builtin`, `Vm::materialize_method`).
#![cfg_attr(not(test), no_std)]
extern crate alloc;

// The runtime's modules at this crate's root, so library code names them as the runtime does
// (`crate::vm::Vm`, `crate::obj::Obj`).
use pyrite::{ast, compile, library, num, obj, port, qstr, sort, value, vm, VERSION};

pub mod completion;
pub mod functions;
pub mod modules;
pub mod types;

pub use modules::MODULES;

/// What every port hands the runtime: [`MODULES`], [`functions::FUNCTIONS`] and
/// [`types::METHODS`].
pub static LIBRARY: pyrite::Library = pyrite::Library {
    modules: MODULES,
    builtins: functions::FUNCTIONS,
    methods: types::METHODS,
    classes: modules::exceptiongroup::CLASSES,
    completions: completion::completions,
    sys: modules::sys::fill,
};
