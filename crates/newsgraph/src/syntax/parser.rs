//! A greedy arc-eager transition parser (averaged perceptron) with a dynamic-oracle cost
//! function for training.
//!
//! Classes: 0 = SHIFT, 1 = REDUCE, `2 + 2l` = LEFT-ARC with label `l`, `3 + 2l` = RIGHT-ARC
//! with label `l`. There is no artificial root token: tokens still headless when the buffer
//! is empty are roots, and [`finish_tree`] keeps exactly one of them.

use super::features::{key, key3};
use super::model::LinearModel;

/// No token / no value.
const NONE: u64 = u64::MAX - 1;
/// "No head" in [`State::heads`].
pub const NO_HEAD: u32 = u32::MAX;
/// SHIFT.
pub const SHIFT: usize = 0;
/// REDUCE.
pub const REDUCE: usize = 1;

/// Number of transition classes for `n_labels` labels.
pub fn n_classes(n_labels: usize) -> usize {
    2 + 2 * n_labels
}

/// A parser configuration.
#[derive(Debug, Clone)]
pub struct State {
    /// The stack (token indices, top last).
    pub stack: Vec<u32>,
    /// Front of the buffer.
    pub b: usize,
    /// Number of tokens.
    pub n: usize,
    /// Head of each token (0-based) or [`NO_HEAD`].
    pub heads: Vec<u32>,
    /// Label id of each token's arc.
    pub labels: Vec<u16>,
    in_stack: Vec<bool>,
    ldep: Vec<[u32; 2]>,
    rdep: Vec<[u32; 2]>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    /// The initial configuration for `n` tokens.
    pub fn new(n: usize) -> State {
        State {
            stack: Vec::with_capacity(n),
            b: 0,
            n,
            heads: vec![NO_HEAD; n],
            labels: vec![0; n],
            in_stack: vec![false; n],
            ldep: vec![[NO_HEAD; 2]; n],
            rdep: vec![[NO_HEAD; 2]; n],
            nl: vec![0; n],
            nr: vec![0; n],
            lset: vec![0; n],
            rset: vec![0; n],
        }
    }

    /// True when parsing is over.
    pub fn is_final(&self) -> bool {
        self.b >= self.n
    }

    fn s0(&self) -> Option<usize> {
        self.stack.last().map(|&x| x as usize)
    }

    /// Whether `class` can be applied.
    pub fn legal(&self, class: usize) -> bool {
        if self.is_final() {
            return false;
        }
        match class {
            SHIFT => true,
            REDUCE => self.s0().is_some_and(|s| self.heads[s] != NO_HEAD),
            c if c % 2 == 0 => self.s0().is_some_and(|s| self.heads[s] == NO_HEAD),
            _ => self.s0().is_some(),
        }
    }

    fn add_arc(&mut self, h: usize, d: usize, l: u16) {
        self.heads[d] = h as u32;
        self.labels[d] = l;
        let bit = 1u64 << (l as u64 & 63);
        if d < h {
            let x = &mut self.ldep[h];
            if x[0] == NO_HEAD || (d as u32) < x[0] {
                x[1] = x[0];
                x[0] = d as u32;
            }
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
        } else {
            let x = &mut self.rdep[h];
            if x[0] == NO_HEAD || (d as u32) > x[0] {
                x[1] = x[0];
                x[0] = d as u32;
            }
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
        }
    }

