//! `pyb`: the pyboard's own module, in part — `pyb.LED(n)` (`on`, `off`, `toggle`,
//! `intensity`), `pyb.Switch()` (`value`, calling it, `callback`), and `delay`, `udelay`,
//! `millis`, `micros`, `elapsed_millis`, `elapsed_micros`.
//!
//! LED `n` is the port's pin named `LEDn` (numbered from 1, as on the pyboard: 1 red,
//! 2 green, 3 yellow, 4 blue), the switch the pin named `SW` (to ground when pressed); boards
//! without them raise `ValueError`. An LED whose pin has a PWM channel (the pyboard's 3 and 4)
//! dims: `intensity(1..=254)` drives it by PWM, and `on`/`off`/`toggle` or `intensity(0 or
//! 255)` give the pin back to plain output; the others are on for any intensity above 0.

use alloc::format;

use crate::modules::builtins::{check_args, check_method_args};
use crate::modules::machine::{counts_for, share_of};
use crate::obj::Builtin;
use crate::port::{PinEdges, PinMode, PinPull};
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
    // A dimmed LED stays dimmed (MicroPython's LEDs are one object each).
    if vm.port.pwm_channel_of(pin).is_none() {
        vm.port
            .pin_configure(pin, PinMode::Output, PinPull::None)
            .map_err(|code| crate::modules::io::os_error(vm, code, None))?;
    }
    let key = vm.qstrs.intern("_pin");
    vm.store_attr(args[0], key, Value::small_int(pin as isize))?;
    let key = vm.qstrs.intern("_number");
    vm.store_attr(args[0], key, args[1])?;
    Ok(Value::NONE)
}

/// Lights LED `pin` or puts it out as a plain output, stopping its PWM if it had one (a
/// toggle of a dimmed LED puts it out: it was lit).
fn light(vm: &mut Vm, pin: u32, level: Option<bool>) -> PyResult<()> {
    let high = match vm.port.pwm_channel_of(pin) {
        Some(channel) => {
            vm.port.pwm_deinit(channel);
            vm.port
                .pin_configure(pin, PinMode::Output, PinPull::None)
                .map_err(|code| crate::modules::io::os_error(vm, code, None))?;
            level.unwrap_or(false)
        }
        None => level.unwrap_or_else(|| !vm.port.pin_read(pin)),
    };
    vm.port.pin_write(pin, high);
    Ok(())
}

fn set(vm: &mut Vm, args: &[Value], name: &str, level: Option<bool>) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    let pin = pin_of(vm, args[0])?;
    light(vm, pin, level)?;
    Ok(Value::NONE)
}

/// `intensity()` / `intensity(value)`: brightness 0..=255 (values outside are clamped).
fn intensity(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "intensity", args, 0, 1)?;
    let pin = pin_of(vm, args[0])?;
    let Some(&value) = args.get(1) else {
        let level = match vm.port.pwm_channel_of(pin) {
            Some(channel) => share_of(vm.port.pwm_timing(channel), 255),
            None => u64::from(vm.port.pin_read(pin)) * 255,
        };
        return Ok(Value::small_int(level as isize));
    };
    let level = vm.int_arg(value)?.clamp(0, 255) as u32;
    if (1..255).contains(&level) {
        if let Ok(channel) = vm.port.pwm_init(pin, false) {
            let period = vm.port.pwm_timing(channel).period;
            let active = counts_for(u64::from(level), 255, period);
            vm.port.pwm_set_active(channel, active as u32);
            return Ok(Value::NONE);
        }
    }
    light(vm, pin, Some(level > 0))?;
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
    Builtin::new("LED.intensity", intensity),
    Builtin::new("LED.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::new("LED", led_init_new);

/// `Switch()`: the board's user switch, an input with its pull-up on.
fn switch_init_new(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "Switch", args, 0, 0)?;
    let Some(pin) = vm.port.pin_lookup("SW") else {
        return Err(vm.value_error("this board has no switch"));
    };
    vm.port
        .pin_configure(pin, PinMode::Input, PinPull::Up)
        .map_err(|code| crate::modules::io::os_error(vm, code, None))?;
    let key = vm.qstrs.intern("_pin");
    vm.store_attr(args[0], key, Value::small_int(pin as isize))
        .map(|()| Value::NONE)
}

