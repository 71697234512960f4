//! `random`: the Mersenne Twister (MT19937) seeded and consumed exactly as CPython does, so
//! `random.seed(n)` gives CPython's sequence for `random`, `getrandbits`, `randrange`,
//! `randint`, `choice`, `choices`, `shuffle`, `sample` and `uniform`.
//!
//! `Random` instances keep the 624-word state plus the position (625 little-endian `u32`s) in a
//! `bytearray` in their dict; the module's functions are bound methods of a hidden instance.
//! Methods call each other directly, so overriding `random()` in a subclass does not change
//! what the other methods draw (CPython's do call the override).

use alloc::format;
use alloc::vec::Vec;

use crate::modules::builtins::{check_method_args, kwarg};
use crate::num::bigint::BigInt;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

/// The generator over a state buffer of `STATE_BYTES` bytes.
struct Twister<'a>(&'a mut [u8]);

impl Twister<'_> {
    fn word(&self, i: usize) -> u32 {
        u32::from_le_bytes([
            self.0[4 * i],
            self.0[4 * i + 1],
            self.0[4 * i + 2],
            self.0[4 * i + 3],
        ])
    }

    fn set(&mut self, i: usize, v: u32) {
        self.0[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn init_genrand(&mut self, seed: u32) {
        self.set(0, seed);
        for i in 1..N {
            let previous = self.word(i - 1);
            let v = 1812433253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
            self.set(i, v);
        }
        self.set(N, N as u32);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = self.word(i - 1);
            let v = (self.word(i) ^ (previous ^ (previous >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set(i, v);
            i += 1;
            j += 1;
            if i >= N {
                let last = self.word(N - 1);
                self.set(0, last);
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = self.word(i - 1);
            let v = (self.word(i) ^ (previous ^ (previous >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            self.set(i, v);
            i += 1;
            if i >= N {
                let last = self.word(N - 1);
                self.set(0, last);
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let magic = |y: u32| if y & 1 != 0 { 0x9908_b0df } else { 0 };
        let mut index = self.word(N) as usize;
        if index >= N {
            for k in 0..N {
                let y = (self.word(k) & UPPER) | (self.word((k + 1) % N) & LOWER);
                let v = self.word((k + M) % N) ^ (y >> 1) ^ magic(y);
                self.set(k, v);
            }
            index = 0;
        }
        let mut y = self.word(index);
        self.set(N, index as u32 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) / 9007199254740992.0
    }

    /// `k` random bits as little-endian 32-bit words (the top word shifted down).
    fn bits(&mut self, k: u64) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    }

    /// Uniform in `0..n` by rejection on `n.bit_length()` bits (n > 0).
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bit_length();
        loop {
            let r = BigInt::from_limbs(false, self.bits(k));
            if r < *n {
                return r;
            }
        }
    }

    fn below_usize(&mut self, n: usize) -> usize {
        let r = self.below(&BigInt::from_u64(n as u64));
        r.to_u64().unwrap_or(0) as usize
    }
}

fn state_name(vm: &mut Vm) -> crate::qstr::Qstr {
    vm.qstrs.intern("_state")
}

fn state_of(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let name = state_name(vm);
    if let Some(&this) = args.first() {
        if let Some(Obj::Instance(instance)) = vm.heap_obj(this) {
            let key = Value::qstr(name);
            let found = instance
                .dict
                .iter()
                .find(|entry| entry.key == key)
                .map(|entry| entry.value);
            if let Some(state) = found {
                if matches!(vm.heap_obj(state), Some(Obj::ByteArray(b)) if b.len() == STATE_BYTES) {
                    return Ok(state);
                }
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'random.Random' object"))
}

/// Runs `f` on the generator of `args[0]` (no Python code runs meanwhile).
fn with_twister<T>(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut Twister) -> T) -> PyResult<T> {
    let state = state_of(vm, args)?;
    match vm.heap.get_mut(state) {
        Obj::ByteArray(bytes) => Ok(f(&mut Twister(bytes))),
        _ => Err(vm.type_error("random state is damaged")),
    }
}

/// The key CPython seeds with for `seed(a)`.
fn seed_key(vm: &mut Vm, a: Value) -> PyResult<Vec<u32>> {
    let number = if a == Value::NONE {
        let mut key = Vec::with_capacity(8);
        for _ in 0..4 {
            let r = vm.port.random_u64();
            key.push(r as u32);
            key.push((r >> 32) as u32);
        }
        return Ok(key);
    } else if let (Some(Number::Int(_) | Number::Big(_)), false) =
        (vm.as_number(a), vm.is_user_object(a))
    {
        vm.as_bigint(a).unwrap_or_default()
    } else if let Some(text) = vm.str_text(a) {
        bytes_seed(text.as_bytes())
    } else if let Some(Obj::Bytes(_) | Obj::ByteArray(_)) = vm.heap_obj(a) {
        let data = vm.bytes_data(a).unwrap_or_default();
        bytes_seed(&data)
    } else {
        BigInt::from_i64(vm.py_hash(a)?)
    };
    let mut key = number.abs().limbs().to_vec();
    if key.is_empty() {
        key.push(0);
    }
    Ok(key)
}

/// `int.from_bytes(a + sha512(a).digest(), 'big')` (CPython's version-2 str/bytes seeding).
fn bytes_seed(data: &[u8]) -> BigInt {
    let mut all = data.to_vec();
    all.extend_from_slice(&crate::modules::hashlib::sha512(data));
    BigInt::from_bytes(&all, true, false)
}

fn seed(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(vm, "seed", kwargs, &["a", "version"])?;
    check_method_args(vm, "seed", args, 0, 2)?;
    let a = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "a"));
    let key = seed_key(vm, a.unwrap_or(Value::NONE))?;
    with_twister(vm, args, |t| t.init_by_array(&key))?;
    let name = vm.qstrs.intern("gauss_next");
    vm.store_attr(args[0], name, Value::NONE)?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "Random", args, 0, 1)?;
    let state = vm.alloc(Obj::ByteArray(alloc::vec![0u8; STATE_BYTES]))?;
    let name = state_name(vm);
    vm.store_attr(args[0], name, state)?;
    seed(vm, args, kwargs)
}

fn random(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = with_twister(vm, args, |t| t.random())?;
    vm.new_float(x)
}

fn uniform(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "uniform",
        args,
        kwargs,
        1,
        &["a", "b"],
        &[],
    )?;
    check_method_args(vm, "uniform", args, 2, 2)?;
    let a = crate::modules::math::float_arg(vm, args[1])?;
    let b = crate::modules::math::float_arg(vm, args[2])?;
    let x = with_twister(vm, args, |t| t.random())?;
    vm.new_float(a + (b - a) * x)
}

fn getrandbits(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "getrandbits", args, 1, 1)?;
    let k = vm.int_arg(args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    vm.reserve((k / 8) as usize)?;
    let words = with_twister(vm, args, |t| t.bits(k as u64))?;
    vm.new_bigint(BigInt::from_limbs(false, words))
}

fn randbytes(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "randbytes",
        args,
        kwargs,
        1,
        &["n"],
        &[],
    )?;
    check_method_args(vm, "randbytes", args, 1, 1)?;
    let n = vm.int_arg(args[1])?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    vm.reserve(n as usize)?;
    let words = with_twister(vm, args, |t| t.bits(n as u64 * 8))?;
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.truncate(n as usize);
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

/// An integer argument of `randrange` (floats equal to ints are refused, as in 3.12).
fn integer(vm: &mut Vm, v: Value, position: usize) -> PyResult<BigInt> {
    match crate::modules::math::int_arg(vm, v) {
        Ok(n) => Ok(n),
        Err(_) => {
            if let Some(Number::Float(x)) = vm.as_number(v) {
                if libm::floor(x) == x && x.is_finite() {
                    if let Ok(n) = crate::num::float::to_int(x) {
                        return Ok(n);
                    }
                }
                return Err(vm.value_error(format!("non-integer arg {position} for randrange()")));
            }
            let name = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn randrange_values(
    vm: &mut Vm,
    args: &[Value],
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<BigInt> {
    let start = integer(vm, start, 1)?;
    let Some(stop) = stop.filter(|&v| v != Value::NONE) else {
        if step.is_some() {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if start.signum() > 0 {
            return with_twister(vm, args, |t| t.below(&start));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let stop = integer(vm, stop, 2)?;
    let width = &stop - &start;
    let step = match step {
        Some(v) => integer(vm, v, 3)?,
        None => BigInt::from_i64(1),
    };
    if step == BigInt::from_i64(1) {
        if width.signum() > 0 {
            let r = with_twister(vm, args, |t| t.below(&width))?;
            return Ok(&start + &r);
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let one = BigInt::from_i64(1);
    let n = match step.signum() {
        1 => BigInt::divmod_floor(&(&(&width + &step) - &one), &step),
        -1 => BigInt::divmod_floor(&(&(&width + &step) + &one), &step),
        _ => return Err(vm.value_error("zero step for randrange()")),
    }
    .map(|(q, _)| q)
    .unwrap_or_default();
    if n.signum() <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = with_twister(vm, args, |t| t.below(&n))?;
    Ok(&start + &(&step * &r))
}

fn randrange(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(
        vm,
        "randrange",
        kwargs,
        &["start", "stop", "step"],
    )?;
    check_method_args(vm, "randrange", args, 1, 3)?;
    let stop = args.get(2).copied().or_else(|| kwarg(vm, kwargs, "stop"));
    let step = args.get(3).copied().or_else(|| kwarg(vm, kwargs, "step"));
    let n = randrange_values(vm, args, args[1], stop, step)?;
    vm.new_bigint(n)
}

fn randint(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "randint",
        args,
        kwargs,
        1,
        &["a", "b"],
        &[],
    )?;
    check_method_args(vm, "randint", args, 2, 2)?;
    let b = integer(vm, args[2], 2)?;
    let stop = vm.new_bigint(&b + &BigInt::from_i64(1))?;
    vm.push_root(stop);
    let n = randrange_values(vm, args, args[1], Some(stop), None);
    vm.pop_root();
    vm.new_bigint(n?)
}

fn choice(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "choice",
        args,
        kwargs,
        1,
        &["seq"],
        &[],
    )?;
    check_method_args(vm, "choice", args, 1, 1)?;
    let n = vm.len_of(args[1])?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = with_twister(vm, args, |t| t.below_usize(n))?;
    let index = vm.new_int(i as i64)?;
    vm.get_item(args[1], index)
}

fn shuffle(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "shuffle",
        args,
        kwargs,
        1,
        &["x"],
        &[],
    )?;
    check_method_args(vm, "shuffle", args, 1, 1)?;
    let sequence = args[1];
    let n = vm.len_of(sequence)?;
    if let Some(Obj::List(_)) = vm.heap_obj(sequence) {
        for i in (1..n).rev() {
            let j = with_twister(vm, args, |t| t.below_usize(i + 1))?;
            if let Obj::List(items) = vm.heap.get_mut(sequence) {
                if i < items.len() && j < items.len() {
                    items.swap(i, j);
                }
            }
        }
        return Ok(Value::NONE);
    }
    for i in (1..n).rev() {
        let j = with_twister(vm, args, |t| t.below_usize(i + 1))?;
        let (a, b) = (Value::small_int(i as isize), Value::small_int(j as isize));
        let x = vm.get_item(sequence, a)?;
        vm.push_root(x);
        let y = vm.get_item(sequence, b);
        let result = y.and_then(|y| {
            vm.set_item(sequence, a, y)?;
            vm.set_item(sequence, b, x)
        });
        vm.pop_root();
        result?;
    }
    Ok(Value::NONE)
}

fn sample(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(
        vm,
        "sample",
        kwargs,
        &["population", "k", "counts"],
    )?;
    check_method_args(vm, "sample", args, 1, 2)?;
    let population = args[1];
    if matches!(
        vm.heap_obj(population),
        Some(Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_))
    ) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let Some(k) = args.get(2).copied().or_else(|| kwarg(vm, kwargs, "k")) else {
        return Err(vm.type_error("sample() missing 1 required positional argument: 'k'"));
    };
    let k = vm.int_arg(k)?;
    let n = vm.len_of(population)?;
    // With `counts`, the population repeats each item that many times: the draw is over
    // range(total) and each pick is mapped back through the running totals, as CPython's.
    let running_totals = match kwarg(vm, kwargs, "counts").filter(|c| !c.is_none()) {
        Some(counts) => Some(running_totals(vm, counts, n)?),
        None => None,
    };
    let size = match &running_totals {
        Some((_, total)) => *total,
        None => n,
    };
    if k < 0 || k as usize > size {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let mut chosen = pick_indices(vm, args, size, k as usize)?;
    if let Some((totals, _)) = running_totals {
        for index in &mut chosen {
            *index = bisect_right(&totals, *index as i64);
        }
    }
    items_at(vm, population, chosen)
}

/// `sample`'s `counts`: the running totals but the last, and the last (the total), checked
/// as CPython checks them.
fn running_totals(vm: &mut Vm, counts: Value, n: usize) -> PyResult<(Vec<i64>, usize)> {
    let counts = vm.collect_iterable(counts)?;
    if counts.len() != n {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    if counts.is_empty() {
        return Err(vm.new_exception_msg(vm.types.index_error, "pop from empty list"));
    }
    let mut totals = Vec::with_capacity(counts.len());
    let mut total: i64 = 0;
    for count in counts {
        let Some(count) = vm.as_i64(count).filter(|_| vm.is_int(count)) else {
            return Err(vm.type_error("Counts must be integers"));
        };
        total = total
            .checked_add(count)
            .ok_or_else(|| vm.overflow_error("total of counts is too large"))?;
        totals.push(total);
    }
    totals.pop();
    if total <= 0 {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    let total =
        usize::try_from(total).map_err(|_| vm.overflow_error("total of counts is too large"))?;
    Ok((totals, total))
}

/// `bisect.bisect_right`'s halving, step for step (negative counts make the totals fall, and
/// then only the same steps find the same item).
fn bisect_right(totals: &[i64], x: i64) -> usize {
    let (mut low, mut high) = (0, totals.len());
    while low < high {
        let middle = (low + high) / 2;
        if x < totals[middle] {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    low
}

/// `k` distinct indices below `n`, drawn as CPython's `sample` draws them (a pool for small
/// populations, else redraws against a set of the picks so far).
fn pick_indices(vm: &mut Vm, args: &[Value], n: usize, k: usize) -> PyResult<Vec<usize>> {
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = libm::ceil(
            crate::num::double_double::ln((k * 3) as f64) / crate::num::double_double::ln(4.0),
        );
        setsize += 4usize.saturating_pow(exponent as u32);
    }
    let mut chosen = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = with_twister(vm, args, |t| t.below_usize(n - i))?;
            chosen.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        // The picks so far in an open-addressing table (usize::MAX: a free slot); here
        // n > 3k, so redraws are rare.
        let mut seen = alloc::vec![usize::MAX; 2 * k + 1];
        while chosen.len() < k {
            let j = with_twister(vm, args, |t| t.below_usize(n))?;
            let mut slot = j % seen.len();
            while seen[slot] != usize::MAX && seen[slot] != j {
                slot = (slot + 1) % seen.len();
            }
            if seen[slot] == usize::MAX {
                seen[slot] = j;
                chosen.push(j);
            }
        }
    }
    Ok(chosen)
}

fn choices(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(
        vm,
        "choices",
        kwargs,
        &["population", "weights", "cum_weights", "k"],
    )?;
    check_method_args(vm, "choices", args, 1, 2)?;
    let population = args[1];
    let weights = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "weights"));
    let cum_weights = kwarg(vm, kwargs, "cum_weights").filter(|&v| v != Value::NONE);
    let k = match kwarg(vm, kwargs, "k") {
        Some(v) => vm.int_arg(v)?.max(0) as usize,
        None => 1,
    };
    let n = vm.len_of(population)?;
    let weights = weights.filter(|&v| v != Value::NONE);
    let mut indices = Vec::with_capacity(k);
    match (weights, cum_weights) {
        (None, None) => {
            for _ in 0..k {
                let x = with_twister(vm, args, |t| t.random())?;
                indices.push(libm::floor(x * n as f64) as usize);
            }
        }
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        (weights, cumulative) => {
            let mut totals = Vec::new();
            if let Some(cumulative) = cumulative {
                totals = crate::modules::math::convert_items(
                    vm,
                    cumulative,
                    crate::modules::math::float_arg,
                )?;
            } else if let Some(weights) = weights {
                let weights = crate::modules::math::convert_items(
                    vm,
                    weights,
                    crate::modules::math::float_arg,
                )?;
                let mut sum = 0.0;
                for weight in weights {
                    sum += weight;
                    totals.push(sum);
                }
            }
            if totals.len() != n {
                return Err(vm.value_error("The number of weights does not match the population"));
            }
            let total = totals.last().copied().unwrap_or(0.0);
            if total <= 0.0 {
                return Err(vm.value_error("Total of weights must be greater than zero"));
            }
            if !total.is_finite() {
                return Err(vm.value_error("Total of weights must be finite"));
            }
            let high = n - 1;
            for _ in 0..k {
                let x = with_twister(vm, args, |t| t.random())? * total;
                // bisect_right(totals, x, 0, high)
                let position = totals[..high].partition_point(|&w| w <= x);
                indices.push(position);
            }
        }
    }
    items_at(vm, population, indices)
}

/// A new list of `population[i]` for each of `indices` (`sample`'s and `choices`' result).
fn items_at(vm: &mut Vm, population: Value, indices: Vec<usize>) -> PyResult<Value> {
    let result = vm.new_list(Vec::new())?;
    vm.push_root(result);
    let filled = (|| {
        for index in indices {
            let index = vm.new_int(index as i64)?;
            let item = vm.get_item(population, index)?;
            vm.list_append(result, item)?;
        }
        Ok(result)
    })();
    vm.pop_root();
    filled
}

fn getstate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let words = with_twister(vm, args, |t| {
        (0..=N).map(|i| t.word(i)).collect::<Vec<u32>>()
    })?;
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        for word in words {
            let v = vm.new_int(word as i64)?;
            vm.list_append(list, v)?;
        }
        let items = match vm.heap.get(list) {
            Obj::List(items) => items.clone(),
            _ => Vec::new(),
        };
        let words = vm.new_tuple(items)?;
        vm.new_tuple(alloc::vec![Value::small_int(3), words, Value::NONE])
    })();
    vm.pop_root();
    result
}

fn setstate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "setstate",
        args,
        kwargs,
        1,
        &["state"],
        &[],
    )?;
    check_method_args(vm, "setstate", args, 1, 1)?;
    let parts = vm.collect_iterable(args[1])?;
    let words = match parts.as_slice() {
        [version, words, _] if vm.as_i64(*version) == Some(3) => vm.collect_iterable(*words)?,
        _ => return Err(vm.value_error("state with version 3 expected")),
    };
    if words.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut values = Vec::with_capacity(N + 1);
    for word in words {
        match vm.as_i64(word) {
            Some(w) if (0..=u32::MAX as i64).contains(&w) => values.push(w as u32),
            _ => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
        }
    }
    if values[N] as usize > N {
        return Err(vm.value_error("invalid state"));
    }
    with_twister(vm, args, |t| {
        for (i, w) in values.into_iter().enumerate() {
            t.set(i, w);
        }
    })?;
    Ok(Value::NONE)
}

/// Optional float argument `index` of a method (positional or keyword `name`).
fn float_param(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    index: usize,
    name: &str,
    default: f64,
) -> PyResult<f64> {
    match args.get(index).copied().or_else(|| kwarg(vm, kwargs, name)) {
        Some(v) => crate::modules::math::float_arg(vm, v),
        None => Ok(default),
    }
}

fn ln(x: f64) -> f64 {
    crate::num::double_double::ln(x)
}

fn triangular(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "triangular", args, 0, 3)?;
    let mut low = float_param(vm, args, kwargs, 1, "low", 0.0)?;
    let mut high = float_param(vm, args, kwargs, 2, "high", 1.0)?;
    let mode = args.get(3).copied().or_else(|| kwarg(vm, kwargs, "mode"));
    let mut u = with_twister(vm, args, |t| t.random())?;
    let mut c = match mode {
        Some(m) if m != Value::NONE => {
            let m = crate::modules::math::float_arg(vm, m)?;
            if high == low {
                // CPython returns `low` itself (an int stays an int).
                return match args.get(1).copied().or_else(|| kwarg(vm, kwargs, "low")) {
                    Some(v) => Ok(v),
                    None => vm.new_float(low),
                };
            }
            (m - low) / (high - low)
        }
        _ => 0.5,
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        core::mem::swap(&mut low, &mut high);
    }
    vm.new_float(low + (high - low) * libm::sqrt(u * c))
}

fn expovariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "expovariate", args, 0, 1)?;
    let lambd = float_param(vm, args, kwargs, 1, "lambd", 1.0)?;
    if lambd == 0.0 {
        let class = vm.types.zero_division_error;
        return Err(vm.new_exception_msg(class, "float division by zero"));
    }
    let u = with_twister(vm, args, |t| t.random())?;
    vm.new_float(-ln(1.0 - u) / lambd)
}

fn normal(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    // Kinderman and Monahan's ratio method, as CPython draws it.
    let magic = 4.0 * crate::num::double_double::exp(-0.5) / libm::sqrt(2.0);
    with_twister(vm, args, |t| loop {
        let u1 = t.random();
        let u2 = 1.0 - t.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -ln(u2) {
            return z;
        }
    })
}

fn normalvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "normalvariate", args, 0, 2)?;
    let mu = float_param(vm, args, kwargs, 1, "mu", 0.0)?;
    let sigma = float_param(vm, args, kwargs, 2, "sigma", 1.0)?;
    let z = normal(vm, args)?;
    vm.new_float(mu + z * sigma)
}

fn lognormvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, "lognormvariate", args, kwargs, &["mu", "sigma"])?;
    let z = normal(vm, args)?;
    vm.new_float(crate::num::double_double::exp(mu + z * sigma))
}