    /// Applies a legal transition.
    pub fn apply(&mut self, class: usize) {
        match class {
            SHIFT => {
                self.in_stack[self.b] = true;
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            REDUCE => {
                if let Some(s) = self.stack.pop() {
                    self.in_stack[s as usize] = false;
                }
            }
            c => {
                let l = ((c - 2) / 2) as u16;
                let Some(s) = self.s0() else { return };
                if c % 2 == 0 {
                    self.add_arc(self.b, s, l);
                    self.stack.pop();
                    self.in_stack[s] = false;
                } else {
                    self.add_arc(s, self.b, l);
                    self.in_stack[self.b] = true;
                    self.stack.push(self.b as u32);
                    self.b += 1;
                }
            }
        }
    }

    /// Dynamic-oracle cost of every class (`u32::MAX` if illegal), given gold heads (`NO_HEAD`
    /// for the root), gold labels and each token's gold dependents.
    pub fn costs(&self, gh: &[u32], gl: &[u16], kids: &[Vec<u32>], out: &mut [u32]) {
        out.iter_mut().for_each(|c| *c = u32::MAX);
        if self.is_final() {
            return;
        }
        let b = self.b;
        let in_buf = |k: u32| k != NO_HEAD && k as usize >= b;
        let head_in_stack = |k: usize| gh[k] != NO_HEAD && self.in_stack[gh[k] as usize];
        // SHIFT: lose arcs between b and the stack.
        let mut c = head_in_stack(b) as u32;
        c += kids[b]
            .iter()
            .filter(|&&k| self.in_stack[k as usize] && self.heads[k as usize] == NO_HEAD)
            .count() as u32;
        out[SHIFT] = c;
        let Some(s) = self.s0() else { return };
        let s_kids_in_buf = kids[s].iter().filter(|&&k| in_buf(k)).count() as u32;
        if self.heads[s] != NO_HEAD {
            out[REDUCE] = s_kids_in_buf;
        }
        let n_labels = (out.len() - 2) / 2;
        if self.heads[s] == NO_HEAD {
            let lose_head = gh[s] != b as u32 && (gh[s] == NO_HEAD || in_buf(gh[s]));
            let base = lose_head as u32 + s_kids_in_buf;
            for l in 0..n_labels {
                out[2 + 2 * l] = base + (gh[s] == b as u32 && gl[s] as usize != l) as u32;
            }
        }
        let lose_head =
            gh[b] != s as u32 && (gh[b] == NO_HEAD || gh[b] as usize > b || head_in_stack(b));
        let lost_kids = kids[b]
            .iter()
            .filter(|&&k| self.in_stack[k as usize] && self.heads[k as usize] == NO_HEAD)
            .count() as u32;
        let base = lose_head as u32 + lost_kids;
        for l in 0..n_labels {
            out[3 + 2 * l] = base + (gh[b] == s as u32 && gl[b] as usize != l) as u32;
        }
    }

    /// Feature keys of this configuration, given per-token word hashes and tag ids.
    pub fn features(&self, words: &[u64], tags: &[u64], out: &mut Vec<u64>) {
        out.clear();
        let n = self.n;
        let w = |x: u32| {
            if (x as usize) < n {
                words[x as usize]
            } else {
                NONE
            }
        };
        let p = |x: u32| {
            if (x as usize) < n {
                tags[x as usize]
            } else {
                NONE
            }
        };
        let lab = |x: u32| {
            if (x as usize) < n && self.heads[x as usize] != NO_HEAD {
                self.labels[x as usize] as u64
            } else {
                NONE
            }
        };
        let s0 = self.stack.last().copied().unwrap_or(NO_HEAD);
        let s1 = if self.stack.len() >= 2 {
            self.stack[self.stack.len() - 2]
        } else {
            NO_HEAD
        };
        let b = self.b as u32;
        let n0 = if self.b < n { b } else { NO_HEAD };
        let n1 = if self.b + 1 < n { b + 1 } else { NO_HEAD };
        let n2 = if self.b + 2 < n { b + 2 } else { NO_HEAD };
        let get = |v: &Vec<[u32; 2]>, x: u32, k: usize| {
            if (x as usize) < n {
                v[x as usize][k]
            } else {
                NO_HEAD
            }
        };
        let hd = |x: u32| {
            if (x as usize) < n {
                self.heads[x as usize]
            } else {
                NO_HEAD
            }
        };
        let s0h = hd(s0);
        let s0h2 = hd(s0h);
        let s0l = get(&self.ldep, s0, 0);
        let s0l2 = get(&self.ldep, s0, 1);
        let s0r = get(&self.rdep, s0, 0);
        let s0r2 = get(&self.rdep, s0, 1);
        let n0l = get(&self.ldep, n0, 0);
        let n0l2 = get(&self.ldep, n0, 1);
        let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0));
        let (n1w, n1p, n2w, n2p) = (w(n1), p(n1), w(n2), p(n2));
        let d = if s0 != NO_HEAD && n0 != NO_HEAD {
            ((n0 - s0) as u64).min(6)
        } else {
            NONE
        };
        let idx = |x: u32| (x as usize) < n;
        let vl = |x: u32| {
            if idx(x) {
                self.nl[x as usize] as u64
            } else {
                NONE
            }
        };
        let vr = |x: u32| {
            if idx(x) {
                self.nr[x as usize] as u64
            } else {
                NONE
            }
        };
        let sl = |x: u32| if idx(x) { self.lset[x as usize] } else { NONE };
        let sr = |x: u32| if idx(x) { self.rset[x as usize] } else { NONE };
        out.extend_from_slice(&[
            key(76, 0, 0),
            key(1, s0w, 0),
            key(2, s0p, 0),
            key(3, s0w, s0p),
            key(4, n0w, 0),
            key(5, n0p, 0),
            key(6, n0w, n0p),
            key(7, n1w, 0),
            key(8, n1p, 0),
            key(9, n1w, n1p),
            key(10, n2w, 0),
            key(11, n2p, 0),
            key(12, n2w, n2p),
            key3(13, s0w ^ s0p.rotate_left(17), n0w, n0p),
            key3(14, s0w, s0p, n0w),
            key3(15, s0w, n0w, n0p),
            key3(16, s0w, s0p, n0p),
            key3(17, s0p, n0w, n0p),
            key(18, s0w, n0w),
            key(19, s0p, n0p),
            key(20, n0p, n1p),
            key3(21, n0p, n1p, n2p),
            key3(22, s0p, n0p, n1p),
            key3(23, p(s0h), s0p, n0p),
            key3(24, s0p, p(s0l), n0p),
            key3(25, s0p, p(s0r), n0p),
            key3(26, s0p, n0p, p(n0l)),
            key(27, s0w, d),
            key(28, s0p, d),
            key(29, n0w, d),
            key(30, n0p, d),
            key3(31, s0w, n0w, d),
            key3(32, s0p, n0p, d),
            key(33, s0w, vr(s0)),
            key(34, s0p, vr(s0)),
            key(35, s0w, vl(s0)),
            key(36, s0p, vl(s0)),
            key(37, n0w, vl(n0)),
            key(38, n0p, vl(n0)),
            key(39, w(s0h), 0),
            key(40, p(s0h), 0),
            key(41, lab(s0), 0),
            key(42, w(s0l), 0),
            key(43, p(s0l), 0),
            key(44, lab(s0l), 0),
            key(45, w(s0r), 0),
            key(46, p(s0r), 0),
            key(47, lab(s0r), 0),
            key(48, w(n0l), 0),
            key(49, p(n0l), 0),
            key(50, lab(n0l), 0),
            key(51, w(s0h2), 0),
            key(52, p(s0h2), 0),
            key(53, lab(s0h), 0),
            key(54, w(s0l2), 0),
            key(55, p(s0l2), 0),
            key(56, lab(s0l2), 0),
            key(57, w(s0r2), 0),
            key(58, p(s0r2), 0),
            key(59, lab(s0r2), 0),
            key(60, w(n0l2), 0),
            key(61, p(n0l2), 0),
            key(62, lab(n0l2), 0),
            key3(63, s0p, p(s0l), p(s0l2)),
            key3(64, s0p, p(s0r), p(s0r2)),
            key3(65, s0p, p(s0h), p(s0h2)),
            key3(66, n0p, p(n0l), p(n0l2)),
            key(67, s0w, sr(s0)),
            key(68, s0p, sr(s0)),
            key(69, s0w, sl(s0)),
            key(70, s0p, sl(s0)),
            key(71, n0w, sl(n0)),
            key(72, n0p, sl(n0)),
            key(73, w(s1), 0),
            key(74, p(s1), 0),
            key3(75, p(s1), s0p, n0p),
            key3(77, (idx(s0) && hd(s0) != NO_HEAD) as u64, s0p, n0p),
            key3(78, lab(s0), s0p, n0p),
            key3(79, s0p, n0p, (self.stack.len() as u64).min(4)),
        ]);
    }
}

