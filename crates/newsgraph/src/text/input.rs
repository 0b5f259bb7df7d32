//! Checks that the input is article text newsgraph can read, before any work is done.

use crate::error::{Error, Result};

/// Default upper bound on a document's size in bytes (10 MiB; news articles are far smaller).
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// Decodes bytes as UTF-8, reporting the offset of the first bad sequence.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str> {
    // A NUL-laden binary file is usually also invalid UTF-8; say "binary" when it is.
    if looks_binary_bytes(bytes) {
        return Err(Error::Binary {
            reason: "contains NUL bytes".into(),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

fn looks_binary_bytes(bytes: &[u8]) -> bool {
    bytes.iter().take(64 * 1024).any(|&b| b == 0)
}

/// Rejects text that is empty, blank, binary, an HTML page, or over `max_bytes`.
pub fn check(text: &str, max_bytes: usize) -> Result<()> {
    if text.is_empty() {
        return Err(Error::EmptyText);
    }
    if text.len() > max_bytes {
        return Err(Error::TooLarge {
            len: text.len(),
            max: max_bytes,
        });
    }
    if text.chars().all(char::is_whitespace) {
        return Err(Error::BlankText {
            chars: text.chars().count(),
        });
    }
    check_binary(text)?;
    check_markup(text)
}

fn check_binary(text: &str) -> Result<()> {
    if text.contains('\0') {
        return Err(Error::Binary {
            reason: "contains NUL characters".into(),
        });
    }
    // Control characters other than tab, newline, carriage return and form feed do not occur
    // in prose; a text made of many of them is a binary file decoded by accident.
    let (mut controls, mut total) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(Error::Binary {
            reason: format!("{controls} control characters in the first {total}"),
        });
    }
    Ok(())
}

fn check_markup(text: &str) -> Result<()> {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    for opener in ["<!doctype html", "<html", "<?xml", "<head>", "<body"] {
        if head.starts_with(opener) {
            return Err(Error::Markup {
                reason: format!("starts with {opener}"),
            });
        }
    }
    // A text dense with tags is markup even without a document header.
    let sample: String = text.chars().take(64 * 1024).collect();
    let lower = sample.to_ascii_lowercase();
    let tags = [
        "<p>", "</p>", "<div", "</div>", "<br", "<span", "</span>", "<a href", "</a>", "<script",
        "<li>", "<td",
    ]
    .iter()
    .map(|t| lower.matches(t).count())
    .sum::<usize>();
    let words = sample.split_whitespace().count().max(1);
    if tags >= 5 && tags * 10 > words {
        return Err(Error::Markup {
            reason: format!("{tags} HTML tags in {words} words"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank() {
        assert!(matches!(check("", 100), Err(Error::EmptyText)));
        assert!(matches!(
            check(" \n\t ", 100),
            Err(Error::BlankText { chars: 4 })
        ));
    }

    #[test]
    fn too_large() {
        let text = "word ".repeat(30);
        assert!(matches!(
            check(&text, 100),
            Err(Error::TooLarge { len: 150, max: 100 })
        ));
    }

    #[test]
    fn binary() {
        assert!(matches!(check("abc\0def", 100), Err(Error::Binary { .. })));
        let ctl: String = "\u{1}\u{2}\u{3}a".repeat(10);
        assert!(matches!(check(&ctl, 1000), Err(Error::Binary { .. })));
        assert!(matches!(
            decode_utf8(b"\x00\x01\xff"),
            Err(Error::Binary { .. })
        ));
    }

    #[test]
    fn invalid_utf8_offset() {
        assert!(matches!(
            decode_utf8(b"caf\xc3\x28 au lait"),
            Err(Error::InvalidUtf8 { offset: 3 })
        ));
    }

    #[test]
    fn markup() {
        assert!(matches!(
            check("<!DOCTYPE html><html><body>x</body></html>", 1000),
            Err(Error::Markup { .. })
        ));
        let soup = "<div><p>One</p><p>Two</p><p>Three</p></div>";
        assert!(matches!(check(soup, 1000), Err(Error::Markup { .. })));
        // A story that quotes a tag is still a story.
        assert!(check(
            "The site used a <script> tag to track readers, he said.",
            1000
        )
        .is_ok());
    }
}
