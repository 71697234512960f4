//! The regression gate end to end: a slower or larger build, or a doctored baseline, is caught;
//! improvements and changes within tolerance pass; noisy host ratios only warn; an unavailable
//! board is skipped with its reason; and a fake board (CPython standing in for the emulator)
//! goes through the firmware extension point into metrics, baselines and plots.

use pyrite_bench::baseline::{self, Baseline};
use pyrite_bench::firmware::{self, BoardRun, BoardRunner};
use pyrite_bench::gate::{self, Severity};
use pyrite_bench::policy::DefaultPolicy;
use pyrite_bench::program;
use pyrite_bench::results::{
    BoardResults, HostProgram, HostResults, HostScore, Results, Summary, SCHEMA,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn scratch(name: &str) -> PathBuf {
    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("gate-{name}"));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

fn empty_results() -> Results {
    Results {
        schema: SCHEMA,
        created_unix: 1_767_225_600,
        commit: Some("abc1234".into()),
        size_class: "quick".into(),
        host: None,
        host_skipped: Some("test".into()),
        boards: Vec::new(),
        failures: Vec::new(),
        metrics: BTreeMap::new(),
    }
}

/// A board run with the given pystone score and flash size.
fn board_results(score: f64, flash: u64) -> Results {
    let mut results = empty_results();
    results.boards.push(BoardResults {
        board: "qemu-mps2-an385".into(),
        unavailable: None,
        programs_unavailable: None,
        sizes: Some(pyrite_bench::elf_size::ElfSizes {
            text: flash - 1000,
            rodata: 600,
            data: 400,
            bss: 8000,
            stack: 0,
            flash,
            static_ram: 8400,
            heap: Some(140 * 1024),
            heap_source: Some("section .heap".into()),
        }),
        programs: vec![pyrite_bench::results::BoardProgram {
            name: "pystone".into(),
            n: 500,
            unit: "pystones/s".into(),
            score: Some(score),
            virtual_seconds: Some(500.0 / score),
            heap_peak_bytes: Some(20_000),
            heap_live_bytes: Some(12_000),
            failure: None,
        }],
        conformance: None,
        conformance_unavailable: None,
    });
    results.derive_metrics();
    results
}

/// Blesses `results` into a fresh baseline directory and returns it, loaded.
fn blessed(name: &str, results: &Results) -> Vec<(PathBuf, Baseline)> {
    let directory = scratch(name);
    for (target, metrics) in &results.metrics {
        let (baseline, _) = Baseline::bless(None, target, metrics, &DefaultPolicy);
        baseline
            .save(&baseline::path_for(&directory, target))
            .unwrap();
    }
    baseline::load_directory(&directory).unwrap()
}

fn failing_lines(report: &gate::GateReport) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Fail)
        .map(|finding| format!("{} {}: {}", finding.target, finding.metric, finding.message))
        .collect()
}

#[test]
fn a_slower_build_fails_the_gate_naming_metric_baseline_new_value_and_difference() {
    let baselines = blessed("slower", &board_results(2000.0, 300_000));
    let report = gate::check(&board_results(1900.0, 300_000), &baselines);
    assert!(report.failed(), "{}", report.render(true));
    let lines = failing_lines(&report);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line = &lines[0];
    assert!(line.contains("pystone.score"), "{line}");
    assert!(line.contains("baseline 2000"), "{line}");
    assert!(line.contains("new 1900"), "{line}");
    assert!(line.contains("-5.0%"), "{line}");
}

#[test]
fn a_larger_build_fails_the_gate() {
    let baselines = blessed("larger", &board_results(2000.0, 300_000));
    let report = gate::check(&board_results(2000.0, 306_000), &baselines);
    let lines = failing_lines(&report);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("size.flash_bytes") && lines[0].contains("+2.0%"),
        "{lines:?}"
    );
}

