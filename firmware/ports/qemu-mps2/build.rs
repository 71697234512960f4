//! Puts `memory.x` (and an empty `device.x`: the interrupt table is built in Rust) on the
//! linker's search path and tells the code which machine the target means.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("memory.x"), include_bytes!("memory.x")).expect("write memory.x");
    fs::write(
        out.join("device.x"),
        "/* Device interrupts: see pyrite_port_common::vectors. */\n",
    )
    .expect("write device.x");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-env-changed=PYRITE_HEAP_SIZE");
    println!("cargo::rustc-check-cfg=cfg(board_an386)");
    // thumbv7em means the Cortex-M4F machine, mps2-an386.
    if env::var("TARGET").is_ok_and(|target| target.starts_with("thumbv7em")) {
        println!("cargo:rustc-cfg=board_an386");
    }
}
