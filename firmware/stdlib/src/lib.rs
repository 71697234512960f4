//! Pyrite's library: the built-in modules beyond the runtime's own.
//!
//! `math`, `re`, `json`, `struct`, `array`, `collections`, `machine`, … and the ordinary
//! methods of `str` and `bytes` live here, apart from the VM, so that the firmware can build
//! them for size (opt-level "z", firmware/Cargo.toml) while the runtime stays built for speed:
//! nothing here is on the dispatch path. A port hands [`LIBRARY`] to
//! `pyrite::Interpreter::new`; the runtime finds a module there on import
//! (`modules::make_builtin`) and a method when a program first looks it up
//! (`Vm::materialize_method`).
#![cfg_attr(not(test), no_std)]
extern crate alloc;

// The runtime's modules at this crate's root, so library code names them as the runtime does
// (`crate::vm::Vm`, `crate::obj::Obj`).
use pyrite::{ast, compile, library, num, obj, port, qstr, sort, value, vm, VERSION};

pub mod modules;
pub mod types;

pub use modules::MODULES;

/// What every port hands the runtime: [`MODULES`] and [`types::METHODS`].
pub static LIBRARY: pyrite::Library = pyrite::Library {
    modules: MODULES,
    methods: types::METHODS,
};
