//! The embedding API: what a port uses to run Python.
//!
//! A port creates one `Interpreter` with its `Port` and a heap size, then feeds it source
//! text: a file, a REPL line, a block sent over the raw REPL. The REPL (`repl.rs`) is built on
//! this API only.

use alloc::boxed::Box;
use alloc::string::String;

use crate::ast::Mode;
use crate::port::Port;
use crate::value::Value;
use crate::vm::Vm;

/// How running a piece of source ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Ran to the end.
    Completed,
    /// Raised an exception that nothing caught: the text is the full CPython-style
    /// traceback (`Traceback (most recent call last):` … `ValueError: msg\n`).
    Exception(String),
    /// `SystemExit` (from `sys.exit(n)`): the exit status.
    Exit(i32),
    /// `Mode::Single` only: the source is an unfinished statement (open block or bracket);
    /// the REPL should read another line.
    Incomplete,
}

/// Heap statistics for `micropython.mem_info()`, `gc.mem_free()` and the benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemInfo {
    /// Bytes the heap may use in total.
    pub total: usize,
    /// Bytes in use now.
    pub used: usize,
    /// Highest `used` seen since start (or since `reset_peak`).
    pub peak: usize,
}

/// The smallest heap an interpreter starts in: the built-in classes and modules take about
/// 23 KB on a 32-bit board and 41 KB on a 64-bit host (`micropython.mem_info(1)` lists them);
/// the rest is room for a small program.
#[cfg(target_pointer_width = "64")]
pub const MIN_HEAP_SIZE: usize = 64 * 1024;
#[cfg(not(target_pointer_width = "64"))]
pub const MIN_HEAP_SIZE: usize = 32 * 1024;

/// One Python interpreter: globals of `__main__`, loaded modules, the heap.
pub struct Interpreter {
    vm: Vm,
    heap_size: usize,
    /// The last exception nothing caught was a `KeyboardInterrupt` (CPython then ends by
    /// SIGINT: a shell sees status 130).
    interrupted: bool,
}

impl Interpreter {
    /// Creates an interpreter whose heap may grow to `heap_size` bytes, with the modules and
    /// methods of `library` (a port passes `pyrite_stdlib::LIBRARY`) beside the runtime's own.
    pub fn new(port: Box<dyn Port>, heap_size: usize, library: &'static crate::Library) -> Self {
        Interpreter {
            vm: Vm::new(port, heap_size, library),
            heap_size,
            interrupted: false,
        }
    }

