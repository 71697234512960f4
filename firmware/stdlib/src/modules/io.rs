//! `io`: in-memory streams (`StringIO`, `BytesIO`) and the file objects `open()` returns.
//!
//! Every stream keeps its contents in a `bytearray` (`_buf`, UTF-8 for text) and a byte
//! position (`_pos`) in its instance dict. Files go through the port: `open` reads the whole
//! file into the buffer, and `flush`/`close` write the whole buffer back — simple and small,
//! right for the little files a board keeps. Text positions (`tell`/`seek`) count characters
//! for `StringIO` and bytes for files, as in CPython.
//!
//! A text file's buffer holds the file's own bytes: reads decode what they take (its
//! `encoding` and `errors`, UTF-8 and strict by default) and, with `newline=None`, read
//! `\r\n` and `\r` as `\n`; writes encode, and turn `\n` into `\r` or `\r\n` when
//! `newline` asks. A `StringIO` translates when written instead, as CPython's does.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::modules::builtins::{check_args, check_kwargs, check_method_args, kwarg};
use crate::obj::codec::{self, Codec, Errors};
use crate::obj::{Builtin, Obj};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a stream method needs from its instance.
struct Stream {
    this: Value,
    buffer: Value,
    position: usize,
    text: bool,
    /// Path for files; `None` for StringIO/BytesIO.
    path: Option<String>,
    readable: bool,
    writable: bool,
    append: bool,
    /// How lines end (text streams; binary ones end at `\n`).
    newline: Newline,
    /// A text file's encoding and error handler (UTF-8, strict for the rest).
    codec: Codec,
    errors: Errors,
}

/// A text stream's `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: any of `\n`, `\r\n`, `\r` ends a line; a file reads each as `\n`, a
    /// `StringIO` writes each as `\n`.
    Translate,
    /// `''`: any of them ends a line, kept as it is.
    Any,
    /// Only this ends a line; `\n` written becomes it.
    Exact(&'static [u8]),
}

impl Newline {
    /// `None` for a universal line end (`Translate`, `Any`).
    fn separator(self) -> Option<&'static [u8]> {
        match self {
            Newline::Exact(separator) => Some(separator),
            _ => None,
        }
    }
}

/// Parses `newline` (`open`'s errors word it as CPython's `open` does, the rest as `StringIO`).
fn parse_newline(vm: &mut Vm, value: Option<Value>, open: bool) -> PyResult<Newline> {
    let Some(value) = value.filter(|&v| v != Value::NONE) else {
        return Ok(Newline::Translate);
    };
    let Some(text) = vm.str_text(value) else {
        let type_name = vm.type_name(value);
        let what = if open {
            "open() argument 'newline'"
        } else {
            "newline"
        };
        return Err(vm.type_error(format!("{what} must be str or None, not {type_name}")));
    };
    Ok(match text {
        "" => Newline::Any,
        "\n" => Newline::Exact(b"\n"),
        "\r" => Newline::Exact(b"\r"),
        "\r\n" => Newline::Exact(b"\r\n"),
        _ => {
            let shown = if open {
                String::from(text)
            } else {
                vm.repr(value)?
            };
            return Err(vm.value_error(format!("illegal newline value: {shown}")));
        }
    })
}

fn name(vm: &mut Vm, text: &str) -> Qstr {
    vm.qstrs.intern(text)
}

fn attr(vm: &mut Vm, this: Value, text: &str) -> PyResult<Option<Value>> {
    let key = name(vm, text);
    vm.load_attr_optional(this, key)
}

fn set_attr(vm: &mut Vm, this: Value, text: &str, value: Value) -> PyResult<()> {
    let key = name(vm, text);
    vm.store_attr(this, key, value)
}

fn flag(vm: &mut Vm, this: Value, text: &str) -> PyResult<bool> {
    Ok(attr(vm, this, text)? == Some(Value::TRUE))
}

/// The bytes a stream object holds (its `_buf`); None for an object that never became a
/// stream.
fn buffer_of(vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
    let buffer = attr(vm, this, "_buf")?;
    Ok(buffer.filter(|&b| matches!(vm.heap_obj(b), Some(Obj::ByteArray(_)))))
}