/// Makes `heads`/`labels` a tree with exactly one root (head [`NO_HEAD`]): the preferred
/// headless token stays root, the other headless tokens attach to it.
pub fn finish_tree(
    heads: &mut [u32],
    labels: &mut [u16],
    is_punct: &dyn Fn(usize) -> bool,
    is_verb: &dyn Fn(usize) -> bool,
    punct: u16,
    parataxis: u16,
) -> Option<usize> {
    let free: Vec<usize> = (0..heads.len()).filter(|&i| heads[i] == NO_HEAD).collect();
    let root = free
        .iter()
        .copied()
        .find(|&i| is_verb(i))
        .or_else(|| free.iter().copied().find(|&i| !is_punct(i)))
        .or_else(|| free.first().copied())?;
    for &i in &free {
        if i != root {
            heads[i] = root as u32;
            labels[i] = if is_punct(i) { punct } else { parataxis };
        }
    }
    Some(root)
}

/// Parses one sentence greedily; returns heads (0-based, [`NO_HEAD`] for roots) and labels.
pub fn parse(model: &LinearModel, words: &[u64], tags: &[u64], scratch: &mut Scratch) -> State {
    let mut st = State::new(words.len());
    let nc = model.n_classes.max(2);
    scratch.scores.resize(nc, 0);
    while !st.is_final() {
        st.features(words, tags, &mut scratch.feats);
        scratch.scores.iter_mut().for_each(|s| *s = 0);
        model.score(&scratch.feats, &mut scratch.scores);
        let mut best = SHIFT;
        let mut best_score = i32::MIN;
        for (c, &s) in scratch.scores.iter().enumerate() {
            if s > best_score && st.legal(c) {
                best = c;
                best_score = s;
            }
        }
        st.apply(best);
    }
    st
}

