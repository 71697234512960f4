//! Prints flash, static RAM and heap of firmware ELF files, as the benchmarks read them.
//!
//! `cargo run -p pyrite-bench --example elf_sizes -- firmware/target/thumbv7m-none-eabi/release/pyrite-qemu-mps2`

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        match pyrite_bench::elf_size::read(std::path::Path::new(&path)) {
            Ok(sizes) => println!(
                "{path}: flash {} (text {}, rodata {}, data {}), static RAM {} (data {}, bss {}), stack {}, heap {} ({})",
                sizes.flash,
                sizes.text,
                sizes.rodata,
                sizes.data,
                sizes.static_ram,
                sizes.data,
                sizes.bss,
                sizes.stack,
                sizes.heap.map_or("?".to_string(), |heap| heap.to_string()),
                sizes.heap_source.as_deref().unwrap_or("not found"),
            ),
            Err(error) => {
                eprintln!("{error}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
