//! GUM, Wikinews part: `gum_wikinews/{documents,entity_mentions,attributions,dates}.jsonl`
//! and the gold trees in `conllu/DOC.conllu` (used to find each mention's syntactic head).

use super::{char_len, check_date, check_span, doc_index, read_jsonl};
use crate::error::{EvalError, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One token with its gold syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GumToken {
    /// Sentence index in the document.
    pub sentence: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Universal part of speech (from the CoNLL-U file).
    pub upos: String,
    /// Document-wide index of its head token, `None` for a sentence root.
    pub head: Option<usize>,
}

/// An entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GumEntity {
    /// Coreference cluster.
    #[serde(default)]
    pub cluster: String,
    /// person, organization, place, time, event, abstract, ...
    pub etype: String,
    /// Wikipedia title of the cluster, or empty.
    #[serde(default)]
    pub identity: String,
    /// Covered text.
    #[serde(default)]
    pub text: String,
    /// First token (document-wide index).
    pub tok_start: usize,
    /// Last token, inclusive.
    pub tok_end: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
    /// Filled by the loader: the mention's syntactic head is a proper noun.
    #[serde(skip)]
    pub named: bool,
}

/// An attribution relation: a source and the content attributed to it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GumAttribution {
    /// Text of the source unit ("Professor Eastman said.").
    pub source_text: String,
    /// Code-point span of the source unit.
    pub source_char: (usize, usize),
    /// Text of the content.
    #[serde(default)]
    pub content_text: String,
    /// Code-point span of the content.
    pub content_char: (usize, usize),
    /// positive or negative.
    #[serde(default)]
    pub polarity: String,
}

impl GumAttribution {
    /// Photo credits ("Image: ...") are attributions of a picture, not statements.
    pub fn is_photo_credit(&self) -> bool {
        self.source_text.trim_start().starts_with("Image:")
    }
}

/// A normalised date expression.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GumDate {
    /// Covered text.
    #[serde(default)]
    pub text: String,
    /// Sentence index.
    pub sentence: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
    /// A single value (`2007-03-03`, `2012`, `--10` for "October" of no stated year).
    #[serde(default)]
    pub when: Option<String>,
    /// Range start.
    #[serde(default)]
    pub from: Option<String>,
    /// Range end.
    #[serde(default)]
    pub to: Option<String>,
    /// Lower bound.
    #[serde(default, rename = "notBefore")]
    pub not_before: Option<String>,
    /// Upper bound.
    #[serde(default, rename = "notAfter")]
    pub not_after: Option<String>,
}

/// One GUM document with its annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GumDoc {
    /// Document id.
    pub id: String,
    /// train, dev or test.
    pub split: String,
    /// Headline.
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub pub_date: String,
    /// The text.
    pub text: String,
    /// Tokens with gold syntax.
    pub tokens: Vec<GumToken>,
    /// Entity mentions.
    pub entities: Vec<GumEntity>,
    /// Attribution relations.
    pub attributions: Vec<GumAttribution>,
    /// Date expressions.
    pub dates: Vec<GumDate>,
}

impl GumDoc {
    /// The dateline: the date that spans the whole of sentence 1, the line under the headline
    /// (`Tuesday, September 1, 2015`).
    pub fn dateline(&self) -> Option<(usize, usize)> {
        let s1: Vec<&GumToken> = self.tokens.iter().filter(|t| t.sentence == 1).collect();
        let (first, last) = (s1.first()?, s1.last()?);
        self.dates
            .iter()
            .map(|d| (d.char_start, d.char_end))
            .find(|&(s, e)| s == first.start && e == last.end)
    }

    /// The syntactic head of tokens `first..=last`: the first token whose head lies outside
    /// the span (or that is a root).
    pub fn head_of(&self, first: usize, last: usize) -> Option<usize> {
        (first..=last.min(self.tokens.len().checked_sub(1)?)).find(|&i| match self.tokens[i].head {
            None => true,
            Some(h) => h < first || h > last,
        })
    }
}

/// The GUM data set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gum {
    /// Documents in file order.
    pub docs: Vec<GumDoc>,
}

#[derive(Deserialize)]
struct DocRecord {
    doc_id: String,
    #[serde(default)]
    split: String,
    #[serde(default)]
    title: String,
    pub_date: String,
    text: String,
    tokens: Vec<(usize, usize, String, String, usize, usize)>,
}

#[derive(Deserialize)]
struct WithDoc<T> {
    doc_id: String,
    #[serde(flatten)]
    rec: T,
}

