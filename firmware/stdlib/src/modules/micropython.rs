//! `micropython`: MicroPython's interpreter controls (`const`, `mem_info`, `heap_lock`,
//! `schedule`, `kbd_intr`, ...).
//!
//! `schedule(f, arg)` queues `f(arg)` for the VM's next safe point (a backward jump, a call,
//! a sleep), where interrupt callbacks also run (`vm/schedule.rs`). `stack_use` counts the VM's value stack and frames (Python
//! frames live there, not on the machine stack).

use alloc::format;

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn const_(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "const", args, 1, 1)?;
    Ok(args[0])
}

fn opt_level(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "opt_level", args, 0, 1)?;
    match args.first() {
        Some(&level) => {
            vm.int_arg(level)?;
            Ok(Value::NONE)
        }
        None => Ok(Value::small_int(0)),
    }
}

fn stack_bytes(vm: &Vm) -> usize {
    vm.stack.len() * core::mem::size_of::<Value>()
        + vm.frames.len() * core::mem::size_of::<crate::vm::Frame>()
}

fn mem_info(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "mem_info", args, 0, 1)?;
    let total = vm.heap.limit();
    let used = vm.heap.used().min(total);
    let stack_limit = vm.recursion_limit * core::mem::size_of::<crate::vm::Frame>();
    // On a board, the largest block left (MicroPython's "max free sz"): how fragmented the
    // free memory is.
    let largest = match pyrite::alloc_counter::largest_block(total - used) {
        Some(bytes) => format!(", max free block: {bytes}"),
        None => alloc::string::String::new(),
    };
    let text = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}{}\n No. of objects: {}, collections: {}, used after last: {}\n",
        stack_bytes(vm),
        stack_limit,
        total,
        used,
        total - used,
        largest,
        vm.heap.live_objects(),
        vm.heap.collections,
        vm.heap.after_last_collection,
    );
    vm.write_out(&text);
    if args
        .first()
        .is_some_and(|&verbose| vm.is_true(verbose).unwrap_or(false))
    {
        // The census by kind: what the heap holds (MicroPython prints a block map here).
        let mut census = alloc::string::String::from("objects by kind (count, bytes):\n");
        for (name, (count, bytes)) in Obj::KIND_NAMES.iter().zip(vm.heap.census()) {
            if count > 0 {
                census.push_str(&format!("  {name}: {count}, {bytes}\n"));
            }
        }
        census.push_str(&format!(
            "qstrs interned at run time: {}, {} bytes with their index\n",
            vm.qstrs.dynamic_count(),
            vm.qstrs.dynamic_bytes()
        ));
        census.push_str(&format!(
            "  (slots: {} of {} bytes each; the rest is qstrs, stacks and buffers)\n",
            vm.heap.slot_count(),
            core::mem::size_of::<Obj>()
        ));
        census.push_str(&format!(
            "allocator ran dry: {} times\n",
            pyrite::alloc_counter::times_run_dry()
        ));
        vm.write_out(&census);
    }
    Ok(Value::NONE)
}

fn stack_use(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = stack_bytes(vm);
    vm.new_int(bytes as i64)
}

fn heap_lock(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.locked = true;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.heap.locked = false;
    Ok(Value::small_int(0))
}

fn heap_locked(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int(vm.heap.locked as isize))
}

fn schedule(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "schedule", args, 2, 2)?;
    vm.schedule(args[0], args[1])?;
    Ok(Value::NONE)
}

fn alloc_emergency_exception_buf(
    vm: &mut Vm,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    check_args(vm, "alloc_emergency_exception_buf", args, 1, 1)?;
    vm.int_arg(args[0])?;
    Ok(Value::NONE)
}

fn kbd_intr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "kbd_intr", args, 1, 1)?;
    let byte = vm.int_arg(args[0])?;
    crate::port::set_interrupt_char(u8::try_from(byte).ok());
    Ok(Value::NONE)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("const", const_),
    Builtin::new("opt_level", opt_level),
    Builtin::new("mem_info", mem_info),
    Builtin::new("stack_use", stack_use),
    Builtin::new("heap_lock", heap_lock),
    Builtin::new("heap_unlock", heap_unlock),
    Builtin::new("heap_locked", heap_locked),
    Builtin::new("schedule", schedule),
    Builtin::new(
        "alloc_emergency_exception_buf",
        alloc_emergency_exception_buf,
    ),
    Builtin::new("kbd_intr", kbd_intr),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("micropython", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)
    })
}
