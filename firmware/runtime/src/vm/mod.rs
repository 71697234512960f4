//! The virtual machine: state shared by every part of the runtime, and its helpers.
//!
//! `Vm` owns the heap, the interned strings, the value stack and the frames. The dispatch
//! loop is in `run.rs`; calls and argument binding in `call.rs`; attribute lookup in
//! `attr.rs`; operators, hashing and equality in `ops.rs`; exceptions in `exception.rs`.

pub mod attr;
pub mod cache;
pub mod call;
pub mod exception;
pub mod frame;
pub mod generator;
pub mod import;
pub(crate) mod in_bounds;
pub mod iter;
pub mod load;
pub mod ops;
pub mod pattern;
mod rare_ops;
pub mod run;
pub mod schedule;
pub mod text;
pub mod types;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::Heap;
use crate::num::bigint::BigInt;
use crate::obj::{Dict, Obj, StrObj};
use crate::port::Port;
use crate::qstr::{Qstr, QstrTable};
use crate::value::Value;
pub use frame::{Block, Frame};
pub use types::Types;

/// The result of anything that can raise: the error is the exception object.
pub type PyResult<T> = Result<T, Value>;

/// Frames deeper than this raise `RecursionError` (until `sys.setrecursionlimit`).
#[cfg(target_pointer_width = "64")]
pub const MAX_FRAMES: usize = 1000;
#[cfg(not(target_pointer_width = "64"))]
pub const MAX_FRAMES: usize = 200;

/// Rust-level recursion (native code calling back into Python) deeper than this raises
/// `RecursionError` on a board: the machine stack is the limit, not the heap. The host's
/// interpreter thread has a 64 MiB stack and a stack limit, so there the recursion limit
/// (`sys.setrecursionlimit`) counts nested runs as it counts frames.
#[cfg(not(target_pointer_width = "64"))]
pub const MAX_NESTED_RUNS: usize = 24;

/// Machine stack a nested run needs free (with a port-set stack limit): the dispatch loop's
/// frame, a native call below it and the collector.
pub const RUN_STACK_RESERVE: usize = 3072;

pub struct Vm {
    pub heap: Heap,
    pub qstrs: QstrTable,
    pub port: Box<dyn Port>,
    /// Locals and operand stacks of every frame.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Exception-handler blocks of every frame (each frame knows where its own start).
    pub blocks: Vec<Block>,
    pub types: Types,
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// `__main__`'s dict.
    pub main_globals: Value,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// The set whose entries `set.pop` last put in CPython's table order, and its
    /// `Dict::version` after that pop: popping it again needs no reordering.
    pub set_in_pop_order: (Value, u32),
    /// Values held by native code across calls into Python (see `push_root`).
    pub roots: Vec<Value>,
    /// The containers whose repr is being written, across calls into Python `__repr__`
    /// methods (a container met again prints as `[...]`); each is also a root meanwhile.
    pub repr_running: Vec<Value>,
    /// Preallocated so that running out of memory can always be reported.
    pub memory_error: Value,
    /// Set each time `memory_error` is handed out to be raised: the traceback it carries from
    /// an earlier raise is cleared before the first frame is added (`restart_memory_error`).
    pub(crate) memory_error_fresh: core::cell::Cell<bool>,
    /// How `run` ended: by a return (false) or by a generator yield (true).
    pub(crate) yielded: bool,
    /// The exception now propagating was re-raised (`raise`, RERAISE): its traceback
    /// already has an entry for the current frame.
    pub(crate) reraise: bool,
    pub(crate) nested_runs: usize,
    /// Bumped whenever any class's dict or flags change: invalidates attribute caches.
    pub class_epoch: u32,
    /// `__new__`/`__init__` of recently instantiated classes (see `vm/call.rs`).
    pub(crate) constructor_cache: [call::ConstructorCache; call::CONSTRUCTOR_CACHE_SLOTS],
    /// Methods `LOAD_METHOD` found, by class and name, for sites that see several classes
    /// (see `vm/cache.rs`).
    pub(crate) method_cache: Box<[cache::MethodCache; cache::METHOD_CACHE_SLOTS]>,
    /// `sys.argv`, `sys.path` … values set by the port before running code.
    pub sys_dict: Value,
    /// The console's `sys.stdin`, `sys.stdout` and `sys.stderr` objects (`sys.__stdin__`, …):
    /// `print` writes to the port while `sys.stdout` is still the console's, and through
    /// `sys.stdout.write` once a program replaced it.
    pub console_streams: [Value; 3],
    /// Code objects loaded while their module is still compiling (`Const::Loaded`); roots.
    pub(crate) preloaded: Vec<Value>,
    /// Interrupt callbacks and the `micropython.schedule` queue.
    pub scheduler: schedule::Scheduler,
    /// The port's library: modules beyond the runtime's own, methods of built-in classes.
    pub library: &'static crate::Library,
    /// The tables of native *functions* (built-ins and modules' functions, as against
    /// methods): one found in a class does not bind to an instance (`A.log = print`), as
    /// CPython's `builtin_function_or_method` has no `__get__`. See `is_plain_function`.
    pub(crate) function_tables: Vec<&'static [crate::obj::Builtin]>,
    /// Which lazy built-ins (functions, then `types::LAZY_EXCEPTIONS`) have been put in
    /// `builtins` (bit i: lazy built-in i); see `Vm::builtin`.
    pub(crate) builtins_made: [u32; 8],
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int may be converted from
    /// or to (0: no limit; see `obj::int::DEFAULT_MAX_STR_DIGITS`).
    pub int_max_str_digits: u32,
    /// Classes made by `class` statements and `type()` so far (`Class::serial`).
    pub classes_made: u32,
    /// Containers being compared or hashed item by item, one inside the other (see
    /// `Vm::nested`).
    container_depth: usize,
    /// Python frames deeper than this raise `RecursionError` (`sys.setrecursionlimit`;
    /// frames live on the heap, so any limit the heap allows works).
    pub recursion_limit: usize,
    /// Frames that may be pushed before `make_frame_room` must look: the recursion limit or
    /// the frame vector's capacity, whichever is lower (0: look at the next call).
    pub frame_room: usize,
}

