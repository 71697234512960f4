//! What the port adds to the runtime: the library crate's modules, functions and methods.
//!
//! The runtime keeps what start-up and the dispatch loop need: every class and its special
//! (`__dunder__`) methods, the common built-in functions and methods, `sys`'s core. The rest lives
//! in the `pyrite-stdlib` crate, which the firmware builds for size: the library modules
//! (`math` to `machine`), the rarer built-in functions (`round`, `dir`, `eval`, …) and the
//! less used methods of built-in classes (`str.format`, `bytes.hex`, `int.to_bytes`, …). A
//! port hands its [`Library`] to `Interpreter::new`.

use crate::modules::BuiltinModule;
use crate::obj::Builtin;
use crate::qstr::Qstr;

/// The library a VM runs with.
pub struct Library {
    /// Importable modules beyond the runtime's own (`modules::make_builtin`).
    pub modules: &'static [BuiltinModule],
    /// Built-in functions beyond the runtime's own (`builtins::FUNCTIONS`): in `builtins`
    /// once first looked up, like those. With the runtime's, at most
    /// `modules::MAX_LAZY_BUILTINS` (less the lazy exception classes); `Vm::new` refuses more.
    pub builtins: &'static [Builtin],
    /// Ordinary methods of built-in classes, by class. A class looks them up after its own
    /// table and, like those, makes a method object only when a program first uses it
    /// (`Vm::materialize_method`).
    pub methods: &'static [ClassMethods],
    /// Built-in classes written in Python (`BaseExceptionGroup`, `ExceptionGroup`): each
    /// entry's function, called with no arguments, makes the class named after it (from a
    /// frozen module); it is put in `builtins` when a program first looks the name up.
    pub classes: &'static [Builtin],
    /// The REPL's Tab: the names that complete what is typed (`Interpreter::completions`).
    pub completions: fn(&mut crate::vm::Vm, &str) -> alloc::vec::Vec<alloc::string::String>,
    /// Adds the library's part of `sys` (functions, console streams, version records) to the
    /// module `modules::sys::make` made at start-up.
    pub sys: fn(&mut crate::vm::Vm, crate::value::Value) -> crate::vm::PyResult<()>,
}

/// No completions (a library without them).
fn no_completions(_: &mut crate::vm::Vm, _: &str) -> alloc::vec::Vec<alloc::string::String> {
    alloc::vec::Vec::new()
}

/// Nothing more in `sys` (a library without its part).
fn no_sys(_: &mut crate::vm::Vm, _: crate::value::Value) -> crate::vm::PyResult<()> {
    Ok(())
}

/// Library methods of one built-in class.
pub struct ClassMethods {
    /// The class's name (`q::str`).
    pub class: Qstr,
    /// No special names here: those must be in the class's dict from start-up.
    pub methods: &'static [Builtin],
}

impl Library {
    /// No library: only the runtime's own modules and methods (tests of the runtime alone).
    pub const EMPTY: Library = Library {
        modules: &[],
        builtins: &[],
        methods: &[],
        classes: &[],
        completions: no_completions,
        sys: no_sys,
    };

    /// The library methods of the built-in class `class`.
    pub fn methods_of(&self, class: Qstr) -> &'static [Builtin] {
        self.methods
            .iter()
            .find(|entry| entry.class == class)
            .map_or(&[], |entry| entry.methods)
    }
}

#[cfg(test)]
mod tests {
    use super::{ClassMethods, Library};
    use crate::ast::Mode;
    use crate::obj::Builtin;
    use crate::qstr::q;
    use crate::value::Value;
    use crate::vm::{PyResult, Vm};
    use crate::{Interpreter, Outcome, Port};
    use alloc::boxed::Box;
    use alloc::rc::Rc;
    use alloc::string::String;
    use core::cell::RefCell;

    /// A console that keeps what the program prints.
    struct Capture(Rc<RefCell<String>>);

    impl Port for Capture {
        fn console_write(&mut self, bytes: &[u8]) {
            self.0
                .borrow_mut()
                .push_str(&String::from_utf8_lossy(bytes));
        }
        fn console_read(&mut self) -> Option<u8> {
            None
        }
        fn ticks_ms(&self) -> u64 {
            0
        }
        fn ticks_us(&self) -> u64 {
            0
        }
        fn sleep_us(&mut self, _: u64) {}
        fn reset(&mut self) -> ! {
            panic!("reset")
        }
        fn board_name(&self) -> &str {
            "test"
        }
    }

    fn shout(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
        let text = vm.str_text(args[0]).unwrap_or("").to_uppercase();
        vm.new_string(text)
    }

    fn whisper(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
        let text = vm.str_text(args[0]).unwrap_or("").to_lowercase();
        vm.new_string(text)
    }

    static SHOUTING: Library = Library {
        modules: &[],
        builtins: &[Builtin::new("whisper", whisper)],
        methods: &[ClassMethods {
            class: q::str,
            methods: &[Builtin::new("shout", shout)],
        }],
        classes: &[],
        completions: super::no_completions,
        sys: super::no_sys,
    };

    fn run(library: &'static Library, source: &str) -> String {
        let printed = Rc::new(RefCell::new(String::new()));
        let port = Capture(printed.clone());
        let mut interpreter = Interpreter::new(Box::new(port), 64 * 1024, library);
        match interpreter.exec(source, "<test>", Mode::Exec) {
            Outcome::Completed => {}
            Outcome::Exception(traceback) => printed.borrow_mut().push_str(&traceback),
            _ => panic!("unexpected outcome"),
        }
        let text = printed.borrow().clone();
        text
    }

    const PROGRAM: &str = "\
print('shout' in str.__dict__)
print(whisper('AB'))
class Loud(str):
    pass
print(Loud('sub').shout())
print('hi'.shout())
print(str.shout('x'))
";

    /// A library function is a built-in; a library method behaves like one of the class's
    /// own: found on instances, on the class, on subclasses, and in the class's `__dict__`.
    #[test]
    fn library_functions_and_methods_are_built_ins() {
        assert_eq!(run(&SHOUTING, PROGRAM), "True\nab\nSUB\nHI\nX\n");
    }

    /// Without the library, neither exists (and the program is told so).
    #[test]
    fn without_the_library_they_are_missing() {
        let printed = run(&Library::EMPTY, PROGRAM);
        assert!(printed.starts_with("False\n"), "{printed}");
        assert!(
            printed.ends_with("NameError: name 'whisper' is not defined\n"),
            "{printed}"
        );
        let printed = run(
            &Library::EMPTY,
            &PROGRAM.replace("print(whisper('AB'))\n", ""),
        );
        assert!(
            printed.ends_with("AttributeError: 'Loud' object has no attribute 'shout'\n"),
            "{printed}"
        );
    }
}
