//! The statements stage: who said what, to whom, in what words, on whose authority.
//!
//! Cues come from the dependency parse and the lexicons: a reporting verb with its subject and
//! governed clause ("X said (that) ..."), an inverted or parenthetical cue (`"...," X said`),
//! a noun cue with its owner ("X's warning that ..."), "according to X", and refusals to
//! comment. Direct quotations attach to the cue beside them and continue over following
//! sentences and paragraphs. The sourcing of each statement (on record, anonymous, through a
//! spokesperson, from another outlet's report, unattributed) follows from who the speaker is
//! and from "according to" phrases.

pub mod attribute;
pub mod lexicon;
pub mod quotes;
pub mod sourcing;

use crate::actors::Entities;
use crate::model::{Statement, Time};
use crate::text::Layout;
use crate::tree::Tree;
use std::ops::Range;

/// A statement with the token positions later stages need.
#[derive(Debug, Clone)]
pub struct Found {
    /// The statement (byte offsets; ids assigned).
    pub statement: Statement,
    /// Token range of its content, if any.
    pub content: Option<Range<usize>>,
    /// The cue's head token.
    pub cue: usize,
    /// Index of the speaker actor.
    pub speaker: Option<usize>,
    /// Index of the intermediary actor ("according to X" when X is not the speaker).
    pub via: Option<usize>,
    /// Token range of the intermediary's phrase.
    pub via_tokens: Option<Range<usize>>,
    /// Indexes of the addressee actors.
    pub addressees: Vec<usize>,
    /// Token range of the speaker expression.
    pub speaker_tokens: Option<Range<usize>>,
}

/// Finds the statements of the body sentences.
pub fn find(
    tree: &Tree<'_>,
    layout: &Layout,
    entities: &Entities,
    times: &[Time],
    time_of: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Found> {
    let quotes = quotes::find(tree.text(), layout);
    let mut found = attribute::attribute(tree, entities, &quotes);
    sourcing::assign(tree, entities, &mut found);
    for (k, f) in found.iter_mut().enumerate() {
        f.statement.id = format!("s{}", k + 1);
        f.statement.speaker = f.speaker.map(|a| entities.id(a));
        f.statement.addressees = f.addressees.iter().map(|&a| entities.id(a)).collect();
        f.statement.time = time_of(f.cue).map(|t| times[t].id.clone());
    }
    inherit_times(&mut found);
    found
}

/// A statement with no time of its own that the next sentence retells in detail (same
/// speaker, same addressees: the lede's "X warned Y ..." then "X told Y in a call Saturday
/// ...") happened when the retelling says.
fn inherit_times(found: &mut [Found]) {
    for k in 0..found.len() {
        if found[k].statement.time.is_some() || found[k].speaker.is_none() {
            continue;
        }
        let sentence = found[k].statement.sentence;
        let next = found[k + 1..].iter().find(|n| {
            n.statement.sentence == sentence + 1
                && n.speaker == found[k].speaker
                && !n.addressees.is_empty()
                && n.addressees == found[k].addressees
                && n.statement.time.is_some()
        });
        if let Some(t) = next.and_then(|n| n.statement.time.clone()) {
            found[k].statement.time = Some(t);
        }
    }
}

/// Loads the lexicons now.
pub fn warm_up() {
    lexicon::warm_up();
}
