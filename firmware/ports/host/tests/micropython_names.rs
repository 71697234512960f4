//! MicroPython's u-prefixed module names (`utime`, `ujson`, `uasyncio`, …) import the built-in
//! module of the plain name, unless a file of the u-name exists; other names stay missing.

mod common;

use common::pyrite_in;

#[test]
fn u_names_are_the_built_in_modules() {
    let (stdout, stderr, ok) = pyrite_in(
        &std::env::temp_dir(),
        "import utime, time, ujson, json, uasyncio, asyncio, sys\n\
         from ucollections import deque\n\
         print(utime is time, ujson is json, uasyncio is asyncio, 'utime' in sys.modules)\n\
         print(ujson.dumps([1, {'a': deque([2]).popleft()}]))\n\
         for name in ('umissing', 'u', 'unotamodule'):\n\
         \x20   try:\n\
         \x20       __import__(name)\n\
         \x20   except ImportError as e:\n\
         \x20       print(type(e).__name__, e)\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "True True True True\n[1, {\"a\": 2}]\n\
         ModuleNotFoundError No module named 'umissing'\n\
         ModuleNotFoundError No module named 'u'\n\
         ModuleNotFoundError No module named 'unotamodule'\n"
    );
}

#[test]
fn a_file_of_the_u_name_comes_first() {
    let dir = std::env::temp_dir().join(format!("pyrite-unames-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a temporary directory");
    std::fs::write(dir.join("ujson.py"), "MINE = True\n").expect("write ujson.py");
    let (stdout, stderr, ok) = pyrite_in(&dir, "import ujson\nprint(ujson.MINE)\n");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "True\n");
}