/// Reusable buffers for [`parse`].
#[derive(Default)]
pub struct Scratch {
    feats: Vec<u64>,
    scores: Vec<i32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oracle_parse(gh: &[u32], gl: &[u16], n_labels: usize) -> State {
        let n = gh.len();
        let mut kids = vec![Vec::new(); n];
        for (d, &h) in gh.iter().enumerate() {
            if h != NO_HEAD {
                kids[h as usize].push(d as u32);
            }
        }
        let mut st = State::new(n);
        let mut costs = vec![0; n_classes(n_labels)];
        while !st.is_final() {
            st.costs(gh, gl, &kids, &mut costs);
            let c = (0..costs.len())
                .find(|&c| costs[c] == 0 && st.legal(c))
                .unwrap();
            st.apply(c);
        }
        st
    }

    #[test]
    fn oracle_reproduces_projective_trees() {
        // "The cat sat on the mat ." heads: The->cat, cat->sat, sat root, on->mat, the->mat,
        // mat->sat, .->sat
        let gh = [1, 2, NO_HEAD, 5, 5, 2, 2];
        let gl = [0, 1, 0, 2, 0, 3, 4];
        let st = oracle_parse(&gh, &gl, 5);
        assert_eq!(st.heads, gh);
        for (i, &h) in gh.iter().enumerate() {
            if h != NO_HEAD {
                assert_eq!(st.labels[i], gl[i]);
            }
        }
    }

    #[test]
    fn any_transition_sequence_ends_in_one_rooted_tree() {
        let mut seed = 7u64;
        for n in 1..12 {
            for _ in 0..30 {
                let mut st = State::new(n);
                while !st.is_final() {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let legal: Vec<usize> = (0..n_classes(2)).filter(|&c| st.legal(c)).collect();
                    st.apply(legal[(seed >> 33) as usize % legal.len()]);
                }
                let (mut heads, mut labels) = (st.heads.clone(), st.labels.clone());
                let root = finish_tree(&mut heads, &mut labels, &|_| false, &|_| false, 0, 1);
                assert!(root.is_some());
                assert_eq!(heads.iter().filter(|&&h| h == NO_HEAD).count(), 1);
                // Acyclic: every token reaches the root.
                for i in 0..n {
                    let mut x = i;
                    let mut steps = 0;
                    while heads[x] != NO_HEAD {
                        x = heads[x] as usize;
                        steps += 1;
                        assert!(steps <= n);
                    }
                }
            }
        }
    }
}
