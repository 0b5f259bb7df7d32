//! Per-token feature values, computed once per token and shared by the tagger and parser.

use super::model::{finish, hash_str, mix};

/// Hashed lexical properties of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Word {
    /// The form as written.
    pub form: u64,
    /// Lowercased form.
    pub lower: u64,
    /// Suffixes of 1..=4 characters (lowercased).
    pub suffix: [u64; 4],
    /// First character.
    pub prefix: u64,
    /// First three characters (lowercased).
    pub prefix3: u64,
    /// Word shape (`Xxxx`, `dd`, ...), runs collapsed to at most two.
    pub shape: u64,
    /// Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 has period.
    pub flags: u64,
}

/// Hash of the sentence boundary pseudo-word.
pub const PAD: u64 = 0x5eed_0000_0000_0001;

impl Word {
    /// Computes the features of `form`.
    pub fn new(form: &str) -> Word {
        let lower = form.to_lowercase();
        // Suffixes are slices of the lowercased form: no allocation per suffix.
        let mut suffix = [0u64; 4];
        let mut ends = lower.char_indices().rev().map(|(i, _)| i);
        let mut last = lower.len();
        for s in suffix.iter_mut() {
            if let Some(i) = ends.next() {
                last = i;
            }
            *s = hash_str(&lower[last..]);
        }
        let prefix = lower.chars().next().map(|c| c as u64).unwrap_or(0);
        let p3 = lower
            .char_indices()
            .nth(3)
            .map(|(i, _)| i)
            .unwrap_or(lower.len());
        let prefix3 = hash_str(&lower[..p3]);
        let mut shape = String::with_capacity(form.len());
        let mut last = ' ';
        let mut run = 0;
        let mut flags = 0u64;
        for c in form.chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                flags |= 4;
                'd'
            } else {
                if c == '-' {
                    flags |= 8;
                }
                if c == '.' {
                    flags |= 16;
                }
                c
            };
            if s == last {
                run += 1;
            } else {
                run = 0;
                last = s;
            }
            if run < 2 {
                shape.push(s);
            }
        }
        if form.chars().next().is_some_and(char::is_uppercase) {
            flags |= 1;
        }
        if form.chars().any(char::is_uppercase) && !form.chars().any(char::is_lowercase) {
            flags |= 2;
        }
        Word {
            form: hash_str(form),
            lower: hash_str(&lower),
            suffix,
            prefix,
            prefix3,
            shape: hash_str(&shape),
            flags,
        }
    }
}

/// Builds feature keys: template id plus values, finished for table lookup.
#[inline]
pub fn key(template: u64, a: u64, b: u64) -> u64 {
    finish(mix(mix(template.wrapping_mul(0x1000_0001), a), b))
}

/// Three-value feature key.
#[inline]
pub fn key3(template: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(template.wrapping_mul(0x1000_0001), a), b), c))
}

/// Tagger features of token `i` given the two previous predicted tags (`u64::MAX` = none).
pub fn tagger(words: &[Word], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let w = &words[i];
    let at = |j: isize| -> &Word {
        static PADW: Word = Word {
            form: PAD,
            lower: PAD,
            suffix: [PAD; 4],
            prefix: PAD,
            prefix3: PAD,
            shape: PAD,
            flags: 0,
        };
        let k = i as isize + j;
        if k < 0 || k as usize >= words.len() {
            &PADW
        } else {
            &words[k as usize]
        }
    };
    out.push(key(0, 0, 0)); // bias
    out.push(key(1, w.form, 0));
    out.push(key(2, w.lower, 0));
    for (k, s) in w.suffix.iter().enumerate() {
        out.push(key(3 + k as u64, *s, 0));
    }
    out.push(key(7, w.prefix, 0));
    out.push(key(8, w.shape, 0));
    out.push(key(9, w.flags, 0));
    out.push(key(10, p1, 0));
    out.push(key(11, p1, p2));
    out.push(key(12, p1, w.lower));
    out.push(key(13, at(-1).lower, 0));
    out.push(key(14, at(-2).lower, 0));
    out.push(key(15, at(1).lower, 0));
    out.push(key(16, at(2).lower, 0));
    out.push(key(17, at(-1).suffix[2], 0));
    out.push(key(18, at(1).suffix[2], 0));
    out.push(key(19, at(1).shape, 0));
    out.push(key(20, at(-1).lower, w.lower));
    out.push(key(21, w.lower, at(1).lower));
    out.push(key(22, p1, at(1).lower));
    out.push(key(23, w.suffix[2], p1));
    out.push(key(24, (i == 0) as u64, w.flags));
    out.push(key(25, at(1).suffix[0], w.lower));
    out.push(key(26, at(-1).flags, w.shape));
    out.push(key(27, w.prefix3, 0));
    out.push(key(28, at(1).form, 0));
    out.push(key(29, at(-1).form, 0));
    out.push(key(30, p1, at(-1).lower));
    out.push(key(31, at(1).suffix[1], p1));
    out.push(key(32, at(-2).lower, at(-1).lower));
    out.push(key(33, at(1).lower, at(2).lower));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_features() {
        let a = Word::new("Baghdad");
        let b = Word::new("baghdad");
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.form, b.form);
        assert_eq!(a.flags & 1, 1);
        assert_eq!(b.flags & 1, 0);
        assert_eq!(Word::new("walked").suffix[1], Word::new("talked").suffix[1]);
        assert_eq!(Word::new("1999").flags & 4, 4);
        assert_eq!(Word::new("Xxxx").shape, Word::new("Abcdefg").shape);
        let _ = Word::new("");
    }

    #[test]
    fn tagger_features_are_deterministic_and_distinct() {
        let ws: Vec<Word> = ["The", "cat", "sat"].iter().map(|w| Word::new(w)).collect();
        let mut a = Vec::new();
        let mut b = Vec::new();
        tagger(&ws, 1, 3, 0, &mut a);
        tagger(&ws, 1, 3, 0, &mut b);
        assert_eq!(a, b);
        let mut s = a.clone();
        s.sort();
        s.dedup();
        assert_eq!(s.len(), a.len());
        tagger(&ws, 0, u64::MAX, u64::MAX, &mut b);
        assert_ne!(a, b);
    }
}
