//! Exceptions: creating them, raising with cause and context, tracebacks, and printing
//! them the way CPython does.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::{Dict, Obj, TracebackEntry};
use crate::qstr::q;
use crate::value::Value;

impl Vm {
    /// A new exception of `class` with `args`.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Value {
        let args = match self.new_tuple(args) {
            Ok(t) => t,
            Err(e) => return e,
        };
        self.alloc(Obj::exception(class, args, Dict::new()))
            .unwrap_or(self.memory_error)
    }

    /// A new exception of `class` with one message argument (none if `message` is empty).
    pub fn new_exception_msg(&mut self, class: Value, message: &str) -> Value {
        if message.is_empty() {
            return self.new_exception(class, Vec::new());
        }
        match self.new_str(message) {
            Ok(text) => self.new_exception(class, alloc::vec![text]),
            Err(e) => e,
        }
    }

    pub fn type_error(&mut self, message: impl AsRef<str>) -> Value {
        let class = self.types.type_error;
        self.new_exception_msg(class, message.as_ref())
    }

    pub fn value_error(&mut self, message: impl AsRef<str>) -> Value {
        let class = self.types.value_error;
        self.new_exception_msg(class, message.as_ref())
    }

    pub fn index_error(&mut self, message: impl AsRef<str>) -> Value {
        let class = self.types.index_error;
        self.new_exception_msg(class, message.as_ref())
    }

    pub fn overflow_error(&mut self, message: impl AsRef<str>) -> Value {
        let class = self.types.overflow_error;
        self.new_exception_msg(class, message.as_ref())
    }

    pub fn runtime_error(&mut self, message: impl AsRef<str>) -> Value {
        let class = self.types.runtime_error;
        self.new_exception_msg(class, message.as_ref())
    }

    pub fn key_error(&mut self, key: Value) -> Value {
        let class = self.types.key_error;
        self.new_exception(class, alloc::vec![key])
    }

    pub fn stop_iteration(&mut self, value: Value) -> Value {
        let class = self.types.stop_iteration;
        if value.is_none() {
            self.new_exception(class, Vec::new())
        } else {
            self.new_exception(class, alloc::vec![value])
        }
    }

    /// Sets the `name` attribute of an ImportError/NameError/AttributeError.
    pub fn set_exception_name(&mut self, exception: Value, name: Value) {
        self.set_exception_field(exception, crate::qstr::q::name, name);
    }

    /// Sets an attribute the runtime gives an exception it raises (`name`, `obj`).
    pub fn set_exception_field(&mut self, exception: Value, key: crate::qstr::Qstr, value: Value) {
        let hash = self.qstrs.hash(key);
        let room = self.heap.room();
        if let Some(Obj::Exception(_)) = self.heap_obj(exception) {
            if let Obj::Exception(e) = self.heap.get_mut(exception) {
                // On a full heap the error goes without the field (it is being raised
                // already; a MemoryError would hide it).
                let _ = e.dict.try_insert_new(hash, Value::qstr(key), value, room);
            }
        }
    }

    /// `module.qualname()` for messages about a call (CPython's `_PyObject_FunctionStr`).
    pub fn callable_str(&self, func: Value) -> String {
        match self.heap_obj(func) {
            Some(Obj::Function(f)) => {
                let qualname = self.str_text(f.qualname).unwrap_or("?");
                match self.str_text(f.module) {
                    Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
                    _ => format!("{qualname}()"),
                }
            }
            Some(Obj::Builtin(b)) => format!("{}()", b.name()),
            Some(Obj::BoundMethod(pair)) => self.callable_str(pair[1]),
            Some(Obj::Class(c)) => format!("{}()", self.qstr_text(c.name)),
            _ => format!("{} object", self.type_name(func)),
        }
    }

    /// The same TypeError with `prefix ` put before its message.
    pub fn prefix_message(&mut self, exception: Value, prefix: &str) -> Value {
        if !self.isinstance(exception, self.types.type_error) {
            return exception;
        }
        let message = self.exception_str(exception).unwrap_or_default();
        self.type_error(format!("{prefix} {message}"))
    }

    /// Is `v` an exception instance (of BaseException or a subclass)?
    pub fn is_exception(&self, v: Value) -> bool {
        matches!(self.heap_obj(v), Some(Obj::Exception(_)))
    }

    /// Prepares the operand of `raise`: instantiates classes, sets `__cause__` and
    /// `__context__`.
    pub fn make_raisable(&mut self, v: Value, cause: Value) -> PyResult<Value> {
        let exception = if self.is_exception(v) {
            v
        } else if matches!(self.heap_obj(v), Some(Obj::Class(_)))
            && self.is_subclass(v, self.types.base_exception)
        {
            self.call(v, &[], &[])?
        } else {
            return Err(self.type_error("exceptions must derive from BaseException"));
        };
        if !self.is_exception(exception) {
            return Err(self.type_error("exceptions must derive from BaseException"));
        }
        if !cause.is_null() {
            let cause = if cause.is_none() || self.is_exception(cause) {
                cause
            } else if matches!(self.heap_obj(cause), Some(Obj::Class(_)))
                && self.is_subclass(cause, self.types.base_exception)
            {
                self.call(cause, &[], &[])?
            } else {
                return Err(self.type_error("exception causes must derive from BaseException"));
            };
            if let Obj::Exception(e) = self.heap.get_mut(exception) {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        let handled = self.current_handled();
        if !handled.is_none() && handled != exception {
            // As CPython: the exception being handled becomes the context (replacing one the
            // exception had), and a link back to the exception along the handled one's
            // context chain is cut, so re-raising an earlier exception makes no cycle.
            let mut link = handled;
            for _ in 0..1000 {
                let Some(Obj::Exception(e)) = self.heap_obj(link) else {
                    break;
                };
                let next = e.context;
                if next == exception {
                    if let Obj::Exception(e) = self.heap.get_mut(link) {
                        e.context = Value::NONE;
                    }
                    break;
                }
                link = next;
            }
            if let Obj::Exception(e) = self.heap.get_mut(exception) {
                e.context = handled;
            }
        }
        Ok(exception)
    }

    /// The preallocated MemoryError, raised again since it was last seen, drops the traceback
    /// and context of its earlier raise (every raise of a new exception starts with none).
    pub(crate) fn restart_memory_error(&mut self, exception: Value) {
        if exception != self.memory_error || !self.memory_error_fresh.take() {
            return;
        }
        if let Some(Obj::Exception(_)) = self.heap_obj(exception) {
            if let Obj::Exception(e) = self.heap.get_mut(exception) {
                e.traceback.clear();
                e.context = Value::NONE;
            }
        }
    }

    /// Adds the current frame's position to the exception's traceback, and links the
    /// exception being handled as its `__context__`.
    pub(crate) fn add_traceback(&mut self, exception: Value) {
        self.restart_memory_error(exception);
        let Some(frame) = self.frames.last() else {
            return;
        };
        let line = frame.line();
        let filename = frame.code.filename;
        let name = Value::qstr(frame.code.name);
        // The exception being handled where this one was raised (its first frame) becomes
        // its context; looking again at each frame it unwinds would make a deep unwind
        // quadratic (`current_handled` may walk every frame).
        let raised_here = match self.heap_obj(exception) {
            Some(Obj::Exception(e)) => e.traceback.is_empty() && e.context.is_none(),
            _ => false,
        };
        let handled = if raised_here {
            self.current_handled()
        } else {
            Value::NONE
        };
        if let Some(Obj::Exception(e)) = self
            .heap_obj(exception)
            .is_some()
            .then(|| self.heap.get_mut(exception))
        {
            let entry = TracebackEntry {
                filename,
                name,
                line,
                repeats: 0,
            };
            let room = e.traceback.len() < 64;
            match e.traceback.last_mut() {
                Some(last)
                    if TracebackEntry {
                        repeats: 0,
                        ..*last
                    } == entry =>
                {
                    last.repeats = last.repeats.saturating_add(1);
                }
                _ if room => e.traceback.push(entry),
                _ => {}
            }
            if e.context.is_none() && !handled.is_none() && handled != exception {
                e.context = handled;
            }
        }
    }

    /// `CHECK_EXC_MATCH`: does `exception` match the class or tuple of classes `class`?
    pub fn exception_matches(&mut self, exception: Value, class: Value) -> PyResult<bool> {
        let classes: Vec<Value> = match self.heap_obj(class) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => alloc::vec![class],
        };
        for c in &classes {
            let valid = matches!(self.heap_obj(*c), Some(Obj::Class(_)))
                && self.is_subclass(*c, self.types.base_exception);
            if !valid {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        Ok(classes.iter().any(|&c| self.isinstance(exception, c)))
    }

    /// `except*` (PEP 654): calls the helper `name` of the frozen `_exceptiongroup` module.
    #[inline(never)]
    fn except_star_helper(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let module = self.import_module("_exceptiongroup")?;
        let Ok(name) = self.qstrs.try_intern(name) else {
            return Err(self.memory_error());
        };
        let helper = self.load_attr(module, name)?;
        self.call(helper, args, &[])
    }

    /// `CHECK_EG_MATCH`: (what `rest` leaves unhandled, the group `except* types` handles).
    pub(crate) fn except_star_match(
        &mut self,
        rest: Value,
        types: Value,
    ) -> PyResult<(Value, Value)> {
        let pair = self.except_star_helper("_match", &[rest, types])?;
        match self.heap_obj(pair) {
            Some(Obj::Tuple(items)) if items.len() == 2 => Ok((items[0], items[1])),
            _ => Err(self.type_error("_match must return a pair")),
        }
    }

    /// `PREP_RERAISE_STAR`: what leaves a `try` with `except*` clauses (None: nothing).
    pub(crate) fn except_star_reraise(&mut self, orig: Value, raised: Value) -> PyResult<Value> {
        let result = self.except_star_helper("_reraise", &[orig, raised])?;
        if !result.is_none() && !self.is_exception(result) {
            return Err(self.type_error("_reraise must return an exception or None"));
        }
        Ok(result)
    }

    /// What `__exit__` gets as the traceback: `exception.__traceback__`. Out of line: called
    /// from the dispatch loop.
    #[inline(never)]
    pub(crate) fn traceback_of(&mut self, exception: Value) -> PyResult<Value> {
        crate::obj::traceback::traceback_object(self, exception)
    }

    /// `exception.__traceback__ = tb` and `exception.with_traceback(tb)`: the frames out to
    /// `tb`'s (a traceback object), or none (None).
    pub(crate) fn set_traceback(&mut self, exception: Value, tb: Value) -> PyResult<()> {
        let entries = match crate::obj::traceback::entries_through(self, tb) {
            Some(entries) => entries,
            None if tb.is_none() => Vec::new(),
            None => return Err(self.type_error("__traceback__ must be a traceback or None")),
        };
        if let Some(Obj::Exception(_)) = self.heap_obj(exception) {
            if let Obj::Exception(e) = self.heap.get_mut(exception) {
                e.traceback = entries;
            }
        }
        Ok(())
    }

    /// Attributes that exceptions have besides their dict.
    pub(crate) fn exception_attr(
        &self,
        exception: Value,
        name: crate::qstr::Qstr,
    ) -> Option<Value> {
        let Some(Obj::Exception(e)) = self.heap_obj(exception) else {
            return None;
        };
        match name {
            q::args => Some(e.args),
            q::__cause__ => Some(e.cause),
            q::__context__ => Some(e.context),
            q::__suppress_context__ => Some(Value::bool(e.suppress_context)),
            // Not given (`ImportError('m').name`): None, as CPython's members.
            q::name | q::path | q::obj
                if crate::obj::exception::takes_keyword(self, e.class, self.qstrs.text(name)) =>
            {
                Some(Value::NONE)
            }
            q::value if self.is_subclass(e.class, self.types.stop_iteration) => {
                Some(match self.heap_obj(e.args) {
                    Some(Obj::Tuple(items)) if !items.is_empty() => items[0],
                    _ => Value::NONE,
                })
            }
            q::code if self.is_subclass(e.class, self.types.system_exit) => {
                Some(match self.heap_obj(e.args) {
                    Some(Obj::Tuple(items)) if items.len() == 1 => items[0],
                    Some(Obj::Tuple(items)) if items.is_empty() => Value::NONE,
                    _ => e.args,
                })
            }
            q::errno | q::strerror | q::filename | q::filename2
                if self.is_subclass(e.class, self.types.os_error) =>
            {
                // OSError(errno, strerror[, filename[, winerror, filename2]]).
                let index = match name {
                    q::errno => 0,
                    q::strerror => 1,
                    q::filename => 2,
                    _ => 4,
                };
                Some(match self.heap_obj(e.args) {
                    Some(Obj::Tuple(items)) if items.len() >= 2 && index < items.len() => {
                        items[index]
                    }
                    _ => Value::NONE,
                })
            }
            q::msg
            | q::lineno
            | q::offset
            | q::text
            | q::filename
            | q::end_lineno
            | q::end_offset
                if self.is_subclass(e.class, self.types.syntax_error) =>
            {
                let items: &[Value] = match self.heap_obj(e.args) {
                    Some(Obj::Tuple(items)) => items,
                    _ => &[],
                };
                let details: &[Value] = match items.get(1).and_then(|&d| self.heap_obj(d)) {
                    Some(Obj::Tuple(details)) => details,
                    _ => &[],
                };
                Some(match name {
                    q::msg => items.first().copied().unwrap_or(Value::NONE),
                    q::filename => details.first().copied().unwrap_or(Value::NONE),
                    q::lineno => details.get(1).copied().unwrap_or(Value::NONE),
                    q::offset => details.get(2).copied().unwrap_or(Value::NONE),
                    q::end_lineno => details.get(4).copied().unwrap_or(Value::NONE),
                    q::end_offset => details.get(5).copied().unwrap_or(Value::NONE),
                    _ => details.get(3).copied().unwrap_or(Value::NONE),
                })
            }
            q::encoding | q::object | q::start | q::end | q::reason
                if self.unicode_error_kind(e.class).is_some() =>
            {
                let index = match name {
                    q::encoding => 0,
                    q::object => 1,
                    q::start => 2,
                    q::end => 3,
                    _ => 4,
                };
                match self.heap_obj(e.args) {
                    Some(Obj::Tuple(items)) if items.len() == 5 => Some(items[index]),
                    _ => None,
                }
            }
            q::name | q::obj
                if self.is_subclass(e.class, self.types.attribute_error)
                    || self.is_subclass(e.class, self.types.name_error) =>
            {
                Some(Value::NONE)
            }
            _ => None,
        }
    }

    /// Whether `class` derives from `UnicodeDecodeError` (true) or `UnicodeEncodeError`
    /// (false); None for any other class. (Both are made on first use: before that, no
    /// exception can be one.)
    fn unicode_error_kind(&self, class: Value) -> Option<bool> {
        [
            (q::UnicodeDecodeError, true),
            (q::UnicodeEncodeError, false),
        ]
        .into_iter()
        .find(|&(name, _)| {
            self.dict_get_name(self.builtins, name)
                .is_some_and(|base| self.is_subclass(class, base))
        })
        .map(|(_, decode)| decode)
    }

    /// CPython's `str()` of a `UnicodeDecodeError`/`UnicodeEncodeError` from its five
    /// arguments `(encoding, object, start, end, reason)`; None when they are not of those
    /// types (the arguments' repr is then shown, as for other exceptions).
    fn unicode_error_str(&mut self, decode: bool, items: &[Value]) -> PyResult<Option<String>> {
        let (Some(start), Some(end)) = (self.as_i64(items[2]), self.as_i64(items[3])) else {
            return Ok(None);
        };
        if self.str_text(items[0]).is_none() || self.str_text(items[4]).is_none() {
            return Ok(None);
        }
        let encoding = self.str(items[0])?;
        let reason = self.str(items[4])?;
        let what = if decode {
            let bytes = crate::obj::bytes::byte_slice(self, items[1]).unwrap_or(&[]);
            match usize::try_from(start)
                .ok()
                .and_then(|start| bytes.get(start))
            {
                Some(byte) if end == start.wrapping_add(1) => {
                    format!("decode byte 0x{byte:02x} in position {start}")
                }
                _ => format!("decode bytes in position {start}-{}", end.wrapping_sub(1)),
            }
        } else {
            let text = self.str_text(items[1]).unwrap_or("");
            let character = usize::try_from(start)
                .ok()
                .and_then(|start| text.chars().nth(start));
            match character {
                Some(character) if end == start.wrapping_add(1) => {
                    let escaped = crate::obj::codec::escape_char(character);
                    format!("encode character '{escaped}' in position {start}")
                }
                _ => format!(
                    "encode characters in position {start}-{}",
                    end.wrapping_sub(1)
                ),
            }
        };
        Ok(Some(format!("'{encoding}' codec can't {what}: {reason}")))
    }

    /// `str(exception)`.
    pub fn exception_str(&mut self, exception: Value) -> PyResult<String> {
        // An exception's argument may be an exception, whose argument may be one…
        self.check_native_nesting()?;
        let (class, args) = match self.heap_obj(exception) {
            Some(Obj::Exception(e)) => (e.class, e.args),
            _ => return self.str(exception),
        };
        let items: Vec<Value> = match self.heap_obj(args) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        if self.is_subclass(class, self.types.key_error) && items.len() == 1 {
            return self.repr(items[0]);
        }
        if self.is_subclass(class, self.types.os_error) && (2..=5).contains(&items.len()) {
            let errno = self.str(items[0])?;
            let message = self.str(items[1])?;
            // The file names an OSError keeps as attributes (`split_os_error_filenames`).
            let named = |vm: &Vm, name| match vm.heap_obj(exception) {
                Some(Obj::Exception(e)) => vm.class_dict_get(&e.dict, name),
                _ => None,
            };
            if let Some(filename) = named(self, q::filename) {
                let second = named(self, q::filename2).unwrap_or(Value::NONE);
                let filename = self.repr(filename)?;
                if second.is_none() {
                    return Ok(format!("[Errno {errno}] {message}: {filename}"));
                }
                let second = self.repr(second)?;
                return Ok(format!("[Errno {errno}] {message}: {filename} -> {second}"));
            }
            if items.len() == 5 && !items[4].is_none() {
                let (from, to) = (self.repr(items[2])?, self.repr(items[4])?);
                return Ok(format!("[Errno {errno}] {message}: {from} -> {to}"));
            }
            if items.len() >= 3 {
                let filename = self.repr(items[2])?;
                return Ok(format!("[Errno {errno}] {message}: {filename}"));
            }
            return Ok(format!("[Errno {errno}] {message}"));
        }
        if let (Some(decode), 5) = (self.unicode_error_kind(class), items.len()) {
            if let Some(text) = self.unicode_error_str(decode, &items)? {
                return Ok(text);
            }
        }
        if self.is_subclass(class, self.types.syntax_error) && items.len() == 2 {
            let message = self.str(items[0])?;
            let details: Vec<Value> = match self.heap_obj(items[1]) {
                Some(Obj::Tuple(d)) => d.to_vec(),
                _ => Vec::new(),
            };
            if details.len() >= 2 {
                let filename = self.str(details[0])?;
                let line = self.str(details[1])?;
                return Ok(format!("{message} ({filename}, line {line})"));
            }
            return Ok(message);
        }
        match items.len() {
            0 => Ok(String::new()),
            1 => self.str(items[0]),
            _ => self.repr(args),
        }
    }

    /// The full traceback text CPython prints for an uncaught exception, chained causes
    /// and contexts first.
    pub fn format_exception(&mut self, exception: Value) -> String {
        self.format_exception_parts(exception, None, true, None)
            .concat()
    }

    /// The pieces of `format_exception`, as `traceback.format_exception` returns them: for
    /// each exception of the chain (oldest first, unless `chain` is false) the message that
    /// links it to the one before, `Traceback (most recent call last):`, one piece per frame
    /// and the exception's line with its notes. `limit` keeps the first `limit` frames of
    /// each traceback, or the last `-limit` when negative. `frames` replaces `exception`'s
    /// own frames (innermost first) when given: those of a `tb` argument, none for
    /// `tb=None`; those of its chain stay.
    pub fn format_exception_parts(
        &mut self,
        exception: Value,
        limit: Option<isize>,
        chain: bool,
        frames: Option<Vec<TracebackEntry>>,
    ) -> Vec<String> {
        let mut parts = Vec::new();
        let mut group = GroupFormat {
            depth: 0,
            need_close: false,
            outer_frames: frames,
        };
        self.format_chain(exception, limit, chain, &mut group, &mut parts);
        parts
    }

    /// `format_exception_parts` of `exception` inside the exception groups `group` tells.
    fn format_chain(
        &mut self,
        exception: Value,
        limit: Option<isize>,
        chain: bool,
        group: &mut GroupFormat,
        parts: &mut Vec<String>,
    ) {
        let mut chain_of = alloc::vec![exception];
        let mut links = Vec::new();
        while let (true, Some(&newest)) = (chain, chain_of.last()) {
            let (cause, context, suppress) = match self.heap_obj(newest) {
                Some(Obj::Exception(e)) => (e.cause, e.context, e.suppress_context),
                _ => break,
            };
            let (next, link) = if !cause.is_none() && self.is_exception(cause) {
                (
                    cause,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                )
            } else if !suppress && !context.is_none() && self.is_exception(context) {
                (
                    context,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                )
            } else {
                break;
            };
            if chain_of.contains(&next) {
                break;
            }
            chain_of.push(next);
            links.push(link);
        }
        for (index, &exception) in chain_of.iter().enumerate().rev() {
            let mut own = Vec::new();
            match group.outer_frames.take() {
                Some(frames) if index == 0 && group.depth == 0 => {
                    self.entry_parts(frames, limit, &mut own)
                }
                frames => {
                    group.outer_frames = frames;
                    self.traceback_parts(exception, limit, &mut own);
                }
            }
            match self.group_members(exception) {
                None => {
                    own.extend(self.exception_only_parts(exception));
                    group.emit(parts, own, false);
                }
                Some(_) if group.depth > MAX_GROUP_DEPTH => {
                    let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
                    group.emit(parts, alloc::vec![text], false);
                }
                Some(members) => {
                    // CPython's boxes: each member under a numbered rule, indented.
                    let top = group.depth == 0;
                    group.depth += usize::from(top);
                    if let Some(first) = own.first_mut() {
                        *first =
                            String::from("Exception Group Traceback (most recent call last):\n");
                        let header = alloc::vec![own.remove(0)];
                        group.emit(parts, header, top);
                    }
                    own.extend(self.exception_only_parts(exception));
                    group.emit(parts, own, false);
                    group.need_close = false;
                    let count = members.len();
                    for (i, member) in members.into_iter().enumerate() {
                        let indent = "  ".repeat(group.depth);
                        let corner = if i == 0 { "+-" } else { "  " };
                        parts.push(format!(
                            "{indent}{corner}+---------------- {} ----------------\n",
                            i + 1
                        ));
                        group.need_close |= i + 1 == count;
                        group.depth += 1;
                        self.format_chain(member, limit, chain, group, parts);
                        if i + 1 == count && group.need_close {
                            let indent = "  ".repeat(group.depth);
                            parts.push(format!("{indent}+------------------------------------\n"));
                            group.need_close = false;
                        }
                        group.depth -= 1;
                    }
                    if top {
                        group.depth = 0;
                    }
                }
            }
            if let Some(index) = index.checked_sub(1) {
                group.emit(parts, alloc::vec![String::from(links[index])], false);
            }
        }
    }

    /// The members of `exception` if it is an exception group (`BaseExceptionGroup` is made
    /// by the frozen `_exceptiongroup`: none exists before that module is imported).
    fn group_members(&mut self, exception: Value) -> Option<Vec<Value>> {
        let module = self.dict_get_name(self.modules, q::_exceptiongroup)?;
        let dict = self.module_dict(module);
        let class = self.dict_get_name(dict, q::BaseExceptionGroup)?;
        if !self.isinstance(exception, class) {
            return None;
        }
        let members = self.load_attr_optional(exception, q::_exceptions).ok()??;
        match self.heap_obj(members) {
            Some(Obj::Tuple(items)) => Some(items.to_vec()),
            _ => None,
        }
    }

    /// `Traceback (most recent call last):` and a piece per frame, oldest first (nothing when
    /// the exception has no frames, or `limit` keeps none).
    pub fn traceback_parts(
        &mut self,
        exception: Value,
        limit: Option<isize>,
        parts: &mut Vec<String>,
    ) {
        let entries: Vec<TracebackEntry> = match self.heap_obj(exception) {
            Some(Obj::Exception(e)) => e.traceback.clone(),
            _ => Vec::new(),
        };
        self.entry_parts(entries, limit, parts)
    }

    /// [`traceback_parts`](Self::traceback_parts) of `entries` (innermost first).
    pub fn entry_parts(
        &mut self,
        mut entries: Vec<TracebackEntry>,
        limit: Option<isize>,
        parts: &mut Vec<String>,
    ) {
        entries.reverse();
        // `limit` counts frames, a repeated one as often as it came.
        if let Some(limit) = limit {
            if limit < 0 {
                entries.reverse();
            }
            let mut room = limit.unsigned_abs();
            let mut kept = 0;
            while kept < entries.len() && room > 0 {
                let frames = (entries[kept].repeats as usize + 1).min(room);
                entries[kept].repeats = frames as u32 - 1;
                room -= frames;
                kept += 1;
            }
            entries.truncate(kept);
            if limit < 0 {
                entries.reverse();
            }
        }
        if entries.is_empty() {
            return;
        }
        parts.push(String::from("Traceback (most recent call last):\n"));
        // The file read for the last entry's source line, kept for the next entries.
        let mut source: Option<(Value, Vec<u8>)> = None;
        for entry in entries {
            let filename = self.str_text(entry.filename).unwrap_or("?");
            let name = self.str_text(entry.name).unwrap_or("?");
            let mut part = format!("  File \"{filename}\", line {}, in {name}\n", entry.line);
            if let Some(line) = self.source_line(&mut source, entry.filename, entry.line) {
                part.push_str("    ");
                part.push_str(&line);
                part.push('\n');
            }
            for _ in 0..entry.repeats.min(2) {
                parts.push(part.clone());
            }
            parts.push(part);
            if entry.repeats > 2 {
                parts.push(format!(
                    "  [Previous line repeated {} more times]\n",
                    entry.repeats - 2
                ));
            }
        }
    }

    /// Line `line` of file `filename`, stripped, as CPython shows it under a traceback's
    /// frame; None for sources that are no file (`<stdin>`, `<string>`, frozen modules), a
    /// file gone or too big to read into the heap now, or a blank line. `cache` keeps the
    /// last file read.
    fn source_line(
        &mut self,
        cache: &mut Option<(Value, Vec<u8>)>,
        filename: Value,
        line: u32,
    ) -> Option<String> {
        /// Files larger than this are not read for a traceback.
        const MAX_SOURCE_BYTES: u64 = 256 * 1024;
        if cache.as_ref().is_none_or(|(cached, _)| *cached != filename) {
            *cache = None;
            let path = String::from(self.str_text(filename)?);
            if path.starts_with('<') || path.is_empty() {
                return None;
            }
            let size = self.port.fs_stat(&path).ok()?.size;
            // On a board the file must fit the arena as it is (the traceback may be a
            // MemoryError's).
            if size > MAX_SOURCE_BYTES || !crate::alloc_counter::fits(size as usize * 2) {
                return None;
            }
            *cache = Some((filename, self.port.read_file(&path)?));
        }
        let (_, bytes) = cache.as_ref()?;
        let text = bytes
            .split(|&b| b == b'\n')
            .nth(line.checked_sub(1)? as usize)?;
        let text = String::from_utf8_lossy(text);
        let stripped = text.trim();
        (!stripped.is_empty()).then(|| String::from(stripped))
    }

    /// The exception's line (`ValueError: message`) and then its `__notes__`, a piece each.
    pub fn exception_only_parts(&mut self, exception: Value) -> Vec<String> {
        let syntax_error = self.types.syntax_error;
        let class = self.type_of(exception);
        let own = if self.is_subclass(class, syntax_error) {
            self.syntax_error_only_parts(exception)
        } else {
            None
        };
        let mut parts =
            own.unwrap_or_else(|| alloc::vec![self.exception_summary(exception) + "\n"]);
        let notes_name = self.qstrs.intern("__notes__");
        let notes = match self.load_attr_optional(exception, notes_name) {
            Ok(Some(notes)) if !notes.is_none() => notes,
            _ => return parts,
        };
        let items = match self.heap_obj(notes) {
            Some(Obj::List(items)) => items.to_vec(),
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => {
                let text = self
                    .repr(notes)
                    .unwrap_or_else(|_| String::from("<__notes__ repr() failed>"));
                parts.push(text + "\n");
                return parts;
            }
        };
        for note in items {
            let text = self
                .str(note)
                .unwrap_or_else(|_| String::from("<note str() failed>"));
            parts.extend(text.split('\n').map(|line| format!("{line}\n")));
        }
        parts
    }

    /// `ValueError: message` (the last line of a traceback).
    pub fn exception_summary(&mut self, exception: Value) -> String {
        let class = self.type_of(exception);
        let mut name = self.class_name(class);
        if let Some(Obj::Class(c)) = self.heap_obj(class) {
            // The qualified name: `Outer.Error` for a class defined in a class.
            if let Some(qualname) = self.str_text(c.qualname) {
                name = String::from(qualname);
            }
            let module = c.module;
            if let Some(module_name) = self.str_text(module) {
                if module_name != "builtins" && module_name != "__main__" {
                    name = format!("{module_name}.{name}");
                }
            }
        }
        let message = match self.str(exception) {
            Ok(m) => m,
            Err(_) => String::from("<exception str() failed>"),
        };
        if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        }
    }

    /// The hint CPython 3.11 prints after an uncaught AttributeError or NameError: the name
    /// closest to the missing one, if no more than about a third of their characters differ.
    /// An AttributeError's candidates are `dir(obj)`; a NameError's are `__main__`'s names
    /// and the built-ins' (CPython's are its frame's, which a traceback here does not keep).
    #[inline(never)]
    fn name_suggestion(&mut self, exception: Value) -> Option<String> {
        let attribute = self.isinstance(exception, self.types.attribute_error);
        if !attribute && !self.isinstance(exception, self.types.name_error) {
            return None;
        }
        let wrong = self.load_attr_optional(exception, q::name).ok()??;
        let wrong: Vec<char> = self.str_text(wrong)?.chars().collect();
        let dir = self.builtin(q::dir).ok()??;
        let mut names = Vec::new();
        let sources = if attribute {
            [
                self.load_attr_optional(exception, q::obj).ok()??,
                Value::NULL,
            ]
        } else {
            let main = self.qstrs.intern("__main__");
            let main = self.dict_get_name(self.modules, main)?;
            let builtins = self.qstrs.intern("builtins");
            [main, self.dict_get_name(self.modules, builtins)?]
        };
        // The listings stay held until the end: the second `dir` may collect, and the first
        // one's names (heap strs) must outlive it.
        let depth = self.roots.len();
        let mut listed_all = true;
        for source in sources.into_iter().filter(|v| !v.is_null()) {
            let Ok(listed) = self.call(dir, &[source], &[]) else {
                listed_all = false;
                break;
            };
            self.push_root(listed);
            match self.collect_iterable(listed) {
                Ok(listed) => names.extend(listed),
                Err(_) => {
                    listed_all = false;
                    break;
                }
            }
        }
        if !listed_all || names.len() > 750 || wrong.len() > 40 {
            self.release_roots(depth);
            return None;
        }
        let mut best: Option<&str> = None;
        let mut best_distance = usize::MAX;
        for &candidate in &names {
            let Some(text) = self.str_text(candidate) else {
                continue;
            };
            let chars: Vec<char> = text.chars().collect();
            if chars == wrong {
                continue;
            }
            // No more than a third of the characters involved may need changing, and fewer
            // than in the best so far (so the first of equally close names stays).
            let limit = ((chars.len() + wrong.len() + 3) * 2 / 6).min(best_distance - 1);
            let distance = edit_distance(&wrong, &chars);
            if distance <= limit {
                best = Some(text);
                best_distance = distance;
            }
        }
        let best = best.map(String::from);
        self.release_roots(depth);
        best
    }

    /// Builds the SyntaxError for a compile error.
    pub fn syntax_error(
        &mut self,
        error: &crate::ast::SyntaxError,
        filename: &str,
        source: &str,
    ) -> Value {
        if error.kind == crate::ast::SyntaxErrorKind::Memory {
            return self.memory_error();
        }
        let class = match error.kind {
            crate::ast::SyntaxErrorKind::Syntax => self.types.syntax_error,
            crate::ast::SyntaxErrorKind::Indentation => self.types.indentation_error,
            crate::ast::SyntaxErrorKind::Tab => self
                .builtin(q::TabError)
                .ok()
                .flatten()
                .unwrap_or(self.types.indentation_error),
            crate::ast::SyntaxErrorKind::Memory => self.types.syntax_error,
        };
        // The line with its line end, as CPython's tokenizer gives it (when the heap has room
        // for the copy: the line may be as long as the heap).
        let line_text = match source.lines().nth(error.line.saturating_sub(1) as usize) {
            Some(text) if self.reserve(text.len().saturating_mul(2) + 1).is_ok() => {
                let mut line = String::with_capacity(text.len() + 1);
                line.push_str(text);
                line.push('\n');
                line
            }
            _ => String::new(),
        };
        let parts: PyResult<Value> = (|| {
            let message = self.new_str(&error.msg)?;
            let filename = self.new_str(filename)?;
            let line = Value::small_int(error.line as isize);
            let offset = Value::small_int(error.col as isize + 1);
            let text = self.new_str(&line_text)?;
            // (Where the error ends is not tracked: it is given as where it starts.)
            let details =
                self.new_tuple(alloc::vec![filename, line, offset, text, line, offset])?;
            self.new_tuple(alloc::vec![message, details])
        })();
        let args = match parts {
            Ok(args) => args,
            Err(e) => return e,
        };
        self.alloc(Obj::exception(class, args, Dict::new()))
            .unwrap_or(self.memory_error)
    }

    /// The text CPython prints for an exception nothing caught: a SyntaxError's location
    /// and caret, else the traceback.
    pub fn format_uncaught(&mut self, exception: Value) -> String {
        // Held: the suggestion calls `dir`, which may collect (nothing else may hold it now).
        self.push_root(exception);
        let text = self.format_uncaught_held(exception);
        self.pop_root();
        text
    }

    fn format_uncaught_held(&mut self, exception: Value) -> String {
        if self.isinstance(exception, self.types.syntax_error) {
            return self.format_syntax_error(exception);
        }
        let mut parts = self.format_exception_parts(exception, None, true, None);
        // `. Did you mean: 'name'?` after the exception's line (the traceback module of
        // 3.11 does not add it).
        if let Some(suggestion) = self.name_suggestion(exception) {
            let line = self.exception_summary(exception) + "\n";
            if let Some(part) = parts.iter_mut().rev().find(|part| **part == line) {
                part.insert_str(line.len() - 1, &format!(". Did you mean: '{suggestion}'?"));
            }
        }
        parts.concat()
    }

    /// The text CPython prints for an uncaught SyntaxError (file, line, caret).
    pub fn format_syntax_error(&mut self, exception: Value) -> String {
        let Some(only) = self.syntax_error_only_parts(exception) else {
            return self.format_exception(exception);
        };
        let mut parts = Vec::new();
        self.traceback_parts(exception, None, &mut parts);
        parts.extend(only);
        parts.concat()
    }

    /// A SyntaxError's own lines: where (`File "…", line N`), the source line and a caret
    /// under the offset, then `SyntaxError: message`. None when its args lack the details.
    fn syntax_error_only_parts(&mut self, exception: Value) -> Option<Vec<String>> {
        let items: Vec<Value> = match self.heap_obj(exception) {
            Some(Obj::Exception(e)) => match self.heap_obj(e.args) {
                Some(Obj::Tuple(items)) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let details: Vec<Value> = match items.get(1).and_then(|&d| self.heap_obj(d)) {
            Some(Obj::Tuple(d)) => d.to_vec(),
            _ => Vec::new(),
        };
        if details.len() < 4 {
            return None;
        }
        let message = self.str_text(items[0]).unwrap_or("");
        let filename = self.str_text(details[0]).unwrap_or("?");
        let line = self.as_i64(details[1]).unwrap_or(0);
        let offset = self.as_i64(details[2]).unwrap_or(1);
        let text = self.str_text(details[3]).unwrap_or("");
        let mut parts = alloc::vec![format!("  File \"{filename}\", line {line}\n")];
        let stripped = text.trim_start();
        if !stripped.is_empty() {
            let indent = text.len() - stripped.len();
            let mut caret = (offset as usize).saturating_sub(1).saturating_sub(indent);
            let mut shown = stripped.trim_end();
            // A line longer than a report should be (generated code, a huge literal: on a
            // board one as long as the heap) is shown around the caret only.
            if shown.len() > MAX_SHOWN_LINE {
                let start = floor_char_boundary(shown, caret.saturating_sub(MAX_SHOWN_LINE / 2));
                let end = floor_char_boundary(shown, start + MAX_SHOWN_LINE);
                shown = &shown[start..end];
                caret -= start.min(caret);
            }
            parts.push(format!("    {shown}\n"));
            parts.push(format!("    {}^\n", " ".repeat(caret.min(shown.len()))));
        }
        let class = self.type_of(exception);
        parts.push(format!("{}: {message}\n", self.class_name(class)));
        Some(parts)
    }
}

/// The longest source line a SyntaxError report shows whole; a longer one is cut to this
/// much around the caret (CPython shows any line whole).
const MAX_SHOWN_LINE: usize = 1000;

/// The largest char boundary of `text` at or below `index` (its length past the end).
fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// How deep `format_exception_parts` shows exception groups nested (CPython's
/// `max_group_depth`).
const MAX_GROUP_DEPTH: usize = 10;

/// Where `format_exception_parts` is among nested exception groups.
struct GroupFormat {
    /// How many group boxes enclose the text (0: none).
    depth: usize,
    /// The last member of a group is being shown: its box still needs its closing rule.
    need_close: bool,
    /// The frames shown for the outermost exception instead of its own (innermost first).
    outer_frames: Option<Vec<TracebackEntry>>,
}

impl GroupFormat {
    /// Adds `pieces` to `parts`, each line behind the margin of the boxes around it (`+` for
    /// the first line of an outermost group, `|` elsewhere).
    fn emit(&self, parts: &mut Vec<String>, pieces: Vec<String>, corner: bool) {
        if self.depth == 0 {
            parts.extend(pieces);
            return;
        }
        let margin = format!(
            "{}{} ",
            "  ".repeat(self.depth),
            if corner { '+' } else { '|' }
        );
        for piece in pieces {
            for line in piece.split_inclusive('\n') {
                parts.push(format!("{margin}{line}"));
            }
        }
    }
}

/// Levenshtein distance with CPython's suggestion costs: 2 to insert, delete or replace a
/// character, 1 to change only its ASCII case; beyond 40 characters apart from a common
/// prefix and suffix, too far (`usize::MAX`).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    const MOVE: usize = 2;
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE;
    }
    if a.len() > 40 || b.len() > 40 {
        return usize::MAX;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (b_index, &b_char) in b.iter().enumerate() {
        let mut diagonal = b_index * MOVE;
        result = diagonal;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = diagonal
                + if a_char == b_char {
                    0
                } else if a_char.eq_ignore_ascii_case(&b_char) {
                    1
                } else {
                    MOVE
                };
            diagonal = row[index];
            result = substitute.min(result.min(diagonal) + MOVE);
            row[index] = result;
        }
    }
    result
}
