//! Per-token feature values, computed once per token and shared by the tagger and parser.

use super::model::{finish, hash_str, mix, LexEntry, UNKNOWN};
use super::wordnet;

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
    /// Bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 has period,
    /// 32 starts with a lower-case letter.
    pub flags: u64,
    /// WordNet parts of speech ([`wordnet::class`]).
    pub wn: u64,
}

/// Form and lowercased-form hash the tagger gives every word its lexicon lacks.
pub const UNK: u64 = 0x5eed_0000_0000_0002;

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
        if form.chars().next().is_some_and(char::is_lowercase) {
            flags |= 32;
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
            wn: wordnet::class(&lower),
        }
    }
}

/// Second-pass tagger features: [`tagger`]'s plus the first pass's tags around token `i`.
#[allow(clippy::too_many_arguments)]
pub fn tagger2(
    words: &[Word],
    lex: &[LexEntry],
    sent: u64,
    first: &[u16],
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    tagger(words, lex, sent, i, p1, p2, out);
    let t = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= first.len() {
            PAD
        } else {
            first[k as usize] as u64
        }
    };
    let w = &words[i];
    let (t0, r1, r2) = (t(0), t(1), t(2));
    out.push(key(80, t0, 0));
    out.push(key(81, r1, 0));
    out.push(key(82, r1, r2));
    out.push(key(83, p1, r1));
    out.push(key(84, w.lower, r1));
    out.push(key(85, t0, r1));
    out.push(key3(86, p1, t0, r1));
    out.push(key(87, w.suffix[2], r1));
    out.push(key(88, w.lower, t0));
}

/// Sentence-level feature value: 1 when most of its words are capitalised (a headline),
/// 2 when most of its letters are upper case, else 0.
pub fn sentence_kind(words: &[Word]) -> u64 {
    let alpha = words
        .iter()
        .filter(|w| w.flags & 1 != 0 || w.flags & 32 != 0)
        .count();
    let caps = words.iter().filter(|w| w.flags & 1 != 0).count();
    let all = words.iter().filter(|w| w.flags & 2 != 0).count();
    if alpha >= 3 && all * 2 > alpha {
        2
    } else if alpha >= 3 && caps * 3 > alpha * 2 {
        1
    } else {
        0
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
pub fn tagger(
    words: &[Word],
    lex: &[LexEntry],
    sent: u64,
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    let amb = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= lex.len() {
            PAD
        } else {
            let e = lex[k as usize];
            if e == UNKNOWN {
                0
            } else {
                e.amb as u64
            }
        }
    };
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
            wn: PAD,
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
    // Ambiguity classes (tag sets from training) of the word and its neighbours.
    {
        let (a0, a1, a2, am1) = (amb(0), amb(1), amb(2), amb(-1));
        out.push(key(40, a0, 0));
        out.push(key(41, a1, 0));
        out.push(key(42, a2, 0));
        out.push(key(43, am1, p1));
        out.push(key(44, a1, a2));
        out.push(key(45, a0, p1));
        out.push(key(46, a0, a1));
        out.push(key(47, w.lower, a1));
        out.push(key3(48, p1, a0, a1));
    }
    // Suffixes further out; unknown-word suffix and capitalisation.
    {
        out.push(key(50, at(-2).suffix[2], 0));
        out.push(key(51, at(2).suffix[2], 0));
        out.push(key(52, at(1).suffix[3], 0));
        out.push(key(53, at(-1).suffix[1], 0));
        out.push(key(54, w.suffix[3], w.flags));
        out.push(key(55, (i == 0) as u64 | (w.flags & 1) << 1, w.suffix[2]));
    }
    // Second-order tag context.
    {
        out.push(key(60, p2, w.lower));
        out.push(key3(61, p1, p2, w.suffix[2]));
        out.push(key(62, w.prefix3, w.suffix[2]));
    }
    // Capitalisation in context and headline sentences.
    {
        out.push(key(70, at(1).flags & 3, w.flags & 3));
        out.push(key3(71, at(-1).flags & 3, w.flags & 3, at(1).flags & 3));
        out.push(key(72, sent, w.flags | ((i == 0) as u64) << 8));
        out.push(key(73, sent, w.lower));
    }
    // Suffix-context and shape conjunctions.
    {
        out.push(key(90, w.suffix[2], at(1).lower));
        out.push(key(91, w.suffix[2], at(-1).lower));
        out.push(key3(92, p1, w.shape, at(1).shape));
        out.push(key(93, amb(1), w.suffix[1]));
        out.push(key(94, w.lower, at(2).lower));
    }
    // WordNet's parts of speech, which reach words the treebanks never show.
    {
        out.push(key(100, w.wn, 0));
        out.push(key(101, w.wn, p1));
        out.push(key(102, w.wn, w.flags & 3 | ((i == 0) as u64) << 2));
        out.push(key(103, at(1).wn, 0));
        out.push(key3(104, p1, w.wn, amb(1)));
        out.push(key(105, w.wn, w.suffix[1]));
    }
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
        let lex = [UNKNOWN; 3];
        let mut a = Vec::new();
        let mut b = Vec::new();
        tagger(&ws, &lex, 0, 1, 3, 0, &mut a);
        tagger(&ws, &lex, 0, 1, 3, 0, &mut b);
        assert_eq!(a, b);
        let mut s = a.clone();
        s.sort();
        s.dedup();
        assert_eq!(s.len(), a.len());
        tagger(&ws, &lex, 0, 0, u64::MAX, u64::MAX, &mut b);
        assert_ne!(a, b);
    }
}
