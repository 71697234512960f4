//! `warnings`: frozen Python (`frozen/warnings.py`), compiled section by section when first used;
//! `_caller` (`frozen::CALLER`) tells it which line a warning is for.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make_with(
        vm,
        "warnings",
        core::slice::from_ref(&super::frozen::CALLER),
    )
}