    /// Whether the last exception nothing caught was a `KeyboardInterrupt`.
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }

    /// Sets `__main__`'s `__file__` (a script run from a file, as CPython does).
    pub fn set_main_file(&mut self, path: &str) -> Result<(), Value> {
        let vm = &mut self.vm;
        let path = vm.new_str(path)?;
        let globals = vm.main_globals;
        vm.dict_set_name(globals, crate::qstr::q::__file__, path)
    }

    /// Compiles and runs `source` as `__main__` code. In `Mode::Single`, an expression
    /// statement prints the repr of its value (REPL echo).
    pub fn exec(&mut self, source: &str, filename: &str, mode: Mode) -> Outcome {
        let vm = &mut self.vm;
        if mode == Mode::Single {
            if let Err(error) = crate::parse::parse(source, mode) {
                if error.at_eof {
                    return Outcome::Incomplete;
                }
            }
        }
        let compiled = vm.compile_source(source, filename, mode);
        self.run_compiled(compiled, false)
    }

    /// [`exec`](Self::exec) of a `Mode::Exec` source the caller hands over: the text is
    /// freed once compiled, so the program runs with that much more heap (a board's raw
    /// REPL receives whole scripts this way).
    ///
    /// This is the raw REPL's entry, whose clients are MicroPython's tools: an `OSError`
    /// (or subclass) with a known errno gets MicroPython's `OSError: [Errno 2] ENOENT` line
    /// after the CPython traceback, because `mpremote` recognises filesystem errors only by
    /// that text (`fs cp` to a new file asks `os.stat` first and must see ENOENT).
    pub fn exec_owned(&mut self, source: String, filename: &str) -> Outcome {
        let compiled = self.vm.compile_source(&source, filename, Mode::Exec);
        drop(source);
        self.run_compiled(compiled, true)
    }

    /// MicroPython's rendering of an uncaught `OSError`, when it has a known errno.
    fn micropython_errno_line(&self, exception: Value) -> Option<String> {
        let vm = &self.vm;
        if !vm.isinstance(exception, vm.types.os_error) {
            return None;
        }
        let errno = vm.as_i64(vm.exception_attr(exception, crate::qstr::q::errno)?)?;
        let name = crate::modules::errno::name_of(i32::try_from(errno).ok()?)?;
        Some(alloc::format!("OSError: [Errno {errno}] {name}\n"))
    }

    /// Runs compiled code; `for_micropython_tools` adds [`Self::micropython_errno_line`].
    fn run_compiled(
        &mut self,
        compiled: crate::vm::PyResult<Value>,
        for_micropython_tools: bool,
    ) -> Outcome {
        let vm = &mut self.vm;
        let result = compiled.and_then(|code| {
            let globals = vm.main_globals;
            vm.push_root(code);
            let result = vm.run_code(code, globals, Value::NULL);
            vm.pop_root();
            result
        });
        vm.stack.clear();
        vm.frames.clear();
        vm.blocks.clear();
        vm.roots.clear();
        vm.repr_running.clear();
        vm.handled = Value::NONE;
        match result {
            Ok(_) => Outcome::Completed,
            Err(exception) => {
                let errno_line = if for_micropython_tools {
                    self.micropython_errno_line(exception)
                } else {
                    None
                };
                match (self.outcome_of(exception), errno_line) {
                    (Outcome::Exception(mut text), Some(line)) => {
                        text.push_str(&line);
                        Outcome::Exception(text)
                    }
                    (outcome, _) => outcome,
                }
            }
        }
    }

    fn outcome_of(&mut self, exception: Value) -> Outcome {
        let vm = &mut self.vm;
        // CPython checks the exact class: a subclass exits 1.
        self.interrupted = vm.type_of(exception) == vm.types.keyboard_interrupt;
        // Raised where no frame ran (compiling): no traceback entry has restarted it yet.
        vm.restart_memory_error(exception);
        if vm.isinstance(exception, vm.types.system_exit) {
            let code = vm
                .exception_attr(exception, crate::qstr::q::code)
                .unwrap_or(Value::NONE);
            if code.is_none() {
                return Outcome::Exit(0);
            }
            if let Some(n) = vm.as_i64(code) {
                return Outcome::Exit(n as i32);
            }
            // `sys.exit("message")` prints the message and exits 1.
            let text = vm.str(code).unwrap_or_default();
            let mut text = text;
            text.push('\n');
            return Outcome::Exception(text);
        }
        if let Some(hook) = crate::modules::sys::replaced_excepthook(vm) {
            return Outcome::Exception(Self::run_excepthook(vm, hook, exception));
        }
        Outcome::Exception(vm.format_uncaught(exception))
    }

    /// Calls the program's `sys.excepthook` for an uncaught exception: what is left to print
    /// is nothing, or (when the hook itself raised) both tracebacks, as CPython prints them.
    #[cold]
    fn run_excepthook(vm: &mut Vm, hook: Value, exception: Value) -> String {
        let class = vm.type_of(exception);
        vm.push_root(exception);
        let result = vm.call(hook, &[class, exception, exception], &[]);
        let text = match result {
            Ok(_) => String::new(),
            Err(error) => {
                vm.push_root(error);
                let mut text = String::from("Error in sys.excepthook:\n");
                text.push_str(&vm.format_uncaught(error));
                text.push_str("\nOriginal exception was:\n");
                text.push_str(&vm.format_uncaught(exception));
                text
            }
        };
        vm.stack.clear();
        vm.frames.clear();
        vm.blocks.clear();
        vm.roots.clear();
        text
    }

    /// Runs the interrupt callbacks and scheduled functions that are pending (the REPL calls
    /// this while it waits for input). An exception that escapes them is printed.
    pub fn run_callbacks(&mut self) {
        if !crate::port::attention_pending() {
            return;
        }
        let result = self.vm.handle_attention();
        let vm = &mut self.vm;
        vm.stack.clear();
        vm.frames.clear();
        vm.blocks.clear();
        vm.roots.clear();
        vm.repr_running.clear();
        if let Err(exception) = result {
            if let Outcome::Exception(text) = self.outcome_of(exception) {
                self.vm.port.console_write_err(text.as_bytes());
            }
        }
    }

    /// Forgets all user state (globals, imported modules) and empties the heap: Ctrl-D in
    /// the REPL.
    // Not inlined: the fresh VM it builds would otherwise sit in the caller's frame (a
    // board's boot loop, at the bottom of the stack) for good.
    #[inline(never)]
    pub fn soft_reset(&mut self) {
        // Hardware timers would keep firing into callbacks that no longer exist.
        for timer in 0..crate::port::IRQ_SOURCES {
            self.vm.port.timer_stop(timer);
        }
        // What is left is finalized first (files written back), as CPython does at exit.
        self.finish();
        let mut port = core::mem::replace(&mut self.vm.port, Box::new(crate::port::NullPort));
        // Free the old state first: the new VM must fit in the same heap.
        let library = self.vm.library;
        self.vm.release_memory();
        port.settle_heap();
        self.vm = Vm::new(port, self.heap_size, library);
        crate::alloc_counter::reset_peak();
    }

    /// Runs what is left of the finalizers (generators' `finally`, `__del__`, files written
    /// back), as CPython does at exit. For a port whose program ends; a soft reset does it too.
    pub fn finish(&mut self) {
        let _ = self.vm.finalize_all();
    }

    /// Heap statistics.
    pub fn mem_info(&self) -> MemInfo {
        MemInfo {
            total: self.heap_size,
            used: self.vm.heap.used(),
            peak: crate::alloc_counter::peak(),
        }
    }

    /// The names that complete `expression` at the REPL (Tab), sorted (the library's
    /// `completions`).
    pub fn completions(&mut self, expression: &str) -> alloc::vec::Vec<String> {
        (self.vm.library.completions)(&mut self.vm, expression)
    }

    /// The port, for the REPL's console I/O.
    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.vm.port
    }

    /// The VM (for ports that add modules or set `sys.argv`).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}
