//! `_asyncgen`: the async generator objects (PEP 525), frozen Python (`frozen/_asyncgen.py`).
//!
//! The VM imports it when an `async def` with `yield` is first called (`Vm::new_async_generator`)
//! and for `anext(iterator, default)`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_asyncgen")
}
