//! `random`: the Mersenne Twister (MT19937) seeded and consumed exactly as CPython does, so
//! `random.seed(n)` gives CPython's sequences.
//!
//! `Random` instances keep the 624-word state plus the position (625 little-endian `u32`s) in a
//! `bytearray` in their dict; the module's functions are bound methods of a hidden instance.
//! The methods used most (`random`, `randrange`, `randint`, `choice`, `shuffle`, `uniform`,
//! `getrandbits`…) are native. The distributions, `choices` and `sample` are Python
//! (`frozen/_random_more.py`): each is compiled on its first call, which puts the function in
//! the class in place of its native stub, so code that never calls one costs no heap.
//!
//! As in CPython, the methods draw through `random()`, `getrandbits()` and `_randbelow()`: a
//! subclass that overrides one of those changes what the others return (`Source`); the
//! module's own instance takes the native path without calling through Python.

use alloc::format;
use alloc::vec::Vec;

use crate::modules::builtins::{check_method_args, kwarg};
use crate::modules::math::{float_arg, int_arg};
use crate::num::bigint::BigInt;
use crate::obj::{Builtin, Obj};
use crate::qstr::Qstr;
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
}

fn state_name(vm: &mut Vm) -> Qstr {
    vm.qstrs.intern("_state")
}

/// The state buffer of `args[0]`; made and seeded from the port's entropy if it has none (a
/// subclass's `__init__` need not call ours).
fn state_of(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let name = state_name(vm);
    let this = match args.first() {
        Some(&this) if matches!(vm.heap_obj(this), Some(Obj::Instance(_))) => this,
        _ => return Err(vm.type_error("descriptor requires a 'random.Random' object")),
    };
    if let Some(Obj::Instance(instance)) = vm.heap_obj(this) {
        if let Some(state) = vm.instance_lookup(instance, name) {
            if matches!(vm.heap_obj(state), Some(Obj::ByteArray(b)) if b.len() == STATE_BYTES) {
                return Ok(state);
            }
        }
    }
    let key = seed_key(vm, Value::NONE, 2)?;
    let mut bytes = alloc::vec![0u8; STATE_BYTES];
    Twister(&mut bytes).init_by_array(&key);
    let state = vm.alloc(Obj::ByteArray(bytes))?;
    vm.push_root(state);
    let stored = vm.store_attr(this, name, state);
    vm.pop_root();
    stored.map(|_| state)
}

/// Runs `f` on the generator of `args[0]` (no Python code runs meanwhile).
fn with_twister<T>(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut Twister) -> T) -> PyResult<T> {
    let state = state_of(vm, args)?;
    match vm.heap.get_mut(state) {
        Obj::ByteArray(bytes) => Ok(f(&mut Twister(bytes))),
        _ => Err(vm.type_error("random state is damaged")),
    }
}

/// What a draw goes through: the native generator, or the Python method of a subclass that
/// overrides one of the three the others draw through.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Native,
    RandBelow,
    GetRandBits,
    Random,
}

/// The methods a draw may go through, in the order CPython's `Random.__init_subclass__` looks
/// for them in each class of the MRO to pick how `_randbelow` draws.
const SOURCES: [(&str, Source); 3] = [
    ("_randbelow", Source::RandBelow),
    ("getrandbits", Source::GetRandBits),
    ("random", Source::Random),
];

/// `v` is one of this module's native methods (or stubs).
fn is_native(vm: &Vm, v: Value) -> bool {
    matches!(vm.heap_obj(v), Some(Obj::Builtin(b))
        if METHODS.as_ptr_range().contains(&(*b as *const Builtin)))
}

/// The first class along the MRO of `this` that defines one of `SOURCES[names]` decides:
/// the native generator if that is ours, else the override.
fn source(vm: &mut Vm, this: Value, range: core::ops::Range<usize>) -> Source {
    let names = SOURCES.map(|(name, source)| (vm.qstrs.intern(name), source));
    let names = &names[range];
    let class = vm.type_of(this);
    let Some(Obj::Class(class)) = vm.heap_obj(class) else {
        return Source::Native;
    };
    for &ancestor in class.mro.iter() {
        let Some(Obj::Class(ancestor)) = vm.heap_obj(ancestor) else {
            continue;
        };
        for &(name, source) in names {
            if let Some(v) = vm.class_dict_get(&ancestor.dict, name) {
                return if is_native(vm, v) {
                    Source::Native
                } else {
                    source
                };
            }
        }
    }
    Source::Native
}

