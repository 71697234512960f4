//! `machine.PWM`: a pin driven by a timer channel as pulse-width modulation, after
//! MicroPython's portable API — `PWM(pin, *, freq, duty_u16, duty_ns, invert)`, `init(…)`,
//! `deinit()`, `freq([hz])`, `duty_u16([value])`, `duty_ns([ns])`.
//!
//! The port gives the channel and its timer's counts (`Port::pwm_*`); the conversions between
//! hertz, 16-bit ratios, nanoseconds and counts are here, rounded to the nearest, and the
//! getters answer what the hardware does (the counts read back), not what was asked. Channels
//! of one timer share its frequency: changing it keeps their duty ratios (the port scales
//! them) and this channel's duty as it was last set, ratio or nanoseconds.

use alloc::format;

use super::{hardware_error, int_attr, set_attr};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::Builtin;
use crate::port::{PwmTiming, INVALID, NO_DEVICE};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `a * b / c` rounded to the nearest (0 when `c` is; `a * b` must fit: a count of at most
/// 32 bits times 16).
fn scale(a: u64, b: u64, c: u64) -> u64 {
    (a * b + c / 2).checked_div(c).unwrap_or(0)
}

/// Nanoseconds per count of a channel's counter (f64: 53 bits are plenty for counts of 32).
fn count_ns(timing: PwmTiming) -> f64 {
    f64::from(timing.prescale) * 1e9 / f64::from(timing.clock_hz)
}

/// The channel of a PWM that has one (`deinit` gives it back).
fn channel_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    match int_attr(vm, this, "_channel")? {
        channel if channel >= 0 => Ok(channel as u32),
        _ => Err(vm.value_error("PWM is deinitialised: call init()")),
    }
}

/// An integer argument in `0..=max`, or `ValueError` naming it.
fn ranged(vm: &mut Vm, value: Value, name: &str, max: i64) -> PyResult<u64> {
    let number = vm.int_arg(value)?;
    if !(0..=max).contains(&number) {
        return Err(vm.value_error(format!("{name} must be from 0 to {max}")));
    }
    Ok(number as u64)
}

/// `freq=hz` (an int, as MicroPython takes it).
fn set_frequency(vm: &mut Vm, channel: u32, hz: Value) -> PyResult<()> {
    let hz = vm.int_arg(hz)?;
    if hz <= 0 {
        return Err(vm.value_error("freq must be positive"));
    }
    let clock_hz = u64::from(vm.port.pwm_timing(channel).clock_hz);
    let ticks = scale(clock_hz, 1, hz as u64);
    // Two counts at least: one count only knows off and on.
    if ticks < 2 {
        return Err(vm.value_error("freq too large"));
    }
    match vm.port.pwm_set_period(channel, ticks) {
        Ok(()) => Ok(()),
        Err(INVALID) => Err(vm.value_error("freq too small")),
        Err(code) => Err(hardware_error(vm, code)),
    }
}

/// The most `duty_ns` takes: `-1 - ns` (how `_duty` keeps it) must fit an i64.
const DUTY_NS_MAX: i64 = i64::MAX - 1;

/// The duty last set, kept in `_duty`: a ratio as itself (0..=65535), nanoseconds `ns` as
/// `-1 - ns`, none yet as None.
enum Duty {
    Ratio(u64),
    Nanoseconds(u64),
}

/// Sets the channel's counts from the duty last set.
fn apply_duty(vm: &mut Vm, this: Value, channel: u32) -> PyResult<()> {
    let name = vm.qstrs.intern("_duty");
    let kept = vm.load_attr(this, name)?;
    if kept.is_none() {
        return Ok(());
    }
    let kept = vm.int_arg(kept)?;
    let timing = vm.port.pwm_timing(channel);
    let period = u64::from(timing.period);
    let active = if kept >= 0 {
        counts_for(kept as u64, 65535, timing.period)
    } else {
        // Rounded to the nearest when truncated (the port caps it at the period).
        let nanos = (-1 - kept) as f64;
        (nanos / count_ns(timing) + 0.5).min(period as f64) as u64
    };
    vm.port.pwm_set_active(channel, active as u32);
    Ok(())
}

fn remember_duty(vm: &mut Vm, this: Value, duty: Duty) -> PyResult<()> {
    let kept = match duty {
        Duty::Ratio(ratio) => ratio as i64,
        Duty::Nanoseconds(nanos) => -1 - nanos as i64,
    };
    let kept = vm.new_int(kept)?;
    set_attr(vm, this, "_duty", kept)
}

