//! Frozen modules: Python source kept in flash and compiled when imported.
//!
//! A module that is smaller and simpler in Python than in Rust keeps its source in
//! `modules/frozen/<name>.py`; the build script renames its functions' locals to one letter
//! (`build/rename.rs`), minifies and compresses it into `SOURCES`
//! (about a quarter of the minified size), and each import or section lookup unpacks the
//! module's text through a 4 KB window, keeping only the part to compile (`read`).
//! Compiled code lives on the heap, so a module is split into sections and compiled piece
//! by piece:
//!
//! ```text
//! # head: always run on import
//! #- deque
//! class deque: ...          # compiled the first time `deque` is looked up
//! #- Counter _union
//! class Counter(dict): ...  # one section may define several names
//! ```
//!
//! Importing runs the head and installs a module `__getattr__` (PEP 562) that compiles the
//! section naming the missing attribute into the module's namespace. A section may use the
//! head's names and its own; it must not rely on another section's names at run time
//! (function globals are looked up in the module dict, which has no fallback).

use alloc::string::String;

use super::unpack;
use crate::ast::Mode;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A frozen module's source, compressed by the build script (`build/pack.rs`).
struct Packed {
    name: &'static str,
    /// Bytes once unpacked.
    length: usize,
    /// Bytes of the head (all of them when the module has no sections).
    head: usize,
    bytes: &'static [u8],
}

// `SOURCES` (every frozen module: `frozen/<name>.py` with comments and indentation squeezed
// out, line numbers unchanged, then packed) and the Huffman tables they share.
include!(concat!(env!("OUT_DIR"), "/frozen_packed.rs"));

/// What [`read`] keeps of a module's text (besides the section headers' names).
#[derive(Clone, Copy)]
enum Part<'a> {
    /// Everything before the first section.
    Head,
    /// The section whose header names this attribute (compiled from its line in the module,
    /// `Read::first_line`, so tracebacks keep the source's line numbers).
    Section(&'a str),
    /// Nothing but the headers.
    Headers,
}

/// What [`read`] found: the part asked for and the line of the module it starts at, the
/// section headers' names (space-separated), and whether the module has sections at all.
struct Read {
    text: String,
    first_line: u32,
    headers: String,
    has_sections: bool,
}

/// The Huffman codes and the dictionary every module is packed with.
const PACKING: unpack::Packing = unpack::Packing {
    literal_length: unpack::Code {
        counts: &LITERAL_LENGTH_COUNTS,
        symbols: &LITERAL_LENGTH_SYMBOLS,
    },
    distance: unpack::Code {
        counts: &DISTANCE_COUNTS,
        symbols: &DISTANCE_SYMBOLS,
    },
    dictionary: &DICTIONARY,
};

/// Marks the first line of a section: `#- name name …`.
const HEADER: &[u8] = b"#- ";

/// Unpacks frozen module `name`, keeping only `part` of its text: the decoder's window, the
/// line being read and the part are all it holds, never the whole module (datetime's text is
/// 33 KB). `None`: no such frozen module. `keep` are the caller's values not on the VM stack
/// (the garbage is collected first if the window does not fit: a section is often first
/// needed deep in a program that made plenty).
fn read(vm: &mut Vm, name: &str, part: Part, keep: &[Value]) -> PyResult<Option<Read>> {
    let Some(packed) = SOURCES.iter().find(|p| p.name == name) else {
        return Ok(None);
    };
    vm.reserve_collecting(packed.bytes_to_read(part), keep)?;
    match read_packed(packed, part) {
        Ok(read) => Ok(Some(read)),
        Err(Unreadable::NoRoom) => Err(vm.memory_error()),
        // The build script packed valid UTF-8 (whole lines are kept, so the part is too),
        // and the tests unpack every module.
        Err(Unreadable::Corrupt) => Err(vm.new_exception_msg(
            vm.types.import_error,
            &alloc::format!("frozen module '{name}' is corrupt"),
        )),
    }
}

/// Why [`read_packed`] failed.
#[derive(Debug, PartialEq)]
enum Unreadable {
    NoRoom,
    Corrupt,
}

impl Packed {
    /// The module has sections (its head is not all of it).
    fn has_sections(&self) -> bool {
        self.head < self.length
    }

    /// The heap `read` makes sure of before `read_packed` takes `part`: the whole text when
    /// it is its own window, else the window and up to 4 KB of what is kept (the text is
    /// reserved fallibly as it grows, so this is the check that collects first).
    fn bytes_to_read(&self, part: Part) -> usize {
        match (self.has_sections(), part) {
            (false, Part::Head) => self.length,
            _ => unpack::WINDOW + self.head.min(4096),
        }
    }
}

