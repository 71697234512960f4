//! `gc`: control of the collector and heap statistics.

use crate::obj::Builtin;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let _args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "collect",
        args,
        kwargs,
        0,
        &["generation"],
        &[],
    )?;
    vm.collect_garbage();
    // Finalizers run before `collect` returns, as in CPython.
    vm.run_finalizers()?;
    Ok(Value::small_int(0))
}

fn mem_alloc(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let used = vm.heap.used();
    vm.new_int(used as i64)
}

fn mem_free(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let free = vm.heap.limit().saturating_sub(vm.heap.used());
    vm.new_int(free as i64)
}

fn enable(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(vm.heap.enabled))
}

/// `threshold([amount])` (MicroPython's): also collect once `amount` more bytes are in use
/// than after the last collection; `-1` turns that off. Without an argument: the amount, or -1.
fn threshold(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "threshold", args, 0, 1)?;
    match args.first() {
        None => {
            let amount = vm.heap.allocation_threshold().map_or(-1, |a| a as i64);
            vm.new_int(amount)
        }
        Some(&amount) => {
            let amount = vm.int_arg(amount)?;
            vm.heap
                .set_allocation_threshold(usize::try_from(amount).ok());
            Ok(Value::NONE)
        }
    }
}

/// Highest heap use since start-up or the last soft reset (bytes), for the benchmarks.
fn mem_peak(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let peak = crate::alloc_counter::peak().max(vm.heap.used());
    vm.new_int(peak as i64)
}

/// The most the heap held right after a collection since start-up or the last soft reset,
/// after collecting now (bytes): what the program kept alive, whatever the heap's size.
fn mem_live_peak(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    collect(vm, args, kwargs)?;
    let peak = vm.heap.live_peak;
    vm.new_int(peak as i64)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("mem_peak", mem_peak),
    Builtin::with_keywords("mem_live_peak", mem_live_peak),
    Builtin::with_keywords("collect", collect),
    Builtin::new("mem_alloc", mem_alloc),
    Builtin::new("mem_free", mem_free),
    Builtin::no_arguments("enable", enable),
    Builtin::no_arguments("disable", disable),
    Builtin::no_arguments("isenabled", isenabled),
    Builtin::new("threshold", threshold),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("gc", |vm, module| add_functions(vm, module, FUNCTIONS))
}

/// Puts native functions into a module's namespace.
pub fn add_functions(vm: &mut Vm, module: Value, functions: &'static [Builtin]) -> PyResult<()> {
    // (Functions, not methods: put in a class, they do not bind.)
    if !vm
        .function_tables
        .iter()
        .any(|table| core::ptr::eq(*table, functions))
    {
        vm.function_tables.push(functions);
    }
    let dict = vm.module_dict(module);
    for function in functions {
        let name = vm.qstrs.intern(function.name());
        let value = vm.alloc(crate::obj::Obj::Builtin(function))?;
        vm.dict_set_name(dict, name, value)?;
    }
    Ok(())
}
