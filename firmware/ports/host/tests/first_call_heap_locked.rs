//! Code makes its inline caches when a frame first runs it; when the heap has no room for
//! them (here: `micropython.heap_lock()`), it runs uncached, with the same results.

mod common;

#[test]
fn code_first_run_with_the_heap_locked_runs_uncached() {
    let (stdout, stderr, ok) = common::pyrite_in(
        &std::env::temp_dir(),
        "import micropython\n\
         class P:\n\
         \x20   def __init__(self): self.x = 1\n\
         \x20   def get(self): return self.x\n\
         G = 10\n\
         p = P()\n\
         r = s = None\n\
         def h(p):\n\
         \x20   global G\n\
         \x20   p.x = p.x + 1\n\
         \x20   G = G + 1\n\
         \x20   return p.x + G + p.get()\n\
         lock, unlock = micropython.heap_lock, micropython.heap_unlock\n\
         lock()\n\
         r = h(p)\n\
         s = h(p)\n\
         unlock()\n\
         print(r, s, h(p), G, p.x)\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "15 18 21 13 4\n");
}
