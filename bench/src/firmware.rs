//! Firmware runs: the extension point through which emulated boards join the benchmarks.
//!
//! The emulation side (QEMU boot + raw REPL, in `emulation/`) implements [`BoardRunner`]; the
//! harness hands it each program's script at the board size and reads back the `BENCH` line.
//! Under `-icount shift=0,align=off,sleep=off` guest time advances one nanosecond per
//! instruction, so the score (work per *virtual* second, from the board's own clock) is the
//! same on every run and every machine: that is what makes these metrics `deterministic`.

use crate::elf_size::{self, ElfSizes};
use crate::program::{parse_bench_line, Program, SizeClass};
use crate::results::{BoardProgram, BoardResults, ConformanceSummary, Failure};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the harness knows about a board without running it: its name and its budgets.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardSpec {
    /// Name used in `--board`, baselines, results and plots (the emulation crate's
    /// `Board::name`).
    pub name: &'static str,
    /// Other names `--board` accepts.
    pub aliases: &'static [&'static str],
    pub description: &'static str,
    /// Flash the image may use (bytes): the budget of `size.flash_bytes`.
    pub flash_budget: u64,
    /// Static RAM (`.data` + `.bss`, heap excluded) budget in bytes.
    pub static_ram_budget: u64,
    /// The smallest acceptable Python heap in bytes (a floor for `size.heap_bytes`).
    pub heap_floor: u64,
}

/// The boards benchmarks know about; the first is the default. Budgets follow the smallest real
/// chip of the class (STM32F405: 1 MiB flash, 192 KiB RAM).
pub const BOARDS: &[BoardSpec] = &[
    BoardSpec {
        name: "qemu-mps2-an385",
        aliases: &["qemu-mps2", "mps2-an385"],
        description: "Cortex-M3, QEMU mps2-an385",
        flash_budget: 1024 * 1024,
        static_ram_budget: 48 * 1024,
        heap_floor: 128 * 1024,
    },
    BoardSpec {
        name: "qemu-mps2-an386",
        aliases: &["mps2-an386"],
        description: "Cortex-M4F, QEMU mps2-an386",
        flash_budget: 1024 * 1024,
        static_ram_budget: 48 * 1024,
        heap_floor: 128 * 1024,
    },
    BoardSpec {
        name: "stm32f405",
        aliases: &["netduinoplus2"],
        description: "STM32F405 (pyboard class), QEMU netduinoplus2",
        flash_budget: 1024 * 1024,
        static_ram_budget: 48 * 1024,
        heap_floor: 96 * 1024,
    },
];

/// The board `cargo xtask bench` uses when no `--board` is given.
pub const DEFAULT_BOARD: &str = "qemu-mps2-an385";

/// Looks a board up by name or alias.
pub fn board_spec(name: &str) -> Option<&'static BoardSpec> {
    BOARDS
        .iter()
        .find(|spec| spec.name == name || spec.aliases.contains(&name))
}

/// What one script run on a board gave back.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardRun {
    /// Everything the script printed (the `BENCH …` line among it).
    pub output: String,
    /// The heap high-water mark in bytes while the script ran, if the firmware reports one
    /// (e.g. from a `micropython.mem_info()`-style report asked for after the script).
    pub heap_peak_bytes: Option<u64>,
    /// The most the heap held right after a collection, if the firmware reports it.
    pub heap_live_bytes: Option<u64>,
}

/// One emulated board, booted and ready for scripts. Implemented by the emulation side.
pub trait BoardRunner {
    /// The ELF image this board runs (its sizes are read from it).
    fn elf_path(&self) -> &Path;

    /// Runs `script` (a complete program) in a fresh Python environment on the board (soft
    /// reset, then raw REPL or raw-paste) under `-icount shift=0,align=off,sleep=off`.
    /// `Err` carries a message when the script raised (the exception text), the board hung
    /// past `time_limit` (host wall time), or the emulator died.
    fn run_script(&mut self, script: &str, time_limit: Duration) -> Result<BoardRun, String>;

    /// Runs the conformance suite on this board through its UART. The conformance hook:
    /// the default says it is not wired up yet.
    fn run_conformance(&mut self) -> Result<ConformanceSummary, String> {
        Err("conformance suite not wired to this board runner yet".into())
    }
}