/// The stream in `args[0]`; fails on a closed stream unless `allow_closed`.
fn stream(vm: &mut Vm, args: &[Value], allow_closed: bool) -> PyResult<Stream> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let Some(buffer) = buffer_of(vm, this)? else {
        return Err(vm.type_error("not an io stream"));
    };
    let position = match attr(vm, this, "_pos")? {
        Some(p) => vm.as_i64(p).unwrap_or(0).max(0) as usize,
        None => 0,
    };
    let path = match attr(vm, this, "_path")? {
        Some(p) => vm.str_text(p).map(String::from),
        None => None,
    };
    if !allow_closed && flag(vm, this, "closed")? {
        // In-memory streams say it without the full stop.
        let message = if path.is_some() {
            "I/O operation on closed file."
        } else {
            "I/O operation on closed file"
        };
        return Err(vm.value_error(message));
    }
    let text = flag(vm, this, "_text")?;
    let (mut newline, mut codec, mut errors) = (Newline::Exact(b"\n"), Codec::Utf8, Errors::Strict);
    if text {
        let setting = attr(vm, this, "_newline")?;
        newline = parse_newline(vm, setting, false)?;
        if path.is_some() {
            let encoding = attr(vm, this, "encoding")?;
            codec = codec::lookup(vm, encoding)?;
            let handler = attr(vm, this, "errors")?;
            errors = codec::error_handler(vm, handler)?;
        }
    }
    Ok(Stream {
        this,
        buffer,
        position,
        text,
        path,
        readable: flag(vm, this, "_readable")?,
        writable: flag(vm, this, "_writable")?,
        append: flag(vm, this, "_append")?,
        newline,
        codec,
        errors,
    })
}

impl Stream {
    /// Whether reads turn `\r\n` and `\r` into `\n` (a file with `newline=None`).
    fn translates_reads(&self) -> bool {
        self.path.is_some() && self.newline == Newline::Translate
    }

    /// Byte length of the first `characters` characters of `bytes` (all of them if fewer):
    /// a UTF-8 sequence, or a byte in a one-byte codec, is a character, and so is `\r\n`
    /// where it reads as one `\n` (never split, so a read cannot end between the two).
    fn character_bytes(&self, bytes: &[u8], characters: usize) -> usize {
        let single_byte = self.codec != Codec::Utf8;
        let joined_crlf = self.translates_reads();
        let (mut count, mut offset) = (0, 0);
        while offset < bytes.len() {
            if count == characters {
                return offset;
            }
            let byte = bytes[offset];
            offset += 1;
            if joined_crlf && byte == b'\r' && bytes.get(offset) == Some(&b'\n') {
                offset += 1;
            } else if !single_byte {
                while bytes.get(offset).is_some_and(|b| b & 0xc0 == 0x80) {
                    offset += 1;
                }
            }
            count += 1;
        }
        bytes.len()
    }

    /// What was read: bytes, or the text decoded (and its line ends translated).
    fn value(&self, vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
        if !self.text {
            return vm.alloc(Obj::Bytes(bytes.into()));
        }
        let mut text = codec::decode(vm, bytes, self.codec, self.errors)?;
        if self.translates_reads() && text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        vm.new_string(text)
    }
}

fn data<'a>(vm: &'a Vm, stream: &Stream) -> &'a [u8] {
    match vm.heap.get(stream.buffer) {
        Obj::ByteArray(bytes) => bytes,
        _ => &[],
    }
}

fn set_position(vm: &mut Vm, stream: &Stream, position: usize) -> PyResult<()> {
    let value = vm.new_int(position as i64)?;
    set_attr(vm, stream.this, "_pos", value)
}

/// The UnsupportedOperation of reading (or writing) a stream not opened for it: a binary
/// file names the method, as CPython's buffered files do.
fn not_opened_for(vm: &mut Vm, s: &Stream, reading: bool) -> Value {
    let message = match (s.path.is_some() && !s.text, reading) {
        (true, true) => "read",
        (true, false) => "write",
        (false, true) => "not readable",
        (false, false) => "not writable",
    };
    unsupported(vm, message)
}

/// Moves the position to `position`, unless nothing was taken: reading at or past the end
/// leaves a position set beyond it where it is (`seek(100); read()`, then `tell()` is 100).
fn advance(vm: &mut Vm, s: &Stream, taken: usize, position: usize) -> PyResult<()> {
    if taken == 0 {
        return Ok(());
    }
    set_position(vm, s, position)
}

fn unsupported(vm: &mut Vm, what: &str) -> Value {
    let fallback = vm.types.os_error;
    crate::modules::sys::module_error(vm, "io", "UnsupportedOperation", fallback, what)
}

fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        Some(v) if v != Value::NONE => vm.int_arg(v),
        _ => Ok(-1),
    }
}

fn read(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "read", args, 0, 1)?;
    let s = stream(vm, args, false)?;
    if !s.readable {
        return Err(not_opened_for(vm, &s, true));
    }
    let size = size_arg(vm, args.get(1).copied())?;
    if size < -1 && s.path.is_some() && !s.text {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let all = data(vm, &s);
    let start = s.position.min(all.len());
    let rest = &all[start..];
    let take = match (size < 0, s.text) {
        (true, _) => rest.len(),
        (false, true) => s.character_bytes(rest, size as usize),
        (false, false) => (size as usize).min(rest.len()),
    };
    let chunk = rest[..take].to_vec();
    advance(vm, &s, take, start + take)?;
    s.value(vm, &chunk)
}

