//! `strptime`: text to date and time fields by a format, for `time.strptime` and
//! `datetime.datetime.strptime` (in the C locale, as CPython's `_strptime` reads it).
//!
//! CPython turns the format into a regular expression; this walks format and text together
//! instead. A numeric directive takes its longest run of digits that is in range (the
//! first alternative CPython's pattern would try), so formats with separators parse alike;
//! CPython's backtracking into a shorter field (`%m%d` of `111`) is not tried.

use alloc::format;
use alloc::string::String;

use super::time::{days_from_civil, DAY_NAMES, MONTH_NAMES};

/// What a text gave: the date and time, with the defaults CPython uses for what the format
/// leaves out (1900-01-01 00:00:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// `%Z` read a zone's name (UTC or GMT).
    pub zone_named: bool,
}

/// The fields as read, before defaults and conversions.
#[derive(Default)]
struct Fields {
    year: Option<i64>,
    two_digit_year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    hour: Option<i64>,
    hour12: Option<i64>,
    pm: Option<bool>,
    minute: Option<i64>,
    second: Option<i64>,
    microsecond: Option<i64>,
    yearday: Option<i64>,
    weekday: Option<i64>,
    offset: Option<(i64, i64)>,
    zone_named: bool,
}

/// Why a text did not parse: the `ValueError` message.
pub type Error = String;

/// Parses `text` by `format`.
pub fn parse(text: &str, format: &str) -> Result<Parsed, Error> {
    let mismatch = || {
        format!(
            "time data {} does not match format {}",
            quoted(text),
            quoted(format)
        )
    };
    let mut fields = Fields::default();
    let rest = walk(text, format, format, &mut fields)?.ok_or_else(mismatch)?;
    if !rest.is_empty() {
        return Err(format!("unconverted data remains: {rest}"));
    }
    finish(&fields)
}

/// Python's repr of a str (the messages quote text and format so).
fn quoted(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Matches `format` against the start of `text`; the text left, or None on a mismatch.
/// `whole` is the caller's format, for the error about a bad directive.
fn walk<'a>(
    mut text: &'a str,
    format: &str,
    whole: &str,
    fields: &mut Fields,
) -> Result<Option<&'a str>, Error> {
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            // A run of blanks in the format is `\s+`: at least one in the text.
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            let trimmed = text.trim_start();
            if trimmed.len() == text.len() {
                return Ok(None);
            }
            text = trimmed;
            continue;
        }
        if c != '%' {
            // Other characters match themselves, in any case (CPython's IGNORECASE).
            let Some(next) = text.chars().next() else {
                return Ok(None);
            };
            // (The runtime's case tables: core's `to_lowercase` would bring 12 KB more.)
            let lower = crate::obj::case::simple_lower;
            if lower(next) != lower(c) {
                return Ok(None);
            }
            text = &text[next.len_utf8()..];
            continue;
        }
        let Some(directive) = chars.next() else {
            return Err(format!("stray % in format {}", quoted(whole)));
        };
        let taken = match directive {
            'Y' => number(text, 4, 4, 0, 9999).map(|(n, rest)| {
                fields.year = Some(n);
                rest
            }),
            'y' => number(text, 2, 2, 0, 99).map(|(n, rest)| {
                fields.two_digit_year = Some(n);
                rest
            }),
            'm' => number(text, 1, 2, 1, 12).map(|(n, rest)| {
                fields.month = Some(n);
                rest
            }),
            'd' => {
                // `%d` also takes a blank-padded day (` 4`).
                let padded = text.strip_prefix(' ').filter(|rest| {
                    rest.as_bytes()
                        .first()
                        .is_some_and(|b| (b'1'..=b'9').contains(b))
                });
                number(padded.unwrap_or(text), 1, 2, 1, 31).map(|(n, rest)| {
                    fields.day = Some(n);
                    rest
                })
            }
            'H' => number(text, 1, 2, 0, 23).map(|(n, rest)| {
                fields.hour = Some(n);
                rest
            }),
            'I' => number(text, 1, 2, 1, 12).map(|(n, rest)| {
                fields.hour12 = Some(n);
                rest
            }),
            'M' => number(text, 1, 2, 0, 59).map(|(n, rest)| {
                fields.minute = Some(n);
                rest
            }),
            'S' => number(text, 1, 2, 0, 61).map(|(n, rest)| {
                fields.second = Some(n);
                rest
            }),
            'j' => number(text, 1, 3, 1, 366).map(|(n, rest)| {
                fields.yearday = Some(n);
                rest
            }),
            'f' => {
                let digits = text.bytes().take(6).take_while(u8::is_ascii_digit).count();
                (digits > 0).then(|| {
                    let value: i64 = text[..digits].parse().unwrap_or(0);
                    fields.microsecond = Some(value * 10i64.pow(6 - digits as u32));
                    &text[digits..]
                })
            }
            'w' => number(text, 1, 1, 0, 6).map(|(n, rest)| {
                fields.weekday = Some((n + 6) % 7);
                rest
            }),
            'u' => number(text, 1, 1, 1, 7).map(|(n, rest)| {
                fields.weekday = Some(n - 1);
                rest
            }),
            'U' | 'W' => number(text, 1, 2, 0, 53).map(|(_, rest)| rest),
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
            'z' => offset(text).map(|(value, rest)| {
                fields.offset = Some(value);
                rest
            }),
            'Z' => name(text, &["UTC", "GMT"], false).map(|(_, rest)| {
                fields.zone_named = true;
                rest
            }),
            '%' => text.strip_prefix('%'),
            // The C locale's date and time representations.
            'c' | 'x' | 'X' => {
                let inner = match directive {
                    'c' => "%a %b %d %H:%M:%S %Y",
                    'x' => "%m/%d/%y",
                    _ => "%H:%M:%S",
                };
                walk(text, inner, whole, fields)?
            }
            other => {
                return Err(format!(
                    "'{other}' is a bad directive in format {}",
                    quoted(whole)
                ))
            }
        };
        match taken {
            Some(rest) => text = rest,
            None => return Ok(None),
        }
    }
    Ok(Some(text))
}

