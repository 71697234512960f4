//! Charts of a run, as SVG (plotters' SVG backend: text stays text, so no fonts are needed).
//!
//! `host_speed.svg` (each program's speed relative to CPython), `firmware_scores.svg` (scores
//! per board, per virtual second), `firmware_memory.svg` (flash, static RAM and heap per board
//! against budget) and `history.svg` (key metrics over recorded runs). A chart without data
//! still gets drawn, saying why, so a report never links to a missing file.

use crate::error::{io_error, Error, Result};
use crate::firmware::board_spec;
use crate::history::Row;
use crate::results::{Results, REFERENCE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::{Path, PathBuf};

const FONT: &str = "sans-serif";
const PYRITE: RGBColor = RGBColor(230, 97, 1);
const CPYTHON: RGBColor = RGBColor(55, 126, 184);
const MICROPYTHON: RGBColor = RGBColor(77, 175, 74);
const GREY: RGBColor = RGBColor(120, 120, 120);
const PALETTE: [RGBColor; 6] = [
    RGBColor(230, 97, 1),
    RGBColor(55, 126, 184),
    RGBColor(77, 175, 74),
    RGBColor(152, 78, 163),
    RGBColor(166, 86, 40),
    RGBColor(247, 129, 191),
];

fn plot_error<E: std::fmt::Debug>(path: &Path) -> impl Fn(E) -> Error + '_ {
    move |error| Error::new(format!("{}: drawing failed: {error:?}", path.display()))
}

fn interpreter_color(name: &str) -> RGBColor {
    match name {
        "pyrite" => PYRITE,
        "cpython" => CPYTHON,
        "micropython" => MICROPYTHON,
        _ => GREY,
    }
}

/// Writes every chart into `directory`; returns the files written.
pub fn write_all(directory: &Path, results: &Results, history: &[Row]) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(directory).map_err(|error| io_error(directory, error))?;
    let files = [
        directory.join("host_speed.svg"),
        directory.join("firmware_scores.svg"),
        directory.join("firmware_memory.svg"),
        directory.join("history.svg"),
    ];
    host_speed(&files[0], results)?;
    firmware_scores(&files[1], results)?;
    firmware_memory(&files[2], results)?;
    history_chart(&files[3], history)?;
    Ok(files.to_vec())
}

/// Splits `text` into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A titled chart that only says why there is nothing to show.
fn message_chart(path: &Path, title: &str, message: &str) -> Result<()> {
    let lines = wrap(message, 80);
    let height = 200 + 26 * lines.len() as u32;
    let root = SVGBackend::new(path, (1000, height)).into_drawing_area();
    root.fill(&WHITE).map_err(plot_error(path))?;
    let area = root.titled(title, (FONT, 24)).map_err(plot_error(path))?;
    let style = TextStyle::from((FONT, 18).into_font())
        .color(&GREY)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let (width, area_height) = area.dim_in_pixel();
    let top = area_height as i32 / 2 - 13 * (lines.len() as i32 - 1);
    for (index, line) in lines.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (width as i32 / 2, top + 26 * index as i32),
            style.clone(),
        ))
        .map_err(plot_error(path))?;
    }
    root.present().map_err(plot_error(path))
}

/// Draws `text` centred under `pixel` (absolute backend coordinates, from `backend_coord`).
fn label_under<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pixel: (i32, i32),
    text: &str,
    size: u32,
) -> std::result::Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let style = TextStyle::from((FONT, size).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(text.to_string(), (pixel.0, pixel.1 + 6), style))
}

/// One interpreter's bar in a group: its name and (median, min, max) ratio, `None` if failed.
type Bar = (String, Option<(f64, f64, f64)>);