#[test]
fn a_doctored_baseline_is_caught() {
    let directory = scratch("doctored");
    let results = board_results(2000.0, 300_000);
    let (mut baseline, _) = Baseline::bless(
        None,
        "qemu-mps2-an385",
        results.target_metrics("qemu-mps2-an385").unwrap(),
        &DefaultPolicy,
    );
    // Claim the baseline was 10% faster than what this build does.
    baseline.metrics.get_mut("pystone.score").unwrap().value = 2200.0;
    baseline
        .save(&baseline::path_for(&directory, "qemu-mps2-an385"))
        .unwrap();
    let report = gate::check(&results, &baseline::load_directory(&directory).unwrap());
    assert!(report.failed());
    assert!(
        failing_lines(&report)[0].contains("baseline 2200"),
        "{}",
        report.render(true)
    );
}

#[test]
fn improvements_and_changes_within_tolerance_pass() {
    let baselines = blessed("improve", &board_results(2000.0, 300_000));
    let faster_and_smaller = gate::check(&board_results(2500.0, 250_000), &baselines);
    assert!(
        !faster_and_smaller.failed(),
        "{}",
        faster_and_smaller.render(true)
    );
    assert!(faster_and_smaller.render(true).contains("improved"));
    // 1% slower (tolerance 2%) and 0.5% larger (tolerance 1%).
    let slightly_worse = gate::check(&board_results(1980.0, 301_500), &baselines);
    assert!(!slightly_worse.failed(), "{}", slightly_worse.render(true));
    assert_eq!(slightly_worse.count(Severity::Warn), 0);
}

#[test]
fn going_over_budget_fails_even_within_tolerance() {
    // Flash budget of qemu-mps2-an385 is 1 MiB; the baseline is already close to it.
    let baselines = blessed("budget", &board_results(2000.0, 1_045_000));
    let report = gate::check(&board_results(2000.0, 1_050_000), &baselines);
    let lines = failing_lines(&report);
    assert_eq!(lines.len(), 1, "{}", report.render(true));
    assert!(
        lines[0].contains("over budget") && lines[0].contains("budget 1048576"),
        "{lines:?}"
    );
}

fn host_results(pyrite_ratio: f64) -> Results {
    let mut results = empty_results();
    let summary = |value: f64| Summary::of(vec![value]).unwrap();
    let mut scores = BTreeMap::new();
    scores.insert(
        "cpython".to_string(),
        HostScore {
            score: Some(summary(1000.0)),
            peak_rss_kib: None,
            failure: None,
        },
    );
    scores.insert(
        "pyrite".to_string(),
        HostScore {
            score: Some(summary(1000.0 * pyrite_ratio)),
            peak_rss_kib: None,
            failure: None,
        },
    );
    let mut speed_ratio = BTreeMap::new();
    speed_ratio.insert("pyrite".to_string(), pyrite_ratio);
    let mut geomean = BTreeMap::new();
    geomean.insert("pyrite".to_string(), pyrite_ratio);
    results.host = Some(HostResults {
        reps: 1,
        interpreters: Vec::new(),
        programs: vec![HostProgram {
            name: "pystone".into(),
            n: 10,
            unit: "pystones/s".into(),
            scores,
            speed_ratio,
        }],
        geomean_speed_ratio: geomean,
        startup_seconds: BTreeMap::new(),
        startup_peak_rss_kib: BTreeMap::new(),
    });
    results.host_skipped = None;
    results.derive_metrics();
    results
}

#[test]
fn a_host_ratio_regression_only_warns() {
    let baselines = blessed("host", &host_results(0.8));
    let report = gate::check(&host_results(0.4), &baselines);
    assert!(!report.failed(), "{}", report.render(true));
    assert_eq!(report.count(Severity::Warn), 2, "{}", report.render(true));
    assert!(report.render(false).contains("pystone.speed_ratio"));
}

