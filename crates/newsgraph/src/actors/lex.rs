//! The actor stage's view of the lexicons: countries, places, organisations, titles, nominal
//! actor nouns, given names and dictionaries, looked up over lower-cased token forms.

use super::candidates::PlaceInfo;
use crate::model::{ActorKind, Sector};

/// A country entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryInfo {
    /// ISO 3166 alpha-3 code.
    pub iso3: String,
    /// Common English name.
    pub name: String,
    /// Capital city.
    pub capital: Option<String>,
}

/// An organisation entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgInfo {
    /// Canonical name.
    pub name: String,
    /// Actor kind.
    pub kind: ActorKind,
    /// Country or IGO code.
    pub country: Option<String>,
    /// Sector.
    pub sector: Option<Sector>,
    /// Full code.
    pub code: Option<String>,
}

/// A title entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleInfo {
    /// The title as it should be shown ("Secretary of State").
    pub title: String,
    /// Sector it implies.
    pub sector: Option<Sector>,
    /// Country it implies when used alone (country-specific titles), if any.
    pub country: Option<String>,
}

/// A nominal actor noun entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NominalInfo {
    /// Actor kind of the phrase.
    pub kind: ActorKind,
    /// Sector.
    pub sector: Option<Sector>,
    /// Singular lemma used as the group key.
    pub key: String,
    /// Country it implies when unmodified ("administration" in US news), if any.
    pub country: Option<String>,
}

/// A dictionary entry for a name, resolved for the publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictInfo {
    /// Canonical name.
    pub name: String,
    /// Full code for the date ("USAGOV").
    pub code: String,
    /// Country part of the code.
    pub country: Option<String>,
    /// Sector part of the code.
    pub sector: Option<Sector>,
    /// Actor kind the code implies.
    pub kind: ActorKind,
}

/// Longest country name at the start of `words` (lower-cased forms): tokens matched and entry.
pub fn country_name(words: &[&str]) -> Option<(usize, CountryInfo)> {
    let _ = words;
    None
}

/// The country an adjective or demonym denotes ("iraqi", "americans", "u.s."), and whether the
/// word names people (a plural demonym) rather than qualifying something.
pub fn demonym(word: &str) -> Option<(String, bool)> {
    let _ = word;
    None
}

/// The country with this ISO-3 code.
pub fn country(iso3: &str) -> Option<CountryInfo> {
    let _ = iso3;
    None
}

/// Longest place name (city, region, facility) at the start of `words`.
pub fn place(words: &[&str]) -> Option<(usize, PlaceInfo, bool)> {
    let _ = words;
    None
}

/// Longest organisation name at the start of `words`.
pub fn organization(words: &[&str]) -> Option<(usize, OrgInfo)> {
    let _ = words;
    None
}

/// Longest title at the start of `words`.
pub fn title(words: &[&str]) -> Option<(usize, TitleInfo)> {
    let _ = words;
    None
}

/// The nominal-actor entry for a noun lemma.
pub fn nominal(lemma: &str) -> Option<NominalInfo> {
    let _ = lemma;
    None
}

/// True for a given name.
pub fn is_first_name(word: &str) -> bool {
    let _ = word;
    false
}

/// The dictionary entry for a name (built-in people and user dictionaries) on `date`.
pub fn person(words: &[&str], date: Option<chrono::NaiveDate>) -> Option<(usize, DictInfo)> {
    let _ = (words, date);
    None
}
