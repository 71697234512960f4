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
        "RecursionError maximum recursion depth exceeded\n".repeat(4)
            + "RecursionError maximum recursion depth exceeded in __instancecheck__\n\
               RecursionError maximum recursion depth exceeded in __subclasscheck__\n"
    );
}
