//! NewsReader MEANTIME (English): `meantime/{documents,timex3,entity_mentions,events}.jsonl`.
//!
//! The text is the tokens joined by single spaces. Only the title (sentence 0), the dateline
//! (sentence 1) and the first sentences up to `window_max_sentence` are fully annotated, so
//! [`MtDoc::sentence_at`] maps a character offset of ours to a MEANTIME sentence number.

use super::{char_len, check_span, doc_index, normalize_date, read_jsonl};
use crate::error::{EvalError, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One token: its code-point span in the space-joined text and its sentence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MtToken {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// MEANTIME sentence number (0 = title, 1 = dateline).
    pub sentence: usize,
}

/// A TIMEX3 annotation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MtTimex {
    /// Annotation id.
    pub m_id: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
    /// `CREATION_TIME` for the dateline, else `NONE`.
    #[serde(default)]
    pub function: String,
    /// Covered text.
    #[serde(default)]
    pub text: String,
    /// Sentence number (absent for empty timexes).
    #[serde(default)]
    pub sentence: Option<usize>,
    /// First code point (absent for empty timexes).
    #[serde(default)]
    pub char_start: Option<usize>,
    /// One past the last code point.
    #[serde(default)]
    pub char_end: Option<usize>,
    /// True for timexes with no text.
    #[serde(default)]
    pub empty: bool,
    /// Inside the fully annotated window.
    pub in_window: bool,
}

/// An entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MtEntity {
    /// Annotation id.
    pub m_id: String,
    /// Covered text.
    #[serde(default)]
    pub text: String,
    /// Sentence number.
    pub sentence: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
    /// NAM, NOM, PRO, PRE.NAM, ... (empty when not given).
    #[serde(default)]
    pub syntactic_type: String,
    /// PER, ORG, LOC, PRO, FIN, MIX (absent for some).
    #[serde(default)]
    pub ent_type: Option<String>,
    /// Inside the fully annotated window.
    pub in_window: bool,
}

/// A participant of an event mention.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MtParticipant {
    /// PropBank role (Arg0, Arg1, ...).
    pub role: String,
    /// Covered text.
    #[serde(default)]
    pub text: String,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
}

/// An event mention.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MtEvent {
    /// Annotation id.
    pub m_id: String,
    /// Covered text (the predicate).
    #[serde(default)]
    pub text: String,
    /// SPEECH_COGNITIVE, GRAMMATICAL or OTHER.
    #[serde(default)]
    pub class: Option<String>,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
    /// Its participants with their roles.
    #[serde(default)]
    pub participants: Vec<MtParticipant>,
    /// Inside the fully annotated window.
    pub in_window: bool,
}

/// One MEANTIME document with its annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MtDoc {
    /// Document id.
    pub id: String,
    /// Publication date (`dct`), `YYYY-MM-DD`.
    pub dct: String,
    /// The title: the tokens of sentence 0.
    pub title: String,
    /// Tokens joined by single spaces.
    pub text: String,
    /// Last fully annotated sentence.
    pub window_max_sentence: usize,
    /// Tokens in order.
    pub tokens: Vec<MtToken>,
    /// TIMEX3 annotations.
    pub timexes: Vec<MtTimex>,
    /// Entity mentions.
    pub entities: Vec<MtEntity>,
    /// Event mentions.
    pub events: Vec<MtEvent>,
}

impl MtDoc {
    /// The MEANTIME sentence holding code point `at`: that of the token containing it, or of
    /// the next token when `at` falls on a space; `None` past the last token.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.end <= at);
        self.tokens.get(i).map(|t| t.sentence)
    }

    /// True when a span starting at `start` lies in the annotated window.
    pub fn in_window(&self, start: usize) -> bool {
        self.sentence_at(start)
            .is_some_and(|s| s <= self.window_max_sentence)
    }

    /// The span of the dateline: the `CREATION_TIME` timex, else the timex covering sentence 1
    /// (two documents mark their dateline without the function).
    pub fn dateline(&self) -> Option<(usize, usize)> {
        let span = |t: &MtTimex| t.char_start.zip(t.char_end);
        self.timexes
            .iter()
            .find(|t| t.function == "CREATION_TIME" && !t.empty)
            .and_then(span)
            .or_else(|| {
                let s1: Vec<&MtToken> = self.tokens.iter().filter(|t| t.sentence == 1).collect();
                let (first, last) = (s1.first()?, s1.last()?);
                self.timexes
                    .iter()
                    .filter(|t| !t.empty)
                    .filter_map(span)
                    .find(|&(s, e)| s == first.start && e == last.end)
            })
    }
}

