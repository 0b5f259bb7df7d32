//! The event trigger lexicon: English verbs, nouns and multi-word expressions that report an
//! event, each mapped to a CAMEO code and a PLOVER category and mode, with the constraints
//! (particle, object, context) under which that reading holds.
//!
//! The data is `data/events/triggers.tsv` (see the README beside it), embedded and parsed once
//! on first use. Users can add their own file in the same format ([`UserTriggers`]); their
//! entries win over the built-in ones.
//!
//! How the event stage uses it, per content word of a parsed sentence:
//! 1. [`Lexicon::mwe_at`] at the token: the longest listed phrase ("suicide car bomb",
//!    "press conference") wins; an empty match marks a phrase that is not an event.
//! 2. Otherwise [`Lexicon::resolve`] with the word's lemma and part of speech, its particle or
//!    governing preposition, its object (or a noun's modifier) and the lemmas of its clause:
//!    the most specific entry whose constraints hold, unless a non-trigger row ("fire" +
//!    "minister", "say") is at least as specific.
//!
//! ```
//! use newsgraph::events::lexicon::{self, Pos, Query};
//! let closed = Query { lemma: "shutter", pos: Pos::Verb, particle: None, object: Some("consulate"), context: &[] };
//! let e = lexicon::resolve(&closed).expect("a trigger");
//! assert_eq!((e.cameo.as_str(), e.category.as_str()), ("161", "SANCTION"));
//! let m = lexicon::mwe_at(&["air", "strike", "killed"]).expect("a phrase");
//! assert_eq!((m.len, m.entries[0].cameo.as_str()), (2, "195"));
//! ```

mod cameo;
mod entry;
mod file;
mod row;
#[cfg(test)]
mod tests;

pub use cameo::{
    intensity, is_known_code, is_statement_code, modes, recode, root_categories, table_category,
    Frame, DEVIATIONS, INTENSITY,
};
pub use entry::{select, select_in, NonTrigger, Origin, Pos, Roles, TriggerEntry};
pub use file::UserTriggers;

use crate::model::{EventCategory, QuadClass};
use entry::{best_of, rank, Words};
use file::{constraint_key_n, constraint_key_t, read_rows, read_rows_lenient, ConstraintKey};
use once_cell::sync::Lazy;
use row::{norm, Row};
use std::collections::BTreeMap;

/// The built-in lexicon file.
const BUILTIN_TSV: &str = include_str!("../../data/events/triggers.tsv");

/// PLOVER's quad class of a category (verbal/material cooperation/conflict).
pub fn quad(category: EventCategory) -> QuadClass {
    category.quad()
}

/// What a word needs to be looked up: its lemma and part of speech, and the words around it
/// that constraints test.
#[derive(Debug, Clone, Copy)]
pub struct Query<'q> {
    /// The trigger's lemma.
    pub lemma: &'q str,
    /// Verb or noun.
    pub pos: Pos,
    /// Its particle (`compound:prt`) or the preposition being tested.
    pub particle: Option<&'q str>,
    /// Its direct object's lemma (a noun's modifier; the preposition's object).
    pub object: Option<&'q str>,
    /// Lemmas of its clause, for context constraints.
    pub context: &'q [&'q str],
}

/// A listed phrase found in a lemma sequence.
#[derive(Debug, Clone, Copy)]
pub struct MweMatch<'a> {
    /// Tokens the phrase covers (hyphen tokens inside it included).
    pub len: usize,
    /// Its readings, most specific first; empty when the phrase is listed as not an event.
    pub entries: &'a [TriggerEntry],
    /// Rows saying it is not an event under some constraints.
    pub non_triggers: &'a [NonTrigger],
}

impl<'a> MweMatch<'a> {
    /// The reading that holds for these words, unless a non-trigger row is as specific.
    pub fn best(
        &self,
        particle: Option<&str>,
        object: Option<&str>,
        context: &[&str],
    ) -> Option<&'a TriggerEntry> {
        resolve_in(self.entries, self.non_triggers, particle, object, context)
    }
}

