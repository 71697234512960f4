//! Pyrite's library: the built-in modules beyond the runtime's own.
//!
//! `math`, `re`, `json`, `struct`, `array`, `collections`, `machine`, … live here, apart from
//! the VM, so that the firmware can build them for size (opt-level "z", firmware/Cargo.toml)
//! while the runtime stays built for speed: nothing here is on the dispatch path. A port hands
//! [`MODULES`] to `pyrite::Interpreter::new`; the runtime's `modules::make_builtin` finds them
//! there on import.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

// The runtime's modules at this crate's root, so library code names them as the runtime does
// (`crate::vm::Vm`, `crate::obj::Obj`).
use pyrite::{ast, compile, num, obj, port, qstr, sort, value, vm, VERSION};

pub mod modules;

pub use modules::MODULES;
