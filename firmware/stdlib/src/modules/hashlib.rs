//! `hashlib`: MD5 (RFC 1321), SHA-1, SHA-224/256 and SHA-384/512 (FIPS 180-4).
//!
//! A hash object is an instance of `hashlib.HASH` whose running state (chaining words,
//! message length and the partial block) is serialized into a `bytearray` in its dict, so
//! `update` works incrementally in constant memory and `copy` is a byte copy.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{check_method_args, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algorithm {
    fn from_name(name: &str) -> Option<Algorithm> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Algorithm::Md5,
            "sha1" => Algorithm::Sha1,
            "sha224" => Algorithm::Sha224,
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "md5",
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha224 => "sha224",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
        }
    }

    fn block_size(self) -> usize {
        match self {
            Algorithm::Sha384 | Algorithm::Sha512 => 128,
            _ => 64,
        }
    }

    fn digest_size(self) -> usize {
        match self {
            Algorithm::Md5 => 16,
            Algorithm::Sha1 => 20,
            Algorithm::Sha224 => 28,
            Algorithm::Sha256 => 32,
            Algorithm::Sha384 => 48,
            Algorithm::Sha512 => 64,
        }
    }

    fn code(self) -> u8 {
        self as u8
    }

    fn from_code(code: u8) -> Option<Algorithm> {
        [
            Algorithm::Md5,
            Algorithm::Sha1,
            Algorithm::Sha224,
            Algorithm::Sha256,
            Algorithm::Sha384,
            Algorithm::Sha512,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }
}

const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const SHA224_IV: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

const SHA512_IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const SHA384_IV: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

