//! After a `MemoryError`, what the program lets go of is collected before the next built-in
//! needs memory: a program that drops what filled the heap goes on (MicroPython's gc_alloc
//! collects when an allocation fails; Pyrite's collector runs only where no native code holds
//! values, so the next name lookups and safe points collect instead).

mod common;

/// Runs `pyrite -X heapsize=… -c code`; returns (stdout, stderr, success).
fn pyrite_with_heap(heap: &str, code: &str) -> (String, String, bool) {
    let heap = format!("heapsize={heap}");
    common::pyrite_with(&["-X", &heap], std::path::Path::new("."), code)
}

#[test]
fn garbage_dropped_after_the_handler_began_is_collected() {
    let (stdout, stderr, ok) = pyrite_with_heap(
        "512k",
        "try:\n\
         \x20   big = []\n\
         \x20   while True:\n\
         \x20       big.append([0] * 100)\n\
         except MemoryError:\n\
         \x20   pass\n\
         big = None\n\
         print('recovered')\n\
         print(len(str(list(range(1000)))))\n",
    );
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(stdout, "recovered\n4890\n");
}

/// A program that keeps the heap nearly full after each `MemoryError` runs on: the
/// collections that follow one free little, and stop after a few safe points.
#[test]
fn a_program_that_keeps_the_heap_nearly_full_runs_on() {
    let (stdout, stderr, ok) = pyrite_with_heap(
        "512k",
        "big = []\n\
         for attempt in range(3):\n\
         \x20   try:\n\
         \x20       while True:\n\
         \x20           big.append([0] * 100)\n\
         \x20   except MemoryError:\n\
         \x20       del big[-20:]\n\
         \x20       print('full', attempt)\n\
         big.clear()\n\
         print(sum(range(100)))\n",
    );
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(stdout, "full 0\nfull 1\nfull 2\n4950\n");
}

/// With a recursion limit higher than the heap can hold frames for, endless recursion ends in
/// `MemoryError` (the frames count against the heap), and the program goes on after it.
#[test]
fn endless_recursion_past_the_heap_is_a_memory_error() {
    let (stdout, stderr, ok) = pyrite_with_heap(
        "1m",
        "import sys\n\
         sys.setrecursionlimit(10 ** 9)\n\
         def f(n):\n\
         \x20   return f(n + 1)\n\
         try:\n\
         \x20   f(0)\n\
         except MemoryError:\n\
         \x20   print('MemoryError')\n\
         def g(n):\n\
         \x20   return g(n - 1) if n else 'deep ok'\n\
         print(g(900), sys.getrecursionlimit())\n",
    );
    assert!(ok, "{stdout}{stderr}");
    assert_eq!(stdout, "MemoryError\ndeep ok 1000000000\n");
}