/// Calls `this.name(*args)`.
fn call_method(vm: &mut Vm, this: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let name = vm.qstrs.intern(name);
    vm.call_method(this, name, args)
}

/// A float in [0, 1) as `args[0].random()` draws it.
fn draw_random(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    if source(vm, args[0], 2..3) == Source::Native {
        return with_twister(vm, args, |t| t.random());
    }
    let x = call_method(vm, args[0], "random", &[])?;
    float_arg(vm, x)
}

/// A uniform int in `0..n` (n > 0) as `args[0]._randbelow(n)` draws it, given its `source`
/// (CPython's `_randbelow_with_getrandbits` and `_randbelow_without_getrandbits`).
fn below_by(vm: &mut Vm, args: &[Value], source: Source, n: &BigInt) -> PyResult<BigInt> {
    match source {
        Source::Native => with_twister(vm, args, |t| t.below(n)),
        Source::RandBelow => {
            let n = vm.new_bigint(n.clone())?;
            let r = call_method(vm, args[0], "_randbelow", &[n])?;
            int_arg(vm, r)
        }
        Source::GetRandBits => {
            let k = Value::small_int(n.bit_length() as isize);
            loop {
                let r = call_method(vm, args[0], "getrandbits", &[k])?;
                let r = int_arg(vm, r)?;
                if r < *n {
                    return Ok(r);
                }
            }
        }
        Source::Random => {
            // 53-bit floats, redrawn in the top partial block so that every residue is as
            // likely as the others.
            const MAXSIZE: u64 = 1 << 53;
            let Some(small) = n.to_u64().filter(|&n| n < MAXSIZE) else {
                let x = call_method(vm, args[0], "random", &[])?;
                let x = float_arg(vm, x)? * n.to_f64().unwrap_or(f64::INFINITY);
                return crate::num::float::to_int(libm::floor(x)).map_err(|e| vm.num_error(e));
            };
            let limit = (MAXSIZE - MAXSIZE % small) as f64 / MAXSIZE as f64;
            loop {
                let x = call_method(vm, args[0], "random", &[])?;
                let r = float_arg(vm, x)?;
                if r < limit {
                    let scaled = libm::floor(r * MAXSIZE as f64) as u64;
                    return Ok(BigInt::from_u64(scaled % small));
                }
            }
        }
    }
}

fn below(vm: &mut Vm, args: &[Value], n: &BigInt) -> PyResult<BigInt> {
    let source = source(vm, args[0], 0..3);
    below_by(vm, args, source, n)
}

fn below_usize(vm: &mut Vm, args: &[Value], source: Source, n: usize) -> PyResult<usize> {
    let r = below_by(vm, args, source, &BigInt::from_u64(n as u64))?;
    Ok(r.to_u64().unwrap_or(0) as usize)
}

/// The key CPython seeds with for `seed(a, version)`.
fn seed_key(vm: &mut Vm, a: Value, version: i64) -> PyResult<Vec<u32>> {
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
        if version == 1 {
            python2_hash(text.chars().map(|c| c as u64))
        } else {
            bytes_seed(text.as_bytes())
        }
    } else if let Some(Obj::Bytes(_) | Obj::ByteArray(_)) = vm.heap_obj(a) {
        let data = vm.bytes_data(a).unwrap_or_default();
        if version == 1 && matches!(vm.heap_obj(a), Some(Obj::Bytes(_))) {
            python2_hash(data.iter().map(|&b| b as u64))
        } else {
            bytes_seed(&data)
        }
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

/// Python 2's string hash, which `seed(text, version=1)` seeds with (bytes read as Latin-1).
fn python2_hash(chars: impl Iterator<Item = u64> + Clone) -> BigInt {
    let length = chars.clone().count() as u64;
    let mut chars = chars.peekable();
    let mut x = chars.peek().map_or(0, |&first| first << 7);
    for c in chars {
        x = 1000003u64.wrapping_mul(x) ^ c;
    }
    BigInt::from_u64(x ^ length)
}

fn seed(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(vm, "seed", kwargs, &["a", "version"])?;
    check_method_args(vm, "seed", args, 0, 2)?;
    let a = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "a"));
    let version = match args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "version"))
    {
        Some(v) => vm.as_i64(v).unwrap_or(2),
        None => 2,
    };
    let key = seed_key(vm, a.unwrap_or(Value::NONE), version)?;
    with_twister(vm, args, |t| t.init_by_array(&key))?;
    let name = vm.qstrs.intern("gauss_next");
    vm.store_attr(args[0], name, Value::NONE)?;
    Ok(Value::NONE)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "Random", args, 0, 1)?;
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
    let a = float_arg(vm, args[1])?;
    let b = float_arg(vm, args[2])?;
    let x = draw_random(vm, args)?;
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
    let mut bytes: Vec<u8> = if source(vm, args[0], 1..2) == Source::Native {
        let words = with_twister(vm, args, |t| t.bits(n as u64 * 8))?;
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    } else {
        let k = vm.new_int(n * 8)?;
        let r = call_method(vm, args[0], "getrandbits", &[k])?;
        int_arg(vm, r)?
            .to_bytes(n as usize, false, false)
            .map_err(|e| vm.num_error(e))?
    };
    bytes.resize(n as usize, 0);
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

