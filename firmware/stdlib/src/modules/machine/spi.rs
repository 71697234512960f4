//! `machine.SPI`: an SPI controller. `SPI(id, baudrate=1000000, *, polarity=0, phase=0,
//! bits=8, firstbit=SPI.MSB)`, `init(…)`, `deinit()`, `read(nbytes, write=0)`,
//! `readinto(buf, write=0)`, `write(buf)`, `write_readinto(write_buf, read_buf)`, after
//! MicroPython's API. Chip select is the caller's `Pin`, as on MicroPython. Frames are 8 bits;
//! `SPI.LSB` reverses each byte's bits here, so every board has it.

use alloc::vec;
use alloc::vec::Vec;

use super::{hardware_error, int_attr, set_attr, set_constants, store, writable_arg};
use crate::modules::builtins::{check_method_args, check_python_kwargs, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MSB: i64 = 0;
const LSB: i64 = 1;

/// An optional argument: positional at `index` of `args`, or the keyword `name`.
fn argument(
    vm: &Vm,
    args: &[Value],
    index: usize,
    kwargs: &[(Value, Value)],
    name: &str,
) -> Option<Value> {
    args.get(index).copied().or(kwarg(vm, kwargs, name))
}

/// An integer keyword that must be one of `allowed`; `default` when absent.
fn choice(
    vm: &mut Vm,
    kwargs: &[(Value, Value)],
    name: &str,
    default: i64,
    allowed: &[i64],
) -> PyResult<i64> {
    let value = match kwarg(vm, kwargs, name) {
        Some(v) => vm.int_arg(v)?,
        None => default,
    };
    if !allowed.contains(&value) {
        return Err(vm.value_error(alloc::format!("invalid {name}: {value}")));
    }
    Ok(value)
}

/// `ValueError` for a bus the board lacks.
#[cold]
fn no_such_bus(vm: &mut Vm, id: i64) -> Value {
    vm.value_error(alloc::format!("SPI({id}) doesn't exist"))
}

/// Applies `init`'s arguments to bus `id` and remembers the bit order.
fn configure(
    vm: &mut Vm,
    this: Value,
    id: u32,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<()> {
    check_python_kwargs(
        vm,
        "init",
        kwargs,
        &["baudrate", "polarity", "phase", "bits", "firstbit"],
    )?;
    let baudrate = match argument(vm, args, 0, kwargs, "baudrate") {
        Some(v) => vm.int_arg(v)?,
        None => 1_000_000,
    };
    let polarity = choice(vm, kwargs, "polarity", 0, &[0, 1])?;
    let phase = choice(vm, kwargs, "phase", 0, &[0, 1])?;
    choice(vm, kwargs, "bits", 8, &[8])?;
    let firstbit = choice(vm, kwargs, "firstbit", MSB, &[MSB, LSB])?;
    let Some(baudrate) = u32::try_from(baudrate).ok().filter(|&rate| rate > 0) else {
        return Err(vm.value_error("baudrate must be positive"));
    };
    if vm
        .port
        .spi_init(id, baudrate, polarity == 1, phase == 1)
        .is_err()
    {
        return Err(no_such_bus(vm, i64::from(id)));
    }
    set_attr(vm, this, "_id", Value::small_int(id as isize))?;
    set_attr(vm, this, "_lsb", Value::small_int(firstbit as isize))
}

/// `SPI(id, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=SPI.MSB)`.
fn spi_init_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "SPI", args, 1, 2)?;
    let id = vm.int_arg(args[1])?;
    let Ok(id) = u32::try_from(id) else {
        return Err(no_such_bus(vm, id));
    };
    configure(vm, args[0], id, &args[2..], kwargs)?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "init", args, 0, 1)?;
    let id = int_attr(vm, args[0], "_id")? as u32;
    configure(vm, args[0], id, &args[1..], kwargs)?;
    Ok(Value::NONE)
}

