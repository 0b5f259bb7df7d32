//! Hashed sparse linear models and the binary weights file that holds the tagger and parser.
//!
//! File layout (all little-endian): magic `NGSYNTX\0`, version `u32`, then the tag classes
//! (`"XPOS UPOS"` strings), the dependency labels, the tagger model and the parser model.
//! A string list is a `u32` count then `u16` length-prefixed UTF-8 strings. A linear model is
//! `n_classes u32`, `scale f32`, `n_features u32`, the sorted feature keys (`u64` each), the
//! per-feature entry counts (`u8` each) and the entries (`class u8`, `weight i16`).
//! Version 2 appends the tagger's word lexicon: `n u32`, then per word its lowercased-form
//! hash (`u64`), ambiguity class (`u32`, 0 = none) and sure tag (`u16`, `u16::MAX` = none),
//! sorted by hash; then the tagger's second-pass model (`n_classes` 0 when there is none).

use crate::{Error, Result};

/// Magic bytes at the start of the weights file.
pub const MAGIC: &[u8; 8] = b"NGSYNTX\0";
/// Version of the weights file format.
pub const VERSION: u32 = 2;

/// FxHash-style multiplier.
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Mixes one value into a running feature hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Hashes a string's bytes.
pub fn hash_str(s: &str) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    let b = s.as_bytes();
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a));
    }
    for &x in chunks.remainder() {
        h = mix(h, x as u64);
    }
    mix(h, b.len() as u64)
}

/// Final avalanche (splitmix64) so that low bits index a table well; never returns 0.
#[inline]
pub fn finish(h: u64) -> u64 {
    let mut z = h.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    z | 1
}

/// A sparse linear model: feature key -> (class, weight) entries, looked up by open addressing.
///
/// A slot holds the key's high 32 bits (0 = empty) and either the feature's only entry or the
/// position of a header entry whose class is the number of entries that follow it (the count
/// sits in the same cache line as the entries, and the loop needs no terminator test).
#[derive(Default)]
pub struct LinearModel {
    /// Number of classes scored.
    pub n_classes: usize,
    slots: Vec<(u32, u32)>,
    mask: usize,
    entries: Vec<(u16, i16)>,
}

/// Slot data flag: the feature's single entry is stored in the slot (class in bits 16..31,
/// weight in bits 0..16) instead of in `entries`.
const INLINE: u32 = 1 << 31;

#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32) | 1
}

impl LinearModel {
    /// Adds the weights of every feature in `feats` to `scores` (length `n_classes`).
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        if self.slots.is_empty() {
            return;
        }
        let mut found = [0u32; 32];
        for chunk in feats.chunks(32) {
            // First find every feature's entries (independent loads overlap), then add them.
            let mut n = 0;
            for &f in chunk {
                let fp = fingerprint(f);
                let mut i = (f as usize) & self.mask;
                loop {
                    let (k, start) = self.slots[i];
                    if k == fp {
                        found[n] = start;
                        n += 1;
                        break;
                    }
                    if k == 0 {
                        break;
                    }
                    i = (i + 1) & self.mask;
                }
            }
            // Touch every feature's first entry before the dependent accumulation loops, so
            // that the cache misses overlap instead of queueing one after another.
            let mut touch = 0u16;
            for &start in &found[..n] {
                if start & INLINE == 0 {
                    touch ^= self.entries.get(start as usize).map_or(0, |e| e.0);
                }
            }
            std::hint::black_box(touch);
            for &start in &found[..n] {
                if start & INLINE != 0 {
                    let c = ((start >> 16) & 0x7fff) as usize;
                    if let Some(x) = scores.get_mut(c) {
                        *x += start as u16 as i16 as i32;
                    }
                    continue;
                }
                let start = start as usize;
                let len = self.entries.get(start).map_or(0, |e| e.0 as usize);
                for &(c, w) in self.entries.get(start + 1..start + 1 + len).unwrap_or(&[]) {
                    if let Some(x) = scores.get_mut(c as usize) {
                        *x += w as i32;
                    }
                }
            }
        }
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.0 != 0).count()
    }
}

