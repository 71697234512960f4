//! `strptime`: text to date and time fields by a format, for `time.strptime` and
//! `datetime.datetime.strptime` (in the C locale, as CPython's `_strptime` reads it).
//!
//! CPython turns the format into a regular expression; this matches format and text
//! together, trying each directive's alternatives in the pattern's order (the longest number
//! first) and going back to the next one when what follows fails, so the two read the same
//! fields. A directive named twice counts once per use, the last winning (CPython's pattern
//! refuses the format).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::time::{civil_from_days, days_from_civil, DAY_NAMES, MONTH_NAMES};

/// What a text gave: the date and time, with the defaults CPython uses for what the format
/// leaves out (1900-01-01 00:00:00).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub microsecond: i64,
    /// 0 is Monday.
    pub weekday: i64,
    /// 1 is January 1st.
    pub yearday: i64,
    /// `%z`: the offset from UTC in seconds and microseconds.
    pub offset: Option<(i64, i64)>,
    /// `%Z`: the zone's name (UTC or GMT) as the text has it (`datetime.strptime` names a
    /// `%z` offset with it).
    pub zone: Option<String>,
}

/// The fields as read, before defaults and conversions.
/// Where a format names a field twice (`%H` and `%I`, `%Y` and `%y`), the last one counts.
#[derive(Default, Clone)]
struct Fields {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    /// The hour, and whether it is on the 12-hour clock (`%I`).
    hour: Option<(i64, bool)>,
    pm: Option<bool>,
    minute: Option<i64>,
    second: Option<i64>,
    microsecond: Option<i64>,
    yearday: Option<i64>,
    weekday: Option<i64>,
    /// `%U` (weeks start on Sunday) or `%W` (on Monday): the week of the year.
    week: Option<(i64, bool)>,
    offset: Option<(i64, i64)>,
    zone: Option<String>,
}

/// Why a text did not parse: the `ValueError` message.
pub type Error = String;

/// Parses `text` by `format`.
pub fn parse(text: &str, format: &str) -> Result<Parsed, Error> {
    let mut read = Vec::new();
    pieces(format, format, &mut read)?;
    let Some((fields, rest)) = match_pieces(text, &read) else {
        return Err(format!(
            "time data {} does not match format {}",
            quoted(text),
            quoted(format)
        ));
    };
    if !rest.is_empty() {
        return Err(format!("unconverted data remains: {rest}"));
    }
    finish(&fields)
}

/// Python's repr of a str (the messages quote text and format so).
fn quoted(text: &str) -> String {
    let mut out = String::new();
    crate::vm::text::quote_str(text, &mut out);
    out
}

/// A format, read: blanks (`\s+`), characters that match themselves, directives.
#[derive(Clone, Copy)]
enum Piece {
    Blank,
    Char(char),
    Directive(char),
}

/// Reads `format` into pieces, the C locale's `%c`, `%x` and `%X` spelled out; a bad
/// directive or a stray `%` is an error, as CPython finds them before matching.
fn pieces(format: &str, whole: &str, out: &mut Vec<Piece>) -> Result<(), Error> {
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            out.push(Piece::Blank);
            continue;
        }
        if c != '%' {
            out.push(Piece::Char(c));
            continue;
        }
        match chars.next() {
            None => return Err(format!("stray % in format {}", quoted(whole))),
            Some('c') => pieces("%a %b %d %H:%M:%S %Y", whole, out)?,
            Some('x') => pieces("%m/%d/%y", whole, out)?,
            Some('X') => pieces("%H:%M:%S", whole, out)?,
            Some(directive) if "YymdHIMSjfwuUWaAbBhpzZ%".contains(directive) => {
                out.push(Piece::Directive(directive))
            }
            Some(other) => {
                return Err(format!(
                    "'{other}' is a bad directive in format {}",
                    quoted(whole)
                ))
            }
        }
    }
    Ok(())
}

/// How many alternatives the matcher may go back to try in all (a format of many numbers
/// against text that does not match would otherwise take exponential time).
const MAX_BACKTRACKS: usize = 4096;

/// A directive that matched with another alternative left to try, and the state before it.
struct Choice<'a> {
    piece: usize,
    text: &'a str,
    fields: Fields,
    alternative: usize,
}

