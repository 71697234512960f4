//! `cargo xtask bench`: benchmarks against CPython, firmware figures, report, plots and the
//! regression gate. The machinery lives in the `pyrite-bench` crate (`bench/`); this file reads
//! the options, wires the board runner in, and decides the exit code.

use pyrite_bench::baseline::{self, Baseline};
use pyrite_bench::firmware::{self, BoardRun, BoardRunner, BoardSpec, Unavailable};
use pyrite_bench::host::{self, HostOptions, Interpreter};
use pyrite_bench::policy::DefaultPolicy;
use pyrite_bench::program::{self, SizeClass};
use pyrite_bench::results::ConformanceSummary;
use pyrite_bench::results::{Failure, Results, HOST_TARGET, SCHEMA};
use pyrite_bench::{gate, history, plots, report};
use pyrite_emulation::{launch, Backend, Board, Emulator, LaunchOptions, RawRepl};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const USAGE: &str = "\
usage: cargo xtask bench [options]

Runs bench/programs/*.py under pyrite, CPython (python3) and MicroPython (if on PATH) on the
host, and on emulated boards; writes target/bench/{results.yaml,report.md,plots/*.svg}.
Host speed ratios are pyrite/CPython *speed*: above 1 means pyrite is faster.

options:
  --check            exit non-zero if a deterministic metric is worse than its baseline
                     beyond tolerance or over budget (host ratios only warn)
  --bless            write bench/baselines/<target>.yaml from this run, append bench/history.csv
  --reps N           host repetitions (default 5; 3 with --quick)
  --quick            small sizes and fewer repetitions (CI)
  --host-only        skip the emulated boards
  --firmware-only    skip the host comparison
  --board B          emulated board to run (repeatable; default and `all`: every board)
  --results FILE     run nothing: check/bless/plot/report an existing results.yaml
  --compare-to FILE  also write <out>/compare.md: this run against FILE (e.g. the PR base)
  --out DIR          output directory (default target/bench)
  --baselines DIR    baseline directory (default bench/baselines)
  --history FILE     history CSV (default bench/history.csv)
  --firmware-root DIR
                     the source tree whose firmware images the boards run (default: this repo;
                     the PR workflow points it at the base checkout)
  --no-build         do not build pyrite first (PYRITE_BIN set also skips the build)
  --no-conformance   do not run the conformance suite on the boards
  --conformance      run it even with --quick (which skips it: `cargo xtask test` runs it)

environment: PYRITE_BIN (default: the release build, <repo>/target/release/pyrite or under
CARGO_TARGET_DIR), PYTHON (default python3),
MICROPYTHON (default micropython), CI_MAIN=1 (append this run to bench/history.csv).
";

#[derive(Debug)]
struct Options {
    check: bool,
    bless: bool,
    reps: Option<u32>,
    quick: bool,
    host: bool,
    firmware: bool,
    boards: Vec<String>,
    results: Option<PathBuf>,
    compare_to: Option<PathBuf>,
    out: PathBuf,
    baselines: PathBuf,
    history: PathBuf,
    firmware_root: PathBuf,
    build: bool,
    conformance: Option<bool>,
}

fn parse(args: &[String]) -> crate::Result<Options> {
    let root = crate::root();
    let mut options = Options {
        check: false,
        bless: false,
        reps: None,
        quick: false,
        host: true,
        firmware: true,
        boards: Vec::new(),
        results: None,
        compare_to: None,
        out: root.join("target").join("bench"),
        baselines: root.join("bench").join("baselines"),
        history: root.join("bench").join("history.csv"),
        firmware_root: root.clone(),
        build: true,
        conformance: None,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .ok_or_else(|| format!("bench: {name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--check" => options.check = true,
            "--bless" => options.bless = true,
            "--quick" => options.quick = true,
            "--host-only" => options.firmware = false,
            "--firmware-only" => options.host = false,
            "--no-build" => options.build = false,
            "--no-conformance" => options.conformance = Some(false),
            "--conformance" => options.conformance = Some(true),
            "--reps" => {
                let text = value("--reps")?;
                let reps: u32 = text
                    .parse()
                    .map_err(|_| format!("bench: --reps {text}: not a count"))?;
                if reps == 0 {
                    return Err("bench: --reps must be at least 1".into());
                }
                options.reps = Some(reps);
            }
            "--board" => options.boards.push(value("--board")?),
            "--results" => options.results = Some(PathBuf::from(value("--results")?)),
            "--compare-to" => options.compare_to = Some(PathBuf::from(value("--compare-to")?)),
            "--out" => options.out = PathBuf::from(value("--out")?),
            "--baselines" => options.baselines = PathBuf::from(value("--baselines")?),
            "--history" => options.history = PathBuf::from(value("--history")?),
            "--firmware-root" => options.firmware_root = PathBuf::from(value("--firmware-root")?),
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("bench: unknown option `{other}`\n{USAGE}").into()),
        }
    }
    if !options.host && !options.firmware {
        return Err("bench: --host-only and --firmware-only exclude each other".into());
    }
    Ok(options)
}

/// THE FIRMWARE HOOK: opens an emulated board for benchmarking.
///
/// Builds the board's image from `firmware_root` (the tree being measured: this repo, or the
/// PR's base checkout), boots it in QEMU with `-icount shift=0,align=off,sleep=off` through the
/// emulation crate, and hands back a [`QemuBoard`] that runs each program through the raw
/// REPL after a soft reset. When QEMU cannot run, the image's sizes are still measured.
fn open_board(spec: &BoardSpec, firmware_root: &Path) -> Result<Box<dyn BoardRunner>, Unavailable> {
    let board = Board::parse(spec.name).map_err(Unavailable::new)?;
    let elf = build_firmware(spec, firmware_root)
        .map_err(|problem| Unavailable::new(format!("image: {problem}")))?;
    let sizes_only = |reason: String| Unavailable {
        reason,
        elf: Some(elf.clone()),
    };
    if let Some(reason) = pyrite_emulation::qemu_missing() {
        return Err(sizes_only(reason));
    }
    let emulator = launch(board, &elf, &icount_launch())
        .map_err(|error| sizes_only(format!("boot failed: {error}")))?;
    Ok(Box::new(QemuBoard {
        board,
        emulator,
        elf,
        at_raw_prompt: false,
        raw_paste: None,
    }))
}

/// QEMU with `-icount shift=0,align=off,sleep=off`: deterministic virtual time.
fn icount_launch() -> LaunchOptions {
    LaunchOptions {
        backend: Backend::Qemu,
        icount: true,
        boot_timeout: Duration::from_secs(60),
        ..LaunchOptions::default()
    }
}

/// A board booted in QEMU under icount, driven through its raw REPL.
struct QemuBoard {
    board: Board,
    emulator: Emulator,
    elf: PathBuf,
    /// Whether the console sits at the raw REPL's `>` (after a successful run).
    at_raw_prompt: bool,
    /// What the device answered to raw-paste, once known.
    raw_paste: Option<bool>,
}

/// Asks the firmware for its heap high-water mark since the last soft reset; prints -1 when
/// the firmware has no such call (then the metric is simply absent).
/// Prints the heap's high-water mark and its live peak (`-1` where the firmware lacks one).
const HEAP_PEAK_PROBE: &[u8] =
    b"import gc\nprint(gc.mem_peak() if hasattr(gc, 'mem_peak') else -1, \
gc.mem_live_peak() if hasattr(gc, 'mem_live_peak') else -1)\n";

impl QemuBoard {
    fn run_in_raw_repl(&mut self, script: &str, time_limit: Duration) -> Result<BoardRun, String> {
        let console = self.emulator.console();
        let mut repl = if self.at_raw_prompt {
            RawRepl::resume(console, self.raw_paste)
        } else {
            RawRepl::enter(console).map_err(|error| error.to_string())?
        };
        // A fresh interpreter for every program: no globals or heap left from the last one.
        repl.soft_reset().map_err(|error| error.to_string())?;
        repl.run_timeout = time_limit;
        let output = repl
            .exec(script.as_bytes())
            .map_err(|error| error.to_string())?;
        self.raw_paste = repl.uses_raw_paste();
        if output.raised() {
            let text = output.exception_text();
            let last = text
                .lines()
                .rev()
                .find(|line| !line.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            return Err(format!("raised {last}"));
        }
        let probe = repl
            .exec(HEAP_PEAK_PROBE)
            .ok()
            .filter(|probe| !probe.raised())
            .map(|probe| probe.stdout_text())
            .unwrap_or_default();
        let mut figures = probe.split_whitespace().map(|figure| {
            figure
                .parse::<i64>()
                .ok()
                .and_then(|n| u64::try_from(n).ok())
        });
        let heap_peak_bytes = figures.next().flatten();
        let heap_live_bytes = figures.next().flatten();
        self.at_raw_prompt = true;
        Ok(BoardRun {
            output: output.stdout_text(),
            heap_peak_bytes,
            heap_live_bytes,
        })
    }
}

impl BoardRunner for QemuBoard {
    fn elf_path(&self) -> &Path {
        &self.elf
    }

    fn run_script(&mut self, script: &str, time_limit: Duration) -> Result<BoardRun, String> {
        let result = self.run_in_raw_repl(script, time_limit);
        if let Err(problem) = &result {
            // The console state is unknown now: re-enter (Ctrl-C, Ctrl-A) next time, and after
            // a fault or hang boot a fresh board so the next program does not fail with it.
            self.at_raw_prompt = false;
            if !problem.starts_with("raised ") {
                match launch(self.board, &self.elf, &icount_launch()) {
                    Ok(emulator) => self.emulator = emulator,
                    Err(error) => return Err(format!("{problem}; reboot failed: {error}")),
                }
            }
        }
        result
    }

    /// THE CONFORMANCE HOOK: the suite (testsuite/, CPython-blessed .exp, skip list) through
    /// the UART of this board, on the emulation crate's pool of booted boards.
    fn run_conformance(&mut self) -> Result<ConformanceSummary, String> {
        let scripts = pyrite_testsuite::discover(&pyrite_testsuite::suite_dir())
            .map_err(|error| error.to_string())?;
        let skips = pyrite_testsuite::SkipList::load(&pyrite_testsuite::skip_file())
            .map_err(|error| error.to_string())?;
        // The board suite's setup (emulation/tests/board_suite.rs): the files the scripts use.
        let fs_image = self.elf.with_extension("suite-fs.img");
        let on_board = pyrite_emulation::suite_filesystem(self.board, &scripts, &fs_image)
            .map_err(|error| error.to_string())?;
        let runner = pyrite_emulation::BoardRunner::new(self.board, self.elf.clone(), 2)
            .with_filesystem(fs_image, on_board);
        let mut summary = ConformanceSummary {
            passed: 0,
            failed: 0,
            skipped: 0,
        };
        for result in pyrite_testsuite::run_suite(&scripts, &skips, &runner, 2) {
            match result.status {
                pyrite_testsuite::TestStatus::Passed => summary.passed += 1,
                pyrite_testsuite::TestStatus::Failed(_) => summary.failed += 1,
                pyrite_testsuite::TestStatus::Skipped(_) => summary.skipped += 1,
            }
        }
        Ok(summary)
    }
}

/// Builds a board's release image in `<firmware_root>/firmware` and returns its path.
/// (The emulation crate's `Board::build` does the same; use it once it is wired in here.)
fn build_firmware(spec: &BoardSpec, firmware_root: &Path) -> Result<PathBuf, String> {
    let (triple, package) = match spec.name {
        "qemu-mps2-an385" => ("thumbv7m-none-eabi", "pyrite-qemu-mps2"),
        "qemu-mps2-an386" => ("thumbv7em-none-eabi", "pyrite-qemu-mps2"),
        "stm32f405" => ("thumbv7em-none-eabi", "pyrite-stm32f405"),
        other => return Err(format!("no build recipe for board {other}")),
    };
    let firmware = firmware_root.join("firmware");
    let target_directory = firmware.join("target");
    eprintln!("bench: building {package} for {triple} (release)");
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(&firmware)
        .args([
            "build",
            "--quiet",
            "--release",
            "-p",
            package,
            "--target",
            triple,
        ])
        .env("CARGO_TARGET_DIR", &target_directory)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .status()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if !status.success() {
        return Err(format!(
            "cargo build -p {package} --target {triple} failed ({status})"
        ));
    }
    let elf = target_directory.join(triple).join("release").join(package);
    if elf.is_file() {
        Ok(elf)
    } else {
        Err(format!("{} missing after the build", elf.display()))
    }
}

fn git_commit(root: &Path) -> Option<String> {
    let output = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .current_dir(root)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |duration| duration.as_secs())
}

/// The pyrite command line: PYRITE_BIN, or the release build (built first unless told not to).
fn pyrite_command(root: &Path, build: bool) -> (Vec<String>, Option<String>) {
    if let Some(path) = std::env::var_os("PYRITE_BIN") {
        return (vec![path.to_string_lossy().into_owned()], None);
    }
    // Where `cargo build` below puts it: CARGO_TARGET_DIR when set, else <repo>/target.
    let target_directory = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|directory| {
            if directory.is_absolute() {
                directory
            } else {
                root.join(directory)
            }
        })
        .unwrap_or_else(|| root.join("target"));
    let path = target_directory.join("release").join("pyrite");
    let mut problem = None;
    if build {
        eprintln!("bench: building pyrite (cargo build --release -p pyrite-host)");
        let status = Command::new(env!("CARGO"))
            .args(["build", "--release", "-p", "pyrite-host", "--bin", "pyrite"])
            .current_dir(root)
            .status();
        match status {
            Ok(status) if status.success() => {}
            Ok(status) => {
                problem = Some(format!(
                    "cargo build --release -p pyrite-host failed ({status})"
                ))
            }
            Err(error) => problem = Some(format!("cannot run cargo: {error}")),
        }
    }
    (vec![path.to_string_lossy().into_owned()], problem)
}

/// The interpreter binary itself rather than a launcher (pyenv's shim costs ~80 ms per start,
/// which would be charged to CPython's startup time).
fn real_python(name: &str) -> String {
    let output = Command::new(name)
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
            if Path::new(&path).is_file() {
                return path;
            }
            name.to_string()
        }
        _ => name.to_string(),
    }
}

fn run_benchmarks(options: &Options, root: &Path) -> crate::Result<Results> {
    let programs = program::discover(&root.join("bench").join("programs"))?;
    let size_class = if options.quick {
        SizeClass::Quick
    } else {
        SizeClass::Default
    };
    let mut results = Results {
        schema: SCHEMA,
        created_unix: now_unix(),
        commit: git_commit(root),
        size_class: if options.quick { "quick" } else { "default" }.into(),
        host: None,
        host_skipped: None,
        boards: Vec::new(),
        failures: Vec::new(),
        metrics: Default::default(),
    };
    let scratch = options.out.join("work");
    let mut log = |line: &str| eprintln!("bench: {line}");

    if options.host {
        let (pyrite, build_problem) = pyrite_command(root, options.build);
        let python = std::env::var("PYTHON").unwrap_or_else(|_| real_python("python3"));
        let micropython = std::env::var("MICROPYTHON").unwrap_or_else(|_| "micropython".into());
        let interpreters = [
            Interpreter {
                name: "pyrite".into(),
                command: pyrite,
            },
            Interpreter {
                name: "cpython".into(),
                command: vec![python],
            },
            Interpreter {
                name: "micropython".into(),
                command: vec![micropython],
            },
        ];
        let mut infos: Vec<_> = interpreters
            .iter()
            .map(|interpreter| host::probe(interpreter, &scratch))
            .collect();
        if let Some(problem) = build_problem {
            infos[0].detail = format!("{problem}; {}", infos[0].detail);
        }
        for info in &infos {
            if info.available {
                log(&format!(
                    "{}: {} ({})",
                    info.name,
                    info.command.join(" "),
                    info.detail
                ));
            } else if info.name == "micropython" {
                log(&format!("micropython: {}, column skipped", info.detail));
            } else {
                log(&format!("{}: {} — not available", info.name, info.detail));
                results.failures.push(Failure {
                    target: HOST_TARGET.into(),
                    program: "*".into(),
                    interpreter: info.name.clone(),
                    message: format!("not available: {}", info.detail),
                });
            }
        }
        let host_options = HostOptions {
            reps: options.reps.unwrap_or(if options.quick { 3 } else { 5 }),
            size_class,
            startup_reps: if options.quick { 10 } else { 30 },
            time_limit: Duration::from_secs(if options.quick { 60 } else { 120 }),
            scratch: scratch.clone(),
        };
        let (host_results, failures) = host::run(&programs, &infos, &host_options, &mut log)?;
        results.host = Some(host_results);
        results.failures.extend(failures);
    } else {
        results.host_skipped = Some("--firmware-only".into());
    }

    if options.firmware {
        // Every emulated board unless `--board` names some: the issue asks for each program
        // on every board.
        let names: Vec<String> =
            if options.boards.is_empty() || options.boards.iter().any(|board| board == "all") {
                firmware::BOARDS
                    .iter()
                    .map(|spec| spec.name.to_string())
                    .collect()
            } else {
                options.boards.clone()
            };
        for name in names {
            let spec = firmware::board_spec(&name).ok_or_else(|| {
                let known: Vec<&str> = firmware::BOARDS.iter().map(|spec| spec.name).collect();
                format!(
                    "bench: unknown board `{name}` (known: {})",
                    known.join(", ")
                )
            })?;
            let open = |spec: &BoardSpec| open_board(spec, &options.firmware_root);
            let (board, failures) = firmware::run_board(
                spec,
                &open,
                &programs,
                Duration::from_secs(300),
                options.conformance.unwrap_or(!options.quick),
                &mut log,
            );
            results.boards.push(board);
            results.failures.extend(failures);
        }
    }
    results.derive_metrics();
    Ok(results)
}

pub fn run(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    let root = crate::root();
    std::fs::create_dir_all(&options.out)?;
    let results = match &options.results {
        // The detailed sections are the source of truth; metrics are re-derived from them.
        Some(path) => {
            let mut results = Results::load(path)?;
            results.derive_metrics();
            results
        }
        None => run_benchmarks(&options, &root)?,
    };
    let results_path = options.out.join("results.yaml");
    if options.results.as_deref() != Some(results_path.as_path()) {
        results.save(&results_path)?;
    }

    // Baselines: a malformed file is an error for --check/--bless, a warning otherwise.
    let baselines = match baseline::load_directory(&options.baselines) {
        Ok(baselines) => baselines,
        Err(error) if options.check || options.bless => return Err(error.into()),
        Err(error) => {
            eprintln!("bench: warning: {error}");
            Vec::new()
        }
    };
    let gate_report = gate::check(&results, &baselines);

    let history_path = options.history.clone();
    if options.bless {
        let targets: Vec<&String> = results.metrics.keys().collect();
        for target in targets {
            let path = baseline::path_for(&options.baselines, target);
            let previous = baselines
                .iter()
                .find(|(_, old)| &old.target == target)
                .map(|(_, old)| old);
            let metrics = results.target_metrics(target).unwrap_or(&[]);
            let (blessed, notes) = Baseline::bless(previous, target, metrics, &DefaultPolicy);
            blessed.save(&path)?;
            for note in notes {
                eprintln!("bench: bless: {note}");
            }
            eprintln!(
                "bench: blessed {} ({} metrics)",
                path.display(),
                blessed.metrics.len()
            );
        }
        for board in &results.boards {
            if let Some(reason) = &board.unavailable {
                eprintln!(
                    "bench: bless: {} baseline unchanged: not available: {reason}",
                    board.board
                );
            }
        }
    }
    if options.bless || std::env::var("CI_MAIN").is_ok_and(|value| value == "1") {
        let rows = history::append(&history_path, &results)?;
        eprintln!("bench: appended {rows} rows to {}", history_path.display());
    }

    let history_rows = match history::read(&history_path) {
        Ok(rows) => rows,
        Err(error) => {
            eprintln!("bench: warning: {error}");
            Vec::new()
        }
    };
    let plot_files = plots::write_all(&options.out.join("plots"), &results, &history_rows)?;
    let report_path = options.out.join("report.md");
    std::fs::write(&report_path, report::render(&results, Some(&gate_report)))?;
    if let Some(base_path) = &options.compare_to {
        let base = Results::load(base_path)?;
        let compare_path = options.out.join("compare.md");
        std::fs::write(&compare_path, report::render_comparison(&base, &results))?;
        println!("comparison: {}", compare_path.display());
    }

    print_summary(&results);
    println!("results: {}", results_path.display());
    println!("report:  {}", report_path.display());
    for file in plot_files {
        println!("plot:    {}", file.display());
    }
    print!("{}", gate_report.render(false));
    if options.check && gate_report.failed() {
        return Err(format!(
            "bench --check: {} regression(s) against {}",
            gate_report.count(gate::Severity::Fail),
            options.baselines.display()
        )
        .into());
    }
    Ok(())
}

/// A short table on stdout: the ratios and firmware status.
fn print_summary(results: &Results) {
    if let Some(host) = &results.host {
        println!("host (speed ratio = interpreter/CPython; > 1 is faster than CPython):");
        for program in &host.programs {
            let mut line = format!("  {:<12}", program.name);
            for (name, score) in &program.scores {
                match (&score.score, &score.failure) {
                    (_, Some(failure)) => {
                        line.push_str(&format!(" {name}={}", shorten(failure, 60)))
                    }
                    (Some(summary), None) => {
                        line.push_str(&format!(" {name}={}", gate::format_number(summary.median)))
                    }
                    (None, None) => {}
                }
            }
            for (name, ratio) in &program.speed_ratio {
                line.push_str(&format!("  {name}/cpython={ratio:.3}"));
            }
            println!("{line}");
        }
        for (name, ratio) in &host.geomean_speed_ratio {
            println!("  geomean {name}/cpython = {ratio:.3}");
        }
        for (name, summary) in &host.startup_seconds {
            let rss = host
                .startup_peak_rss_kib
                .get(name)
                .map_or(0.0, |summary| summary.median);
            println!(
                "  startup {name}: {:.1} ms, peak RSS {rss:.0} KiB",
                summary.median * 1000.0
            );
        }
    }
    for board in &results.boards {
        match (
            &board.unavailable,
            &board.programs_unavailable,
            &board.sizes,
        ) {
            (Some(reason), _, _) => println!("firmware {}: not available: {reason}", board.board),
            (None, Some(reason), Some(sizes)) => println!(
                "firmware {}: flash {} B, static RAM {} B, heap {} B; programs not run: {reason}",
                board.board,
                sizes.flash,
                sizes.static_ram,
                sizes.heap.map_or("?".to_string(), |heap| heap.to_string())
            ),
            _ => println!(
                "firmware {}: {} programs",
                board.board,
                board.programs.len()
            ),
        }
    }
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(limit).collect::<String>())
    }
}
