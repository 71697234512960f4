//! Native code calling a Python function over and over (`sum(map(f, ...))`, a sort's key)
//! lets the collector run at each call: in a small heap the garbage each call leaves goes,
//! where without a safe point it filled the heap and raised MemoryError.

use std::process::Command;

#[test]
fn garbage_made_by_callbacks_of_a_native_loop_is_collected() {
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args([
            "-X",
            "heapsize=256k",
            "-c",
            "def f(x):\n    t = [x] * 50\n    return 1\n\
             print(sum(map(f, range(20000))))\n\
             print(max(range(5000), key=lambda x: (x % 7, [x] * 30)))\n",
        ])
        .output()
        .expect("run pyrite");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stdout, "20000\n4997\n");
}
