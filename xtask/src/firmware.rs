//! Firmware commands: build board images, report their size, REPL and scripts on emulated boards.

pub fn build(_args: &[String]) -> crate::Result {
    Err("build-fw: not built yet (issue 3)".into())
}

pub fn size(_args: &[String]) -> crate::Result {
    Err("size: not built yet (issue 3)".into())
}

pub fn repl(_args: &[String]) -> crate::Result {
    Err("repl: not built yet (issue 3)".into())
}

pub fn run_script(_args: &[String]) -> crate::Result {
    Err("run-script: not built yet (issue 3)".into())
}