/// The MEANTIME data set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meantime {
    /// Documents in file order.
    pub docs: Vec<MtDoc>,
}

#[derive(Deserialize)]
struct DocRecord {
    doc_id: String,
    dct: String,
    window_max_sentence: usize,
    text: String,
    tokens: Vec<(serde_json::Value, usize, String)>,
}

#[derive(Deserialize)]
struct WithDoc<T> {
    doc_id: String,
    #[serde(flatten)]
    rec: T,
}

impl Meantime {
    /// Reads `dir/{documents,timex3,entity_mentions,events}.jsonl`.
    pub fn load(dir: &Path) -> Result<Meantime> {
        let path = dir.join("documents.jsonl");
        let mut docs = Vec::new();
        let mut ids = BTreeMap::new();
        for (line, r) in read_jsonl::<DocRecord>(&path)? {
            let dct = normalize_date(&path, line, &r.dct)?;
            let tokens = token_spans(&r.text, &r.tokens)
                .map_err(|msg| EvalError::parse(&path, line, msg))?;
            let title = r
                .tokens
                .iter()
                .filter(|t| t.1 == 0)
                .map(|t| t.2.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if ids.insert(r.doc_id.clone(), docs.len()).is_some() {
                return Err(EvalError::parse(
                    &path,
                    line,
                    format!("duplicate doc_id {:?}", r.doc_id),
                ));
            }
            docs.push(MtDoc {
                id: r.doc_id,
                dct,
                title,
                text: r.text,
                window_max_sentence: r.window_max_sentence,
                tokens,
                timexes: Vec::new(),
                entities: Vec::new(),
                events: Vec::new(),
            });
        }
        let lens: Vec<usize> = docs.iter().map(|d| char_len(&d.text)).collect();

        let path = dir.join("timex3.jsonl");
        for (line, r) in read_jsonl::<WithDoc<MtTimex>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            let t = r.rec;
            match (t.char_start, t.char_end) {
                (Some(s), Some(e)) => check_span(&path, line, s, e, lens[i])?,
                _ if t.empty => {}
                _ => {
                    return Err(EvalError::parse(
                        &path,
                        line,
                        "non-empty timex without char_start/char_end",
                    ))
                }
            }
            docs[i].timexes.push(t);
        }
        let path = dir.join("entity_mentions.jsonl");
        for (line, r) in read_jsonl::<WithDoc<MtEntity>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            check_span(&path, line, r.rec.char_start, r.rec.char_end, lens[i])?;
            docs[i].entities.push(r.rec);
        }
        let path = dir.join("events.jsonl");
        for (line, r) in read_jsonl::<WithDoc<MtEvent>>(&path)? {
            let i = doc_index(&ids, &path, line, &r.doc_id)?;
            check_span(&path, line, r.rec.char_start, r.rec.char_end, lens[i])?;
            for p in &r.rec.participants {
                check_span(&path, line, p.char_start, p.char_end, lens[i])?;
            }
            docs[i].events.push(r.rec);
        }
        Ok(Meantime { docs })
    }
}

