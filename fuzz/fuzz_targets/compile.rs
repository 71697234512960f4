//! Fuzz target: source text through the parser and the compiler, then the bytecode verifier.
//!
//! Any input may fail to parse or compile, but neither may panic, and whatever compiles must
//! pass `compile::verify` (stack depths, blocks, arguments, jump targets, line table).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite::ast::Mode;
use pyrite::compile::{compile, disassemble, verify::verify};
use pyrite::parse::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = core::str::from_utf8(data) else {
        return;
    };
    for mode in [Mode::Exec, Mode::Single, Mode::Eval] {
        let Ok(module) = parse(source, mode) else {
            continue;
        };
        if let Ok(code) = compile(&module, mode, "<fuzz>") {
            if let Err(problem) = verify(&code) {
                panic!("verifier: {}\n{}", problem, disassemble(&code));
            }
        }
    }
});
