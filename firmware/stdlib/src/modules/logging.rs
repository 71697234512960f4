//! `logging`: frozen Python (`frozen/logging.py`), compiled section by section when first used;
//! `_caller` (`frozen::CALLER`) tells it where a record was logged from.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make_with(vm, "logging", core::slice::from_ref(&super::frozen::CALLER))
}
