//! `machine.UART`: a serial port besides the console. `UART(id, baudrate=115200, *,
//! timeout=0)`, `init`, `write`, `read([n])`, `readinto(buf[, n])`, `readline()`, `any()`.
//! The board receives into a buffer from its interrupt; reads wait up to `timeout` ms for data
//! (running callbacks meanwhile) and return `None` when none came, like MicroPython.

use alloc::vec::Vec;

use super::{hardware_error, int_attr, set_attr, store, writable_arg, Writable};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn id_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    Ok(int_attr(vm, this, "_id")? as u32)
}

/// Applies `baudrate` (positional or keyword) and `timeout`.
fn configure(vm: &mut Vm, this: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<()> {
    check_python_kwargs(
        vm,
        "init",
        kwargs,
        &["baudrate", "timeout", "bits", "parity", "stop"],
    )?;
    let baudrate = match args.first().copied().or(kwarg(vm, kwargs, "baudrate")) {
        Some(v) => vm.int_arg(v)?,
        None => 115_200,
    };
    let timeout = match kwarg(vm, kwargs, "timeout") {
        Some(v) => vm.int_arg(v)?.max(0),
        None => 0,
    };
    let bits = kwarg(vm, kwargs, "bits").map_or(Ok(8), |v| vm.int_arg(v))?;
    let parity = kwarg(vm, kwargs, "parity").unwrap_or(Value::NONE);
    let stop = kwarg(vm, kwargs, "stop").map_or(Ok(1), |v| vm.int_arg(v))?;
    if bits != 8 || !parity.is_none() || stop != 1 {
        return Err(vm.value_error("only 8 bits, no parity, 1 stop bit"));
    }
    let Ok(baudrate) = u32::try_from(baudrate) else {
        return Err(vm.value_error("invalid baudrate"));
    };
    let id = id_of(vm, this)?;
    vm.port
        .uart_init(id, baudrate)
        .map_err(|code| hardware_error(vm, code))?;
    let timeout = vm.new_int(timeout)?;
    set_attr(vm, this, "_timeout", timeout)?;
    Ok(())
}

/// `UART(id, baudrate=115200, *, timeout=0)`.
fn uart_init_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "UART", args, 1, 2)?;
    let id = vm.int_arg(args[1])?;
    let Ok(id) = u32::try_from(id) else {
        return Err(vm.value_error("invalid UART id"));
    };
    set_attr(vm, args[0], "_id", Value::small_int(id as isize))?;
    configure(vm, args[0], &args[2..], kwargs).map_err(|error| {
        match vm.isinstance(error, vm.types.os_error) {
            true => vm.value_error(alloc::format!("UART({id}) doesn't exist")),
            false => error,
        }
    })?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 0, 1)?;
    configure(vm, args[0], &args[1..], kwargs)?;
    Ok(Value::NONE)
}

fn write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "write", args, 1, 1)?;
    let id = id_of(vm, args[0])?;
    let data = match vm.str_text(args[1]) {
        Some(text) => text.as_bytes().to_vec(),
        None => match vm.bytes_data(args[1]) {
            Some(bytes) => bytes,
            None => return Err(vm.type_error("object with buffer protocol required")),
        },
    };
    vm.port.uart_write(id, &data);
    vm.new_int(data.len() as i64)
}

fn any(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "any", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    let count = vm.port.uart_any(id);
    vm.new_int(count as i64)
}

/// [`receive_bytes`] as a new bytes object, or stored in `target` (then how many came);
/// `None` when nothing came.
fn receive(
    vm: &mut Vm,
    this: Value,
    limit: Option<usize>,
    until: Option<u8>,
    target: Option<Writable>,
) -> PyResult<Value> {
    let data = receive_bytes(vm, this, limit, until)?;
    if data.is_empty() && limit != Some(0) {
        return Ok(Value::NONE);
    }
    match target {
        Some(target) => {
            store(vm, target, &data);
            vm.new_int(data.len() as i64)
        }
        None => vm.alloc(Obj::Bytes(data.into_boxed_slice())),
    }
}

/// Reads up to `limit` bytes (all that come, for `None`), stopping after `until` when
/// given; waits up to the timeout for each byte.
fn receive_bytes(
    vm: &mut Vm,
    this: Value,
    limit: Option<usize>,
    until: Option<u8>,
) -> PyResult<Vec<u8>> {
    let id = id_of(vm, this)?;
    let timeout_ms = int_attr(vm, this, "_timeout")? as u64;
    let mut data: Vec<u8> = Vec::new();
    let mut last_byte_at = vm.port.ticks_ms();
    loop {
        if limit.is_some_and(|limit| data.len() >= limit) {
            break;
        }
        let mut byte = [0u8];
        if vm.port.uart_read(id, &mut byte) == 1 {
            vm.reserve(1)?;
            data.push(byte[0]);
            last_byte_at = vm.port.ticks_ms();
            if until == Some(byte[0]) {
                break;
            }
            continue;
        }
        if vm.port.ticks_ms().saturating_sub(last_byte_at) >= timeout_ms {
            break;
        }
        if !crate::port::attention_pending() {
            vm.port.idle();
        }
        if crate::port::attention_pending() {
            vm.handle_attention()?;
        }
    }
    Ok(data)
}

/// `read([nbytes])` and, with `into`, `readinto(buf[, nbytes])` (up to `len(buf)` bytes,
/// stored in `buf`; how many): `None` when nothing came before the timeout.
fn receive_some(vm: &mut Vm, args: &[Value], into: bool) -> PyResult<Value> {
    let target = if into {
        check_method_args(vm, "readinto", args, 1, 2)?;
        Some(writable_arg(vm, args[1])?)
    } else {
        check_method_args(vm, "read", args, 0, 1)?;
        None
    };
    let room = target.map(|(_, _, length)| length);
    let limit = match args.get(1 + usize::from(into)) {
        Some(&v) if !v.is_none() => Some(vm.int_arg(v)?.max(0) as usize),
        _ => None,
    };
    let limit = match (limit, room) {
        (Some(limit), Some(room)) => Some(limit.min(room)),
        (limit, room) => limit.or(room),
    };
    receive(vm, args[0], limit, None, target)
}

fn read(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    receive_some(vm, args, false)
}

fn readinto(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    receive_some(vm, args, true)
}

fn readline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "readline", args, 0, 0)?;
    receive(vm, args[0], None, Some(b'\n'), None)
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("UART.init", init),
    Builtin::new("UART.write", write),
    Builtin::new("UART.read", read),
    Builtin::new("UART.readinto", readinto),
    Builtin::new("UART.readline", readline),
    Builtin::new("UART.any", any),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("UART", uart_init_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    crate::modules::sys::new_class(vm, "UART", "machine", object, METHODS, Some(&CONSTRUCTOR))
}
