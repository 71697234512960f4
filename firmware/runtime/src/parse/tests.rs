//! Parser tests: tree shapes, positions, CPython's error messages, and never panicking.

use super::parse;
use crate::ast::*;
