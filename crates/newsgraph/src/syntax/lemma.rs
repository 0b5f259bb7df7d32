//! Lemmas: an exception lexicon learned from the treebanks (`data/syntax/lemmas.tsv`, lines
//! `form<TAB>xpos<TAB>lemma`, form lowercased) backed by suffix rules per PTB tag.

use once_cell::sync::Lazy;
use std::collections::HashMap;

const LEXICON: &str = include_str!("../../data/syntax/lemmas.tsv");

static TABLE: Lazy<HashMap<(&'static str, &'static str), &'static str>> = Lazy::new(|| {
    LEXICON
        .lines()
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some(((it.next()?, it.next()?), it.next()?))
        })
        .collect()
});

/// Loads the exception lexicon now.
pub fn warm_up() {
    Lazy::force(&TABLE);
}

/// The lemma of `form` tagged `xpos`.
pub fn lemma(form: &str, xpos: &str) -> String {
    if matches!(xpos, "NNP") {
        return form.to_string();
    }
    if xpos == "NNPS" {
        return plural(form).unwrap_or_else(|| form.to_string());
    }
    let lower = form.to_lowercase();
    if let Some(l) = TABLE.get(&(lower.as_str(), xpos)) {
        return l.to_string();
    }
    rule(&lower, xpos).unwrap_or(lower)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Undoes consonant doubling and restores a dropped `e` after stripping -ed/-ing.
fn restore(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
    {
        return stem[..n - 1].to_string();
    }
    let e_endings = [
        "at", "iz", "is", "ur", "us", "uc", "ag", "iv", "av", "ov", "ev", "ar", "c", "g", "u",
        "bl", "pl", "tl", "dl", "gl", "ut", "id", "ud", "od", "ad", "os", "as", "ir", "ok", "ak",
        "ib", "ob", "yz", "ys", "ng", "rs", "ns", "rc", "rg",
    ];
    if n >= 2 && e_endings.iter().any(|e| stem.ends_with(e)) && !stem.ends_with("ing") {
        return format!("{stem}e");
    }
    stem.to_string()
}

fn plural(w: &str) -> Option<String> {
    if w.len() > 4 && w.ends_with("ies") {
        return Some(format!("{}y", &w[..w.len() - 3]));
    }
    for e in ["sses", "xes", "ches", "shes", "zes", "oes"] {
        if w.len() > e.len() + 1 && w.ends_with(e) {
            return Some(w[..w.len() - 2].to_string());
        }
    }
    if w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        return Some(w[..w.len() - 1].to_string());
    }
    None
}

fn rule(w: &str, xpos: &str) -> Option<String> {
    match xpos {
        "NNS" | "VBZ" => plural(w),
        "VBD" | "VBN" => {
            if w.len() > 4 && w.ends_with("ied") {
                Some(format!("{}y", &w[..w.len() - 3]))
            } else if w.len() > 3 && w.ends_with("ed") {
                Some(restore(&w[..w.len() - 2]))
            } else {
                None
            }
        }
        "VBG" => (w.len() > 4 && w.ends_with("ing")).then(|| restore(&w[..w.len() - 3])),
        "JJR" | "RBR" => {
            if w.len() > 4 && w.ends_with("ier") {
                Some(format!("{}y", &w[..w.len() - 3]))
            } else if w.len() > 3 && w.ends_with("er") {
                Some(restore(&w[..w.len() - 2]))
            } else {
                None
            }
        }
        "JJS" | "RBS" => {
            if w.len() > 5 && w.ends_with("iest") {
                Some(format!("{}y", &w[..w.len() - 4]))
            } else if w.len() > 4 && w.ends_with("est") {
                Some(restore(&w[..w.len() - 3]))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The rule-only lemma (used by training to decide what the lexicon must hold).
pub fn rule_lemma(form: &str, xpos: &str) -> String {
    if xpos == "NNP" {
        return form.to_string();
    }
    if xpos == "NNPS" {
        return plural(form).unwrap_or_else(|| form.to_string());
    }
    let lower = form.to_lowercase();
    rule(&lower, xpos).unwrap_or(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(rule_lemma("attacks", "NNS"), "attack");
        assert_eq!(rule_lemma("militias", "NNS"), "militia");
        assert_eq!(rule_lemma("policies", "NNS"), "policy");
        assert_eq!(rule_lemma("warned", "VBD"), "warn");
        assert_eq!(rule_lemma("stopped", "VBD"), "stop");
        assert_eq!(rule_lemma("targeted", "VBN"), "target");
        assert_eq!(rule_lemma("Baghdad", "NNP"), "Baghdad");
        assert_eq!(rule_lemma("The", "DT"), "the");
    }

    #[test]
    fn lexicon_first() {
        assert_eq!(lemma("was", "VBD"), "be");
        assert_eq!(lemma("n't", "RB"), "not");
    }
}