const MD5_T: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// A running hash: chaining state (32-bit algorithms use the low halves), bytes hashed so
/// far, and the partial block not yet compressed.
#[derive(Clone)]
pub struct Hasher {
    algorithm: Algorithm,
    state: [u64; 8],
    length: u128,
    pending: Vec<u8>,
}

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Hasher {
        let mut state = [0u64; 8];
        match algorithm {
            Algorithm::Md5 => {
                state[..4].copy_from_slice(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476])
            }
            Algorithm::Sha1 => state[..5]
                .copy_from_slice(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]),
            Algorithm::Sha224 => {
                for (s, v) in state.iter_mut().zip(SHA224_IV) {
                    *s = v as u64;
                }
            }
            Algorithm::Sha256 => {
                for (s, v) in state.iter_mut().zip(SHA256_IV) {
                    *s = v as u64;
                }
            }
            Algorithm::Sha384 => state = SHA384_IV,
            Algorithm::Sha512 => state = SHA512_IV,
        }
        Hasher {
            algorithm,
            state,
            length: 0,
            pending: Vec::new(),
        }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let block = self.algorithm.block_size();
        self.length = self.length.wrapping_add(data.len() as u128);
        if !self.pending.is_empty() {
            let take = (block - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() == block {
                let full = core::mem::take(&mut self.pending);
                self.compress(&full);
            }
        }
        while data.len() >= block {
            self.compress(&data[..block]);
            data = &data[block..];
        }
        self.pending.extend_from_slice(data);
    }

    pub fn finish(mut self) -> Vec<u8> {
        let block = self.algorithm.block_size();
        let length_bytes = if block == 128 { 16 } else { 8 };
        let bits = self.length.wrapping_mul(8);
        let mut tail = alloc::vec![0x80u8];
        while !(self.pending.len() + tail.len() + length_bytes).is_multiple_of(block) {
            tail.push(0);
        }
        if self.algorithm == Algorithm::Md5 {
            tail.extend_from_slice(&(bits as u64).to_le_bytes());
        } else if block == 128 {
            tail.extend_from_slice(&bits.to_be_bytes());
        } else {
            tail.extend_from_slice(&(bits as u64).to_be_bytes());
        }
        let length = self.length;
        self.update(&tail);
        self.length = length;
        let mut out = Vec::new();
        match self.algorithm {
            Algorithm::Md5 => {
                for word in &self.state[..4] {
                    out.extend_from_slice(&(*word as u32).to_le_bytes());
                }
            }
            Algorithm::Sha384 | Algorithm::Sha512 => {
                for word in &self.state {
                    out.extend_from_slice(&word.to_be_bytes());
                }
            }
            _ => {
                for word in &self.state {
                    out.extend_from_slice(&(*word as u32).to_be_bytes());
                }
            }
        }
        out.truncate(self.algorithm.digest_size());
        out
    }

    fn compress(&mut self, block: &[u8]) {
        match self.algorithm {
            Algorithm::Md5 => self.compress_md5(block),
            Algorithm::Sha1 => self.compress_sha1(block),
            Algorithm::Sha224 | Algorithm::Sha256 => self.compress_sha256(block),
            Algorithm::Sha384 | Algorithm::Sha512 => self.compress_sha512(block),
        }
    }

    fn compress_md5(&mut self, block: &[u8]) {
        const SHIFTS: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
        let mut m = [0u32; 16];
        for (i, word) in m.iter_mut().enumerate() {
            *word = u32::from_le_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        let [mut a, mut b, mut c, mut d] = [0, 1, 2, 3].map(|i| self.state[i] as u32);
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let rotated = a
                .wrapping_add(f)
                .wrapping_add(MD5_T[i])
                .wrapping_add(m[g])
                .rotate_left(SHIFTS[(i / 16) * 4 + i % 4]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(rotated);
        }
        for (i, v) in [a, b, c, d].into_iter().enumerate() {
            self.state[i] = (self.state[i] as u32).wrapping_add(v) as u64;
        }
    }

    fn compress_sha1(&mut self, block: &[u8]) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = [0, 1, 2, 3, 4].map(|i| self.state[i] as u32);
        for (i, &word) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a827999),
                1 => (b ^ c ^ d, 0x6ed9eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
                _ => (b ^ c ^ d, 0xca62c1d6u32),
            };
            let temp = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(word);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = temp;
        }
        for (i, v) in [a, b, c, d, e].into_iter().enumerate() {
            self.state[i] = (self.state[i] as u32).wrapping_add(v) as u64;
        }
    }

    fn compress_sha256(&mut self, block: &[u8]) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = [0u32; 8];
        for (slot, s) in v.iter_mut().zip(self.state) {
            *slot = s as u32;
        }
        for i in 0..64 {
            let [a, b, c, d, e, f, g, h] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(SHA256_K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (s, x) in self.state.iter_mut().zip(v) {
            *s = (*s as u32).wrapping_add(x) as u64;
        }
    }

    fn compress_sha512(&mut self, block: &[u8]) {
        let mut w = [0u64; 80];
        for (i, word) in w.iter_mut().enumerate().take(16) {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&block[8 * i..8 * i + 8]);
            *word = u64::from_be_bytes(bytes);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = self.state;
        for i in 0..80 {
            let [a, b, c, d, e, f, g, h] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(SHA512_K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (s, x) in self.state.iter_mut().zip(v) {
            *s = s.wrapping_add(x);
        }
    }

    /// The state as bytes: algorithm, 8 state words, length, then the partial block.
    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + 64 + 16 + self.pending.len());
        out.push(self.algorithm.code());
        for word in &self.state {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out.extend_from_slice(&self.length.to_le_bytes());
        out.extend_from_slice(&self.pending);
        out
    }

    fn from_bytes(bytes: &[u8]) -> Option<Hasher> {
        let algorithm = Algorithm::from_code(*bytes.first()?)?;
        let mut state = [0u64; 8];
        for (i, word) in state.iter_mut().enumerate() {
            *word = u64::from_le_bytes(bytes.get(1 + 8 * i..9 + 8 * i)?.try_into().ok()?);
        }
        let length = u128::from_le_bytes(bytes.get(65..81)?.try_into().ok()?);
        Some(Hasher {
            algorithm,
            state,
            length,
            pending: bytes.get(81..)?.to_vec(),
        })
    }
}

/// SHA-512 of `data` (used by `random.seed` for str and bytes seeds).
pub fn sha512(data: &[u8]) -> Vec<u8> {
    let mut hasher = Hasher::new(Algorithm::Sha512);
    hasher.update(data);
    hasher.finish()
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match vm.bytes_data(v) {
        Some(data) => Ok(data),
        None => match crate::modules::array::array_bytes(vm, v) {
            Some(data) => Ok(data),
            None => Err(vm.type_error("object supporting the buffer API required")),
        },
    }
}

fn state_name(vm: &mut Vm) -> crate::qstr::Qstr {
    vm.qstrs.intern("_state")
}

fn hasher_of(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Hasher)> {
    let name = state_name(vm);
    if let Some(&this) = args.first() {
        if let Some(state) = vm.load_attr_optional(this, name)? {
            if let Some(Obj::ByteArray(bytes)) = vm.heap_obj(state) {
                if let Some(hasher) = Hasher::from_bytes(bytes) {
                    return Ok((state, hasher));
                }
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'hashlib.HASH' object"))
}

/// Makes a hash object for `algorithm` fed with `data`.
fn new_hash(vm: &mut Vm, algorithm: Algorithm, data: Option<Value>) -> PyResult<Value> {
    let mut hasher = Hasher::new(algorithm);
    if let Some(data) = data {
        let bytes = data_arg(vm, data)?;
        hasher.update(&bytes);
    }
    hash_object(vm, &hasher)
}

fn hash_object(vm: &mut Vm, hasher: &Hasher) -> PyResult<Value> {
    let Some(class) = crate::modules::sys::module_attr(vm, "hashlib", "HASH") else {
        return Err(vm.runtime_error("hashlib.HASH is gone"));
    };
    let this = vm.call(class, &[], &[])?;
    vm.push_root(this);
    let result = (|| {
        let algorithm = hasher.algorithm;
        let state = vm.alloc(Obj::ByteArray(hasher.to_bytes()))?;
        let name = state_name(vm);
        vm.store_attr(this, name, state)?;
        let value = vm.intern(algorithm.name());
        let name = vm.qstrs.intern("name");
        vm.store_attr(this, name, value)?;
        let name = vm.qstrs.intern("digest_size");
        vm.store_attr(
            this,
            name,
            Value::small_int(algorithm.digest_size() as isize),
        )?;
        let name = vm.qstrs.intern("block_size");
        vm.store_attr(
            this,
            name,
            Value::small_int(algorithm.block_size() as isize),
        )?;
        Ok(this)
    })();
    vm.pop_root();
    result
}

fn data_kwarg(vm: &Vm, args: &[Value], kwargs: &[(Value, Value)], index: usize) -> Option<Value> {
    args.get(index)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "data"))
        .or_else(|| kwarg(vm, kwargs, "string"))
}

macro_rules! constructors {
    ($($name:ident $text:literal => $algorithm:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
                crate::modules::builtins::check_args(vm, $text, args, 0, 1)?;
                let data = data_kwarg(vm, args, kwargs, 0);
                new_hash(vm, $algorithm, data)
            }
        )*
    };
}

constructors! {
    md5 "md5" => Algorithm::Md5;
    sha1 "sha1" => Algorithm::Sha1;
    sha224 "sha224" => Algorithm::Sha224;
    sha256 "sha256" => Algorithm::Sha256;
    sha384 "sha384" => Algorithm::Sha384;
    sha512_constructor "sha512" => Algorithm::Sha512;
}

fn new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "new", args, 1, 2)?;
    let Some(name) = vm.str_text(args[0]).map(String::from) else {
        let type_name = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "new() argument 'name' must be str, not {type_name}"
        )));
    };
    let Some(algorithm) = Algorithm::from_name(&name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    let data = data_kwarg(vm, args, kwargs, 1);
    new_hash(vm, algorithm, data)
}