/// `readinto(b)`: reads up to `len(b)` bytes into a bytearray (or a writable memoryview of
/// one) and returns how many; binary streams only, as in CPython. mpremote hashes files on
/// the board this way.
fn readinto(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "readinto", args, 1, 1)?;
    let s = stream(vm, args, false)?;
    if !s.readable || s.text {
        return Err(unsupported(
            vm,
            if s.text { "readinto" } else { "not readable" },
        ));
    }
    // Where the bytes go: a bytearray, the window of one that a memoryview shows, an array.
    let Some((target, offset, room)) = crate::obj::bytes::writable_window(vm, args[1]) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let all = data(vm, &s);
    let start = s.position.min(all.len());
    let count = room.min(all.len() - start);
    let chunk = all[start..start + count].to_vec();
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(target) {
        // The memoryview's window may have outlived a shrink of its bytearray.
        let end = (offset + count).min(bytes.len());
        let written = end.saturating_sub(offset);
        bytes[offset.min(end)..end].copy_from_slice(&chunk[..written]);
    }
    advance(vm, &s, count, start + count)?;
    Ok(Value::small_int(count as isize))
}

/// The next line from the position (with its newline), at most `limit` characters/bytes.
fn next_line(vm: &mut Vm, s: &Stream, limit: i64) -> PyResult<Vec<u8>> {
    let all = data(vm, s);
    let start = s.position.min(all.len());
    let rest = &all[start..];
    let mut end = match s.newline.separator() {
        Some(separator) => rest
            .windows(separator.len())
            .position(|w| w == separator)
            .map_or(rest.len(), |i| i + separator.len()),
        None => match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) if rest[i..].starts_with(b"\r\n") => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        },
    };
    if limit >= 0 {
        let bound = if s.text {
            s.character_bytes(rest, limit as usize)
        } else {
            limit as usize
        };
        end = end.min(bound);
    }
    let line = rest[..end].to_vec();
    advance(vm, s, end, start + end)?;
    Ok(line)
}

fn readline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "readline", args, 0, 1)?;
    let s = stream(vm, args, false)?;
    if !s.readable {
        return Err(not_opened_for(vm, &s, true));
    }
    let limit = size_arg(vm, args.get(1).copied())?;
    let line = next_line(vm, &s, limit)?;
    s.value(vm, &line)
}

fn readlines(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "readlines", args, 0, 1)?;
    let mut s = stream(vm, args, false)?;
    if !s.readable {
        return Err(not_opened_for(vm, &s, true));
    }
    let hint = size_arg(vm, args.get(1).copied())?;
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        let mut total = 0usize;
        loop {
            let line = next_line(vm, &s, -1)?;
            if line.is_empty() {
                break;
            }
            s.position += line.len();
            total += line.len();
            let value = s.value(vm, &line)?;
            vm.list_append(list, value)?;
            // Lines until their total passes the hint (a BytesIO's: reaches it, as CPython's).
            let bytes_io = !s.text && s.path.is_none();
            if hint > 0 && (total > hint as usize || bytes_io && total == hint as usize) {
                break;
            }
        }
        Ok(list)
    })();
    vm.pop_root();
    result
}

fn write(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "write", args, 1, 1)?;
    let s = stream(vm, args, false)?;
    if !s.writable {
        return Err(not_opened_for(vm, &s, false));
    }
    let (bytes, count) = if s.text {
        match vm.str_text(args[1]) {
            Some(text) => {
                let count = text.chars().count();
                let text = String::from(text);
                (encode_text(vm, &s, text)?, count)
            }
            None => {
                let type_name = vm.type_name(args[1]);
                let message = if s.path.is_some() {
                    format!("write() argument must be str, not {type_name}")
                } else {
                    format!("string argument expected, got '{type_name}'")
                };
                return Err(vm.type_error(message));
            }
        }
    } else {
        match vm.bytes_data(args[1]) {
            Some(bytes) => {
                let n = bytes.len();
                (bytes, n)
            }
            None => {
                let type_name = vm.type_name(args[1]);
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{type_name}'"
                )));
            }
        }
    };
    let length = data(vm, &s).len();
    let start = if s.append { length } else { s.position };
    vm.reserve(start.saturating_sub(length) + bytes.len())?;
    let end = start + bytes.len();
    if let Obj::ByteArray(buffer) = vm.heap.get_mut(s.buffer) {
        if buffer.len() < start {
            buffer.resize(start, 0);
        }
        let overlap = buffer.len().min(end);
        buffer[start..overlap].copy_from_slice(&bytes[..overlap - start]);
        buffer.extend_from_slice(&bytes[overlap - start..]);
    }
    set_position(vm, &s, end)?;
    mark_dirty(vm, &s)?;
    vm.new_int(count as i64)
}

