//! Flash, static RAM and heap of a firmware image, read from its ELF section headers.
//!
//! Like `size -A`, but with the split a microcontroller cares about: flash holds code, read-only
//! data and the initial image of `.data`; static RAM holds `.data` and `.bss`; the Python heap
//! is reported on its own (and taken out of static RAM when it is a static array in `.bss`).
//! The heap is found as, in order: a section named `.heap…`; the symbols
//! `__pyrite_heap_start`/`__pyrite_heap_end`; the symbols `__sheap`/`_pyrite_heap_end` (plus
//! `_pyrite_heap2_bytes`, a second region); the largest data symbol whose name contains `HEAP`.

use crate::error::{io_error, Error, Result};
use object::{Object, ObjectSection, ObjectSymbol, SectionFlags, SectionKind, SymbolKind};
use serde::{Deserialize, Serialize};
use std::path::Path;

const SHF_ALLOC: u64 = 0x2;

/// Sizes in bytes of one firmware image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElfSizes {
    pub text: u64,
    pub rodata: u64,
    pub data: u64,
    /// Zero-initialised RAM, without a heap or stack that lives there.
    pub bss: u64,
    /// A reserved `.stack…` section, if the image has one.
    pub stack: u64,
    /// text + rodata + data (the load image of `.data` lives in flash).
    pub flash: u64,
    /// data + bss.
    pub static_ram: u64,
    pub heap: Option<u64>,
    /// How the heap was found (section or symbol name).
    pub heap_source: Option<String>,
}

/// Reads the sizes of the ELF file at `path`.
pub fn read(path: &Path) -> Result<ElfSizes> {
    let bytes = std::fs::read(path).map_err(|error| io_error(path, error))?;
    parse(&bytes).map_err(|error| error.context(path.display()))
}

/// The sizes of an ELF image held in memory.
pub fn parse(bytes: &[u8]) -> Result<ElfSizes> {
    let file = object::File::parse(bytes)
        .map_err(|error| Error::new(format!("not a readable ELF file: {error}")))?;
    if file.format() != object::BinaryFormat::Elf {
        return Err(Error::new(format!("not an ELF file ({:?})", file.format())));
    }
    let mut sizes = ElfSizes {
        text: 0,
        rodata: 0,
        data: 0,
        bss: 0,
        stack: 0,
        flash: 0,
        static_ram: 0,
        heap: None,
        heap_source: None,
    };
    // (address range, kind) of allocated RAM sections, to place a heap symbol.
    let mut ram_sections = Vec::new();
    for section in file.sections() {
        let SectionFlags::Elf { sh_flags, .. } = section.flags() else {
            continue;
        };
        if sh_flags.0 & SHF_ALLOC == 0 {
            continue;
        }
        let name = section.name().unwrap_or("");
        let size = section.size();
        if name.starts_with(".heap") {
            *sizes.heap.get_or_insert(0) += size;
            sizes.heap_source = Some(format!("section {name}"));
            continue;
        }
        if name.starts_with(".stack") {
            sizes.stack += size;
            continue;
        }
        match section.kind() {
            SectionKind::Text => sizes.text += size,
            SectionKind::Data | SectionKind::Tls => {
                sizes.data += size;
                ram_sections.push((section.address(), section.address() + size, true));
            }
            SectionKind::UninitializedData | SectionKind::UninitializedTls => {
                sizes.bss += size;
                ram_sections.push((section.address(), section.address() + size, false));
            }
            _ => sizes.rodata += size,
        }
    }

    if sizes.heap.is_none() {
        if let Some((start, end, source)) = heap_symbol(&file) {
            sizes.heap = Some(end - start);
            sizes.heap_source = Some(source);
            // A static heap array is counted in .bss/.data above; report it separately instead.
            let inside = ram_sections
                .iter()
                .find(|(low, high, _)| start >= *low && end <= *high && end > start);
            if let Some((_, _, is_data)) = inside {
                let counted = if *is_data {
                    &mut sizes.data
                } else {
                    &mut sizes.bss
                };
                *counted = counted.saturating_sub(end - start);
            }
        }
    }
    sizes.flash = sizes.text + sizes.rodata + sizes.data;
    sizes.static_ram = sizes.data + sizes.bss;
    Ok(sizes)
}

