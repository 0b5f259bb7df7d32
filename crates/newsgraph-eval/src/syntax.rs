//! Tagger and parser scores against a gold CoNLL-U file: UPOS, XPOS, UAS, LAS.
//!
//! Every syntactic word counts, punctuation included (as the CoNLL 2018 scorer does on gold
//! tokenisation); LAS compares the full label, subtype included (`nmod:poss`).

use newsgraph::syntax::conllu::{self, Sentence};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Counts for one data set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyntaxCounts {
    /// Data set name.
    pub name: String,
    /// Sentences.
    pub sentences: usize,
    /// Syntactic words.
    pub words: usize,
    /// Words with the gold UPOS.
    pub upos: usize,
    /// Words with the gold XPOS.
    pub xpos: usize,
    /// Words with the gold head.
    pub uas: usize,
    /// Words with the gold head and label.
    pub las: usize,
}

impl SyntaxCounts {
    /// Percentage of words.
    pub fn pct(&self, x: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * x as f64 / self.words as f64
        }
    }

    fn add(&mut self, o: &SyntaxCounts) {
        self.sentences += o.sentences;
        self.words += o.words;
        self.upos += o.upos;
        self.xpos += o.xpos;
        self.uas += o.uas;
        self.las += o.las;
    }
}

/// Tags and parses the gold tokens of `gold` and counts agreements.
pub fn score(name: &str, gold: &[Sentence]) -> SyntaxCounts {
    let mut c = SyntaxCounts {
        name: name.to_string(),
        ..Default::default()
    };
    for s in gold {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let pred = newsgraph::syntax::analyse(&forms);
        c.sentences += 1;
        for (g, p) in s.words.iter().zip(&pred) {
            c.words += 1;
            c.upos += (g.upos == p.upos) as usize;
            c.xpos += (g.xpos == p.xpos) as usize;
            if g.head == Some(p.head) {
                c.uas += 1;
                c.las += (g.deprel == p.deprel) as usize;
            }
        }
    }
    c
}

fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    conllu::read(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// GUM Wikinews documents of `split` under a data directory laid out like `../shared/eval`.
pub fn gum_split(dir: &Path, split: &str) -> Result<Vec<PathBuf>, String> {
    let gum = dir.join("gum_wikinews");
    let listing = gum.join("documents.jsonl");
    let text =
        std::fs::read_to_string(&listing).map_err(|e| format!("{}: {e}", listing.display()))?;
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", listing.display()))?;
        if v["split"] == split {
            if let Some(id) = v["doc_id"].as_str() {
                out.push(gum.join("conllu").join(format!("{id}.conllu")));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Scores a CoNLL-U file, or the GUM dev and test documents of a data directory.
pub fn run(path: &Path) -> Result<Vec<SyntaxCounts>, String> {
    if path.is_file() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![score(&name, &read(path)?)]);
    }
    let mut out = Vec::new();
    let mut total = SyntaxCounts {
        name: "GUM dev+test".into(),
        ..Default::default()
    };
    for split in ["dev", "test"] {
        let files = gum_split(path, split)?;
        if files.is_empty() {
            continue;
        }
        let mut sents = Vec::new();
        for f in &files {
            sents.extend(read(f)?);
        }
        let c = score(&format!("GUM {split} ({} docs)", files.len()), &sents);
        total.add(&c);
        out.push(c);
    }
    if out.is_empty() {
        return Err(format!(
            "{}: no CoNLL-U file and no GUM dev/test documents",
            path.display()
        ));
    }
    if out.len() > 1 {
        out.push(total);
    }
    Ok(out)
}

/// Renders the scores as a table or JSON.
pub fn render(scores: &[SyntaxCounts], json: bool) -> String {
    if json {
        let v: Vec<serde_json::Value> = scores
            .iter()
            .map(|c| {
                serde_json::json!({
                    "name": c.name,
                    "sentences": c.sentences,
                    "words": c.words,
                    "upos": {"correct": c.upos, "accuracy": c.pct(c.upos)},
                    "xpos": {"correct": c.xpos, "accuracy": c.pct(c.xpos)},
                    "uas": {"correct": c.uas, "accuracy": c.pct(c.uas)},
                    "las": {"correct": c.las, "accuracy": c.pct(c.las)},
                })
            })
            .collect();
        return serde_json::to_string_pretty(&serde_json::json!({ "syntax": v }))
            .unwrap_or_default()
            + "\n";
    }
    let mut s = String::from("syntax (gold tokens; punctuation included; LAS with subtypes)\n");
    s.push_str(&format!(
        "{:<24} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7}\n",
        "data", "sents", "words", "UPOS", "XPOS", "UAS", "LAS"
    ));
    for c in scores {
        s.push_str(&format!(
            "{:<24} {:>6} {:>7} {:>7.2} {:>7.2} {:>7.2} {:>7.2}\n",
            c.name,
            c.sentences,
            c.words,
            c.pct(c.upos),
            c.pct(c.xpos),
            c.pct(c.uas),
            c.pct(c.las)
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_tiny_treebank() {
        let doc = "1\tPompeo\tPompeo\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tIraq\tIraq\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        let s = conllu::read(doc).unwrap();
        let c = score("t", &s);
        assert_eq!(c.words, 4);
        assert!(c.las <= c.uas && c.uas <= c.words);
        let out = render(std::slice::from_ref(&c), true);
        assert!(out.contains("\"uas\""));
        assert!(render(&[c], false).contains("UPOS"));
    }
}
