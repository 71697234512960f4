//! Callbacks from interrupts: what runs when the VM notices `port::attention_pending()`.
//!
//! An interrupt handler never runs Python. It sets a bit (`port::signal_irq`, or Ctrl-C's
//! `request_interrupt`) and the dispatch loop, at its next safe point, comes here: Ctrl-C
//! raises `KeyboardInterrupt`; each fired source calls its registered handler (a
//! `machine.Timer` callback, with the Timer as argument); then the `micropython.schedule`
//! queue runs. A handler that raises has its traceback printed and is unregistered, like
//! MicroPython; `KeyboardInterrupt` and `SystemExit` go on to the interrupted code. The
//! finalizers of what the collector found unreachable (`run_finalizers`: generator closes and
//! `__del__`) run at the same point.

use alloc::vec::Vec;

use crate::obj::Obj;
use crate::port;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How many `micropython.schedule` calls may wait at once (MicroPython's default depth).
pub const QUEUE_DEPTH: usize = 8;

/// One registered interrupt callback.
#[derive(Clone, Copy)]
pub struct Handler {
    /// The interrupt source (`port::signal_irq` number).
    pub source: u32,
    pub callback: Value,
    /// Passed to the callback (the Timer or Pin object); NULL: the callback takes none.
    pub argument: Value,
}

/// Callbacks waiting for interrupts and the schedule queue (GC roots while present).
#[derive(Default)]
pub struct Scheduler {
    pub handlers: Vec<Handler>,
    /// `micropython.schedule(function, argument)` calls not run yet.
    pub queue: Vec<[Value; 2]>,
    /// A callback is running: nested firings wait until it returns.
    running: bool,
    /// Bits taken while a callback ran, put back when it returns.
    deferred: u32,
    /// Virtual timer ids (`port::VIRTUAL_TIMERS`) that `Timer(-1)` objects hold.
    pub virtual_timers: u32,
    /// Unreachable objects the collector kept to be finalized (`Vm::run_finalizers`).
    finalizers: Vec<Value>,
}

impl Scheduler {
    /// Every value the scheduler keeps alive.
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        self.handlers
            .iter()
            .flat_map(|h| [h.callback, h.argument])
            .filter(|value| !value.is_null())
            .chain(self.queue.iter().flatten().copied())
            .chain(self.finalizers.iter().copied())
    }

    /// Queues what the collector kept for its finalizer; they run at the next safe point.
    pub fn queue_finalizers(&mut self, mut found: Vec<Value>) {
        if self.finalizers.is_empty() {
            self.finalizers = found;
        } else {
            self.finalizers.append(&mut found);
        }
        port::signal_scheduled();
    }
}

impl Vm {
    /// Registers (or with `None`, removes) the callback of interrupt source `source` and the
    /// argument it is called with (NULL: none).
    pub fn set_irq_handler(&mut self, source: u32, callback: Option<(Value, Value)>) {
        self.scheduler.handlers.retain(|h| h.source != source);
        if let Some((callback, argument)) = callback {
            self.scheduler.handlers.push(Handler {
                source,
                callback,
                argument,
            });
        }
    }

    /// Queues `function(argument)` for the next safe point (`micropython.schedule`).
    pub fn schedule(&mut self, function: Value, argument: Value) -> PyResult<()> {
        if self.scheduler.queue.len() >= QUEUE_DEPTH {
            return Err(self.runtime_error("schedule queue full"));
        }
        self.scheduler.queue.push([function, argument]);
        port::signal_scheduled();
        Ok(())
    }

    /// The dispatch loop's safe point, once a cheap test said there is work: a collection
    /// the heap asks for, then `handle_attention`. Out of line, so the loop stays small.
    #[cold]
    #[inline(never)]
    pub fn safe_point_slow(&mut self) -> PyResult<()> {
        if self.heap.wants_collection() {
            self.collect_garbage();
        }
        if port::attention_pending() {
            self.handle_attention()?;
        }
        Ok(())
    }

    /// For native loops over an iterable, which may run long without a safe point
    /// (`x in range(10 ** 20)`, `sum(...)`, `any(...)`): Ctrl-C stops them with
    /// `KeyboardInterrupt`, as it stops Python code. Callbacks wait for the next safe point.
    #[inline(always)]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if port::interrupt_pending() {
            return self.interrupted();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn interrupted(&mut self) -> PyResult<()> {
        if port::take_interrupt() {
            return Err(self.new_exception_msg(self.types.keyboard_interrupt, ""));
        }
        Ok(())
    }

