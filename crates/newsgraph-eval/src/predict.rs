//! Runs the extractor over a data set once; every task scoring that data set shares the
//! documents. A document that fails to extract is scored as one with no predictions, and the
//! failure is reported in the section notes (it never aborts the run).

use newsgraph::{Article, Document, Extractor};

/// The documents extracted from one data set, parallel to its gold documents.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// One entry per input article; `None` where extraction failed.
    pub docs: Vec<Option<Document>>,
    /// `id: message` of each failure, in input order.
    pub errors: Vec<String>,
}

impl Extracted {
    /// The note to print when some documents failed.
    pub fn note(&self) -> Option<String> {
        let first = self.errors.first()?;
        Some(format!(
            "{} of {} documents failed to extract and are scored as empty (first: {first})",
            self.errors.len(),
            self.docs.len()
        ))
    }

    /// The document at `i`, if it was extracted.
    pub fn get(&self, i: usize) -> Option<&Document> {
        self.docs.get(i).and_then(Option::as_ref)
    }
}

/// Extracts every article with `extract_batch` (parallel, results in input order).
pub fn extract(ex: &Extractor, articles: &[Article]) -> Extracted {
    let mut out = Extracted::default();
    for (a, r) in articles.iter().zip(ex.extract_batch(articles)) {
        match r {
            Ok(d) => out.docs.push(Some(d)),
            Err(e) => {
                out.errors
                    .push(format!("{}: {e}", a.id.as_deref().unwrap_or("?")));
                out.docs.push(None);
            }
        }
    }
    out
}

/// An article with an optional `YYYY-MM-DD` / `YYYYMMDD` publication date (checked when
/// the data set was loaded, so a bad one here is simply left out).
pub fn article(id: &str, text: &str, title: Option<&str>, published: Option<&str>) -> Article {
    Article {
        text: text.to_string(),
        id: Some(id.to_string()),
        title: title.filter(|t| !t.trim().is_empty()).map(str::to_string),
        outlet: None,
        url: None,
        published: published.and_then(|d| newsgraph::parse_date(d).ok()),
    }
}
