//! Benchmark programs: discovery, their size classes, the script each run executes, and the
//! `BENCH …` line each program prints.
//!
//! A program is `bench/programs/<name>.py`. It defines `main(n)`, ends with an
//! `if __name__ == "__main__":` block for standalone runs, and declares its sizes in a header
//! comment: `# bench-sizes: default=250000 quick=25000 board=500`. The harness runs the text
//! before the `__main__` block followed by `main(N)`, so the same script works on every Python
//! (no `sys.argv` needed, which a board's raw REPL does not have).

use crate::error::{io_error, Error, Result};
use std::path::{Path, PathBuf};

/// Which workload size to run: the host default, the short CI size, or the tiny board size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeClass {
    Default,
    Quick,
    Board,
}

/// One benchmark program.
#[derive(Debug, Clone)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub source: String,
    pub default_size: u64,
    pub quick_size: u64,
    pub board_size: u64,
}

impl Program {
    /// Reads and validates a program file.
    pub fn load(path: &Path) -> Result<Program> {
        let source = std::fs::read_to_string(path).map_err(|error| io_error(path, error))?;
        Program::from_source(path, source)
    }

    /// Validates `source` as the program at `path` (which only names it).
    pub fn from_source(path: &Path, source: String) -> Result<Program> {
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or_else(|| Error::new(format!("{}: not a program file name", path.display())))?
            .to_string();
        let sizes_line = source
            .lines()
            .find_map(|line| line.strip_prefix("# bench-sizes:"))
            .ok_or_else(|| {
                Error::new(format!(
                    "{}: no `# bench-sizes: default=N quick=N board=N` header line",
                    path.display()
                ))
            })?;
        let mut sizes = [None; 3];
        for field in sizes_line.split_whitespace() {
            let (key, value) = field.split_once('=').ok_or_else(|| {
                Error::new(format!(
                    "{}: bench-sizes field `{field}` is not key=value",
                    path.display()
                ))
            })?;
            let slot = match key {
                "default" => 0,
                "quick" => 1,
                "board" => 2,
                other => {
                    return Err(Error::new(format!(
                        "{}: unknown bench-sizes key `{other}`",
                        path.display()
                    )))
                }
            };
            let size: u64 = value.parse().map_err(|_| {
                Error::new(format!(
                    "{}: bench-sizes `{field}` is not a count",
                    path.display()
                ))
            })?;
            if size == 0 {
                return Err(Error::new(format!(
                    "{}: bench-sizes `{field}` must be > 0",
                    path.display()
                )));
            }
            sizes[slot] = Some(size);
        }
        let [Some(default_size), Some(quick_size), Some(board_size)] = sizes else {
            return Err(Error::new(format!(
                "{}: bench-sizes needs default=, quick= and board=",
                path.display()
            )));
        };
        if !source.contains("def main(") {
            return Err(Error::new(format!(
                "{}: defines no main(n)",
                path.display()
            )));
        }
        Ok(Program {
            name,
            path: path.to_path_buf(),
            source,
            default_size,
            quick_size,
            board_size,
        })
    }

    /// The workload size for a size class.
    pub fn size(&self, class: SizeClass) -> u64 {
        match class {
            SizeClass::Default => self.default_size,
            SizeClass::Quick => self.quick_size,
            SizeClass::Board => self.board_size,
        }
    }

    /// The complete script to run: the program without its `__main__` block, then `main(n)`.
    pub fn script(&self, n: u64) -> String {
        let mut body = String::with_capacity(self.source.len() + 32);
        for line in self.source.lines() {
            if line.starts_with("if __name__ ==") {
                break;
            }
            body.push_str(line);
            body.push('\n');
        }
        while body.ends_with("\n\n") {
            body.pop();
        }
        body.push_str(&format!("\nmain({n})\n"));
        body
    }
}

/// Every `*.py` program in `directory`, Pystone first, the rest by name.
pub fn discover(directory: &Path) -> Result<Vec<Program>> {
    let entries = std::fs::read_dir(directory).map_err(|error| io_error(directory, error))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|error| io_error(directory, error))?.path();
        if path.extension().and_then(|extension| extension.to_str()) == Some("py") {
            programs.push(Program::load(&path)?);
        }
    }
    if programs.is_empty() {
        return Err(Error::new(format!(
            "{}: no benchmark programs",
            directory.display()
        )));
    }
    programs.sort_by(|a, b| (a.name != "pystone", &a.name).cmp(&(b.name != "pystone", &b.name)));
    Ok(programs)
}