/// Grouped bars: each program's median speed relative to CPython, per interpreter.
fn host_speed(path: &Path, results: &Results) -> Result<()> {
    let title = "Host speed relative to CPython 3.11 (higher is faster)";
    let Some(host) = &results.host else {
        let reason = results
            .host_skipped
            .as_deref()
            .unwrap_or("host benchmarks not run");
        return message_chart(path, title, reason);
    };
    let columns: Vec<String> = host
        .interpreters
        .iter()
        .filter(|info| info.available)
        .map(|info| info.name.clone())
        .collect();
    if !columns.iter().any(|name| name == REFERENCE) {
        return message_chart(
            path,
            title,
            "CPython (python3) was not available: no ratios",
        );
    }
    // Groups: programs, then the geometric mean. Value: ratio, spread (min,max), failed?
    let mut groups: Vec<(String, Vec<Bar>)> = Vec::new();
    for program in &host.programs {
        let reference = program
            .scores
            .get(REFERENCE)
            .and_then(|score| score.score.as_ref())
            .map(|s| s.max);
        let mut bars = Vec::new();
        for column in &columns {
            let summary = program
                .scores
                .get(column)
                .and_then(|score| score.score.as_ref());
            let bar = match (reference, summary) {
                // As the speed ratio: best against best (`host.rs`).
                (Some(reference), Some(summary)) if reference > 0.0 => Some((
                    summary.max / reference,
                    summary.min / reference,
                    summary.max / reference,
                )),
                _ => None,
            };
            bars.push((column.clone(), bar));
        }
        groups.push((program.name.clone(), bars));
    }
    let geomean_bars = columns
        .iter()
        .map(|column| {
            let value = if column == REFERENCE {
                Some(1.0)
            } else {
                host.geomean_speed_ratio.get(column).copied()
            };
            (column.clone(), value.map(|value| (value, value, value)))
        })
        .collect();
    groups.push(("geomean".into(), geomean_bars));

    let highest = groups
        .iter()
        .flat_map(|(_, bars)| bars.iter().filter_map(|(_, bar)| bar.map(|bar| bar.2)))
        .fold(1.0f64, f64::max);
    let y_max = (highest * 1.15).max(1.2);
    let root = SVGBackend::new(path, (1200, 620)).into_drawing_area();
    let error = plot_error(path);
    root.fill(&WHITE).map_err(&error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, (FONT, 24))
        .margin(20)
        .margin_bottom(10)
        .x_label_area_size(70)
        .y_label_area_size(80)
        .build_cartesian_2d(0f64..groups.len() as f64, 0f64..y_max)
        .map_err(&error)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_label_formatter(&|value| format!("{value:.1}"))
        .y_desc("speed relative to CPython (x); CPython = 1")
        .x_desc(format!(
            "program (median of {} runs; whiskers: min..max)",
            host.reps
        ))
        .axis_desc_style((FONT, 16))
        .label_style((FONT, 14))
        .draw()
        .map_err(&error)?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 1.0), (groups.len() as f64, 1.0)],
            GREY.stroke_width(1),
        )))
        .map_err(&error)?;
    let width = 0.8 / columns.len() as f64;
    for (column_index, column) in columns.iter().enumerate() {
        let color = interpreter_color(column);
        let mut rectangles = Vec::new();
        let mut whiskers = Vec::new();
        let mut labels = Vec::new();
        for (group_index, (group, bars)) in groups.iter().enumerate() {
            let left = group_index as f64 + 0.1 + column_index as f64 * width;
            let center = left + width / 2.0;
            match bars[column_index].1 {
                Some((median, low, high)) => {
                    rectangles.push(Rectangle::new(
                        [(left, 0.0), (left + width * 0.92, median)],
                        color.filled(),
                    ));
                    if high > low {
                        whiskers.push(PathElement::new(
                            vec![(center, low), (center, high)],
                            BLACK.stroke_width(1),
                        ));
                    }
                    labels.push((center, high.max(median), format!("{median:.2}")));
                }
                None if group == "geomean" => labels.push((center, 0.0, "n/a".to_string())),
                None => labels.push((center, 0.0, "failed".to_string())),
            }
        }
        chart
            .draw_series(rectangles)
            .map_err(&error)?
            .label(match column.as_str() {
                "pyrite" => "Pyrite",
                "cpython" => "CPython",
                "micropython" => "MicroPython",
                other => other,
            })
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], color.filled()));
        chart.draw_series(whiskers).map_err(&error)?;
        let style =
            TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
        chart
            .draw_series(
                labels
                    .into_iter()
                    .map(|(x, y, text)| Text::new(text, (x, y), style.clone())),
            )
            .map_err(&error)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font((FONT, 14))
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()
        .map_err(&error)?;
    for (index, (name, _)) in groups.iter().enumerate() {
        let pixel = chart.backend_coord(&(index as f64 + 0.5, 0.0));
        label_under(&root, pixel, name, 14).map_err(&error)?;
    }
    root.present().map_err(&error)
}

