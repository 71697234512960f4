//! Flash, static RAM and heap of a firmware image, read from its ELF.
//!
//! * flash = `.vector_table` + `.text` + `.rodata` + `.data` (the initial values of `.data`
//!   live in flash too);
//! * static RAM = `.data` + `.bss` (not the heap);
//! * heap arena = `.uninit` (a board's static heap array) or, when the image defines
//!   `_pyrite_heap_end`, the RAM from `__sheap` up to it, plus `_pyrite_heap2_bytes` (an
//!   absolute symbol) when the board adds a second region (the STM32F405's CCM).

use std::path::Path;

use object::{Object, ObjectSection, ObjectSymbol};

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
            ".rodata" => size.rodata += bytes,
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

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_non_elf_input() {
        let error = super::parse(b"not an elf").unwrap_err();
        assert!(error.contains("not an ELF"), "{error}");
    }
}
