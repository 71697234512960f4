//! Frozen modules: Python source kept in flash and compiled when imported.
//!
//! A module that is smaller and simpler in Python than in Rust keeps its source in
//! `modules/frozen/<name>.py`, embedded with `include_str!` in `SOURCES`. Compiled code
//! lives on the heap, so a module is split into sections and compiled piece by piece:
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

use crate::ast::Mode;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Every frozen module's source, by module name: `frozen/<name>.py` with comments and
/// indentation squeezed out by the build script (`build.rs`), line numbers unchanged.
static SOURCES: &[(&str, &str)] = &[
    (
        "__future__",
        include_str!(concat!(env!("OUT_DIR"), "/__future__.py")),
    ),
    ("abc", include_str!(concat!(env!("OUT_DIR"), "/abc.py"))),
    (
        "collections",
        include_str!(concat!(env!("OUT_DIR"), "/collections.py")),
    ),
    (
        "functools",
        include_str!(concat!(env!("OUT_DIR"), "/functools.py")),
    ),
    ("heapq", include_str!(concat!(env!("OUT_DIR"), "/heapq.py"))),
    (
        "itertools",
        include_str!(concat!(env!("OUT_DIR"), "/itertools.py")),
    ),
    (
        "operator",
        include_str!(concat!(env!("OUT_DIR"), "/operator.py")),
    ),
    ("re", include_str!(concat!(env!("OUT_DIR"), "/re.py"))),
    (
        "string",
        include_str!(concat!(env!("OUT_DIR"), "/string.py")),
    ),
    (
        "typing",
        include_str!(concat!(env!("OUT_DIR"), "/typing.py")),
    ),
];

/// Marks the first line of a section: `#- name name …`.
const SECTION: &str = "\n#- ";

fn source_of(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

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
    let Some(source) = source_of(name) else {
        return Err(vm.new_exception_msg(
            vm.types.import_error,
            &alloc::format!("no frozen module named '{name}'"),
        ));
    };
    let module = vm.new_module(name)?;
    vm.push_root(module);
    let result = (|| {
        let has_sections = source.contains(SECTION);
        if has_sections {
            let dict = vm.module_dict(module);
            let getter = vm.alloc(Obj::Builtin(&LAZY_GETATTR))?;
            let bound = vm.alloc(Obj::BoundMethod(alloc::boxed::Box::new([module, getter])))?;
            vm.dict_set_name(dict, crate::qstr::q::__getattr__, bound);
        }
        run(vm, module, name, head(source), 0)?;
        if has_sections {
            set_all(vm, module, source)?;
        }
        Ok(())
    })();
    vm.pop_root();
    result.map(|_| module)
}

/// Sets `__all__` (unless the head did) to the head's public names and every public name
/// a section defines, so `from module import *` compiles and imports them all.
fn set_all(vm: &mut Vm, module: Value, source: &str) -> PyResult<()> {
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
    for line in source.lines() {
        if let Some(header) = line.strip_prefix("#- ") {
            for name in header.split_whitespace() {
                if !name.starts_with('_') {
                    names.push(vm.intern(name));
                }
            }
        }
    }
    let list = vm.new_list(names)?;
    vm.dict_set_name(dict, all_name, list);
    Ok(())
}

/// Compiles `text` (which starts at line `first_line` of the module's source) and runs it
/// in the module's namespace.
fn run(vm: &mut Vm, module: Value, name: &str, text: &str, first_line: usize) -> PyResult<()> {
    let filename = alloc::format!("<frozen {name}>");
    let code = if first_line == 0 {
        vm.compile_source(text, &filename, Mode::Exec)?
    } else {
        // Blank lines in front keep tracebacks' line numbers right.
        vm.reserve(first_line + text.len())?;
        let mut padded = String::with_capacity(first_line + text.len());
        for _ in 0..first_line {
            padded.push('\n');
        }
        padded.push_str(text);
        vm.compile_source(&padded, &filename, Mode::Exec)?
    };
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
    let found = source_of(&module_name).and_then(|source| section(source, &attribute_text));
    if let Some((line, text)) = found {
        run(vm, module, &module_name, text, line)?;
        let dict = vm.module_dict(module);
        if let Some(name) = vm.as_name(attribute) {
            if let Some(value) = vm.dict_get_name(dict, name) {
                return Ok(value);
            }
        }
    }
    Err(vm.attribute_error_text(&alloc::format!(
        "module '{module_name}' has no attribute '{attribute_text}'"
    )))
}
