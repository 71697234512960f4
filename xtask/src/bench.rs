//! `cargo xtask bench`: benchmarks against CPython, report, plots and the regression gate.

pub fn run(_args: &[String]) -> crate::Result {
    Err("bench: not built yet (issue 4)".into())
}
