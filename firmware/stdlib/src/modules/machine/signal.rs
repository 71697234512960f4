//! `machine.Signal`: a pin seen as active or inactive rather than high or low, so code reads
//! `led.on()` whether the LED lights at a high or a low level (after MicroPython's).
//!
//! `Signal(pin, *, invert=False)` wraps any object with `value([x])` (a `Pin`, or a pin-like
//! object of the program's own); `Signal(id, mode, pull, *, invert=False, …)` makes the
//! `Pin` first. `value([x])`, `__call__`, `on()`, `off()`.

use crate::modules::builtins::{check_method_args, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::{int_attr, set_attr};

/// `Signal(pin_or_id, *pin_args, invert=False, **pin_kwargs)`.
fn signal_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("Signal() needs a pin"));
    }
    let this = args[0];
    let invert = match kwarg(vm, kwargs, "invert") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let value_name = vm.qstrs.intern("value");
    let is_pin_like = matches!(vm.heap_obj(args[1]), Some(Obj::Instance(_)))
        && vm.load_attr_optional(args[1], value_name)?.is_some();
    let pin = if is_pin_like && args.len() == 2 {
        args[1]
    } else {
        let pin_kwargs: alloc::vec::Vec<(Value, Value)> = kwargs
            .iter()
            .copied()
            .filter(|&(key, _)| vm.str_text(key) != Some("invert"))
            .collect();
        let name = vm.qstrs.intern("_Pin");
        let pin_class = vm.load_attr(this, name)?;
        vm.call(pin_class, &args[1..], &pin_kwargs)?
    };
    set_attr(vm, this, "_pin", pin)?;
    set_attr(vm, this, "_invert", Value::small_int(invert as isize)).map(|()| Value::NONE)
}

/// The wrapped pin's `value` method.
fn pin_value(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let name = vm.qstrs.intern("_pin");
    let pin = vm.load_attr(this, name)?;
    let name = vm.qstrs.intern("value");
    vm.load_attr(pin, name)
}

/// Drives the signal active (`true`) or inactive.
fn drive(vm: &mut Vm, this: Value, active: bool) -> PyResult<Value> {
    let invert = int_attr(vm, this, "_invert")? != 0;
    let method = pin_value(vm, this)?;
    let level = Value::small_int((active != invert) as isize);
    vm.call(method, &[level], &[])?;
    Ok(Value::NONE)
}

/// `value([x])`: whether the signal is active, or makes it so.
fn value(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "value", args, 0, 1)?;
    if let Some(&active) = args.get(1) {
        let active = vm.is_true(active)?;
        return drive(vm, args[0], active);
    }
    let invert = int_attr(vm, args[0], "_invert")? != 0;
    let method = pin_value(vm, args[0])?;
    let level = vm.call(method, &[], &[])?;
    let high = vm.is_true(level)?;
    Ok(Value::small_int((high != invert) as isize))
}

fn on(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "on", args, 0, 0)?;
    drive(vm, args[0], true)
}

fn off(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "off", args, 0, 0)?;
    drive(vm, args[0], false)
}

static METHODS: &[Builtin] = &[
    Builtin::new("Signal.value", value),
    Builtin::new("Signal.__call__", value),
    Builtin::new("Signal.on", on),
    Builtin::new("Signal.off", off),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("Signal", signal_init);

/// The `Signal` class; `pin_class` is what `Signal('LED1', …)` constructs.
pub fn make_class(vm: &mut Vm, pin_class: Value) -> PyResult<Value> {
    let object = vm.types.object;
    let class = crate::modules::sys::new_class(
        vm,
        "Signal",
        "machine",
        object,
        METHODS,
        Some(&CONSTRUCTOR),
    )?;
    vm.push_root(class);
    let stored = set_attr(vm, class, "_Pin", pin_class);
    vm.pop_root();
    stored.map(|()| class)
}