/// Encodes a trained model: `feats` are (key, [(class, weight)]) with distinct keys.
/// Weights are quantised to `i16` with one scale; entries that round to zero are dropped.
///
/// The scale maps the `quantile` (0..=1) of the weight magnitudes to the largest `i16`;
/// larger weights are clamped. Entries whose quantised magnitude is below `min_q` are pruned.
pub fn encode_linear(
    n_classes: usize,
    feats: &[(u64, Vec<(u8, f32)>)],
    quantile: f64,
    min_q: i16,
    out: &mut Vec<u8>,
) {
    let mut mags: Vec<f32> = feats
        .iter()
        .flat_map(|(_, e)| e.iter().map(|x| x.1.abs()))
        .filter(|x| *x > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let max = mags
        .get((mags.len() as f64 * quantile) as usize)
        .or(mags.last())
        .copied()
        .unwrap_or(0.0);
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    let mut sorted: Vec<(u64, Vec<(u8, i16)>)> = feats
        .iter()
        .map(|(k, e)| {
            let q: Vec<(u8, i16)> = e
                .iter()
                .map(|&(c, w)| (c, (w / scale).round().clamp(-32767.0, 32767.0) as i16))
                .filter(|x| x.1 != 0 && x.1.unsigned_abs() >= min_q.unsigned_abs())
                .take(255)
                .collect();
            (*k, q)
        })
        .filter(|(_, e)| !e.is_empty())
        .collect();
    sorted.sort_by_key(|x| x.0);
    sorted.dedup_by_key(|x| x.0);
    out.extend_from_slice(&(n_classes as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
    for (k, _) in &sorted {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for (_, e) in &sorted {
        out.push(e.len() as u8);
    }
    for (_, e) in &sorted {
        for &(c, w) in e {
            out.push(c);
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
}

/// Encodes a string list.
pub fn encode_strings(list: &[String], out: &mut Vec<u8>) {
    out.extend_from_slice(&(list.len() as u32).to_le_bytes());
    for s in list {
        out.extend_from_slice(&(s.len() as u16).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
}

/// A bounds-checked little-endian reader.
pub struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Reads from the start of `b`.
    pub fn new(b: &'a [u8]) -> Self {
        Reader { b, pos: 0 }
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.b.len() - self.pos
    }

    /// The next `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| Error::Internal("syntax weights truncated".into()))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// The next `u32`.
    pub fn u32(&mut self) -> Result<u32> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.bytes(4)?);
        Ok(u32::from_le_bytes(a))
    }

    /// The next string list.
    pub fn strings(&mut self) -> Result<Vec<String>> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let l = self.bytes(2)?;
            let l = u16::from_le_bytes([l[0], l[1]]) as usize;
            let s = std::str::from_utf8(self.bytes(l)?)
                .map_err(|_| Error::Internal("syntax weights: bad string".into()))?;
            v.push(s.to_string());
        }
        Ok(v)
    }

    /// The next linear model.
    pub fn linear(&mut self) -> Result<LinearModel> {
        let n_classes = self.u32()? as usize;
        let _scale = self.u32()?;
        let n = self.u32()? as usize;
        let keys = self.bytes(n.saturating_mul(8))?;
        let lens = self.bytes(n)?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        let entries = self.bytes(total * 3)?;
        // Always at least one empty slot, so probes for absent keys end.
        let cap = (n + n / 3 + 1).next_power_of_two().max(2);
        let mask = cap - 1;
        let mut slots = vec![(0u32, 0u32); cap];
        let mut out = Vec::with_capacity(total + n);
        let mut pos = 0;
        for (k, &len) in keys.chunks_exact(8).zip(lens) {
            let mut a = [0u8; 8];
            a.copy_from_slice(k);
            let key = u64::from_le_bytes(a);
            let mut i = (key as usize) & mask;
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            let es = &entries[pos..pos + 3 * len as usize];
            if len == 1 {
                let w = u16::from_le_bytes([es[1], es[2]]) as u32;
                slots[i] = (fingerprint(key), INLINE | (es[0] as u32) << 16 | w);
            } else {
                slots[i] = (fingerprint(key), out.len() as u32);
                out.push((len as u16, 0));
                for e in es.chunks_exact(3) {
                    out.push((e[0] as u16, i16::from_le_bytes([e[1], e[2]])));
                }
            }
            pos += 3 * len as usize;
        }
        Ok(LinearModel {
            n_classes,
            slots,
            mask,
            entries: out,
        })
    }
}

/// What the training data says about one (lowercased) word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexEntry {
    /// Hash of the set of tags the word takes (0 = unknown word).
    pub amb: u32,
    /// The only tag a frequent word takes ([`NO_TAG`] if none): the tagger assigns it
    /// without scoring.
    pub sure: u16,
}

/// "No sure tag".
pub const NO_TAG: u16 = u16::MAX;

/// An unknown word.
pub const UNKNOWN: LexEntry = LexEntry {
    amb: 0,
    sure: NO_TAG,
};

/// The tagger's word lexicon: lowercased-form hash -> [`LexEntry`], by open addressing.
#[derive(Default)]
pub struct Lexicon {
    slots: Vec<(u64, LexEntry)>,
    mask: usize,
}

impl Lexicon {
    /// Builds a lexicon from (hash, entry) pairs with distinct non-zero hashes.
    pub fn new(entries: &[(u64, LexEntry)]) -> Lexicon {
        let cap = (entries.len() + entries.len() / 2 + 1)
            .next_power_of_two()
            .max(2);
        let mask = cap - 1;
        let mut slots = vec![(0u64, UNKNOWN); cap];
        for &(k, e) in entries {
            let mut i = (k as usize) & mask;
            while slots[i].0 != 0 && slots[i].0 != k {
                i = (i + 1) & mask;
            }
            slots[i] = (k, e);
        }
        Lexicon { slots, mask }
    }

    /// The entry of the word whose lowercased form hashes to `key`.
    #[inline]
    pub fn get(&self, key: u64) -> LexEntry {
        if self.slots.is_empty() || key == 0 {
            return UNKNOWN;
        }
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, e) = self.slots[i];
            if k == key {
                return e;
            }
            if k == 0 {
                return UNKNOWN;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.0 != 0).count()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Encodes a lexicon section.
pub fn encode_lexicon(entries: &[(u64, LexEntry)], out: &mut Vec<u8>) {
    let mut e = entries.to_vec();
    e.sort_by_key(|x| x.0);
    e.dedup_by_key(|x| x.0);
    out.extend_from_slice(&(e.len() as u32).to_le_bytes());
    for (k, x) in &e {
        out.extend_from_slice(&k.to_le_bytes());
        out.extend_from_slice(&x.amb.to_le_bytes());
        out.extend_from_slice(&x.sure.to_le_bytes());
    }
}

/// The tagger: its linear model and its word lexicon.
#[derive(Default)]
pub struct Tagger {
    /// Scores tag classes in the first pass.
    pub model: LinearModel,
    /// Scores them again in the second pass, which sees the first pass's tags on the right
    /// (`n_classes` 0 = no second pass).
    pub model2: LinearModel,
    /// Ambiguity classes and sure tags of known words.
    pub lex: Lexicon,
}

/// Everything the syntax stage loads from the weights file.
pub struct Weights {
    /// Tag classes: (XPOS, UPOS).
    pub tags: Vec<(String, String)>,
    /// Dependency labels.
    pub labels: Vec<String>,
    /// Tagger (classes = `tags`).
    pub tagger: Tagger,
    /// Parser model (classes = transitions, see `parser`).
    pub parser: LinearModel,
}

impl Weights {
    /// Reads a weights file.
    pub fn read(b: &[u8]) -> Result<Weights> {
        let mut r = Reader::new(b);
        if r.bytes(8)? != MAGIC {
            return Err(Error::Internal("syntax weights: bad magic".into()));
        }
        if r.u32()? != VERSION {
            return Err(Error::Internal("syntax weights: unknown version".into()));
        }
        let tags = r
            .strings()?
            .into_iter()
            .map(|s| {
                let (x, u) = s.split_once(' ').unwrap_or((&s, "X"));
                (x.to_string(), u.to_string())
            })
            .collect();
        let labels = r.strings()?;
        let tagger = r.linear()?;
        let parser = r.linear()?;
        let n = r.u32()? as usize;
        let raw = r.bytes(n.saturating_mul(14))?;
        let entries: Vec<(u64, LexEntry)> = raw
            .chunks_exact(14)
            .map(|c| {
                let mut k = [0u8; 8];
                k.copy_from_slice(&c[..8]);
                let amb = u32::from_le_bytes([c[8], c[9], c[10], c[11]]);
                let sure = u16::from_le_bytes([c[12], c[13]]);
                (u64::from_le_bytes(k), LexEntry { amb, sure })
            })
            .collect();
        let model2 = r.linear()?;
        Ok(Weights {
            tags,
            labels,
            tagger: Tagger {
                model: tagger,
                model2,
                lex: Lexicon::new(&entries),
            },
            parser,
        })
    }

    /// An empty model (used when no weights are embedded).
    pub fn empty() -> Weights {
        Weights {
            tags: vec![("XX".into(), "X".into())],
            labels: vec!["dep".into()],
            tagger: Tagger::default(),
            parser: LinearModel::default(),
        }
    }
}

/// Writes a weights file from encoded parts (`lexicon` from [`encode_lexicon`]).
pub fn encode_file(
    tags: &[String],
    labels: &[String],
    tagger: &[u8],
    parser: &[u8],
    lexicon: &[u8],
    tagger2: &[u8],
) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    encode_strings(tags, &mut out);
    encode_strings(labels, &mut out);
    out.extend_from_slice(tagger);
    out.extend_from_slice(parser);
    out.extend_from_slice(lexicon);
    out.extend_from_slice(tagger2);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_linear() {
        let feats = vec![
            (finish(1), vec![(0u8, 1.0f32), (2, -0.5)]),
            (finish(2), vec![(1u8, 0.25f32)]),
        ];
        let mut b = Vec::new();
        encode_linear(3, &feats, 1.0, 0, &mut b);
        let m = Reader::new(&b).linear().unwrap();
        let mut s = [0i32; 3];
        m.score(&[finish(1), finish(2), finish(3)], &mut s);
        assert!(s[0] > 0 && s[1] > 0 && s[2] < 0);
        assert_eq!(m.n_features(), 2);
    }

    #[test]
    fn truncated_is_error() {
        let b = encode_file(&["NN NOUN".into()], &["dep".into()], &[], &[], &[], &[]);
        assert!(Weights::read(&b).is_err());
        assert!(Weights::read(&b[..5]).is_err());
    }
}
