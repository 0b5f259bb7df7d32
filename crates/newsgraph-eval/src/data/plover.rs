//! PLOVER gold-standard records: `plover_gsr/plover_gsr.jsonl`, one coded sentence a line.

use super::read_jsonl;
use crate::error::Result;
use serde::Deserialize;
use std::path::Path;

/// A coded participant.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PloverActor {
    /// As written.
    #[serde(default)]
    pub text: String,
    /// ISO-3 country, or IGO / NGO; may be empty.
    #[serde(default)]
    pub code: String,
    /// PLOVER sector; may be empty.
    #[serde(default)]
    pub sector: String,
}

/// One gold record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PloverRecord {
    /// Record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// PLOVER category, in the record's (partly older) naming.
    pub event: String,
    /// PLOVER mode; may be empty.
    #[serde(default)]
    pub mode: String,
    /// Sources.
    #[serde(default)]
    pub source: Vec<PloverActor>,
    /// Targets.
    #[serde(default)]
    pub target: Vec<PloverActor>,
}

/// The PLOVER gold records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plover {
    /// Records in file order.
    pub records: Vec<PloverRecord>,
}

impl Plover {
    /// Reads `dir/plover_gsr.jsonl`.
    pub fn load(dir: &Path) -> Result<Plover> {
        let records = read_jsonl(&dir.join("plover_gsr.jsonl"))?
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        Ok(Plover { records })
    }
}
