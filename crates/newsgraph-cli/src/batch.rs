//! `newsgraph batch`: JSON Lines in, one document per line out, in input order, in bounded
//! memory. A bad record becomes an error line; the run goes on.

use newsgraph::{Article, Document, Error, Extractor};
use std::io::{BufRead, IsTerminal, Write};
use std::time::Instant;

/// Counts of a finished batch run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Records read.
    pub records: usize,
    /// Records that failed (each reported as an error line).
    pub errors: usize,
}

/// One input record: the article, or why it could not be read, with its line number and id.
struct Record {
    line: usize,
    id: Option<String>,
    article: Result<Article, Error>,
}

/// The `id` of a record that failed to load, when the line is JSON with one.
fn salvage_id(line: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    match v.get("id")? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// The error line written in place of a document: `{"id", "line", "error": {code, message}}`.
pub fn error_line(id: Option<&str>, line_no: usize, e: &Error) -> String {
    serde_json::json!({
        "id": id,
        "line": line_no,
        "error": {"code": e.code(), "message": e.to_string()},
    })
    .to_string()
}

fn read_records<R: BufRead + Send>(reader: R) -> impl Iterator<Item = Record> + Send {
    let mut reader = reader;
    let mut line_no = 0usize;
    std::iter::from_fn(move || loop {
        let mut buf = Vec::new();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                line_no += 1;
                return Some(Record {
                    line: line_no,
                    id: None,
                    article: Err(Error::Io {
                        path: "input".into(),
                        source: e,
                    }),
                });
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let (article, id) = match newsgraph::text::input::decode_utf8(&buf) {
            Ok(s) => match Article::from_json_record(s.trim_end()) {
                Ok(a) => {
                    let id = a.id.clone();
                    (Ok(a), id)
                }
                Err(e) => (Err(e), salvage_id(s)),
            },
            Err(e) => (Err(e), None),
        };
        return Some(Record {
            line: line_no,
            id,
            article,
        });
    })
}

/// Runs a batch from `reader` to `out`; progress goes to stderr when it is a terminal.
pub fn run<R: BufRead + Send, W: Write>(
    extractor: &Extractor,
    reader: R,
    out: &mut W,
) -> std::io::Result<Summary> {
    let progress = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut io_error = None;
    let records = read_records(reader);
    newsgraph::parallel::map_ordered(
        records,
        extractor.threads(),
        |r: Record| {
            let result: Result<Document, Error> = r.article.and_then(|a| extractor.extract(&a));
            match result {
                Ok(doc) => Ok(doc.to_json()),
                Err(e) => Err(error_line(r.id.as_deref(), r.line, &e)),
            }
        },
        |line| {
            summary.records += 1;
            let text = match line {
                Ok(json) => json,
                Err(err) => {
                    summary.errors += 1;
                    err
                }
            };
            if io_error.is_none() {
                if let Err(e) = writeln!(out, "{text}") {
                    io_error = Some(e);
                }
            }
            if progress && summary.records % 50 == 0 {
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "\r{} records, {} errors, {:.0} records/s",
                    summary.records,
                    summary.errors,
                    summary.records as f64 / secs
                );
            }
        },
    );
    if progress {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "\r{} records, {} errors, {:.0} records/s, {:.1} s",
            summary.records,
            summary.errors,
            summary.records as f64 / secs,
            secs
        );
    }
    match io_error {
        Some(e) => Err(e),
        None => out.flush().map(|_| summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a batch over `input` on `threads` threads: its summary and its output lines.
    fn run_lines(input: &str, threads: usize) -> (Summary, Vec<serde_json::Value>) {
        let ex = Extractor::builder().threads(threads).build().unwrap();
        let mut out = Vec::new();
        let s = run(&ex, input.as_bytes(), &mut out).unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (s, lines)
    }

    #[test]
    fn bad_records_become_error_lines_in_order() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"The minister resigned on Friday.\"}\n",
            "not json\n",
            "\n",
            "{\"id\": \"c\", \"text\": \"\"}\n",
            "{\"id\": \"d\", \"text\": \"Rain fell.\", \"published\": \"2020-02-30\"}\n",
            "{\"id\": \"e\", \"text\": \"Rain fell again.\"}\n",
        );
        let (s, lines) = run_lines(input, 2);
        assert_eq!(
            s,
            Summary {
                records: 5,
                errors: 3
            }
        );
        assert_eq!(lines[0]["meta"]["id"], "a");
        assert_eq!(lines[1]["error"]["code"], "invalid_json");
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[2]["id"], "c");
        assert_eq!(lines[2]["error"]["code"], "empty_text");
        assert_eq!(lines[3]["error"]["code"], "invalid_date");
        assert_eq!(lines[4]["meta"]["id"], "e");
    }

    #[test]
    fn long_stream_keeps_order_around_bad_records_in_the_middle() {
        let bad = [97usize, 150, 151];
        let input: String = (0..300)
            .map(|i| {
                if bad.contains(&i) {
                    format!("{{\"id\": \"r{i}\", \"text\": \"\"}}\n")
                } else {
                    format!(
                        "{{\"id\": \"r{i}\", \"text\": \"Report {i}. Police said it rained.\"}}\n"
                    )
                }
            })
            .collect();
        let (s, lines) = run_lines(&input, 3);
        assert_eq!(
            s,
            Summary {
                records: 300,
                errors: 3
            }
        );
        assert_eq!(lines.len(), 300);
        for (i, v) in lines.iter().enumerate() {
            if bad.contains(&i) {
                assert_eq!(v["id"], format!("r{i}"));
                assert_eq!(v["line"], i + 1);
                assert_eq!(v["error"]["code"], "empty_text");
            } else {
                assert_eq!(v["meta"]["id"], format!("r{i}"), "line {i}");
            }
        }
    }

    #[test]
    fn invalid_utf8_record_is_reported() {
        let mut input = b"{\"id\": \"a\", \"text\": \"caf".to_vec();
        input.extend_from_slice(b"\xff\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n");
        let ex = Extractor::builder().threads(1).build().unwrap();
        let mut out = Vec::new();
        let s = run(&ex, &input[..], &mut out).unwrap();
        assert_eq!(s.errors, 1);
        let text = String::from_utf8(out).unwrap();
        assert!(text.lines().next().unwrap().contains("invalid_utf8"));
        assert!(text.lines().nth(1).unwrap().contains("\"Fine.\""));
    }
}