/// Outcome of an allocation helper: the exception is `MemoryError`.
impl Vm {
    /// A VM whose heap may grow to `heap_size` bytes, with `library`'s modules and methods
    /// beside the runtime's own (`pyrite_stdlib::LIBRARY` on every port; `Library::EMPTY`
    /// for none).
    pub fn new(port: Box<dyn Port>, heap_size: usize, library: &'static crate::Library) -> Vm {
        assert!(
            crate::modules::builtins::FUNCTIONS.len()
                + library.builtins.len()
                + types::LAZY_EXCEPTIONS.len()
                + library.classes.len()
                <= crate::modules::MAX_LAZY_BUILTINS,
            "too many built-in functions in the library"
        );
        let mut vm = Vm {
            heap: Heap::new(heap_size),
            qstrs: QstrTable::new(),
            port,
            // Small to start (they grow as programs nest): every boot byte counts on a board.
            stack: Vec::with_capacity(64),
            frames: Vec::with_capacity(8),
            blocks: Vec::with_capacity(8),
            types: Types::placeholder(),
            builtins: Value::NULL,
            modules: Value::NULL,
            main_globals: Value::NULL,
            handled: Value::NONE,
            set_in_pop_order: (Value::NONE, 0),
            roots: Vec::new(),
            repr_running: Vec::new(),
            memory_error: Value::NULL,
            memory_error_fresh: core::cell::Cell::new(false),
            yielded: false,
            reraise: false,
            nested_runs: 0,
            class_epoch: 1,
            constructor_cache: Default::default(),
            method_cache: Default::default(),
            sys_dict: Value::NULL,
            console_streams: [Value::NULL; 3],
            preloaded: Vec::new(),
            scheduler: schedule::Scheduler::default(),
            library,
            function_tables: alloc::vec![crate::modules::builtins::FUNCTIONS, library.builtins],
            builtins_made: [0; 8],
            int_max_str_digits: crate::obj::int::DEFAULT_MAX_STR_DIGITS,
            classes_made: 0,
            container_depth: 0,
            recursion_limit: MAX_FRAMES,
            frame_room: 0,
        };
        vm.heap.enabled = false;
        types::init(&mut vm);
        crate::modules::init(&mut vm);
        vm.trim_boot_objects();
        vm.heap.enabled = true;
        vm
    }

