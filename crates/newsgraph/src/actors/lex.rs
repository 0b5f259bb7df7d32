//! The actor stage's view of the lexicons: countries, places, organisations, titles, nominal
//! actor nouns, given names and dictionaries, looked up over lower-cased token forms.

use super::candidates::PlaceInfo;
use crate::lexicon::Dictionary;
use crate::model::{ActorKind, PlaceKind, Sector};
use crate::text::tokens;
use once_cell::sync::Lazy;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

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

/// Lower-cased token forms of a lexicon entry, split as the text tokenizer splits text.
pub fn entry_words(name: &str) -> Vec<String> {
    let mut toks = Vec::new();
    tokens::tokenize(name, 0, name.len(), &mut toks);
    toks.iter().map(|t| t.form(name).to_lowercase()).collect()
}

/// Phrases keyed by their lower-cased tokens joined with spaces, for longest-match lookup.
#[derive(Debug, Clone)]
pub(crate) struct Phrases<T> {
    map: HashMap<String, T>,
    max: usize,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            map: HashMap::new(),
            max: 0,
        }
    }
}

impl<T: Clone> Phrases<T> {
    /// Adds a phrase unless it is already there (the first entry wins); a leading "the" is
    /// optional before two or more words ("the Washington Post", not "the Hill").
    pub(crate) fn insert(&mut self, name: &str, v: T) {
        let words = entry_words(name);
        if words.is_empty() {
            return;
        }
        if words.len() > 2 && words[0] == "the" {
            self.insert_words(&words[1..], v.clone());
        }
        self.insert_words(&words, v);
    }

    fn insert_words(&mut self, words: &[String], v: T) {
        self.max = self.max.max(words.len());
        self.map.entry(words.join(" ")).or_insert(v);
    }

    /// Longest phrase at the start of `words`: tokens matched and value.
    pub(crate) fn longest(&self, words: &[&str]) -> Option<(usize, &T)> {
        let top = self.max.min(words.len());
        (1..=top).rev().find_map(|n| {
            let key = words[..n].join(" ");
            self.map.get(&key).map(|v| (n, v))
        })
    }

    /// Exact phrase lookup.
    pub(crate) fn get(&self, words: &[&str]) -> Option<&T> {
        self.map.get(&words.join(" "))
    }

    /// Number of distinct phrases.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

/// Data lines of a TSV file: (1-based line number, fields), skipping blanks and `#` comments.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn field<'a>(f: &[&'a str], i: usize) -> &'a str {
    f.get(i).copied().unwrap_or("")
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

fn list(s: &str, sep: char) -> impl Iterator<Item = &str> {
    s.split(sep).map(str::trim).filter(|x| !x.is_empty())
}

/// Reads an actor kind ("armed_group").
pub fn parse_kind(s: &str) -> Option<ActorKind> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_ascii_lowercase())).ok()
}

fn parse_place_kind(s: &str) -> PlaceKind {
    match s {
        "country" => PlaceKind::Country,
        "region" => PlaceKind::Region,
        "city" => PlaceKind::City,
        "facility" => PlaceKind::Facility,
        _ => PlaceKind::Other,
    }
}

struct Countries {
    by_iso: HashMap<String, CountryInfo>,
    names: Phrases<String>,
    demonyms: HashMap<String, (String, bool)>,
}

static COUNTRIES: Lazy<Countries> = Lazy::new(|| {
    let mut c = Countries {
        by_iso: HashMap::new(),
        names: Phrases::default(),
        demonyms: HashMap::new(),
    };
    let data = include_str!("../../data/actors/countries.tsv");
    let all: Vec<Vec<&str>> = rows(data).collect();
    // Common names first, so that another country's alternative name never shadows one.
    for f in &all {
        let (iso, name) = (field(f, 0), field(f, 1));
        c.by_iso.insert(
            iso.to_string(),
            CountryInfo {
                iso3: iso.to_string(),
                name: name.to_string(),
                capital: opt(field(f, 2)),
            },
        );
        c.names.insert(name, iso.to_string());
    }
    for f in &all {
        let iso = field(f, 0);
        for n in list(field(f, 3), ';') {
            c.names.insert(n, iso.to_string());
        }
        for (col, plural) in [(4, false), (5, true)] {
            for n in list(field(f, col), ';') {
                let words = entry_words(n);
                c.demonyms
                    .entry(words.join(" "))
                    .or_insert((iso.to_string(), plural));
            }
        }
    }
    c
});