/// Text as written to a stream: `\n` turned into a `newline` of `\r` or `\r\n`, and on a
/// `StringIO` with `newline=None` every line end turned into `\n`.
fn written_line_ends(text: String, newline: Newline, file: bool) -> String {
    match newline {
        Newline::Exact(separator) if separator != b"\n" && text.contains('\n') => {
            let separator = if separator == b"\r" { "\r" } else { "\r\n" };
            text.replace('\n', separator)
        }
        Newline::Translate if !file && text.contains('\r') => {
            text.replace("\r\n", "\n").replace('\r', "\n")
        }
        _ => text,
    }
}

/// The bytes text written to a text stream becomes: its line ends as `newline` asks, then
/// encoded (a file's codec; a StringIO holds UTF-8).
fn encode_text(vm: &mut Vm, s: &Stream, text: String) -> PyResult<Vec<u8>> {
    let text = written_line_ends(text, s.newline, s.path.is_some());
    match s.codec {
        Codec::Utf8 => Ok(text.into_bytes()),
        codec => codec::encode(vm, &text, codec, s.errors),
    }
}

/// `BytesIO.getbuffer()`: a view on the stream's own bytes (writing through it changes
/// them; unlike CPython's, the stream may still be resized while views exist).
fn getbuffer(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "getbuffer", args, 0, 0)?;
    let s = stream(vm, args, false)?;
    if s.text || s.path.is_some() {
        let name = vm.type_name(s.this);
        return Err(vm.new_exception_msg(
            vm.types.attribute_error,
            &format!("'{name}' object has no attribute 'getbuffer'"),
        ));
    }
    let memoryview = vm.types.memoryview;
    crate::obj::memoryview::construct(vm, &[memoryview, s.buffer], &[])
}

fn getvalue(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    let bytes = data(vm, &s).to_vec();
    s.value(vm, &bytes)
}

/// Character count of the first `position` bytes (StringIO positions count characters).
fn characters_before(bytes: &[u8], position: usize) -> usize {
    let within = position.min(bytes.len());
    let characters = bytes[..within]
        .iter()
        .filter(|&&b| b & 0xc0 != 0x80)
        .count();
    characters + position.saturating_sub(bytes.len())
}

fn shown_position(vm: &Vm, s: &Stream) -> usize {
    if s.text && s.path.is_none() {
        characters_before(data(vm, s), s.position)
    } else {
        s.position
    }
}

fn tell(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    let position = shown_position(vm, &s);
    vm.new_int(position as i64)
}

fn seek(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "seek", args, 1, 2)?;
    let s = stream(vm, args, false)?;
    let offset = vm.int_arg(args[1])?;
    let whence = match args.get(2) {
        Some(&w) => vm.int_arg(w)?,
        None => 0,
    };
    let length = data(vm, &s).len();
    if s.path.is_some() && !s.text {
        // A binary file seeks as the OS does: EINVAL before the start, anything past the end.
        let base = match whence {
            0 => 0,
            1 => s.position as i64,
            2 => length as i64,
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        let Some(target) = base.checked_add(offset).filter(|&t| t >= 0) else {
            return Err(os_error(vm, crate::modules::errno::EINVAL, None));
        };
        set_position(vm, &s, target as usize)?;
        return vm.new_int(target);
    }
    let target = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(format!("negative seek value {offset}")));
            }
            if s.text && s.path.is_none() {
                // Characters to bytes; past the end counts one byte per character.
                let all = data(vm, &s);
                let characters = characters_before(all, all.len());
                let offset = offset as usize;
                if offset <= characters {
                    s.character_bytes(all, offset)
                } else {
                    all.len() + (offset - characters)
                }
            } else {
                offset as usize
            }
        }
        1 | 2 if s.text && offset != 0 => {
            let message = if whence == 1 {
                "Can't do nonzero cur-relative seeks"
            } else {
                "Can't do nonzero end-relative seeks"
            };
            return Err(unsupported(vm, message));
        }
        1 => (s.position as i64).saturating_add(offset).max(0) as usize,
        2 => (length as i64).saturating_add(offset).max(0) as usize,
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    set_position(vm, &s, target)?;
    let s = Stream {
        position: target,
        ..s
    };
    let shown = shown_position(vm, &s);
    vm.new_int(shown as i64)
}