fn deinit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "deinit", args, 0, 0)?;
    let id = int_attr(vm, args[0], "_id")? as u32;
    vm.port.spi_deinit(id);
    Ok(Value::NONE)
}

/// Sends `data` on this bus in place (each byte becomes the one received), in its bit order.
fn transfer(vm: &mut Vm, this: Value, data: &mut [u8]) -> PyResult<()> {
    let id = int_attr(vm, this, "_id")? as u32;
    let least_significant_first = int_attr(vm, this, "_lsb")? == LSB;
    let reverse = |data: &mut [u8]| {
        if least_significant_first {
            data.iter_mut().for_each(|byte| *byte = byte.reverse_bits());
        }
    };
    reverse(data);
    vm.port
        .spi_transfer(id, data)
        .map_err(|code| hardware_error(vm, code))?;
    reverse(data);
    Ok(())
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.bytes_data(v)
        .ok_or_else(|| vm.type_error("object with buffer protocol required"))
}

/// `count` copies of the `write` byte (positional at 2 or keyword), ready to send.
fn filler(
    vm: &mut Vm,
    method: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    count: usize,
) -> PyResult<Vec<u8>> {
    check_python_kwargs(vm, method, kwargs, &["write"])?;
    let byte = match argument(vm, args, 2, kwargs, "write") {
        Some(v) => vm.int_arg(v)? as u8,
        None => 0,
    };
    vm.reserve(count)?;
    Ok(vec![byte; count])
}

/// `read(nbytes, write=0x00)`: the bytes received while sending `write` `nbytes` times.
fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "read", args, 1, 2)?;
    let count = vm.int_arg(args[1])?;
    let count = usize::try_from(count).map_err(|_| vm.value_error("negative count"))?;
    let mut data = filler(vm, "read", args, kwargs, count)?;
    transfer(vm, args[0], &mut data)?;
    vm.alloc(Obj::Bytes(data.into_boxed_slice()))
}

/// `readinto(buf, write=0x00)`: fills `buf` while sending `write` for every byte.
fn readinto(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "readinto", args, 1, 2)?;
    let target = writable_arg(vm, args[1])?;
    let mut data = filler(vm, "readinto", args, kwargs, target.2)?;
    transfer(vm, args[0], &mut data)?;
    store(vm, target, &data);
    Ok(Value::NONE)
}

fn write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "write", args, 1, 1)?;
    let mut data = buffer_arg(vm, args[1])?;
    transfer(vm, args[0], &mut data)?;
    Ok(Value::NONE)
}

/// `write_readinto(write_buf, read_buf)`: sends one while receiving into the other (the
/// same buffer works too).
fn write_readinto(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "write_readinto", args, 2, 2)?;
    let mut data = buffer_arg(vm, args[1])?;
    let target = writable_arg(vm, args[2])?;
    if data.len() != target.2 {
        return Err(vm.value_error("buffers must be the same length"));
    }
    transfer(vm, args[0], &mut data)?;
    store(vm, target, &data);
    Ok(Value::NONE)
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("SPI.init", init),
    Builtin::new("SPI.deinit", deinit),
    Builtin::with_keywords("SPI.read", read),
    Builtin::with_keywords("SPI.readinto", readinto),
    Builtin::new("SPI.write", write),
    Builtin::new("SPI.write_readinto", write_readinto),
];

static CONSTRUCTOR: Builtin = Builtin::with_keywords("SPI", spi_init_new);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    let class =
        crate::modules::sys::new_class(vm, "SPI", "machine", object, METHODS, Some(&CONSTRUCTOR))?;
    vm.push_root(class);
    let result = set_constants(
        vm,
        class,
        &[
            ("MSB", MSB as isize),
            ("LSB", LSB as isize),
            ("CONTROLLER", 0),
            ("MASTER", 0),
        ],
    );
    vm.pop_root();
    result.map(|_| class)
}
