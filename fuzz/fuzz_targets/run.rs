//! Fuzz target: source text compiled and *run* by the VM, in a small heap.
//!
//! Whatever the program does (raise, exhaust the heap, recurse, loop forever) must end in a
//! Python outcome, never a panic. A watchdog thread interrupts runs longer than `RUN_LIMIT`
//! (the VM turns that into `KeyboardInterrupt` at its next safe point), and the heap is small
//! so that allocation-heavy inputs reach `MemoryError` quickly. Then what is left is finalized,
//! as at exit. `machine.reset()` cannot return, so inputs that mention `reset` are skipped.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite::ast::Mode;
use pyrite::interpreter::Interpreter;

mod support;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = core::str::from_utf8(data) else {
        return;
    };
    if source.contains("reset") {
        return;
    }
    let mut interpreter = Interpreter::new(
        Box::new(support::FuzzPort::new(&[])),
        support::HEAP,
        &pyrite_stdlib::LIBRARY,
    );
    support::watched(|| {
        let _ = interpreter.exec(source, "<fuzz>", Mode::Exec);
        // What is left is finalized as at exit (`__del__`, generators, files): under the
        // watchdog too, since a finalizer may loop.
        interpreter.finish();
    });
});