/// Matches the pieces against the start of `text`, as CPython's pattern would: each
/// directive's alternatives in order (the longest number first), going back to the next
/// alternative when what follows fails. The fields read and the text left.
fn match_pieces<'a>(text: &'a str, pieces: &[Piece]) -> Option<(Fields, &'a str)> {
    let mut stack: Vec<Choice<'a>> = Vec::new();
    let (mut piece, mut text, mut fields, mut alternative) = (0, text, Fields::default(), 0);
    let mut backtracks = 0;
    loop {
        let advanced = match pieces.get(piece) {
            None => return Some((fields, text)),
            Some(Piece::Blank) => {
                let trimmed = text.trim_start();
                (trimmed.len() < text.len()).then_some(trimmed)
            }
            // Characters match in any case (CPython's IGNORECASE), by the runtime's case
            // tables (core's `to_lowercase` would bring 12 KB more).
            Some(&Piece::Char(c)) => text.chars().next().and_then(|next| {
                let lower = crate::obj::case::simple_lower;
                (lower(next) == lower(c)).then(|| &text[next.len_utf8()..])
            }),
            Some(&Piece::Directive(directive)) => {
                let mut trial = fields.clone();
                let rest = read(directive, text, alternative, &mut trial);
                if rest.is_some() {
                    // (Whether there is another alternative does not depend on the fields.)
                    let mut scratch = Fields::default();
                    let another = read(directive, text, alternative + 1, &mut scratch).is_some();
                    if another && stack.try_reserve(1).is_ok() {
                        stack.push(Choice {
                            piece,
                            text,
                            fields: core::mem::replace(&mut fields, trial),
                            alternative: alternative + 1,
                        });
                    } else {
                        fields = trial;
                    }
                }
                rest
            }
        };
        match advanced {
            Some(rest) => {
                text = rest;
                piece += 1;
                alternative = 0;
            }
            None => {
                backtracks += 1;
                if backtracks > MAX_BACKTRACKS {
                    return None;
                }
                let choice = stack.pop()?;
                (piece, text, fields, alternative) =
                    (choice.piece, choice.text, choice.fields, choice.alternative);
            }
        }
    }
}

/// Reads alternative `alternative` of `directive` at the start of `text` into `fields`;
/// the text after it, or None when there is no such alternative.
fn read<'a>(
    directive: char,
    text: &'a str,
    alternative: usize,
    fields: &mut Fields,
) -> Option<&'a str> {
    let take = |least, most, low, high| number(text, least, most, low, high, alternative);
    match directive {
        'Y' => take(4, 4, 0, 9999).map(|(n, rest)| {
            fields.year = Some(n);
            rest
        }),
        // POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068.
        'y' => take(2, 2, 0, 99).map(|(n, rest)| {
            fields.year = Some(if n >= 69 { 1900 + n } else { 2000 + n });
            rest
        }),
        'm' => take(1, 2, 1, 12).map(|(n, rest)| {
            fields.month = Some(n);
            rest
        }),
        'd' => {
            // The numbers first, then a blank-padded day (` 4`): CPython's last alternative.
            let numbers = (0..2)
                .filter(|&k| number(text, 1, 2, 1, 31, k).is_some())
                .count();
            let found = if alternative < numbers {
                take(1, 2, 1, 31)
            } else if alternative == numbers {
                text.strip_prefix(' ')
                    .and_then(|rest| number(rest, 1, 1, 1, 9, 0))
            } else {
                None
            };
            found.map(|(n, rest)| {
                fields.day = Some(n);
                rest
            })
        }
        'H' => take(1, 2, 0, 23).map(|(n, rest)| {
            fields.hour = Some((n, false));
            rest
        }),
        'I' => take(1, 2, 1, 12).map(|(n, rest)| {
            fields.hour = Some((n, true));
            rest
        }),
        'M' => take(1, 2, 0, 59).map(|(n, rest)| {
            fields.minute = Some(n);
            rest
        }),
        'S' => take(1, 2, 0, 61).map(|(n, rest)| {
            fields.second = Some(n);
            rest
        }),
        'j' => take(1, 3, 1, 366).map(|(n, rest)| {
            fields.yearday = Some(n);
            rest
        }),
        'f' => {
            let available = text.bytes().take(6).take_while(u8::is_ascii_digit).count();
            let digits = available.checked_sub(alternative).filter(|&d| d > 0)?;
            let value: i64 = text[..digits].parse().unwrap_or(0);
            fields.microsecond = Some(value * 10i64.pow(6 - digits as u32));
            Some(&text[digits..])
        }
        'w' => take(1, 1, 0, 6).map(|(n, rest)| {
            fields.weekday = Some((n + 6) % 7);
            rest
        }),
        'u' => take(1, 1, 1, 7).map(|(n, rest)| {
            fields.weekday = Some(n - 1);
            rest
        }),
        'U' | 'W' => take(1, 2, 0, 53).map(|(n, rest)| {
            fields.week = Some((n, directive == 'W'));
            rest
        }),
        _ if alternative > 0 && directive != 'z' => None,
        'a' | 'A' | 'b' | 'B' | 'h' => {
            let (names, short) = match directive {
                'a' => (&DAY_NAMES[..], true),
                'A' => (&DAY_NAMES[..], false),
                'B' => (&MONTH_NAMES[..], false),
                _ => (&MONTH_NAMES[..], true),
            };
            name(text, names, short).map(|(index, rest)| {
                if matches!(directive, 'a' | 'A') {
                    fields.weekday = Some(index as i64);
                } else {
                    fields.month = Some(index as i64 + 1);
                }
                rest
            })
        }
        'p' => name(text, &["AM", "PM"], false).map(|(index, rest)| {
            fields.pm = Some(index == 1);
            rest
        }),
        'z' => offset(text, alternative).map(|(value, rest)| {
            fields.offset = Some(value);
            rest
        }),
        'Z' => name(text, &["UTC", "GMT"], false).map(|(_, rest)| {
            fields.zone = Some(String::from(&text[..3]));
            rest
        }),
        _ => text.strip_prefix('%'),
    }
}