/// Code-point spans of tokens joined by single spaces; errors when they do not spell `text`.
fn token_spans(
    text: &str,
    tokens: &[(serde_json::Value, usize, String)],
) -> std::result::Result<Vec<MtToken>, String> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut at = 0;
    let mut rest = text;
    for (k, (_, sentence, form)) in tokens.iter().enumerate() {
        if k > 0 {
            rest = rest
                .strip_prefix(' ')
                .ok_or_else(|| format!("text does not match tokens at token {}", k + 1))?;
            at += 1;
        }
        rest = rest
            .strip_prefix(form.as_str())
            .ok_or_else(|| format!("text does not match token {} {form:?}", k + 1))?;
        let n = char_len(form);
        out.push(MtToken {
            start: at,
            end: at + n,
            sentence: *sentence,
        });
        at += n;
    }
    if !rest.is_empty() {
        return Err("text is longer than its tokens".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, body: &str) {
        std::fs::write(dir.join(name), body).unwrap();
    }

    pub(crate) fn fixture(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        write(
            dir,
            "documents.jsonl",
            r#"{"doc_id": "d1", "dct": "2008-03-01", "window_max_sentence": 2, "text": "Boeing wins March 01 , 2008 Boeing said on Friday . Later text .", "tokens": [["1",0,"Boeing"],["2",0,"wins"],["3",1,"March"],["4",1,"01"],["5",1,","],["6",1,"2008"],["7",2,"Boeing"],["8",2,"said"],["9",2,"on"],["10",2,"Friday"],["11",2,"."],["12",3,"Later"],["13",3,"text"],["14",3,"."]]}
"#,
        );
        write(
            dir,
            "timex3.jsonl",
            r#"{"doc_id": "d1", "m_id": "1", "type": "DATE", "value": "2008-03-01", "function": "CREATION_TIME", "text": "March 01 , 2008", "sentence": 1, "char_start": 12, "char_end": 27, "empty": false, "in_window": true}
{"doc_id": "d1", "m_id": "2", "type": "DATE", "value": "2008-02-29", "function": "NONE", "text": "Friday", "sentence": 2, "char_start": 43, "char_end": 49, "empty": false, "in_window": true}
{"doc_id": "d1", "m_id": "3", "type": "DATE", "value": "PAST_REF", "function": "NONE", "text": "", "sentence": null, "char_start": null, "char_end": null, "empty": true, "in_window": false}
"#,
        );
        write(
            dir,
            "entity_mentions.jsonl",
            r#"{"doc_id": "d1", "m_id": "5", "text": "Boeing", "sentence": 0, "char_start": 0, "char_end": 6, "syntactic_type": "NAM", "ent_type": "ORG", "in_window": true}
{"doc_id": "d1", "m_id": "6", "text": "Boeing", "sentence": 2, "char_start": 28, "char_end": 34, "syntactic_type": "NAM", "ent_type": "ORG", "in_window": true}
"#,
        );
        write(
            dir,
            "events.jsonl",
            r#"{"doc_id": "d1", "m_id": "9", "text": "said", "class": "SPEECH_COGNITIVE", "char_start": 35, "char_end": 39, "participants": [{"role": "Arg0", "text": "Boeing", "char_start": 28, "char_end": 34}], "in_window": true}
"#,
        );
    }

    #[test]
    fn loads_a_small_corpus() {
        let dir = std::env::temp_dir().join(format!("ng-eval-mt-{}", std::process::id()));
        fixture(&dir);
        let mt = Meantime::load(&dir).unwrap();
        let d = &mt.docs[0];
        assert_eq!(d.title, "Boeing wins");
        assert_eq!(
            d.tokens[2],
            MtToken {
                start: 12,
                end: 17,
                sentence: 1
            }
        );
        assert_eq!(
            (d.timexes.len(), d.entities.len(), d.events.len()),
            (3, 2, 1)
        );
        assert_eq!(d.dateline(), Some((12, 27)));
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(6), Some(0)); // the space before "wins"
        assert_eq!(d.sentence_at(28), Some(2));
        assert!(d.in_window(43));
        assert!(!d.in_window(52)); // "Later", sentence 3
        assert_eq!(d.sentence_at(1000), None);

        // A span outside the text is reported with file and line.
        write(
            &dir,
            "entity_mentions.jsonl",
            "{\"doc_id\": \"d1\", \"m_id\": \"5\", \"sentence\": 0, \"char_start\": 0, \"char_end\": 900, \"in_window\": true}\n",
        );
        let e = Meantime::load(&dir).unwrap_err().to_string();
        assert!(
            e.contains("entity_mentions.jsonl:1:") && e.contains("outside"),
            "{e}"
        );
        // An unknown document too.
        write(
            &dir,
            "entity_mentions.jsonl",
            "{\"doc_id\": \"zz\", \"m_id\": \"5\", \"sentence\": 0, \"char_start\": 0, \"char_end\": 1, \"in_window\": true}\n",
        );
        let e = Meantime::load(&dir).unwrap_err().to_string();
        assert!(e.contains("unknown doc_id"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn tokens_must_spell_the_text() {
        let toks = vec![
            (serde_json::json!("1"), 0, "a".to_string()),
            (serde_json::json!("2"), 0, "b".to_string()),
        ];
        assert!(token_spans("a b", &toks).is_ok());
        assert!(token_spans("a  b", &toks).is_err());
        assert!(token_spans("a b c", &toks).is_err());
    }
}

/// Small hand-made corpus for other modules' tests.
#[cfg(test)]
pub(crate) mod tests_support {
    pub(crate) use super::tests::fixture;
}
