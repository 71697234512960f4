//! The results of one benchmark run: what `target/bench/results.yaml` holds.
//!
//! The detailed sections (host timings, firmware boards) are for people and plots; `metrics`
//! flattens them into named numbers per target (`host` or a board name) that the gate compares
//! with `bench/baselines/<target>.yaml` and that `--bless` writes there.

use crate::elf_size::ElfSizes;
use crate::error::{io_error, Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Version of this file layout; bumped when a field changes meaning.
pub const SCHEMA: u32 = 1;

/// Name of the host target in metrics, baselines and history.
pub const HOST_TARGET: &str = "host";

/// The interpreter every host ratio is relative to.
pub const REFERENCE: &str = "cpython";

/// Which direction of a metric is an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Higher,
    Lower,
}

/// How much a metric can be trusted: deterministic ones (icount scores, sizes) gate a change;
/// ratios of host wall-clock timings are noisy and only warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Deterministic,
    Ratio,
}

/// One named number of one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub name: String,
    pub value: f64,
    pub unit: String,
    pub better: Better,
    pub kind: Kind,
}

/// Something that did not produce a number: the gate lists every one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// `host` or a board name.
    pub target: String,
    pub program: String,
    pub interpreter: String,
    pub message: String,
}

/// Median and spread of repeated samples of one quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub samples: Vec<f64>,
}

impl Summary {
    pub fn of(samples: Vec<f64>) -> Option<Summary> {
        let median = crate::stats::median(&samples)?;
        let (min, max) = crate::stats::min_max(&samples)?;
        Some(Summary {
            median,
            min,
            max,
            samples,
        })
    }
}

/// One interpreter in the host comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterpreterInfo {
    /// `pyrite`, `cpython` or `micropython`.
    pub name: String,
    pub command: Vec<String>,
    pub available: bool,
    /// First line of `--version` (or the reason it is not available).
    pub detail: String,
}

/// One program under one interpreter on the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HostScore {
    /// Scores (the program's own unit per second) over the repetitions.
    pub score: Option<Summary>,
    pub peak_rss_kib: Option<u64>,
    /// Set when any repetition failed: "failed: <how>: <stderr tail>".
    pub failure: Option<String>,
}

/// One program across the interpreters on the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HostProgram {
    pub name: String,
    pub n: u64,
    pub unit: String,
    pub scores: BTreeMap<String, HostScore>,
    /// Interpreter → median score / CPython's median score: a *speed* ratio, > 1 is faster.
    pub speed_ratio: BTreeMap<String, f64>,
}

/// The host half: every interpreter on every program, interleaved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HostResults {
    pub reps: u32,
    pub interpreters: Vec<InterpreterInfo>,
    pub programs: Vec<HostProgram>,
    /// Interpreter → geometric mean of its speed ratios over the programs both ran.
    pub geomean_speed_ratio: BTreeMap<String, f64>,
    /// Interpreter → wall seconds of `-c pass`.
    pub startup_seconds: BTreeMap<String, Summary>,
    /// Interpreter → peak RSS (KiB) of `-c pass`.
    pub startup_peak_rss_kib: BTreeMap<String, Summary>,
}

/// One program on one emulated board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardProgram {
    pub name: String,
    pub n: u64,
    pub unit: String,
    /// Score per *virtual* second (deterministic under `-icount shift=0`).
    pub score: Option<f64>,
    pub virtual_seconds: Option<f64>,
    pub heap_peak_bytes: Option<u64>,
    /// The most the heap held right after a collection: what the program kept alive (the
    /// high-water mark above also counts garbage the collector had not reached yet).
    #[serde(default)]
    pub heap_live_bytes: Option<u64>,
    pub failure: Option<String>,
}

/// Outcome of the conformance suite on a board (filled by the conformance hook).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConformanceSummary {
    pub passed: u32,
    pub failed: u32,
    pub skipped: u32,
}

/// One emulated board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardResults {
    pub board: String,
    /// `None` when the board was measured at all; otherwise why not.
    pub unavailable: Option<String>,
    /// Why the programs did not run when only the image sizes could be read (no runner yet).
    #[serde(default)]
    pub programs_unavailable: Option<String>,
    pub sizes: Option<ElfSizes>,
    pub programs: Vec<BoardProgram>,
    pub conformance: Option<ConformanceSummary>,
    /// Why the conformance run did not happen, when it did not.
    pub conformance_unavailable: Option<String>,
}

/// Everything one `cargo xtask bench` run measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub schema: u32,
    pub created_unix: u64,
    pub commit: Option<String>,
    /// `default` or `quick` (the workload sizes used on the host).
    pub size_class: String,
    /// `None` when the host half did not run (`--firmware-only`), with the reason below.
    pub host: Option<HostResults>,
    pub host_skipped: Option<String>,
    pub boards: Vec<BoardResults>,
    pub failures: Vec<Failure>,
    /// Target → its metrics (derived from the sections above by [`Results::derive_metrics`]).
    pub metrics: BTreeMap<String, Vec<Metric>>,
}

