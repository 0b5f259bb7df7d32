//! What one reading of a trigger is, and how the reading that fits a word in context is chosen.

use super::cameo::intensity;
use super::row::norm;
use crate::model::{EventCategory, QuadClass};

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pos {
    /// A verb ("attack", "withdraw").
    Verb,
    /// A noun, including nominalisations ("attack", "visit", "air strike").
    Noun,
}

impl Pos {
    /// `VERB` or `NOUN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pos::Verb => "VERB",
            Pos::Noun => "NOUN",
        }
    }

    /// Reads `VERB` or `NOUN`, case-insensitively.
    pub fn parse(s: &str) -> Option<Pos> {
        match s.trim().to_ascii_uppercase().as_str() {
            "VERB" => Some(Pos::Verb),
            "NOUN" => Some(Pos::Noun),
            _ => None,
        }
    }

    /// The trigger part of speech of a Universal POS tag: VERB for VERB, NOUN for NOUN; other
    /// tags (PROPN "March", AUX, ADJ) are never looked up.
    pub fn from_upos(upos: &str) -> Option<Pos> {
        match upos {
            "VERB" => Some(Pos::Verb),
            "NOUN" => Some(Pos::Noun),
            _ => None,
        }
    }
}

/// How the grammatical participants of a trigger map to actors and recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Roles {
    /// Subject (or by-agent) acts; object and recipient-preposition objects receive.
    #[default]
    Default,
    /// Subject and the objects of the recipient prepositions take part alike ("met with",
    /// "clashed with"): PLOVER codes them all as sources, CAMEO as a pair of events.
    Symmetric,
    /// The subject receives; the `from`/`by` object acts ("received aid from").
    Inverse,
    /// The subject hosts a visit: CAMEO 043 keeps the host as source, PLOVER codes the visitor
    /// as source and the host as recipient.
    Host,
}

impl Roles {
    /// Reads the `roles` column: empty, `symmetric`, `inverse` or `host`.
    pub fn parse(s: &str) -> Option<Roles> {
        match s.trim() {
            "" => Some(Roles::Default),
            "symmetric" => Some(Roles::Symmetric),
            "inverse" => Some(Roles::Inverse),
            "host" => Some(Roles::Host),
            _ => None,
        }
    }
}

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// The user's file: wins ties against built-in entries.
    User,
    /// The lexicon shipped with newsgraph.
    Builtin,
}

/// One reading of a trigger word or phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerEntry {
    /// Lower-case lemma without hyphens; words of a phrase separated by one space.
    pub lemma: String,
    /// Verb or noun.
    pub pos: Pos,
    /// Particle or preposition that must attach to the trigger ("for" in "call for").
    pub particle: Option<String>,
    /// Lemmas one of which must be the object (a noun's modifier; the object of `particle`
    /// when it is a preposition); empty = no constraint. Sorted.
    pub object: Vec<String>,
    /// Lemmas one of which must occur in the trigger's clause; empty = no constraint. Sorted.
    pub context: Vec<String>,
    /// CAMEO code, 2-4 digits.
    pub cameo: String,
    /// PLOVER category.
    pub category: EventCategory,
    /// PLOVER mode, when the reading fixes one.
    pub mode: Option<String>,
    /// Prepositions whose object is a recipient ("against", "with", "to").
    pub recipient_preps: Vec<String>,
    /// How subject and object map to actors and recipients.
    pub roles: Roles,
    /// Prior confidence (0-1) that the word reports this event.
    pub weight: f64,
    /// Why the entry is there and what the event stage should check.
    pub notes: String,
    /// Built-in or user file.
    pub origin: Origin,
    /// 1-based line in its file.
    pub line: usize,
}

impl TriggerEntry {
    /// PLOVER's quad class of the entry's category.
    pub fn quad(&self) -> QuadClass {
        self.category.quad()
    }

    /// newsgraph's intensity of the entry's CAMEO root (see [`intensity`]).
    pub fn intensity(&self) -> f64 {
        intensity(&self.cameo)
    }

    /// True for a phrase of more than one word.
    pub fn is_multiword(&self) -> bool {
        self.lemma.contains(' ')
    }

    /// How many constraints (particle, object, context) the entry sets, 0-3.
    pub fn specificity(&self) -> u8 {
        specificity(&self.particle, &self.object, &self.context)
    }

    /// True when every constraint the entry sets holds for these words (lemmas; matched
    /// case- and hyphen-insensitively; a plural object also matches its singular).
    pub fn matches(&self, particle: Option<&str>, object: Option<&str>, context: &[&str]) -> bool {
        self.holds(&Words::new(particle, object, context))
    }

    pub(super) fn holds(&self, words: &Words) -> bool {
        holds(&self.particle, &self.object, &self.context, words)
    }
}

