//! `machine.I2C`: an I2C controller. `I2C(id, *, freq=400000)`, `scan()`,
//! `readfrom(addr, n, stop=True)`, `readfrom_into(addr, buf, stop=True)`,
//! `writeto(addr, buf, stop=True)` (the number of bytes acknowledged),
//! `readfrom_mem(addr, memaddr, n, *, addrsize=8)`, `readfrom_mem_into(addr, memaddr, buf, *,
//! addrsize=8)` and `writeto_mem(addr, memaddr, buf, *, addrsize=8)`: the `_into` forms fill
//! a bytearray (or a writable memoryview of one) without making a new object, as drivers do
//! in their loops. A device that does not answer raises
//! `OSError(ENODEV)`, as on MicroPython.

use alloc::vec;
use alloc::vec::Vec;

use super::{hardware_error, int_attr, set_attr, store, writable_arg, Writable};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn id_of(vm: &mut Vm, this: Value) -> PyResult<u32> {
    Ok(int_attr(vm, this, "_id")? as u32)
}

fn address_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let address = vm.int_arg(v)?;
    u8::try_from(address)
        .ok()
        .filter(|&a| a < 0x80)
        .ok_or_else(|| vm.value_error("I2C address must be 0..127"))
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.bytes_data(v)
        .ok_or_else(|| vm.type_error("object with buffer protocol required"))
}

/// The `stop` argument (positional at `index` or keyword), default True.
fn stop_arg(
    vm: &mut Vm,
    args: &[Value],
    index: usize,
    kwargs: &[(Value, Value)],
) -> PyResult<bool> {
    match args.get(index).copied().or(kwarg(vm, kwargs, "stop")) {
        Some(v) => vm.is_true(v),
        None => Ok(true),
    }
}

/// `memaddr` as big-endian bytes of `addrsize` bits.
fn memory_address(vm: &mut Vm, memaddr: Value, kwargs: &[(Value, Value)]) -> PyResult<Vec<u8>> {
    check_python_kwargs(vm, "readfrom_mem", kwargs, &["addrsize"])?;
    let bits = match kwarg(vm, kwargs, "addrsize") {
        Some(v) => vm.int_arg(v)?,
        None => 8,
    };
    if !matches!(bits, 8 | 16 | 24 | 32) {
        return Err(vm.value_error("addrsize must be 8, 16, 24 or 32"));
    }
    let address = vm.int_arg(memaddr)? as u32;
    Ok(address.to_be_bytes()[4 - bits as usize / 8..].to_vec())
}

fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> PyResult<Value> {
    vm.alloc(Obj::Bytes(data.into_boxed_slice()))
}

/// `count` bytes read from the device at `address`.
fn read_bytes(vm: &mut Vm, id: u32, address: u8, count: usize, stop: bool) -> PyResult<Vec<u8>> {
    vm.reserve(count)?;
    let mut data = vec![0u8; count];
    vm.port
        .i2c_read(id, address, &mut data, stop)
        .map_err(|code| hardware_error(vm, code))?;
    Ok(data)
}

/// `I2C(id, *, freq=400000)`.
fn i2c_init_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "I2C", args, 1, 1)?;
    check_python_kwargs(vm, "I2C", kwargs, &["freq"])?;
    let id = vm.int_arg(args[1])?;
    let frequency = match kwarg(vm, kwargs, "freq") {
        Some(v) => vm.int_arg(v)?,
        None => 400_000,
    };
    let (Ok(id), Ok(frequency)) = (u32::try_from(id), u32::try_from(frequency)) else {
        return Err(vm.value_error("invalid I2C id or freq"));
    };
    if vm.port.i2c_init(id, frequency.max(1)).is_err() {
        return Err(vm.value_error(alloc::format!("I2C({id}) doesn't exist")));
    }
    set_attr(vm, args[0], "_id", Value::small_int(id as isize))?;
    Ok(Value::NONE)
}

/// `scan()`: addresses 0x08..=0x77 that acknowledge.
fn scan(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "scan", args, 0, 0)?;
    let id = id_of(vm, args[0])?;
    let found: Vec<Value> = (0x08..=0x77)
        .filter(|&address| vm.port.i2c_write(id, address, &[], true).is_ok())
        .map(|address| Value::small_int(address as isize))
        .collect();
    vm.new_list(found)
}

