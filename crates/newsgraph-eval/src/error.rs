//! Errors of the harness: every one names the file (and line) it comes from, so a malformed
//! data file is reported, never a panic.

use std::path::{Path, PathBuf};

/// What went wrong while reading data or scoring.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a data file is malformed.
    #[error("{}:{line}: {msg}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        msg: String,
    },
    /// Anything else (bad arguments, missing data set).
    #[error("{0}")]
    Other(String),
}

impl EvalError {
    /// A parse error at `path:line`.
    pub fn parse(path: &Path, line: usize, msg: impl Into<String>) -> EvalError {
        EvalError::Parse {
            path: path.to_path_buf(),
            line,
            msg: msg.into(),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> EvalError {
        EvalError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Result of the harness.
pub type Result<T> = std::result::Result<T, EvalError>;
