//! Pyrite's benchmark harness: programs, host and firmware runs, results, baselines, the
//! regression gate, history and plots.
//!
//! `cargo xtask bench` (in `xtask/src/bench.rs`) drives it: it discovers the programs in
//! `bench/programs/`, runs them on the host under pyrite, CPython and MicroPython
//! ([`host`]), on emulated boards through a [`firmware::BoardRunner`] ([`firmware`]), writes
//! [`results::Results`] as YAML, checks them against `bench/baselines/*.yaml` ([`gate`]),
//! draws [`plots`] and writes a Markdown [`report`].

pub mod baseline;
pub mod elf_size;
pub mod error;
pub mod firmware;
pub mod gate;
pub mod history;
pub mod host;
pub mod plots;
pub mod policy;
pub mod process;
pub mod program;
pub mod report;
pub mod results;
pub mod stats;

pub use error::{Error, Result};
