//! An uncaught exception goes to `sys.excepthook` when a program replaced it (the default
//! prints the traceback); a hook that raises gets both tracebacks printed, as CPython's.

mod common;

#[test]
fn a_replaced_excepthook_gets_the_uncaught_exception() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import sys\n\
         def hook(kind, value, tb):\n    print('hook:', kind.__name__, value)\n\
         sys.excepthook = hook\n\
         raise ValueError('boom')\n",
    );
    assert!(!ok, "an uncaught exception still fails the run");
    assert_eq!(stdout, "hook: ValueError boom\n");
    assert_eq!(stderr, "", "the hook replaced the traceback");
}

#[test]
fn a_hook_that_raises_shows_both_tracebacks() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import sys\n\
         def hook(kind, value, tb):\n    raise KeyError('in hook')\n\
         sys.excepthook = hook\n\
         raise ValueError('boom')\n",
    );
    assert!(!ok);
    assert_eq!(stdout, "");
    assert!(
        stderr.starts_with("Error in sys.excepthook:\nTraceback"),
        "{stderr}"
    );
    assert!(
        stderr.contains("KeyError: 'in hook'\n\nOriginal exception was:\nTraceback"),
        "{stderr}"
    );
    assert!(stderr.ends_with("ValueError: boom\n"), "{stderr}");
}

#[test]
fn the_default_hook_prints_the_traceback() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import sys\nprint(sys.excepthook is sys.__excepthook__)\nraise ValueError('boom')\n",
    );
    assert!(!ok);
    assert_eq!(stdout, "True\n");
    assert!(stderr.ends_with("ValueError: boom\n"), "{stderr}");
}

#[test]
fn the_default_hook_reports_a_value_that_is_not_an_exception() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import sys\nprint(sys.excepthook(TypeError, 'x', None))\n",
    );
    assert!(ok, "CPython's hook reports it and returns None: {stderr}");
    assert_eq!(stdout, "None\n");
    assert_eq!(
        stderr,
        "TypeError: print_exception(): Exception expected for value, str found\n"
    );
}
