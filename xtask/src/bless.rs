//! `cargo xtask bless` / `check-exp`: expected outputs of the conformance suite, from CPython.
//!
//! Each script runs under `python3` (which must be CPython 3.11) in its own directory with
//! `PYTHONHASHSEED=0` and `PYTHONIOENCODING=utf-8`; its stdout is the `.exp`. A script that
//! exits non-zero under CPython is an error: tests must not crash there. Scripts with a
//! `# pyrite: differs:` header keep their hand-reviewed `.exp` and are left alone by both.

use pyrite_testsuite::{discover, suite_dir, ExitKind, Script};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

/// CPython must not need longer than this for one small script.
const TIMEOUT: Duration = Duration::from_secs(60);

/// `cargo xtask bless [PATHS...]`: (re)write the `.exp` of every script, or of the given
/// scripts / area directories.
pub fn bless(args: &[String]) -> crate::Result {
    check_python()?;
    let scripts = select(args)?;
    let results = run_all(&scripts);
    let mut written = 0;
    let mut unchanged = 0;
    let mut errors = Vec::new();
    for (script, result) in scripts.iter().zip(results) {
        if let Some(reason) = &script.differs {
            println!(
                "kept  {} (hand-reviewed: pyrite differs: {reason})",
                script.id()
            );
            continue;
        }
        match result {
            Ok(stdout) => {
                if std::fs::read(&script.exp_path).ok().as_deref() == Some(&stdout[..]) {
                    unchanged += 1;
                } else {
                    std::fs::write(&script.exp_path, &stdout)
                        .map_err(|error| format!("{}: {error}", script.exp_path.display()))?;
                    println!("wrote {}.exp", script.id());
                    written += 1;
                }
            }
            Err(error) => errors.push(format!("{}: {error}", script.id())),
        }
    }
    println!(
        "bless: {written} written, {unchanged} unchanged, {} failed",
        errors.len()
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "CPython failed on {} script(s):\n{}",
            errors.len(),
            errors.join("\n")
        )
        .into())
    }
}

/// `cargo xtask check-exp`: re-run CPython over every script; fail listing every `.exp` that
/// differs or is missing.
pub fn check_exp(args: &[String]) -> crate::Result {
    check_python()?;
    let scripts = select(args)?;
    let results = run_all(&scripts);
    let mut problems = Vec::new();
    let mut checked = 0;
    for (script, result) in scripts.iter().zip(results) {
        if script.differs.is_some() {
            continue;
        }
        checked += 1;
        match (result, std::fs::read(&script.exp_path)) {
            (Err(error), _) => problems.push(format!("{}: CPython failed: {error}", script.id())),
            (Ok(_), Err(_)) => problems.push(format!("{}.exp: missing", script.id())),
            (Ok(stdout), Ok(exp)) if stdout != exp => problems.push(format!(
                "{}.exp: differs from CPython's output",
                script.id()
            )),
            _ => {}
        }
    }
    let kept = scripts.len() - checked;
    if problems.is_empty() {
        println!(
            "check-exp: all {checked} .exp files match CPython ({kept} hand-reviewed skipped)"
        );
        Ok(())
    } else {
        Err(format!(
            "check-exp: {} of {checked} .exp files are wrong (fix the script, then `cargo xtask bless`):\n  {}",
            problems.len(),
            problems.join("\n  ")
        )
        .into())
    }
}

/// Fails unless `python3` is CPython 3.11.
fn check_python() -> crate::Result {
    let output = Command::new("python3")
        .args([
            "-c",
            "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])",
        ])
        .output()
        .map_err(|error| format!("cannot run python3 ({error}); CPython 3.11 is the reference"))?;
    let found = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if found != "CPython 3 11" {
        return Err(format!(
            "python3 must be CPython 3.11 (the conformance reference), found `{found}`"
        )
        .into());
    }
    Ok(())
}

/// The scripts named by `args` (files or area directories; relative to the current directory
/// or to testsuite/), or all of them.
fn select(args: &[String]) -> crate::Result<Vec<Script>> {
    let all = discover(&suite_dir())?;
    if args.is_empty() {
        return Ok(all);
    }
    let mut chosen: Vec<Script> = Vec::new();
    for arg in args {
        let path = resolve(arg)?;
        let matches: Vec<&Script> = all
            .iter()
            .filter(|script| script.path == path || script.path.parent() == Some(path.as_path()))
            .collect();
        if matches.is_empty() {
            return Err(format!("{arg}: not a conformance script or area directory").into());
        }
        for script in matches {
            if !chosen.iter().any(|known| known.path == script.path) {
                chosen.push(script.clone());
            }
        }
    }
    Ok(chosen)
}

fn resolve(arg: &str) -> crate::Result<PathBuf> {
    let arg = arg.strip_suffix(".exp").unwrap_or(arg);
    let candidates = [
        PathBuf::from(arg),
        suite_dir().join(arg),
        crate::root().join(arg),
    ];
    candidates
        .iter()
        .find(|path| path.exists())
        .map(|path| path.canonicalize().unwrap_or_else(|_| path.clone()))
        .ok_or_else(|| format!("{arg}: no such file or directory").into())
}

/// CPython's stdout for one script, or why it failed.
type CpythonResult = Result<Vec<u8>, String>;

/// Runs CPython over every script on all cores; results in script order.
fn run_all(scripts: &[Script]) -> Vec<CpythonResult> {
    let threads = std::thread::available_parallelism().map_or(2, |count| count.get());
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<CpythonResult>>> = Mutex::new(vec![None; scripts.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = {
                    let Ok(mut next) = next.lock() else { return };
                    *next += 1;
                    *next - 1
                };
                let Some(script) = scripts.get(index) else {
                    return;
                };
                let result = run_cpython(script);
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|result| result.unwrap_or_else(|| Err("worker thread died".into())))
        .collect()
}

/// Runs CPython over one script.
fn run_cpython(script: &Script) -> CpythonResult {
    let mut command = Command::new("python3");
    command
        .arg("-B") // no __pycache__ beside helper modules
        .arg(&script.name)
        .current_dir(script.dir())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP");
    let outcome = pyrite_testsuite::run_with_timeout(command, TIMEOUT)
        .map_err(|error| format!("cannot run python3: {error}"))?;
    match outcome.exit {
        ExitKind::Code(0) => Ok(outcome.stdout),
        exit => Err(format!(
            "{} under CPython: {exit:?}\n{}",
            display(&script.path),
            String::from_utf8_lossy(&outcome.stderr).trim_end()
        )),
    }
}

fn display(path: &Path) -> String {
    path.strip_prefix(crate::root())
        .unwrap_or(path)
        .display()
        .to_string()
}
