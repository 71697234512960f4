//! Unicode properties `str` needs beyond what `core::char` offers: decimal/digit/numeric
//! classes (`isdecimal`, `isdigit`, `isnumeric`), spaces, letters and printable characters.
//! Case is in `case.rs`.
//!
//! The range tables live in flash. They were generated from CPython 3.11's `unicodedata`
//! (Unicode 14.0) by listing the code points for which `str.isdecimal()` /
//! `isdigit()` / `isnumeric()` hold, as inclusive ranges.

/// Code points with a decimal digit value (general category Nd).
static DECIMAL: &[Range] = &[
    range(0x30, 0x39),
    range(0x660, 0x669),
    range(0x6F0, 0x6F9),
    range(0x7C0, 0x7C9),
    range(0x966, 0x96F),
    range(0x9E6, 0x9EF),
    range(0xA66, 0xA6F),
    range(0xAE6, 0xAEF),
    range(0xB66, 0xB6F),
    range(0xBE6, 0xBEF),
    range(0xC66, 0xC6F),
    range(0xCE6, 0xCEF),
    range(0xD66, 0xD6F),
    range(0xDE6, 0xDEF),
    range(0xE50, 0xE59),
    range(0xED0, 0xED9),
    range(0xF20, 0xF29),
    range(0x1040, 0x1049),
    range(0x1090, 0x1099),
    range(0x17E0, 0x17E9),
    range(0x1810, 0x1819),
    range(0x1946, 0x194F),
    range(0x19D0, 0x19D9),
    range(0x1A80, 0x1A89),
    range(0x1A90, 0x1A99),
    range(0x1B50, 0x1B59),
    range(0x1BB0, 0x1BB9),
    range(0x1C40, 0x1C49),
    range(0x1C50, 0x1C59),
    range(0xA620, 0xA629),
    range(0xA8D0, 0xA8D9),
    range(0xA900, 0xA909),
    range(0xA9D0, 0xA9D9),
    range(0xA9F0, 0xA9F9),
    range(0xAA50, 0xAA59),
    range(0xABF0, 0xABF9),
    range(0xFF10, 0xFF19),
    range(0x104A0, 0x104A9),
    range(0x10D30, 0x10D39),
    range(0x11066, 0x1106F),
    range(0x110F0, 0x110F9),
    range(0x11136, 0x1113F),
    range(0x111D0, 0x111D9),
    range(0x112F0, 0x112F9),
    range(0x11450, 0x11459),
    range(0x114D0, 0x114D9),
    range(0x11650, 0x11659),
    range(0x116C0, 0x116C9),
    range(0x11730, 0x11739),
    range(0x118E0, 0x118E9),
    range(0x11950, 0x11959),
    range(0x11C50, 0x11C59),
    range(0x11D50, 0x11D59),
    range(0x11DA0, 0x11DA9),
    range(0x16A60, 0x16A69),
    range(0x16AC0, 0x16AC9),
    range(0x16B50, 0x16B59),
    range(0x1D7CE, 0x1D7FF),
    range(0x1E140, 0x1E149),
    range(0x1E2F0, 0x1E2F9),
    range(0x1E950, 0x1E959),
    range(0x1FBF0, 0x1FBF9),
];

/// Digits that are not decimal (superscripts, circled digits, …).
static DIGIT_ONLY: &[Range] = &[
    range(0xB2, 0xB3),
    range(0xB9, 0xB9),
    range(0x1369, 0x1371),
    range(0x19DA, 0x19DA),
    range(0x2070, 0x2070),
    range(0x2074, 0x2079),
    range(0x2080, 0x2089),
    range(0x2460, 0x2468),
    range(0x2474, 0x247C),
    range(0x2488, 0x2490),
    range(0x24EA, 0x24EA),
    range(0x24F5, 0x24FD),
    range(0x24FF, 0x24FF),
    range(0x2776, 0x277E),
    range(0x2780, 0x2788),
    range(0x278A, 0x2792),
    range(0x10A40, 0x10A43),
    range(0x10E60, 0x10E68),
    range(0x11052, 0x1105A),
    range(0x1F100, 0x1F10A),
];

