//! Greedy left-to-right averaged-perceptron tagger over joint (XPOS, UPOS) classes.

use super::features::{self, Word, UNK};
use super::model::{LexEntry, LinearModel, Tagger, NO_TAG};

/// "No previous tag".
pub const START: u64 = u64::MAX;

/// Tags a sentence: one class id per word.
pub fn tag(t: &Tagger, words: &[Word], feats: &mut Vec<u64>, out: &mut Vec<u16>) {
    let lex: Vec<LexEntry> = words.iter().map(|w| t.lex.get(w.lower)).collect();
    let unknown;
    let words = if lex.iter().any(|e| e.amb == 0) {
        unknown = unknown_words(words, &lex, |_| true);
        &unknown[..]
    } else {
        words
    };
    tag_with(&t.model, words, &lex, None, feats, out);
    if t.model2.n_classes > 0 {
        let first = out.clone();
        tag_with(&t.model2, words, &lex, Some(&first), feats, out);
    }
}

/// The words with the forms of those unknown to the lexicon (and picked by `pick`) replaced
/// by [`UNK`], so that unknown words share the weights learned for them.
pub fn unknown_words(words: &[Word], lex: &[LexEntry], pick: impl Fn(usize) -> bool) -> Vec<Word> {
    let mut ws = words.to_vec();
    for (i, (w, e)) in ws.iter_mut().zip(lex).enumerate() {
        if e.amb == 0 && pick(i) {
            w.form = UNK;
            w.lower = UNK;
        }
    }
    ws
}

/// One pass of [`tag`] with the words' lexicon entries given (training supplies held-out
/// ones); `first` holds the first pass's tags for the second pass.
pub fn tag_with(
    model: &LinearModel,
    words: &[Word],
    lex: &[LexEntry],
    first: Option<&[u16]>,
    feats: &mut Vec<u64>,
    out: &mut Vec<u16>,
) {
    out.clear();
    let nc = model.n_classes.max(1);
    let mut scores = vec![0i32; nc];
    let (mut p1, mut p2) = (START, START);
    let sent = features::sentence_kind(words);
    for i in 0..words.len() {
        let best = if lex[i].sure != NO_TAG {
            lex[i].sure as usize
        } else {
            match first {
                Some(f) => features::tagger2(words, lex, sent, f, i, p1, p2, feats),
                None => features::tagger(words, lex, sent, i, p1, p2, feats),
            }
            scores.iter_mut().for_each(|s| *s = 0);
            model.score(feats, &mut scores);
            let mut best = 0;
            for (c, &s) in scores.iter().enumerate() {
                if s > scores[best] {
                    best = c;
                }
            }
            best
        };
        out.push(best as u16);
        p2 = p1;
        p1 = best as u64;
    }
}