fn truncate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "truncate", args, 0, 1)?;
    let s = stream(vm, args, false)?;
    if !s.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    // The new size (what is returned: characters for a StringIO) and its bytes; the
    // position stays where it is.
    let (size, bytes) = match args.get(1) {
        Some(&v) if v != Value::NONE => {
            let n = vm.int_arg(v)?;
            if n < 0 && s.path.is_some() {
                return Err(os_error(vm, crate::modules::errno::EINVAL, None));
            }
            if n < 0 {
                return Err(vm.value_error(format!("Negative size value {n}")));
            }
            let all = data(vm, &s);
            if s.text && s.path.is_none() {
                (n as usize, s.character_bytes(all, n as usize))
            } else {
                (n as usize, n as usize)
            }
        }
        _ => (shown_position(vm, &s), s.position),
    };
    if s.path.is_some() {
        vm.reserve(bytes.saturating_sub(data(vm, &s).len()))?;
    }
    if let Obj::ByteArray(buffer) = vm.heap.get_mut(s.buffer) {
        // A file grows with zero bytes (as ftruncate does); memory streams only shrink.
        if bytes < buffer.len() || s.path.is_some() {
            buffer.resize(bytes, 0);
        }
    }
    mark_dirty(vm, &s)?;
    vm.new_int(size as i64)
}

/// Files written and not yet written back. A file dropped unclosed is written back by its
/// finalizer, which CPython runs at once (reference counting) and this VM at the next
/// collection: `open` collects first while this is not zero, so
/// `open(p, 'w').write(s); open(p).read()` reads `s` as in CPython.
static DIRTY_FILES: AtomicUsize = AtomicUsize::new(0);

/// Marks a stream's buffer as changed (a file's must be written back).
fn mark_dirty(vm: &mut Vm, s: &Stream) -> PyResult<()> {
    if flag(vm, s.this, "_dirty")? {
        return Ok(());
    }
    if s.path.is_some() {
        DIRTY_FILES.fetch_add(1, Ordering::Relaxed);
    }
    set_attr(vm, s.this, "_dirty", Value::TRUE)
}

/// Writes a file's buffer back through the port if it changed.
fn flush_stream(vm: &mut Vm, s: &Stream) -> PyResult<()> {
    let Some(path) = &s.path else {
        return Ok(());
    };
    if !s.writable || !flag(vm, s.this, "_dirty")? {
        return Ok(());
    }
    // A file opened to append adds what was written since the last flush to the file's end,
    // so that other handles' appends meanwhile stay (unless it was truncated below that).
    let written_back = match attr(vm, s.this, "_flushed")? {
        Some(n) if s.append => vm.as_i64(n).map(|n| n as usize),
        _ => None,
    };
    let all = data(vm, s);
    let (bytes, append) = match written_back {
        Some(start) if start <= all.len() => (all[start..].to_vec(), true),
        _ => (all.to_vec(), false),
    };
    let length = all.len();
    if let Err(code) = vm.port.fs_write(path, &bytes, append) {
        return Err(os_error(vm, code, Some(path)));
    }
    if s.append {
        let length = vm.new_int(length as i64)?;
        set_attr(vm, s.this, "_flushed", length)?;
    }
    mark_clean(vm, s.this)
}

/// Marks a dirty file's buffer as written back (or given up).
fn mark_clean(vm: &mut Vm, this: Value) -> PyResult<()> {
    let _ = DIRTY_FILES.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1));
    set_attr(vm, this, "_dirty", Value::FALSE)
}

fn flush(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    flush_stream(vm, &s)?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, true)?;
    if flag(vm, s.this, "closed")? {
        return Ok(Value::NONE);
    }
    let flushed = flush_stream(vm, &s);
    set_attr(vm, s.this, "closed", Value::TRUE)?;
    flushed?;
    Ok(Value::NONE)
}

fn enter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    Ok(s.this)
}

fn exit(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], kwargs)?;
    Ok(Value::NONE)
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    Ok(s.this)
}

fn next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    if !s.readable {
        return Err(not_opened_for(vm, &s, true));
    }
    let line = next_line(vm, &s, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::NONE));
    }
    s.value(vm, &line)
}

fn readable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    Ok(Value::bool(s.readable))
}

fn writable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let s = stream(vm, args, false)?;
    Ok(Value::bool(s.writable))
}

fn seekable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    stream(vm, args, false)?;
    Ok(Value::TRUE)
}

/// Sets up a stream instance's state.
#[allow(clippy::too_many_arguments)]
fn setup(
    vm: &mut Vm,
    this: Value,
    text: bool,
    contents: Vec<u8>,
    readable: bool,
    writable: bool,
    append: bool,
    position: usize,
) -> PyResult<()> {
    let buffer = vm.alloc(Obj::ByteArray(contents))?;
    set_attr(vm, this, "_buf", buffer)?;
    let position = vm.new_int(position as i64)?;
    set_attr(vm, this, "_pos", position)?;
    set_attr(vm, this, "_text", Value::bool(text))?;
    set_attr(vm, this, "_readable", Value::bool(readable))?;
    set_attr(vm, this, "_writable", Value::bool(writable))?;
    set_attr(vm, this, "_append", Value::bool(append))?;
    set_attr(vm, this, "_dirty", Value::FALSE)?;
    set_attr(vm, this, "closed", Value::FALSE)
}

