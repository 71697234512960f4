//! The "Did you mean" of an uncaught NameError is worked out while the exception is held:
//! finding it calls `dir`, which may collect (under `-X gc_stress` it always does), and the
//! exception must not be freed meanwhile.

use std::process::Command;

#[test]
fn the_suggestion_survives_a_collection() {
    for stress in [false, true] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
        if stress {
            command.args(["-X", "gc_stress"]);
        }
        let output = command
            .args(["-c", "foobar = 1\nfoobaz\n"])
            .output()
            .expect("run pyrite");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.ends_with("NameError: name 'foobaz' is not defined. Did you mean: 'foobar'?\n"),
            "gc_stress {stress}: {stderr}"
        );
    }
}
