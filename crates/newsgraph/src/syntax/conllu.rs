//! Reading and writing CoNLL-U.

use crate::{Error, Result};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// HEAD (0 = root), `None` when `_`.
    pub head: Option<u32>,
    /// DEPREL.
    pub deprel: String,
    /// MISC.
    pub misc: String,
}

/// A line of a sentence block, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A comment (kept verbatim).
    Comment(String),
    /// A multiword-token range line (kept verbatim).
    Range(String),
    /// The index of a word in [`Sentence::words`].
    Word(usize),
}

/// One sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Lines as they appeared (empty nodes are dropped).
    pub lines: Vec<Line>,
    /// The syntactic words.
    pub words: Vec<Word>,
}

fn bad(line: usize, msg: impl std::fmt::Display) -> Error {
    Error::InvalidRecord(format!("CoNLL-U line {line}: {msg}"))
}

/// Reads every sentence of a CoNLL-U document.
pub fn read(conllu: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (k, raw) in conllu.lines().enumerate() {
        let ln = k + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                if cur.words.is_empty() {
                    return Err(bad(ln, "sentence without words"));
                }
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(Line::Comment(line.to_string()));
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 10 {
            return Err(bad(
                ln,
                format!("expected 10 tab-separated fields, found {}", f.len()),
            ));
        }
        let id = f[0];
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let ok = a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok();
            if !ok {
                return Err(bad(ln, format!("bad token range {id:?}")));
            }
            cur.lines.push(Line::Range(line.to_string()));
            continue;
        }
        let id: usize = id.parse().map_err(|_| bad(ln, format!("bad ID {id:?}")))?;
        if id != cur.words.len() + 1 {
            return Err(bad(ln, format!("ID {id} out of sequence")));
        }
        let head = match f[6] {
            "_" => None,
            h => Some(
                h.parse::<u32>()
                    .map_err(|_| bad(ln, format!("bad HEAD {h:?}")))?,
            ),
        };
        cur.lines.push(Line::Word(cur.words.len()));
        cur.words.push(Word {
            form: f[1].to_string(),
            lemma: f[2].to_string(),
            upos: f[3].to_string(),
            xpos: f[4].to_string(),
            head,
            deprel: f[7].to_string(),
            misc: f[9].to_string(),
        });
    }
    if !cur.lines.is_empty() {
        if cur.words.is_empty() {
            return Err(bad(conllu.lines().count(), "sentence without words"));
        }
        out.push(cur);
    }
    for s in &out {
        let n = s.words.len() as u32;
        if let Some(w) = s.words.iter().find(|w| w.head.is_some_and(|h| h > n)) {
            return Err(Error::InvalidRecord(format!(
                "CoNLL-U word {:?}: HEAD beyond the sentence's {n} words",
                w.form
            )));
        }
    }
    Ok(out)
}

/// Re-tags and re-parses the gold tokens of a CoNLL-U document, returning CoNLL-U.
pub fn reparse(conllu: &str) -> Result<String> {
    let sents = read(conllu)?;
    let mut out = String::with_capacity(conllu.len());
    for s in &sents {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let syn = super::analyse(&forms);
        for l in &s.lines {
            match l {
                Line::Comment(c) | Line::Range(c) => {
                    out.push_str(c);
                    out.push('\n');
                }
                Line::Word(i) => {
                    let w = &s.words[*i];
                    let t = &syn[*i];
                    out.push_str(&format!(
                        "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}\n",
                        i + 1,
                        w.form,
                        t.lemma,
                        t.upos,
                        t.xpos,
                        t.head,
                        t.deprel,
                        w.misc
                    ));
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_and_skips_ranges_and_empty_nodes() {
        let s = read(DOC).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 4);
        assert_eq!(s[0].words[2].form, "n't");
    }

    #[test]
    fn malformed_is_typed_error() {
        for bad in [
            "1\tI\n",
            "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
            "1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n",
            "1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n",
            "a-b\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
            "# only a comment\n",
        ] {
            assert!(matches!(read(bad), Err(Error::InvalidRecord(_))), "{bad:?}");
            assert!(reparse(bad).is_err());
        }
    }

    #[test]
    fn reparse_keeps_comments_forms_and_ranges() {
        let out = reparse(DOC).unwrap();
        assert!(out.starts_with("# text = I don't.\n1\tI\t"));
        assert!(out.contains("2-3\tdon't"));
        let again = read(&out).unwrap();
        assert_eq!(again[0].words.len(), 4);
        assert_eq!(
            again[0].words.iter().filter(|w| w.head == Some(0)).count(),
            1
        );
    }
}
