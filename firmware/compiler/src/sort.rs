//! One small in-place sort for the runtime's own lists (parameter names, symbol tables,
//! slice positions).
//!
//! `core`'s `sort`/`sort_unstable` are fast but large: monomorphised once per element type they
//! cost ~20 KB of flash. None of these lists is on a hot path, so a heapsort (one shared copy,
//! a small closure per element type; O(n log n), no allocation, not stable) does the job.
//! `list.sort` has its own stable merge sort in `obj/list.rs`.

/// Sorts `items` ascending by `Ord`; equal items may be reordered.
pub fn sort_unstable<T: Ord>(items: &mut [T]) {
    sort_unstable_by(items, |a, b| a < b);
}

/// Sorts `items` so that no item is `less` than the one before it; equal items may be
/// reordered.
pub fn sort_unstable_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let len = items.len();
    // The heap logic is not generic: one copy serves every element type.
    // The heapsort asks only for positions below `len`: `get` keeps panic paths out.
    heapsort(len, &mut |step| match step {
        Step::Less(i, j) => match (items.get(i), items.get(j)) {
            (Some(a), Some(b)) => less(a, b),
            _ => false,
        },
        Step::Swap(i, j) => {
            if i < len && j < len {
                items.swap(i, j);
            }
            false
        }
    });
}

/// What the heapsort asks of the items: compare two, or swap them.
enum Step {
    Less(usize, usize),
    Swap(usize, usize),
}

/// Heapsort over positions `0..len`; `items` answers `Step::Less` and performs `Step::Swap`.
fn heapsort(len: usize, items: &mut dyn FnMut(Step) -> bool) {
    // Build a max-heap, then move its top to the end one item at a time.
    for start in (0..len / 2).rev() {
        sift_down(items, start, len);
    }
    for end in (1..len).rev() {
        items(Step::Swap(0, end));
        sift_down(items, 0, end);
    }
}

/// Restores the heap order below `root` within positions `..end`.
fn sift_down(items: &mut dyn FnMut(Step) -> bool, mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && items(Step::Less(child, child + 1)) {
            child += 1;
        }
        if !items(Step::Less(root, child)) {
            return;
        }
        items(Step::Swap(root, child));
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_core() {
        // A small deterministic pseudo-random sequence with many repeats.
        let mut state = 12345u32;
        for len in 0..70 {
            let mut ours: Vec<u32> = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1103515245).wrapping_add(12345);
                    (state >> 16) % 13
                })
                .collect();
            let mut expected = ours.clone();
            expected.sort();
            sort_unstable(&mut ours);
            assert_eq!(ours, expected);
        }
    }

    #[test]
    fn sorts_by_a_key() {
        let mut pairs = vec![("b", 2), ("a", 9), ("b", 1), ("c", 0), ("a", 3)];
        sort_unstable_by(&mut pairs, |x, y| (x.0, x.1) < (y.0, y.1));
        assert_eq!(pairs, [("a", 3), ("a", 9), ("b", 1), ("b", 2), ("c", 0)]);
    }
}