/// An integer argument of `randrange` (floats equal to ints are refused, as in 3.12).
fn integer(vm: &mut Vm, v: Value, position: usize) -> PyResult<BigInt> {
    match int_arg(vm, v) {
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
            return below(vm, args, &start);
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
            let r = below(vm, args, &width)?;
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
    let r = below(vm, args, &n)?;
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
    let source = source(vm, args[0], 0..3);
    let i = below_usize(vm, args, source, n)?;
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
    let source = source(vm, args[0], 0..3);
    for i in (1..n).rev() {
        let j = below_usize(vm, args, source, i + 1)?;
        if let Obj::List(items) = vm.heap.get_mut(sequence) {
            if i < items.len() && j < items.len() {
                items.swap(i, j);
                continue;
            }
        }
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

/// `_randbelow(n)`: the uniform int in `0..n` the other methods draw (through a subclass's
/// `getrandbits` or `random` when it overrides one).
fn randbelow(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "_randbelow", args, 1, 1)?;
    let n = int_arg(vm, args[1])?;
    if n.signum() <= 0 {
        return Err(vm.value_error("_randbelow() needs a positive bound"));
    }
    let source = source(vm, args[0], 1..3);
    let r = below_by(vm, args, source, &n)?;
    vm.new_bigint(r)
}

/// `(3, the 625 words, gauss_next)`.
fn getstate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "getstate", args, 0, 0)?;
    let words = with_twister(vm, args, |t| {
        (0..=N).map(|i| t.word(i)).collect::<Vec<u32>>()
    })?;
    let name = vm.qstrs.intern("gauss_next");
    let gauss_next = vm.load_attr_optional(args[0], name)?.unwrap_or(Value::NONE);
    vm.push_root(gauss_next);
    // Words of 2**30 and more are heap ints: the tuple holds each as it is made.
    let result = vm
        .new_tuple(alloc::vec![Value::NONE; N + 1])
        .and_then(|tuple| {
            vm.push_root(tuple);
            let filled = (|| {
                for (i, word) in words.into_iter().enumerate() {
                    let v = vm.new_int(word as i64)?;
                    if let Obj::Tuple(items) = vm.heap.get_mut(tuple) {
                        items[i] = v;
                    }
                }
                vm.new_tuple(alloc::vec![Value::small_int(3), tuple, gauss_next])
            })();
            vm.pop_root();
            filled
        });
    vm.pop_root();
    result
}