fn string_io_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "StringIO", kwargs, &["initial_value", "newline"])?;
    check_method_args(vm, "StringIO", args, 0, 2)?;
    let initial = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "initial_value"));
    // The default is "\n"; None asks for translation.
    let newline_value = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "newline"))
    {
        Some(v) => v,
        None => vm.new_str("\n")?,
    };
    let newline = parse_newline(vm, Some(newline_value), false)?;
    let contents = match initial {
        None | Some(Value::NONE) => Vec::new(),
        Some(v) => match vm.str_text(v) {
            Some(text) => written_line_ends(String::from(text), newline, false).into_bytes(),
            None => {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!("initial_value must be str or None, not {name}")));
            }
        },
    };
    vm.push_root(newline_value);
    let result = (|| {
        setup(vm, args[0], true, contents, true, true, false, 0)?;
        set_attr(vm, args[0], "_newline", newline_value)?;
        set_attr(vm, args[0], "encoding", Value::NONE)?;
        set_attr(vm, args[0], "errors", Value::NONE)
    })();
    vm.pop_root();
    result?;
    Ok(Value::NONE)
}

fn bytes_io_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "BytesIO", kwargs, &["initial_bytes"])?;
    check_method_args(vm, "BytesIO", args, 0, 1)?;
    let initial = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "initial_bytes"));
    let contents = match initial {
        None | Some(Value::NONE) => Vec::new(),
        Some(v) => match vm.bytes_data(v) {
            Some(bytes) => bytes,
            None => {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")));
            }
        },
    };
    setup(vm, args[0], false, contents, true, true, false, 0)?;
    Ok(Value::NONE)
}

/// An `OSError` (its errno subclass) for a failed port operation on `path`.
pub fn os_error(vm: &mut Vm, code: i32, path: Option<&str>) -> Value {
    os_error_paths(vm, code, path.as_slice())
}

