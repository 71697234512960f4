//! `machine.Pin`: a GPIO pin by name (`Pin('A13')`) or number, as input or output, with
//! MicroPython's methods (`value`, `__call__`, `on`, `off`, `high`, `low`, `toggle`, `init`,
//! `mode`, `pull`, `irq`). The port maps names and numbers to its pins; instances keep the pin
//! id and the configured mode and pull as attributes. An edge on a pin with an `irq` handler
//! only signals its line; the handler runs at the VM's next safe point, as timer callbacks.

use alloc::format;
use alloc::string::String;

use super::{hardware_error, int_attr, repr_of, set_attr, set_constants};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::Builtin;
use crate::port::{PinEdges, PinMode, PinPull};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const IN: isize = 0;
const OUT: isize = 1;
const OPEN_DRAIN: isize = 2;
const PULL_UP: isize = 1;
const PULL_DOWN: isize = 2;
const IRQ_FALLING: isize = 4;
const IRQ_RISING: isize = 8;

/// The port's pin id for a `Pin`, a name or a number; `ValueError` if there is none.
pub fn pin_id(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if let Some(name) = vm.str_text(v) {
        let name = String::from(name);
        return vm
            .port
            .pin_lookup(&name)
            .ok_or_else(|| vm.value_error(format!("invalid pin: {name}")));
    }
    if let Some(crate::obj::Obj::Instance(_)) = vm.heap_obj(v) {
        return Ok(int_attr(vm, v, "_id")? as u32);
    }
    let number = vm.int_arg(v)?;
    match u32::try_from(number) {
        Ok(id) if vm.port.pin_name(id).is_some() => Ok(id),
        _ => Err(vm.value_error(format!("invalid pin: {number}"))),
    }
}

fn id_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    Ok(int_attr(vm, this, "_id")? as u32)
}

/// Applies `mode`, `pull` and `value` (each optional) from `init`'s or the constructor's
/// arguments after the pin: positional `[mode, pull]` then keywords.
fn configure(
    vm: &mut Vm,
    this: Value,
    positional: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<()> {
    check_python_kwargs(vm, "Pin", kwargs, &["mode", "pull", "value"])?;
    let mode = positional.first().copied().or(kwarg(vm, kwargs, "mode"));
    let pull = positional.get(1).copied().or(kwarg(vm, kwargs, "pull"));
    let id = id_of(vm, this)?;
    if let Some(value) = kwarg(vm, kwargs, "value").filter(|v| !v.is_none()) {
        // Set the level before the pin becomes an output, so it never glitches.
        let high = vm.is_true(value)?;
        vm.port.pin_write(id, high);
    }
    let Some(mode) = mode.filter(|v| v.as_small_int() != Some(-1) && !v.is_none()) else {
        return Ok(());
    };
    let mode_number = vm.int_arg(mode)? as isize;
    let pull_number = match pull {
        Some(p) if !p.is_none() && p.as_small_int() != Some(-1) => vm.int_arg(p)? as isize,
        _ => 0,
    };
    let port_mode = match mode_number {
        IN => PinMode::Input,
        OUT => PinMode::Output,
        OPEN_DRAIN => PinMode::OpenDrain,
        _ => return Err(vm.value_error(format!("invalid pin mode: {mode_number}"))),
    };
    let port_pull = match pull_number {
        0 => PinPull::None,
        PULL_UP => PinPull::Up,
        PULL_DOWN => PinPull::Down,
        _ => return Err(vm.value_error(format!("invalid pin pull: {pull_number}"))),
    };
    vm.port
        .pin_configure(id, port_mode, port_pull)
        .map_err(|code| hardware_error(vm, code))?;
    set_attr(vm, this, "_mode", Value::small_int(mode_number))?;
    set_attr(vm, this, "_pull", Value::small_int(pull_number))?;
    Ok(())
}

/// `Pin(id, mode=-1, pull=-1, *, value=None)`.
fn pin_init_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "Pin", args, 1, 3)?;
    let this = args[0];
    let id = pin_id(vm, args[1])?;
    set_attr(vm, this, "_id", Value::small_int(id as isize))?;
    set_attr(vm, this, "_mode", Value::NONE)?;
    set_attr(vm, this, "_pull", Value::small_int(0))?;
    configure(vm, this, &args[2..], kwargs)?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 0, 2)?;
    configure(vm, args[0], &args[1..], kwargs)?;
    Ok(Value::NONE)
}

