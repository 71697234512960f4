//! `asyncio`: frozen Python (`frozen/asyncio.py`), compiled section by section when first used;
//! its Event, Lock, Semaphore, BoundedSemaphore and Condition come from the frozen
//! `_asyncio_locks` (`frozen/_asyncio_locks.py`) when first used.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "asyncio")
}

/// `_asyncio_locks`: the frozen module behind asyncio's synchronization primitives.
pub fn make_locks(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_asyncio_locks")
}
