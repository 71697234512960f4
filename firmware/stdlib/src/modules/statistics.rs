//! `statistics`: frozen Python (`frozen/statistics.py`), compiled section by section when
//! first used.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "statistics")
}