    /// The slow path of a safe point: Ctrl-C, fired interrupt callbacks, the schedule queue.
    #[cold]
    #[inline(never)]
    pub fn handle_attention(&mut self) -> PyResult<()> {
        if port::take_interrupt() {
            return Err(self.new_exception_msg(self.types.keyboard_interrupt, ""));
        }
        let bits = port::take_callbacks();
        if bits == 0 {
            return Ok(());
        }
        if self.scheduler.running {
            self.scheduler.deferred |= bits;
            return Ok(());
        }
        self.scheduler.running = true;
        let result = self.run_callbacks(bits);
        self.scheduler.running = false;
        port::restore_callbacks(core::mem::take(&mut self.scheduler.deferred));
        result
    }

    fn run_callbacks(&mut self, bits: u32) -> PyResult<()> {
        let mut fired = port::fired_sources(bits);
        while fired != 0 {
            let source = fired.trailing_zeros();
            fired &= fired - 1;
            let Some(handler) = self
                .scheduler
                .handlers
                .iter()
                .find(|h| h.source == source)
                .copied()
            else {
                continue;
            };
            // A NULL argument: the callback takes none (`pyb.Switch.callback`).
            let argument = core::slice::from_ref(&handler.argument);
            let arguments = if handler.argument.is_null() {
                &[]
            } else {
                argument
            };
            if let Err(error) = self.call(handler.callback, arguments, &[]) {
                self.report_callback_error(error)?;
                self.set_irq_handler(source, None);
            }
        }
        if bits & port::SCHEDULED_BIT == 0 {
            return Ok(());
        }
        if let Err(error) = self.run_finalizers() {
            if !self.scheduler.queue.is_empty() {
                port::signal_scheduled();
            }
            return Err(error);
        }
        // Only what is queued now: a function that schedules itself runs next time.
        let queued = core::mem::take(&mut self.scheduler.queue);
        for value in queued.iter().flatten() {
            self.push_root(*value);
        }
        let mut result = Ok(());
        for &[function, argument] in &queued {
            if let Err(error) = self.call(function, &[argument], &[]) {
                result = self.report_callback_error(error);
                if result.is_err() {
                    break;
                }
            }
        }
        for _ in 0..2 * queued.len() {
            self.pop_root();
        }
        result
    }

    /// Runs the finalizers of what the collector found unreachable: closes each generator
    /// suspended in a `try`, so its `finally` and `with` exits run (CPython closes a generator
    /// when it frees it), and calls each instance's `__del__`. An exception one raises is
    /// printed as CPython prints it and ignored, except `KeyboardInterrupt`, which stops the
    /// rest.
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        let pending = core::mem::take(&mut self.scheduler.finalizers);
        self.finalize(&pending)
    }

    /// Runs the finalizer of every object that still has one (before a soft reset frees the
    /// heap, and when the program ends, as CPython does at exit: files are flushed).
    pub fn finalize_all(&mut self) -> PyResult<()> {
        self.run_finalizers()?;
        let pending = self.heap.finalizable_at_exit();
        self.finalize(&pending)
    }

    fn finalize(&mut self, pending: &[Value]) -> PyResult<()> {
        for &object in pending {
            self.push_root(object);
        }
        let mut result = Ok(());
        for &object in pending {
            let outcome = if matches!(self.heap.get(object), Obj::Generator(_)) {
                self.close_generator(object)
            } else {
                self.load_attr(object, q::__del__)
                    .and_then(|method| self.call(method, &[], &[]))
                    .map(|_| ())
            };
            let Err(error) = outcome else {
                continue;
            };
            if self.isinstance(error, self.types.keyboard_interrupt) {
                result = Err(error);
                break;
            }
            let what = self.repr(object).unwrap_or_default();
            let text = self.format_exception(error);
            self.port.console_write_err(b"Exception ignored in: ");
            self.port.console_write_err(what.as_bytes());
            self.port.console_write_err(b"\n");
            self.port.console_write_err(text.as_bytes());
        }
        for _ in pending {
            self.pop_root();
        }
        result
    }

    /// Prints a callback's exception; `KeyboardInterrupt` and `SystemExit` propagate.
    fn report_callback_error(&mut self, error: Value) -> PyResult<()> {
        if self.isinstance(error, self.types.keyboard_interrupt)
            || self.isinstance(error, self.types.system_exit)
        {
            return Err(error);
        }
        let text = self.format_exception(error);
        self.port
            .console_write_err(b"Unhandled exception in interrupt callback:\n");
        self.port.console_write_err(text.as_bytes());
        Ok(())
    }

    /// Forgets every callback and pending firing (soft reset).
    pub fn clear_callbacks(&mut self) {
        self.scheduler = Scheduler::default();
        port::take_callbacks();
    }
}