/// Takes back what `getstate` gave (or a version-2 state, whose words were signed).
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
    let version = vm.get_item(args[1], Value::small_int(0))?;
    let version = match vm.as_i64(version) {
        Some(v @ (2 | 3)) if vm.is_int(version) => v,
        _ => {
            let text = vm.repr(version)?;
            return Err(vm.value_error(format!(
                "state with version {text} passed to Random.setstate() of version 3"
            )));
        }
    };
    let parts = vm.collect_iterable(args[1])?;
    let [_, words, gauss_next] = parts[..] else {
        return Err(vm.value_error(format!(
            "too many values to unpack (expected 3, got {})",
            parts.len()
        )));
    };
    let words = match vm.heap_obj(words) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if words.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut values = Vec::with_capacity(N + 1);
    for word in words {
        let w = int_arg(vm, word)?;
        let w = match (version, w.to_i64()) {
            (2, Some(w)) => w.rem_euclid(1 << 32),
            (_, Some(w)) => w,
            _ => -1,
        };
        match u32::try_from(w) {
            Ok(w) => values.push(w),
            Err(_) => {
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
    let name = vm.qstrs.intern("gauss_next");
    vm.store_attr(args[0], name, gauss_next)?;
    Ok(Value::NONE)
}

/// `copy` and `pickle` remake an instance as `type(self)()` and then `__setstate__` it.
fn reduce(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__reduce__", args, 0, 0)?;
    let state = call_method(vm, args[0], "getstate", &[])?;
    vm.push_root(state);
    let result = vm.new_tuple(alloc::vec![]).and_then(|empty| {
        let class = vm.type_of(args[0]);
        vm.new_tuple(alloc::vec![class, empty, state])
    });
    vm.pop_root();
    result
}

fn set_state(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__setstate__", args, 1, 1)?;
    call_method(vm, args[0], "setstate", &args[1..])
}

/// A method written in Python (`frozen/_random_more.py`): its section is compiled on the
/// first call, and the function put in the class in place of the stub that made the call.
fn python_method(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let module = vm.import_module("_random_more")?;
    let name = vm.qstrs.intern(name);
    let function = vm.load_attr(module, name)?;
    vm.push_root(function);
    let result = (|| {
        if let Some(&this) = args.first() {
            let class = vm.type_of(this);
            let owner = match vm.heap_obj(class) {
                Some(Obj::Class(class)) => class.mro.iter().copied().find(|&ancestor| {
                    matches!(vm.heap_obj(ancestor), Some(Obj::Class(a))
                        if vm.class_dict_get(&a.dict, name).is_some_and(|v| is_native(vm, v)))
                }),
                _ => None,
            };
            if let Some(owner) = owner {
                vm.set_class_attr(owner, name, function)?;
            }
        }
        vm.call(function, args, kwargs)
    })();
    vm.pop_root();
    result
}

/// Native stubs of the methods in `frozen/_random_more.py`.
macro_rules! python_methods {
    ($($name:ident)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
            python_method(vm, stringify!($name), args, kwargs)
        }
    )*};
}

python_methods!(
    triangular normalvariate lognormvariate gauss expovariate paretovariate weibullvariate
    vonmisesvariate gammavariate betavariate choices sample
);

static METHODS: &[Builtin] = &[
    Builtin::with_keywords("seed", seed),
    Builtin::self_only("random", random),
    Builtin::with_keywords("uniform", uniform),
    Builtin::new("getrandbits", getrandbits),
    Builtin::with_keywords("randbytes", randbytes),
    Builtin::with_keywords("randrange", randrange),
    Builtin::with_keywords("randint", randint),
    Builtin::with_keywords("choice", choice),
    Builtin::with_keywords("shuffle", shuffle),
    Builtin::new("getstate", getstate),
    Builtin::with_keywords("setstate", setstate),
    Builtin::new("_randbelow", randbelow),
    Builtin::new("__reduce__", reduce),
    Builtin::new("__setstate__", set_state),
    Builtin::with_keywords("triangular", triangular),
    Builtin::with_keywords("normalvariate", normalvariate),
    Builtin::with_keywords("lognormvariate", lognormvariate),
    Builtin::with_keywords("gauss", gauss),
    Builtin::with_keywords("expovariate", expovariate),
    Builtin::with_keywords("paretovariate", paretovariate),
    Builtin::with_keywords("weibullvariate", weibullvariate),
    Builtin::with_keywords("vonmisesvariate", vonmisesvariate),
    Builtin::with_keywords("gammavariate", gammavariate),
    Builtin::with_keywords("betavariate", betavariate),
    Builtin::with_keywords("choices", choices),
    Builtin::with_keywords("sample", sample),
];

static INIT: Builtin = Builtin::with_keywords("Random", init);

/// Makes `_random_more`, the frozen module of the Python methods.
pub fn make_more(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_random_more")
}

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
            if method.name().starts_with('_') {
                continue;
            }
            let name = vm.qstrs.intern(method.name());
            let bound = vm.load_attr(instance, name)?;
            vm.dict_set_name(dict, name, bound)?;
        }
        Ok(())
    })
}
