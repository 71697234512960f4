//! `__future__`: frozen Python (`frozen/__future__.py`): the feature names, which the compiler
//! recognises in `from __future__ import ...` (`annotations` postpones parameter annotations).

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "__future__")
}