/// Numeric characters that are not digits (fractions, numerals, CJK numbers).
static NUMERIC_ONLY: &[Range] = &[
    range(0xBC, 0xBE),
    range(0x9F4, 0x9F9),
    range(0xB72, 0xB77),
    range(0xBF0, 0xBF2),
    range(0xC78, 0xC7E),
    range(0xD58, 0xD5E),
    range(0xD70, 0xD78),
    range(0xF2A, 0xF33),
    range(0x1372, 0x137C),
    range(0x16EE, 0x16F0),
    range(0x17F0, 0x17F9),
    range(0x2150, 0x2182),
    range(0x2185, 0x2189),
    range(0x2469, 0x2473),
    range(0x247D, 0x2487),
    range(0x2491, 0x249B),
    range(0x24EB, 0x24F4),
    range(0x24FE, 0x24FE),
    range(0x277F, 0x277F),
    range(0x2789, 0x2789),
    range(0x2793, 0x2793),
    range(0x2CFD, 0x2CFD),
    range(0x3007, 0x3007),
    range(0x3021, 0x3029),
    range(0x3038, 0x303A),
    range(0x3192, 0x3195),
    range(0x3220, 0x3229),
    range(0x3248, 0x324F),
    range(0x3251, 0x325F),
    range(0x3280, 0x3289),
    range(0x32B1, 0x32BF),
    range(0x3405, 0x3405),
    range(0x3483, 0x3483),
    range(0x382A, 0x382A),
    range(0x3B4D, 0x3B4D),
    range(0x4E00, 0x4E00),
    range(0x4E03, 0x4E03),
    range(0x4E07, 0x4E07),
    range(0x4E09, 0x4E09),
    range(0x4E5D, 0x4E5D),
    range(0x4E8C, 0x4E8C),
    range(0x4E94, 0x4E94),
    range(0x4E96, 0x4E96),
    range(0x4EBF, 0x4EC0),
    range(0x4EDF, 0x4EDF),
    range(0x4EE8, 0x4EE8),
    range(0x4F0D, 0x4F0D),
    range(0x4F70, 0x4F70),
    range(0x5104, 0x5104),
    range(0x5146, 0x5146),
    range(0x5169, 0x5169),
    range(0x516B, 0x516B),
    range(0x516D, 0x516D),
    range(0x5341, 0x5341),
    range(0x5343, 0x5345),
    range(0x534C, 0x534C),
    range(0x53C1, 0x53C4),
    range(0x56DB, 0x56DB),
    range(0x58F1, 0x58F1),
    range(0x58F9, 0x58F9),
    range(0x5E7A, 0x5E7A),
    range(0x5EFE, 0x5EFF),
    range(0x5F0C, 0x5F0E),
    range(0x5F10, 0x5F10),
    range(0x62FE, 0x62FE),
    range(0x634C, 0x634C),
    range(0x67D2, 0x67D2),
    range(0x6F06, 0x6F06),
    range(0x7396, 0x7396),
    range(0x767E, 0x767E),
    range(0x8086, 0x8086),
    range(0x842C, 0x842C),
    range(0x8CAE, 0x8CAE),
    range(0x8CB3, 0x8CB3),
    range(0x8D30, 0x8D30),
    range(0x9621, 0x9621),
    range(0x9646, 0x9646),
    range(0x964C, 0x964C),
    range(0x9678, 0x9678),
    range(0x96F6, 0x96F6),
    range(0xA6E6, 0xA6EF),
    range(0xA830, 0xA835),
    range(0xF96B, 0xF96B),
    range(0xF973, 0xF973),
    range(0xF978, 0xF978),
    range(0xF9B2, 0xF9B2),
    range(0xF9D1, 0xF9D1),
    range(0xF9D3, 0xF9D3),
    range(0xF9FD, 0xF9FD),
    range(0x10107, 0x10133),
    range(0x10140, 0x10178),
    range(0x1018A, 0x1018B),
    range(0x102E1, 0x102FB),
    range(0x10320, 0x10323),
    range(0x10341, 0x10341),
    range(0x1034A, 0x1034A),
    range(0x103D1, 0x103D5),
    range(0x10858, 0x1085F),
    range(0x10879, 0x1087F),
    range(0x108A7, 0x108AF),
    range(0x108FB, 0x108FF),
    range(0x10916, 0x1091B),
    range(0x109BC, 0x109BD),
    range(0x109C0, 0x109CF),
    range(0x109D2, 0x109FF),
    range(0x10A44, 0x10A48),
    range(0x10A7D, 0x10A7E),
    range(0x10A9D, 0x10A9F),
    range(0x10AEB, 0x10AEF),
    range(0x10B58, 0x10B5F),
    range(0x10B78, 0x10B7F),
    range(0x10BA9, 0x10BAF),
    range(0x10CFA, 0x10CFF),
    range(0x10E69, 0x10E7E),
    range(0x10F1D, 0x10F26),
    range(0x10F51, 0x10F54),
    range(0x10FC5, 0x10FCB),
    range(0x1105B, 0x11065),
    range(0x111E1, 0x111F4),
    range(0x1173A, 0x1173B),
    range(0x118EA, 0x118F2),
    range(0x11C5A, 0x11C6C),
    range(0x11FC0, 0x11FD4),
    range(0x12400, 0x1246E),
    range(0x16B5B, 0x16B61),
    range(0x16E80, 0x16E96),
    range(0x1D2E0, 0x1D2F3),
    range(0x1D360, 0x1D378),
    range(0x1E8C7, 0x1E8CF),
    range(0x1EC71, 0x1ECAB),
    range(0x1ECAD, 0x1ECAF),
    range(0x1ECB1, 0x1ECB4),
    range(0x1ED01, 0x1ED2D),
    range(0x1ED2F, 0x1ED3D),
    range(0x1F10B, 0x1F10C),
    range(0x20001, 0x20001),
    range(0x20064, 0x20064),
    range(0x200E2, 0x200E2),
    range(0x20121, 0x20121),
    range(0x2092A, 0x2092A),
    range(0x20983, 0x20983),
    range(0x2098C, 0x2098C),
    range(0x2099C, 0x2099C),
    range(0x20AEA, 0x20AEA),
    range(0x20AFD, 0x20AFD),
    range(0x20B19, 0x20B19),
    range(0x22390, 0x22390),
    range(0x22998, 0x22998),
    range(0x23B1B, 0x23B1B),
    range(0x2626D, 0x2626D),
    range(0x2F890, 0x2F890),
];