fn gauss(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "gauss", args, 0, 2)?;
    let mu = float_param(vm, args, kwargs, 1, "mu", 0.0)?;
    let sigma = float_param(vm, args, kwargs, 2, "sigma", 1.0)?;
    let name = vm.qstrs.intern("gauss_next");
    let saved = vm.load_attr_optional(args[0], name)?;
    let z = match saved.and_then(|v| match vm.as_number(v) {
        Some(Number::Float(x)) => Some(x),
        _ => None,
    }) {
        Some(z) => {
            vm.store_attr(args[0], name, Value::NONE)?;
            z
        }
        None => {
            let (x2pi, g2rad) = with_twister(vm, args, |t| {
                let x2pi = t.random() * core::f64::consts::TAU;
                (x2pi, libm::sqrt(-2.0 * ln(1.0 - t.random())))
            })?;
            let next = vm.new_float(libm::sin(x2pi) * g2rad)?;
            vm.store_attr(args[0], name, next)?;
            libm::cos(x2pi) * g2rad
        }
    };
    vm.new_float(mu + z * sigma)
}

fn paretovariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "paretovariate",
        args,
        kwargs,
        1,
        &["alpha"],
        &[],
    )?;
    check_method_args(vm, "paretovariate", args, 1, 1)?;
    let alpha = crate::modules::math::float_arg(vm, args[1])?;
    let u = 1.0 - with_twister(vm, args, |t| t.random())?;
    let x = crate::num::float::pow(u, -1.0 / alpha).map_err(|e| vm.num_error(e))?;
    vm.new_float(x)
}