static PLACES: Lazy<Phrases<(PlaceInfo, bool)>> = Lazy::new(|| {
    let mut p = Phrases::default();
    let data = include_str!("../../data/places/places.tsv");
    let all: Vec<Vec<&str>> = rows(data).collect();
    let info = |f: &[&str]| {
        let country = opt(field(f, 2));
        let within = opt(field(f, 3)).or_else(|| {
            country
                .as_deref()
                .and_then(|c| COUNTRIES.by_iso.get(c))
                .map(|c| c.name.clone())
        });
        (
            PlaceInfo {
                name: field(f, 0).to_string(),
                kind: parse_place_kind(field(f, 1)),
                country,
                within,
                latitude: field(f, 5).parse().ok(),
                longitude: field(f, 6).parse().ok(),
            },
            field(f, 7) == "1",
        )
    };
    for f in &all {
        p.insert(field(f, 0), info(f));
    }
    for f in &all {
        let v = info(f);
        for n in list(field(f, 8), ';') {
            p.insert(n, v.clone());
        }
    }
    p
});

/// The ISO-3 country and sector parts of a CAMEO-style code ("USAGOV" -> USA, GOV).
pub fn split_code(code: &str) -> (Option<String>, Option<Sector>) {
    split_code_as(code, false)
}

/// Like [`split_code`], reading sector codes as the CAMEO codebook (PETRARCH dictionaries)
/// does when `cameo` is set: MED is media (JRN), HLH health (MED), NGO and HRI civil society.
pub fn split_code_as(code: &str, cameo: bool) -> (Option<String>, Option<Sector>) {
    let sector_of = |s: &str| {
        if cameo {
            match s {
                "MED" => return Some(Sector::JRN),
                "HLH" => return Some(Sector::MED),
                "NGO" | "HRI" => return Some(Sector::SOC),
                _ => {}
            }
        }
        Sector::parse(s)
    };
    let code = code.trim();
    let country = code
        .get(..3)
        .filter(|c| COUNTRIES.by_iso.contains_key(*c))
        .map(str::to_string);
    let start = if country.is_some() { 3 } else { 0 };
    let sector = (start..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..i + 3))
        .find_map(sector_of);
    (country, sector)
}

/// The organisation lexicon, and the one-word names in it written all in capitals ("ANA",
/// "IS"): those match only tokens written so, never the word or given name they spell
/// ("Ana Silva", "is").
struct Orgs {
    phrases: Phrases<OrgInfo>,
    acronyms: std::collections::HashSet<String>,
}

fn is_acronym_form(n: &str) -> bool {
    !n.contains(' ')
        && n.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !n.chars().any(char::is_lowercase)
}

static ORGS: Lazy<Orgs> = Lazy::new(|| {
    let mut p = Phrases::default();
    let mut acronyms = std::collections::HashSet::new();
    for f in rows(include_str!("../../data/actors/organizations.tsv")) {
        let mut names = list(field(&f, 0), '|');
        let Some(canonical) = names.next() else {
            continue;
        };
        let country = opt(field(&f, 2));
        let sector = Sector::parse(field(&f, 3));
        let code = opt(field(&f, 4)).or_else(|| match (&country, sector) {
            (Some(c), Some(s)) => Some(format!("{c}{}", s.as_str())),
            (Some(c), None) => Some(c.clone()),
            _ => None,
        });
        let info = OrgInfo {
            name: canonical.to_string(),
            kind: parse_kind(field(&f, 1)).unwrap_or(ActorKind::Organization),
            country,
            sector,
            code,
        };
        for n in std::iter::once(canonical).chain(names) {
            if is_acronym_form(n) {
                acronyms.insert(n.to_lowercase());
            }
            p.insert(n, info.clone());
        }
    }
    Orgs {
        phrases: p,
        acronyms,
    }
});