impl Gum {
    /// Reads the JSON Lines files and the CoNLL-U trees under `dir`.
    pub fn load(dir: &Path) -> Result<Gum> {
        let path = dir.join("documents.jsonl");
        let mut docs = Vec::new();
        let mut ids = BTreeMap::new();
        for (line, r) in read_jsonl::<DocRecord>(&path)? {
            check_date(&path, line, &r.pub_date)?;
            let len = char_len(&r.text);
            let mut tokens = Vec::with_capacity(r.tokens.len());
            for &(sentence, _, _, ref upos, s, e) in &r.tokens {
                check_span(&path, line, s, e, len)?;
                tokens.push(GumToken {
                    sentence,
                    start: s,
                    end: e,
                    upos: upos.clone(),
                    head: None,
                });
            }
            let conllu = dir.join("conllu").join(format!("{}.conllu", r.doc_id));
            let trees = read_conllu(&conllu)?;
            if trees.len() != tokens.len() {
                return Err(EvalError::parse(
                    &conllu,
                    0,
                    format!(
                        "{} words, but documents.jsonl has {} tokens",
                        trees.len(),
                        tokens.len()
                    ),
                ));
            }
            for (t, (upos, head)) in tokens.iter_mut().zip(trees) {
                t.upos = upos;
                t.head = head;
            }
            if ids.insert(r.doc_id.clone(), docs.len()).is_some() {
                return Err(EvalError::parse(
                    &path,
                    line,
                    format!("duplicate doc_id {:?}", r.doc_id),
                ));
            }
            docs.push(GumDoc {
                id: r.doc_id,
                split: r.split,
                title: r.title,
                pub_date: r.pub_date,
                text: r.text,
                tokens,
                entities: Vec::new(),
                attributions: Vec::new(),
                dates: Vec::new(),
            });
        }
        let lens: Vec<usize> = docs.iter().map(|d| char_len(&d.text)).collect();

        let path = dir.join("entity_mentions.jsonl");
        for (line, r) in read_jsonl::<WithDoc<GumEntity>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            let mut m = r.rec;
            check_span(&path, line, m.char_start, m.char_end, lens[i])?;
            let d = &docs[i];
            if m.tok_start > m.tok_end || m.tok_end >= d.tokens.len() {
                return Err(EvalError::parse(
                    &path,
                    line,
                    format!(
                        "tokens {}..={} outside the document",
                        m.tok_start, m.tok_end
                    ),
                ));
            }
            m.named = d
                .head_of(m.tok_start, m.tok_end)
                .is_some_and(|h| d.tokens[h].upos == "PROPN");
            docs[i].entities.push(m);
        }
        let path = dir.join("attributions.jsonl");
        for (line, r) in read_jsonl::<WithDoc<GumAttribution>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            let a = r.rec;
            check_span(&path, line, a.source_char.0, a.source_char.1, lens[i])?;
            check_span(&path, line, a.content_char.0, a.content_char.1, lens[i])?;
            docs[i].attributions.push(a);
        }
        let path = dir.join("dates.jsonl");
        for (line, r) in read_jsonl::<WithDoc<GumDate>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            check_span(&path, line, r.rec.char_start, r.rec.char_end, lens[i])?;
            docs[i].dates.push(r.rec);
        }
        Ok(Gum { docs })
    }
}

/// Reads the words of a CoNLL-U file in order: UPOS and the document-wide index of the head
/// (`None` for roots). Multi-word token lines and empty nodes are skipped.
pub fn read_conllu(path: &Path) -> Result<Vec<(String, Option<usize>)>> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    parse_conllu(path, &text)
}

