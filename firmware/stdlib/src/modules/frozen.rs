//! Frozen modules: Python source kept in flash and compiled when imported.
//!
//! A module that is smaller and simpler in Python than in Rust keeps its source in
//! `modules/frozen/<name>.py`; the build script minifies and compresses it into `SOURCES`
//! (about a third of the minified size), and each import or section lookup unpacks the
//! module's text onto the heap for as long as it takes to cut out the part to compile (at
//! most the module's minified size, under 16 KB). Compiled code lives on the heap, so a
//! module is split into sections and compiled piece by piece:
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
    bytes: &'static [u8],
}

// `SOURCES` (every frozen module: `frozen/<name>.py` with comments and indentation squeezed
// out, line numbers unchanged, then packed) and the Huffman tables they share.
include!(concat!(env!("OUT_DIR"), "/frozen_packed.rs"));

/// Module `name`'s source, unpacked onto the heap (`None`: no such frozen module).
fn source_of(vm: &Vm, name: &str) -> PyResult<Option<String>> {
    let Some(packed) = SOURCES.iter().find(|p| p.name == name) else {
        return Ok(None);
    };
    vm.reserve(packed.length)?;
    Ok(unpacked(packed))
}

/// `packed`'s text (`None` only if the build script wrote corrupt data).
fn unpacked(packed: &Packed) -> Option<String> {
    let text = unpack::unpack(
        packed.bytes,
        packed.length,
        &unpack::Code {
            counts: &LITERAL_LENGTH_COUNTS,
            symbols: &LITERAL_LENGTH_SYMBOLS,
        },
        &unpack::Code {
            counts: &DISTANCE_COUNTS,
            symbols: &DISTANCE_SYMBOLS,
        },
    );
    // The build script packed valid UTF-8, and the tests unpack every module.
    text.and_then(|bytes| String::from_utf8(bytes).ok())
}

/// Marks the first line of a section: `#- name name …`.
const SECTION: &str = "\n#- ";

/// The head: everything before the first section.
fn head(source: &str) -> &str {
    match source.find(SECTION) {
        Some(i) => &source[..i + 1],
        None => source,
    }
}

/// The section defining `attribute`: (line number of its first line, text).
fn section<'a>(source: &'a str, attribute: &str) -> Option<(usize, &'a str)> {
    let mut at = 0;
    while let Some(found) = source[at..].find(SECTION) {
        let start = at + found + 1;
        let header_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let end = source[header_end..]
            .find(SECTION)
            .map_or(source.len(), |i| header_end + i + 1);
        let names = &source[start + 3..header_end];
        if names.split_whitespace().any(|n| n == attribute) {
            let line = source[..start].matches('\n').count();
            return Some((line, &source[start..end]));
        }
        at = header_end;
    }
    None
}

/// Makes the frozen module `name`: runs its head and arms the lazy `__getattr__`.
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    make_with(vm, name, &[])
}

/// Makes the frozen module `name` with the native helpers `natives` in its namespace before
/// the head runs (so the head and every section may call them).
pub fn make_with(vm: &mut Vm, name: &str, natives: &'static [Builtin]) -> PyResult<Value> {
    let Some(mut source) = source_of(vm, name)? else {
        return Err(vm.new_exception_msg(
            vm.types.import_error,
            &alloc::format!("no frozen module named '{name}'"),
        ));
    };
    let module = vm.new_module(name)?;
    vm.push_root(module);
    let result = (|| {
        if !natives.is_empty() {
            crate::modules::gc::add_functions(vm, module, natives)?;
        }
        let has_sections = source.contains(SECTION);
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
        // Only the head and the section headers are needed from here on: free the rest
        // before compiling.
        let headers: String = source
            .lines()
            .filter(|line| line.starts_with("#- "))
            .flat_map(|line| [&line[3..], " "])
            .collect();
        source.truncate(head(&source).len());
        source.shrink_to_fit();
        run(vm, module, name, &source)?;
        if has_sections {
            set_all(vm, module, &headers)?;
        }
        Ok(())
    })();
    vm.pop_root();
    result.map(|_| module)
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
    for name in section_names.split_whitespace() {
        if !name.starts_with('_') {
            names.push(vm.intern(name));
        }
    }
    let list = vm.new_list(names)?;
    vm.dict_set_name(dict, all_name, list)?;
    Ok(())
}

/// Compiles `source` (a module's head, or a section behind blank lines that keep its line
/// numbers) and runs it in the module's namespace.
fn run(vm: &mut Vm, module: Value, name: &str, source: &str) -> PyResult<()> {
    let filename = alloc::format!("<frozen {name}>");
    let code = vm.compile_source(source, &filename, Mode::Exec)?;
    vm.push_root(code);
    let dict = vm.module_dict(module);
    let result = vm.run_code(code, dict, Value::NULL);
    vm.pop_root();
    result.map(|_| ())
}

static LAZY_GETATTR: Builtin = Builtin {
    name: "__getattr__",
    func: lazy_getattr,
};

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
    // The section behind blank lines, so tracebacks keep its line numbers; the unpacked
    // module is freed before the section compiles.
    let padded = match source_of(vm, &module_name)? {
        Some(source) => match section(&source, &attribute_text) {
            Some((line, text)) => {
                vm.reserve(line + text.len())?;
                let mut padded = String::with_capacity(line + text.len());
                for _ in 0..line {
                    padded.push('\n');
                }
                padded.push_str(text);
                Some(padded)
            }
            None => None,
        },
        None => None,
    };
    if let Some(padded) = padded {
        run(vm, module, &module_name, &padded)?;
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
pub static CALLER: Builtin = Builtin {
    name: "_caller",
    func: caller,
};

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

static LAZY_DIR: Builtin = Builtin {
    name: "__dir__",
    func: lazy_dir,
};

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
    let source = source_of(vm, &module_name)?.unwrap_or_default();
    let section_names = source
        .lines()
        .filter_map(|line| line.strip_prefix("#- "))
        .flat_map(str::split_whitespace);
    vm.module_dir_with(dict, section_names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every packed module unpacks to exactly the minified text the build script wrote.
    #[test]
    fn every_module_unpacks_to_its_minified_source() {
        for packed in SOURCES.iter() {
            let path = alloc::format!("{}/{}.py", env!("OUT_DIR"), packed.name);
            let expected = std::fs::read_to_string(&path).expect("the build script wrote it");
            assert_eq!(
                unpacked(packed).as_deref(),
                Some(&*expected),
                "{}",
                packed.name
            );
        }
    }
}