/// [`read`] without the VM: `packed`'s `part`.
fn read_packed(packed: &Packed, part: Part) -> Result<Read, Unreadable> {
    if !packed.has_sections() {
        // No sections: the head is the whole text (its own window), the rest is nothing.
        let text = match part {
            Part::Head => whole_text(packed)?,
            Part::Section(_) | Part::Headers => String::new(),
        };
        return Ok(Read {
            text,
            first_line: 1,
            headers: String::new(),
            has_sections: false,
        });
    }
    let mut window = alloc::vec::Vec::new();
    window
        .try_reserve_exact(unpack::WINDOW)
        .map_err(|_| Unreadable::NoRoom)?;
    window.resize(unpack::WINDOW, 0u8);
    let mut window: alloc::boxed::Box<[u8; unpack::WINDOW]> = window
        .into_boxed_slice()
        .try_into()
        .map_err(|_| Unreadable::NoRoom)?;
    let mut text = String::new();
    if matches!(part, Part::Head) {
        text.try_reserve_exact(packed.head)
            .map_err(|_| Unreadable::NoRoom)?;
    }
    let mut reader = Reader {
        part,
        line: alloc::vec::Vec::new(),
        lines: 0,
        keeping: matches!(part, Part::Head),
        found: false,
        read: Read {
            text,
            first_line: 1,
            headers: String::new(),
            has_sections: true,
        },
        failed: None,
    };
    let whole = unpack::unpack_into(
        packed.bytes,
        packed.length,
        &PACKING,
        &mut window,
        &mut |byte| reader.byte(byte),
    );
    drop(window);
    if whole {
        reader.finish();
    }
    match reader.failed {
        Some(why) => Err(why),
        None if whole => Ok(reader.read),
        None => Err(Unreadable::Corrupt),
    }
}

/// `packed`'s whole text, unpacked into a block of its size that serves as the window.
fn whole_text(packed: &Packed) -> Result<String, Unreadable> {
    let mut text = alloc::vec::Vec::new();
    text.try_reserve_exact(packed.length)
        .map_err(|_| Unreadable::NoRoom)?;
    if !unpack::unpack_whole(packed.bytes, packed.length, &PACKING, &mut text) {
        return Err(Unreadable::Corrupt);
    }
    String::from_utf8(text).map_err(|_| Unreadable::Corrupt)
}

/// The line-by-line state of [`read`].
struct Reader<'a> {
    part: Part<'a>,
    /// The line being unpacked (its bytes so far).
    line: alloc::vec::Vec<u8>,
    /// Lines finished before it.
    lines: usize,
    /// The lines being read go into `read.text`.
    keeping: bool,
    /// The section asked for was found (it is being kept, or was).
    found: bool,
    read: Read,
    /// Why reading stopped early.
    failed: Option<Unreadable>,
}

impl Reader<'_> {
    /// Takes one byte of the text; false to stop.
    fn byte(&mut self, byte: u8) -> bool {
        if self.line.try_reserve(1).is_err() {
            self.failed = Some(Unreadable::NoRoom);
            return false;
        }
        self.line.push(byte);
        if byte == b'\n' {
            self.end_line();
        }
        self.failed.is_none()
    }

    /// Files the line just read: a header starts a section (and may start or end the part
    /// kept); other lines are kept or dropped.
    fn end_line(&mut self) {
        let line = core::mem::take(&mut self.line);
        if let Some(names) = line.strip_prefix(HEADER) {
            self.keeping = match self.part {
                Part::Section(attribute) if !self.found => {
                    self.found = names
                        .split(u8::is_ascii_whitespace)
                        .any(|name| name == attribute.as_bytes());
                    if self.found {
                        self.read.first_line = self.lines as u32 + 1;
                    }
                    self.found
                }
                _ => false,
            };
            self.push_headers(names.trim_ascii_end());
        }
        if self.keeping {
            self.push_text(&line);
        }
        self.lines += 1;
        self.line = line;
        self.line.clear();
    }

    fn push_text(&mut self, bytes: &[u8]) {
        if let Err(why) = push(&mut self.read.text, bytes) {
            self.failed.get_or_insert(why);
        }
    }

    fn push_headers(&mut self, names: &[u8]) {
        if let Err(why) =
            push(&mut self.read.headers, names).and_then(|()| push(&mut self.read.headers, b" "))
        {
            self.failed.get_or_insert(why);
        }
    }

    /// Files the last line (the text need not end with a newline).
    fn finish(&mut self) {
        if !self.line.is_empty() {
            self.end_line();
        }
    }
}