fn weibullvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "weibullvariate", args, kwargs, &["alpha", "beta"])?;
    let u = 1.0 - with_twister(vm, args, |t| t.random())?;
    let x = crate::num::float::pow(-ln(u), 1.0 / beta).map_err(|e| vm.num_error(e))?;
    vm.new_float(alpha * x)
}

/// The two required float arguments of a two-parameter distribution (`alpha`, `beta`…).
fn two_floats(
    vm: &mut Vm,
    method: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    names: &[&str; 2],
) -> PyResult<(f64, f64)> {
    let args =
        &*crate::modules::builtins::keywords_to_positions(vm, method, args, kwargs, 1, names, &[])?;
    check_method_args(vm, method, args, 2, 2)?;
    let first = crate::modules::math::float_arg(vm, args[1])?;
    let second = crate::modules::math::float_arg(vm, args[2])?;
    Ok((first, second))
}

/// A gamma-distributed value with shape `alpha` and scale `beta`, drawing from the twister
/// in CPython's order: R.C.H. Cheng's rejection method (algorithm GB, Applied Statistics,
/// 1977) for `alpha > 1`, an exponential for `alpha == 1`, and Ahrens and Dieter's algorithm
/// GS (as given in Kennedy and Gentle's Statistical Computing) for `alpha < 1`.
fn gamma(t: &mut Twister, alpha: f64, beta: f64) -> f64 {
    if alpha > 1.0 {
        let log4 = ln(4.0);
        let sg_magic = 1.0 + ln(4.5);
        let a_inverse = libm::sqrt(2.0 * alpha - 1.0);
        let (b, c) = (alpha - log4, alpha + a_inverse);
        loop {
            let u1 = t.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - t.random();
            let v = ln(u1 / (1.0 - u1)) / a_inverse;
            let x = alpha * crate::num::double_double::exp(v);
            let z = u1 * u1 * u2;
            let r = b + c * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= ln(z) {
                return x * beta;
            }
        }
    }
    if alpha == 1.0 {
        return -ln(1.0 - t.random()) * beta;
    }
    let e = core::f64::consts::E;
    loop {
        let u = t.random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 0.0 {
            0.0
        } else if p <= 1.0 {
            crate::num::double_double::pow_positive(p, 1.0 / alpha)
        } else {
            -ln((b - p) / alpha)
        };
        let u1 = t.random();
        let accept = if p > 1.0 {
            u1 <= crate::num::double_double::pow_positive(x, alpha - 1.0)
        } else {
            u1 <= crate::num::double_double::exp(-x)
        };
        if accept {
            return x * beta;
        }
    }
}