/// An `OSError` for a failed operation on one path, or on two (`rename`: CPython's
/// `OSError(errno, strerror, src, None, dst)`, shown `[Errno 2] …: 'src' -> 'dst'`).
pub fn os_error_paths(vm: &mut Vm, code: i32, paths: &[&str]) -> Value {
    let message = crate::modules::errno::message_of(code);
    let class = vm.types.os_error;
    let mut args = alloc::vec![Value::small_int(code as isize)];
    // Each argument is rooted as soon as it is made (the next allocation may collect).
    let mut texts = alloc::vec![Some(message)];
    match paths {
        [] => {}
        [one] => texts.push(Some(*one)),
        [one, two, ..] => texts.extend([Some(*one), None, Some(*two)]),
    }
    let made = (|| {
        for text in texts {
            let value = match text {
                Some(text) => vm.new_str(text)?,
                None => Value::NONE,
            };
            vm.push_root(value);
            args.push(value);
        }
        vm.call(class, &args, &[])
    })();
    for _ in 1..args.len() {
        vm.pop_root();
    }
    match made {
        Ok(exception) | Err(exception) => exception,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if DIRTY_FILES.load(Ordering::Relaxed) > 0 {
        // Unreachable unclosed files write themselves back first (see DIRTY_FILES).
        vm.collect_garbage();
        vm.run_finalizers()?;
    }
    check_kwargs(
        vm,
        "open",
        kwargs,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    check_args(vm, "open", args, 0, 8)?;
    let Some(file) = args.first().copied().or_else(|| kwarg(vm, kwargs, "file")) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let Some(path) = vm.str_text(file).map(String::from) else {
        let name = vm.type_name(file);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {name}"
        )));
    };
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    let mode = match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "mode")) {
        Some(m) => match vm.str_text(m) {
            Some(text) => String::from(text),
            None => {
                let name = vm.type_name(m);
                return Err(
                    vm.type_error(format!("open() argument 'mode' must be str, not {name}"))
                );
            }
        },
        None => String::from("r"),
    };
    let mut kind = None;
    let (mut binary, mut text_flag, mut plus) = (false, false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            'r' | 'w' | 'a' | 'x' => {
                return Err(vm.value_error("must have exactly one of create/read/write/append mode"))
            }
            'b' if !binary => binary = true,
            't' if !text_flag => text_flag = true,
            '+' if !plus => plus = true,
            _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    let Some(kind) = kind else {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    if binary && text_flag {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if let Some(buffering) = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "buffering"))
    {
        // Whole-file buffers: any size means the same, but text cannot be unbuffered.
        if vm.int_arg(buffering)? == 0 && !binary {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
    }
    // encoding, errors, newline: positions 3 to 5, or by name.
    let mut text_options = [None; 3];
    for (index, (option, article)) in [("encoding", "an"), ("errors", "an"), ("newline", "a")]
        .into_iter()
        .enumerate()
    {
        let value = args
            .get(3 + index)
            .copied()
            .or_else(|| kwarg(vm, kwargs, option));
        let Some(value) = value.filter(|&v| v != Value::NONE) else {
            continue;
        };
        if binary {
            return Err(vm.value_error(format!(
                "binary mode doesn't take {article} {option} argument"
            )));
        }
        if option != "newline" && vm.str_text(value).is_none() {
            let type_name = vm.type_name(value);
            return Err(vm.type_error(format!(
                "open() argument '{option}' must be str or None, not {type_name}"
            )));
        }
        text_options[index] = Some(value);
    }
    let [encoding, errors, newline] = text_options;
    parse_newline(vm, newline, true)?;
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let (contents, dirty) = match kind {
        'r' | 'a' => match vm.port.fs_read(&path) {
            Ok(bytes) => (bytes, false),
            Err(code) if kind == 'a' && code == crate::modules::errno::ENOENT => (Vec::new(), true),
            Err(code) => return Err(os_error(vm, code, Some(&path))),
        },
        'x' => {
            if vm.port.fs_stat(&path).is_ok() {
                return Err(os_error(vm, crate::modules::errno::EEXIST, Some(&path)));
            }
            (Vec::new(), true)
        }
        _ => (Vec::new(), true),
    };
    if let Ok(stat) = vm.port.fs_stat(&path) {
        if stat.mode & 0o170000 == 0o040000 {
            return Err(os_error(vm, crate::modules::errno::EISDIR, Some(&path)));
        }
    }
    if !binary {
        if let Codec::Wide { .. } = codec::lookup(vm, encoding)? {
            return Err(vm.value_error(
                "open(): UTF-16 and UTF-32 text files are not supported; open the file in binary mode and decode",
            ));
        }
        codec::error_handler(vm, errors)?;
    }
    let module = vm.import_module("io")?;
    let class_name = match (binary, readable, writable) {
        (false, _, _) => "TextIOWrapper",
        (true, true, true) => "BufferedRandom",
        (true, true, false) => "BufferedReader",
        (true, _, _) => "BufferedWriter",
    };
    let key = name(vm, class_name);
    let class = vm.load_attr(module, key)?;
    let this = vm.call(class, &[], &[])?;
    vm.push_root(this);
    let result = (|| {
        let position = if kind == 'a' { contents.len() } else { 0 };
        setup(
            vm,
            this,
            !binary,
            contents,
            readable,
            writable,
            kind == 'a',
            position,
        )?;
        set_attr(vm, this, "_path", file)?;
        if kind == 'a' {
            let length = vm.new_int(position as i64)?;
            set_attr(vm, this, "_flushed", length)?;
        }
        set_attr(vm, this, "name", file)?;
        if !binary {
            let encoding = match encoding {
                Some(name) => name,
                None => vm.new_str("UTF-8")?,
            };
            set_attr(vm, this, "encoding", encoding)?;
            let errors = match errors {
                Some(name) => name,
                None => vm.new_str("strict")?,
            };
            set_attr(vm, this, "errors", errors)?;
            set_attr(vm, this, "_newline", newline.unwrap_or(Value::NONE))?;
        }
        let mode_value = vm.new_string(mode)?;
        set_attr(vm, this, "mode", mode_value)?;
        if dirty {
            // A new or truncated file exists from the moment it is opened.
            let s = stream(vm, &[this], false)?;
            mark_dirty(vm, &s)?;
            flush_stream(vm, &s)?;
        }
        Ok(this)
    })();
    if result.is_err() {
        abandon(vm, this);
    }
    vm.pop_root();
    result
}

/// Closes a file object `open` could not finish, unwritten: its finalizer must not create
/// the file later (when a missing directory has appeared meanwhile).
fn abandon(vm: &mut Vm, this: Value) {
    if let Ok(true) = flag(vm, this, "_dirty") {
        let _ = mark_clean(vm, this);
    }
    let _ = set_attr(vm, this, "closed", Value::TRUE);
}

/// `writelines(lines)`: writes each item of the iterable, adding no line endings.
fn writelines(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "writelines", args, 1, 1)?;
    let iterator = vm.get_iter(args[1])?;
    vm.push_root(iterator);
    let result = (|| {
        while let Some(line) = vm.iter_next(iterator)? {
            vm.push_root(line);
            let written = write(vm, &[args[0], line], &[]);
            vm.pop_root();
            written?;
        }
        Ok(Value::NONE)
    })();
    vm.pop_root();
    result
}

