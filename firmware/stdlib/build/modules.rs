//! Which modules the library has and what the frozen ones import: shared by the build script
//! (which leaves out the modules whose feature is off, and checks that the ones it keeps find
//! their imports) and the library's tests (which check every feature's dependencies in
//! Cargo.toml).

/// The frozen modules (`src/modules/frozen/<name>.py`).
pub const FROZEN_MODULES: &[&str] = &[
    "__future__",
    "_asyncgen",
    "_asyncio_locks",
    "_collections_more",
    "_exceptiongroup",
    "_json_classes",
    "_os_more",
    "_random_more",
    "_strptime",
    "abc",
    "asyncio",
    "base64",
    "bisect",
    "collections",
    "collections.abc",
    "colorsys",
    "contextlib",
    "copy",
    "dataclasses",
    "datetime",
    "enum",
    "fractions",
    "functools",
    "heapq",
    "hmac",
    "itertools",
    "keyword",
    "logging",
    "operator",
    "platform",
    "queue",
    "re",
    "secrets",
    "statistics",
    "string",
    "textwrap",
    "types",
    "typing",
    "warnings",
];

/// The library modules written in Rust, each behind the feature of its name (`io` is always
/// there).
pub const NATIVE_MODULES: &[&str] = &[
    "array", "binascii", "cmath", "hashlib", "json", "machine", "math", "os", "pyb", "random",
    "select", "struct", "time",
];

/// The feature that brings a library module into the image (Cargo.toml), or None for those
/// always there: the frozen helpers of the language itself and `io` (behind `open()`).
pub fn feature_of(module: &str) -> Option<&str> {
    match module {
        "__future__" | "_asyncgen" | "_exceptiongroup" | "io" => None,
        "_asyncio_locks" => Some("asyncio"),
        "_collections_more" | "collections.abc" => Some("collections"),
        "_json_classes" => Some("json"),
        "_os_more" => Some("os"),
        "_random_more" => Some("random"),
        "_strptime" => Some("time"),
        "_re" => Some("re"),
        other => Some(other),
    }
}

/// The library modules `source` imports (at any indentation; `sys` and other runtime
/// modules are not the library's), with the line and the feature that brings each.
pub fn library_imports(source: &str) -> Vec<(usize, &str, &str)> {
    let mut found = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let line = line.trim_start();
        let (imported, from) = if let Some(rest) = line.strip_prefix("import ") {
            (rest, false)
        } else if let Some(rest) = line.strip_prefix("from ") {
            (rest, true)
        } else {
            continue;
        };
        for item in imported.split(',') {
            let Some(target) = item.split_whitespace().next() else {
                continue;
            };
            let known = FROZEN_MODULES.contains(&target) || NATIVE_MODULES.contains(&target);
            if let Some(feature) = feature_of(target).filter(|_| known) {
                found.push((index + 1, target, feature));
            }
            if from {
                break; // the names after `import` are not modules
            }
        }
    }
    found
}
