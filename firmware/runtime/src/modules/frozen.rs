//! Frozen modules: Python source kept in flash and compiled when first imported.
//!
//! A module that is smaller and simpler in Python than in Rust (`collections`, `functools`,
//! `typing`, …) keeps its source in `modules/frozen/<name>.py`, embedded with `include_str!`.
//! Importing it parses and compiles that text and runs it in a fresh module's namespace:
//! the source costs flash only, its compiled form costs heap from the first import on.

use crate::ast::Mode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Makes the module `name` by running the embedded `source` in a new module dict.
pub fn make(vm: &mut Vm, name: &str, source: &'static str) -> PyResult<Value> {
    let module = vm.new_module(name)?;
    vm.push_root(module);
    let result = run_into(vm, module, name, source);
    vm.pop_root();
    result.map(|_| module)
}

fn run_into(vm: &mut Vm, module: Value, name: &str, source: &str) -> PyResult<()> {
    let filename = alloc::format!("<frozen {name}>");
    let code = vm.compile_source(source, &filename, Mode::Exec)?;
    vm.push_root(code);
    let dict = vm.module_dict(module);
    let result = vm.run_code(code, dict, Value::NULL);
    vm.pop_root();
    result.map(|_| ())
}
