//! `machine.mem8`, `mem16`, `mem32`: the bus as arrays of bytes, half-words and words, for
//! poking registers from Python (`machine.mem32[0x40028000] = 1`), after MicroPython's.
//!
//! Indexing reads or writes through the `Port` (`mem_read`/`mem_write`), once and at the
//! object's width; the address must be aligned to it. Values read are unsigned; a value
//! written is cut to the width (`mem8[a] = -1` stores `0xff`), as MicroPython does. Ports
//! with no bus to reach (the host) raise `OSError(ENODEV)`.

use alloc::format;

use crate::modules::builtins::check_method_args;
use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::{hardware_error, int_attr, set_attr};

/// The word width in bytes of the `mem` object `this`, and the aligned address `index`.
fn address(vm: &mut Vm, this: Value, index: Value) -> PyResult<(u32, u32)> {
    let width = int_attr(vm, this, "_width")? as u32;
    let address = vm.int_arg(index)?;
    let Ok(address) = u32::try_from(address) else {
        return Err(vm.value_error(format!("address {address} is out of range")));
    };
    if address % width != 0 {
        return Err(vm.value_error(format!(
            "address {address:#010x} is not aligned to {width} bytes"
        )));
    }
    Ok((address, width))
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", args, 1, 1)?;
    let (address, width) = address(vm, args[0], args[1])?;
    match vm.port.mem_read(address, width) {
        Ok(word) => vm.new_int(i64::from(word)),
        Err(code) => Err(hardware_error(vm, code)),
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__setitem__", args, 2, 2)?;
    let (address, width) = address(vm, args[0], args[1])?;
    // Cut to 32 bits here, to the width in the port: any int, negative ones too.
    let value = vm.int_arg(args[2])? as u32;
    match vm.port.mem_write(address, width, value) {
        Ok(()) => Ok(Value::NONE),
        Err(code) => Err(hardware_error(vm, code)),
    }
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__repr__", args, 0, 0)?;
    let width = int_attr(vm, args[0], "_width")?;
    vm.new_string(format!("<{}-bit memory>", width * 8))
}

/// `mem(...)`: the three objects are the only ones.
fn no_new(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'machine.mem' instances"))
}

static METHODS: &[Builtin] = &[
    Builtin::new("mem.__getitem__", getitem),
    Builtin::new("mem.__setitem__", setitem),
    Builtin::new("mem.__repr__", repr),
];

static CONSTRUCTOR: Builtin = Builtin::new("mem", no_new);

/// Stores `mem8`, `mem16` and `mem32` in the module dict `dict`.
pub fn add_objects(vm: &mut Vm, dict: Value) -> PyResult<()> {
    let object = vm.types.object;
    let class =
        crate::modules::sys::new_class(vm, "mem", "machine", object, METHODS, Some(&CONSTRUCTOR))?;
    vm.push_root(class);
    let result = (|| {
        for (name, width) in [("mem8", 1), ("mem16", 2), ("mem32", 4)] {
            let this = crate::obj::class::instantiate_bare(vm, class)?;
            vm.push_root(this);
            let stored = set_attr(vm, this, "_width", Value::small_int(width)).and_then(|()| {
                let name = vm.qstrs.intern(name);
                vm.dict_set_name(dict, name, this)
            });
            vm.pop_root();
            stored?;
        }
        Ok(())
    })();
    vm.pop_root();
    result
}
