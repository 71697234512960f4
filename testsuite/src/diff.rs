//! A small line diff for failure messages: expected (CPython) vs actual (Pyrite).

/// One line of a diff.
enum Edit<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Longest-common-subsequence edit script; inputs are small (test outputs), the table is
/// bounded by [`MAX_CELLS`] and larger inputs fall back to "all removed, all added".
fn edits<'a>(expected: &[&'a str], actual: &[&'a str]) -> Vec<Edit<'a>> {
    const MAX_CELLS: usize = 4_000_000;
    let (rows, cols) = (expected.len(), actual.len());
    if (rows + 1).saturating_mul(cols + 1) > MAX_CELLS {
        let mut out: Vec<Edit> = expected.iter().map(|line| Edit::Removed(line)).collect();
        out.extend(actual.iter().map(|line| Edit::Added(line)));
        return out;
    }
    // common[i][j] = LCS length of expected[i..] and actual[j..].
    let mut common = vec![0u32; (rows + 1) * (cols + 1)];
    let at = |i: usize, j: usize| i * (cols + 1) + j;
    for i in (0..rows).rev() {
        for j in (0..cols).rev() {
            common[at(i, j)] = if expected[i] == actual[j] {
                common[at(i + 1, j + 1)] + 1
            } else {
                common[at(i + 1, j)].max(common[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < rows || j < cols {
        if i < rows && j < cols && expected[i] == actual[j] {
            out.push(Edit::Same(expected[i]));
            i += 1;
            j += 1;
        } else if i < rows && (j == cols || common[at(i + 1, j)] >= common[at(i, j + 1)]) {
            // Removals first, like `diff -u`.
            out.push(Edit::Removed(expected[i]));
            i += 1;
        } else {
            out.push(Edit::Added(actual[j]));
            j += 1;
        }
    }
    out
}

/// Lines Pyrite printed that a truncated diff still shows.
const ADDED_AFTER_TRUNCATION: usize = 10;

/// A unified-style diff (`-` expected, `+` actual, two lines of context), at most `max_lines`
/// (then some of the actual lines not shown yet).
pub fn line_diff(expected: &str, actual: &str, max_lines: usize) -> String {
    let expected_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let actual_lines: Vec<&str> = actual.split_inclusive('\n').collect();
    let script = edits(&expected_lines, &actual_lines);
    let changed: Vec<bool> = script
        .iter()
        .map(|edit| !matches!(edit, Edit::Same(_)))
        .collect();
    let near_change = |index: usize| {
        let low = index.saturating_sub(2);
        let high = (index + 2).min(changed.len().saturating_sub(1));
        (low..=high).any(|k| changed[k])
    };
    let mut out = String::new();
    let mut shown = 0;
    let mut skipped_gap = false;
    for (index, edit) in script.iter().enumerate() {
        if !near_change(index) {
            skipped_gap = true;
            continue;
        }
        if skipped_gap && !out.is_empty() {
            out.push_str("  ...\n");
        }
        skipped_gap = false;
        if shown == max_lines {
            out.push_str("  ... (diff truncated)\n");
            // Removals come first: a long expected output would hide every line Pyrite
            // printed, so the first few of those not shown follow.
            let unseen = script[index..].iter().filter_map(|edit| match edit {
                Edit::Added(line) => Some(*line),
                _ => None,
            });
            for line in unseen.take(ADDED_AFTER_TRUNCATION) {
                out.push_str("+ ");
                out.push_str(&show_line(line));
                out.push('\n');
            }
            break;
        }
        let (mark, line) = match edit {
            Edit::Same(line) => (' ', *line),
            Edit::Removed(line) => ('-', *line),
            Edit::Added(line) => ('+', *line),
        };
        out.push(mark);
        out.push(' ');
        out.push_str(&show_line(line));
        out.push('\n');
        shown += 1;
    }
    out
}

/// A line with its ending made visible when it is not a plain `\n`.
fn show_line(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) if !body.ends_with('\r') => body.to_string(),
        _ => format!("{line:?}  (no newline / odd ending)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_truncated_diff_still_shows_actual_lines() {
        let expected: String = (0..100).map(|n| format!("{n}\n")).collect();
        let diff = line_diff(&expected, "garbage\n", 20);
        assert!(diff.contains("(diff truncated)"), "{diff}");
        assert!(diff.contains("+ garbage\n"), "{diff}");
    }

    #[test]
    fn shows_changed_lines_with_context() {
        let diff = line_diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n", 50);
        assert!(diff.contains("- d\n"), "{diff}");
        assert!(diff.contains("+ X\n"), "{diff}");
        assert!(diff.contains("  c\n"), "{diff}");
        assert!(
            diff.find("- d").unwrap() < diff.find("+ X").unwrap(),
            "{diff}"
        );
        assert!(!diff.contains("  a\n"), "{diff}");
    }

    #[test]
    fn missing_trailing_newline_is_visible() {
        let diff = line_diff("a\n", "a", 50);
        assert!(diff.contains("no newline"), "{diff}");
    }
}