/// An unsigned number of `least` to `most` ASCII digits in `low..=high` at the start of
/// `text`: the longest such run (CPython's first alternative), and the text after it.
fn number(text: &str, least: usize, most: usize, low: i64, high: i64) -> Option<(i64, &str)> {
    let available = text
        .bytes()
        .take(most)
        .take_while(u8::is_ascii_digit)
        .count();
    (least..=available).rev().find_map(|width| {
        let value: i64 = text[..width].parse().ok()?;
        // `0` alone is no day or month: only a two-digit `01`…`09` is.
        let zero_lead = width > 1 && text.starts_with('0') && value == 0;
        ((low..=high).contains(&value) && !zero_lead).then(|| (value, &text[width..]))
    })
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
fn offset(text: &str) -> Option<((i64, i64), &str)> {
    if let Some(rest) = text.strip_prefix('Z') {
        return Some(((0, 0), rest));
    }
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let two = |text: &str, high: i64| -> Option<(i64, usize)> {
        let digits = text.get(..2)?;
        let value: i64 = digits.parse().ok()?;
        (digits.bytes().all(|b| b.is_ascii_digit()) && value <= high).then_some((value, 2))
    };
    let mut rest = &text[1..];
    let (hours, _) = two(rest, 99)?;
    rest = &rest[2..];
    let colon = rest.starts_with(':');
    if colon {
        rest = &rest[1..];
    }
    let (minutes, _) = two(rest, 59)?;
    rest = &rest[2..];
    let mut seconds = 0;
    let mut micros = 0;
    let after_colon = if colon {
        rest.strip_prefix(':')
    } else {
        Some(rest)
    };
    if let Some((value, _)) = after_colon.and_then(|after| two(after, 59)) {
        seconds = value;
        rest = &after_colon.unwrap_or(rest)[2..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction
                .bytes()
                .take(6)
                .take_while(u8::is_ascii_digit)
                .count();
            if digits > 0 {
                let value: i64 = fraction[..digits].parse().unwrap_or(0);
                micros = value * 10i64.pow(6 - digits as u32);
                rest = &fraction[digits..];
            }
        }
    }
    let total = hours * 3600 + minutes * 60 + seconds;
    Some(((sign * total, sign * micros), rest))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Defaults, the 12-hour clock, two-digit years and day-of-year, as CPython's `_strptime`.
fn finish(fields: &Fields) -> Result<Parsed, Error> {
    let year = match (fields.year, fields.two_digit_year) {
        (Some(year), _) => year,
        // POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068.
        (None, Some(short)) if short >= 69 => 1900 + short,
        (None, Some(short)) => 2000 + short,
        (None, None) => 1900,
    };
    let hour = match (fields.hour12, fields.pm) {
        (Some(hour), Some(true)) => hour % 12 + 12,
        (Some(hour), _) => hour % 12,
        (None, _) => fields.hour.unwrap_or(0),
    };
    let (month, day) = match (fields.yearday, fields.month, fields.day) {
        (Some(yearday), None, None) => {
            let days = days_from_civil(year, 1, 1) + yearday - 1;
            let (mut month, mut left) = (1, yearday);
            while month < 12 && left > days_in_month(year, month) {
                left -= days_in_month(year, month);
                month += 1;
            }
            // Past the year's end (366 in a common year): CPython's date rolls over.
            if left > days_in_month(year, month) {
                let next = days - days_from_civil(year + 1, 1, 1) + 1;
                return finish_with(fields, year + 1, 1, next, hour, Some(next));
            }
            (month, left)
        }
        (_, month, day) => (month.unwrap_or(1), day.unwrap_or(1)),
    };
    finish_with(fields, year, month, day, hour, fields.yearday)
}

fn finish_with(
    fields: &Fields,
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    yearday: Option<i64>,
) -> Result<Parsed, Error> {
    // February 29th without a year is checked against a leap year (CPython's 1904), then
    // reported with the default year, 1900.
    let checked_year =
        if fields.year.is_none() && fields.two_digit_year.is_none() && month == 2 && day == 29 {
            1904
        } else {
            year
        };
    if day > days_in_month(checked_year, month) {
        return Err(String::from("day is out of range for month"));
    }
    let days = days_from_civil(checked_year, month, day);
    let weekday = fields.weekday.unwrap_or_else(|| (days + 3).rem_euclid(7));
    let yearday = yearday.unwrap_or_else(|| days - days_from_civil(checked_year, 1, 1) + 1);
    Ok(Parsed {
        year,
        month,
        day,
        hour,
        minute: fields.minute.unwrap_or(0),
        second: fields.second.unwrap_or(0),
        microsecond: fields.microsecond.unwrap_or(0),
        weekday,
        yearday,
        offset: fields.offset,
        zone_named: fields.zone_named,
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