/// Appends `bytes` (whole lines, or names) to `text`.
fn push(text: &mut String, bytes: &[u8]) -> Result<(), Unreadable> {
    let piece = core::str::from_utf8(bytes).map_err(|_| Unreadable::Corrupt)?;
    text.try_reserve(piece.len())
        .map_err(|_| Unreadable::NoRoom)?;
    text.push_str(piece);
    Ok(())
}

/// Makes the frozen module `name`: runs its head and arms the lazy `__getattr__`.
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    make_with(vm, name, &[])
}

/// Makes the frozen module `name` with the native helpers `natives` in its namespace before
/// the head runs (so the head and every section may call them).
pub fn make_with(vm: &mut Vm, name: &str, natives: &'static [Builtin]) -> PyResult<Value> {
    let Some(Read {
        text: head,
        headers,
        has_sections,
        ..
    }) = read(vm, name, Part::Head, &[])?
    else {
        return Err(vm.new_exception_msg(
            vm.types.import_error,
            &alloc::format!("no frozen module named '{name}'"),
        ));
    };
    vm.make_module(name, |vm, module| {
        if !natives.is_empty() {
            crate::modules::gc::add_functions(vm, module, natives)?;
        }
        if has_sections {
            let dict = vm.module_dict(module);
            for (hook, name) in [
                (&LAZY_GETATTR, crate::qstr::q::__getattr__),
                (&LAZY_DIR, crate::qstr::q::__dir__),
            ] {
                let function = vm.alloc(Obj::Builtin(hook))?;
                let bound =
                    vm.alloc(Obj::BoundMethod(alloc::boxed::Box::new([module, function])))?;
                vm.dict_set_name(dict, name, bound)?;
            }
        }
        run(vm, module, name, &head, 1)?;
        if has_sections {
            set_all(vm, module, &headers)?;
        }
        Ok(())
    })
}

/// Sets `__all__` (unless the head did) to the head's public names and every public name
/// a section defines (`section_names`: the sections' headers, space-separated), so
/// `from module import *` compiles and imports them all.
fn set_all(vm: &mut Vm, module: Value, section_names: &str) -> PyResult<()> {
    let dict = vm.module_dict(module);
    let all_name = vm.qstrs.intern("__all__");
    if vm.dict_get_name(dict, all_name).is_some() {
        return Ok(());
    }
    let mut names: alloc::vec::Vec<Value> = match vm.heap_obj(dict) {
        Some(Obj::Dict(d)) => d.iter().map(|e| e.key).collect(),
        _ => alloc::vec::Vec::new(),
    };
    names.retain(|&k| !vm.str_text(k).unwrap_or("_").starts_with('_'));
    // Names the head's own `__getattr__` makes on first use (typing's special forms), listed
    // in its `_LAZY_PUBLIC` string.
    let lazy_name = vm.qstrs.intern("_LAZY_PUBLIC");
    let lazy = vm
        .dict_get_name(dict, lazy_name)
        .and_then(|text| vm.str_text(text).map(alloc::string::String::from))
        .unwrap_or_default();
    for name in section_names
        .split_whitespace()
        .chain(lazy.split_whitespace())
    {
        if !name.starts_with('_') {
            names.push(vm.intern(name));
        }
    }
    let list = vm.new_list(names)?;
    vm.dict_set_name(dict, all_name, list)?;
    Ok(())
}

/// Compiles `source` (a module's head, or a section starting at line `first_line` of the
/// module) and runs it in the module's namespace.
fn run(vm: &mut Vm, module: Value, name: &str, source: &str, first_line: u32) -> PyResult<()> {
    let filename = alloc::format!("<frozen {name}>");
    let code = vm.compile_source_from_line(source, &filename, Mode::Exec, first_line)?;
    vm.push_root(code);
    let dict = vm.module_dict(module);
    let result = vm.run_code(code, dict, Value::NULL);
    vm.pop_root();
    result.map(|_| ())
}

static LAZY_GETATTR: Builtin = Builtin::new("__getattr__", lazy_getattr);

/// `module.__getattr__(name)`: compiles the section that defines `name`.
fn lazy_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&module), Some(&attribute)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__getattr__ expected 1 argument"));
    };
    let module_name = match vm.heap_obj(module) {
        Some(Obj::Module(m)) => String::from(vm.str_text(m.name).unwrap_or("")),
        _ => String::new(),
    };
    let attribute_text = String::from(vm.str_text(attribute).unwrap_or(""));
    let section = read(
        vm,
        &module_name,
        Part::Section(&attribute_text),
        &[module, attribute],
    )?
    .filter(|read| !read.text.is_empty());
    if let Some(section) = section {
        run(vm, module, &module_name, &section.text, section.first_line)?;
        let dict = vm.module_dict(module);
        if let Some(name) = vm.as_name(attribute)? {
            if let Some(value) = vm.dict_get_name(dict, name) {
                return Ok(value);
            }
        }
    }
    Err(vm.attribute_error_text(&alloc::format!(
        "module '{module_name}' has no attribute '{attribute_text}'"
    )))
}

