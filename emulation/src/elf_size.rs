//! Flash, static RAM and heap of a firmware image, read from its ELF.
//!
//! * flash = `.vector_table` + `.text` + `.rodata` + `.data` (the initial values of `.data`
//!   live in flash too);
//! * static RAM = `.data` + `.bss` (not the heap);
//! * heap arena = `.uninit` (a board's static heap array) or, when the image defines
//!   `_pyrite_heap_end`, the RAM from `__sheap` up to it, plus `_pyrite_heap2_bytes` (an
//!   absolute symbol) when the board adds a second region (the STM32F405's CCM).
//!
//! [`breakdown`] splits the flash by where it comes from: each symbol in flash, grouped by
//! crate (`pyrite`, `pyrite_stdlib`, `core`, …) or by module (`pyrite::vm::run`).

use std::collections::HashMap;
use std::path::Path;

use object::{Object, ObjectSection, ObjectSymbol, SectionIndex};

/// Section sizes of one image, in bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImageSize {
    /// Code, including the vector table.
    pub text: u64,
    pub rodata: u64,
    pub data: u64,
    pub bss: u64,
    /// The allocator's arena (Python heap, slack, the console's and allocator's reserves).
    pub heap_arena: u64,
    /// The arena is the RAM from the statics up to the stack (else a static array).
    pub heap_runs_to_stack: bool,
}

impl ImageSize {
    /// Bytes of flash the image occupies.
    pub fn flash(&self) -> u64 {
        self.text + self.rodata + self.data
    }

    /// RAM taken by statics (not the heap).
    pub fn static_ram(&self) -> u64 {
        self.data + self.bss
    }

    /// Python's heap budget in the arena: the arena less the console's 8 KiB and the
    /// allocator's 4 KiB reserves and the slack beyond the heap. Mirrors
    /// `pyrite_port_common::heap`: `python_heap_for` (a sixteenth of slack) where the heap
    /// takes the RAM up to the stack, the inverse of `roomy_arena_for` (a quarter) for a
    /// static heap array; keep them in step.
    pub fn python_heap(&self) -> u64 {
        const FIXED: u64 = 12 * 1024;
        let usable = self.heap_arena.saturating_sub(FIXED);
        if self.heap_runs_to_stack {
            usable * 16 / 17
        } else {
            usable * 4 / 5
        }
    }
}

/// Reads the sizes of the image at `path`.
pub fn read(path: &Path) -> Result<ImageSize, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    parse(&bytes).map_err(|error| format!("{}: {error}", path.display()))
}

/// Reads the sizes from ELF bytes.
pub fn parse(bytes: &[u8]) -> Result<ImageSize, String> {
    let file = object::File::parse(bytes).map_err(|error| format!("not an ELF file: {error}"))?;
    let mut size = ImageSize::default();
    let mut uninit = 0;
    for section in file.sections() {
        let name = section.name().unwrap_or("");
        let bytes = section.size();
        match name {
            ".vector_table" | ".text" => size.text += bytes,
            // (The STM32F405's sector 0: its reset vectors and the constants placed there.)
            ".rodata" | ".boot_vectors" => size.rodata += bytes,
            ".data" => size.data += bytes,
            ".bss" => size.bss += bytes,
            ".uninit" => uninit += bytes,
            _ => {}
        }
    }
    let symbol = |wanted: &str| {
        file.symbols()
            .find(|symbol| symbol.name() == Ok(wanted))
            .map(|symbol| symbol.address())
    };
    (size.heap_arena, size.heap_runs_to_stack) =
        match (symbol("__sheap"), symbol("_pyrite_heap_end")) {
            (Some(start), Some(end)) if end > start => {
                let second_region = symbol("_pyrite_heap2_bytes").unwrap_or(0);
                (end - start + second_region, true)
            }
            _ => (uninit, false),
        };
    Ok(size)
}

/// How finely [`breakdown`] groups symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `pyrite`, `pyrite_stdlib`, `core`, …
    Crate,
    /// `pyrite::vm::run`, `pyrite_stdlib::modules::re`, … (three path segments at most).
    Module,
}

/// Flash bytes from one group of symbols.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Share {
    pub group: String,
    /// Code (`.text`, `.vector_table`).
    pub code: u64,
    /// Constants (`.rodata`, `.data`'s initial values).
    pub data: u64,
}