#[test]
fn a_board_without_an_image_fails_the_gate_with_its_reason() {
    let baselines = blessed("skip", &board_results(2000.0, 300_000));
    let mut results = empty_results();
    results.boards.push(BoardResults {
        board: "qemu-mps2-an385".into(),
        unavailable: Some("firmware not built".into()),
        programs_unavailable: None,
        sizes: None,
        programs: Vec::new(),
        conformance: None,
        conformance_unavailable: None,
    });
    results.derive_metrics();
    let report = gate::check(&results, &baselines);
    assert!(report.failed(), "{}", report.render(true));
    let text = report.render(false);
    assert!(
        text.contains("skipped") && text.contains("not available: firmware not built"),
        "{text}"
    );
}

#[test]
fn without_a_runner_the_sizes_of_a_built_image_are_still_gated() {
    let baselines = blessed("sizes-only", &board_results(2000.0, 300_000));
    let spec = firmware::board_spec("qemu-mps2").unwrap();
    // The test executable stands in for the firmware image: far larger than the baseline.
    let open = |_: &firmware::BoardSpec| -> Result<Box<dyn BoardRunner>, firmware::Unavailable> {
        Err(firmware::Unavailable {
            reason: "no runner".into(),
            elf: Some(std::env::current_exe().unwrap()),
        })
    };
    let (board, failures) =
        firmware::run_board(spec, &open, &[], Duration::from_secs(1), false, &mut |_| {});
    assert!(failures.is_empty());
    assert_eq!(board.programs_unavailable.as_deref(), Some("no runner"));
    assert!(board.sizes.is_some());
    let mut results = empty_results();
    results.boards.push(board);
    results.derive_metrics();
    let report = gate::check(&results, &baselines);
    let lines = failing_lines(&report);
    assert!(
        lines.iter().any(|line| line.contains("size.flash_bytes")),
        "{}",
        report.render(true)
    );
    assert!(
        lines.iter().all(|line| line.contains("size.")),
        "program metrics are skipped: {lines:?}"
    );
    assert!(report
        .render(true)
        .contains("skipped: programs not run: no runner"));
}

#[test]
fn a_program_that_never_worked_on_a_board_only_warns() {
    let baselines = blessed("never-worked", &board_results(2000.0, 300_000));
    let mut results = board_results(2000.0, 300_000);
    results.failures.push(pyrite_bench::results::Failure {
        target: "qemu-mps2-an385".into(),
        program: "nbody".into(),
        interpreter: "pyrite".into(),
        message: "raised MemoryError".into(),
    });
    let report = gate::check(&results, &baselines);
    assert!(!report.failed(), "{}", report.render(true));
    assert!(report.render(false).contains(
        "warn qemu-mps2-an385 nbody: failed under pyrite: raised MemoryError (not in the baseline"
    ));
}

#[test]
fn a_program_that_stops_working_on_a_board_fails_the_gate() {
    let baselines = blessed("missing", &board_results(2000.0, 300_000));
    let mut results = board_results(2000.0, 300_000);
    results.boards[0].programs[0].score = None;
    results.boards[0].programs[0].heap_peak_bytes = None;
    results.boards[0].programs[0].heap_live_bytes = None;
    results.boards[0].programs[0].failure = Some("failed: MemoryError".into());
    results.failures.push(pyrite_bench::results::Failure {
        target: "qemu-mps2-an385".into(),
        program: "pystone".into(),
        interpreter: "pyrite".into(),
        message: "MemoryError".into(),
    });
    results.derive_metrics();
    let report = gate::check(&results, &baselines);
    assert!(report.failed());
    let lines = failing_lines(&report);
    assert!(lines
        .iter()
        .any(|line| line.contains("pystone.score") && line.contains("no new value")));
    assert!(
        lines
            .iter()
            .any(|line| line.contains("pystone: failed under pyrite: MemoryError")),
        "{lines:?}"
    );
}

/// A "board" that is CPython: proves the extension point carries scripts, BENCH lines and heap
/// figures into results.
struct CpythonBoard {
    elf: PathBuf,
    heap: u64,
}

impl BoardRunner for CpythonBoard {
    fn elf_path(&self) -> &Path {
        &self.elf
    }

