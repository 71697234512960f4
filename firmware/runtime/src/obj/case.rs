//! Unicode case for `str`: lower/upper/title case and case folding of one character, the
//! final-sigma rule, and the cased/lowercase/uppercase/titlecase properties — CPython 3.11's
//! answers (Unicode 14.0) from the compact tables in `case_tables.rs`.
//!
//! Flash, not speed, shaped this: `core`'s case tables cost ~28 KB, these ~8 KB. ASCII never
//! reaches a table. A table is a sorted list of runs (code points a step of 1 or 2 apart that
//! share a value), keyed `start << 11 | (length - 1) << 1 | (step - 1)`; a mapping table has a
//! parallel list of deltas (modulo 2^16). Mappings to several characters live in small
//! `[u16; 4]` lists.

use alloc::string::String;

use super::case_tables as tables;

/// The index of the run of `keys` holding `code`.
fn run_index(keys: &[u32], code: u32) -> Option<usize> {
    let index = keys
        .partition_point(|&key| key >> 11 <= code)
        .checked_sub(1)?;
    let key = keys[index];
    let offset = code - (key >> 11);
    let step = (key & 1) + 1;
    (offset.is_multiple_of(step) && offset / step <= (key >> 1) & 0x3FF).then_some(index)
}

fn in_set(keys: &[u32], c: char) -> bool {
    run_index(keys, c as u32).is_some()
}

/// The one-character mapping of `c` in a run table (no mapping leaves its plane: the delta
/// works on the low 16 bits).
fn mapped(keys: &[u32], deltas: &[u16], c: char) -> Option<char> {
    let index = run_index(keys, c as u32)?;
    let code = c as u32;
    let low = (code as u16).wrapping_add(deltas[index]);
    char::from_u32(code & !0xFFFF | u32::from(low))
}

/// Appends the several-character mapping of `c` from `table`; false when `c` has none.
fn push_multi(out: &mut String, table: &[[u16; 4]], c: char) -> bool {
    let Ok(code) = u16::try_from(c as u32) else {
        return false;
    };
    let Ok(index) = table.binary_search_by_key(&code, |entry| entry[0]) else {
        return false;
    };
    for &unit in &table[index][1..] {
        if let Some(mapped) = char::from_u32(u32::from(unit)).filter(|_| unit != 0) {
            out.push(mapped);
        }
    }
    true
}

/// `str.islower` for one character (the Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_set(tables::LOWERCASE, c)
    }
}

/// `str.isupper` for one character (the Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_set(tables::UPPERCASE, c)
    }
}

/// Titlecase letters (general category Lt: `ǅ`, `ᾈ`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_set(tables::TITLECASE, c)
}

/// Cased characters: lower, upper or title case.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\'' | '.' | ':' | '^' | '`')
    } else {
        in_set(tables::CASE_IGNORABLE, c)
    }
}

/// The lowercase of `c` when it is one character (what `re` uses to ignore case).
pub fn simple_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    mapped(tables::LOWER_KEYS, tables::LOWER_DELTAS, c).unwrap_or(c)
}

/// The uppercase of `c` when it is one character.
pub fn simple_upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    mapped(tables::UPPER_KEYS, tables::UPPER_DELTAS, c).unwrap_or(c)
}

/// Appends the full lowercase of `c` (`İ` → `i̇`); `Σ` gives `σ` (see `push_lower_in`).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() || !push_multi(out, tables::LOWER_MULTI, c) {
        out.push(simple_lower(c));
    }
}

/// Appends the full uppercase of `c` (`ß` → `SS`).
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() || !push_multi(out, tables::UPPER_MULTI, c) {
        out.push(simple_upper(c));
    }
}

/// Appends the full titlecase of `c` (`ǆ` → `ǅ`, `ß` → `Ss`).
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !push_multi(out, tables::TITLE_MULTI, c) {
        match mapped(tables::TITLE_KEYS, tables::TITLE_DELTAS, c) {
            Some(title) => out.push(title),
            None => push_upper(out, c),
        }
    }
}

/// Appends the full case folding of `c` (`ß` → `ss`, `ﬁ` → `fi`, `ς` → `σ`).
pub fn push_casefold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !push_multi(out, tables::FOLD_MULTI, c) {
        match mapped(tables::FOLD_KEYS, tables::FOLD_DELTAS, c) {
            Some(folded) => out.push(folded),
            None => push_lower(out, c),
        }
    }
}

/// Appends the lowercase of `c`, found at byte `at` of `text`: a capital sigma that ends a
/// word (cased letters before it, none after it, case-ignorables skipped) becomes `ς`.
pub fn push_lower_in(out: &mut String, text: &str, at: usize, c: char) {
    if c != 'Σ' {
        push_lower(out, c);
        return;
    }
    let before = text[..at].chars().rev().find(|&x| !is_case_ignorable(x));
    let after = text[at + c.len_utf8()..]
        .chars()
        .find(|&x| !is_case_ignorable(x));
    let last = before.is_some_and(is_cased) && !after.is_some_and(is_cased);
    out.push(if last { 'ς' } else { 'σ' });
}

/// `str.lower`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        push_lower_in(&mut out, text, at, c);
    }
    out
}

/// `str.upper`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper(&mut out, c);
    }
    out
}
