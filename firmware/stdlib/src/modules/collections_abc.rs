//! `collections.abc`: frozen Python (`frozen/collections.abc.py`), the container ABCs in
//! sections compiled when first used.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "collections.abc")
}
