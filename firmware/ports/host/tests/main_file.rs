//! A script run from a file has `__file__`, its absolute path (as CPython 3.9 and later give
//! it), while `sys.argv[0]` keeps the path as given; `-c` code has no `__file__`.

mod common;

use std::process::Command;

#[test]
fn a_script_file_has_its_path_as_file() {
    let dir = std::env::temp_dir().join(format!("pyrite-main-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a temporary directory");
    std::fs::write(
        dir.join("script.py"),
        "import sys\nprint(__file__, __name__, sys.argv[0])\n",
    )
    .expect("write script.py");
    // The working directory as the script sees it (getcwd resolves symbolic links).
    let expected = dir
        .canonicalize()
        .expect("the directory exists")
        .join("script.py");
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
        format!("{} __main__ script.py\n", expected.display())
    );
}

#[test]
fn code_from_the_command_line_has_no_file() {
    let (stdout, stderr, ok) =
        common::pyrite_in(&std::env::temp_dir(), "print('__file__' in globals())\n");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "False\n");
}