/// CPython's test of the gamma parameters, and a NaN shape (with which CPython's loop never
/// ends) refused with the same error.
fn check_gamma_parameters(vm: &mut Vm, alpha: f64, beta: f64) -> PyResult<()> {
    if alpha <= 0.0 || beta <= 0.0 || alpha.is_nan() {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    Ok(())
}

fn gammavariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "gammavariate", args, kwargs, &["alpha", "beta"])?;
    check_gamma_parameters(vm, alpha, beta)?;
    let x = with_twister(vm, args, |t| gamma(t, alpha, beta))?;
    vm.new_float(x)
}

fn betavariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "betavariate", args, kwargs, &["alpha", "beta"])?;
    check_gamma_parameters(vm, alpha, beta)?;
    // 3.11's: y / (y + a second gamma value), 0.0 when the first is 0.
    let x = with_twister(vm, args, |t| {
        let y = gamma(t, alpha, 1.0);
        if y == 0.0 {
            0.0
        } else {
            y / (y + gamma(t, beta, 1.0))
        }
    })?;
    vm.new_float(x)
}

/// The von Mises distribution (circular data): mean angle `mu`, concentration `kappa`, by
/// Best and Fisher's rejection method (Applied Statistics, 1979), drawing as CPython does.
fn vonmisesvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (mu, kappa) = two_floats(vm, "vonmisesvariate", args, kwargs, &["mu", "kappa"])?;
    let tau = core::f64::consts::TAU;
    let theta = with_twister(vm, args, |t| {
        if kappa <= 1e-6 {
            return tau * t.random();
        }
        let s = 0.5 / kappa;
        let r = s + libm::sqrt(1.0 + s * s);
        let z = loop {
            let z = libm::cos(core::f64::consts::PI * t.random());
            let d = z / (r + z);
            let u2 = t.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * crate::num::double_double::exp(d) {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let angle = if t.random() > 0.5 {
            mu + libm::acos(f)
        } else {
            mu - libm::acos(f)
        };
        crate::num::float::floor_mod(angle, tau).unwrap_or(f64::NAN)
    })?;
    vm.new_float(theta)
}

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("triangular", triangular),
    Builtin::with_keywords("expovariate", expovariate),
    Builtin::with_keywords("normalvariate", normalvariate),
    Builtin::with_keywords("lognormvariate", lognormvariate),
    Builtin::with_keywords("gauss", gauss),
    Builtin::with_keywords("paretovariate", paretovariate),
    Builtin::with_keywords("weibullvariate", weibullvariate),
    Builtin::with_keywords("gammavariate", gammavariate),
    Builtin::with_keywords("betavariate", betavariate),
    Builtin::with_keywords("vonmisesvariate", vonmisesvariate),
    Builtin::with_keywords("seed", seed),
    Builtin::new("random", random),
    Builtin::with_keywords("uniform", uniform),
    Builtin::new("getrandbits", getrandbits),
    Builtin::with_keywords("randbytes", randbytes),
    Builtin::with_keywords("randrange", randrange),
    Builtin::with_keywords("randint", randint),
    Builtin::with_keywords("choice", choice),
    Builtin::with_keywords("choices", choices),
    Builtin::with_keywords("shuffle", shuffle),
    Builtin::with_keywords("sample", sample),
    Builtin::new("getstate", getstate),
    Builtin::with_keywords("setstate", setstate),
];

static INIT: Builtin = Builtin::with_keywords("Random", init);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("random", |vm, module| {
        let object = vm.types.object;
        let class =
            crate::modules::sys::new_class(vm, "Random", "random", object, METHODS, Some(&INIT))?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("Random");
        vm.dict_set_name(dict, name, class)?;
        let instance = vm.call(class, &[], &[])?;
        let name = vm.qstrs.intern("_inst");
        vm.dict_set_name(dict, name, instance)?;
        for method in METHODS {
            let name = vm.qstrs.intern(method.name());
            let bound = vm.load_attr(instance, name)?;
            vm.dict_set_name(dict, name, bound)?;
        }
        Ok(())
    })
}
