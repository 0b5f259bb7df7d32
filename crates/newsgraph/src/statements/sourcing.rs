//! Decides on whose authority each statement is known.
//!
//! - an intermediary named by "according to X": anonymous when X is unnamed, a secondary
//!   report when X is a news outlet, on record otherwise;
//! - a spokesperson speaking for an institution (the speaker is the institution): spokesperson;
//! - an unnamed speaker ("a senior official said"): anonymous, through that speaker;
//! - an outlet reporting something: secondary report, through the outlet;
//! - a named speaker: on record; no speaker: unattributed.
//!
//! A lede often states what a later sentence attributes ("X warned Y ..." then "X told Y ...,
//! according to a person familiar"): a statement with the same speaker and addressees in the
//! next few sentences passes its anonymous or secondary sourcing back to the lede.

use super::lexicon::{self, PhraseKind};
use super::Found;
use crate::actors::Entities;
use crate::model::{Act, ActorKind, SourcingKind};
use crate::tree::Tree;
use std::ops::Range;

fn says_spokesperson(tree: &Tree<'_>, ents: &Entities, r: &Option<Range<usize>>) -> bool {
    let Some(r) = r else { return false };
    if ents
        .mentions
        .iter()
        .any(|m| m.spokesperson && m.tokens.start < r.end && r.start < m.tokens.end)
    {
        return true;
    }
    let words: Vec<&str> = r.clone().map(|i| tree.lower(i)).collect();
    lexicon::phrase_in(PhraseKind::Spokesperson, &words)
}

/// Fills `sourcing` of every statement.
pub fn assign(tree: &Tree<'_>, ents: &Entities, found: &mut [Found]) {
    for f in found.iter_mut() {
        let s = &mut f.statement;
        let (kind, via) = if let Some(v) = f.via {
            let kind = match ents.kind(v) {
                ActorKind::AnonymousSource => SourcingKind::Anonymous,
                ActorKind::Media => SourcingKind::SecondaryReport,
                _ if says_spokesperson(tree, ents, &f.via_tokens) => SourcingKind::Spokesperson,
                _ => SourcingKind::OnRecord,
            };
            (kind, Some(v))
        } else {
            match f.speaker {
                None => (SourcingKind::Unattributed, None),
                Some(a) if ents.kind(a) == ActorKind::AnonymousSource => {
                    (SourcingKind::Anonymous, Some(a))
                }
                Some(_) if says_spokesperson(tree, ents, &f.speaker_tokens) => {
                    (SourcingKind::Spokesperson, None)
                }
                Some(a)
                    if ents.kind(a) == ActorKind::Media
                        && matches!(s.act, Act::Report | Act::Write | Act::Say | Act::Tweet) =>
                {
                    (SourcingKind::SecondaryReport, Some(a))
                }
                Some(_) => (SourcingKind::OnRecord, None),
            }
        };
        s.sourcing.kind = kind;
        s.sourcing.via = via.map(|a| ents.id(a));
    }
    // Lede propagation.
    for i in 0..found.len() {
        let f = &found[i];
        if f.statement.sourcing.kind != SourcingKind::OnRecord
            || f.via.is_some()
            || f.speaker.is_none()
            || f.addressees.is_empty()
        {
            continue;
        }
        let later = (i + 1..found.len()).find(|&j| {
            let g = &found[j];
            g.statement.sentence <= f.statement.sentence + 3
                && g.speaker == f.speaker
                && g.addressees.iter().any(|a| f.addressees.contains(a))
                && matches!(
                    g.statement.sourcing.kind,
                    SourcingKind::Anonymous | SourcingKind::SecondaryReport
                )
        });
        if let Some(j) = later {
            found[i].statement.sourcing = found[j].statement.sourcing.clone();
            found[i].via = found[j].via;
        }
    }
}
