//! `pyb`: the pyboard's own module, here only `pyb.LED(n)` (`on`, `off`, `toggle`) and
//! `pyb.delay(ms)`. LED `n` is the port's pin named `LEDn` (numbered from 1, as on the
//! pyboard: 1 red, 2 green, 3 yellow, 4 blue); boards without it raise `ValueError`.

use alloc::format;

use crate::modules::builtins::{check_args, check_method_args};
use crate::obj::Builtin;
use crate::port::{PinMode, PinPull};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn pin_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    let name = vm.qstrs.intern("_pin");
    let pin = vm.load_attr(this, name)?;
    Ok(vm.int_arg(pin)? as u32)
}

/// `LED(n)`.
fn led_init_new(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "LED", args, 1, 1)?;
    let number = vm.int_arg(args[1])?;
    let Some(pin) = vm.port.pin_lookup(&format!("LED{number}")) else {
        return Err(vm.value_error(format!("LED({number}) doesn't exist")));
    };
    vm.port
        .pin_configure(pin, PinMode::Output, PinPull::None)
        .map_err(|code| crate::modules::io::os_error(vm, code, None))?;
    let key = vm.qstrs.intern("_pin");
    vm.store_attr(args[0], key, Value::small_int(pin as isize))?;
    let key = vm.qstrs.intern("_number");
    vm.store_attr(args[0], key, args[1])?;
    Ok(Value::NONE)
}

fn set(vm: &mut Vm, args: &[Value], name: &str, level: Option<bool>) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    let pin = pin_of(vm, args[0])?;
    let high = level.unwrap_or_else(|| !vm.port.pin_read(pin));
    vm.port.pin_write(pin, high);
    Ok(Value::NONE)
}

fn on(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    set(vm, args, "on", Some(true))
}

fn off(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    set(vm, args, "off", Some(false))
}

fn toggle(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    set(vm, args, "toggle", None)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__repr__", args, 0, 0)?;
    let key = vm.qstrs.intern("_number");
    let number = vm.load_attr(args[0], key)?;
    let number = vm.int_arg(number)?;
    vm.new_string(format!("LED({number})"))
}

static METHODS: &[Builtin] = &[
    Builtin::new("LED.on", on),
    Builtin::new("LED.off", off),
    Builtin::new("LED.toggle", toggle),
    Builtin::new("LED.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::new("LED", led_init_new);

/// `pyb.delay(ms)`: `time.sleep_ms` (callbacks run meanwhile).
fn delay(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "delay", args, 1, 1)?;
    crate::modules::time::sleep_ms(vm, args, kwargs)
}

static FUNCTIONS: &[Builtin] = &[Builtin::with_keywords("delay", delay)];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("pyb", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let object = vm.types.object;
        let class =
            crate::modules::sys::new_class(vm, "LED", "pyb", object, METHODS, Some(&CONSTRUCTOR))?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("LED");
        vm.dict_set_name(dict, name, class)?;
        Ok(())
    })
}
