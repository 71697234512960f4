//! `range` with a bound beyond 64 bits (`range(10 ** 20)`): its bounds stay `BigInt`s. Rare,
//! so it is kept apart: a range of machine words stays a `RangeObj` with the fast paths.

use alloc::boxed::Box;

use crate::num::bigint::BigInt;
use crate::obj::{Iter, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bounds of a big range; as an iterator's state, `start` is the next item.
#[derive(Clone, Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

fn one() -> BigInt {
    BigInt::from_i64(1)
}

impl BigRange {
    /// The number of items: ceil(distance / |step|), 0 if the bounds run the other way.
    pub fn len(&self) -> BigInt {
        let (distance, step) = if self.step.is_negative() {
            (&self.start - &self.stop, -&self.step)
        } else {
            (&self.stop - &self.start, self.step.clone())
        };
        if distance.is_negative() || distance.is_zero() {
            return BigInt::zero();
        }
        match BigInt::divmod_floor(&(&distance - &one()), &step) {
            Some((quotient, _)) => &quotient + &one(),
            None => BigInt::zero(),
        }
    }

    pub fn is_empty(&self) -> bool {
        if self.step.is_negative() {
            self.start <= self.stop
        } else {
            self.start >= self.stop
        }
    }

    /// Item `index` (0 ≤ index < len).
    pub fn item(&self, index: &BigInt) -> BigInt {
        &self.start + &(index * &self.step)
    }

    /// The position of `n` among the items, if it is one.
    pub fn position(&self, n: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_negative() {
            *n <= self.start && *n > self.stop
        } else {
            *n >= self.start && *n < self.stop
        };
        if !inside {
            return None;
        }
        let (quotient, remainder) = BigInt::divmod_floor(&(n - &self.start), &self.step)?;
        remainder.is_zero().then_some(quotient)
    }

    /// What range equality compares: (len, first item or 0, step or 0 for fewer than two
    /// items).
    pub fn normalized(&self) -> (BigInt, BigInt, BigInt) {
        let len = self.len();
        let first = if len.is_zero() {
            BigInt::zero()
        } else {
            self.start.clone()
        };
        let step = if len <= one() {
            BigInt::zero()
        } else {
            self.step.clone()
        };
        (len, first, step)
    }

    /// The iterator's state for the items last to first.
    pub fn reversed(&self) -> BigRange {
        let len = self.len();
        let last = if len.is_zero() {
            self.start.clone()
        } else {
            self.item(&(&len - &one()))
        };
        BigRange {
            stop: &self.start - &self.step,
            start: last,
            step: -&self.step,
        }
    }
}

impl From<crate::obj::RangeObj> for BigRange {
    fn from(range: crate::obj::RangeObj) -> BigRange {
        BigRange {
            start: BigInt::from_i64(range.start),
            stop: BigInt::from_i64(range.stop),
            step: BigInt::from_i64(range.step),
        }
    }
}

impl Vm {
    /// Equality of two ranges of which one (at least) is big; `None` if either is no range.
    pub(crate) fn big_range_eq(&self, a: Value, b: Value) -> Option<bool> {
        let as_big = |v: Value| match self.heap_obj(v) {
            Some(Obj::BigRange(r)) => Some((**r).clone()),
            Some(Obj::Range(r)) => Some(BigRange::from(**r)),
            _ => None,
        };
        Some(as_big(a)?.normalized() == as_big(b)?.normalized())
    }

    /// `range(start, stop, step)` from ints, small or big: a `RangeObj` when every bound
    /// fits 64 bits.
    pub(crate) fn new_big_range(&mut self, range: BigRange) -> PyResult<Value> {
        if let (Some(start), Some(stop), Some(step)) = (
            range.start.to_i64(),
            range.stop.to_i64(),
            range.step.to_i64(),
        ) {
            return self.alloc(Obj::Range(Box::new(crate::obj::RangeObj {
                start,
                stop,
                step,
            })));
        }
        self.alloc(Obj::BigRange(Box::new(range)))
    }

    /// The next item of the big range iterator `it`.
    #[cold]
    pub(crate) fn big_range_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(Obj::Iterator(iter)) = self.heap_obj(it) else {
            return Ok(None);
        };
        let Iter::BigRange(state) = &**iter else {
            return Ok(None);
        };
        if state.is_empty() {
            return Ok(None);
        }
        let (current, next) = (state.start.clone(), &state.start + &state.step);
        let value = self.new_bigint(current)?;
        if let Obj::Iterator(iter) = self.heap.get_mut(it) {
            if let Iter::BigRange(state) = &mut **iter {
                state.start = next;
            }
        }
        Ok(Some(value))
    }

    /// The big range `range` (an object) of ints, by value.
    fn big_range_of(&self, range: Value) -> Option<BigRange> {
        match self.heap_obj(range) {
            Some(Obj::BigRange(r)) => Some((**r).clone()),
            _ => None,
        }
    }

    /// `item in range` for a big range.
    #[cold]
    pub(crate) fn big_range_contains(&mut self, range: Value, item: Value) -> PyResult<bool> {
        if let (Some(n), Some(range)) = (self.as_bigint(item), self.big_range_of(range)) {
            return Ok(range.position(&n).is_some());
        }
        self.contains_by_iteration(range, item)
    }

    /// `range[index]` or `range[slice]` for a big range.
    #[cold]
    pub(crate) fn big_range_subscript(&mut self, range: Value, index: Value) -> PyResult<Value> {
        let Some(range) = self.big_range_of(range) else {
            return Err(self.type_error("descriptor requires a 'range' object"));
        };
        if self.is_slice(index) {
            return self.big_range_slice(&range, index);
        }
        self.big_range_item(&range, index)
    }

    /// `len()` of a big range: OverflowError when it does not fit a machine word.
    pub(crate) fn big_range_len(&mut self, range: &BigRange) -> PyResult<usize> {
        match range
            .len()
            .to_u64()
            .and_then(|len| isize::try_from(len).ok())
        {
            Some(len) => Ok(len as usize),
            None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// `range[index]` for a big range (index an int).
    pub(crate) fn big_range_item(&mut self, range: &BigRange, index: Value) -> PyResult<Value> {
        let Some(mut index) = self.as_bigint(index) else {
            let name = self.type_name(index);
            return Err(self.type_error(alloc::format!(
                "range indices must be integers or slices, not {name}"
            )));
        };
        let len = range.len();
        if index.is_negative() {
            index = &index + &len;
        }
        if index.is_negative() || index >= len {
            return Err(self.index_error("range object index out of range"));
        }
        self.new_bigint(range.item(&index))
    }

    /// `range[slice]` in big-int arithmetic (a big range, or a small one whose slice leaves
    /// 64 bits): a range again, as CPython computes it.
    pub(crate) fn big_range_slice(&mut self, range: &BigRange, slice: Value) -> PyResult<Value> {
        let parts = match self.heap_obj(slice) {
            Some(Obj::Slice(parts)) => **parts,
            _ => return Err(self.type_error("expected a slice")),
        };
        let mut bounds = [None, None, None];
        for (bound, part) in bounds.iter_mut().zip(parts) {
            if part.is_none() {
                continue;
            }
            *bound = Some(match self.as_bigint(part) {
                Some(n) => n,
                None => BigInt::from_i64(self.index_value(part, "slice")? as i64),
            });
        }
        let [start, stop, step] = bounds;
        let step = step.unwrap_or_else(one);
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = range.len();
        let (lower, upper) = if step.is_negative() {
            (-&one(), &len - &one())
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |n: BigInt| {
            if n.is_negative() {
                core::cmp::max(&n + &len, lower.clone())
            } else {
                core::cmp::min(n, upper.clone())
            }
        };
        let (default_start, default_stop) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let start = start.map_or(default_start, clamp);
        let stop = stop.map_or(default_stop, clamp);
        self.new_big_range(BigRange {
            start: range.item(&start),
            stop: range.item(&stop),
            step: &range.step * &step,
        })
    }

    /// An iterator over a big range (or its reverse).
    pub(crate) fn big_range_iter(&mut self, range: BigRange) -> PyResult<Value> {
        self.new_iterator(Iter::BigRange(Box::new(range)))
    }
}