    fn run_script(&mut self, script: &str, time_limit: Duration) -> Result<BoardRun, String> {
        let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cpython-board");
        std::fs::create_dir_all(&directory).map_err(|error| error.to_string())?;
        let path = directory.join("script.py");
        std::fs::write(&path, script).map_err(|error| error.to_string())?;
        let command = vec!["python3".to_string(), path.display().to_string()];
        let finished = pyrite_bench::process::run(&command, &directory.join("out"), time_limit)
            .map_err(|error| error.to_string())?;
        if !finished.success() {
            return Err(finished.failure_summary());
        }
        Ok(BoardRun {
            output: finished.stdout,
            heap_peak_bytes: Some(self.heap),
            heap_live_bytes: Some(self.heap / 2),
        })
    }
}

#[test]
fn a_board_runner_feeds_metrics_baselines_and_plots() {
    let programs =
        program::discover(&Path::new(env!("CARGO_MANIFEST_DIR")).join("programs")).unwrap();
    let programs: Vec<_> = programs
        .into_iter()
        .filter(|program| ["pystone", "nqueens", "pidigits"].contains(&program.name.as_str()))
        .collect();
    let spec = firmware::board_spec(firmware::DEFAULT_BOARD).unwrap();
    let run = |heap: u64| {
        let open =
            |_: &firmware::BoardSpec| -> Result<Box<dyn BoardRunner>, firmware::Unavailable> {
                Ok(Box::new(CpythonBoard {
                    elf: std::env::current_exe().unwrap(),
                    heap,
                }))
            };
        let (board, failures) = firmware::run_board(
            spec,
            &open,
            &programs,
            Duration::from_secs(60),
            true,
            &mut |_| {},
        );
        assert!(failures.is_empty(), "{failures:?}");
        let mut results = empty_results();
        results.boards.push(board);
        results.derive_metrics();
        results
    };
    let first = run(20_000);
    let board = &first.boards[0];
    assert_eq!(board.programs.len(), 3);
    assert!(board
        .programs
        .iter()
        .all(|program| program.score.is_some_and(|score| score > 0.0)));
    assert!(board
        .conformance_unavailable
        .as_deref()
        .is_some_and(|reason| reason.contains("conformance")));
    let metrics = first.target_metrics("qemu-mps2-an385").unwrap();
    assert!(metrics
        .iter()
        .any(|metric| metric.name == "pidigits.heap_peak_bytes" && metric.value == 20_000.0));

    // A build whose programs need 25% more heap is caught (tolerances: 2% for the
    // high-water mark, 10% for the live peak).
    let baselines = blessed("fake-board", &first);
    let hungrier = run(25_000);
    let report = gate::check(&hungrier, &baselines);
    let heap_failures: Vec<String> = failing_lines(&report)
        .into_iter()
        .filter(|line| line.contains("heap_peak_bytes"))
        .collect();
    assert_eq!(heap_failures.len(), 3, "{}", report.render(true));
    let live_failures = failing_lines(&report)
        .into_iter()
        .filter(|line| line.contains("heap_live_bytes"))
        .count();
    assert_eq!(live_failures, 3, "{}", report.render(true));

    // Results survive the YAML round trip, and every chart draws with board data.
    let directory = scratch("fake-board-output");
    first.save(&directory.join("results.yaml")).unwrap();
    assert_eq!(
        Results::load(&directory.join("results.yaml")).unwrap(),
        first
    );
    let history_path = directory.join("history.csv");
    pyrite_bench::history::append(&history_path, &first).unwrap();
    let mut later = hungrier.clone();
    later.created_unix += 86_400;
    pyrite_bench::history::append(&history_path, &later).unwrap();
    let history = pyrite_bench::history::read(&history_path).unwrap();
    let files = pyrite_bench::plots::write_all(&directory.join("plots"), &first, &history).unwrap();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("<svg") && text.contains("</svg>"),
            "{}",
            file.display()
        );
    }
}
