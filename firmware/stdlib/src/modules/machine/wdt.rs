//! `machine.WDT(id=0, timeout=5000)`: the watchdog, after MicroPython's. Made, it starts at
//! once and cannot be stopped: the machine resets unless `feed()` comes within every
//! `timeout` milliseconds (a soft reset does not stop it either). Ports without one raise
//! `OSError(ENODEV)`; a timeout the hardware cannot count to is `ValueError`.

use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::hardware_error;

fn wdt_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "WDT", args, 0, 2)?;
    check_python_kwargs(vm, "WDT", kwargs, &["id", "timeout"])?;
    let id = match args.get(1).copied().or(kwarg(vm, kwargs, "id")) {
        Some(v) => vm.int_arg(v)?,
        None => 0,
    };
    if id != 0 {
        return Err(vm.value_error(alloc::format!("WDT({id}) doesn't exist")));
    }
    let timeout = match args.get(2).copied().or(kwarg(vm, kwargs, "timeout")) {
        Some(v) => vm.int_arg(v)?,
        None => 5000,
    };
    let Some(timeout) = u32::try_from(timeout).ok().filter(|&ms| ms > 0) else {
        return Err(vm.value_error("WDT timeout out of range"));
    };
    match vm.port.watchdog_start(timeout) {
        Ok(()) => Ok(Value::NONE),
        Err(crate::port::INVALID) => Err(vm.value_error("WDT timeout out of range")),
        Err(code) => Err(hardware_error(vm, code)),
    }
}

fn feed(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "feed", args, 0, 0)?;
    vm.port.watchdog_feed();
    Ok(Value::NONE)
}

static METHODS: &[Builtin] = &[Builtin::new("WDT.feed", feed)];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("WDT", wdt_init);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    crate::modules::sys::new_class(vm, "WDT", "machine", object, METHODS, Some(&CONSTRUCTOR))
}
