//! A script run from a file has `__file__` (the path as given), as in CPython; `-c` code has
//! none.

mod common;

use std::process::Command;

#[test]
fn a_script_file_has_its_path_as_file() {
    let dir = std::env::temp_dir().join(format!("pyrite-main-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a temporary directory");
    std::fs::write(dir.join("script.py"), "print(__file__, __name__)\n").expect("write script.py");
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("script.py")
        .current_dir(&dir)
        .output()
        .expect("run pyrite");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "script.py __main__\n"
    );
}

#[test]
fn code_from_the_command_line_has_no_file() {
    let (stdout, stderr, ok) =
        common::pyrite_in(&std::env::temp_dir(), "print('__file__' in globals())\n");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "False\n");
}