fn stream_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor needs an argument"));
    };
    let class = vm.type_of(this);
    let class_name = vm.class_name(class);
    match attr(vm, this, "name")? {
        Some(file) => {
            let shown = vm.repr(file)?;
            let mode = match attr(vm, this, "mode")? {
                Some(m) => vm.repr(m)?,
                None => String::from("''"),
            };
            let text = if class_name == "TextIOWrapper" {
                let encoding = match attr(vm, this, "encoding")? {
                    Some(e) => vm.repr(e)?,
                    None => String::from("'UTF-8'"),
                };
                format!("<_io.TextIOWrapper name={shown} mode={mode} encoding={encoding}>")
            } else {
                format!("<_io.{class_name} name={shown}>")
            };
            vm.new_string(text)
        }
        None => vm.new_string(format!("<_io.{class_name} object>")),
    }
}

static METHODS: &[Builtin] = &[
    Builtin::new("read", read),
    Builtin::new("readinto", readinto),
    Builtin::new("readline", readline),
    Builtin::new("readlines", readlines),
    Builtin::new("write", write),
    Builtin::new("writelines", writelines),
    Builtin::new("getvalue", getvalue),
    Builtin::new("getbuffer", getbuffer),
    Builtin::new("tell", tell),
    Builtin::new("seek", seek),
    Builtin::new("truncate", truncate),
    Builtin::new("flush", flush),
    Builtin::new("close", close),
    Builtin::new("readable", readable),
    Builtin::new("writable", writable),
    Builtin::new("seekable", seekable),
    Builtin::new("stream.__enter__", enter),
    Builtin::with_keywords("stream.__exit__", exit),
    Builtin::new("stream.__iter__", iter),
    Builtin::new("stream.__next__", next),
    Builtin::new("stream.__repr__", stream_repr),
    // A file dropped unclosed is written back when the collector frees it (or at a soft
    // reset or exit), as CPython's `IOBase.__del__` closes it.
    Builtin::with_keywords("__del__", finalize),
];

/// `__del__`: closes a stream dropped unclosed; nothing for an object whose construction
/// failed before it became a stream (`BytesIO(bad=1)`).
fn finalize(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Ok(Value::NONE);
    };
    match buffer_of(vm, this)? {
        Some(_) => close(vm, args, kwargs),
        None => Ok(Value::NONE),
    }
}

static STRING_IO_INIT: Builtin = Builtin::with_keywords("StringIO", string_io_init);

static BYTES_IO_INIT: Builtin = Builtin::with_keywords("BytesIO", bytes_io_init);

static FUNCTIONS: &[Builtin] = &[Builtin::with_keywords("open", open)];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("io", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let dict = vm.module_dict(module);
        // One base class holds the methods; the concrete classes only add an initializer.
        let object = vm.types.object;
        let base = crate::modules::sys::new_class(vm, "_IOBase", "_io", object, METHODS, None)?;
        let key = name(vm, "IOBase");
        vm.dict_set_name(dict, key, base)?;
        for (class_name, init) in [
            ("StringIO", Some(&STRING_IO_INIT)),
            ("BytesIO", Some(&BYTES_IO_INIT)),
            ("TextIOWrapper", None),
            ("BufferedReader", None),
            ("BufferedWriter", None),
            ("BufferedRandom", None),
        ] {
            let class = crate::modules::sys::new_class(vm, class_name, "_io", base, &[], init)?;
            let key = name(vm, class_name);
            vm.dict_set_name(dict, key, class)?;
        }
        let os_error = vm.types.os_error;
        let class =
            crate::modules::sys::new_class(vm, "UnsupportedOperation", "io", os_error, &[], None)?;
        // Also a ValueError, as CPython's `class UnsupportedOperation(OSError, ValueError)`:
        // the MRO puts it right after OSError (both end in Exception, BaseException, object).
        let value_error = vm.types.value_error;
        if let Obj::Class(c) = vm.heap.get_mut(class) {
            let mut mro = c.mro.to_vec();
            mro.insert(2.min(mro.len()), value_error);
            c.mro = mro.into_boxed_slice();
            c.bases = alloc::vec![os_error, value_error].into_boxed_slice();
        }
        let key = name(vm, "UnsupportedOperation");
        vm.dict_set_name(dict, key, class)?;
        for (seek_name, whence) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
            let key = name(vm, seek_name);
            vm.dict_set_name(dict, key, Value::small_int(whence))?;
        }
        Ok(())
    })
}
