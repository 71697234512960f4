//! MicroPython's `gc.threshold(amount)`: a collection also runs once `amount` more bytes are
//! in use than after the last one; `-1` (the default) turns that off.

mod common;

/// The `collections:` count of each `micropython.mem_info()` report in `stdout`.
fn collection_counts(stdout: &str) -> Vec<usize> {
    stdout
        .lines()
        .filter_map(|line| line.split("collections: ").nth(1))
        .map(|rest| rest.split(',').next().unwrap().trim().parse().unwrap())
        .collect()
}

#[test]
fn threshold_collects_after_the_amount_allocated() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import gc, micropython\n\
         def churn():\n\
         \x20   for i in range(2000):\n\
         \x20       x = [i] * 10\n\
         print(gc.threshold())\n\
         gc.collect()\n\
         churn()\n\
         micropython.mem_info()\n\
         gc.threshold(1000)\n\
         print(gc.threshold())\n\
         churn()\n\
         micropython.mem_info()\n\
         gc.threshold(-1)\n\
         print(gc.threshold())\n\
         churn()\n\
         micropython.mem_info()\n\
         try:\n\
         \x20   gc.threshold('x')\n\
         except TypeError as e:\n\
         \x20   print('TypeError')\n",
    );
    assert!(ok, "{stderr}");
    let printed: Vec<&str> = stdout
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.contains(':'))
        .collect();
    assert_eq!(printed, ["-1", "1000", "-1", "TypeError"], "{stdout}");
    let counts = collection_counts(&stdout);
    assert_eq!(counts.len(), 3, "{stdout}");
    // The host heap is large: without a threshold the churn (about 400 KB) collects at most
    // once; with 1000 bytes it collects hundreds of times; turned off, rarely again.
    let with_threshold = counts[1] - counts[0];
    let after_off = counts[2] - counts[1];
    assert!(counts[0] <= 2, "{stdout}");
    assert!(with_threshold >= 50, "{stdout}");
    assert!(after_off <= 2, "{stdout}");
}
