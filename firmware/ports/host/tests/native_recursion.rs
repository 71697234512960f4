//! Native recursion deeper than the interpreter thread's stack raises RecursionError
//! instead of overrunning the stack: iterators wrapping iterators a million deep, and
//! `isinstance` of a tuple nested a million deep (the host sets the runtime's stack limit).

mod common;

#[test]
fn deep_native_recursion_raises_recursion_error() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "for make in (zip, enumerate, lambda it: map(abs, it), lambda it: filter(None, it)):\n\
         \x20   it = iter([1])\n\
         \x20   for _ in range(1000000):\n\
         \x20       it = make(it)\n\
         \x20   try:\n\
         \x20       list(it)\n\
         \x20   except RecursionError as e:\n\
         \x20       print('RecursionError', e)\n\
         T = int\n\
         for _ in range(1000000):\n\
         \x20   T = (T,)\n\
         for check in (lambda: isinstance(1, T), lambda: issubclass(int, T)):\n\
         \x20   try:\n\
         \x20       check()\n\
         \x20   except RecursionError as e:\n\
         \x20       print('RecursionError', e)\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "RecursionError maximum recursion depth exceeded\n".repeat(6)
    );
}

#[test]
fn nested_exceptions_callables_and_staticmethods_raise_recursion_error() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "e = Exception('x')\n\
         for _ in range(300000):\n\
         \x20   e = Exception(e)\n\
         f = iter([1]).__next__\n\
         for _ in range(300000):\n\
         \x20   f = iter(f, None).__next__\n\
         g = lambda: 1\n\
         for _ in range(600000):\n\
         \x20   g = staticmethod(g)\n\
         for check in (lambda: str(e), g, f):\n\
         \x20   try:\n\
         \x20       check()\n\
         \x20       print('returned')\n\
         \x20   except RecursionError as error:\n\
         \x20       print('RecursionError', error)\n\
         raise e\n",
    );
    assert!(!ok);
    // Each chain either fits the stack (and returns) or raises; none aborts.
    let outcomes: Vec<&str> = stdout.lines().collect();
    assert_eq!(outcomes.len(), 3, "{stdout}");
    for outcome in outcomes {
        assert!(
            [
                "returned",
                "RecursionError maximum recursion depth exceeded"
            ]
            .contains(&outcome),
            "{stdout}"
        );
    }
    // As CPython words an uncaught exception whose str() fails.
    assert!(
        stderr.ends_with("Exception: <exception str() failed>\n"),
        "{stderr}"
    );
}
