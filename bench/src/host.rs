//! Host runs: pyrite, CPython and (when installed) MicroPython on the same programs, interleaved.
//!
//! Each repetition runs every program under every interpreter before the next repetition
//! starts (rotating the interpreter order), so a slow phase of the machine hits all columns
//! alike. A program's score is what it prints itself (work per second, excluding startup and
//! compile); the speed ratio is the median score of an interpreter over CPython's.

use crate::error::{io_error, Result};
use crate::process;
use crate::program::{parse_bench_line, Program, SizeClass};
use crate::results::{
    Failure, HostProgram, HostResults, HostScore, InterpreterInfo, Summary, HOST_TARGET, REFERENCE,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A Python implementation to run: its short name and command line (the script path follows).
#[derive(Debug, Clone, PartialEq)]
pub struct Interpreter {
    pub name: String,
    pub command: Vec<String>,
}

/// How to run the host half.
#[derive(Debug, Clone)]
pub struct HostOptions {
    pub reps: u32,
    pub size_class: SizeClass,
    /// Repetitions of `-c pass` for startup time and RSS.
    pub startup_reps: u32,
    /// A run taking longer is killed and counted as failed.
    pub time_limit: Duration,
    /// Where scripts and captured output go.
    pub scratch: PathBuf,
}

/// Finds `program` on PATH (or checks it as a path when it contains a `/`).
pub fn find_executable(program: &str) -> Option<PathBuf> {
    let is_executable = |path: &Path| {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|metadata| metadata.is_file() && metadata.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        let path = PathBuf::from(program);
        return is_executable(&path).then_some(path);
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|directory| directory.join(program))
        .find(|candidate| is_executable(candidate))
}

/// Whether an interpreter can run here, and its version line.
pub fn probe(interpreter: &Interpreter, scratch: &Path) -> InterpreterInfo {
    let mut info = InterpreterInfo {
        name: interpreter.name.clone(),
        command: interpreter.command.clone(),
        available: false,
        detail: String::new(),
    };
    let Some(program) = interpreter.command.first() else {
        info.detail = "empty command".into();
        return info;
    };
    if find_executable(program).is_none() {
        info.detail = if program.contains('/') {
            format!("not found: {program}")
        } else {
            "not on PATH".to_string()
        };
        return info;
    }
    info.available = true;
    let mut version = interpreter.command.clone();
    version.push("--version".into());
    info.detail = match process::run(
        &version,
        &scratch.join("probe").join(&interpreter.name),
        Duration::from_secs(10),
    ) {
        Ok(finished) if finished.success() => {
            let text = if finished.stdout.trim().is_empty() {
                finished.stderr
            } else {
                finished.stdout
            };
            text.lines().next().unwrap_or("").trim().to_string()
        }
        // pyrite may not implement the flag: no reason to drop its column or print its usage.
        Ok(_) | Err(_) => "no --version output".to_string(),
    };
    info
}

/// Scores of one program under one interpreter, its first failure, and its peak RSS (KiB).
type Samples = (Vec<f64>, Option<String>, u64);

/// Runs every program under every available interpreter; returns the results and the failures.
pub fn run(
    programs: &[Program],
    interpreters: &[InterpreterInfo],
    options: &HostOptions,
    log: &mut dyn FnMut(&str),
) -> Result<(HostResults, Vec<Failure>)> {
    let available: Vec<&InterpreterInfo> =
        interpreters.iter().filter(|info| info.available).collect();
    let script_directory = options.scratch.join("scripts");
    std::fs::create_dir_all(&script_directory)
        .map_err(|error| io_error(&script_directory, error))?;
    let mut scripts = Vec::new();
    for program in programs {
        let path = script_directory.join(format!("{}.py", program.name));
        let n = program.size(options.size_class);
        std::fs::write(&path, program.script(n)).map_err(|error| io_error(&path, error))?;
        scripts.push((path, n));
    }

    // (program index, interpreter name) → samples, first failure, peak RSS.
    let mut samples: BTreeMap<(usize, String), Samples> = BTreeMap::new();
    let mut units: BTreeMap<usize, String> = BTreeMap::new();
    for rep in 0..options.reps {
        for (index, program) in programs.iter().enumerate() {
            for offset in 0..available.len() {
                let interpreter = available[(offset + rep as usize) % available.len()];
                let key = (index, interpreter.name.clone());
                let entry = samples.entry(key).or_insert_with(|| (Vec::new(), None, 0));
                if entry.1.is_some() {
                    continue; // Failed before: do not spend the time again.
                }
                let (script, n) = &scripts[index];
                let mut command = interpreter.command.clone();
                command.push(script.display().to_string());
                let scratch = options.scratch.join("runs").join(&interpreter.name);
                match run_one(&command, &scratch, options.time_limit, &program.name, *n) {
                    Ok((score, unit, rss)) => {
                        log(&format!(
                            "rep {}/{} {:<11} {:<11} {:>14.1} {unit}",
                            rep + 1,
                            options.reps,
                            program.name,
                            interpreter.name,
                            score
                        ));
                        entry.0.push(score);
                        entry.2 = entry.2.max(rss);
                        units.insert(index, unit);
                    }
                    Err(message) => {
                        log(&format!(
                            "rep {}/{} {} {} failed: {message}",
                            rep + 1,
                            options.reps,
                            program.name,
                            interpreter.name
                        ));
                        entry.1 = Some(message);
                    }
                }
            }
        }
    }

    let mut failures = Vec::new();
    let mut host_programs = Vec::new();
    for (index, program) in programs.iter().enumerate() {
        let mut scores = BTreeMap::new();
        for interpreter in &available {
            let Some((values, failure, rss)) = samples.remove(&(index, interpreter.name.clone()))
            else {
                continue;
            };
            if let Some(message) = &failure {
                failures.push(Failure {
                    target: HOST_TARGET.into(),
                    program: program.name.clone(),
                    interpreter: interpreter.name.clone(),
                    message: message.clone(),
                });
            }
            let score = if failure.is_some() {
                None
            } else {
                Summary::of(values)
            };
            scores.insert(
                interpreter.name.clone(),
                HostScore {
                    score,
                    peak_rss_kib: (rss > 0).then_some(rss),
                    failure: failure.map(|message| format!("failed: {message}")),
                },
            );
        }
        // Ratios of the best repetitions: another process on the machine only ever slows a run
        // down, so the fastest of each is the least disturbed (medians moved by 40% between
        // runs on a busy 2-core machine, best-of by far less).
        let reference = scores
            .get(REFERENCE)
            .and_then(|score| score.score.as_ref())
            .map(|summary| summary.max);
        let mut speed_ratio = BTreeMap::new();
        for (name, score) in &scores {
            if name == REFERENCE {
                continue;
            }
            if let (Some(reference), Some(summary)) = (reference, &score.score) {
                if reference > 0.0 {
                    speed_ratio.insert(name.clone(), summary.max / reference);
                }
            }
        }
        host_programs.push(HostProgram {
            name: program.name.clone(),
            n: scripts[index].1,
            unit: units.get(&index).cloned().unwrap_or_else(|| "?".into()),
            scores,
            speed_ratio,
        });
    }

    let mut geomean_speed_ratio = BTreeMap::new();
    for interpreter in &available {
        let ratios: Vec<f64> = host_programs
            .iter()
            .filter_map(|program| program.speed_ratio.get(&interpreter.name).copied())
            .collect();
        if let Some(mean) = crate::stats::geometric_mean(&ratios) {
            geomean_speed_ratio.insert(interpreter.name.clone(), mean);
        }
    }

    let (startup_seconds, startup_peak_rss_kib) = startup(&available, options, &mut failures, log);
    Ok((
        HostResults {
            reps: options.reps,
            interpreters: interpreters.to_vec(),
            programs: host_programs,
            geomean_speed_ratio,
            startup_seconds,
            startup_peak_rss_kib,
        },
        failures,
    ))
}

/// Runs one script; on success its score, unit and peak RSS, otherwise why it failed.
fn run_one(
    command: &[String],
    scratch: &Path,
    limit: Duration,
    name: &str,
    n: u64,
) -> std::result::Result<(f64, String, u64), String> {
    let finished = process::run(command, scratch, limit).map_err(|error| error.to_string())?;
    if !finished.success() {
        return Err(finished.failure_summary());
    }
    let line = parse_bench_line(&finished.stdout).map_err(|error| {
        format!(
            "{error}; output: {}",
            process::tail_lines(&finished.stdout, 2)
        )
    })?;
    if !line.check_ok {
        return Err(format!(
            "wrong result (check=fail): {}",
            process::tail_lines(&finished.stderr, 2)
        ));
    }
    if line.name != name || line.n != n {
        return Err(format!(
            "BENCH line is for {} n={}, expected {name} n={n}",
            line.name, line.n
        ));
    }
    if line.score <= 0.0 {
        return Err(format!("score {} is not positive", line.score));
    }
    Ok((line.score, line.unit, finished.peak_rss_kib))
}

type StartupSummaries = (BTreeMap<String, Summary>, BTreeMap<String, Summary>);

/// Wall time and peak RSS of `-c pass`, interleaved over the interpreters.
fn startup(
    available: &[&InterpreterInfo],
    options: &HostOptions,
    failures: &mut Vec<Failure>,
    log: &mut dyn FnMut(&str),
) -> StartupSummaries {
    let mut times: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut rss: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut failed: BTreeMap<String, String> = BTreeMap::new();
    for _ in 0..options.startup_reps {
        for interpreter in available {
            if failed.contains_key(&interpreter.name) {
                continue;
            }
            let mut command = interpreter.command.clone();
            command.extend(["-c".to_string(), "pass".to_string()]);
            let scratch = options.scratch.join("startup").join(&interpreter.name);
            match process::run(&command, &scratch, options.time_limit) {
                Ok(finished) if finished.success() => {
                    times
                        .entry(interpreter.name.clone())
                        .or_default()
                        .push(finished.wall_seconds);
                    rss.entry(interpreter.name.clone())
                        .or_default()
                        .push(finished.peak_rss_kib as f64);
                }
                Ok(finished) => {
                    failed.insert(interpreter.name.clone(), finished.failure_summary());
                }
                Err(error) => {
                    failed.insert(interpreter.name.clone(), error.to_string());
                }
            }
        }
    }
    for (name, message) in failed {
        log(&format!("startup {name} failed: {message}"));
        times.remove(&name);
        rss.remove(&name);
        failures.push(Failure {
            target: HOST_TARGET.into(),
            program: "startup (-c pass)".into(),
            interpreter: name,
            message,
        });
    }
    let summarize = |map: BTreeMap<String, Vec<f64>>| {
        map.into_iter()
            .filter_map(|(name, values)| Summary::of(values).map(|summary| (name, summary)))
            .collect()
    };
    (summarize(times), summarize(rss))
}