/// `value()` and `sw()`: whether the switch is pressed (its pin pulled low).
fn switch_value(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "value", args, 0, 0)?;
    let pin = pin_of(vm, args[0])?;
    Ok(Value::bool(!vm.port.pin_read(pin)))
}

/// `callback(fun)`: calls `fun()` (no arguments) at the next safe point after each press;
/// `callback(None)` stops.
fn switch_callback(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "callback", args, 1, 1)?;
    let pin = pin_of(vm, args[0])?;
    let handler = Some(args[1]).filter(|handler| !handler.is_none());
    let edges = PinEdges {
        rising: false,
        falling: handler.is_some(),
    };
    let source = vm
        .port
        .pin_irq(pin, edges)
        .map_err(|code| crate::modules::io::os_error(vm, code, None))?;
    vm.set_irq_handler(source, handler.map(|handler| (handler, Value::NULL)));
    Ok(Value::NONE)
}

fn switch_repr(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.new_string(alloc::string::String::from("Switch()"))
}

static SWITCH_METHODS: &[Builtin] = &[
    Builtin::self_only("Switch.value", switch_value),
    Builtin::self_only("Switch.__call__", switch_value),
    Builtin::new("Switch.callback", switch_callback),
    Builtin::self_only("Switch.__repr__", switch_repr),
];

static SWITCH_CONSTRUCTOR: Builtin = Builtin::new("Switch", switch_init_new);

/// `pyb.delay(ms)`: `time.sleep_ms` (callbacks run meanwhile).
fn delay(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "delay", args, 1, 1)?;
    crate::modules::time::sleep_ms(vm, args, kwargs)
}

/// `pyb.udelay(us)`: `time.sleep_us`.
fn udelay(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "udelay", args, 1, 1)?;
    crate::modules::time::sleep_us(vm, args, kwargs)
}

/// A tick count as MicroPython's small int: the low 31 bits, signed (negative after 2^30).
fn small_ticks(ticks: u64) -> isize {
    ((ticks as u32) << 1) as i32 as isize >> 1
}

fn millis(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int(small_ticks(vm.port.ticks_ms())))
}

fn micros(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int(small_ticks(vm.port.ticks_us())))
}

/// `now - start` in the 30-bit range `elapsed_millis`/`elapsed_micros` answer in.
fn elapsed(vm: &mut Vm, args: &[Value], now: u64) -> PyResult<Value> {
    let start = vm.int_arg(args[0])?;
    let difference = (small_ticks(now) as i64).wrapping_sub(start) & 0x3fff_ffff;
    Ok(Value::small_int(difference as isize))
}

fn elapsed_millis(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "elapsed_millis", args, 1, 1)?;
    let now = vm.port.ticks_ms();
    elapsed(vm, args, now)
}

fn elapsed_micros(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "elapsed_micros", args, 1, 1)?;
    let now = vm.port.ticks_us();
    elapsed(vm, args, now)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::with_keywords("delay", delay),
    Builtin::with_keywords("udelay", udelay),
    Builtin::no_arguments("millis", millis),
    Builtin::no_arguments("micros", micros),
    Builtin::new("elapsed_millis", elapsed_millis),
    Builtin::new("elapsed_micros", elapsed_micros),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("pyb", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let object = vm.types.object;
        let class =
            crate::modules::sys::new_class(vm, "LED", "pyb", object, METHODS, Some(&CONSTRUCTOR))?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("LED");
        vm.dict_set_name(dict, name, class)?;
        let class = crate::modules::sys::new_class(
            vm,
            "Switch",
            "pyb",
            object,
            SWITCH_METHODS,
            Some(&SWITCH_CONSTRUCTOR),
        )?;
        let name = vm.qstrs.intern("Switch");
        vm.dict_set_name(dict, name, class)?;
        Ok(())
    })
}