fn resolve_in<'a>(
    entries: &'a [TriggerEntry],
    non_triggers: &[NonTrigger],
    particle: Option<&str>,
    object: Option<&str>,
    context: &[&str],
) -> Option<&'a TriggerEntry> {
    let words = Words::new(particle, object, context);
    let best = best_of(entries, &words)?;
    let blocked = non_triggers
        .iter()
        .any(|n| n.specificity() >= best.specificity() && n.holds(&words));
    (!blocked).then_some(best)
}

/// A phrase and everything listed for it.
#[derive(Debug, Clone, Default)]
struct Phrase {
    words: Vec<String>,
    entries: Vec<TriggerEntry>,
    non_triggers: Vec<NonTrigger>,
}

/// Triggers and non-triggers indexed for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Single-word readings by (lemma, pos), most specific first.
    heads: BTreeMap<(String, Pos), Vec<TriggerEntry>>,
    /// Single-word non-trigger rows by (lemma, pos).
    non_triggers: BTreeMap<(String, Pos), Vec<NonTrigger>>,
    /// Phrases by first word, longest first.
    phrases: BTreeMap<String, Vec<Phrase>>,
}

/// The built-in lexicon and the problems found while reading it (empty unless the shipped data
/// is broken, which a unit test forbids; bad rows are skipped rather than panicking).
static BUILTIN: Lazy<(Lexicon, Vec<String>)> = Lazy::new(|| {
    let mut lexicon = Lexicon::default();
    let mut problems = Vec::new();
    match read_rows(BUILTIN_TSV, Origin::Builtin) {
        Ok(rows) => lexicon.add(rows),
        Err(errors) => {
            problems.extend(
                errors
                    .iter()
                    .map(|(line, msg)| format!("line {line}: {msg}")),
            );
            let rows = read_rows_lenient(BUILTIN_TSV, Origin::Builtin);
            lexicon.add(rows);
        }
    }
    (lexicon, problems)
});

