//! Fuzz target: the tokenizer and parser must return a tree or a `SyntaxError` for any
//! UTF-8 text in every mode, never panic, overflow the stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite::ast::Mode;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = core::str::from_utf8(data) {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let _ = pyrite::parse::parse(text, mode);
        }
    }
});
