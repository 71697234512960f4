//! `time`: clocks, sleeping, MicroPython's wrapping tick counters, and calendar time
//! (`gmtime`, `localtime`, `mktime`, `strftime`) in UTC: boards keep no time zone, so
//! `localtime` is `gmtime` and `mktime` its inverse.

use alloc::format;

use crate::modules::builtins::check_args;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Tick counters wrap at this period (2^30, MicroPython's `TICKS_PERIOD`), so they stay
/// small ints on a 32-bit board.
const TICKS_PERIOD: i64 = 1 << 30;

/// Seconds since 1970-01-01 UTC: the port's clock (or `machine.RTC`'s), else since boot.
pub(crate) fn seconds_now(vm: &mut Vm) -> f64 {
    match vm.port.time_s() {
        Some(t) => t,
        None => vm.port.ticks_us() as f64 / 1e6,
    }
}

fn time(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = seconds_now(vm);
    vm.new_float(t)
}

fn time_ns(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = seconds_now(vm);
    vm.new_int((t * 1e9) as i64)
}

fn perf_counter(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = vm.port.ticks_us() as f64 / 1e6;
    vm.new_float(t)
}

fn perf_counter_ns(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = vm.port.ticks_us() as i64 * 1000;
    vm.new_int(t)
}

fn sleep_for(vm: &mut Vm, us: f64) -> PyResult<Value> {
    if us.is_nan() || us < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // The port's sleep ends early when a callback or Ctrl-C is pending: run it, sleep on.
    let end = vm.port.ticks_us().saturating_add(us as u64);
    loop {
        let now = vm.port.ticks_us();
        if now >= end {
            return Ok(Value::NONE);
        }
        vm.port.sleep_us(end - now);
        if crate::port::attention_pending() {
            vm.handle_attention()?;
        }
    }
}

fn number_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_number(v) {
        Some(
            n @ (crate::vm::ops::Number::Int(_)
            | crate::vm::ops::Number::Big(_)
            | crate::vm::ops::Number::Float(_)),
        ) => vm.number_to_f64(n),
        _ => {
            let name = vm.type_name(v);
            Err(vm.type_error(alloc::format!(
                "'{name}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn sleep(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let s = number_arg(vm, args[0])?;
    sleep_for(vm, s * 1e6)
}

pub fn sleep_ms(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep_ms", args, 1, 1)?;
    let ms = vm.int_arg(args[0])? as f64;
    sleep_for(vm, ms * 1e3)
}

pub fn sleep_us(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep_us", args, 1, 1)?;
    let us = vm.int_arg(args[0])? as f64;
    sleep_for(vm, us)
}

fn ticks_ms(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = vm.port.ticks_ms() as i64 % TICKS_PERIOD;
    vm.new_int(t)
}

fn ticks_us(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = vm.port.ticks_us() as i64 % TICKS_PERIOD;
    vm.new_int(t)
}

fn ticks_cpu(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let t = vm.port.ticks_cpu() as i64 % TICKS_PERIOD;
    vm.new_int(t)
}

fn ticks_add(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ticks_add", args, 2, 2)?;
    let (a, b) = (vm.int_arg(args[0])?, vm.int_arg(args[1])?);
    vm.new_int((a + b).rem_euclid(TICKS_PERIOD))
}

fn ticks_diff(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ticks_diff", args, 2, 2)?;
    let (end, start) = (vm.int_arg(args[0])?, vm.int_arg(args[1])?);
    let half = TICKS_PERIOD / 2;
    let diff = (end - start + half).rem_euclid(TICKS_PERIOD) - half;
    vm.new_int(diff)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::no_arguments("time", time),
    Builtin::no_arguments("time_ns", time_ns),
    Builtin::no_arguments("perf_counter", perf_counter),
    Builtin::no_arguments("perf_counter_ns", perf_counter_ns),
    Builtin::no_arguments("monotonic", perf_counter),
    Builtin::no_arguments("monotonic_ns", perf_counter_ns),
    Builtin::new("sleep", sleep),
    Builtin::new("sleep_ms", sleep_ms),
    Builtin::new("sleep_us", sleep_us),
    Builtin::new("ticks_ms", ticks_ms),
    Builtin::new("ticks_us", ticks_us),
    Builtin::new("ticks_cpu", ticks_cpu),
    Builtin::new("ticks_add", ticks_add),
    Builtin::new("ticks_diff", ticks_diff),
];

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: a struct_time (DST unknown
/// unless `%Z` named the zone). The text is read by the frozen `_strptime.parse` (Python:
/// it runs rarely, and its code then costs heap only while it is in use), which
/// `datetime.strptime` calls too.
fn strptime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "strptime", args, 1, 2)?;
    for (index, &value) in args.iter().enumerate() {
        if vm.str_text(value).is_none() {
            let name = vm.type_name(value);
            // CPython's Python `_strptime` words it so.
            return Err(vm.type_error(format!(
                "strptime() argument {index} must be str, not <class '{name}'>"
            )));
        }
    }
    let format = match args.get(1) {
        Some(&format) => format,
        None => vm.new_str("%a %b %d %H:%M:%S %Y")?,
    };
    vm.push_root(format);
    let parsed = (|| {
        let module = vm.import_module("_strptime")?;
        let name = vm.qstrs.intern("parse");
        vm.call_method(module, name, &[args[0], format])
    })();
    vm.pop_root();
    let parsed = parsed?;
    // (year, month, day, hour, minute, second, microsecond, weekday, yearday, offset, zone)
    let fields = vm.collect_iterable(parsed)?;
    let number = |index: usize| fields.get(index).and_then(|&v| vm.as_i64(v)).unwrap_or(0);
    let civil = Civil {
        year: number(0),
        month: number(1),
        day: number(2),
        hour: number(3),
        minute: number(4),
        second: number(5),
        weekday: number(7),
        yearday: number(8),
    };
    // A zone the format named (UTC or GMT) has no daylight saving time.
    let named_zone = fields.get(10).is_some_and(|&zone| zone != Value::NONE);
    build_struct_time(vm, civil, if named_zone { 0 } else { -1 })
}

/// Makes `_strptime`, the frozen module that reads text by a format.
pub fn make_strptime(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_strptime")
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("time", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        crate::modules::gc::add_functions(vm, module, CALENDAR_FUNCTIONS)?;
        let class = crate::modules::sys::struct_sequence_class(vm, "struct_time", "time", &FIELDS)?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("struct_time");
        vm.dict_set_name(dict, name, class)?;
        Ok(())
    })
}

// ----- calendar time: struct_time, gmtime, mktime, strftime (UTC: boards keep no zone) ------

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Broken-down UTC time.
#[derive(Clone, Copy)]
pub(crate) struct Civil {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// Monday is 0.
    pub weekday: i64,
    pub yearday: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (months may be out of 1..=12).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = year + (month - 1).div_euclid(12);
    let month = (month - 1).rem_euclid(12) + 1;
    // Count from 0000-03-01 so the leap day ends the year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The (year, month, day) of a day counted from 1970-01-01 (proleptic Gregorian).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

pub(crate) fn civil_from_seconds(seconds: i64) -> Civil {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Civil {
        year,
        month,
        day,
        hour: rest / 3600,
        minute: rest % 3600 / 60,
        second: rest % 60,
        weekday: (days + 3).rem_euclid(7),
        yearday: days - days_from_civil(year, 1, 1) + 1,
    }
}

fn seconds_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        Some(&v) if v != Value::NONE => {
            let x = number_arg(vm, v)?;
            if !x.is_finite() || x.abs() > 1e16 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(libm::floor(x) as i64)
        }
        _ => Ok(libm::floor(seconds_now(vm)) as i64),
    }
}

fn struct_time(vm: &mut Vm, civil: Civil) -> PyResult<Value> {
    build_struct_time(vm, civil, 0)
}

/// A struct_time of `civil` with `tm_isdst` = `dst`.
fn build_struct_time(vm: &mut Vm, civil: Civil, dst: i64) -> PyResult<Value> {
    let Some(class) = crate::modules::sys::module_attr(vm, "time", "struct_time") else {
        return Err(vm.runtime_error("time.struct_time is gone"));
    };
    let mut values = alloc::vec::Vec::with_capacity(9);
    for n in [
        civil.year,
        civil.month,
        civil.day,
        civil.hour,
        civil.minute,
        civil.second,
        civil.weekday,
        civil.yearday,
        dst,
    ] {
        values.push(vm.new_int(n)?);
    }
    crate::modules::sys::new_struct_sequence(vm, class, values)
}

fn gmtime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "gmtime", args, 0, 1)?;
    let seconds = seconds_arg(vm, args)?;
    struct_time(vm, civil_from_seconds(seconds))
}