/// Code points above U+00FF that are not printable (`str.isprintable`, and escaped by
/// `repr`): format characters (Cf), spaces other than U+0020 (Zs), the line and paragraph
/// separators, surrogates and private use. Unassigned code points, also not printable in
/// CPython, are not listed (~700 ranges) but for those among these ranges.
static NOT_PRINTABLE: &[(u32, u32)] = &[
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x206F),
    (0x3000, 0x3000),
    (0xD800, 0xF8FF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xF0000, 0x10FFFF),
];

/// `str.isprintable` for one character, and whether `repr` shows it as itself.
pub fn is_printable(c: char) -> bool {
    match c as u32 {
        code @ 0..=0x7E => code >= 0x20,
        0x7F..=0xA0 | 0xAD => false,
        0xA1..=0xFF => true,
        _ => !in_table(NOT_PRINTABLE, c),
    }
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let code = c as u32;
    let position = table.partition_point(|&(_, end)| end < code);
    table.get(position).is_some_and(|&(start, _)| start <= code)
}

/// An inclusive range of code points in one word (half the flash of a pair): the first
/// code point above bit 11, the count after it below (ranges of at most 2,048).
type Range = u32;

const fn range(first: u32, last: u32) -> Range {
    assert!(last - first < 1 << 11);
    first << 11 | (last - first)
}

/// The first code point of the range of `table` holding `c`, if one does.
fn range_start(table: &[Range], c: char) -> Option<u32> {
    let code = c as u32;
    let position = table.partition_point(|&range| (range >> 11) + (range & 0x7FF) < code);
    let start = table.get(position)? >> 11;
    (start <= code).then_some(start)
}

/// `str.isdecimal` for one character.
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && range_start(DECIMAL, c).is_some())
}

/// The value of a decimal digit of any script (`'٣'` → 3).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    // Every range is whole runs of ten digits starting at zero.
    range_start(DECIMAL, c).map(|start| (c as u32 - start) % 10)
}

/// Text with decimal digits of every script made ASCII and Unicode spaces made ' ' (what
/// `int()` and `float()` accept); borrowed when already ASCII.
pub fn ascii_digits(text: &str) -> alloc::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return alloc::borrow::Cow::Borrowed(text);
    }
    alloc::borrow::Cow::Owned(
        text.chars()
            .map(|c| match decimal_value(c) {
                Some(d) => char::from_digit(d, 10).unwrap_or(c),
                None if is_space(c) => ' ',
                None => c,
            })
            .collect(),
    )
}

/// `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && range_start(DIGIT_ONLY, c).is_some())
}

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && range_start(NUMERIC_ONLY, c).is_some())
}

/// `str.isspace` for one character (Python adds the ASCII separators 0x1c–0x1f).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `str.isalpha` for one character: letters, not the letter-like numerals (category Nl:
/// `Ⅻ`, `〇`) that Unicode's Alphabetic property also has; ideographs with a numeric value
/// (`一`) are letters.
pub fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic() && !is_letter_number(c))
}

/// Unicode category Nl (as of Unicode 14, CPython 3.11's).
fn is_letter_number(c: char) -> bool {
    matches!(c, '\u{16ee}'..='\u{16f0}' | '\u{2160}'..='\u{2182}' | '\u{2185}'..='\u{2188}'
        | '\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303a}' | '\u{a6e6}'..='\u{a6ef}'
        | '\u{10140}'..='\u{10174}' | '\u{10341}' | '\u{1034a}' | '\u{103d1}'..='\u{103d5}'
        | '\u{12400}'..='\u{1246e}')
}