/// The heap's address range from symbols, with a description of where it came from.
fn heap_symbol(file: &object::File) -> Option<(u64, u64, String)> {
    let find = |wanted: &str| {
        file.symbols()
            .find(|symbol| symbol.name() == Ok(wanted))
            .map(|symbol| symbol.address())
    };
    if let (Some(start), Some(end)) = (find("__pyrite_heap_start"), find("__pyrite_heap_end")) {
        if end > start {
            return Some((
                start,
                end,
                "symbols __pyrite_heap_start..__pyrite_heap_end".into(),
            ));
        }
    }
    // A heap that runs from the statics to the stack (cortex-m-rt's `__sheap`, the board's
    // memory.x), plus a second region of `_pyrite_heap2_bytes` (an absolute symbol) if any.
    if let (Some(start), Some(end)) = (find("__sheap"), find("_pyrite_heap_end")) {
        if end > start {
            let second_region = find("_pyrite_heap2_bytes").unwrap_or(0);
            let source = if second_region > 0 {
                "symbols __sheap.._pyrite_heap_end + _pyrite_heap2_bytes"
            } else {
                "symbols __sheap.._pyrite_heap_end"
            };
            return Some((start, end + second_region, source.into()));
        }
    }
    file.symbols()
        .filter(|symbol| symbol.kind() == SymbolKind::Data && symbol.size() > 0)
        .filter(|symbol| symbol.name().is_ok_and(|name| name.contains("HEAP")))
        .max_by_key(|symbol| symbol.size())
        .map(|symbol| {
            let name = symbol.name().unwrap_or("?");
            (
                symbol.address(),
                symbol.address() + symbol.size(),
                format!("symbol {name}"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::write::{Object as WriteObject, Symbol, SymbolSection};
    use object::{Architecture, BinaryFormat, Endianness, SymbolFlags, SymbolScope};

    /// An ARM ELF object with known section sizes; `heap_in_bss` adds a 4096-byte HEAP symbol.
    fn arm_elf(heap_section: bool, heap_in_bss: bool) -> Vec<u8> {
        let mut elf = WriteObject::new(BinaryFormat::Elf, Architecture::Arm, Endianness::Little);
        let text = elf.add_section(Vec::new(), b".text".to_vec(), SectionKind::Text);
        elf.append_section_data(text, &[0u8; 1000], 4);
        let rodata = elf.add_section(Vec::new(), b".rodata".to_vec(), SectionKind::ReadOnlyData);
        elf.append_section_data(rodata, &[1u8; 200], 4);
        let data = elf.add_section(Vec::new(), b".data".to_vec(), SectionKind::Data);
        elf.append_section_data(data, &[2u8; 40], 4);
        let bss = elf.add_section(Vec::new(), b".bss".to_vec(), SectionKind::UninitializedData);
        elf.append_section_bss(bss, 5000, 4);
        if heap_in_bss {
            elf.add_symbol(Symbol {
                name: b"_ZN4demo4HEAP17h0123456789abcdefE".to_vec(),
                value: 800,
                size: 4096,
                kind: SymbolKind::Data,
                scope: SymbolScope::Linkage,
                weak: false,
                section: SymbolSection::Section(bss),
                flags: SymbolFlags::None,
            });
        }
        if heap_section {
            let heap = elf.add_section(
                Vec::new(),
                b".heap".to_vec(),
                SectionKind::UninitializedData,
            );
            elf.append_section_bss(heap, 65536, 8);
        }
        let debug = elf.add_section(Vec::new(), b".debug_info".to_vec(), SectionKind::Debug);
        elf.append_section_data(debug, &[3u8; 300], 1);
        elf.write().unwrap()
    }

    #[test]
    fn splits_flash_and_ram() {
        let sizes = parse(&arm_elf(false, false)).unwrap();
        assert_eq!(
            (sizes.text, sizes.rodata, sizes.data, sizes.bss),
            (1000, 200, 40, 5000)
        );
        assert_eq!(sizes.flash, 1240);
        assert_eq!(sizes.static_ram, 5040);
        assert_eq!(sizes.heap, None);
    }

    #[test]
    fn finds_a_heap_section() {
        let sizes = parse(&arm_elf(true, false)).unwrap();
        assert_eq!(sizes.heap, Some(65536));
        assert_eq!(sizes.static_ram, 5040, "the heap section is not static RAM");
    }

    #[test]
    fn finds_a_heap_array_in_bss_and_takes_it_out_of_static_ram() {
        let sizes = parse(&arm_elf(false, true)).unwrap();
        assert_eq!(sizes.heap, Some(4096));
        assert_eq!(sizes.bss, 5000 - 4096);
        assert!(sizes.heap_source.unwrap().contains("HEAP"));
    }

    #[test]
    fn finds_a_heap_from_the_statics_to_the_stack_plus_a_second_region() {
        let mut elf = WriteObject::new(BinaryFormat::Elf, Architecture::Arm, Endianness::Little);
        let text = elf.add_section(Vec::new(), b".text".to_vec(), SectionKind::Text);
        elf.append_section_data(text, &[0u8; 100], 4);
        for (name, value) in [
            ("__sheap", 0x2000_1000),
            ("_pyrite_heap_end", 0x2001_c000),
            ("_pyrite_heap2_bytes", 0x1_0000),
        ] {
            elf.add_symbol(Symbol {
                name: name.as_bytes().to_vec(),
                value,
                size: 0,
                kind: SymbolKind::Data,
                scope: SymbolScope::Linkage,
                weak: false,
                section: SymbolSection::Absolute,
                flags: SymbolFlags::None,
            });
        }
        let sizes = parse(&elf.write().unwrap()).unwrap();
        assert_eq!(sizes.heap, Some(0x1_b000 + 0x1_0000));
        assert!(sizes.heap_source.unwrap().contains("_pyrite_heap2_bytes"));
    }

    #[test]
    fn rejects_what_is_not_elf() {
        assert!(parse(b"definitely not an ELF file").is_err());
        let missing = read(Path::new("/nonexistent/firmware.elf")).unwrap_err();
        assert!(missing.message().contains("/nonexistent/firmware.elf"));
    }

    #[test]
    fn reads_a_real_linked_executable() {
        let own = std::env::current_exe().unwrap();
        let sizes = read(&own).unwrap();
        assert!(sizes.text > 10_000, "{sizes:?}");
        assert!(sizes.flash >= sizes.text + sizes.rodata);
    }
}
