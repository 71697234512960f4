//! `machine.ADC(id)`: an analog input, after MicroPython's — `id` is a `Pin` or a pin name
//! (the channel wired to it) or a channel number (`ADC.CORE_TEMP`, `CORE_VREF`, `CORE_VBAT`
//! on the STM32); `read_u16()` converts once and scales the result to 0..=65535. Machines
//! without one raise `OSError(ENODEV)`; a pin without a channel or a channel the machine
//! lacks is `ValueError`.

use alloc::format;

use super::{hardware_error, int_attr, set_attr, set_constants};
use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The STM32's internal channels (MicroPython's stm32 port's numbers).
const CORE_TEMP: isize = 16;
const CORE_VREF: isize = 17;
const CORE_VBAT: isize = 18;

fn adc_init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "ADC", args, 1, 1)?;
    let (this, id) = (args[0], args[1]);
    let channel = if vm.str_text(id).is_some() || matches!(vm.heap_obj(id), Some(Obj::Instance(_)))
    {
        let pin = super::pin_id(vm, id)?;
        match vm.port.adc_channel(pin) {
            Some(channel) => channel,
            None => {
                let name = vm.port.pin_name(pin).unwrap_or_default();
                return Err(vm.value_error(format!("Pin({name}) has no ADC channel")));
            }
        }
    } else {
        let number = vm.int_arg(id)?;
        u32::try_from(number).map_err(|_| vm.value_error(format!("invalid ADC: {number}")))?
    };
    match vm.port.adc_init(channel) {
        Ok(()) => {}
        Err(crate::port::INVALID) => return Err(vm.value_error(format!("invalid ADC: {channel}"))),
        Err(code) => return Err(hardware_error(vm, code)),
    }
    set_attr(vm, this, "_channel", Value::small_int(channel as isize))?;
    Ok(Value::NONE)
}

fn read_u16(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "read_u16", args, 0, 0)?;
    let channel = int_attr(vm, args[0], "_channel")? as u32;
    let value = vm
        .port
        .adc_read(channel)
        .map_err(|code| hardware_error(vm, code))?;
    Ok(Value::small_int(value as isize))
}

static METHODS: &[Builtin] = &[Builtin::new("ADC.read_u16", read_u16)];

static CONSTRUCTOR: Builtin = Builtin::new("ADC", adc_init);

pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object;
    let class =
        crate::modules::sys::new_class(vm, "ADC", "machine", object, METHODS, Some(&CONSTRUCTOR))?;
    vm.push_root(class);
    let result = set_constants(
        vm,
        class,
        &[
            ("CORE_TEMP", CORE_TEMP),
            ("CORE_VREF", CORE_VREF),
            ("CORE_VBAT", CORE_VBAT),
        ],
    );
    vm.pop_root();
    result.map(|_| class)
}