/// True when an organisation is known by this one-word form only as an acronym.
pub fn is_acronym(lower: &str) -> bool {
    ORGS.acronyms.contains(lower)
}

/// Modifiers that make a new title of any title ("acting", "former" ...); "former" makes a
/// former official (ELI).
const TITLE_MODIFIERS: &[&str] = &[
    "former", "acting", "interim", "deputy", "outgoing", "incoming",
];

static TITLES: Lazy<Phrases<TitleInfo>> = Lazy::new(|| {
    let mut p = Phrases::default();
    let mut generated = Vec::new();
    for f in rows(include_str!("../../data/actors/titles.tsv")) {
        let mut names = list(field(&f, 0), '|');
        let Some(canonical) = names.next() else {
            continue;
        };
        let info = TitleInfo {
            title: canonical.to_string(),
            sector: Sector::parse(field(&f, 1)),
            country: opt(field(&f, 2)),
        };
        for n in std::iter::once(canonical).chain(names) {
            p.insert(n, info.clone());
            if info.sector.is_some() && n.chars().next().is_some_and(char::is_uppercase) {
                generated.push((n.to_string(), info.clone()));
            }
        }
    }
    // Listed titles first, so that a listed "Deputy Prime Minister" keeps its own entry.
    for (n, info) in generated {
        for m in TITLE_MODIFIERS {
            let mut t = info.clone();
            t.title = format!("{}{} {}", m[..1].to_uppercase(), &m[1..], info.title);
            if *m == "former" {
                t.sector = Some(Sector::ELI);
            }
            p.insert(&format!("{m} {n}"), t);
        }
    }
    p
});

static NOMINALS: Lazy<HashMap<String, NominalInfo>> = Lazy::new(|| {
    let mut m = HashMap::new();
    for f in rows(include_str!("../../data/actors/nominals.tsv")) {
        let mut forms = list(field(&f, 0), '|');
        let Some(key) = forms.next() else {
            continue;
        };
        let info = NominalInfo {
            kind: parse_kind(field(&f, 1)).unwrap_or(ActorKind::Group),
            sector: Sector::parse(field(&f, 2)),
            key: key.to_string(),
            country: opt(field(&f, 3)),
        };
        m.entry(key.to_lowercase()).or_insert(info.clone());
        for form in forms {
            m.entry(form.to_lowercase()).or_insert(info.clone());
        }
    }
    m
});

static FIRST_NAMES: Lazy<HashSet<String>> = Lazy::new(|| {
    rows(include_str!("../../data/actors/first_names.tsv"))
        .map(|f| field(&f, 0).to_lowercase())
        .collect()
});

static PEOPLE: Lazy<Dictionary> = Lazy::new(|| {
    let path = std::path::Path::new("<built-in>/data/actors/people.tsv");
    Dictionary::parse_tsv(include_str!("../../data/actors/people.tsv"), path)
        .unwrap_or_else(|e| panic!("built-in people.tsv: {e}"))
});

thread_local! {
    static USER: RefCell<Vec<Arc<Dictionary>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with `dicts` as the user dictionaries that [`person`] and [`title`] consult on
/// this thread (later dictionaries override earlier ones and the built-in people).
pub fn with_dictionaries<R>(dicts: &[Arc<Dictionary>], f: impl FnOnce() -> R) -> R {
    struct Restore(Vec<Arc<Dictionary>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = std::mem::take(&mut self.0);
            USER.with(|u| *u.borrow_mut() = prev);
        }
    }
    let prev = USER.with(|u| std::mem::replace(&mut *u.borrow_mut(), dicts.to_vec()));
    let _restore = Restore(prev);
    f()
}

