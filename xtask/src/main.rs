//! `cargo xtask …`: the project's developer commands (build firmware, test, bless, bench, size).
//!
//! Each command lives in its own module; this file only dispatches.

mod bench;
mod bless;
mod compat;
mod firmware;
mod test;

/// Every command returns this: an error is printed and the process exits 1.
pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "\
usage: cargo xtask <command> [args]

commands:
  test                 build pyrite and run every test (host, conformance, firmware in QEMU)
  bless [PATH..]       write .exp files by running CPython (python3) over testsuite scripts
  check-exp            re-run CPython over every script and fail on any .exp that differs
  compat [--no-build]  run the suite on the host, regenerate COMPATIBILITY.md's results
  bench [--check] [--bless]
                       run the benchmarks, write target/bench/{results.yaml,report.md,plots/}
  build-fw [--board B] build firmware images
  size                 flash/RAM/heap per board (--by crate|module: where the flash goes)
  (build-fw, size, repl and run-script take --modules all|minimal|NAME,NAME..: the
   library modules the image carries; default all: the board's own set)
  repl --board B [--fs DIR]
                       interactive REPL on an emulated board (DIR: its filesystem)
  run-script --board B [--fs DIR] FILE.py
                       run a script on an emulated board
  fs-image DIR -o FILE --board B
                       write DIR as a board filesystem image
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = if args.is_empty() {
        &args[..]
    } else {
        &args[1..]
    };
    let result = match args.first().map(String::as_str) {
        Some("test") => test::run(rest),
        Some("bless") => bless::bless(rest),
        Some("check-exp") => bless::check_exp(rest),
        Some("compat") => compat::run(rest),
        Some("bench") => bench::run(rest),
        Some("build-fw") => firmware::build(rest),
        Some("size") => firmware::size(rest),
        Some("repl") => firmware::repl(rest),
        Some("run-script") => firmware::run_script(rest),
        Some("fs-image") => firmware::fs_image(rest),
        Some("help") | Some("--help") | Some("-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n{USAGE}").into()),
    };
    if let Err(error) = result {
        eprintln!("xtask: {error}");
        std::process::exit(1);
    }
}

/// The repository root (xtask lives one level below it).
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent directory")
        .to_path_buf()
}