/// Takes the pin's channel and applies `freq`, `duty_u16`/`duty_ns` and `invert`.
fn configure(vm: &mut Vm, this: Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    check_python_kwargs(
        vm,
        "init",
        kwargs,
        &["freq", "duty_u16", "duty_ns", "invert"],
    )?;
    let pin = int_attr(vm, this, "_pin")? as u32;
    let duty = match (kwarg(vm, kwargs, "duty_u16"), kwarg(vm, kwargs, "duty_ns")) {
        (Some(_), Some(_)) => return Err(vm.value_error("give duty_u16 or duty_ns, not both")),
        (Some(value), None) => Some(Duty::Ratio(ranged(vm, value, "duty_u16", 65535)?)),
        (None, Some(value)) => Some(Duty::Nanoseconds(ranged(
            vm,
            value,
            "duty_ns",
            DUTY_NS_MAX,
        )?)),
        (None, None) => None,
    };
    let invert = match kwarg(vm, kwargs, "invert") {
        Some(value) => vm.is_true(value)?,
        None => false,
    };
    let channel = match vm.port.pwm_init(pin, invert) {
        Ok(channel) => channel,
        Err(NO_DEVICE) => {
            let name = vm.port.pin_name(pin).unwrap_or_default();
            return Err(vm.value_error(format!("Pin({name}) has no PWM channel")));
        }
        Err(code) => return Err(hardware_error(vm, code)),
    };
    set_attr(vm, this, "_channel", Value::small_int(channel as isize))?;
    if let Some(hz) = kwarg(vm, kwargs, "freq") {
        set_frequency(vm, channel, hz)?;
    }
    if let Some(duty) = duty {
        remember_duty(vm, this, duty)?;
    }
    apply_duty(vm, this, channel)
}

/// `PWM(dest, *, freq, duty_u16, duty_ns, invert)`.
fn pwm_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "PWM", args, 1, 1)?;
    let this = args[0];
    let pin = super::pin_id(vm, args[1])?;
    set_attr(vm, this, "_pin", Value::small_int(pin as isize))?;
    set_attr(vm, this, "_duty", Value::NONE)?;
    configure(vm, this, kwargs)?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 0, 0)?;
    configure(vm, args[0], kwargs)?;
    Ok(Value::NONE)
}

fn deinit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "deinit", args, 0, 0)?;
    if let Ok(channel) = channel_of(vm, args[0]) {
        vm.port.pwm_deinit(channel);
    }
    set_attr(vm, args[0], "_channel", Value::small_int(-1))?;
    Ok(Value::NONE)
}

/// Hertz: the timer's clock over the clocks per period.
fn frequency_of(timing: PwmTiming) -> u64 {
    let ticks = u64::from(timing.prescale) * u64::from(timing.period);
    scale(u64::from(timing.clock_hz), 1, ticks)
}

/// The active share of a channel's period on a scale of 0..=`full` (`duty_u16`: 65535,
/// `pyb.LED.intensity`: 255).
pub fn share_of(timing: PwmTiming, full: u64) -> u64 {
    scale(u64::from(timing.active), full, u64::from(timing.period)).min(full)
}

/// The counts of a `period` that are a share `share` of `full`, rounded to the nearest.
pub fn counts_for(share: u64, full: u64, period: u32) -> u64 {
    scale(share, u64::from(period), full)
}

/// `freq()` / `freq(hz)`.
fn freq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "freq", args, 0, 1)?;
    let channel = channel_of(vm, args[0])?;
    if let Some(&hz) = args.get(1) {
        set_frequency(vm, channel, hz)?;
        apply_duty(vm, args[0], channel)?;
        return Ok(Value::NONE);
    }
    let hz = frequency_of(vm.port.pwm_timing(channel));
    vm.new_int(hz as i64)
}

/// `duty_u16()` / `duty_u16(value)`: the active share of a period, 0..=65535.
fn duty_u16(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "duty_u16", args, 0, 1)?;
    let channel = channel_of(vm, args[0])?;
    if let Some(&value) = args.get(1) {
        let ratio = ranged(vm, value, "duty_u16", 65535)?;
        remember_duty(vm, args[0], Duty::Ratio(ratio))?;
        apply_duty(vm, args[0], channel)?;
        return Ok(Value::NONE);
    }
    let ratio = share_of(vm.port.pwm_timing(channel), 65535);
    Ok(Value::small_int(ratio as isize))
}

/// `duty_ns()` / `duty_ns(ns)`: how long the output is active in each period.
fn duty_ns(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "duty_ns", args, 0, 1)?;
    let channel = channel_of(vm, args[0])?;
    if let Some(&value) = args.get(1) {
        let nanos = ranged(vm, value, "duty_ns", DUTY_NS_MAX)?;
        remember_duty(vm, args[0], Duty::Nanoseconds(nanos))?;
        apply_duty(vm, args[0], channel)?;
        return Ok(Value::NONE);
    }
    let timing = vm.port.pwm_timing(channel);
    let nanos = f64::from(timing.active.min(timing.period)) * count_ns(timing) + 0.5;
    vm.new_int(nanos as i64)
}

/// `PWM(Pin(B4), freq=1000, duty_u16=32768)`; a deinitialised one shows its pin only.
fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__repr__", args, 0, 0)?;
    let pin = int_attr(vm, args[0], "_pin")? as u32;
    let name = vm.port.pin_name(pin).unwrap_or_default();
    let mut text = format!("PWM(Pin({name})");
    if let Ok(channel) = channel_of(vm, args[0]) {
        let timing = vm.port.pwm_timing(channel);
        let (hz, ratio) = (frequency_of(timing), share_of(timing, 65535));
        text.push_str(&format!(", freq={hz}, duty_u16={ratio}"));
    }
    text.push(')');
    vm.new_string(text)
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("PWM.init", init),
    Builtin::new("PWM.deinit", deinit),
    Builtin::new("PWM.freq", freq),
    Builtin::new("PWM.duty_u16", duty_u16),
    Builtin::new("PWM.duty_ns", duty_ns),
    Builtin::new("PWM.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("PWM", pwm_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    crate::modules::sys::new_class(vm, "PWM", "machine", object, METHODS, Some(&CONSTRUCTOR))
}
