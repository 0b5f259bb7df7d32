//! The errors newsgraph reports: each names what was wrong with the input.

use std::path::PathBuf;

/// Everything that can go wrong when reading input or extracting from it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text has no characters at all.
    #[error("text is empty")]
    EmptyText,
    /// The text has only whitespace.
    #[error("text contains only whitespace ({chars} characters)")]
    BlankText {
        /// Number of whitespace characters.
        chars: usize,
    },
    /// The bytes are not valid UTF-8.
    #[error("input is not valid UTF-8: invalid byte sequence at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The text looks like binary data rather than prose.
    #[error("input looks like binary data, not text: {reason}")]
    Binary {
        /// What gave it away ("contains NUL characters").
        reason: String,
    },
    /// The text is an HTML or XML page rather than article text.
    #[error("input looks like HTML markup ({reason}); pass the article's text, not the page")]
    Markup {
        /// What gave it away ("starts with <!DOCTYPE html>").
        reason: String,
    },
    /// The text is longer than the extractor accepts.
    #[error("text is {len} bytes, over the limit of {max} bytes; split it into articles or raise the limit (max_bytes)")]
    TooLarge {
        /// Length of the text in bytes.
        len: usize,
        /// The configured limit in bytes.
        max: usize,
    },
    /// A date that could not be read.
    #[error("invalid date {input:?}: {reason}")]
    InvalidDate {
        /// The text that was given as a date.
        input: String,
        /// Why it could not be read.
        reason: String,
    },
    /// A JSON document or record that could not be read.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A corpus record that lacks what extraction needs.
    #[error("invalid record: {0}")]
    InvalidRecord(String),
    /// A malformed line in a dictionary file.
    #[error("{}:{line}: {message}", path.display())]
    Dictionary {
        /// The dictionary file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A bug in newsgraph: an internal check failed. Please report it with the input.
    #[error("internal error (please report it with the input): {0}")]
    Internal(String),
    /// A caller-supplied setting is out of range.
    #[error("invalid setting: {0}")]
    InvalidSetting(String),
}

impl Error {
    /// A short stable name for the kind of error ("empty_text"), for error reports.
    pub fn code(&self) -> &'static str {
        match self {
            Error::EmptyText => "empty_text",
            Error::BlankText { .. } => "blank_text",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::Binary { .. } => "binary",
            Error::Markup { .. } => "markup",
            Error::TooLarge { .. } => "too_large",
            Error::InvalidDate { .. } => "invalid_date",
            Error::Json(_) => "invalid_json",
            Error::InvalidRecord(_) => "invalid_record",
            Error::Dictionary { .. } => "dictionary",
            Error::Io { .. } => "io",
            Error::Internal(_) => "internal",
            Error::InvalidSetting(_) => "invalid_setting",
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Json(e.to_string())
    }
}

/// Result with newsgraph's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
