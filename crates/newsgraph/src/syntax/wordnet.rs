//! The parts of speech WordNet 3.0 allows a word, a tagger feature that reaches words the
//! treebanks never show ("troop" is a noun or a verb, never an adjective).

use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// `data/syntax/wordnet-pos.tsv` (see `data/syntax/README.md`).
const DATA: &str = include_str!("../../data/syntax/wordnet-pos.tsv");

/// Lemma of a noun.
pub const NOUN: u64 = 1;
/// Lemma of a verb.
pub const VERB: u64 = 2;
/// Lemma of an adjective.
pub const ADJ: u64 = 4;
/// Lemma of an adverb.
pub const ADV: u64 = 8;
/// Irregular noun form ("children").
pub const NOUN_FORM: u64 = 16;
/// Irregular verb form ("went").
pub const VERB_FORM: u64 = 32;
/// Irregular adjective form ("better").
pub const ADJ_FORM: u64 = 64;
/// `-s` on a noun (a plural).
pub const PLURAL: u64 = 128;
/// `-s` on a verb (third person singular).
pub const THIRD: u64 = 256;
/// `-ed` on a verb.
pub const PAST: u64 = 512;
/// `-ing` on a verb.
pub const GERUND: u64 = 1024;
/// `-er`/`-est` on an adjective.
pub const DEGREE: u64 = 2048;
/// `-ly` on an adjective.
pub const LY: u64 = 4096;
/// Found through the last part of a hyphenated word.
pub const HYPHEN: u64 = 8192;

/// FNV-1a: the table's keys are short, and SipHash would cost more than the lookup saves.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

static TABLE: Lazy<HashMap<&'static str, u8, BuildHasherDefault<Fnv>>> = Lazy::new(|| {
    DATA.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| {
            let bits = c.bytes().fold(0u8, |m, b| {
                m | match b {
                    b'n' => NOUN,
                    b'v' => VERB,
                    b'a' => ADJ,
                    b'r' => ADV,
                    b'N' => NOUN_FORM,
                    b'V' => VERB_FORM,
                    b'A' => ADJ_FORM,
                    _ => 0,
                } as u8
            });
            (w, bits)
        })
        .collect()
});

/// Loads the table now.
pub fn warm_up() {
    Lazy::force(&TABLE);
}

fn lemma(w: &str) -> u64 {
    TABLE.get(w).copied().unwrap_or(0) as u64
}

/// Lemma classes of the stems left by removing `suffix` from `w`: the bare stem, the stem
/// plus `e` ("used"), the stem without a doubled final consonant ("stopped") and `i` -> `y`
/// ("tried").
fn stems(w: &str, suffix: &str) -> u64 {
    let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() >= 2) else {
        return 0;
    };
    let mut m = lemma(stem);
    let b = stem.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
        m |= lemma(&stem[..stem.len() - 1]);
    }
    if suffix.starts_with(['e', 'i']) {
        m |= lemma_plus(stem, b'e');
    }
    if let Some(s) = stem.strip_suffix('i') {
        m |= lemma_plus(s, b'y');
    }
    m
}

/// [`lemma`] of `stem` followed by one ASCII letter, built on the stack (this runs for every
/// token).
fn lemma_plus(stem: &str, letter: u8) -> u64 {
    let mut buf = [0u8; 48];
    let n = stem.len();
    if n >= buf.len() {
        return 0;
    }
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = letter;
    std::str::from_utf8(&buf[..=n]).map_or(0, lemma)
}

/// The WordNet classes of a lowercased word: its own lemma classes and those its regular
/// inflections point to (bit set of the constants above; 0 = not in WordNet).
pub fn class(lower: &str) -> u64 {
    if lower.is_empty() || !lower.is_ascii() {
        return 0;
    }
    let mut m = lemma(lower);
    let s = stems(lower, "s") | stems(lower, "es");
    m |= if s & NOUN != 0 { PLURAL } else { 0 } | if s & VERB != 0 { THIRD } else { 0 };
    if stems(lower, "ed") & VERB != 0 {
        m |= PAST;
    }
    if stems(lower, "ing") & VERB != 0 {
        m |= GERUND;
    }
    if (stems(lower, "er") | stems(lower, "est")) & ADJ != 0 {
        m |= DEGREE;
    }
    if stems(lower, "ly") & ADJ != 0 {
        m |= LY;
    }
    if m == 0 {
        if let Some((_, last)) = lower.rsplit_once('-') {
            let l = class(last);
            if l != 0 {
                m = l | HYPHEN;
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_and_inflections() {
        assert_eq!(class("troop") & (NOUN | ADJ), NOUN);
        assert_ne!(class("troops") & PLURAL, 0);
        assert_ne!(class("vowed") & PAST, 0);
        assert_ne!(class("stopped") & PAST, 0);
        assert_ne!(class("tried") & PAST, 0);
        assert_ne!(class("used") & PAST, 0);
        assert_ne!(class("making") & GERUND, 0);
        assert_ne!(class("went") & VERB_FORM, 0);
        assert_ne!(class("larger") & DEGREE, 0);
        assert_ne!(class("quickly") & (ADV | LY), 0);
        assert_ne!(class("iran-backed") & HYPHEN, 0);
        assert_eq!(class("kadhimi"), 0);
        assert_eq!(class(""), 0);
        assert_eq!(class("été"), 0);
    }
}