/// Parses CoNLL-U text read from `path` (the path only names errors).
pub fn parse_conllu(path: &Path, text: &str) -> Result<Vec<(String, Option<usize>)>> {
    let mut out = Vec::new();
    let mut sentence_base = 0;
    let mut in_sentence = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            sentence_base += in_sentence;
            in_sentence = 0;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(EvalError::parse(
                path,
                i + 1,
                "expected 10 tab-separated columns",
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let bad = |what: &str| EvalError::parse(path, i + 1, format!("bad {what} {:?}", cols[0]));
        let id: usize = cols[0].parse().map_err(|_| bad("ID"))?;
        if id != in_sentence + 1 {
            return Err(bad("word ID out of order"));
        }
        let head: usize = cols[6].parse().map_err(|_| bad("HEAD of word"))?;
        out.push((
            cols[3].to_string(),
            (head > 0).then(|| sentence_base + head - 1),
        ));
        in_sentence += 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conllu_heads_are_document_wide() {
        let text = "# sent_id = 1\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tNick\tNick\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n2\tBos\tBos\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\twon\twin\tVERB\tVBD\t_\t0\troot\t_\t_\n";
        let w = parse_conllu(Path::new("x.conllu"), text).unwrap();
        assert_eq!(
            w,
            vec![
                ("PROPN".into(), Some(1)),
                ("PROPN".into(), None),
                ("PRON".into(), Some(3)),
                ("VERB".into(), None)
            ]
        );
        let e = parse_conllu(Path::new("x.conllu"), "1\ta\n").unwrap_err();
        assert!(e.to_string().starts_with("x.conllu:1:"), "{e}");
    }

    pub(crate) fn fixture(dir: &Path) {
        std::fs::create_dir_all(dir.join("conllu")).unwrap();
        let w = |name: &str, body: &str| std::fs::write(dir.join(name), body).unwrap();
        // "Bos wins Tuesday, May 5, 2015\n\nBiologist Nick Bos said ants fight on Saturday."
        w(
            "documents.jsonl",
            r#"{"doc_id": "g1", "split": "dev", "title": "Bos wins", "pub_date": "2015-05-05", "text": "Bos wins Tuesday, May 5, 2015\n\nBiologist Nick Bos said ants fight on Saturday.", "tokens": [[0,1,"Bos","PROPN",0,3],[0,2,"wins","VERB",4,8],[1,1,"Tuesday","PROPN",9,16],[1,2,",","PUNCT",16,17],[1,3,"May","PROPN",18,21],[1,4,"5","NUM",22,23],[1,5,",","PUNCT",23,24],[1,6,"2015","NUM",25,29],[2,1,"Biologist","NOUN",31,40],[2,2,"Nick","PROPN",41,45],[2,3,"Bos","PROPN",46,49],[2,4,"said","VERB",50,54],[2,5,"ants","NOUN",55,59],[2,6,"fight","VERB",60,65],[2,7,"on","ADP",66,68],[2,8,"Saturday","PROPN",69,77],[2,9,".","PUNCT",77,78]]}
"#,
        );
        w(
            "conllu/g1.conllu",
            "1\tBos\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twins\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n1\tTuesday\t_\tPROPN\t_\t_\t0\troot\t_\t_\n2\t,\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n3\tMay\t_\tPROPN\t_\t_\t1\tappos\t_\t_\n4\t5\t_\tNUM\t_\t_\t3\tnummod\t_\t_\n5\t,\t_\tPUNCT\t_\t_\t6\tpunct\t_\t_\n6\t2015\t_\tNUM\t_\t_\t3\tnmod\t_\t_\n\n1\tBiologist\t_\tNOUN\t_\t_\t3\tcompound\t_\t_\n2\tNick\t_\tPROPN\t_\t_\t3\tcompound\t_\t_\n3\tBos\t_\tPROPN\t_\t_\t4\tnsubj\t_\t_\n4\tsaid\t_\tVERB\t_\t_\t0\troot\t_\t_\n5\tants\t_\tNOUN\t_\t_\t6\tnsubj\t_\t_\n6\tfight\t_\tVERB\t_\t_\t4\tccomp\t_\t_\n7\ton\t_\tADP\t_\t_\t8\tcase\t_\t_\n8\tSaturday\t_\tPROPN\t_\t_\t6\tobl\t_\t_\n9\t.\t_\tPUNCT\t_\t_\t4\tpunct\t_\t_\n",
        );
        w(
            "entity_mentions.jsonl",
            r#"{"doc_id": "g1", "cluster": "1", "etype": "person", "identity": "", "text": "Bos", "tok_start": 0, "tok_end": 0, "char_start": 0, "char_end": 3}
{"doc_id": "g1", "cluster": "1", "etype": "person", "identity": "", "text": "Biologist Nick Bos", "tok_start": 8, "tok_end": 10, "char_start": 31, "char_end": 49}
{"doc_id": "g1", "cluster": "2", "etype": "animal", "identity": "", "text": "ants", "tok_start": 12, "tok_end": 12, "char_start": 55, "char_end": 59}
"#,
        );
        w(
            "attributions.jsonl",
            r#"{"doc_id": "g1", "polarity": "positive", "source_text": "Biologist Nick Bos said", "source_char": [31, 54], "content_text": "ants fight on Saturday.", "content_char": [55, 78]}
{"doc_id": "g1", "polarity": "positive", "source_text": "Image: X.", "source_char": [0, 3], "content_text": "Bos", "content_char": [0, 3]}
"#,
        );
        w(
            "dates.jsonl",
            r#"{"doc_id": "g1", "text": "Tuesday, May 5, 2015", "sentence": 1, "char_start": 9, "char_end": 29, "when": "2015-05-05"}
{"doc_id": "g1", "text": "Saturday", "sentence": 2, "char_start": 69, "char_end": 77, "when": "2015-05-02"}
"#,
        );
    }

    #[test]
    fn loads_a_small_corpus_and_finds_named_heads() {
        let dir = std::env::temp_dir().join(format!("ng-eval-gum-{}", std::process::id()));
        fixture(&dir);
        let g = Gum::load(&dir).unwrap();
        let d = &g.docs[0];
        assert_eq!(d.split, "dev");
        assert_eq!(d.tokens[0].head, Some(1));
        assert_eq!(d.tokens[10].head, Some(11));
        assert_eq!(d.head_of(8, 10), Some(10));
        assert!(d.entities[0].named && d.entities[1].named && !d.entities[2].named);
        assert_eq!(d.dateline(), Some((9, 29)));
        assert!(d.attributions[1].is_photo_credit() && !d.attributions[0].is_photo_credit());
        // A CoNLL-U file that disagrees with the tokens is an error naming it.
        std::fs::write(
            dir.join("conllu/g1.conllu"),
            "1\tBos\t_\tPROPN\t_\t_\t0\troot\t_\t_\n",
        )
        .unwrap();
        let e = Gum::load(&dir).unwrap_err().to_string();
        assert!(e.contains("g1.conllu") && e.contains("1 words"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}

/// Small hand-made corpus for other modules' tests.
#[cfg(test)]
pub(crate) mod tests_support {
    pub(crate) use super::tests::fixture;
}
