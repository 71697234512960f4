//! `machine.RTC()`: the wall clock, after MicroPython's — `datetime()` reads it as
//! `(year, month, day, weekday, hours, minutes, seconds, subseconds)` (UTC, Monday = 0,
//! subseconds in microseconds), `datetime(tuple)` or `init(tuple)` sets it (the weekday given
//! is ignored: it follows from the date), and `time.time()`/`time.localtime()` follow it.
//! On the boards the clock counts from the tick and outlives soft resets, not hard ones;
//! the host's is the system's and cannot be set (`OSError(ENODEV)`).

use super::hardware_error;
use crate::modules::builtins::check_method_args;
use crate::modules::time::{civil_from_seconds, days_from_civil, seconds_now};
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn rtc_init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "RTC", args, 0, 1)?;
    match args.get(1) {
        Some(&id) if vm.int_arg(id)? != 0 => Err(vm.value_error("RTC doesn't exist")),
        _ => Ok(Value::NONE),
    }
}

/// `datetime([tuple])`: the clock's date and time, or sets them.
fn datetime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "datetime", args, 0, 1)?;
    match args.get(1) {
        Some(&tuple) => set(vm, tuple),
        None => {
            let now = seconds_now(vm);
            let whole = libm::floor(now);
            let c = civil_from_seconds(whole as i64);
            let micros = ((now - whole) * 1e6) as i64;
            let fields = [
                c.year, c.month, c.day, c.weekday, c.hour, c.minute, c.second, micros,
            ];
            let items = fields
                .iter()
                .map(|&v| Value::small_int(v as isize))
                .collect();
            vm.new_tuple(items)
        }
    }
}

/// `init(tuple)`: sets the clock, as `datetime(tuple)`.
fn init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 1, 1)?;
    set(vm, args[1])
}

/// Each field's range: year, month, day, weekday (ignored), hours, minutes, seconds and
/// microseconds.
const RANGES: [(i64, i64); 8] = [
    (1, 9999),
    (1, 12),
    (1, 31),
    (i64::MIN, i64::MAX),
    (0, 23),
    (0, 59),
    (0, 59),
    (0, 999_999),
];

/// Sets the clock from `(year, month, day[, weekday[, hours[, minutes[, seconds[,
/// subseconds]]]]])`.
fn set(vm: &mut Vm, tuple: Value) -> PyResult<Value> {
    let items = vm.collect_iterable(tuple)?;
    if !(3..=8).contains(&items.len()) {
        return Err(vm.value_error("RTC datetime needs (year, month, day[, weekday, hours, …])"));
    }
    let mut fields = [0; 8];
    for ((field, item), (low, high)) in fields.iter_mut().zip(items).zip(RANGES) {
        *field = vm.int_arg(item)?;
        if !(low..=high).contains(field) {
            return Err(vm.value_error("RTC datetime field out of range"));
        }
    }
    let [year, month, day, _, hour, minute, second, micros] = fields;
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    vm.port
        .set_time_us(seconds * 1_000_000 + micros)
        .map_err(|code| hardware_error(vm, code))?;
    Ok(Value::NONE)
}

static METHODS: &[Builtin] = &[
    Builtin::new("RTC.datetime", datetime),
    Builtin::new("RTC.init", init),
];

static CONSTRUCTOR: Builtin = Builtin::new("RTC", rtc_init);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    crate::modules::sys::new_class(vm, "RTC", "machine", object, METHODS, Some(&CONSTRUCTOR))
}
