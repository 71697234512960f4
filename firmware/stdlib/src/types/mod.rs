//! Ordinary methods of built-in classes, kept out of the runtime (see `pyrite::library`).

pub mod bytes;
pub mod float;
pub mod int;
pub mod memoryview;
pub mod str;

use crate::library::ClassMethods;
use crate::qstr::q;

/// Every class's library methods, for [`crate::LIBRARY`].
pub static METHODS: &[ClassMethods] = &[
    ClassMethods {
        class: q::str,
        methods: str::METHODS,
    },
    ClassMethods {
        class: q::int,
        methods: int::METHODS,
    },
    ClassMethods {
        class: q::float,
        methods: float::METHODS,
    },
    ClassMethods {
        class: q::complex,
        methods: float::COMPLEX_METHODS,
    },
    ClassMethods {
        class: q::bytes,
        methods: bytes::BYTES_METHODS,
    },
    ClassMethods {
        class: q::bytearray,
        methods: bytes::BYTEARRAY_METHODS,
    },
    ClassMethods {
        class: q::memoryview,
        methods: memoryview::METHODS,
    },
];
