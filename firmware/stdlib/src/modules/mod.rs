//! The library's modules, one per file, and the table a port hands to the runtime.

// The runtime's own modules, beside the library's (`super::builtins::check_args`, …).
pub use pyrite::modules::{builtins, errno, gc};

pub mod abc;
pub mod array;
pub mod asyncgen;
pub mod asyncio;
pub mod base64;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod collections_abc;
pub mod colorsys;
pub mod contextlib;
pub mod copy;
pub mod dataclasses;
pub mod datetime;
pub mod r#enum;
pub mod exceptiongroup;
pub mod fractions;
#[cfg(feature = "framebuf")]
pub mod framebuf;
pub mod frozen;
pub mod functools;
pub mod future;
pub mod hashlib;
pub mod heapq;
pub mod hmac;
pub mod io;
pub mod itertools;
pub mod json;
pub mod keyword;
pub mod logging;
pub mod machine;
pub mod math;
pub mod micropython;
pub mod operator;
pub mod os;
pub mod platform;
pub mod pyb;
pub mod queue;
pub mod random;
pub mod re;
pub mod secrets;
pub mod select;
pub mod statistics;
pub mod string;
pub mod r#struct;
pub mod sys;
pub mod textwrap;
pub mod time;
pub mod traceback;
pub mod types;
pub mod typing;
mod unpack;
pub mod warnings;

use pyrite::modules::BuiltinModule;