fn localtime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "localtime", args, 0, 1)?;
    let seconds = seconds_arg(vm, args)?;
    struct_time(vm, civil_from_seconds(seconds))
}

/// The fields of a struct_time or 9-tuple (`None`: the current time).
fn civil_arg(vm: &mut Vm, v: Option<Value>, function: &str) -> PyResult<Civil> {
    let Some(v) = v.filter(|&v| v != Value::NONE) else {
        let now = libm::floor(seconds_now(vm)) as i64;
        return Ok(civil_from_seconds(now));
    };
    let is_sequence = matches!(
        vm.heap_obj(vm.builtin_part(v)),
        Some(crate::obj::Obj::Tuple(_) | crate::obj::Obj::List(_))
    );
    if !is_sequence {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    }
    let items = vm.collect_iterable(v)?;
    if items.len() != 9 {
        return Err(vm.type_error(alloc::format!("{function}(): illegal time tuple argument")));
    }
    let mut fields = [0i64; 9];
    for (field, item) in fields.iter_mut().zip(items) {
        *field = vm.int_arg(item)?;
    }
    Ok(Civil {
        year: fields[0],
        month: fields[1],
        day: fields[2],
        hour: fields[3],
        minute: fields[4],
        second: fields[5],
        weekday: fields[6],
        yearday: fields[7],
    })
}

