//! `cargo xtask test`: the README's test command — every check, then one summary.
//!
//! Steps: build `pyrite` (release), `cargo test --workspace` (unit tests and the conformance
//! suite against that binary), `check-exp` (every `.exp` still matches CPython 3.11). Later
//! steps (firmware suites in QEMU, the bench gate) are added to [`steps`]. Every step runs even
//! when an earlier one failed (unless it needs that one), and the command exits non-zero if any
//! step failed.

use std::process::Command;
use std::time::Instant;

/// How one step ended.
enum Outcome {
    Passed,
    Failed(String),
    Skipped(String),
}

/// One step of the test command.
struct Step {
    name: &'static str,
    /// Name of a step that must have passed first.
    needs: Option<&'static str>,
    run: fn() -> crate::Result,
}

/// The steps, in order. Firmware suites and the bench gate go at the end of this list.
fn steps() -> Vec<Step> {
    vec![
        Step {
            name: "build pyrite (release)",
            needs: None,
            run: build_pyrite,
        },
        Step {
            name: "cargo test --workspace (unit tests + conformance on host)",
            needs: Some("build pyrite (release)"),
            run: cargo_test,
        },
        Step {
            name: "check-exp (.exp files == CPython 3.11 output)",
            needs: None,
            run: || crate::bless::check_exp(&[]),
        },
    ]
}

pub fn run(args: &[String]) -> crate::Result {
    if let Some(arg) = args.first() {
        return Err(format!("test takes no arguments (got `{arg}`)").into());
    }
    let mut results: Vec<(&'static str, Outcome, f64)> = Vec::new();
    for step in steps() {
        let blocked = step.needs.and_then(|needed| {
            results
                .iter()
                .find(|(name, outcome, _)| *name == needed && !matches!(outcome, Outcome::Passed))
                .map(|_| needed)
        });
        if let Some(needed) = blocked {
            results.push((
                step.name,
                Outcome::Skipped(format!("needs `{needed}`")),
                0.0,
            ));
            continue;
        }
        eprintln!("\n==> {}", step.name);
        let started = Instant::now();
        let outcome = match (step.run)() {
            Ok(()) => Outcome::Passed,
            Err(error) => Outcome::Failed(error.to_string()),
        };
        results.push((step.name, outcome, started.elapsed().as_secs_f64()));
    }
    eprintln!("\n==> summary");
    let mut failed = 0;
    for (name, outcome, seconds) in &results {
        match outcome {
            Outcome::Passed => eprintln!("  ok       {name} ({seconds:.0} s)"),
            Outcome::Failed(error) => {
                failed += 1;
                let first_line = error.lines().next().unwrap_or("");
                eprintln!("  FAILED   {name} ({seconds:.0} s): {first_line}");
            }
            Outcome::Skipped(why) => {
                failed += 1;
                eprintln!("  SKIPPED  {name}: {why}");
            }
        }
    }
    if failed == 0 {
        eprintln!("all {} steps passed", results.len());
        Ok(())
    } else {
        Err(format!("{failed} of {} test steps did not pass", results.len()).into())
    }
}

/// `cargo build --release -p pyrite-host`.
fn build_pyrite() -> crate::Result {
    cargo(&["build", "--release", "-p", "pyrite-host"], None)
}

/// `cargo test --workspace`, with `PYRITE_BIN` pointing at the release binary.
fn cargo_test() -> crate::Result {
    let binary = pyrite_testsuite::default_pyrite_binary();
    eprintln!("PYRITE_BIN={}", binary.display());
    cargo(&["test", "--workspace"], Some(&binary))
}

fn cargo(args: &[&str], pyrite_bin: Option<&std::path::Path>) -> crate::Result {
    let mut command = Command::new(env!("CARGO"));
    command.args(args).current_dir(crate::root());
    if let Some(binary) = pyrite_bin {
        command.env("PYRITE_BIN", binary);
    }
    let status = command.status()?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")).into())
    }
}
