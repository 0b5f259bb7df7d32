//! Reading trigger files: the built-in one and the user's, with duplicate checks.

use super::row::{self, Row};
use super::{NonTrigger, Origin, Pos, TriggerEntry};
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(super) type ConstraintKey = (Pos, Option<String>, Vec<String>, Vec<String>);

pub(super) fn constraint_key_t(t: &TriggerEntry) -> ConstraintKey {
    (
        t.pos,
        t.particle.clone(),
        t.object.clone(),
        t.context.clone(),
    )
}

pub(super) fn constraint_key_n(n: &NonTrigger) -> ConstraintKey {
    (
        n.pos,
        n.particle.clone(),
        n.object.clone(),
        n.context.clone(),
    )
}

/// Reads every row; on any error returns all errors as (line, message).
pub(super) fn read_rows(
    text: &str,
    origin: Origin,
) -> std::result::Result<Vec<Row>, Vec<(usize, String)>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen: BTreeMap<(String, ConstraintKey), usize> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match row::parse(line, lineno, origin) {
            Ok(r) => {
                let key = match &r {
                    Row::Trigger(t) => (t.lemma.clone(), constraint_key_t(t)),
                    Row::Not(n) => (format!("-{}", n.lemma), constraint_key_n(n)),
                };
                if let Some(first) = seen.insert(key, lineno) {
                    errors.push((
                        lineno,
                        format!("same lemma, part of speech and constraints as line {first}"),
                    ));
                }
                rows.push(r);
            }
            Err(msg) => errors.push((lineno, msg)),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Reads the rows that parse, skipping the others (for a damaged built-in file).
pub(super) fn read_rows_lenient(text: &str, origin: Origin) -> Vec<Row> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|(i, l)| row::parse(l, i + 1, origin).ok())
        .collect()
}

/// A user's trigger file, in the format of the built-in one, to merge with
/// [`Lexicon::with_user`](super::Lexicon::with_user).
#[derive(Debug, Clone, Default)]
pub struct UserTriggers {
    path: PathBuf,
    pub(super) rows: Vec<Row>,
}

impl UserTriggers {
    /// Reads and checks a trigger file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<UserTriggers> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        UserTriggers::parse(&text, path)
    }

    /// Checks trigger rows given as text; `path` names them in error messages. The first bad
    /// line is reported as [`Error::Dictionary`].
    pub fn parse(text: &str, path: impl AsRef<Path>) -> Result<UserTriggers> {
        let path = path.as_ref().to_path_buf();
        match read_rows(text, Origin::User) {
            Ok(rows) => Ok(UserTriggers { path, rows }),
            Err(errors) => {
                let (line, message) = errors
                    .into_iter()
                    .next()
                    .unwrap_or((0, "invalid trigger file".into()));
                Err(Error::Dictionary {
                    path,
                    line,
                    message,
                })
            }
        }
    }

    /// The file the rows came from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of rows (readings and non-triggers).
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the file has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}