/// Loads every built-in lexicon now rather than on first use.
pub fn warm_up() {
    Lazy::force(&COUNTRIES);
    Lazy::force(&PLACES);
    Lazy::force(&ORGS);
    Lazy::force(&TITLES);
    Lazy::force(&NOMINALS);
    Lazy::force(&FIRST_NAMES);
    Lazy::force(&PEOPLE);
}

/// Entry counts of the built-in lexicons, by file stem ("countries", "places", ...).
pub fn sizes() -> Vec<(&'static str, usize)> {
    vec![
        ("countries", COUNTRIES.by_iso.len()),
        ("places", PLACES.len()),
        ("organizations", ORGS.phrases.len()),
        ("titles", TITLES.len()),
        ("nominals", NOMINALS.len()),
        ("first_names", FIRST_NAMES.len()),
        ("people", PEOPLE.len()),
    ]
}

/// Longest country name at the start of `words` (lower-cased forms): tokens matched and entry.
pub fn country_name(words: &[&str]) -> Option<(usize, CountryInfo)> {
    let (n, iso) = COUNTRIES.names.longest(words)?;
    Some((n, COUNTRIES.by_iso.get(iso)?.clone()))
}

/// The country an adjective or demonym denotes ("iraqi", "americans", "u.s."), and whether the
/// word names people (a plural demonym) rather than qualifying something.
pub fn demonym(word: &str) -> Option<(String, bool)> {
    COUNTRIES.demonyms.get(word).cloned()
}

/// The country with this ISO-3 code.
pub fn country(iso3: &str) -> Option<CountryInfo> {
    COUNTRIES.by_iso.get(iso3).cloned()
}

/// Longest place name (city, region, facility) at the start of `words`.
pub fn place(words: &[&str]) -> Option<(usize, PlaceInfo, bool)> {
    let (n, (info, common)) = PLACES.longest(words)?;
    Some((n, info.clone(), *common))
}

/// Longest organisation name at the start of `words`.
pub fn organization(words: &[&str]) -> Option<(usize, OrgInfo)> {
    ORGS.phrases.longest(words).map(|(n, o)| (n, o.clone()))
}

/// Longest title at the start of `words`: the built-in titles and user agent dictionaries.
pub fn title(words: &[&str]) -> Option<(usize, TitleInfo)> {
    let user = USER.with(|u| {
        u.borrow()
            .iter()
            .rev()
            .filter_map(|d| d.agent(words))
            .max_by_key(|(n, _)| *n)
            .map(|(n, a)| {
                let (country, sector) = split_code_as(&a.code, true);
                (
                    n,
                    TitleInfo {
                        title: a.name.clone(),
                        sector,
                        country,
                    },
                )
            })
    });
    let builtin = TITLES.longest(words).map(|(n, t)| (n, t.clone()));
    match (user, builtin) {
        (Some(u), Some(b)) => Some(if b.0 > u.0 { b } else { u }),
        (u, b) => u.or(b),
    }
}

/// The nominal-actor entry for a noun lemma.
pub fn nominal(lemma: &str) -> Option<NominalInfo> {
    NOMINALS
        .get(lemma)
        .or_else(|| NOMINALS.get(&lemma.to_lowercase()))
        .cloned()
}

/// True for a given name.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains(word)
}

/// The dictionary entry for a name (built-in people and user dictionaries) on `date`.
pub fn person(words: &[&str], date: Option<chrono::NaiveDate>) -> Option<(usize, DictInfo)> {
    // Longest match wins; on equal length a user dictionary beats the built-in people, and a
    // later user dictionary beats an earlier one.
    let mut best: Option<(usize, DictInfo)> = PEOPLE.lookup(words, date);
    USER.with(|u| {
        for d in u.borrow().iter() {
            if let Some((n, info)) = d.lookup(words, date) {
                if best.as_ref().is_none_or(|(m, _)| n >= *m) {
                    best = Some((n, info));
                }
            }
        }
    });
    // A lone surname followed by more name words names someone else ("Abbas Araghchi" is
    // not Mahmoud Abbas); a single-word person match must cover the whole run.
    best.filter(|(n, info)| *n > 1 || *n == words.len() || info.kind != ActorKind::Person)
}

