//! Tagger and parser throughput on one core, and model load time.
//!
//! `cargo bench -p newsgraph --bench syntax [-- FILE.conllu]` (default: EWT dev from
//! `../shared`, else the seed article's sentences repeated).

use newsgraph::syntax::{self, conllu, features::Word, model, parser, tagger};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| "../../../shared/train/ud_english_ewt/en_ewt-ud-dev.conllu".into());
    let t = Instant::now();
    syntax::warm_up();
    let w: &model::Weights = syntax::weights();
    let load = t.elapsed();
    let sents: Vec<Vec<String>> = match std::fs::read_to_string(&path) {
        Ok(text) => conllu::read(&text)
            .expect("valid CoNLL-U")
            .into_iter()
            .map(|s| s.words.into_iter().map(|w| w.form).collect())
            .collect(),
        Err(_) => {
            let seed = newsgraph::seed::seed().text;
            let one: Vec<Vec<String>> = seed
                .split(". ")
                .map(|s| s.split_whitespace().map(String::from).collect())
                .filter(|s: &Vec<String>| !s.is_empty())
                .collect();
            one.iter().cycle().take(2000).cloned().collect()
        }
    };
    let n: usize = sents.iter().map(Vec::len).sum();
    println!(
        "model load: {:.1} ms ({} bytes of weights)",
        load.as_secs_f64() * 1e3,
        {
            std::fs::metadata("models/syntax.bin")
                .map(|m| m.len())
                .unwrap_or(0)
        }
    );
    println!("{} sentences, {n} tokens ({path})", sents.len());
    let rounds = 3;
    // Tagger alone (features included).
    let mut feats = Vec::new();
    let mut tags = Vec::new();
    let mut tagged: Vec<(Vec<u64>, Vec<u64>)> = Vec::new();
    let t = Instant::now();
    for r in 0..rounds {
        for s in &sents {
            let words: Vec<Word> = s.iter().map(|f| Word::new(f)).collect();
            tagger::tag(&w.tagger, &words, &mut feats, &mut tags);
            if r == 0 {
                tagged.push((
                    words.iter().map(|w| w.lower).collect(),
                    tags.iter().map(|&t| t as u64).collect(),
                ));
            }
        }
    }
    let tag_s = t.elapsed().as_secs_f64() / rounds as f64;
    let mut scratch = parser::Scratch::default();
    let t = Instant::now();
    let mut arcs = 0usize;
    for _ in 0..rounds {
        for (lower, tags) in &tagged {
            let st = parser::parse(&w.parser, lower, tags, &mut scratch);
            arcs += st.heads.len();
        }
    }
    let parse_s = t.elapsed().as_secs_f64() / rounds as f64;
    let t = Instant::now();
    for _ in 0..rounds {
        for s in &sents {
            let forms: Vec<&str> = s.iter().map(String::as_str).collect();
            arcs += syntax::analyse(&forms).len();
        }
    }
    let all_s = t.elapsed().as_secs_f64() / rounds as f64;
    println!("tagger:              {:>9.0} tokens/s", n as f64 / tag_s);
    println!("parser:              {:>9.0} tokens/s", n as f64 / parse_s);
    println!(
        "tagger + parser:     {:>9.0} tokens/s",
        n as f64 / (tag_s + parse_s)
    );
    println!("analyse (+ lemmas):  {:>9.0} tokens/s", n as f64 / all_s);
    assert!(arcs > 0);
}
