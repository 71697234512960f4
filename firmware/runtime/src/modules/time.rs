//! `time`: clocks, sleeping and MicroPython's wrapping tick counters.

use crate::modules::builtins::check_args;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Tick counters wrap at this period (2^30, MicroPython's `TICKS_PERIOD`), so they stay
/// small ints on a 32-bit board.
const TICKS_PERIOD: i64 = 1 << 30;

fn seconds_now(vm: &mut Vm) -> f64 {
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
    vm.port.sleep_us(us as u64);
    if crate::port::take_interrupt() {
        let class = vm.types.keyboard_interrupt;
        return Err(vm.new_exception_msg(class, ""));
    }
    Ok(Value::NONE)
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

fn sleep_ms(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep_ms", args, 1, 1)?;
    let ms = vm.int_arg(args[0])? as f64;
    sleep_for(vm, ms * 1e3)
}

fn sleep_us(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
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
    Builtin {
        name: "time",
        func: time,
    },
    Builtin {
        name: "time_ns",
        func: time_ns,
    },
    Builtin {
        name: "perf_counter",
        func: perf_counter,
    },
    Builtin {
        name: "perf_counter_ns",
        func: perf_counter_ns,
    },
    Builtin {
        name: "monotonic",
        func: perf_counter,
    },
    Builtin {
        name: "sleep",
        func: sleep,
    },
    Builtin {
        name: "sleep_ms",
        func: sleep_ms,
    },
    Builtin {
        name: "sleep_us",
        func: sleep_us,
    },
    Builtin {
        name: "ticks_ms",
        func: ticks_ms,
    },
    Builtin {
        name: "ticks_us",
        func: ticks_us,
    },
    Builtin {
        name: "ticks_cpu",
        func: ticks_cpu,
    },
    Builtin {
        name: "ticks_add",
        func: ticks_add,
    },
    Builtin {
        name: "ticks_diff",
        func: ticks_diff,
    },
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let module = vm.new_module("time")?;
    vm.push_root(module);
    let result = crate::modules::gc::add_functions(vm, module, FUNCTIONS);
    vm.pop_root();
    result.map(|_| module)
}