/// An unsigned number of `least` to `most` ASCII digits in `low..=high` at the start of
/// `text`: the `alternative`-th such run, longest first (the order CPython's pattern tries
/// them in), and the text after it.
fn number(
    text: &str,
    least: usize,
    most: usize,
    low: i64,
    high: i64,
    alternative: usize,
) -> Option<(i64, &str)> {
    let available = text
        .bytes()
        .take(most)
        .take_while(u8::is_ascii_digit)
        .count();
    (least..=available)
        .rev()
        .filter_map(|width| {
            let value: i64 = text[..width].parse().ok()?;
            (low..=high)
                .contains(&value)
                .then(|| (value, &text[width..]))
        })
        .nth(alternative)
}

/// One of `names` (or their three-letter forms), any case, at the start of `text`: its
/// index and the text after it.
fn name<'a>(text: &'a str, names: &[&str], short: bool) -> Option<(usize, &'a str)> {
    names.iter().enumerate().find_map(|(index, name)| {
        let name = if short { &name[..3] } else { name };
        let head = text.get(..name.len())?;
        head.eq_ignore_ascii_case(name)
            .then(|| (index, &text[name.len()..]))
    })
}

/// `%z`: `Z`, or `±HH[:]MM[[:]SS[.ffffff]]`; the offset in seconds and microseconds.
/// Alternatives, in CPython's order: the seconds with the longest fraction down to none,
/// then no seconds.
fn offset(text: &str, alternative: usize) -> Option<((i64, i64), &str)> {
    if let Some(rest) = text.strip_prefix('Z') {
        return (alternative == 0).then_some(((0, 0), rest));
    }
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    // Two digits at the start of `text`, at most `high`.
    let two = |text: &str, high: i64| -> Option<i64> {
        let digits = text.get(..2)?;
        let value: i64 = digits.parse().ok()?;
        (digits.bytes().all(|b| b.is_ascii_digit()) && value <= high).then_some(value)
    };
    let mut rest = &text[1..];
    let hours = two(rest, 99)?;
    rest = &rest[2..];
    let colon = rest.starts_with(':');
    if colon {
        rest = &rest[1..];
    }
    let minutes = two(rest, 59)?;
    rest = &rest[2..];
    let minutes_only = ((sign * (hours * 3600 + minutes * 60), 0), rest);
    // The seconds, if there (after a colon when the minutes had one).
    let after = if colon {
        rest.strip_prefix(':')
    } else {
        Some(rest)
    };
    let Some((seconds, after)) = after.and_then(|after| Some((two(after, 59)?, &after[2..])))
    else {
        return (alternative == 0).then_some(minutes_only);
    };
    let whole = sign * (hours * 3600 + minutes * 60 + seconds);
    let fraction_digits = after.strip_prefix('.').map_or(0, |fraction| {
        fraction
            .bytes()
            .take(6)
            .take_while(u8::is_ascii_digit)
            .count()
    });
    // Alternatives: fractions of fraction_digits..=1 digits, then none, then no seconds.
    match alternative {
        k if k < fraction_digits => {
            let digits = fraction_digits - k;
            let value: i64 = after[1..1 + digits].parse().unwrap_or(0);
            let micros = value * 10i64.pow(6 - digits as u32);
            Some(((whole, sign * micros), &after[1 + digits..]))
        }
        k if k == fraction_digits => Some(((whole, 0), after)),
        k if k == fraction_digits + 1 => Some(minutes_only),
        _ => None,
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    days_from_civil(year, month + 1, 1) - days_from_civil(year, month, 1)
}

/// Defaults, the 12-hour clock, the day of the year (which wins over month and day) and
/// weeks, as CPython's `_strptime` combines them.
fn finish(fields: &Fields) -> Result<Parsed, Error> {
    let year = fields.year.unwrap_or(1900);
    let hour = match fields.hour {
        Some((hour, true)) if fields.pm == Some(true) => hour % 12 + 12,
        Some((hour, true)) => hour % 12,
        Some((hour, false)) => hour,
        None => 0,
    };
    let mut month = fields.month.unwrap_or(1);
    let mut day = fields.day.unwrap_or(1);
    // February 29th without a year is checked against a leap year (CPython's 1904), then
    // reported with the default year, 1900.
    let leap_default = fields.year.is_none() && month == 2 && day == 29;
    let checked_year = if leap_default { 1904 } else { year };
    let mut result_year = year;
    let mut yearday = fields.yearday;
    // A week number and a weekday give the day of the year.
    if let (None, Some(weekday), Some((week, starts_monday))) =
        (yearday, fields.weekday, fields.week)
    {
        let mut first = (days_from_civil(checked_year, 1, 1) + 3).rem_euclid(7);
        let mut weekday = weekday;
        if !starts_monday {
            first = (first + 1) % 7;
            weekday = (weekday + 1) % 7;
        }
        let julian = if week == 0 {
            1 + weekday - first
        } else {
            1 + (7 - first) % 7 + 7 * (week - 1) + weekday
        };
        yearday = Some(julian);
    }
    let days = match yearday {
        Some(julian) => {
            // The day of the year wins over month and day; it may fall in the year before
            // or after.
            let days = days_from_civil(checked_year, 1, 1) + julian - 1;
            let (y, m, d) = civil_from_days(days);
            (result_year, month, day) = (if leap_default { 1900 } else { y }, m, d);
            days
        }
        None => {
            if day > days_in_month(checked_year, month) {
                return Err(String::from("day is out of range for month"));
            }
            days_from_civil(checked_year, month, day)
        }
    };
    let weekday = fields.weekday.unwrap_or_else(|| (days + 3).rem_euclid(7));
    let base_year = if leap_default { 1904 } else { result_year };
    let yearday = days - days_from_civil(base_year, 1, 1) + 1;
    Ok(Parsed {
        year: result_year,
        month,
        day,
        hour,
        minute: fields.minute.unwrap_or(0),
        second: fields.second.unwrap_or(0),
        microsecond: fields.microsecond.unwrap_or(0),
        weekday,
        yearday: fields.yearday.unwrap_or(yearday),
        offset: fields.offset,
        zone: fields.zone.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_and_times() {
        let parsed = parse("2021-03-04 05:06:07.25", "%Y-%m-%d %H:%M:%S.%f").unwrap();
        assert_eq!(
            (
                parsed.year,
                parsed.month,
                parsed.day,
                parsed.hour,
                parsed.minute,
                parsed.second
            ),
            (2021, 3, 4, 5, 6, 7)
        );
        assert_eq!(
            (parsed.microsecond, parsed.weekday, parsed.yearday),
            (250_000, 3, 63)
        );
        let compact = parse("20210304", "%Y%m%d").unwrap();
        assert_eq!((compact.year, compact.month, compact.day), (2021, 3, 4));
        let twelve = parse("12:30 am", "%I:%M %p").unwrap();
        assert_eq!((twelve.hour, twelve.year), (0, 1900));
        assert_eq!(parse("+05:30", "%z").unwrap().offset, Some((19_800, 0)));
        assert_eq!(parse("60", "%j").unwrap().month, 3);
    }

    #[test]
    fn goes_back_to_shorter_alternatives() {
        let parsed = parse("111", "%m%d").unwrap();
        assert_eq!((parsed.month, parsed.day), (11, 1));
        let parsed = parse("+0438290", "%z%y%w").unwrap();
        assert_eq!((parsed.offset, parsed.year), (Some((16_680, 0)), 2029));
        // Exponential going back is cut short: no match, soon.
        assert!(parse(&"1".repeat(41), &"%d".repeat(20)).is_err());
    }

    #[test]
    fn says_what_went_wrong() {
        assert_eq!(
            parse("2021", "%d").unwrap_err(),
            "unconverted data remains: 21"
        );
        assert_eq!(
            parse("x", "%Y").unwrap_err(),
            "time data 'x' does not match format '%Y'"
        );
        assert_eq!(
            parse("1", "%q").unwrap_err(),
            "'q' is a bad directive in format '%q'"
        );
        assert_eq!(
            parse("2021-02-30", "%Y-%m-%d").unwrap_err(),
            "day is out of range for month"
        );
    }
}
