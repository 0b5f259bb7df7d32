//! PETRARCH-2's functional test suite: `petrarch2_unittests/petr_unittests.jsonl`, plus its
//! toy dictionaries (`PETR.Validate.actors.txt`, `agents.txt`) in PETRARCH format.

use super::{check_date, read_jsonl};
use crate::error::Result;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One expected event.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PetrTriple {
    /// Source actor code ("ARN", "CALGOV", "---GOV").
    pub source: String,
    /// Target actor code ("---" when there is none).
    pub target: String,
    /// CAMEO event code ("064").
    pub event: String,
}

/// One test record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PetrRecord {
    /// Record id.
    pub id: String,
    /// Test category (DEMO, SYNSET, COMPOUND, ...).
    #[serde(default)]
    pub category: String,
    /// Publication date, `YYYYMMDD`.
    pub date: String,
    /// Inactive records are skipped.
    pub active: bool,
    /// The sentence.
    pub text: String,
    /// Expected events.
    #[serde(default)]
    pub expected: Vec<PetrTriple>,
    /// True when the coder must return nothing.
    #[serde(default)]
    pub expect_no_events: bool,
}

/// The suite: active records, and where its dictionaries are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Petrarch {
    /// Active records in file order.
    pub records: Vec<PetrRecord>,
    /// Records skipped as inactive.
    pub inactive: usize,
    /// `PETR.Validate.actors.txt`, when present.
    pub actors_dictionary: Option<PathBuf>,
    /// `PETR.Validate.agents.txt`, when present.
    pub agents_dictionary: Option<PathBuf>,
}

impl Petrarch {
    /// Reads `dir/petr_unittests.jsonl` and notes the dictionaries beside it.
    pub fn load(dir: &Path) -> Result<Petrarch> {
        let path = dir.join("petr_unittests.jsonl");
        let mut records = Vec::new();
        let mut inactive = 0;
        for (line, r) in read_jsonl::<PetrRecord>(&path)? {
            if !r.active {
                inactive += 1;
                continue;
            }
            check_date(&path, line, &r.date)?;
            records.push(r);
        }
        let existing = |name: &str| Some(dir.join(name)).filter(|p| p.is_file());
        Ok(Petrarch {
            records,
            inactive,
            actors_dictionary: existing("PETR.Validate.actors.txt"),
            agents_dictionary: existing("PETR.Validate.agents.txt"),
        })
    }
}
