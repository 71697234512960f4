//! The REPL's Tab completion: which names complete what is typed (the runtime's `repl.rs`
//! edits the line). Here, built for size, as nothing here is on the dispatch path.

use alloc::string::String;
use alloc::vec::Vec;

use crate::value::Value;
use crate::vm::Vm;

/// The names that complete `expression`, sorted: for `name`, the globals of `__main__` and
/// the built-ins starting with it; for `a.b.name`, the attributes of what `a.b` names
/// (`dir`) starting with `name`. Names starting with `_` only when `name` does. An
/// expression that names nothing (or whose lookup raises) completes to nothing.
pub fn completions(vm: &mut Vm, expression: &str) -> Vec<String> {
    let (path, partial) = match expression.rfind('.') {
        Some(dot) => (Some(&expression[..dot]), &expression[dot + 1..]),
        None => (None, expression),
    };
    let listed = match path {
        Some(path) => match attribute_names(vm, path) {
            Some(listed) => listed,
            None => return Vec::new(),
        },
        None => [vm.main_globals, vm.builtins]
            .iter()
            .filter_map(|&dict| vm.dict_storage(dict))
            .flat_map(|dict| dict.iter().map(|entry| entry.key))
            .collect(),
    };
    let wanted = |name: &&str| {
        name.starts_with(partial) && (partial.starts_with('_') || !name.starts_with('_'))
    };
    let mut names: Vec<String> = listed
        .iter()
        .filter_map(|&name| vm.str_text(name))
        .filter(wanted)
        .map(String::from)
        .collect();
    if path.is_none() {
        // Built-ins not used yet are not in `builtins` (made when first named).
        names.extend(vm.lazy_builtin_names().filter(wanted).map(String::from));
    }
    // (As `dir` sorts its names: the same code serves both.)
    crate::sort::sort_unstable(&mut names);
    names.dedup();
    names
}

/// `dir()` of what the dotted names `path` lead to from `__main__`'s globals (or the
/// built-ins); None when a name is missing or a lookup raises.
fn attribute_names(vm: &mut Vm, path: &str) -> Option<Vec<Value>> {
    let mut parts = path.split('.');
    let first = vm.qstrs.lookup(parts.next()?)?;
    let mut object = match vm.dict_get_name(vm.main_globals, first) {
        Some(object) => object,
        None => vm.builtin(first).ok()??,
    };
    for part in parts {
        let name = vm.qstrs.lookup(part)?;
        vm.push_root(object);
        let attribute = vm.load_attr_optional(object, name);
        vm.pop_root();
        object = attribute.ok()??;
    }
    vm.push_root(object);
    let listed = crate::functions::dir(vm, &[object], &[]);
    vm.pop_root();
    vm.collect_iterable(listed.ok()?).ok()
}

#[cfg(test)]
mod tests {
    use alloc::boxed::Box;

    fn interpreter() -> pyrite::Interpreter {
        pyrite::Interpreter::new(Box::new(crate::port::NullPort), 256 * 1024, &crate::LIBRARY)
    }

    #[test]
    fn globals_builtins_and_attributes_complete() {
        let mut interpreter = interpreter();
        let source = "import math\nsensor_limit = 1\nsensor_reading = 2\n_hidden = 3\n";
        interpreter.exec(source, "<stdin>", crate::ast::Mode::Exec);
        assert_eq!(
            interpreter.completions("sensor_"),
            ["sensor_limit", "sensor_reading"]
        );
        // Built-ins the program has not used yet (`isinstance`, the library's `round`).
        assert_eq!(interpreter.completions("isinst"), ["isinstance"]);
        assert_eq!(interpreter.completions("roun"), ["round"]);
        assert_eq!(interpreter.completions("math.sq"), ["sqrt"]);
        // Private names only when asked for; nothing for what names nothing.
        assert!(interpreter.completions("_hid") == ["_hidden"]);
        assert!(!interpreter
            .completions("")
            .iter()
            .any(|name| name.starts_with('_')));
        assert!(interpreter.completions("nothing.here").is_empty());
        assert!(interpreter.completions("math.zz").is_empty());
    }
}