fn mktime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "mktime", args, 1, 1)?;
    let c = civil_arg(vm, Some(args[0]), "mktime")?;
    let seconds =
        days_from_civil(c.year, c.month, c.day) * 86_400 + c.hour * 3600 + c.minute * 60 + c.second;
    vm.new_float(seconds as f64)
}

/// The ISO 8601 year and week of a date (weeks start on Monday; week 1 holds the year's
/// first Thursday).
fn iso_week(c: &Civil) -> (i64, i64) {
    // A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    let weeks_in = |year: i64| {
        let december_31st =
            |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
        if december_31st(year) == 4 || december_31st(year - 1) == 3 {
            53
        } else {
            52
        }
    };
    let week = (c.yearday - (c.weekday + 1) + 10).div_euclid(7);
    if week < 1 {
        (c.year - 1, weeks_in(c.year - 1))
    } else if week > weeks_in(c.year) {
        (c.year + 1, 1)
    } else {
        (c.year, week)
    }
}

fn format_time(format: &str, c: &Civil) -> alloc::string::String {
    use core::fmt::Write;
    let mut out = alloc::string::String::new();
    let mut chars = format.chars();
    let day_name = DAY_NAMES[c.weekday.rem_euclid(7) as usize];
    let month_name = MONTH_NAMES[(c.month - 1).rem_euclid(12) as usize];
    let hour12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    while let Some(ch) = chars.next() {
        if ch != '%' {
            out.push(ch);
            continue;
        }
        let _ = match chars.next() {
            Some('Y') => write!(out, "{}", c.year),
            Some('y') => write!(out, "{:02}", c.year.rem_euclid(100)),
            Some('m') => write!(out, "{:02}", c.month),
            Some('d') => write!(out, "{:02}", c.day),
            Some('H') => write!(out, "{:02}", c.hour),
            Some('I') => write!(out, "{:02}", hour12),
            Some('M') => write!(out, "{:02}", c.minute),
            Some('S') => write!(out, "{:02}", c.second),
            Some('j') => write!(out, "{:03}", c.yearday),
            Some('w') => write!(out, "{}", (c.weekday + 1) % 7),
            Some('u') => write!(out, "{}", c.weekday + 1),
            Some('a') => write!(out, "{}", &day_name[..3]),
            Some('A') => write!(out, "{day_name}"),
            Some('b') | Some('h') => write!(out, "{}", &month_name[..3]),
            Some('B') => write!(out, "{month_name}"),
            Some('p') => write!(out, "{}", if c.hour < 12 { "AM" } else { "PM" }),
            Some('P') => write!(out, "{}", if c.hour < 12 { "am" } else { "pm" }),
            Some('k') => write!(out, "{:2}", c.hour),
            Some('l') => write!(out, "{hour12:2}"),
            Some('R') => write!(out, "{:02}:{:02}", c.hour, c.minute),
            Some('r') => write!(
                out,
                "{hour12:02}:{:02}:{:02} {}",
                c.minute,
                c.second,
                if c.hour < 12 { "AM" } else { "PM" }
            ),
            // Weeks of the year: the first Sunday (`%U`) or Monday (`%W`) starts week 1.
            Some('U') => write!(out, "{:02}", (c.yearday + 6 - (c.weekday + 1) % 7) / 7),
            Some('W') => write!(out, "{:02}", (c.yearday + 6 - c.weekday) / 7),
            Some('G') => write!(out, "{}", iso_week(c).0),
            Some('g') => write!(out, "{:02}", iso_week(c).0.rem_euclid(100)),
            Some('V') => write!(out, "{:02}", iso_week(c).1),
            Some('C') => write!(out, "{}", c.year.div_euclid(100)),
            Some('n') => writeln!(out),
            Some('t') => write!(out, "\t"),
            Some('e') => write!(out, "{:2}", c.day),
            Some('F') => write!(out, "{}-{:02}-{:02}", c.year, c.month, c.day),
            Some('T') => write!(out, "{:02}:{:02}:{:02}", c.hour, c.minute, c.second),
            Some('D') => write!(
                out,
                "{:02}/{:02}/{:02}",
                c.month,
                c.day,
                c.year.rem_euclid(100)
            ),
            Some('c') => write!(out, "{}", asctime_text(c)),
            Some('x') => write!(
                out,
                "{:02}/{:02}/{:02}",
                c.month,
                c.day,
                c.year.rem_euclid(100)
            ),
            Some('X') => write!(out, "{:02}:{:02}:{:02}", c.hour, c.minute, c.second),
            Some('Z') => write!(out, "UTC"),
            Some('z') => write!(out, "+0000"),
            Some('%') => write!(out, "%"),
            Some(other) => write!(out, "%{other}"),
            None => write!(out, "%"),
        };
    }
    out
}