    /// Returns the spare capacity of the objects built at boot (class dicts and MROs, module
    /// dicts): they rarely grow again, and on a board every byte of heap counts.
    fn trim_boot_objects(&mut self) {
        for object in self.heap.objects_mut() {
            match object {
                Obj::Class(class) => class.dict.shrink_to_fit(),
                Obj::Dict(dict) => dict.shrink_to_fit(),
                _ => {}
            }
        }
    }

    // ----- allocation -------------------------------------------------------------------

    /// Allocates `obj`, or fails with `MemoryError`.
    #[inline]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn alloc(&mut self, obj: Obj) -> PyResult<Value> {
        match self.heap.alloc(obj) {
            Ok(v) => Ok(v),
            Err(_) => Err(self.memory_error()),
        }
    }

    /// What booting made (the built-in classes, `sys`, `builtins`, `__main__`, …). Booting
    /// takes far less than any board's heap, so a failure is a heap configured too small:
    /// one message for all of them (a message and a location each cost flash).
    pub(crate) fn booted<T>(made: PyResult<T>) -> T {
        match made {
            Ok(made) => made,
            Err(_) => boot_failed(),
        }
    }

    /// Checks that `bytes` more fit in the heap (before growing a vector).
    #[inline]
    pub fn reserve(&self, bytes: usize) -> PyResult<()> {
        self.heap.reserve(bytes).map_err(|_| self.memory_error())
    }

    /// [`reserve`](Self::reserve) for a copy native code makes of a text or buffer: only one
    /// big enough to be probed is checked (a small one is served even from a full heap's
    /// slack, as any small allocation of native code is), since a fragmented board heap may
    /// lack its block.
    #[inline]
    pub fn reserve_copy(&self, bytes: usize) -> PyResult<()> {
        if bytes >= crate::gc::PROBED_BYTES {
            self.reserve(bytes)
        } else {
            Ok(())
        }
    }

    /// [`reserve`](Self::reserve) for native code about to make one big object (a buffer, a
    /// repeated sequence): if the bytes do not fit, the garbage is collected first and the
    /// check made again, as a failed allocation does in MicroPython. The caller must hold no
    /// values but those on the VM stack and `keep` (rooted for the collection), since a
    /// collection frees whatever nothing reaches.
    pub fn reserve_collecting(&mut self, bytes: usize, keep: &[Value]) -> PyResult<()> {
        if self.heap.reserve(bytes).is_ok() {
            return Ok(());
        }
        self.collect_to_reserve(bytes, keep)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn collect_to_reserve(&mut self, bytes: usize, keep: &[Value]) -> PyResult<()> {
        for &value in keep {
            self.push_root(value);
        }
        self.collect_garbage();
        for _ in keep {
            self.pop_root();
        }
        self.reserve(bytes)
    }

    /// The largest int a power or left shift may build: a quarter of the heap, since the
    /// arithmetic needs room for its operands and temporaries too (a bigger result would
    /// exhaust the heap only after a long computation, or run the allocator dry on a board).
    pub fn int_bits_limit(&self) -> u64 {
        self.heap.limit() as u64 * 8 / 4
    }

    /// The one preallocated MemoryError, raised again and again: its traceback starts afresh
    /// with each raise (see `memory_error_fresh`). The next safe points collect (see
    /// `Heap::raised_memory_error`). Out of line: it is called from some hundreds of places.
    #[cold]
    #[inline(never)]
    pub fn memory_error(&self) -> Value {
        self.memory_error_fresh.set(true);
        self.heap.raised_memory_error();
        self.memory_error
    }

    /// The exception being handled, as `sys.exc_info()` sees it: this frame's, or else that
    /// of the code that resumed the running generator(s) (CPython's exception-state chain: a
    /// generator's own handled exception is its own, and where it has none it sees its
    /// resumer's).
    pub fn current_handled(&self) -> Value {
        if !self.handled.is_none() {
            return self.handled;
        }
        self.frames
            .iter()
            .rev()
            .filter_map(|frame| match self.heap_obj(frame.generator) {
                Some(Obj::Generator(g)) => Some(g.resumer_handled),
                _ => None,
            })
            .find(|handled| !handled.is_none() && !handled.is_null())
            .unwrap_or(Value::NONE)
    }

    pub(crate) fn set_reraise_flag(&mut self) {
        self.reraise = true;
    }

    pub(crate) fn take_reraise_flag(&mut self) -> bool {
        core::mem::replace(&mut self.reraise, false)
    }

    /// Drops every object and buffer (before a soft reset builds a new VM in the same heap).
    pub fn release_memory(&mut self) {
        self.stack = Vec::new();
        self.frames = Vec::new();
        self.blocks = Vec::new();
        self.roots = Vec::new();
        self.preloaded = Vec::new();
        self.clear_callbacks();
        self.heap.clear();
        self.qstrs = QstrTable::new();
        // With everything freed the allocator can take its emergency block back: a shortage
        // must not outlive the program that caused it (the new VM's objects must fit).
        crate::alloc_counter::take_reserve();
    }

    /// Keeps `v` alive while native code calls back into Python; pair with `pop_root`.
    #[inline]
    pub fn push_root(&mut self, v: Value) {
        self.roots.push(v);
    }

    #[inline]
    pub fn pop_root(&mut self) {
        self.roots.pop();
    }

    /// Runs `f` with `values` kept alive: for native code that holds values (items it
    /// collected, operands) while it calls back into Python, where a collection may run.
    pub fn with_roots<T>(&mut self, values: &[Value], f: impl FnOnce(&mut Vm) -> T) -> T {
        // Numbers and strings run no Python code and need no holding (`set(range(10**5))`
        // would copy them all).
        if values.iter().all(|&v| self.is_plain(v)) {
            return f(self);
        }
        let depth = self.roots.len();
        self.roots.extend_from_slice(values);
        let result = f(self);
        self.release_roots(depth);
        result
    }

    /// Drops the roots above `depth`, and the room a long list of them took: the root
    /// vector's memory counts against the heap.
    pub fn release_roots(&mut self, depth: usize) {
        self.roots.truncate(depth);
        if self.roots.capacity() > 256 && self.roots.len() < 64 {
            self.roots.shrink_to(64);
        }
    }

    /// Runs a collection now (roots: stack, frames, modules, pending state).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn collect_garbage(&mut self) -> usize {
        self.trim_frames();
        let mut extra: Vec<Value> = Vec::new();
        for frame in &self.frames {
            extra.push(frame.code_val);
            extra.push(frame.globals);
            extra.push(frame.locals);
            extra.push(frame.func);
            extra.push(frame.generator);
            extra.push(frame.instance);
        }
        extra.extend_from_slice(&self.preloaded);
        let fixed = [
            self.builtins,
            self.modules,
            self.main_globals,
            self.handled,
            self.memory_error,
            self.sys_dict,
            self.console_streams[0],
            self.console_streams[1],
            self.console_streams[2],
        ];
        let types = self.types.all();
        let mut roots = self
            .stack
            .iter()
            .copied()
            .chain(self.roots.iter().copied())
            .chain(extra.iter().copied())
            .chain(fixed.iter().copied())
            .chain(types.iter().copied())
            .chain(self.scheduler.roots());
        let freed = self.heap.collect(&mut roots);
        drop(roots);
        let finalizable = self.heap.take_finalizable();
        if !finalizable.is_empty() {
            self.scheduler.queue_finalizers(finalizable);
        }
        freed
    }

    /// A safe point: collect if the heap asks for it.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.heap.wants_collection() {
            self.collect_garbage();
        }
    }

    // ----- strings ------------------------------------------------------------------------

    /// Interns `text` and returns it as a `str` value.
    pub fn intern(&mut self, text: &str) -> Value {
        Value::qstr(self.qstrs.intern(text))
    }

    pub fn qstr_text(&self, q: Qstr) -> &str {
        self.qstrs.text(q)
    }

    /// A new `str` value with this text.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn new_str(&mut self, text: &str) -> PyResult<Value> {
        if text.len() <= 1 {
            return Ok(self.intern(text));
        }
        // Budget first: the block is made before `alloc` counts it.
        self.reserve(text.len() + 16)?;
        match StrObj::boxed(text) {
            Some(object) => self.alloc(Obj::Str(object)),
            None => Err(self.memory_error()),
        }
    }

    /// A new `str`: the text of `a` followed by that of `b` (str values), made as one block
    /// with one copy (`a + b`).
    pub fn new_str_concat(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let parts = [
            self.str_text(a).unwrap_or(""),
            self.str_text(b).unwrap_or(""),
        ];
        if parts[0].len() + parts[1].len() <= 1 {
            let text = parts.concat();
            return Ok(self.intern(&text));
        }
        self.reserve(parts[0].len() + parts[1].len() + 16)?;
        match StrObj::boxed_parts(&parts) {
            Some(object) => self.alloc(Obj::Str(object)),
            None => Err(self.memory_error()),
        }
    }

    /// A new `str` of the bytes `range` (on character boundaries) of `v`'s text: a slice,
    /// copied once into its block.
    pub fn new_str_range(&mut self, v: Value, range: core::ops::Range<usize>) -> PyResult<Value> {
        let text = self.str_text(v).unwrap_or("");
        let part = text.get(range).unwrap_or("");
        if part.len() <= 1 {
            let text = String::from(part);
            return Ok(self.intern(&text));
        }
        self.reserve(part.len() + 16)?;
        match StrObj::boxed(part) {
            Some(object) => self.alloc(Obj::Str(object)),
            None => Err(self.memory_error()),
        }
    }

    /// A new `str` value that takes over `text`'s buffer (no copy of a long text).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn new_string(&mut self, text: String) -> PyResult<Value> {
        if text.len() <= 1 {
            return Ok(self.intern(&text));
        }
        self.reserve(16)?;
        match StrObj::from_string(text) {
            Some(object) => self.alloc(Obj::Str(object)),
            None => Err(self.memory_error()),
        }
    }

    /// The text of a `str` value (interned or on the heap); None if `v` is no str.
    #[inline]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn str_text(&self, v: Value) -> Option<&str> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.text(q));
        }
        if v.is_heap() {
            match self.heap.get(v) {
                Obj::Str(s) => return Some(&s.text),
                Obj::Instance(instance) if !instance.base.is_null() => {
                    return self.str_text(instance.base)
                }
                _ => {}
            }
        }
        None
    }

    /// The number of code points of a str value, O(1) for heap strs (they keep it): with it
    /// an ASCII text is known without a scan (`find(x, start)`, `re`'s `match(s, pos)`).
    pub fn str_char_count(&self, v: Value) -> Option<usize> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.text(q).chars().count());
        }
        match self.heap_obj(v)? {
            Obj::Str(s) => Some(s.chars()),
            Obj::Instance(instance) if !instance.base.is_null() => {
                self.str_char_count(instance.base)
            }
            _ => None,
        }
    }

    /// True if `v` is a `str` (exactly or a subclass).
    pub fn is_str(&self, v: Value) -> bool {
        self.str_text(v).is_some()
    }

    /// The qstr for a str value (interning a heap string), `None` if `v` is no `str`, and
    /// `MemoryError` if the heap has no room for the new name.
    pub fn as_name(&mut self, v: Value) -> PyResult<Option<Qstr>> {
        if let Some(q) = v.as_qstr() {
            return Ok(Some(q));
        }
        let Some(text) = self.str_text(v) else {
            return Ok(None);
        };
        if let Some(q) = self.qstrs.lookup(text) {
            return Ok(Some(q));
        }
        // The copy and the table's entry (its chunk, its index) count against the budget.
        self.reserve(2 * text.len() + 64)?;
        let text = String::from(text);
        match self.qstrs.try_intern(&text) {
            Ok(q) => Ok(Some(q)),
            Err(_) => Err(self.memory_error()),
        }
    }

    // ----- numbers ------------------------------------------------------------------------

    /// 0, 1 or 2 when `v` is the console's `sys.stdin`, `stdout` or `stderr` as made at
    /// start-up (reassigning `sys.stdout` does not change them).
    pub fn console_stream_index(&self, v: Value) -> Option<usize> {
        self.console_streams.iter().position(|&stream| stream == v)
    }

    pub fn new_int(&mut self, n: i64) -> PyResult<Value> {
        if let Ok(small) = isize::try_from(n) {
            if let Some(v) = Value::try_small_int(small) {
                return Ok(v);
            }
        }
        self.alloc(Obj::Int64(n))
    }

    /// An int value from a BigInt, normalised to a small int or an `Int64` when it fits.
    pub fn new_bigint(&mut self, n: BigInt) -> PyResult<Value> {
        if let Some(n) = n.to_i64() {
            return self.new_int(n);
        }
        self.alloc(Obj::BigInt(Box::new(n)))
    }

    pub fn new_float(&mut self, x: f64) -> PyResult<Value> {
        self.alloc(Obj::Float(x))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(self.types.empty_tuple);
        }
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Obj::List(items))
    }

    pub fn new_dict(&mut self) -> PyResult<Value> {
        self.alloc(Obj::Dict(Box::new(Dict::new())))
    }

    // ----- module-level state ---------------------------------------------------------------

    /// Whether the dict key `k` is the name `name`: the interned name itself, or a string of
    /// the same text (a key stored through `globals()[...]`, `__dict__` or an `exec`
    /// namespace with a string built at run time is not interned).
    #[inline(always)]
    pub fn key_is_name(&self, k: Value, name: Qstr) -> crate::obj::dict::KeyMatch {
        use crate::obj::dict::KeyMatch;
        if k == Value::qstr(name) {
            KeyMatch::Equal
        } else if k.is_qstr() {
            KeyMatch::Different
        } else {
            self.string_key_is_name(k, name)
        }
    }

    /// `key_is_name` for a key that is not interned (rare: out of the lookup's hot path).
    #[cold]
    #[inline(never)]
    fn string_key_is_name(&self, k: Value, name: Qstr) -> crate::obj::dict::KeyMatch {
        match self.str_text(k) {
            Some(text) if text == self.qstrs.text(name) => crate::obj::dict::KeyMatch::Equal,
            _ => crate::obj::dict::KeyMatch::Different,
        }
    }

    /// Position of the name's entry in a dict of names.
    #[inline(always)]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn name_entry(&self, dict: &Dict, name: Qstr) -> Option<usize> {
        dict.find(
            self.qstrs.hash(name),
            #[inline(always)]
            |k| self.key_is_name(k, name),
        )
        .ok()
        .flatten()
    }

    /// Position of a name's entry in the dict object `dict`.
    pub(crate) fn name_position(&self, dict: Value, name: Qstr) -> Option<usize> {
        match self.heap.get(dict) {
            Obj::Dict(d) => self.name_entry(d, name),
            _ => None,
        }
    }

    /// Sets `name` in the dict `dict` (a dict of names: globals, a namespace). A new name
    /// grows the dict fallibly: `MemoryError` when it does not fit (no collection, so the
    /// caller may hold unrooted values).
    pub fn dict_set_name(&mut self, dict: Value, name: Qstr, value: Value) -> PyResult<()> {
        self.set_name_in(dict, name, value, false)
    }

    /// [`dict_set_name`](Self::dict_set_name) for callers holding no values but those rooted,
    /// `dict` and `value`: a dict that must grow in a full heap collects the garbage first.
    /// For `STORE_NAME`/`STORE_GLOBAL` and attribute stores.
    pub fn dict_set_name_collecting(
        &mut self,
        dict: Value,
        name: Qstr,
        value: Value,
    ) -> PyResult<()> {
        self.set_name_in(dict, name, value, true)
    }

    /// [`dict_set_name`](Self::dict_set_name) while the interpreter boots: a heap too small
    /// for the built-in names is a configuration error, not a Python one.
    pub(crate) fn boot_set_name(&mut self, dict: Value, name: Qstr, value: Value) {
        Vm::booted(self.set_name_in(dict, name, value, false));
    }

    fn set_name_in(
        &mut self,
        dict: Value,
        name: Qstr,
        value: Value,
        collect: bool,
    ) -> PyResult<()> {
        match self.name_position(dict, name) {
            Some(position) => {
                if let Obj::Dict(d) = self.heap.get_mut(dict) {
                    d.set_value_at(position, value);
                }
                Ok(())
            }
            None => self.dict_store(dict, Value::qstr(name), value, collect),
        }
    }

    /// Looks up a name in a dict whose keys are strings.
    #[inline]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn dict_get_name(&self, dict: Value, name: Qstr) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        self.name_entry(d, name)
            .map(|position| d.entry(position).value)
    }

    /// Writes text to the console (stdout).
    pub fn write_out(&mut self, text: &str) {
        self.port.console_write(text.as_bytes());
    }
}

#[cold]
#[inline(never)]
fn boot_failed() -> ! {
    panic!("the heap is too small to boot")
}