impl Results {
    /// Reads a results file written by [`Results::save`].
    pub fn load(path: &Path) -> Result<Results> {
        let text = std::fs::read_to_string(path).map_err(|error| io_error(path, error))?;
        let results: Results = serde_norway::from_str(&text)
            .map_err(|error| Error::new(crate::baseline::describe_yaml_error(path, &error)))?;
        if results.schema != SCHEMA {
            return Err(Error::new(format!(
                "{}: results schema {} but this harness reads schema {SCHEMA}",
                path.display(),
                results.schema
            )));
        }
        Ok(results)
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_norway::to_string(self)
            .map_err(|error| Error::new(format!("cannot serialize results: {error}")))?;
        let header = "# Pyrite benchmark results (written by `cargo xtask bench`; schema in bench/README.md)\n";
        std::fs::write(path, format!("{header}{text}")).map_err(|error| io_error(path, error))
    }

    /// The metrics of one target, if it ran.
    pub fn target_metrics(&self, target: &str) -> Option<&[Metric]> {
        self.metrics.get(target).map(Vec::as_slice)
    }

    /// Rebuilds `metrics` from the host and board sections.
    pub fn derive_metrics(&mut self) {
        self.metrics.clear();
        if let Some(host) = &self.host {
            let mut metrics = Vec::new();
            for program in &host.programs {
                if let Some(ratio) = program.speed_ratio.get("pyrite") {
                    metrics.push(Metric {
                        name: format!("{}.speed_ratio", program.name),
                        value: *ratio,
                        unit: "x CPython".into(),
                        better: Better::Higher,
                        kind: Kind::Ratio,
                    });
                }
            }
            if let Some(geomean) = host.geomean_speed_ratio.get("pyrite") {
                metrics.push(Metric {
                    name: "geomean.speed_ratio".into(),
                    value: *geomean,
                    unit: "x CPython".into(),
                    better: Better::Higher,
                    kind: Kind::Ratio,
                });
            }
            let ratio_of = |map: &BTreeMap<String, Summary>| {
                let pyrite = map.get("pyrite")?.median;
                let reference = map.get(REFERENCE)?.median;
                (reference > 0.0).then(|| pyrite / reference)
            };
            if let Some(ratio) = ratio_of(&host.startup_seconds) {
                metrics.push(Metric {
                    name: "startup.time_ratio".into(),
                    value: ratio,
                    unit: "x CPython".into(),
                    better: Better::Lower,
                    kind: Kind::Ratio,
                });
            }
            if let Some(ratio) = ratio_of(&host.startup_peak_rss_kib) {
                metrics.push(Metric {
                    name: "startup.peak_rss_ratio".into(),
                    value: ratio,
                    unit: "x CPython".into(),
                    better: Better::Lower,
                    kind: Kind::Ratio,
                });
            }
            self.metrics.insert(HOST_TARGET.to_string(), metrics);
        }
        for board in &self.boards {
            if board.unavailable.is_some() {
                continue;
            }
            let mut metrics = Vec::new();
            if let Some(sizes) = &board.sizes {
                let mut size = |name: &str, value: u64, better| {
                    metrics.push(Metric {
                        name: name.into(),
                        value: value as f64,
                        unit: "bytes".into(),
                        better,
                        kind: Kind::Deterministic,
                    })
                };
                size("size.flash_bytes", sizes.flash, Better::Lower);
                size("size.static_ram_bytes", sizes.static_ram, Better::Lower);
                if let Some(heap) = sizes.heap {
                    size("size.heap_bytes", heap, Better::Higher);
                }
            }
            for program in &board.programs {
                if let Some(score) = program.score {
                    metrics.push(Metric {
                        name: format!("{}.score", program.name),
                        value: score,
                        unit: format!("{} (virtual)", program.unit),
                        better: Better::Higher,
                        kind: Kind::Deterministic,
                    });
                }
                for (metric, bytes) in [
                    ("heap_peak_bytes", program.heap_peak_bytes),
                    ("heap_live_bytes", program.heap_live_bytes),
                ] {
                    if let Some(bytes) = bytes {
                        metrics.push(Metric {
                            name: format!("{}.{metric}", program.name),
                            value: bytes as f64,
                            unit: "bytes".into(),
                            better: Better::Lower,
                            kind: Kind::Deterministic,
                        });
                    }
                }
            }
            if let Some(conformance) = &board.conformance {
                metrics.push(Metric {
                    name: "conformance.failed".into(),
                    value: f64::from(conformance.failed),
                    unit: "tests".into(),
                    better: Better::Lower,
                    kind: Kind::Deterministic,
                });
            }
            self.metrics.insert(board.board.clone(), metrics);
        }
    }
}