fn writeto(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "writeto", args, 2, 3)?;
    let id = id_of(vm, args[0])?;
    let address = address_arg(vm, args[1])?;
    let data = buffer_arg(vm, args[2])?;
    let stop = stop_arg(vm, args, 3, kwargs)?;
    let acknowledged = vm
        .port
        .i2c_write(id, address, &data, stop)
        .map_err(|code| hardware_error(vm, code))?;
    vm.new_int(acknowledged as i64)
}

/// `readfrom(addr, n, stop=True)` and, with `into`, `readfrom_into(addr, buf, stop=True)`.
fn read_from(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    into: bool,
) -> PyResult<Value> {
    let name = if into { "readfrom_into" } else { "readfrom" };
    check_method_args(vm, name, args, 2, 3)?;
    let id = id_of(vm, args[0])?;
    let address = address_arg(vm, args[1])?;
    let (target, count) = destination(vm, args[2], into)?;
    let stop = stop_arg(vm, args, 3, kwargs)?;
    let data = read_bytes(vm, id, address, count, stop)?;
    deliver(vm, target, data)
}

/// `readfrom_mem(addr, memaddr, n, *, addrsize=8)` and, with `into`,
/// `readfrom_mem_into(addr, memaddr, buf, *, addrsize=8)`: the memory address is sent first
/// without a stop, then a repeated start reads.
fn read_memory(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    into: bool,
) -> PyResult<Value> {
    let name = if into {
        "readfrom_mem_into"
    } else {
        "readfrom_mem"
    };
    check_method_args(vm, name, args, 3, 3)?;
    let id = id_of(vm, args[0])?;
    let address = address_arg(vm, args[1])?;
    let memory = memory_address(vm, args[2], kwargs)?;
    let (target, count) = destination(vm, args[3], into)?;
    vm.port
        .i2c_write(id, address, &memory, false)
        .map_err(|code| hardware_error(vm, code))?;
    let data = read_bytes(vm, id, address, count, true)?;
    deliver(vm, target, data)
}

/// Where a read goes: a count (a new bytes object), or with `into` a writable buffer and its
/// length.
fn destination(vm: &mut Vm, v: Value, into: bool) -> PyResult<(Option<Writable>, usize)> {
    if into {
        let target = writable_arg(vm, v)?;
        return Ok((Some(target), target.2));
    }
    let count = vm.int_arg(v)?;
    let count = usize::try_from(count).map_err(|_| vm.value_error("negative count"))?;
    Ok((None, count))
}

fn deliver(vm: &mut Vm, target: Option<Writable>, data: Vec<u8>) -> PyResult<Value> {
    match target {
        Some(target) => {
            store(vm, target, &data);
            Ok(Value::NONE)
        }
        None => new_bytes(vm, data),
    }
}

fn readfrom(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    read_from(vm, args, kwargs, false)
}

fn readfrom_into(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    read_from(vm, args, kwargs, true)
}

fn readfrom_mem(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    read_memory(vm, args, kwargs, false)
}

fn readfrom_mem_into(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    read_memory(vm, args, kwargs, true)
}

fn writeto_mem(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "writeto_mem", args, 3, 3)?;
    let id = id_of(vm, args[0])?;
    let address = address_arg(vm, args[1])?;
    let mut data = memory_address(vm, args[2], kwargs)?;
    let payload = buffer_arg(vm, args[3])?;
    data.extend_from_slice(&payload);
    let acknowledged = vm
        .port
        .i2c_write(id, address, &data, true)
        .map_err(|code| hardware_error(vm, code))?;
    if acknowledged < data.len() {
        // The device refused part of the write (MicroPython: EIO).
        return Err(hardware_error(vm, 5));
    }
    Ok(Value::NONE)
}

static METHODS: &[Builtin] = &[
    Builtin::new("I2C.scan", scan),
    Builtin::with_keywords("I2C.readfrom", readfrom),
    Builtin::with_keywords("I2C.writeto", writeto),
    Builtin::with_keywords("I2C.readfrom_into", readfrom_into),
    Builtin::with_keywords("I2C.readfrom_mem", readfrom_mem),
    Builtin::with_keywords("I2C.readfrom_mem_into", readfrom_mem_into),
    Builtin::with_keywords("I2C.writeto_mem", writeto_mem),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("I2C", i2c_init_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    crate::modules::sys::new_class(vm, "I2C", "machine", object, METHODS, Some(&CONSTRUCTOR))
}