/// The built-in people dictionary.
pub fn people() -> &'static Dictionary {
    &PEOPLE
}

/// Guesses the actor kind of a dictionary entry with no explicit kind from its name and code.
pub fn guess_kind(words: &[&str], code: &str) -> ActorKind {
    if let Some((n, o)) = organization(words) {
        if n == words.len() {
            return o.kind;
        }
    }
    if let Some((n, _)) = country_name(words) {
        if n == words.len() {
            return ActorKind::Country;
        }
    }
    let (country, sector) = split_code(code);
    let code = code.trim();
    if code.len() == 3 && country.is_some() {
        return ActorKind::Country;
    }
    // A bare three-letter code that is no sector or international prefix is a country code
    // the ISO list does not know (a dictionary's own or historical state: "SUN", "YUG").
    if code.len() == 3
        && code.chars().all(|c| c.is_ascii_uppercase())
        && sector.is_none()
        && !["IGO", "NGO", "NGM", "MNC", "IMG", "UIS"].contains(&code)
    {
        return ActorKind::Country;
    }
    if PLACES.get(words).is_some() {
        return if sector.is_some() {
            ActorKind::Government
        } else {
            ActorKind::Country
        };
    }
    if ["IGO", "NGO", "NGM", "MNC"]
        .iter()
        .any(|p| code.starts_with(p))
    {
        return ActorKind::Organization;
    }
    if words.len() >= 2 && words.iter().all(|w| !w.is_empty()) {
        return ActorKind::Person;
    }
    match sector {
        Some(Sector::REB | Sector::UAF) => ActorKind::ArmedGroup,
        Some(Sector::JRN) => ActorKind::Media,
        Some(Sector::GOV | Sector::MIL | Sector::LEG | Sector::JUD | Sector::COP) => {
            ActorKind::Government
        }
        _ => ActorKind::Organization,
    }
}