impl Lexicon {
    /// The lexicon shipped with newsgraph, built on first use.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN.0
    }

    /// A copy of this lexicon with the user's entries added (they win ties; a user row with
    /// exactly the constraints of a built-in row replaces it).
    pub fn with_user(&self, user: &UserTriggers) -> Lexicon {
        let mut merged = self.clone();
        merged.add(user.rows.clone());
        merged
    }

    /// All single-word readings of a lemma as `pos`, most specific first.
    pub fn candidates(&self, lemma: &str, pos: Pos) -> &[TriggerEntry] {
        self.heads
            .get(&(norm(lemma), pos))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Single-word non-trigger rows of a lemma as `pos`.
    pub fn non_triggers(&self, lemma: &str, pos: Pos) -> &[NonTrigger] {
        self.non_triggers
            .get(&(norm(lemma), pos))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// True when the lemma is listed as not an event with no constraint (statement verbs).
    pub fn is_non_trigger(&self, lemma: &str, pos: Pos) -> bool {
        self.non_triggers(lemma, pos)
            .iter()
            .any(|n| n.specificity() == 0)
    }

    /// The reading of a single word in its context, or None when no reading holds or a
    /// non-trigger row is at least as specific as the best reading.
    pub fn resolve(&self, q: &Query<'_>) -> Option<&TriggerEntry> {
        resolve_in(
            self.candidates(q.lemma, q.pos),
            self.non_triggers(q.lemma, q.pos),
            q.particle,
            q.object,
            q.context,
        )
    }

    /// The longest listed phrase starting at `lemmas[0]`. Tokens that are only a hyphen are
    /// skipped inside a phrase ("air - strike") and counted in `len`.
    pub fn mwe_at(&self, lemmas: &[&str]) -> Option<MweMatch<'_>> {
        let first = norm(lemmas.first()?);
        let phrases = self.phrases.get(&first)?;
        phrases.iter().find_map(|p| {
            match_phrase(&p.words, lemmas).map(|len| MweMatch {
                len,
                entries: &p.entries,
                non_triggers: &p.non_triggers,
            })
        })
    }

    /// Every reading, single words then phrases, in a stable order.
    pub fn entries(&self) -> impl Iterator<Item = &TriggerEntry> {
        self.heads
            .values()
            .flatten()
            .chain(self.phrases.values().flatten().flat_map(|p| &p.entries))
    }

    /// Every non-trigger row, single words then phrases, in a stable order.
    pub fn all_non_triggers(&self) -> impl Iterator<Item = &NonTrigger> {
        self.non_triggers.values().flatten().chain(
            self.phrases
                .values()
                .flatten()
                .flat_map(|p| &p.non_triggers),
        )
    }

    /// Number of readings.
    pub fn len(&self) -> usize {
        self.entries().count()
    }

    /// True when there are no readings.
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty() && self.phrases.is_empty()
    }

    fn add(&mut self, rows: Vec<Row>) {
        for row in rows {
            match row {
                Row::Trigger(t) if t.is_multiword() => {
                    let phrase = self.phrase_mut(&t.lemma);
                    replace_or_push(&mut phrase.entries, t, constraint_key_t);
                }
                Row::Not(n) if n.lemma.contains(' ') => {
                    let phrase = self.phrase_mut(&n.lemma);
                    replace_or_push(&mut phrase.non_triggers, n, constraint_key_n);
                }
                Row::Trigger(t) => {
                    let list = self.heads.entry((t.lemma.clone(), t.pos)).or_default();
                    replace_or_push(list, t, constraint_key_t);
                }
                Row::Not(n) => {
                    let list = self
                        .non_triggers
                        .entry((n.lemma.clone(), n.pos))
                        .or_default();
                    replace_or_push(list, n, constraint_key_n);
                }
            }
        }
        for list in self.heads.values_mut() {
            list.sort_by(rank);
        }
        for phrases in self.phrases.values_mut() {
            for p in phrases.iter_mut() {
                p.entries.sort_by(rank);
            }
            phrases.sort_by(|a, b| {
                b.words
                    .len()
                    .cmp(&a.words.len())
                    .then(a.words.cmp(&b.words))
            });
        }
    }

    fn phrase_mut(&mut self, lemma: &str) -> &mut Phrase {
        let words: Vec<String> = lemma.split(' ').map(str::to_string).collect();
        let list = self.phrases.entry(words[0].clone()).or_default();
        match list.iter().position(|p| p.words == words) {
            Some(i) => &mut list[i],
            None => {
                list.push(Phrase {
                    words,
                    ..Phrase::default()
                });
                let last = list.len() - 1;
                &mut list[last]
            }
        }
    }
}

/// Matches the phrase's words against the start of `lemmas`, skipping hyphen-only tokens after
/// the first; returns the number of tokens covered.
fn match_phrase(words: &[String], lemmas: &[&str]) -> Option<usize> {
    let mut i = 0;
    for (k, word) in words.iter().enumerate() {
        loop {
            let token = lemmas.get(i)?;
            let t = norm(token);
            if t.is_empty() && k > 0 {
                i += 1;
                continue;
            }
            if t != *word {
                return None;
            }
            i += 1;
            break;
        }
    }
    Some(i)
}

/// A later row with exactly the same constraints as an earlier one replaces it (user over
/// built-in); otherwise it is added.
fn replace_or_push<T>(list: &mut Vec<T>, item: T, key: fn(&T) -> ConstraintKey) {
    let k = key(&item);
    match list.iter().position(|x| key(x) == k) {
        Some(i) => list[i] = item,
        None => list.push(item),
    }
}

/// Problems found in the built-in data (empty in a correct build).
pub fn builtin_problems() -> &'static [String] {
    &BUILTIN.1
}

/// All single-word readings of a lemma as `pos` in the built-in lexicon, most specific first.
pub fn candidates(lemma: &str, pos: Pos) -> &'static [TriggerEntry] {
    Lexicon::builtin().candidates(lemma, pos)
}

/// The longest built-in phrase starting at `lemmas[0]`.
pub fn mwe_at(lemmas: &[&str]) -> Option<MweMatch<'static>> {
    Lexicon::builtin().mwe_at(lemmas)
}

/// The built-in reading of a word in its context (see [`Lexicon::resolve`]).
pub fn resolve(q: &Query<'_>) -> Option<&'static TriggerEntry> {
    Lexicon::builtin().resolve(q)
}