fn update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "update", args, 1, 1)?;
    let (state, mut hasher) = hasher_of(vm, args)?;
    let data = data_arg(vm, args[1])?;
    hasher.update(&data);
    if let Obj::ByteArray(bytes) = vm.heap.get_mut(state) {
        *bytes = hasher.to_bytes();
    }
    Ok(Value::NONE)
}

fn digest(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (_, hasher) = hasher_of(vm, args)?;
    let out = hasher.finish();
    vm.alloc(Obj::Bytes(out.into_boxed_slice()))
}

fn hexdigest(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (_, hasher) = hasher_of(vm, args)?;
    let mut text = String::new();
    for byte in hasher.finish() {
        text.push_str(&format!("{byte:02x}"));
    }
    vm.new_string(text)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (_, hasher) = hasher_of(vm, args)?;
    hash_object(vm, &hasher)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (_, hasher) = hasher_of(vm, args)?;
    let name = hasher.algorithm.name();
    vm.new_string(format!("<{name} _hashlib.HASH object>"))
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::with_keywords("md5", md5),
    Builtin::with_keywords("sha1", sha1),
    Builtin::with_keywords("sha224", sha224),
    Builtin::with_keywords("sha256", sha256),
    Builtin::with_keywords("sha384", sha384),
    Builtin::with_keywords("sha512", sha512_function),
    Builtin::with_keywords("new", new),
];

fn sha512_function(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    sha512_constructor(vm, args, kwargs)
}

static METHODS: &[Builtin] = &[
    Builtin::new("update", update),
    Builtin::self_only("digest", digest),
    Builtin::self_only("hexdigest", hexdigest),
    Builtin::self_only("copy", copy),
    Builtin::new("HASH.__repr__", repr),
    Builtin::new("HASH.__str__", repr),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("hashlib", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let object = vm.types.object;
        let class = crate::modules::sys::new_class(vm, "HASH", "_hashlib", object, METHODS, None)?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("HASH");
        vm.dict_set_name(dict, name, class)?;
        let mut names = Vec::new();
        for algorithm in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"] {
            names.push(vm.intern(algorithm));
        }
        let available = vm.new_list(names)?;
        let name = vm.qstrs.intern("algorithms_available");
        vm.dict_set_name(dict, name, available)?;
        Ok(())
    })
}
