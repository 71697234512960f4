//! Metric history: `bench/history.csv`, one row per metric per recorded run.
//!
//! Appended by every `--bless` and by main-branch CI runs (`CI_MAIN=1`); the history chart is
//! drawn from it. Columns: `unix_time,commit,target,metric,value,unit`.

use crate::error::{io_error, Error, Result};
use crate::results::Results;
use std::io::Write;
use std::path::Path;

pub const HEADER: &str = "unix_time,commit,target,metric,value,unit";

/// One recorded value.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub unix_time: u64,
    pub commit: String,
    pub target: String,
    pub metric: String,
    pub value: f64,
    pub unit: String,
}

/// Keeps a CSV field free of separators and line breaks.
fn clean(field: &str) -> String {
    field.replace([',', '\n', '\r'], " ")
}

/// Appends every metric of `results` to the CSV at `path` (created with a header if missing).
pub fn append(path: &Path, results: &Results) -> Result<usize> {
    let exists = path.exists();
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|error| io_error(path, error))?;
    let mut text = String::new();
    if !exists {
        text.push_str(HEADER);
        text.push('\n');
    }
    let mut rows = 0;
    let commit = clean(results.commit.as_deref().unwrap_or("unknown"));
    for (target, metrics) in &results.metrics {
        for metric in metrics {
            text.push_str(&format!(
                "{},{commit},{},{},{},{}\n",
                results.created_unix,
                clean(target),
                clean(&metric.name),
                metric.value,
                clean(&metric.unit)
            ));
            rows += 1;
        }
    }
    file.write_all(text.as_bytes())
        .map_err(|error| io_error(path, error))?;
    Ok(rows)
}

/// Reads the CSV at `path`; a missing file is an empty history.
pub fn read(path: &Path) -> Result<Vec<Row>> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(path).map_err(|error| io_error(path, error))?;
    parse(path, &text)
}

/// Parses history text; errors name the file and line.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() || (index == 0 && line == HEADER) {
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        let bad = |what: &str| Error::new(format!("{}:{number}: {what}: {line}", path.display()));
        if fields.len() != 6 {
            return Err(bad("expected 6 comma-separated fields"));
        }
        rows.push(Row {
            unix_time: fields[0]
                .parse()
                .map_err(|_| bad("unix_time is not a number"))?,
            commit: fields[1].to_string(),
            target: fields[2].to_string(),
            metric: fields[3].to_string(),
            value: fields[4]
                .parse::<f64>()
                .ok()
                .filter(|value| value.is_finite())
                .ok_or_else(|| bad("value is not a number"))?,
            unit: fields[5].to_string(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reports_file_and_line() {
        let text = format!("{HEADER}\n1,abc,host,x,1.5,u\n2,abc,host,x,oops,u\n");
        let error = parse(Path::new("bench/history.csv"), &text).unwrap_err();
        assert!(
            error.message().starts_with("bench/history.csv:3:"),
            "{error}"
        );
        let rows = parse(
            Path::new("h.csv"),
            &format!("{HEADER}\n1,abc,host,x,1.5,u\n"),
        )
        .unwrap();
        assert_eq!(rows[0].value, 1.5);
    }
}
