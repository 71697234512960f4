//! `hmac`: frozen Python (`frozen/hmac.py`), compiled when imported.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "hmac")
}
