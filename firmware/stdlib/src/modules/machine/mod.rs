//! `machine`: Python drives the hardware — reset, clock, unique id, idle, interrupt masking,
//! the bus as `mem8`/`mem16`/`mem32` (`mem.rs`), `Pin` with its interrupt (`pin.rs`) and
//! `Signal` (`signal.rs`), analog inputs `ADC` (`adc.rs`), `PWM` outputs (`pwm.rs`), `Timer` with Python callbacks
//! (`timer.rs`), `UART` (`uart.rs`), `I2C` (`i2c.rs`), `SPI` (`spi.rs`), the wall clock `RTC`
//! (`rtc.rs`), the watchdog `WDT` (`wdt.rs`) and `reset_cause`, after MicroPython's API.
//!
//! Everything goes through the `Port`'s hardware methods, so `import machine` works on every
//! port; hardware a machine lacks raises `OSError(ENODEV)` or `ValueError` (no such pin/timer).

mod adc;
mod i2c;
mod mem;
mod pin;
mod pwm;
mod rtc;
mod signal;
mod spi;
mod timer;
mod uart;
mod wdt;

use alloc::string::String;

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::port::HwError;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use pin::pin_id;
pub use pwm::{counts_for, share_of};

/// `OSError` with errno `code` (a failed port call).
fn hardware_error(vm: &mut Vm, code: HwError) -> Value {
    crate::modules::io::os_error(vm, code, None)
}

fn reset(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.port.reset()
}

/// `soft_reset()`: MicroPython raises `SystemExit`, which the REPL turns into a soft reset.
fn soft_reset(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let class = vm.types.system_exit;
    Err(vm.new_exception_msg(class, ""))
}

fn freq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "freq", args, 0, 1)?;
    if !args.is_empty() {
        return Err(vm.not_implemented("changing the CPU frequency"));
    }
    match vm.port.cpu_freq() {
        Some(hz) => vm.new_int(i64::from(hz)),
        None => Err(hardware_error(vm, crate::port::NO_DEVICE)),
    }
}

fn unique_id(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match vm.port.unique_id() {
        Some(bytes) => vm.alloc(Obj::Bytes(bytes.into_boxed_slice())),
        None => Err(hardware_error(vm, crate::port::NO_DEVICE)),
    }
}

/// `idle()`: waits for an interrupt, then runs any callback it made pending.
fn idle(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if !crate::port::attention_pending() {
        vm.port.idle();
    }
    if crate::port::attention_pending() {
        vm.handle_attention()?;
    }
    Ok(Value::NONE)
}

/// `reset_cause()`: why the machine last started (`PWRON_RESET`, `HARD_RESET`, …).
fn reset_cause(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "reset_cause", args, 0, 0)?;
    Ok(Value::small_int(vm.port.reset_cause() as isize))
}

fn disable_irq(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let state = vm.port.irq_disable();
    vm.new_int(i64::from(state))
}

fn enable_irq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "enable_irq", args, 0, 1)?;
    let state = match args.first() {
        Some(&v) => vm.int_arg(v)? as u32,
        None => 0,
    };
    vm.port.irq_restore(state);
    Ok(Value::NONE)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("reset", reset),
    Builtin::new("soft_reset", soft_reset),
    Builtin::new("freq", freq),
    Builtin::new("unique_id", unique_id),
    Builtin::new("idle", idle),
    Builtin::new("reset_cause", reset_cause),
    Builtin::new("disable_irq", disable_irq),
    Builtin::new("enable_irq", enable_irq),
];

/// Sets integer class attributes (`Pin.OUT`, `Timer.PERIODIC`).
fn set_constants(vm: &mut Vm, class: Value, constants: &[(&str, isize)]) -> PyResult<()> {
    for &(name, value) in constants {
        let name = vm.qstrs.intern(name);
        vm.store_attr(class, name, Value::small_int(value))?;
    }
    Ok(())
}

/// Where received bytes go: a bytearray, or the window of one a writable memoryview shows,
/// as (bytearray, offset, length).
type Writable = (Value, usize, usize);

fn writable_arg(vm: &mut Vm, v: Value) -> PyResult<Writable> {
    match vm.heap_obj(v) {
        Some(Obj::ByteArray(bytes)) => Ok((v, 0, bytes.len())),
        Some(Obj::MemoryView(view))
            if !view.readonly && matches!(vm.heap_obj(view.source), Some(Obj::ByteArray(_))) =>
        {
            Ok((view.source, view.start, view.len))
        }
        _ => Err(vm.type_error("object with writable buffer protocol required")),
    }
}

/// Copies `data` into the window `writable_arg` found.
fn store(vm: &mut Vm, (target, offset, _): Writable, data: &[u8]) {
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(target) {
        // A memoryview's window may have outlived a shrink of its bytearray.
        if let Some(window) = bytes.get_mut(offset..offset + data.len()) {
            window.copy_from_slice(data);
        }
    }
}

/// A native instance attribute (`_id`) as an integer.
fn int_attr(vm: &mut Vm, this: Value, name: &str) -> PyResult<i64> {
    let name = vm.qstrs.intern(name);
    let value = vm.load_attr(this, name)?;
    vm.int_arg(value)
}

fn set_attr(vm: &mut Vm, this: Value, name: &str, value: Value) -> PyResult<()> {
    let name = vm.qstrs.intern(name);
    vm.store_attr(this, name, value)
}

/// `Name(text)` for reprs.
fn repr_of(vm: &mut Vm, class: &str, inner: &str) -> PyResult<Value> {
    let mut text = String::from(class);
    text.push('(');
    text.push_str(inner);
    text.push(')');
    vm.new_string(text)
}

/// Makes one of the module's classes.
type ClassMaker = fn(&mut Vm) -> PyResult<Value>;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("machine", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let dict = vm.module_dict(module);
        let pin_class = pin::make_class(vm)?;
        let name = vm.qstrs.intern("Pin");
        vm.dict_set_name(dict, name, pin_class)?;
        let signal_class = signal::make_class(vm, pin_class)?;
        let name = vm.qstrs.intern("Signal");
        vm.dict_set_name(dict, name, signal_class)?;
        let classes: [(&str, ClassMaker); 8] = [
            ("ADC", adc::make_class),
            ("PWM", pwm::make_class),
            ("RTC", rtc::make_class),
            ("Timer", timer::make_class),
            ("WDT", wdt::make_class),
            ("UART", uart::make_class),
            ("I2C", i2c::make_class),
            ("SPI", spi::make_class),
        ];
        for (name, make_class) in classes {
            let class = make_class(vm)?;
            let name = vm.qstrs.intern(name);
            vm.dict_set_name(dict, name, class)?;
        }
        for (name, cause) in [
            ("SOFT_RESET", crate::port::RESET_SOFT),
            ("PWRON_RESET", crate::port::RESET_POWER_ON),
            ("HARD_RESET", crate::port::RESET_HARD),
            ("WDT_RESET", crate::port::RESET_WATCHDOG),
            ("DEEPSLEEP_RESET", crate::port::RESET_DEEP_SLEEP),
        ] {
            let name = vm.qstrs.intern(name);
            vm.dict_set_name(dict, name, Value::small_int(cause as isize))?;
        }
        mem::add_objects(vm, dict)
    })
}