/// `value([x])`: reads the level, or drives it.
fn value(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "value", args, 0, 1)?;
    let id = id_of(vm, args[0])?;
    match args.get(1) {
        Some(&level) => {
            let high = vm.is_true(level)?;
            vm.port.pin_write(id, high);
            Ok(Value::NONE)
        }
        None => Ok(Value::small_int(vm.port.pin_read(id) as isize)),
    }
}

fn drive(vm: &mut Vm, args: &[Value], name: &str, high: bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    vm.port.pin_write(id, high);
    Ok(Value::NONE)
}

fn on(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    drive(vm, args, "on", true)
}

fn off(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    drive(vm, args, "off", false)
}

fn toggle(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "toggle", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    let level = vm.port.pin_read(id);
    vm.port.pin_write(id, !level);
    Ok(Value::NONE)
}

/// `mode([m])` / `pull([p])`: the configured value, or reconfigures.
fn setting(vm: &mut Vm, args: &[Value], name: &str, index: usize) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 1)?;
    let attribute = if index == 0 { "_mode" } else { "_pull" };
    match args.get(1) {
        None => {
            let name = vm.qstrs.intern(attribute);
            vm.load_attr(args[0], name)
        }
        Some(&new) => {
            let (mode_name, pull_name) = (vm.qstrs.intern("_mode"), vm.qstrs.intern("_pull"));
            let mode = vm.load_attr(args[0], mode_name)?;
            let pull = vm.load_attr(args[0], pull_name)?;
            let mut both = [mode, pull];
            both[index] = new;
            if both[0].is_none() {
                return Err(vm.value_error("set the pin's mode first"));
            }
            configure(vm, args[0], &both, &[])?;
            Ok(Value::NONE)
        }
    }
}

fn mode(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    setting(vm, args, "mode", 0)
}

fn pull(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    setting(vm, args, "pull", 1)
}

/// `irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, *, priority, wake, hard)`: calls
/// `handler(pin)` after each edge of `trigger` (at the next safe point, also for `hard=True`);
/// a `None` handler stops the interrupt. Without arguments it changes nothing.
fn irq(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "irq", args, 0, 2)?;
    check_python_kwargs(
        vm,
        "irq",
        kwargs,
        &["handler", "trigger", "priority", "wake", "hard"],
    )?;
    let this = args[0];
    let handler = args.get(1).copied().or(kwarg(vm, kwargs, "handler"));
    let trigger = args.get(2).copied().or(kwarg(vm, kwargs, "trigger"));
    if handler.is_none() && trigger.is_none() && kwargs.is_empty() {
        return Ok(Value::NONE);
    }
    let handler = handler.filter(|h| !h.is_none());
    let trigger = match trigger {
        Some(v) => vm.int_arg(v)? as isize,
        None => IRQ_FALLING | IRQ_RISING,
    };
    if trigger == 0 || trigger & !(IRQ_FALLING | IRQ_RISING) != 0 {
        return Err(vm.value_error(format!("invalid pin trigger: {trigger}")));
    }
    let armed = handler.is_some();
    let edges = PinEdges {
        rising: armed && trigger & IRQ_RISING != 0,
        falling: armed && trigger & IRQ_FALLING != 0,
    };
    let id = id_of(vm, this)?;
    let source = vm
        .port
        .pin_irq(id, edges)
        .map_err(|code| hardware_error(vm, code))?;
    vm.set_irq_handler(source, handler.map(|h| (h, this)));
    Ok(Value::NONE)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__repr__", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    let name = vm.port.pin_name(id).unwrap_or_default();
    repr_of(vm, "Pin", &name)
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("Pin.init", init),
    Builtin::new("Pin.value", value),
    Builtin::new("Pin.__call__", value),
    Builtin::new("Pin.on", on),
    Builtin::new("Pin.high", on),
    Builtin::new("Pin.off", off),
    Builtin::new("Pin.low", off),
    Builtin::new("Pin.toggle", toggle),
    Builtin::new("Pin.mode", mode),
    Builtin::new("Pin.pull", pull),
    Builtin::with_keywords("Pin.irq", irq),
    Builtin::new("Pin.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("Pin", pin_init_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    let class =
        crate::modules::sys::new_class(vm, "Pin", "machine", object, METHODS, Some(&CONSTRUCTOR))?;
    vm.push_root(class);
    let result = set_constants(
        vm,
        class,
        &[
            ("IN", IN),
            ("OUT", OUT),
            ("OPEN_DRAIN", OPEN_DRAIN),
            ("PULL_UP", PULL_UP),
            ("PULL_DOWN", PULL_DOWN),
            ("IRQ_FALLING", IRQ_FALLING),
            ("IRQ_RISING", IRQ_RISING),
        ],
    );
    vm.pop_root();
    result.map(|_| class)
}
