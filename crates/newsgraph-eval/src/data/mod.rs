//! Loaders for the annotated data sets, laid out like `../shared/eval` (see its README).
//!
//! Every loader reads JSON Lines with serde, checks every character span against its
//! document's text (code points, end exclusive), and reports a malformed line as
//! `file:line: what`, never a panic. Annotations are grouped under their document, in file
//! order, so scorers see one document at a time.

pub mod gum;
pub mod meantime;
pub mod petrarch;
pub mod plover;

use crate::error::{EvalError, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Reads a JSON Lines file: one record per non-blank line, with its 1-based line number.
pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    parse_jsonl(path, &text)
}

/// Parses JSON Lines text read from `path` (the path only names errors).
pub fn parse_jsonl<T: DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<(usize, T)>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec =
            serde_json::from_str(line).map_err(|e| EvalError::parse(path, i + 1, e.to_string()))?;
        out.push((i + 1, rec));
    }
    Ok(out)
}

/// Checks that `start..end` is a span of a text of `len` code points.
pub fn check_span(path: &Path, line: usize, start: usize, end: usize, len: usize) -> Result<()> {
    if start > end || end > len {
        return Err(EvalError::parse(
            path,
            line,
            format!("span {start}..{end} is outside its document ({len} characters)"),
        ));
    }
    Ok(())
}

/// Checks a publication date field so that a bad one is reported where it is written.
pub fn check_date(path: &Path, line: usize, date: &str) -> Result<()> {
    newsgraph::parse_date(date)
        .map(|_| ())
        .map_err(|e| EvalError::parse(path, line, e.to_string()))
}

/// A publication date as `YYYY-MM-DD` (or `YYYYMMDD`, as given). One MEANTIME document
/// (120578, dateline "February 03 , 2009") writes its `dct` day first, `03-02-2009`:
/// `DD-MM-YYYY` is read as such.
pub fn normalize_date(path: &Path, line: usize, date: &str) -> Result<String> {
    let d = date.trim();
    if newsgraph::parse_date(d).is_ok() {
        return Ok(d.to_string());
    }
    let parts: Vec<&str> = d.split('-').collect();
    if let [dd, mm, yyyy] = parts[..] {
        if dd.len() == 2 && mm.len() == 2 && yyyy.len() == 4 {
            let iso = format!("{yyyy}-{mm}-{dd}");
            if newsgraph::parse_date(&iso).is_ok() {
                return Ok(iso);
            }
        }
    }
    check_date(path, line, d).map(|_| d.to_string())
}

/// Code-point length of a text.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Looks up the index of `doc_id` among documents sorted by id.
pub(crate) fn doc_index(
    ids: &std::collections::BTreeMap<String, usize>,
    path: &Path,
    line: usize,
    doc_id: &str,
) -> Result<usize> {
    ids.get(doc_id).copied().ok_or_else(|| {
        EvalError::parse(
            path,
            line,
            format!("unknown doc_id {doc_id:?} (not in documents.jsonl)"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct R {
        a: usize,
    }

    #[test]
    fn jsonl_lines_and_errors_name_file_and_line() {
        let p = Path::new("x.jsonl");
        let ok: Vec<(usize, R)> = parse_jsonl(p, "{\"a\": 1}\n\n{\"a\": 2}\n").unwrap();
        assert_eq!(
            ok.iter().map(|(l, r)| (*l, r.a)).collect::<Vec<_>>(),
            vec![(1, 1), (3, 2)]
        );
        let e = parse_jsonl::<R>(p, "{\"a\": 1}\n{\"a\": \"x\"}\n").unwrap_err();
        assert!(e.to_string().starts_with("x.jsonl:2: "), "{e}");
        let e = parse_jsonl::<R>(p, "not json").unwrap_err();
        assert!(e.to_string().starts_with("x.jsonl:1: "), "{e}");
    }

    #[test]
    fn dates_day_first_are_read() {
        let p = Path::new("f");
        assert_eq!(normalize_date(p, 1, "2009-02-03").unwrap(), "2009-02-03");
        assert_eq!(normalize_date(p, 1, "03-02-2009").unwrap(), "2009-02-03");
        assert!(normalize_date(p, 7, "31-02-2009")
            .unwrap_err()
            .to_string()
            .starts_with("f:7:"));
        assert!(normalize_date(p, 1, "soon").is_err());
    }

    #[test]
    fn spans_are_checked() {
        let p = Path::new("f");
        assert!(check_span(p, 1, 0, 3, 3).is_ok());
        assert!(check_span(p, 1, 2, 1, 3).is_err());
        assert!(check_span(p, 4, 0, 4, 3)
            .unwrap_err()
            .to_string()
            .contains("f:4:"));
    }
}
