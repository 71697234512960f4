//! Build script: shrinks the frozen modules' Python source before it is embedded in flash.
//!
//! `src/modules/frozen/*.py` stay readable (comments, 4-space indents); the copies in
//! `OUT_DIR` that `modules/frozen.rs` embeds have comments dropped, one space per indentation
//! level, continuation lines (inside brackets or after `\`) unindented, and no spaces next to
//! operators and brackets (`x = f(a, b)` → `x=f(a,b)`). Every line stays where it was, so
//! tracebacks keep the source's line numbers, and section markers (`#- name …` at column 0)
//! are kept.
//!
//! Before that, functions' local variables get one-letter names (`build/rename.rs`, checked
//! against the compiler). The minified text is then compressed (`build/pack.rs`) into
//! `frozen_packed.rs`, which `modules/frozen.rs` includes; the minified `.py` copies stay in
//! `OUT_DIR` for the tests.

use std::fmt::Write as _;
use std::path::Path;

#[path = "build/modules.rs"]
mod modules;
#[path = "build/pack.rs"]
mod pack;
#[path = "build/rename.rs"]
mod rename;

use modules::{feature_of, library_imports, FROZEN_MODULES};

/// Is `feature` of this crate enabled for this build?
fn enabled(feature: &str) -> bool {
    let variable = format!("CARGO_FEATURE_{}", feature.to_ascii_uppercase());
    std::env::var_os(variable).is_some()
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let included: Vec<&str> = FROZEN_MODULES
        .iter()
        .copied()
        .filter(|name| feature_of(name).is_none_or(enabled))
        .collect();
    let mut texts = Vec::new();
    for name in &included {
        let path = format!("src/modules/frozen/{name}.py");
        println!("cargo:rerun-if-changed={path}");
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{path}: cannot read: {error}"));
        // A module the image carries must find what it imports: otherwise the features in
        // Cargo.toml miss a dependency.
        for (line, target, feature) in library_imports(&source) {
            if !enabled(feature) {
                panic!(
                    "{path}:{line}: imports `{target}`, which this build leaves out: add \"{feature}\" \
                     to the features of its module in Cargo.toml"
                );
            }
        }
        let source = rename::rename_locals(&source, &path).unwrap_or_else(|reason| {
            println!("cargo:warning={path}: locals keep their names: {reason}");
            source
        });
        let small =
            minify(&source).unwrap_or_else(|(line, message)| panic!("{path}:{line}: {message}"));
        std::fs::write(Path::new(&out).join(format!("{name}.py")), &small)
            .unwrap_or_else(|error| panic!("cannot write the minified {name}.py: {error}"));
        texts.push(small);
    }
    let slices: Vec<&[u8]> = texts.iter().map(|text| text.as_bytes()).collect();
    let packed = pack::pack(&slices);
    let mut rust = String::new();
    let _ = writeln!(
        rust,
        "static DICTIONARY: [u8; {}] = {:?};",
        packed.dictionary.len(),
        packed.dictionary
    );
    for (label, table) in [
        ("LITERAL_LENGTH", &packed.literal_length),
        ("DISTANCE", &packed.distance),
    ] {
        let _ = writeln!(
            rust,
            "static {label}_COUNTS: [u8; {}] = {:?};",
            table.counts.len(),
            table.counts
        );
        let _ = writeln!(
            rust,
            "static {label}_SYMBOLS: [u16; {}] = {:?};",
            table.symbols.len(),
            table.symbols
        );
    }
    // Each module's bytes are a static in a section of its own, `.rodata.frozen.<name>`, so
    // a board's linker script can place some of them apart (the STM32F405 keeps two in the
    // flash sector its reset vectors leave empty); elsewhere they join `.rodata`.
    for (index, (name, bytes)) in included.iter().zip(&packed.modules).enumerate() {
        let _ = writeln!(
            rust,
            "#[cfg_attr(target_os = \"none\", link_section = \".rodata.frozen.{name}\")]\n\
             static PACKED_{index}: [u8; {}] = {bytes:?};",
            bytes.len()
        );
    }
    let _ = writeln!(rust, "static SOURCES: [Packed; {}] = [", included.len());
    for (index, (name, text)) in included.iter().zip(&texts).enumerate() {
        // The head ends where the first section's header line starts.
        let head = text.find("\n#- ").map_or(text.len(), |newline| newline + 1);
        let _ = writeln!(
            rust,
            "    Packed {{ name: {name:?}, length: {}, head: {head}, bytes: &PACKED_{index} }},",
            text.len()
        );
    }
    rust.push_str("];\n");
    std::fs::write(Path::new(&out).join("frozen_packed.rs"), rust)
        .unwrap_or_else(|error| panic!("cannot write frozen_packed.rs: {error}"));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/pack.rs");
    println!("cargo:rerun-if-changed=build/modules.rs");
    println!("cargo:rerun-if-changed=build/rename.rs");
}