/// Resolves a code into dictionary facts (`cameo`: read sectors as the CAMEO codebook does).
pub fn dict_info(name: &str, code: &str, kind: ActorKind, cameo: bool) -> DictInfo {
    let (mut country, sector) = split_code_as(code, cameo);
    // A country the ISO list does not know keeps its dictionary code as its country.
    if country.is_none() && kind == ActorKind::Country && code.trim().len() == 3 {
        country = Some(code.trim().to_string());
    }
    DictInfo {
        name: name.to_string(),
        code: code.to_string(),
        country,
        sector,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn w(s: &str) -> Vec<String> {
        entry_words(s)
    }

    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }

    fn d(s: &str) -> Option<NaiveDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn country_names_and_variants() {
        for (text, iso) in [
            ("U.S.", "USA"),
            ("US", "USA"),
            ("United States of America", "USA"),
            ("America", "USA"),
            ("Britain", "GBR"),
            ("U.K.", "GBR"),
            ("South Korea", "KOR"),
            ("North Korea", "PRK"),
            ("Ivory Coast", "CIV"),
            ("Iraq", "IRQ"),
        ] {
            let words = w(text);
            let (n, c) = country_name(&refs(&words)).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((n, c.iso3.as_str()), (words.len(), iso), "{text}");
        }
        let words = w("United States Army");
        assert_eq!(country_name(&refs(&words)).map(|(n, _)| n), Some(2));
        assert_eq!(country("IRQ").unwrap().capital.as_deref(), Some("Baghdad"));
        assert_eq!(country("USA").unwrap().name, "United States");
        assert!(country_name(&["kurdish"]).is_none());
        assert!(COUNTRIES.by_iso.len() >= 240);
    }

    #[test]
    fn demonyms_singular_and_plural() {
        assert_eq!(demonym("iraqi"), Some(("IRQ".into(), false)));
        assert_eq!(demonym("iraqis"), Some(("IRQ".into(), true)));
        assert_eq!(demonym("americans"), Some(("USA".into(), true)));
        assert_eq!(demonym("american"), Some(("USA".into(), false)));
        assert_eq!(demonym("u.s."), Some(("USA".into(), false)));
        assert_eq!(demonym("british"), Some(("GBR".into(), false)));
        assert_eq!(demonym("britons"), Some(("GBR".into(), true)));
        assert_eq!(demonym("emirati"), Some(("ARE".into(), false)));
        assert_eq!(demonym("saudi"), Some(("SAU".into(), false)));
        assert_eq!(demonym("iranian"), Some(("IRN".into(), false)));
        assert_eq!(demonym("kurdish"), None);
        assert_eq!(demonym("table"), None);
    }

    #[test]
    fn places_with_country_and_ambiguity() {
        let (n, p, common) = place(&["baghdad"]).unwrap();
        assert_eq!(
            (n, p.country.as_deref(), p.kind, common),
            (1, Some("IRQ"), PlaceKind::City, false)
        );
        let (_, p, _) = place(&["basra"]).unwrap();
        assert_eq!(p.country.as_deref(), Some("IRQ"));
        let words = w("Green Zone");
        let (n, p, _) = place(&refs(&words)).unwrap();
        assert_eq!(
            (n, p.kind, p.within.as_deref()),
            (2, PlaceKind::Facility, Some("Baghdad"))
        );
        let (_, p, _) = place(&["washington"]).unwrap();
        assert_eq!(
            (p.country.as_deref(), p.kind),
            (Some("USA"), PlaceKind::City)
        );
        let (_, p, _) = place(&["kiev"]).unwrap();
        assert_eq!(p.name, "Kyiv");
        // Common English words are places only in a locative phrase.
        for word in ["reading", "nice", "mobile", "bath", "split"] {
            let (_, _, common) = place(&[word]).unwrap_or_else(|| panic!("{word}"));
            assert!(common, "{word}");
        }
        assert!(!place(&["paris"]).unwrap().2);
        assert!(place(&["of"]).is_none());
        let words = w("Middle East");
        assert_eq!(place(&refs(&words)).unwrap().1.kind, PlaceKind::Region);
    }

    #[test]
    fn organisations_with_kind_and_code() {
        let words = w("State Department");
        let (n, o) = organization(&refs(&words)).unwrap();
        assert_eq!(
            (n, o.kind, o.code.as_deref()),
            (2, ActorKind::Government, Some("USAGOV"))
        );
        // "the" is optional: name runs start after a lower-case article.
        let words = w("Washington Post");
        let (_, o) = organization(&refs(&words)).unwrap();
        assert_eq!(
            (o.kind, o.sector, o.code.as_deref()),
            (ActorKind::Media, Some(Sector::JRN), Some("USAJRN"))
        );
        let words = w("The Washington Post");
        assert_eq!(
            organization(&refs(&words)).unwrap().1.name,
            "The Washington Post"
        );
        let words = w("Kataib Hezbollah");
        let (_, o) = organization(&refs(&words)).unwrap();
        assert_eq!(
            (o.kind, o.code.as_deref()),
            (ActorKind::ArmedGroup, Some("IRQREB"))
        );
        let (_, o) = organization(&["pentagon"]).unwrap();
        assert_eq!(o.code.as_deref(), Some("USAMIL"));
        let (_, o) = organization(&["nato"]).unwrap();
        assert_eq!((o.country, o.code.as_deref()), (None, Some("IGONAT")));
        assert!(organization(&["hello"]).is_none());
    }

    #[test]
    fn titles_imply_sector_and_country() {
        let words = w("Secretary of State Michael Pompeo");
        let (n, t) = title(&refs(&words)).unwrap();
        assert_eq!(
            (n, t.sector, t.country.as_deref()),
            (3, Some(Sector::GOV), Some("USA"))
        );
        let (_, t) = title(&["sen."]).unwrap();
        assert_eq!(
            (t.sector, t.country.as_deref()),
            (Some(Sector::LEG), Some("USA"))
        );
        let words = w("Lt. Gen.");
        let (n, t) = title(&refs(&words)).unwrap();
        assert_eq!((n, t.sector), (words.len(), Some(Sector::MIL)));
        let words = w("Prime Minister");
        assert_eq!(title(&refs(&words)).unwrap().1.country, None);
        assert_eq!(title(&["ceo"]).unwrap().1.sector, Some(Sector::BUS));
        assert_eq!(title(&["judge"]).unwrap().1.sector, Some(Sector::JUD));
        // Generated forms: "former" makes a former official.
        let words = w("former Secretary of State");
        let (n, t) = title(&refs(&words)).unwrap();
        assert_eq!(
            (n, t.sector, t.title.as_str()),
            (4, Some(Sector::ELI), "Former Secretary of State")
        );
        let words = w("Acting Defense Secretary");
        assert_eq!(title(&refs(&words)).unwrap().1.sector, Some(Sector::GOV));
        // A listed title keeps its own entry.
        let words = w("Deputy Prime Minister");
        assert_eq!(
            title(&refs(&words)).unwrap().1.title,
            "Deputy Prime Minister"
        );
        assert!(TITLES.len() >= 700, "{}", TITLES.len());
    }

    #[test]
    fn nominals_and_first_names() {
        let n = nominal("militia").unwrap();
        assert_eq!(
            (n.kind, n.sector),
            (ActorKind::ArmedGroup, Some(Sector::REB))
        );
        assert_eq!(nominal("militias").unwrap().key, "militia");
        let n = nominal("administration").unwrap();
        assert_eq!(
            (n.kind, n.country.as_deref()),
            (ActorKind::Government, Some("USA"))
        );
        assert_eq!(nominal("protester").unwrap().sector, Some(Sector::CVL));
        // Generic heads are left to the nominal pass ("militia groups").
        assert!(nominal("group").is_none());
        assert!(is_first_name("michael"));
        assert!(is_first_name("mustafa"));
        assert!(is_first_name("vladimir"));
        assert!(!is_first_name("table"));
        assert!(!is_first_name("china"));
        assert!(FIRST_NAMES.len() >= 5000);
    }

    #[test]
    fn data_files_are_well_formed() {
        let iso = |c: &str| c.is_empty() || COUNTRIES.by_iso.contains_key(c);
        for (i, f) in rows(include_str!("../../data/actors/organizations.tsv")).enumerate() {
            assert!(
                parse_kind(field(&f, 1)).is_some(),
                "organizations row {i}: {f:?}"
            );
            assert!(iso(field(&f, 2)), "organizations row {i}: {f:?}");
            let s = field(&f, 3);
            assert!(
                s.is_empty() || Sector::parse(s).is_some(),
                "organizations row {i}: {f:?}"
            );
        }
        for f in rows(include_str!("../../data/actors/titles.tsv")) {
            let s = field(&f, 1);
            assert!(s.is_empty() || Sector::parse(s).is_some(), "titles: {f:?}");
            assert!(iso(field(&f, 2)), "titles: {f:?}");
        }
        for f in rows(include_str!("../../data/actors/nominals.tsv")) {
            assert!(parse_kind(field(&f, 1)).is_some(), "nominals: {f:?}");
            let s = field(&f, 2);
            assert!(
                s.is_empty() || Sector::parse(s).is_some(),
                "nominals: {f:?}"
            );
            assert!(iso(field(&f, 3)), "nominals: {f:?}");
        }
        for f in rows(include_str!("../../data/places/places.tsv")) {
            assert!(iso(field(&f, 2)), "places: {f:?}");
            assert!(
                matches!(field(&f, 1), "city" | "region" | "facility"),
                "places: {f:?}"
            );
        }
        // Every person's codes start with a country or an IGO code.
        for e in PEOPLE.entries() {
            for r in &e.roles {
                let (country, _) = split_code(&r.code);
                assert!(
                    country.is_some() || r.code.starts_with("IGO") || r.code.starts_with("IMG"),
                    "{}: {}",
                    e.name,
                    r.code
                );
            }
        }
    }

    #[test]
    fn people_by_date() {
        let (n, p) = person(&["pompeo"], d("2020-09-27")).unwrap();
        assert_eq!(
            (n, p.code.as_str(), p.kind),
            (1, "USAGOV", ActorKind::Person)
        );
        assert_eq!(
            (p.country.as_deref(), p.sector),
            (Some("USA"), Some(Sector::GOV))
        );
        assert_eq!(
            person(&["pompeo"], d("2015-01-01")).unwrap().1.code,
            "USALEG"
        );
        assert_eq!(
            person(&["pompeo"], d("2017-06-01")).unwrap().1.code,
            "USASPY"
        );
        // Both roles hold on the day he moved: the later one wins.
        assert_eq!(
            person(&["pompeo"], d("2018-04-26")).unwrap().1.code,
            "USAGOV"
        );
        let words = w("Mike Pompeo");
        assert_eq!(person(&refs(&words), d("2020-01-01")).unwrap().0, 2);
        let abadi = person(&["abadi"], d("2020-06-01")).unwrap().1;
        assert_ne!(abadi.code, "IRQGOV");
        assert_eq!(abadi.code, "IRQELI");
        assert_eq!(
            person(&["abadi"], d("2016-01-01")).unwrap().1.code,
            "IRQGOV"
        );
        let words = w("Mustafa al-Kadhimi");
        let (n, k) = person(&refs(&words), d("2020-09-27")).unwrap();
        assert_eq!((n, k.code.as_str()), (words.len(), "IRQGOV"));
        assert_eq!(
            person(&["kadhimi"], d("2018-01-01")).unwrap().1.code,
            "IRQSPY"
        );
        assert_eq!(
            person(&["soleimani"], d("2019-06-01")).unwrap().1.code,
            "IRNMIL"
        );
        assert_eq!(
            person(&["mckenzie"], d("2020-09-27")).unwrap().1.code,
            "USAMIL"
        );
        assert_eq!(
            person(&["trump"], d("2020-09-27")).unwrap().1.code,
            "USAGOV"
        );
        assert_eq!(
            person(&["trump"], d("2023-01-01")).unwrap().1.code,
            "USAPTY"
        );
        assert_eq!(
            person(&["trump"], d("2025-06-01")).unwrap().1.code,
            "USAGOV"
        );
        // A lone surname followed by another name word is someone else.
        let words = w("Abbas Araghchi");
        assert_eq!(
            person(&refs(&words), d("2025-01-01")).unwrap().1.code,
            "IRNGOV"
        );
        let words = w("Abbas Kiarostami");
        assert!(person(&refs(&words), d("2025-01-01")).is_none());
        assert!(PEOPLE.len() >= 300);
    }

    #[test]
    fn user_dictionaries_override_within_scope() {
        let dict = Dictionary::parse_tsv(
            "Pompeo|Mike Pompeo\tUSAELI\nJane Roe\tFRAGOV\t2019\t2021\n",
            std::path::Path::new("mem.tsv"),
        )
        .unwrap();
        let dicts = vec![Arc::new(dict)];
        let inside = with_dictionaries(&dicts, || {
            (
                person(&["pompeo"], d("2020-09-27")).map(|(_, p)| p.code),
                person(&["jane", "roe"], d("2020-01-01")).map(|(_, p)| p.code),
            )
        });
        assert_eq!(inside, (Some("USAELI".into()), Some("FRAGOV".into())));
        assert_eq!(
            person(&["pompeo"], d("2020-09-27")).unwrap().1.code,
            "USAGOV"
        );
        assert!(person(&["jane", "roe"], d("2020-01-01")).is_none());
    }
}