/// The machine-readable result line a program prints:
/// `BENCH name=pystone score=123.4 unit=pystones/s time_s=0.5 n=1000 check=ok`.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchLine {
    pub name: String,
    pub score: f64,
    pub unit: String,
    pub time_s: f64,
    pub n: u64,
    pub check_ok: bool,
}

/// Finds and parses the last `BENCH ` line in a program's output.
pub fn parse_bench_line(output: &str) -> Result<BenchLine> {
    let line = output
        .lines()
        .rev()
        .find(|line| line.starts_with("BENCH "))
        .ok_or_else(|| Error::new("no `BENCH ` line in the output"))?;
    let mut name = None;
    let mut score = None;
    let mut unit = None;
    let mut time_s = None;
    let mut n = None;
    let mut check = None;
    for field in line["BENCH ".len()..].split_whitespace() {
        let Some((key, value)) = field.split_once('=') else {
            return Err(Error::new(format!(
                "BENCH field `{field}` is not key=value"
            )));
        };
        let number = || {
            value
                .parse::<f64>()
                .ok()
                .filter(|number| number.is_finite())
                .ok_or_else(|| Error::new(format!("BENCH field `{field}` is not a number")))
        };
        match key {
            "name" => name = Some(value.to_string()),
            "score" => score = Some(number()?),
            "unit" => unit = Some(value.to_string()),
            "time_s" => time_s = Some(number()?),
            "n" => {
                n = Some(
                    value
                        .parse::<u64>()
                        .map_err(|_| Error::new(format!("BENCH field `{field}` is not a count")))?,
                )
            }
            "check" => check = Some(value == "ok"),
            _ => {} // Unknown fields are allowed: programs may add detail.
        }
    }
    let missing = |what: &str| Error::new(format!("BENCH line lacks `{what}=`: {line}"));
    Ok(BenchLine {
        name: name.ok_or_else(|| missing("name"))?,
        score: score.ok_or_else(|| missing("score"))?,
        unit: unit.ok_or_else(|| missing("unit"))?,
        time_s: time_s.ok_or_else(|| missing("time_s"))?,
        n: n.ok_or_else(|| missing("n"))?,
        check_ok: check.ok_or_else(|| missing("check"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# bench-sizes: default=10 quick=2 board=1\nimport time\n\ndef main(n):\n    print(n)\n\n\nif __name__ == \"__main__\":\n    main(10)\n";

    #[test]
    fn script_replaces_the_main_block() {
        let program = Program::from_source(Path::new("x/demo.py"), SOURCE.to_string()).unwrap();
        assert_eq!(program.name, "demo");
        assert_eq!(program.size(SizeClass::Quick), 2);
        let script = program.script(7);
        assert!(script.ends_with("    print(n)\n\nmain(7)\n"), "{script}");
        assert!(!script.contains("__main__"));
    }

    #[test]
    fn missing_or_bad_sizes_are_errors() {
        let no_header = Program::from_source(Path::new("a.py"), "def main(n): pass\n".into());
        assert!(no_header.unwrap_err().message().contains("bench-sizes"));
        let zero = Program::from_source(
            Path::new("a.py"),
            "# bench-sizes: default=0 quick=1 board=1\ndef main(n): pass\n".into(),
        );
        assert!(zero.unwrap_err().message().contains("> 0"));
    }

    #[test]
    fn parses_the_last_bench_line() {
        let output =
            "noise\nBENCH name=pystone score=1234.5 unit=pystones/s time_s=0.25 n=100 check=ok\n";
        let line = parse_bench_line(output).unwrap();
        assert_eq!(line.name, "pystone");
        assert_eq!(line.score, 1234.5);
        assert_eq!(line.n, 100);
        assert!(line.check_ok);
        let failed =
            parse_bench_line("BENCH name=x score=1 unit=u time_s=1 n=1 check=fail").unwrap();
        assert!(!failed.check_ok);
        assert!(parse_bench_line("BENCH name=x score=abc unit=u time_s=1 n=1 check=ok").is_err());
        assert!(parse_bench_line("nothing here").is_err());
    }

    #[test]
    fn the_real_programs_load() {
        let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        let programs = discover(&directory).unwrap();
        assert_eq!(programs[0].name, "pystone");
        assert!(programs.len() >= 7, "{} programs", programs.len());
        for program in &programs {
            assert!(program.script(1).ends_with("main(1)\n"), "{}", program.name);
        }
    }
}
