//! Greedy left-to-right averaged-perceptron tagger over joint (XPOS, UPOS) classes.

use super::features::{self, Word};
use super::model::LinearModel;

/// "No previous tag".
pub const START: u64 = u64::MAX;

/// Tags a sentence: one class id per word.
pub fn tag(model: &LinearModel, words: &[Word], feats: &mut Vec<u64>, out: &mut Vec<u16>) {
    out.clear();
    let nc = model.n_classes.max(1);
    let mut scores = vec![0i32; nc];
    let (mut p1, mut p2) = (START, START);
    for i in 0..words.len() {
        features::tagger(words, i, p1, p2, feats);
        scores.iter_mut().for_each(|s| *s = 0);
        model.score(feats, &mut scores);
        let mut best = 0;
        for (c, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = c;
            }
        }
        out.push(best as u16);
        p2 = p1;
        p1 = best as u64;
    }
}