/// `_caller(skip, depth)`, a helper for frozen modules that report where they were called
/// from (`warnings`, `logging`): passes over the newest Python frames whose file name is
/// `skip` (the module's own `<frozen name>`), then `depth` more, and returns that frame's
/// `(filename, lineno, function name, module __name__)`, or None when the stack is shorter.
pub static CALLER: Builtin = Builtin::new("_caller", caller);

fn caller(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(&skip), Some(&depth)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("_caller expected 2 arguments"));
    };
    let depth = vm.int_arg(depth)?.max(0) as usize;
    let skip = String::from(vm.str_text(skip).unwrap_or(""));
    let found = vm
        .frames
        .iter()
        .rev()
        .skip_while(|frame| vm.str_text(frame.code.filename) == Some(skip.as_str()))
        .nth(depth)
        .map(|frame| {
            let module = vm
                .dict_get_name(frame.globals, crate::qstr::q::__name__)
                .unwrap_or(Value::NONE);
            (frame.code.filename, frame.line(), frame.code.name, module)
        });
    match found {
        Some((filename, line, function, module)) => vm.new_tuple(alloc::vec![
            filename,
            Value::small_int(line as isize),
            Value::qstr(function),
            module,
        ]),
        None => Ok(Value::NONE),
    }
}

static LAZY_DIR: Builtin = Builtin::new("__dir__", lazy_dir);

/// `dir(module)`: the names the module has, and those its sections define (compiled or
/// not), without the two hooks.
fn lazy_dir(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&module) = args.first() else {
        return Err(vm.type_error("__dir__ expected a module"));
    };
    let (dict, module_name) = match vm.heap_obj(module) {
        Some(Obj::Module(m)) => (m.dict, String::from(vm.str_text(m.name).unwrap_or(""))),
        _ => return Err(vm.type_error("__dir__ expected a module")),
    };
    let headers = read(vm, &module_name, Part::Headers, &[module])?
        .map(|read| read.headers)
        .unwrap_or_default();
    let section_names = headers.split_whitespace();
    vm.module_dir_with(dict, section_names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The minified text the build script wrote for `packed`.
    fn minified(packed: &Packed) -> String {
        let path = alloc::format!("{}/{}.py", env!("OUT_DIR"), packed.name);
        std::fs::read_to_string(&path).expect("the build script wrote it")
    }

    /// Every packed module unpacks to exactly the minified text the build script wrote.
    #[test]
    fn every_module_unpacks_to_its_minified_source() {
        for packed in SOURCES.iter() {
            let text = whole_text(packed).expect(packed.name);
            assert_eq!(text, minified(packed), "{}", packed.name);
            assert_eq!(
                packed.head == packed.length,
                !minified(packed).contains("\n#- ")
            );
        }
    }

    /// The head, every section and the headers `read` keeps are those cut from the whole
    /// text: the head up to the first `#- ` line; a section from its header to the next,
    /// with the line it starts at.
    #[test]
    fn every_part_read_is_the_part_of_the_whole_text() {
        for packed in SOURCES.iter() {
            let text = minified(packed);
            let name = packed.name;
            let head = read_packed(packed, Part::Head).expect(name);
            let lines: alloc::vec::Vec<&str> = text.split_inclusive('\n').collect();
            let starts: alloc::vec::Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].starts_with("#- "))
                .collect();
            let first = starts.first().copied().unwrap_or(lines.len());
            assert_eq!(head.text, lines[..first].concat(), "{name}");
            assert_eq!(head.has_sections, !starts.is_empty(), "{name}");
            let mut headers = String::new();
            for (number, &start) in starts.iter().enumerate() {
                let end = starts.get(number + 1).copied().unwrap_or(lines.len());
                let names = lines[start][3..].trim_end();
                headers.push_str(names);
                headers.push(' ');
                let attribute = names.split_whitespace().next().expect(name);
                let section = read_packed(packed, Part::Section(attribute)).expect(name);
                assert_eq!(
                    section.text,
                    lines[start..end].concat(),
                    "{name}.{attribute}"
                );
                assert_eq!(section.first_line as usize, start + 1, "{name}.{attribute}");
            }
            assert_eq!(head.headers, headers, "{name}");
            let none = read_packed(packed, Part::Section("no such name")).expect(name);
            assert_eq!(none.text, "", "{name}");
            assert_eq!(
                read_packed(packed, Part::Headers).expect(name).headers,
                headers
            );
        }
    }
}
