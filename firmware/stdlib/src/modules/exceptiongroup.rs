//! `_exceptiongroup`: the built-in classes `BaseExceptionGroup` and `ExceptionGroup` and the
//! helpers of `except*`, frozen Python (`frozen/_exceptiongroup.py`) made when a program first
//! names one of the classes or runs an `except*` clause.

use crate::obj::{Builtin, Obj};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make_with(vm, "_exceptiongroup", NATIVES)
}

static NATIVES: &[Builtin] = &[Builtin::new("_same_traceback", same_traceback)];

/// `_same_traceback(a, b)`: do exceptions `a` and `b` carry the same traceback entries? (An
/// exception stands in for its traceback: parts of a split copy their group's.)
fn same_traceback(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let entries = |v: Value| match vm.heap_obj(v) {
        Some(Obj::Exception(e)) => Some(&e.traceback),
        _ => None,
    };
    let (Some(&a), Some(&b)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("_same_traceback expected 2 arguments"));
    };
    Ok(Value::bool(entries(a) == entries(b)))
}

/// The built-in class `name` (`BaseExceptionGroup` or `ExceptionGroup`), from the module.
fn class(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    let module = vm.import_module("_exceptiongroup")?;
    vm.load_attr(module, name)
}

fn base_exception_group(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    class(vm, crate::qstr::q::BaseExceptionGroup)
}

fn exception_group(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    class(vm, crate::qstr::q::ExceptionGroup)
}

/// The built-in names whose value this module makes (`Library::classes`).
pub static CLASSES: &[Builtin] = &[
    Builtin::new("BaseExceptionGroup", base_exception_group),
    Builtin::new("ExceptionGroup", exception_group),
];
