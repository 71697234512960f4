//! `cargo xtask test`: the README's test command.

use std::process::Command;

pub fn run(_args: &[String]) -> crate::Result {
    let root = crate::root();
    let status = Command::new(env!("CARGO"))
        .args(["test", "--workspace"])
        .current_dir(&root)
        .status()?;
    if !status.success() {
        return Err("cargo test failed".into());
    }
    Ok(())
}
