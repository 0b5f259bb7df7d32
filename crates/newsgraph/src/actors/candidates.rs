//! Mention candidates: spans found by the name, nominal and pronoun passes, before they are
//! merged into actors.

use crate::model::{ActorKind, MentionKind, PlaceKind, Sector};
use std::ops::Range;

/// What a candidate refers to, as far as its own words tell.
#[derive(Debug, Clone, PartialEq)]
pub enum Class {
    /// A person (named or described).
    Person,
    /// A country as a whole.
    Country,
    /// An organisation, government body, outlet or armed group.
    Org(ActorKind),
    /// A place (city, region, facility) in a locative use.
    Place(PlaceKind),
    /// The government of a country ("the Iraqi government", "the administration").
    Government,
    /// A collective ("militias", "U.S. diplomats"); the key names the kind of group.
    Group(String),
    /// An unnamed source ("a person familiar with the matter").
    Anonymous(String),
    /// A spokesperson with no name: a mention of the institution they speak for.
    Spokesperson,
    /// A pronoun: its lower-cased form.
    Pronoun(String),
}

/// A candidate mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    /// Token range.
    pub tokens: Range<usize>,
    /// Head token.
    pub head: usize,
    /// Name, nominal or pronoun.
    pub kind: MentionKind,
    /// What it refers to.
    pub class: Class,
    /// Canonical name (for names) or the phrase (for descriptions).
    pub name: String,
    /// Titles found with it ("Secretary of State").
    pub titles: Vec<String>,
    /// A country the words tie it to (ISO-3), if any.
    pub country: Option<String>,
    /// A sector the words imply, if any.
    pub sector: Option<Sector>,
    /// A full code from a dictionary or lexicon ("IRQREB"), if any.
    pub code: Option<String>,
    /// Token of a phrase naming what it belongs to ("head of X" -> X's head token).
    pub member_of: Option<usize>,
    /// Index of the candidate it is in apposition to, if any.
    pub appos_of: Option<usize>,
    /// Token of the institution a spokesperson speaks for.
    pub speaks_for: Option<usize>,
    /// Where the place lies, for places.
    pub place: Option<PlaceInfo>,
    /// True when the lexicon or a dictionary recognised it.
    pub known: bool,
    /// True for an unknown name in the headline, kept only if the body confirms it.
    pub unconfirmed: bool,
}

/// Gazetteer facts about a place.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInfo {
    /// Canonical name.
    pub name: String,
    /// Country, region, city, facility.
    pub kind: PlaceKind,
    /// ISO-3 country.
    pub country: Option<String>,
    /// Enclosing place name.
    pub within: Option<String>,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
}

impl Cand {
    /// A new candidate with nothing but span, head, kind and class.
    pub fn new(
        tokens: Range<usize>,
        head: usize,
        kind: MentionKind,
        class: Class,
        name: String,
    ) -> Cand {
        Cand {
            tokens,
            head,
            kind,
            class,
            name,
            titles: Vec::new(),
            country: None,
            sector: None,
            code: None,
            member_of: None,
            appos_of: None,
            speaks_for: None,
            place: None,
            known: false,
            unconfirmed: false,
        }
    }
}
