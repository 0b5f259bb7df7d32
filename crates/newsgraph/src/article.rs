//! The input side: an article's text and what the caller knows about it.

use crate::error::{Error, Result};
use chrono::NaiveDate;
use serde::Deserialize;

/// An article to extract from: its text and metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The text, as published (headline and footer may be included; they are marked, not read).
    pub text: String,
    /// Caller's identifier, copied to `meta.id`.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date: the anchor for relative times. Never taken from the clock.
    pub published: Option<NaiveDate>,
}

impl Article {
    /// An article with only its text.
    pub fn new(text: impl Into<String>) -> Article {
        Article {
            text: text.into(),
            ..Article::default()
        }
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: NaiveDate) -> Article {
        self.published = Some(date);
        self
    }

    /// Sets the headline.
    pub fn with_title(mut self, title: impl Into<String>) -> Article {
        self.title = Some(title.into());
        self
    }

    /// Sets the outlet.
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Article {
        self.outlet = Some(outlet.into());
        self
    }

    /// Sets the URL.
    pub fn with_url(mut self, url: impl Into<String>) -> Article {
        self.url = Some(url.into());
        self
    }

    /// Sets the identifier.
    pub fn with_id(mut self, id: impl Into<String>) -> Article {
        self.id = Some(id.into());
        self
    }

    /// Reads one JSON Lines record: `{"id", "text", "published"?, "title"?, "outlet"?, "url"?}`
    /// (`date` is accepted for `published`).
    pub fn from_json_record(line: &str) -> Result<Article> {
        #[derive(Deserialize)]
        struct Record {
            #[serde(default)]
            id: Option<serde_json::Value>,
            text: Option<String>,
            #[serde(default)]
            published: Option<String>,
            #[serde(default)]
            date: Option<String>,
            #[serde(default)]
            title: Option<String>,
            #[serde(default)]
            outlet: Option<String>,
            #[serde(default)]
            url: Option<String>,
        }
        let r: Record = serde_json::from_str(line)?;
        let text = r
            .text
            .ok_or_else(|| Error::InvalidRecord("record has no \"text\" field".into()))?;
        let published = match r.published.or(r.date) {
            Some(d) if !d.trim().is_empty() => Some(parse_date(&d)?),
            _ => None,
        };
        let id = r.id.map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        Ok(Article {
            text,
            id,
            title: r.title,
            outlet: r.outlet,
            url: r.url,
            published,
        })
    }
}

/// Reads a publication date: `YYYY-MM-DD`, `YYYYMMDD`, or an ISO 8601 timestamp
/// (`2020-09-27T14:03:00Z`, whose date part is taken as written).
pub fn parse_date(input: &str) -> Result<NaiveDate> {
    let s = input.trim();
    let bad = |reason: &str| Error::InvalidDate {
        input: input.to_string(),
        reason: reason.to_string(),
    };
    if s.is_empty() {
        return Err(bad("empty"));
    }
    let date_part = match s.find(['T', 't', ' ']) {
        Some(10) => &s[..10],
        _ => s,
    };
    let parsed = if date_part.len() == 8 && date_part.bytes().all(|b| b.is_ascii_digit()) {
        NaiveDate::parse_from_str(date_part, "%Y%m%d")
    } else {
        NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
    };
    let date = parsed.map_err(|e| {
        bad(&format!(
            "expected YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp ({e})"
        ))
    })?;
    if !(1000..=9999).contains(&chrono::Datelike::year(&date)) {
        return Err(bad("year out of range 1000-9999"));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        let d = NaiveDate::from_ymd_opt(2020, 9, 27).unwrap();
        assert_eq!(parse_date("2020-09-27").unwrap(), d);
        assert_eq!(parse_date("20200927").unwrap(), d);
        assert_eq!(parse_date(" 2020-09-27T14:03:00Z ").unwrap(), d);
        assert_eq!(parse_date("2020-09-27 14:03").unwrap(), d);
    }

    #[test]
    fn bad_dates_name_the_input() {
        for bad in [
            "",
            "2020-13-01",
            "2021-02-29",
            "yesterday",
            "27/09/2020",
            "0099-01-01",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert!(matches!(e, Error::InvalidDate { .. }), "{bad}: {e}");
            assert!(e.to_string().contains(&format!("{bad:?}")));
        }
        // 2020 is a leap year.
        assert!(parse_date("2020-02-29").is_ok());
    }

    #[test]
    fn json_records() {
        let a = Article::from_json_record(
            r#"{"id": 7, "text": "Hi.", "date": "2019-01-04", "title": "T"}"#,
        )
        .unwrap();
        assert_eq!(a.id.as_deref(), Some("7"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2019, 1, 4));
        assert!(matches!(
            Article::from_json_record(r#"{"id": "x"}"#),
            Err(Error::InvalidRecord(_))
        ));
        assert!(matches!(
            Article::from_json_record(r#"{"text": "x", "published": "soon"}"#),
            Err(Error::InvalidDate { .. })
        ));
        assert!(matches!(
            Article::from_json_record("not json"),
            Err(Error::Json(_))
        ));
    }
}