impl Share {
    pub fn total(&self) -> u64 {
        self.code + self.data
    }
}

/// Groups that are not a Rust path.
pub const OUTLINED: &str = "(outlined sequences)";
pub const UNNAMED_CONSTANTS: &str = "(unnamed constants)";
pub const UNATTRIBUTED: &str = "(no symbol: string literals, panic locations, padding)";
pub const OTHER: &str = "(other symbols: C, compiler support)";

/// The flash of the image at `path`, by group, largest first; the shares add up to the flash.
pub fn breakdown(path: &Path, grouping: Grouping) -> Result<Vec<Share>, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    breakdown_of(&bytes, grouping).map_err(|error| format!("{}: {error}", path.display()))
}

/// [`breakdown`] of ELF bytes.
pub fn breakdown_of(bytes: &[u8], grouping: Grouping) -> Result<Vec<Share>, String> {
    let file = object::File::parse(bytes).map_err(|error| format!("not an ELF file: {error}"))?;
    // The flash sections, and whether each holds code.
    let mut flash: HashMap<SectionIndex, bool> = HashMap::new();
    let mut flash_bytes = [0u64; 2];
    for section in file.sections() {
        let code = match section.name().unwrap_or("") {
            ".vector_table" | ".text" => true,
            ".rodata" | ".data" => false,
            _ => continue,
        };
        flash.insert(section.index(), code);
        flash_bytes[usize::from(!code)] += section.size();
    }
    let mut groups: HashMap<String, Share> = HashMap::new();
    // Aliases (the same address twice) count once.
    let mut seen = std::collections::HashSet::new();
    let mut attributed = [0u64; 2];
    for symbol in file.symbols() {
        let Some(&code) = symbol.section_index().and_then(|index| flash.get(&index)) else {
            continue;
        };
        let size = symbol.size();
        if size == 0 || !seen.insert(symbol.address()) {
            continue;
        }
        let group = group_of(symbol.name().unwrap_or(""), grouping);
        let share = groups.entry(group.clone()).or_insert_with(|| Share {
            group,
            ..Share::default()
        });
        if code {
            share.code += size;
        } else {
            share.data += size;
        }
        attributed[usize::from(!code)] += size;
    }
    let rest = Share {
        group: String::from(UNATTRIBUTED),
        code: flash_bytes[0].saturating_sub(attributed[0]),
        data: flash_bytes[1].saturating_sub(attributed[1]),
    };
    let mut shares: Vec<Share> = groups.into_values().collect();
    if rest.total() > 0 {
        shares.push(rest);
    }
    shares.sort_by(|a, b| b.total().cmp(&a.total()).then(a.group.cmp(&b.group)));
    Ok(shares)
}

/// The group of a (mangled) symbol name.
pub fn group_of(name: &str, grouping: Grouping) -> String {
    if name.starts_with("OUTLINED_FUNCTION") {
        return String::from(OUTLINED);
    }
    if name.starts_with(".L") {
        return String::from(UNNAMED_CONSTANTS);
    }
    let demangled = format!("{:#}", rustc_demangle::demangle(name));
    // `<pyrite::obj::Dict as core::fmt::Debug>::fmt`, `<[T]>::sort`: the implementing type's.
    let path = demangled.trim_start_matches(['<', '&', '*', '[', '(']);
    let path = path.strip_prefix("mut ").unwrap_or(path);
    let path = path.strip_prefix("impl ").unwrap_or(path);
    // `<char as core::fmt::Debug>::fmt`, `<u32>::from_str_radix`: a primitive's impl, core's.
    let first = path.split([' ', '>', ';']).next().unwrap_or("");
    let qualified = demangled.starts_with('<');
    let primitive = !first.contains("::") && path.starts_with(|c: char| c.is_ascii_lowercase());
    let path = if qualified && primitive {
        match path.split_once(" as ") {
            Some((_, trait_path)) => trait_path,
            None => "core::primitive::impl",
        }
    } else {
        path
    };
    // Leading lowercase segments are crates and modules; a type (`Vm`, `Parser`), a static
    // (`STATIC_TEXT`), `{{closure}}` or `<impl …>` ends the path. A lowercase last segment is
    // the function itself.
    let mut segments: Vec<&str> = Vec::new();
    let mut ends_with_function = true;
    for raw in path.split("::") {
        let head = raw
            .split(['<', '>', ' ', '(', ')', '[', ']', '{', '}'])
            .next()
            .unwrap_or("");
        let lowercase = head
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && head.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !lowercase {
            ends_with_function = false;
            break;
        }
        segments.push(head);
        if head.len() != raw.len() {
            // Generic arguments or ` as Trait` follow: this segment was the last.
            break;
        }
    }
    let path_length = segments.len() - usize::from(ends_with_function && !segments.is_empty());
    if path_length == 0 {
        // C symbols (`memcpy`, `__aeabi_uidiv`) and the like.
        return String::from(OTHER);
    }
    match grouping {
        Grouping::Crate => String::from(segments[0]),
        Grouping::Module => segments[..path_length.min(3)].join("::"),
    }
}

