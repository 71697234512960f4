//! The library's modules, one per file, and the table a port hands to the runtime.

// The runtime's own modules, beside the library's (`super::builtins::check_args`, …).
pub use pyrite::modules::{builtins, errno, gc, sys};

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
pub mod textwrap;
pub mod time;
pub mod traceback;
pub mod types;
pub mod typing;
mod unpack;
pub mod warnings;

use pyrite::modules::BuiltinModule;

/// Every library module, by import name.
pub static MODULES: &[BuiltinModule] = &[
    // Machine and numeric modules.
    BuiltinModule::new("array", array::make),
    BuiltinModule::new("binascii", binascii::make),
    BuiltinModule::new("cmath", cmath::make),
    BuiltinModule::new("hashlib", hashlib::make),
    BuiltinModule::new("io", io::make),
    BuiltinModule::new("machine", machine::make),
    BuiltinModule::new("math", math::make),
    BuiltinModule::new("os", os::make),
    BuiltinModule::new("platform", platform::make),
    BuiltinModule::new("pyb", pyb::make),
    BuiltinModule::new("random", random::make),
    BuiltinModule::new("secrets", secrets::make),
    BuiltinModule::new("select", select::make),
    BuiltinModule::new("statistics", statistics::make),
    BuiltinModule::new("struct", r#struct::make),
    BuiltinModule::new("time", time::make),
    // Data and functional modules.
    BuiltinModule::new("__future__", future::make),
    BuiltinModule::new("abc", abc::make),
    BuiltinModule::new("_asyncgen", asyncgen::make),
    BuiltinModule::new("asyncio", asyncio::make),
    BuiltinModule::new("_asyncio_locks", asyncio::make_locks),
    BuiltinModule::new("base64", base64::make),
    BuiltinModule::new("bisect", bisect::make),
    BuiltinModule::new("collections", collections::make),
    BuiltinModule::new("colorsys", colorsys::make),
    BuiltinModule::new("collections.abc", collections_abc::make),
    BuiltinModule::new("_collections_more", collections::make_more),
    BuiltinModule::new("_exceptiongroup", exceptiongroup::make),
    BuiltinModule::new("contextlib", contextlib::make),
    BuiltinModule::new("copy", copy::make),
    BuiltinModule::new("dataclasses", dataclasses::make),
    BuiltinModule::new("datetime", datetime::make),
    BuiltinModule::new("enum", r#enum::make),
    BuiltinModule::new("fractions", fractions::make),
    BuiltinModule::new("functools", functools::make),
    BuiltinModule::new("heapq", heapq::make),
    BuiltinModule::new("hmac", hmac::make),
    BuiltinModule::new("itertools", itertools::make),
    BuiltinModule::new("json", json::make),
    BuiltinModule::new("keyword", keyword::make),
    BuiltinModule::new("logging", logging::make),
    BuiltinModule::new("operator", operator::make),
    BuiltinModule::new("queue", queue::make),
    BuiltinModule::new("re", re::make),
    BuiltinModule::new("_re", re::make_native),
    BuiltinModule::new("string", string::make),
    BuiltinModule::new("textwrap", textwrap::make),
    BuiltinModule::new("traceback", traceback::make),
    BuiltinModule::new("types", types::make),
    BuiltinModule::new("typing", typing::make),
    BuiltinModule::new("warnings", warnings::make),
];