/// Small multiples: one panel per program, one bar per board, in the program's unit per
/// virtual second.
fn firmware_scores(path: &Path, results: &Results) -> Result<()> {
    let title = "Firmware scores per board (per virtual second, -icount shift=0)";
    let boards: Vec<_> = results
        .boards
        .iter()
        .filter(|board| board.unavailable.is_none() && board.programs_unavailable.is_none())
        .collect();
    if boards.is_empty() {
        return message_chart(path, title, &unavailable_reason(results));
    }
    let mut names: Vec<String> = Vec::new();
    for board in &boards {
        for program in &board.programs {
            if !names.contains(&program.name) {
                names.push(program.name.clone());
            }
        }
    }
    if names.is_empty() {
        return message_chart(path, title, "no programs ran on any board");
    }
    let columns = 3usize;
    let rows = names.len().div_ceil(columns);
    let root = SVGBackend::new(path, (1200, 60 + 280 * rows as u32)).into_drawing_area();
    let error = plot_error(path);
    root.fill(&WHITE).map_err(&error)?;
    let area = root.titled(title, (FONT, 24)).map_err(&error)?;
    let panels = area.split_evenly((rows, columns));
    for (panel, name) in panels.iter().zip(&names) {
        let values: Vec<(String, Option<f64>, String)> = boards
            .iter()
            .map(|board| {
                let program = board.programs.iter().find(|program| &program.name == name);
                (
                    board.board.clone(),
                    program.and_then(|program| program.score),
                    program
                        .map(|program| program.unit.clone())
                        .unwrap_or_default(),
                )
            })
            .collect();
        let unit = values
            .iter()
            .find(|value| !value.2.is_empty())
            .map(|value| value.2.clone())
            .unwrap_or_else(|| "no result".to_string());
        let highest = values
            .iter()
            .filter_map(|value| value.1)
            .fold(0.0f64, f64::max);
        let mut chart = ChartBuilder::on(panel)
            .caption(name, (FONT, 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(70)
            .build_cartesian_2d(0f64..values.len() as f64, 0f64..(highest * 1.2).max(1.0))
            .map_err(&error)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_label_formatter(&|value| crate::gate::format_number(*value))
            .y_desc(unit)
            .axis_desc_style((FONT, 13))
            .label_style((FONT, 12))
            .draw()
            .map_err(&error)?;
        for (index, (board, score, _)) in values.iter().enumerate() {
            let color = PALETTE[index % PALETTE.len()];
            let left = index as f64 + 0.15;
            match score {
                Some(score) => {
                    chart
                        .draw_series(std::iter::once(Rectangle::new(
                            [(left, 0.0), (left + 0.7, *score)],
                            color.filled(),
                        )))
                        .map_err(&error)?;
                    let style = TextStyle::from((FONT, 14).into_font())
                        .pos(Pos::new(HPos::Center, VPos::Bottom));
                    chart
                        .draw_series(std::iter::once(Text::new(
                            crate::gate::format_number(*score),
                            (left + 0.35, *score),
                            style,
                        )))
                        .map_err(&error)?;
                }
                None => {
                    let style = TextStyle::from((FONT, 14).into_font())
                        .pos(Pos::new(HPos::Center, VPos::Bottom));
                    chart
                        .draw_series(std::iter::once(Text::new(
                            "failed",
                            (left + 0.35, 0.0),
                            style,
                        )))
                        .map_err(&error)?;
                }
            }
            let pixel = chart.backend_coord(&(index as f64 + 0.5, 0.0));
            label_under(&root, pixel, board, 12).map_err(&error)?;
        }
    }
    root.present().map_err(&error)
}

fn unavailable_reason(results: &Results) -> String {
    match results.boards.first() {
        Some(board) => format!(
            "{}: not available: {}",
            board.board,
            board
                .unavailable
                .as_deref()
                .or(board.programs_unavailable.as_deref())
                .unwrap_or("no data")
        ),
        None => "no boards were run (--host-only)".to_string(),
    }
}

/// Grouped bars per board: flash, static RAM and heap in KiB, each with its budget marked.
fn firmware_memory(path: &Path, results: &Results) -> Result<()> {
    let title = "Firmware memory per board against budget (KiB)";
    let boards: Vec<_> = results
        .boards
        .iter()
        .filter_map(|board| {
            board
                .sizes
                .as_ref()
                .map(|sizes| (board.board.clone(), sizes))
        })
        .collect();
    if boards.is_empty() {
        return message_chart(path, title, &unavailable_reason(results));
    }
    let kib = |bytes: u64| bytes as f64 / 1024.0;
    // (label, value KiB, budget KiB, budget is a floor)
    let bars_of = |board: &str, sizes: &crate::elf_size::ElfSizes| {
        let spec = board_spec(board);
        vec![
            (
                "flash",
                kib(sizes.flash),
                spec.map(|spec| kib(spec.flash_budget)),
                false,
            ),
            (
                "static RAM",
                kib(sizes.static_ram),
                spec.map(|spec| kib(spec.static_ram_budget)),
                false,
            ),
            (
                "heap",
                sizes.heap.map_or(0.0, kib),
                spec.map(|spec| kib(spec.heap_floor)),
                true,
            ),
        ]
    };
    let highest = boards
        .iter()
        .flat_map(|(board, sizes)| bars_of(board, sizes))
        .map(|(_, value, budget, _)| {
            budget
                .unwrap_or(0.0)
                .max(if value.is_nan() { 0.0 } else { value })
        })
        .fold(1.0f64, f64::max);
    let root = SVGBackend::new(path, (1000, 560)).into_drawing_area();
    let error = plot_error(path);
    root.fill(&WHITE).map_err(&error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, (FONT, 24))
        .margin(20)
        .x_label_area_size(60)
        .y_label_area_size(80)
        .build_cartesian_2d(0f64..boards.len() as f64, 0f64..highest * 1.15)
        .map_err(&error)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_label_formatter(&|value| format!("{value:.0}"))
        .y_desc("KiB")
        .x_desc("board (black line: budget; for the heap, the minimum)")
        .axis_desc_style((FONT, 16))
        .label_style((FONT, 14))
        .draw()
        .map_err(&error)?;
    let kinds = ["flash", "static RAM", "heap"];
    for (kind_index, kind) in kinds.iter().enumerate() {
        let color = PALETTE[kind_index];
        let mut rectangles = Vec::new();
        let mut budgets = Vec::new();
        let mut labels = Vec::new();
        for (board_index, (board, sizes)) in boards.iter().enumerate() {
            let (_, value, budget, _) = bars_of(board, sizes)[kind_index];
            let left = board_index as f64 + 0.1 + kind_index as f64 * 0.27;
            if value.is_nan() {
                labels.push((left + 0.125, 0.0, "not found".to_string()));
            } else {
                rectangles.push(Rectangle::new(
                    [(left, 0.0), (left + 0.25, value)],
                    color.filled(),
                ));
                labels.push((left + 0.125, value, format!("{value:.0}")));
            }
            if let Some(budget) = budget {
                budgets.push(PathElement::new(
                    vec![(left - 0.01, budget), (left + 0.26, budget)],
                    BLACK.stroke_width(3),
                ));
            }
        }
        chart
            .draw_series(rectangles)
            .map_err(&error)?
            .label(*kind)
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], color.filled()));
        chart.draw_series(budgets).map_err(&error)?;
        let style =
            TextStyle::from((FONT, 14).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
        chart
            .draw_series(
                labels
                    .into_iter()
                    .map(|(x, y, text)| Text::new(text, (x, y), style.clone())),
            )
            .map_err(&error)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font((FONT, 14))
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()
        .map_err(&error)?;
    for (index, (board, _)) in boards.iter().enumerate() {
        let pixel = chart.backend_coord(&(index as f64 + 0.5, 0.0));
        label_under(&root, pixel, board, 14).map_err(&error)?;
    }
    root.present().map_err(&error)
}

/// The (target, metric) series the history chart shows, in order of preference.
fn history_series(history: &[Row]) -> Vec<(String, String)> {
    let mut series: Vec<(String, String)> = Vec::new();
    let wanted = |target: &str, metric: &str| {
        (target == "host" && (metric == "geomean.speed_ratio" || metric == "pystone.speed_ratio"))
            || (target != "host"
                && (metric == "pystone.score"
                    || metric == "size.flash_bytes"
                    || metric == "size.static_ram_bytes"))
    };
    for row in history {
        let key = (row.target.clone(), row.metric.clone());
        if wanted(&row.target, &row.metric) && !series.contains(&key) {
            series.push(key);
        }
    }
    series.truncate(6);
    series
}

/// Year-month-day of a Unix time (UTC), for axis labels.
pub fn date_of(unix_time: u64) -> (i64, u32, u32) {
    // Civil-from-days (proleptic Gregorian), after Howard Hinnant's public-domain algorithm.
    let days = (unix_time / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Small multiples: each key metric over the recorded runs.
fn history_chart(path: &Path, history: &[Row]) -> Result<()> {
    let title = "History of key metrics (bench/history.csv)";
    let series = history_series(history);
    if series.is_empty() {
        return message_chart(
            path,
            title,
            "no history yet: `cargo xtask bench --bless` records a point",
        );
    }
    let columns = series.len().min(2);
    let rows = series.len().div_ceil(columns);
    let root = SVGBackend::new(path, (1200, 60 + 300 * rows as u32)).into_drawing_area();
    let error = plot_error(path);
    root.fill(&WHITE).map_err(&error)?;
    let area = root.titled(title, (FONT, 24)).map_err(&error)?;
    let panels = area.split_evenly((rows, columns));
    for (index, (panel, (target, metric))) in panels.iter().zip(&series).enumerate() {
        let points: Vec<&Row> = history
            .iter()
            .filter(|row| &row.target == target && &row.metric == metric)
            .collect();
        let unit = points
            .first()
            .map(|row| row.unit.clone())
            .unwrap_or_default();
        let low = points
            .iter()
            .map(|row| row.value)
            .fold(f64::INFINITY, f64::min);
        let high = points
            .iter()
            .map(|row| row.value)
            .fold(f64::NEG_INFINITY, f64::max);
        let pad = ((high - low) * 0.15).max(high.abs() * 0.05).max(1e-9);
        let last = (points.len().max(2) - 1) as f64;
        let labels: Vec<String> = points
            .iter()
            .map(|row| {
                let (_, month, day) = date_of(row.unix_time);
                format!(
                    "{month:02}-{day:02} {}",
                    row.commit.chars().take(7).collect::<String>()
                )
            })
            .collect();
        let mut chart = ChartBuilder::on(panel)
            .caption(format!("{target}: {metric}"), (FONT, 18))
            .margin(14)
            .x_label_area_size(45)
            .y_label_area_size(80)
            .build_cartesian_2d(-0.3f64..last + 0.3, (low - pad)..(high + pad))
            .map_err(&error)?;
        let label_count = points.len().min(6);
        chart
            .configure_mesh()
            .x_labels(label_count)
            .x_label_formatter(&|x| {
                let index = x.round();
                if (x - index).abs() < 1e-6 && index >= 0.0 {
                    labels.get(index as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .y_label_formatter(&|value| crate::gate::format_number(*value))
            .x_desc("recorded run (date, commit)")
            .y_desc(unit)
            .axis_desc_style((FONT, 13))
            .label_style((FONT, 11))
            .draw()
            .map_err(&error)?;
        let color = PALETTE[index % PALETTE.len()];
        let line: Vec<(f64, f64)> = points
            .iter()
            .enumerate()
            .map(|(x, row)| (x as f64, row.value))
            .collect();
        chart
            .draw_series(LineSeries::new(line.clone(), color.stroke_width(2)))
            .map_err(&error)?;
        chart
            .draw_series(
                line.into_iter()
                    .map(|point| Circle::new(point, 4, color.filled())),
            )
            .map_err(&error)?;
    }
    root.present().map_err(&error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_long_messages() {
        let lines = wrap("aaa bbb ccc ddd", 7);
        assert_eq!(lines, vec!["aaa bbb".to_string(), "ccc ddd".to_string()]);
    }

    #[test]
    fn dates_of_known_days() {
        assert_eq!(date_of(0), (1970, 1, 1));
        assert_eq!(date_of(951_782_400), (2000, 2, 29));
        assert_eq!(date_of(1_767_225_600), (2026, 1, 1));
    }
}