/// A word or phrase that must not be coded as an event under its constraints: statement verbs
/// ("say"), and readings that only look like events ("fire" a minister, "press conference").
#[derive(Debug, Clone, PartialEq)]
pub struct NonTrigger {
    /// Lemma or phrase, normalised like [`TriggerEntry::lemma`].
    pub lemma: String,
    /// Verb or noun.
    pub pos: Pos,
    /// Particle or preposition that must attach.
    pub particle: Option<String>,
    /// Object lemmas (any one); empty = any.
    pub object: Vec<String>,
    /// Clause lemmas (any one); empty = any.
    pub context: Vec<String>,
    /// CAMEO 01/02 code of the statement, when the row names one.
    pub cameo: Option<String>,
    /// Why it is not an event.
    pub notes: String,
    /// Built-in or user file.
    pub origin: Origin,
    /// 1-based line in its file.
    pub line: usize,
}

impl NonTrigger {
    /// How many constraints the row sets, 0-3.
    pub fn specificity(&self) -> u8 {
        specificity(&self.particle, &self.object, &self.context)
    }

    /// True when every constraint the row sets holds.
    pub fn matches(&self, particle: Option<&str>, object: Option<&str>, context: &[&str]) -> bool {
        self.holds(&Words::new(particle, object, context))
    }

    pub(super) fn holds(&self, words: &Words) -> bool {
        holds(&self.particle, &self.object, &self.context, words)
    }
}

fn specificity(particle: &Option<String>, object: &[String], context: &[String]) -> u8 {
    u8::from(particle.is_some()) + u8::from(!object.is_empty()) + u8::from(!context.is_empty())
}

/// The words a lookup tests, normalised once so that checking many rows allocates nothing.
pub(super) struct Words {
    particle: Option<String>,
    object: Option<String>,
    context: Vec<String>,
}

impl Words {
    pub(super) fn new(particle: Option<&str>, object: Option<&str>, context: &[&str]) -> Words {
        Words {
            particle: particle.map(norm),
            object: object.map(norm),
            context: context.iter().map(|c| norm(c)).collect(),
        }
    }
}

/// The constraint check shared by triggers and non-triggers.
fn holds(
    want_particle: &Option<String>,
    want_object: &[String],
    want_context: &[String],
    words: &Words,
) -> bool {
    if want_particle.is_some() && *want_particle != words.particle {
        return false;
    }
    if !want_object.is_empty()
        && !words
            .object
            .as_deref()
            .is_some_and(|o| in_class(want_object, o))
    {
        return false;
    }
    if !want_context.is_empty() && !words.context.iter().any(|c| in_class(want_context, c)) {
        return false;
    }
    true
}

/// Is the normalised `lemma` (or, for a plural the tagger left unlemmatised, its singular) in
/// the sorted list?
fn in_class(class: &[String], lemma: &str) -> bool {
    let found = |w: &str| class.binary_search_by(|c| c.as_str().cmp(w)).is_ok();
    found(lemma)
        || (lemma.len() > 3
            && lemma
                .strip_suffix('s')
                .is_some_and(|s| !s.ends_with('s') && found(s)))
}

/// The best entry of `entries` for these words: the most specific one whose constraints hold;
/// ties go to the higher weight, then to user entries, then to the earlier line.
/// Entries with a context constraint never hold here; use [`select_in`] to pass a context.
pub fn select<'a>(
    entries: &'a [TriggerEntry],
    particle: Option<&str>,
    object_lemma: Option<&str>,
) -> Option<&'a TriggerEntry> {
    select_in(entries, particle, object_lemma, &[])
}

/// [`select`] with the lemmas of the trigger's clause, for entries with a context constraint
/// (labour "strike" near "workers", "vow" to "retaliate").
pub fn select_in<'a>(
    entries: &'a [TriggerEntry],
    particle: Option<&str>,
    object_lemma: Option<&str>,
    context: &[&str],
) -> Option<&'a TriggerEntry> {
    best_of(entries, &Words::new(particle, object_lemma, context))
}

pub(super) fn best_of<'a>(entries: &'a [TriggerEntry], words: &Words) -> Option<&'a TriggerEntry> {
    entries
        .iter()
        .filter(|e| e.holds(words))
        .min_by(|a, b| rank(a, b))
}

/// Order of preference, best first: more specific, then heavier, then user, then earlier line.
pub(super) fn rank(a: &TriggerEntry, b: &TriggerEntry) -> std::cmp::Ordering {
    b.specificity()
        .cmp(&a.specificity())
        .then(b.weight.total_cmp(&a.weight))
        .then(a.origin.cmp(&b.origin))
        .then(a.line.cmp(&b.line))
}