fn asctime_text(c: &Civil) -> alloc::string::String {
    let day_name = DAY_NAMES[c.weekday.rem_euclid(7) as usize];
    let month_name = MONTH_NAMES[(c.month - 1).rem_euclid(12) as usize];
    alloc::format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day_name[..3],
        &month_name[..3],
        c.day,
        c.hour,
        c.minute,
        c.second,
        c.year
    )
}

fn check_ranges(vm: &mut Vm, c: &Civil) -> PyResult<()> {
    let problem = if !(1..=12).contains(&c.month) {
        "month out of range"
    } else if !(1..=31).contains(&c.day) {
        "day of month out of range"
    } else if !(0..=23).contains(&c.hour) {
        "hour out of range"
    } else if !(0..=59).contains(&c.minute) {
        "minute out of range"
    } else if !(0..=61).contains(&c.second) {
        "seconds out of range"
    } else if !(1..=366).contains(&c.yearday) {
        "day of year out of range"
    } else {
        return Ok(());
    };
    Err(vm.value_error(problem))
}

fn strftime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "strftime", args, 1, 2)?;
    let Some(format) = vm.str_text(args[0]).map(alloc::string::String::from) else {
        let name = vm.type_name(args[0]);
        return Err(vm.type_error(alloc::format!(
            "strftime() argument 1 must be str, not {name}"
        )));
    };
    let mut c = civil_arg(vm, args.get(1).copied(), "strftime")?;
    // CPython accepts 0 for month, day and yearday and treats them as 1.
    c.month = c.month.max(1);
    c.day = c.day.max(1);
    c.yearday = c.yearday.max(1);
    check_ranges(vm, &c)?;
    let text = format_time(&format, &c);
    vm.new_string(text)
}

fn asctime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "asctime", args, 0, 1)?;
    let c = civil_arg(vm, args.first().copied(), "asctime")?;
    check_ranges(vm, &c)?;
    vm.new_string(asctime_text(&c))
}

fn ctime(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ctime", args, 0, 1)?;
    let seconds = seconds_arg(vm, args)?;
    vm.new_string(asctime_text(&civil_from_seconds(seconds)))
}

static CALENDAR_FUNCTIONS: &[Builtin] = &[
    Builtin::new("strptime", strptime),
    Builtin::new("gmtime", gmtime),
    Builtin::new("localtime", localtime),
    Builtin::new("mktime", mktime),
    Builtin::new("strftime", strftime),
    Builtin::new("asctime", asctime),
    Builtin::new("ctime", ctime),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for seconds in [
            0i64,
            86_399,
            951_782_400,
            1_234_567_890,
            2_147_483_647,
            -1,
            -86_400 * 365,
        ] {
            let c = civil_from_seconds(seconds);
            let back = days_from_civil(c.year, c.month, c.day) * 86_400
                + c.hour * 3600
                + c.minute * 60
                + c.second;
            assert_eq!(back, seconds);
        }
        let c = civil_from_seconds(951_782_400);
        assert_eq!(
            (c.year, c.month, c.day, c.weekday, c.yearday),
            (2000, 2, 29, 1, 60)
        );
    }
}
