//! `machine.Timer`: a hardware timer that calls a Python function, periodically or once.
//!
//! `Timer(id, *, mode=Timer.PERIODIC, freq=…, period=…, callback=…)`, `init(…)`,
//! `deinit()`. `Timer(-1)` (or `Timer()`) takes a free virtual timer (the board's
//! millisecond tick drives it), as on MicroPython. The port's timer interrupt only signals source `id`; the callback runs at
//! the VM's next safe point with the Timer as argument (`vm/schedule.rs`).

use alloc::format;

use super::{hardware_error, int_attr, repr_of, set_attr, set_constants};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::Builtin;
use crate::port::{INVALID, IRQ_SOURCES, NO_DEVICE, VIRTUAL_TIMERS};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const ONE_SHOT: isize = 0;
const PERIODIC: isize = 1;

fn id_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    Ok(int_attr(vm, this, "_id")? as u32)
}

/// A number argument as f64 (`freq=0.5`, `period=100`).
fn number(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_number(v) {
        Some(n) => vm.number_to_f64(n),
        None => Err(vm.type_error("can't convert to float")),
    }
}

/// Starts the timer from `init`'s keywords (`mode`, `freq`, `period` in ms, `callback`).
fn start(vm: &mut Vm, this: Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    check_python_kwargs(vm, "init", kwargs, &["mode", "freq", "period", "callback"])?;
    let id = id_of(vm, this)?;
    let mode = match kwarg(vm, kwargs, "mode") {
        Some(v) => vm.int_arg(v)? as isize,
        None => PERIODIC,
    };
    if mode != ONE_SHOT && mode != PERIODIC {
        return Err(vm.value_error(format!("invalid timer mode: {mode}")));
    }
    let period_us = if let Some(freq) = kwarg(vm, kwargs, "freq") {
        let hz = number(vm, freq)?;
        if hz.is_nan() || hz <= 0.0 {
            return Err(vm.value_error("freq must be positive"));
        }
        1e6 / hz
    } else if let Some(period) = kwarg(vm, kwargs, "period") {
        number(vm, period)? * 1e3
    } else {
        return Err(vm.value_error("give freq= or period="));
    };
    if !(1.0..1e15).contains(&period_us) {
        return Err(vm.value_error("period out of range"));
    }
    vm.port.timer_stop(id);
    let callback = kwarg(vm, kwargs, "callback").filter(|c| !c.is_none());
    // Register first: the first expiry may come as soon as the timer starts.
    vm.set_irq_handler(id, callback.map(|c| (c, this)));
    match vm.port.timer_start(id, period_us as u64, mode == PERIODIC) {
        Ok(()) => Ok(()),
        Err(code) => {
            vm.set_irq_handler(id, None);
            Err(match code {
                INVALID => vm.value_error("period out of range for this timer"),
                NO_DEVICE => vm.value_error(format!("Timer({id}) doesn't exist")),
                other => hardware_error(vm, other),
            })
        }
    }
}

/// `Timer(id, **init_kwargs)`.
fn timer_init_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "Timer", args, 0, 1)?;
    let this = args[0];
    let mut id = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    if id == -1 {
        // A virtual timer: the first free one.
        let mut ids = VIRTUAL_TIMERS;
        let Some(free) = ids.find(|&n| vm.scheduler.virtual_timers & (1 << n) == 0) else {
            return Err(vm.value_error("no free virtual timer (deinit one)"));
        };
        vm.scheduler.virtual_timers |= 1 << free;
        id = i64::from(free);
    } else if !(0..i64::from(IRQ_SOURCES)).contains(&id) || VIRTUAL_TIMERS.contains(&(id as u32)) {
        return Err(vm.value_error(format!("Timer({id}) doesn't exist")));
    }
    set_attr(vm, this, "_id", Value::small_int(id as isize))?;
    if !kwargs.is_empty() {
        start(vm, this, kwargs)?;
    }
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 0, 0)?;
    start(vm, args[0], kwargs)?;
    Ok(Value::NONE)
}

fn deinit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "deinit", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    vm.port.timer_stop(id);
    vm.set_irq_handler(id, None);
    if VIRTUAL_TIMERS.contains(&id) {
        vm.scheduler.virtual_timers &= !(1 << id);
    }
    Ok(Value::NONE)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__repr__", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    let shown = if VIRTUAL_TIMERS.contains(&id) {
        -1
    } else {
        id as i64
    };
    repr_of(vm, "Timer", &format!("{shown}"))
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("Timer.init", init),
    Builtin::new("Timer.deinit", deinit),
    Builtin::new("Timer.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("Timer", timer_init_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    let class = crate::modules::sys::new_class(
        vm,
        "Timer",
        "machine",
        object,
        METHODS,
        Some(&CONSTRUCTOR),
    )?;
    vm.push_root(class);
    let result = set_constants(vm, class, &[("ONE_SHOT", ONE_SHOT), ("PERIODIC", PERIODIC)]);
    vm.pop_root();
    result.map(|_| class)
}