/// Every library module the image carries (see the features in Cargo.toml), by import name.
pub static MODULES: &[BuiltinModule] = &[
    // Machine and numeric modules.
    #[cfg(feature = "array")]
    BuiltinModule::new("array", array::make),
    #[cfg(feature = "binascii")]
    BuiltinModule::new("binascii", binascii::make),
    #[cfg(feature = "cmath")]
    BuiltinModule::new("cmath", cmath::make),
    #[cfg(feature = "framebuf")]
    BuiltinModule::new("framebuf", framebuf::make),
    #[cfg(feature = "hashlib")]
    BuiltinModule::new("hashlib", hashlib::make),
    BuiltinModule::new("io", io::make),
    #[cfg(feature = "machine")]
    BuiltinModule::new("machine", machine::make),
    #[cfg(feature = "math")]
    BuiltinModule::new("math", math::make),
    BuiltinModule::new("micropython", micropython::make),
    #[cfg(feature = "os")]
    BuiltinModule::new("os", os::make),
    #[cfg(feature = "os")]
    BuiltinModule::new("_os_more", os::make_more),
    #[cfg(feature = "platform")]
    BuiltinModule::new("platform", platform::make),
    #[cfg(feature = "pyb")]
    BuiltinModule::new("pyb", pyb::make),
    #[cfg(feature = "random")]
    BuiltinModule::new("random", random::make),
    #[cfg(feature = "random")]
    BuiltinModule::new("_random_more", random::make_more),
    #[cfg(feature = "secrets")]
    BuiltinModule::new("secrets", secrets::make),
    #[cfg(feature = "select")]
    BuiltinModule::new("select", select::make),
    #[cfg(feature = "statistics")]
    BuiltinModule::new("statistics", statistics::make),
    #[cfg(feature = "struct")]
    BuiltinModule::new("struct", r#struct::make),
    #[cfg(feature = "time")]
    BuiltinModule::new("time", time::make),
    #[cfg(feature = "time")]
    BuiltinModule::new("_strptime", time::make_strptime),
    // Data and functional modules.
    BuiltinModule::new("__future__", future::make),
    #[cfg(feature = "abc")]
    BuiltinModule::new("abc", abc::make),
    BuiltinModule::new("_asyncgen", asyncgen::make),
    #[cfg(feature = "asyncio")]
    BuiltinModule::new("asyncio", asyncio::make),
    #[cfg(feature = "asyncio")]
    BuiltinModule::new("_asyncio_locks", asyncio::make_locks),
    #[cfg(feature = "base64")]
    BuiltinModule::new("base64", base64::make),
    #[cfg(feature = "bisect")]
    BuiltinModule::new("bisect", bisect::make),
    #[cfg(feature = "collections")]
    BuiltinModule::new("collections", collections::make),
    #[cfg(feature = "colorsys")]
    BuiltinModule::new("colorsys", colorsys::make),
    #[cfg(feature = "collections")]
    BuiltinModule::new("collections.abc", collections_abc::make),
    #[cfg(feature = "collections")]
    BuiltinModule::new("_collections_more", collections::make_more),
    BuiltinModule::new("_exceptiongroup", exceptiongroup::make),
    #[cfg(feature = "contextlib")]
    BuiltinModule::new("contextlib", contextlib::make),
    #[cfg(feature = "copy")]
    BuiltinModule::new("copy", copy::make),
    #[cfg(feature = "dataclasses")]
    BuiltinModule::new("dataclasses", dataclasses::make),
    #[cfg(feature = "datetime")]
    BuiltinModule::new("datetime", datetime::make),
    #[cfg(feature = "enum")]
    BuiltinModule::new("enum", r#enum::make),
    #[cfg(feature = "fractions")]
    BuiltinModule::new("fractions", fractions::make),
    #[cfg(feature = "functools")]
    BuiltinModule::new("functools", functools::make),
    #[cfg(feature = "heapq")]
    BuiltinModule::new("heapq", heapq::make),
    #[cfg(feature = "hmac")]
    BuiltinModule::new("hmac", hmac::make),
    #[cfg(feature = "itertools")]
    BuiltinModule::new("itertools", itertools::make),
    #[cfg(feature = "json")]
    BuiltinModule::new("json", json::make),
    #[cfg(feature = "json")]
    BuiltinModule::new("_json_classes", json::make_classes),
    #[cfg(feature = "keyword")]
    BuiltinModule::new("keyword", keyword::make),
    #[cfg(feature = "logging")]
    BuiltinModule::new("logging", logging::make),
    #[cfg(feature = "operator")]
    BuiltinModule::new("operator", operator::make),
    #[cfg(feature = "queue")]
    BuiltinModule::new("queue", queue::make),
    #[cfg(feature = "re")]
    BuiltinModule::new("re", re::make),
    #[cfg(feature = "re")]
    BuiltinModule::new("_re", re::make_native),
    #[cfg(feature = "string")]
    BuiltinModule::new("string", string::make),
    #[cfg(feature = "textwrap")]
    BuiltinModule::new("textwrap", textwrap::make),
    #[cfg(feature = "traceback")]
    BuiltinModule::new("traceback", traceback::make),
    #[cfg(feature = "types")]
    BuiltinModule::new("types", types::make),
    #[cfg(feature = "typing")]
    BuiltinModule::new("typing", typing::make),
    #[cfg(feature = "warnings")]
    BuiltinModule::new("warnings", warnings::make),
];

// The build script's module lists, for the tests below.
#[cfg(test)]
#[path = "../../build/modules.rs"]
mod build_modules;

/// The features in Cargo.toml against the modules: each brings what its modules import.
#[cfg(test)]
mod feature_tests {
    use super::build_modules::{feature_of, library_imports, FROZEN_MODULES, NATIVE_MODULES};
    use alloc::string::String;
    use alloc::vec::Vec;
    use std::collections::{BTreeMap, BTreeSet};

    /// `[features]` of Cargo.toml: each name and what it lists (arrays may span lines).
    fn features() -> BTreeMap<String, Vec<String>> {
        let manifest = include_str!("../../Cargo.toml");
        let section = manifest
            .split("[features]")
            .nth(1)
            .expect("a [features] table");
        let mut table = BTreeMap::new();
        let mut current: Option<(String, String)> = None;
        for line in section.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.starts_with('[') && current.is_none() && !line.is_empty() {
                break; // the next table
            }
            let text = match &mut current {
                Some((_, text)) => {
                    text.push_str(line);
                    text.clone()
                }
                None => {
                    let Some((name, value)) = line.split_once('=') else {
                        continue;
                    };
                    current = Some((String::from(name.trim()), String::from(value.trim())));
                    String::from(value.trim())
                }
            };
            if text.ends_with(']') {
                let (name, _) = current.take().expect("set above");
                let items = text
                    .trim_matches(['[', ']'])
                    .split(',')
                    .map(|item| String::from(item.trim().trim_matches('"')))
                    .filter(|item| !item.is_empty())
                    .collect();
                table.insert(name, items);
            }
        }
        table
    }

    /// `feature` and every feature it brings, transitively.
    fn closure(table: &BTreeMap<String, Vec<String>>, feature: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut stack = alloc::vec![String::from(feature)];
        while let Some(name) = stack.pop() {
            if found.insert(name.clone()) {
                stack.extend(table.get(&name).into_iter().flatten().cloned());
            }
        }
        found
    }

    #[test]
    fn every_module_has_a_feature_and_all_has_every_one() {
        let table = features();
        let all = closure(&table, "all");
        for module in FROZEN_MODULES.iter().chain(NATIVE_MODULES) {
            if let Some(feature) = feature_of(module) {
                assert!(
                    table.contains_key(feature),
                    "{module}: no feature {feature}"
                );
                assert!(all.contains(feature), "`all` lacks {feature}");
            }
        }
        for listed in table["all"].iter().chain(&table["minimal"]) {
            assert!(table.contains_key(listed), "{listed} is no feature");
        }
        assert_eq!(table["default"], ["all"]);
    }

    /// What `library_imports` finds, and which feature brings a module.
    #[test]
    fn imports_are_read_from_the_source() {
        let source = "import sys\nimport math, os as o\n    from collections.abc import Mapping\nfrom . import x\n";
        assert_eq!(
            library_imports(source),
            [
                (2, "math", "math"),
                (2, "os", "os"),
                (3, "collections.abc", "collections")
            ]
        );
        assert_eq!(feature_of("_re"), Some("re"));
        assert_eq!(feature_of("_asyncgen"), None);
    }

    /// Building any set of modules works only if each feature brings what its modules
    /// import (the build script stops the build otherwise): checked here for every feature.
    #[test]
    fn each_feature_brings_what_its_frozen_modules_import() {
        let table = features();
        for module in FROZEN_MODULES {
            let path = alloc::format!(
                "{}/src/modules/frozen/{module}.py",
                env!("CARGO_MANIFEST_DIR")
            );
            let source = std::fs::read_to_string(&path).expect(&path);
            let brought = match feature_of(module) {
                Some(feature) => closure(&table, feature),
                None => BTreeSet::new(),
            };
            for (line, target, feature) in library_imports(&source) {
                assert!(
                    brought.contains(feature),
                    "{path}:{line}: imports {target}, but feature {:?} does not bring {feature:?}",
                    feature_of(module)
                );
            }
        }
    }
}
