//! The statement stage's lexicons: reporting verbs and nouns with their speech acts, and
//! multi-word patterns (according to, declining to comment, anonymity, spokespersons).

use crate::model::Act;
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// How a cue expresses its addressee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addressee {
    /// The direct or indirect object ("told X").
    Object,
    /// A `to` phrase ("said to X").
    To,
    /// A `with` phrase ("pleaded with X").
    With,
    /// None.
    None,
}

/// What a cue's content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A governed clause or quotation.
    Clause,
    /// A finite clausal complement only ("thinks that ..."), never an infinitive: cognitive
    /// verbs take infinitives as plans ("hopes to win"), not as reported content.
    Finite,
    /// A nominal object ("denied the report").
    Object,
    /// A governed clause, else a nominal object ("announced that ..." / "announced job cuts").
    Either,
    /// Nothing.
    None,
}

/// One reporting cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The act it performs.
    pub act: Act,
    /// How it takes an addressee.
    pub addressee: Addressee,
    /// What its content is.
    pub content: Content,
}

/// Kinds of multi-word pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhraseKind {
    /// "according to X".
    AccordingTo,
    /// "declined to comment".
    Decline,
    /// "did not respond to a request for comment".
    NoResponse,
    /// "in a statement".
    InStatement,
    /// "familiar with the matter", "asked not to be identified".
    Anonymity,
    /// "spokesperson", "spokesman".
    Spokesperson,
}

struct Lexicon {
    verbs: HashMap<String, Cue>,
    nouns: HashMap<String, Cue>,
    adjectives: HashMap<String, Cue>,
    phrases: Vec<(PhraseKind, Vec<String>)>,
}

fn act(name: &str) -> Option<Act> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// Verb, noun and adjective cues by lemma.
#[derive(Debug, Default)]
struct CueMaps {
    verbs: HashMap<String, Cue>,
    nouns: HashMap<String, Cue>,
    adjectives: HashMap<String, Cue>,
}

fn parse_cues(data: &str) -> Result<CueMaps, String> {
    let mut maps = CueMaps::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [lemma, pos, a, addr, content] = f[..] else {
            return Err(format!("cues.tsv:{}: expected 5 columns", n + 1));
        };
        let cue = Cue {
            act: act(a).ok_or_else(|| format!("cues.tsv:{}: unknown act {a:?}", n + 1))?,
            addressee: match addr {
                "obj" => Addressee::Object,
                "to" => Addressee::To,
                "with" => Addressee::With,
                "-" => Addressee::None,
                x => return Err(format!("cues.tsv:{}: bad addressee {x:?}", n + 1)),
            },
            content: match content {
                "clause" => Content::Clause,
                "finite" => Content::Finite,
                "object" => Content::Object,
                "either" => Content::Either,
                "none" => Content::None,
                x => return Err(format!("cues.tsv:{}: bad content {x:?}", n + 1)),
            },
        };
        match pos {
            "VERB" => maps.verbs.insert(lemma.to_string(), cue),
            "NOUN" => maps.nouns.insert(lemma.to_string(), cue),
            "ADJ" => maps.adjectives.insert(lemma.to_string(), cue),
            x => return Err(format!("cues.tsv:{}: bad pos {x:?}", n + 1)),
        };
    }
    Ok(maps)
}

fn parse_phrases(data: &str) -> Result<Vec<(PhraseKind, Vec<String>)>, String> {
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, pattern) = line
            .split_once('\t')
            .ok_or_else(|| format!("phrases.tsv:{}: expected 2 columns", n + 1))?;
        let kind = match kind {
            "according_to" => PhraseKind::AccordingTo,
            "decline" => PhraseKind::Decline,
            "no_response" => PhraseKind::NoResponse,
            "in_statement" => PhraseKind::InStatement,
            "anonymity" => PhraseKind::Anonymity,
            "spokesperson" => PhraseKind::Spokesperson,
            x => return Err(format!("phrases.tsv:{}: bad kind {x:?}", n + 1)),
        };
        // Tokenise like the text layer does, so "wouldn't" matches "would" + "n't".
        let mut toks = Vec::new();
        crate::text::tokens::tokenize(pattern, 0, pattern.len(), &mut toks);
        out.push((
            kind,
            toks.iter()
                .map(|t| t.form(pattern).to_lowercase())
                .collect::<Vec<String>>(),
        ));
    }
    // Longest patterns first so that matching prefers them.
    out.sort_by_key(|(_, p)| std::cmp::Reverse(p.len()));
    Ok(out)
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let cues = parse_cues(include_str!("../../data/statements/cues.tsv"))
        .unwrap_or_else(|e| panic!("embedded statement lexicon: {e}"));
    let phrases = parse_phrases(include_str!("../../data/statements/phrases.tsv"))
        .unwrap_or_else(|e| panic!("embedded statement lexicon: {e}"));
    Lexicon {
        verbs: cues.verbs,
        nouns: cues.nouns,
        adjectives: cues.adjectives,
        phrases,
    }
});

/// The cue for a verb lemma (or "lemma particle" for phrasal cues such as "point out").
pub fn verb(lemma: &str) -> Option<&'static Cue> {
    LEXICON.verbs.get(lemma)
}

/// The cue for a predicative adjective ("is sure that ...").
pub fn adjective(lemma: &str) -> Option<&'static Cue> {
    LEXICON.adjectives.get(lemma)
}

/// The cue for a noun lemma.
pub fn noun(lemma: &str) -> Option<&'static Cue> {
    LEXICON.nouns.get(lemma)
}

/// The longest pattern of `kind` starting at `words[0]`, as its length in tokens.
pub fn phrase_at(kind: PhraseKind, words: &[&str]) -> Option<usize> {
    LEXICON
        .phrases
        .iter()
        .filter(|(k, _)| *k == kind)
        .find(|(_, p)| p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b))
        .map(|(_, p)| p.len())
}

/// True when any pattern of `kind` occurs in `words`.
pub fn phrase_in(kind: PhraseKind, words: &[&str]) -> bool {
    (0..words.len()).any(|i| phrase_at(kind, &words[i..]).is_some())
}

/// Loads the lexicons now.
pub fn warm_up() {
    Lazy::force(&LEXICON);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_load() {
        assert_eq!(verb("warn").unwrap().act, Act::Warn);
        assert_eq!(verb("tell").unwrap().addressee, Addressee::Object);
        assert_eq!(verb("point out").unwrap().act, Act::Note);
        assert_eq!(noun("warning").unwrap().act, Act::Warn);
        assert_eq!(adjective("sure").unwrap().content, Content::Finite);
        assert!(verb("eat").is_none());
        assert!(adjective("green").is_none());
    }

    #[test]
    fn phrases_match_tokenised_words() {
        let w = ["would", "n't", "comment", "on"];
        assert_eq!(phrase_at(PhraseKind::Decline, &w), Some(3));
        let w = ["a", "person", "familiar", "with", "the", "matter"];
        assert!(phrase_in(PhraseKind::Anonymity, &w));
        assert!(!phrase_in(PhraseKind::Decline, &w));
    }

    #[test]
    fn malformed_rows_are_reported_with_their_line() {
        let e = parse_cues("say\tVERB\tsay\tto\n").unwrap_err();
        assert!(e.contains(":1:"), "{e}");
        let e = parse_cues("# c\nsay\tVERB\tshout\tto\tclause\n").unwrap_err();
        assert!(e.contains(":2:") && e.contains("shout"), "{e}");
    }
}