/// The line-preserving minification described above; errors name the line.
fn minify(source: &str) -> Result<String, (usize, String)> {
    let mut out = String::with_capacity(source.len());
    let mut depth = 0usize; // open brackets carried over from earlier lines
    let mut continued = false; // the previous line ended with a backslash
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        let text = line.trim_end();
        let body = text.trim_start_matches(' ');
        let indent = text.len() - body.len();
        if body.starts_with('\t') {
            return Err((number, "tabs in indentation".into()));
        }
        let inside = depth > 0 || continued;
        if body.is_empty() || (body.starts_with('#') && !(indent == 0 && body.starts_with("#-"))) {
            // A comment-only or blank line: keep the line, drop its text (not inside a
            // bracket either, where it is just as meaningless).
            out.push('\n');
            continue;
        }
        let (new_depth, backslash) = scan(body, depth).map_err(|message| (number, message))?;
        let body = &if body.starts_with("#-") {
            String::from(body) // a section marker
        } else {
            squeeze(body)
        };
        if inside {
            out.push_str(body);
        } else {
            if indent % 4 != 0 {
                return Err((
                    number,
                    format!("indent of {indent} spaces is not a multiple of 4"),
                ));
            }
            for _ in 0..indent / 4 {
                out.push(' ');
            }
            out.push_str(body);
        }
        out.push('\n');
        depth = new_depth;
        continued = backslash;
    }
    if depth != 0 {
        let message = format!("{depth} bracket(s) still open at the end");
        return Err((source.lines().count(), message));
    }
    Ok(out)
}

/// `body` (a line that `scan` accepted) without its comment and without the spaces next to an
/// operator or bracket outside strings. Spaces between words, and next to quotes and dots
/// (`1 .real`, `1. if`), stay.
fn squeeze(body: &str) -> String {
    const OPERATORS: &[u8] = b"()[]{},:;=+-*/%<>!&|^~@";
    let next_to_operator = |byte: Option<&u8>| byte.is_some_and(|byte| OPERATORS.contains(byte));
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match byte {
            b'#' => break,
            b'\'' | b'"' => {
                // The string, verbatim through its closing quote.
                let start = index;
                index += 1;
                while index < bytes.len() && bytes[index] != byte {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
                index = (index + 1).min(bytes.len());
                out.extend_from_slice(&bytes[start..index]);
                continue;
            }
            b' ' if matches!(bytes.get(index + 1), None | Some(b' ' | b'#'))
                || next_to_operator(out.last())
                || next_to_operator(bytes.get(index + 1)) =>
            {
                index += 1;
                continue;
            }
            _ => out.push(byte),
        }
        index += 1;
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    String::from_utf8(out).expect("only ASCII spaces and a comment were taken out")
}

/// Bracket depth after `line` (strings and comments skipped) and whether it ends with `\`.
fn scan(line: &str, mut depth: usize) -> Result<(usize, bool), String> {
    let bytes = line.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'#' => return Ok((depth, false)),
            quote @ (b'\'' | b'"') => {
                if bytes[index..].starts_with(&[quote; 3]) {
                    return Err("triple-quoted strings are not supported in frozen modules".into());
                }
                index += 1;
                while index < bytes.len() && bytes[index] != quote {
                    if bytes[index] == b'\\' {
                        index += 1;
                    }
                    index += 1;
                }
                if index >= bytes.len() {
                    return Err("string runs past the end of the line".into());
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| String::from("closing bracket without an opening one"))?;
            }
            b'\\' if index + 1 == bytes.len() => return Ok((depth, true)),
            _ => {}
        }
        index += 1;
    }
    Ok((depth, false))
}