#[cfg(test)]
mod tests {
    use super::{group_of, Grouping};

    #[test]
    fn rejects_non_elf_input() {
        let error = super::parse(b"not an elf").unwrap_err();
        assert!(error.contains("not an ELF"), "{error}");
        let error = super::breakdown_of(b"not an elf", Grouping::Crate).unwrap_err();
        assert!(error.contains("not an ELF"), "{error}");
    }

    #[test]
    fn groups_symbols_by_crate_and_module() {
        // pyrite::vm::run::<impl pyrite::vm::Vm>::execute
        let execute =
            "_ZN6pyrite2vm3run32_$LT$impl$u20$pyrite..vm..Vm$GT$7execute17hee204ad54b2f3cfcE";
        assert_eq!(group_of(execute, Grouping::Crate), "pyrite");
        assert_eq!(group_of(execute, Grouping::Module), "pyrite::vm::run");
        // <pyrite_port_common::tlsf::Tlsf as core::alloc::global::GlobalAlloc>::realloc
        let realloc = "_ZN83_$LT$pyrite_port_common..tlsf..Tlsf$u20$as$u20$core..alloc..global..GlobalAlloc$GT$7realloc17h42f27feae64368efE";
        assert_eq!(group_of(realloc, Grouping::Crate), "pyrite_port_common");
        assert_eq!(
            group_of(realloc, Grouping::Module),
            "pyrite_port_common::tlsf"
        );
        // pyrite_stdlib::modules::re::parse::Parser::sequence
        let sequence = "_ZN13pyrite_stdlib7modules2re5parse6Parser8sequence17he9748cd727dc1b36E";
        assert_eq!(
            group_of(sequence, Grouping::Module),
            "pyrite_stdlib::modules::re"
        );
        // core::ptr::drop_in_place<pyrite::obj::Obj>
        let drop = "_ZN4core3ptr37drop_in_place$LT$pyrite..obj..Obj$GT$17h73be4ee169780f7eE";
        assert_eq!(group_of(drop, Grouping::Crate), "core");
        assert_eq!(group_of(drop, Grouping::Module), "core::ptr");
        assert_eq!(
            group_of("OUTLINED_FUNCTION_12", Grouping::Crate),
            super::OUTLINED
        );
        assert_eq!(
            group_of(".Lanon.72f0.508", Grouping::Module),
            super::UNNAMED_CONSTANTS
        );
        assert_eq!(group_of("__aeabi_uidiv", Grouping::Crate), super::OTHER);
        // <char as core::fmt::Debug>::fmt
        let debug = "_RNvXsj_NtCs2fZl91Oq0qp_4core3fmtcNtB5_5Debug3fmt";
        assert_eq!(group_of(debug, Grouping::Module), "core::fmt");
        assert_eq!(group_of("memcpy", Grouping::Module), super::OTHER);
        // pyrite::qstr::STATIC_TEXT, pyrite::gc::mark, a closure in pyrite::obj::str::split_impl
        let text = "_ZN6pyrite4qstr11STATIC_TEXT17hd8c405fd7cea5618E";
        assert_eq!(group_of(text, Grouping::Module), "pyrite::qstr");
        let mark = "_ZN6pyrite2gc4mark17ha419dcfab6e27561E";
        assert_eq!(group_of(mark, Grouping::Module), "pyrite::gc");
        let closure =
            "_ZN6pyrite3obj3str10split_impl28_$u7b$$u7b$closure$u7d$$u7d$17h0000000000000000E";
        assert_eq!(group_of(closure, Grouping::Module), "pyrite::obj::str");
    }
}