/// Why a board cannot run scripts, and the image whose sizes can still be read, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Unavailable {
    pub reason: String,
    /// A built firmware image: its flash/RAM/heap are still measured and gated.
    pub elf: Option<PathBuf>,
}

impl Unavailable {
    pub fn new(reason: impl Into<String>) -> Self {
        Unavailable {
            reason: reason.into(),
            elf: None,
        }
    }
}

/// Opens a board for benchmarking, or says why it cannot ("firmware not built", "no QEMU", …).
pub type BoardOpener<'a> = dyn Fn(&BoardSpec) -> Result<Box<dyn BoardRunner>, Unavailable> + 'a;

/// Runs every program once on `spec` (the score is deterministic, repetitions add nothing).
pub fn run_board(
    spec: &BoardSpec,
    open: &BoardOpener<'_>,
    programs: &[Program],
    time_limit: Duration,
    run_conformance: bool,
    log: &mut dyn FnMut(&str),
) -> (BoardResults, Vec<Failure>) {
    let mut results = BoardResults {
        board: spec.name.to_string(),
        unavailable: None,
        programs_unavailable: None,
        sizes: None,
        programs: Vec::new(),
        conformance: None,
        conformance_unavailable: None,
    };
    let mut failures = Vec::new();
    let mut runner = match open(spec) {
        Ok(runner) => runner,
        Err(Unavailable { reason, elf }) => {
            log(&format!("{}: not available: {reason}", spec.name));
            match elf.map(|elf| elf_size::read(&elf)) {
                Some(Ok(sizes)) => {
                    log(&format!(
                        "{}: sizes read from the image; programs not run",
                        spec.name
                    ));
                    results.sizes = Some(sizes);
                    results.programs_unavailable = Some(reason);
                }
                Some(Err(error)) => results.unavailable = Some(format!("{reason}; {error}")),
                None => results.unavailable = Some(reason),
            }
            return (results, failures);
        }
    };
    match elf_size::read(runner.elf_path()) {
        Ok(sizes) => results.sizes = Some(sizes),
        Err(error) => failures.push(Failure {
            target: spec.name.into(),
            program: "size".into(),
            interpreter: "elf".into(),
            message: error.to_string(),
        }),
    }
    if run_conformance {
        match runner.run_conformance() {
            Ok(summary) => results.conformance = Some(summary),
            Err(reason) => {
                log(&format!("{}: conformance not run: {reason}", spec.name));
                results.conformance_unavailable = Some(reason);
            }
        }
    }
    for program in programs {
        let n = program.size(SizeClass::Board);
        let mut entry = BoardProgram {
            name: program.name.clone(),
            n,
            unit: String::new(),
            score: None,
            virtual_seconds: None,
            heap_peak_bytes: None,
            heap_live_bytes: None,
            failure: None,
        };
        let outcome = runner
            .run_script(&program.script(n), time_limit)
            .and_then(|run| {
                let line = parse_bench_line(&run.output).map_err(|error| error.to_string())?;
                if !line.check_ok {
                    return Err("wrong result (check=fail)".to_string());
                }
                if line.name != program.name || line.n != n {
                    return Err(format!(
                        "BENCH line is for {} n={}, expected {} n={n}",
                        line.name, line.n, program.name
                    ));
                }
                Ok((line, run.heap_peak_bytes, run.heap_live_bytes))
            });
        match outcome {
            Ok((line, heap, live)) => {
                log(&format!(
                    "{} {:<11} {:>12.1} {} (virtual)",
                    spec.name, program.name, line.score, line.unit
                ));
                entry.unit = line.unit;
                entry.score = Some(line.score);
                entry.virtual_seconds = Some(line.time_s);
                entry.heap_peak_bytes = heap;
                entry.heap_live_bytes = live;
            }
            Err(message) => {
                let message = crate::process::tail_lines(&message, 4);
                log(&format!("{} {} failed: {message}", spec.name, program.name));
                entry.failure = Some(format!("failed: {message}"));
                failures.push(Failure {
                    target: spec.name.into(),
                    program: program.name.clone(),
                    interpreter: "pyrite".into(),
                    message,
                });
            }
        }
        results.programs.push(entry);
    }
    (results, failures)
}

/// The sizes of a board image without running it (for `cargo xtask size`-style reports).
pub fn sizes_of(elf: &Path) -> crate::error::Result<ElfSizes> {
    elf_size::read(elf)
}
