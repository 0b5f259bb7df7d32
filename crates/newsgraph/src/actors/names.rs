//! Proper names: runs of proper nouns from the tagger, split and typed with the lexicons
//! (titles, dictionaries, organisations, countries, places, given names) and, for names no
//! lexicon knows, by their words and their place in the sentence.

use super::candidates::{Cand, Class, PlaceInfo};
use super::lex;
use crate::model::{ActorKind, MentionKind, PlaceKind, Sector};
use crate::text::SegmentKind;
use crate::tree::Tree;
use chrono::NaiveDate;
use std::ops::Range;

/// Lower-case particles that may sit inside a name ("Abu Mahdi al-Muhandis", "bin Salman").
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "de", "da", "du", "del", "della", "di", "van", "von", "der",
    "la", "le", "bint", "ben", "y", "dos", "das",
];

/// Final words that make an unknown name an organisation, with the kind they imply.
const ORG_HEADS: &[(&str, ActorKind)] = &[
    ("inc", ActorKind::Organization),
    ("inc.", ActorKind::Organization),
    ("corp", ActorKind::Organization),
    ("corp.", ActorKind::Organization),
    ("corporation", ActorKind::Organization),
    ("ltd", ActorKind::Organization),
    ("ltd.", ActorKind::Organization),
    ("co.", ActorKind::Organization),
    ("llc", ActorKind::Organization),
    ("plc", ActorKind::Organization),
    ("ag", ActorKind::Organization),
    ("sa", ActorKind::Organization),
    ("n.v.", ActorKind::Organization),
    ("group", ActorKind::Organization),
    ("company", ActorKind::Organization),
    ("airlines", ActorKind::Organization),
    ("airways", ActorKind::Organization),
    ("motors", ActorKind::Organization),
    ("motor", ActorKind::Organization),
    ("aircraft", ActorKind::Organization),
    ("airplanes", ActorKind::Organization),
    ("aerospace", ActorKind::Organization),
    ("automotive", ActorKind::Organization),
    ("electronics", ActorKind::Organization),
    ("pharmaceuticals", ActorKind::Organization),
    ("communications", ActorKind::Organization),
    ("entertainment", ActorKind::Organization),
    ("studios", ActorKind::Organization),
    ("systems", ActorKind::Organization),
    ("technologies", ActorKind::Organization),
    ("industries", ActorKind::Organization),
    ("holdings", ActorKind::Organization),
    ("bank", ActorKind::Organization),
    ("fund", ActorKind::Organization),
    ("trust", ActorKind::Organization),
    ("university", ActorKind::Organization),
    ("college", ActorKind::Organization),
    ("school", ActorKind::Organization),
    ("academy", ActorKind::Organization),
    ("institute", ActorKind::Organization),
    ("hospital", ActorKind::Organization),
    ("museum", ActorKind::Organization),
    ("foundation", ActorKind::Organization),
    ("association", ActorKind::Organization),
    ("society", ActorKind::Organization),
    ("federation", ActorKind::Organization),
    ("league", ActorKind::Organization),
    ("union", ActorKind::Organization),
    ("club", ActorKind::Organization),
    ("fc", ActorKind::Organization),
    ("team", ActorKind::Organization),
    ("church", ActorKind::Organization),
    ("network", ActorKind::Organization),
    ("organization", ActorKind::Organization),
    ("organisation", ActorKind::Organization),
    ("committee", ActorKind::Organization),
    ("council", ActorKind::Organization),
    ("coalition", ActorKind::Organization),
    ("alliance", ActorKind::Organization),
    ("party", ActorKind::Organization),
    ("movement", ActorKind::Organization),
    ("front", ActorKind::ArmedGroup),
    ("brigade", ActorKind::ArmedGroup),
    ("brigades", ActorKind::ArmedGroup),
    ("militia", ActorKind::ArmedGroup),
    ("army", ActorKind::Government),
    ("navy", ActorKind::Government),
    ("forces", ActorKind::Government),
    ("force", ActorKind::Government),
    ("guard", ActorKind::Government),
    ("guards", ActorKind::Government),
    ("corps", ActorKind::Government),
    ("police", ActorKind::Government),
    ("ministry", ActorKind::Government),
    ("department", ActorKind::Government),
    ("office", ActorKind::Government),
    ("bureau", ActorKind::Government),
    ("agency", ActorKind::Government),
    ("commission", ActorKind::Government),
    ("authority", ActorKind::Government),
    ("administration", ActorKind::Government),
    ("parliament", ActorKind::Government),
    ("assembly", ActorKind::Government),
    ("senate", ActorKind::Government),
    ("congress", ActorKind::Government),
    ("court", ActorKind::Government),
    ("board", ActorKind::Organization),
    ("service", ActorKind::Government),
    ("capital", ActorKind::Organization),
    ("brothers", ActorKind::Organization),
    ("partners", ActorKind::Organization),
    ("spa", ActorKind::Organization),
    ("gmbh", ActorKind::Organization),
    ("energy", ActorKind::Organization),
    ("communications", ActorKind::Organization),
    ("entertainment", ActorKind::Organization),
    ("studios", ActorKind::Organization),
    ("pictures", ActorKind::Organization),
    ("records", ActorKind::Organization),
    ("labs", ActorKind::Organization),
    ("software", ActorKind::Organization),
    ("electronics", ActorKind::Organization),
    ("pharmaceuticals", ActorKind::Organization),
    ("petroleum", ActorKind::Organization),
    ("insurance", ActorKind::Organization),
    ("securities", ActorKind::Organization),
    ("investments", ActorKind::Organization),
    ("ventures", ActorKind::Organization),
    ("enterprises", ActorKind::Organization),
    ("news", ActorKind::Media),
    ("times", ActorKind::Media),
    ("post", ActorKind::Media),
    ("journal", ActorKind::Media),
    ("tribune", ActorKind::Media),
    ("herald", ActorKind::Media),
    ("gazette", ActorKind::Media),
    ("press", ActorKind::Media),
    ("television", ActorKind::Media),
    ("tv", ActorKind::Media),
    ("radio", ActorKind::Media),
    ("magazine", ActorKind::Media),
];

/// The kind an organisation head word gives a name ("Motors" -> organisation), if it is one.
fn org_head_kind(word: &str) -> Option<ActorKind> {
    ORG_HEADS.iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
}

/// Final words that make an unknown name a facility (a place, not an actor).
const FACILITY_HEADS: &[&str] = &[
    "airport",
    "center",
    "centre",
    "stadium",
    "arena",
    "station",
    "square",
    "bridge",
    "street",
    "avenue",
    "road",
    "highway",
    "park",
    "palace",
    "hall",
    "tower",
    "building",
    "port",
    "harbour",
    "harbor",
    "base",
    "camp",
    "prison",
    "island",
    "islands",
    "river",
    "lake",
    "mountain",
    "mountains",
    "valley",
    "desert",
    "coast",
    "sea",
    "ocean",
    "bay",
    "county",
    "province",
    "district",
    "region",
    "state",
];

/// Sector implied by an organisation's final word.
fn head_sector(word: &str) -> Option<Sector> {
    Some(match word {
        "army" | "navy" | "forces" | "force" | "corps" | "guard" | "guards" => Sector::MIL,
        "police" => Sector::COP,
        "court" => Sector::JUD,
        "parliament" | "assembly" | "senate" | "congress" => Sector::LEG,
        "party" => Sector::PTY,
        "ministry" | "department" | "office" | "bureau" | "agency" | "commission" | "authority"
        | "administration" | "service" => Sector::GOV,
        "university" | "college" | "school" | "academy" | "institute" => Sector::EDU,
        "hospital" => Sector::MED,
        "church" => Sector::REL,
        "union" => Sector::LAB,
        "front" | "brigade" | "brigades" | "militia" => Sector::REB,
        "news" | "times" | "post" | "journal" | "tribune" | "herald" | "gazette" | "press"
        | "television" | "tv" | "radio" | "magazine" => Sector::JRN,
        "inc" | "inc." | "corp" | "corp." | "corporation" | "ltd" | "ltd." | "co." | "llc"
        | "plc" | "ag" | "company" | "airlines" | "airways" | "motors" | "systems"
        | "technologies" | "industries" | "holdings" | "bank" | "group" => Sector::BUS,
        _ => return None,
    })
}

/// Prepositions that make a place name a location rather than an actor.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "across",
    "within",
    "into",
    "throughout",
    "outside",
    "inside",
    "around",
    "towards",
    "toward",
    "through",
    "between",
    "along",
    "over",
    "off",
    "via",
    "across",
    "beyond",
    "on",
    "onto",
];

fn is_nameish(tree: &Tree<'_>, i: usize) -> bool {
    let form = tree.form(i);
    let cap = form
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (tree.upos(i) == "PROPN" || matches!(tree.xpos(i), "NNP" | "NNPS"))
        && cap
        && form.chars().any(char::is_alphabetic)
        // "US$", "A$": a currency, not a name.
        && !form.contains(['$', '£', '€', '¥'])
}

/// True for a model designation that turns the name before it into a product ("Airbus
/// A380", "Boeing 787", "737-800", "iPhone 3GS"): letters with digits, or a number of three
/// or more digits that is not a year. Short numbers are scores or counts ("Chelsea 2").
fn is_model_code(form: &str) -> bool {
    let digits = form.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || !form.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return false;
    }
    if form.chars().all(|c| c.is_ascii_digit()) {
        let year = form.len() == 4 && (form.starts_with("19") || form.starts_with("20"));
        return form.len() >= 3 && !year;
    }
    form.len() >= 2 && form.chars().any(|c| c.is_ascii_alphabetic())
}

/// Last words of names of events, programmes, laws and other things that are not actors
/// ("World Cup", "Developers Conference", "Clean Air Act").
const NON_ACTOR_HEADS: &[&str] = &[
    "summit",
    "show",
    "expo",
    "exhibition",
    "fair",
    "festival",
    "games",
    "olympics",
    "paralympics",
    "cup",
    "cups",
    "championship",
    "championships",
    "tournament",
    "award",
    "awards",
    "prize",
    "program",
    "programme",
    "kit",
    "store",
    "act",
    "bill",
    "treaty",
    "accord",
    "protocol",
    "plan",
    "project",
    "initiative",
    "campaign",
    "day",
    "week",
    "series",
    "edition",
    "version",
    "war",
    "revolution",
    "crisis",
    "jubilee",
    "flight",
];

/// Religious and ethnic communities, plural or collective ("Muslims", "Kurds", "Rohingya").
const COMMUNITIES: &[&str] = &[
    "muslims",
    "christians",
    "jews",
    "hindus",
    "buddhists",
    "sikhs",
    "catholics",
    "protestants",
    "arabs",
    "kurds",
    "sunnis",
    "shiites",
    "shias",
    "rohingya",
    "yazidis",
    "druze",
    "uighurs",
    "uyghurs",
    "tamils",
    "pashtuns",
    "hazaras",
    "berbers",
    "copts",
    "maronites",
    "alawites",
];

/// First words that make a name an organisation ("Air Canada", "Bank of Japan").
const ORG_FIRST: &[&str] = &["air", "bank"];

/// ISO currency codes written like acronyms ("USD 40 million").
const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "chf", "aud", "cad", "inr",
];

/// First words of names of storms and operations ("Cyclone Phailin", "Operation Desert Storm").
const NON_ACTOR_FIRST: &[&str] = &["cyclone", "hurricane", "typhoon", "storm", "operation"];

/// True when `i` sits in a locative phrase ("in Baghdad", "from the U.S.").
pub fn locative(tree: &Tree<'_>, i: usize) -> bool {
    let h = phrase_head(tree, i);
    matches!(tree.base_rel(h), "obl" | "nmod" | "advmod" | "conj")
        && tree.case_of(h).is_some_and(|c| LOCATIVE.contains(&c))
        || (tree.base_rel(h) == "conj" && tree.head(h).is_some_and(|p| locative(tree, p)))
}

/// Signs in the sentence that a name no lexicon knows is a person's: a relative clause with
/// "who" ("Scarne, who ..."), an age in apposition ("Papermaster, 49,"), or a role noun
/// before it or modifying it ("poet Whitman", "the biologist Bos").
fn person_evidence(tree: &Tree<'_>, r: &Range<usize>, head: usize) -> bool {
    // The who-clause may hang on either side of an apposition ("the novelist X, who ...").
    let apposed = (tree.base_rel(head) == "appos")
        .then(|| tree.head(head))
        .flatten();
    let who = std::iter::once(head).chain(apposed).any(|h| {
        tree.children(h).any(|c| {
            tree.base_rel(c) == "acl"
                && tree
                    .children(c)
                    .any(|w| matches!(tree.lower(w), "who" | "whom" | "whose"))
        })
    });
    let age = r.end + 2 < tree.len()
        && tree.form(r.end) == ","
        && tree.upos(r.end + 1) == "NUM"
        && tree.form(r.end + 1).len() <= 3
        && tree.form(r.end + 1).chars().all(|c| c.is_ascii_digit())
        && tree.form(r.end + 2) == ",";
    let role = |i: usize| {
        tree.upos(i) == "NOUN"
            && tree.form(i).starts_with(char::is_lowercase)
            && lex::title(&[tree.lower(i)]).is_some()
    };
    let before =
        r.start > 0 && tree.segment(r.start - 1) == tree.segment(r.start) && role(r.start - 1);
    let modifier = tree
        .children(head)
        .any(|c| !r.contains(&c) && matches!(tree.base_rel(c), "compound" | "nmod") && role(c));
    who || age || before || modifier
}

/// The head of the nominal phrase that name token `i` belongs to: up its flat, compound and
/// fixed name parts (at most four steps).
fn phrase_head(tree: &Tree<'_>, i: usize) -> usize {
    let mut h = i;
    for _ in 0..4 {
        if !matches!(tree.base_rel(h), "flat" | "compound" | "fixed") {
            break;
        }
        match tree.head(h) {
            Some(x) => h = x,
            None => break,
        }
    }
    h
}

/// True when the phrase of `i` modifies a noun ("a stake in X", "job cuts at X"): unknown
/// names there are more often organisations than places.
fn noun_governed(tree: &Tree<'_>, i: usize) -> bool {
    let h = phrase_head(tree, i);
    tree.base_rel(h) == "nmod" && tree.head(h).is_some_and(|g| tree.upos(g) == "NOUN")
}

/// The token of a run whose head lies outside it (the run's syntactic head).
fn run_head(tree: &Tree<'_>, r: &Range<usize>) -> usize {
    r.clone()
        .find(|&i| tree.head(i).is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end - 1)
}

/// Maximal runs of name tokens in a segment, joined across particles and hyphens.
fn runs(tree: &Tree<'_>, seg: Range<usize>, skip: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = seg.start;
    while i < seg.end {
        if skip[i] || !is_nameish(tree, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < seg.end && !skip[end] && is_nameish(tree, end) {
                end += 1;
                continue;
            }
            // "al-Maliki", "Abu Bakr al-Baghdadi", "Bank of America", "AT&T"
            let joiner = end + 1 < seg.end
                && !skip[end + 1]
                && is_nameish(tree, end + 1)
                && (matches!(tree.form(end), "-" | "&" | "of" | "de" | "for")
                    || PARTICLES.contains(&tree.lower(end)));
            let joiner2 = end + 2 < seg.end
                && PARTICLES.contains(&tree.lower(end))
                && tree.form(end + 1) == "-"
                && is_nameish(tree, end + 2);
            if joiner2 {
                end += 3;
            } else if joiner {
                end += 2;
            } else {
                break;
            }
        }
        // A leading particle glued by a hyphen ("al-Maliki" on its own).
        let start = if start >= seg.start + 2
            && tree.form(start - 1) == "-"
            && PARTICLES.contains(&tree.lower(start - 2))
        {
            start - 2
        } else {
            start
        };
        // A demonym before a title is the person's country, not part of the name ("Iranian
        // General Qassem Soleimani"); demonym_country reads it from the token before.
        let start = if end - start >= 3
            && matches!(lex::demonym(tree.lower(start)), Some((_, false)))
            && lex::title(&[tree.lower(start + 1)]).is_some()
        {
            start + 1
        } else {
            start
        };
        out.push(start..end);
        i = end;
    }
    out
}

fn lower_words<'t>(tree: &'t Tree<'_>, r: Range<usize>) -> Vec<&'t str> {
    r.map(|i| tree.lower(i)).collect()
}

/// A name's display form: its tokens' text with original spacing.
pub fn surface(tree: &Tree<'_>, r: &Range<usize>) -> String {
    tree.slice(r)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the proper-name candidates. `skip` marks tokens inside time expressions.
pub fn find(tree: &Tree<'_>, skip: &[bool], date: Option<NaiveDate>) -> Vec<Cand> {
    let mut out = Vec::new();
    for seg in &tree.layout().segments {
        if seg.kind == SegmentKind::Dateline {
            continue;
        }
        for run in runs(tree, seg.tokens.clone(), skip) {
            let code_inside = run.len() >= 2 && is_model_code(tree.form(run.end - 1));
            let code_after = run.end < seg.tokens.end && is_model_code(tree.form(run.end));
            if code_inside || code_after {
                continue;
            }
            let run = with_leading_title(tree, run, &seg.tokens, skip);
            split_run(tree, run, date, seg.kind == SegmentKind::Headline, &mut out);
        }
        // Countries and organisations the tagger did not mark as proper nouns ("U.S." as ADJ).
        let mut i = seg.tokens.start;
        while i < seg.tokens.end {
            if out.iter().any(|c: &Cand| c.tokens.contains(&i)) || skip[i] {
                i += 1;
                continue;
            }
            let cap = tree.form(i).chars().next().is_some_and(char::is_uppercase);
            let words = lower_words(tree, i..seg.tokens.end);
            if cap {
                if let Some((n, c)) = lex::country_name(&words) {
                    // A country name used as an adjective ("U.S. embassy") still names it.
                    out.push(country_cand(tree, i..i + n, c));
                    i += n;
                    continue;
                }
                // A known organisation of several capitalised words the tagger read as
                // common words ("General Motors" as adjective + noun at a sentence start).
                let org = lex::organization(&words).filter(|(n, _)| {
                    *n >= 2
                        && i + n <= seg.tokens.end
                        && (i..i + n)
                            .all(|k| !skip[k] && tree.form(k).starts_with(char::is_uppercase))
                });
                if let Some((n, o)) = org {
                    out.push(org_cand(tree, i..i + n, o));
                    i += n;
                    continue;
                }
            }
            i += 1;
        }
    }
    for c in &mut out {
        demonym_country(tree, c);
    }
    out.sort_by_key(|c| (c.tokens.start, c.tokens.end));
    out
}

/// Extends a name run leftwards over a capitalised title the tagger did not mark as a proper
/// noun ("Foreign Minister Tomas Varga", "Secretary of State John Kerry" with "Secretary"
/// tagged as a common noun).
fn with_leading_title(
    tree: &Tree<'_>,
    run: Range<usize>,
    seg: &Range<usize>,
    skip: &[bool],
) -> Range<usize> {
    for k in (1..=4).rev() {
        let Some(p) = run.start.checked_sub(k).filter(|&p| p >= seg.start) else {
            continue;
        };
        if (p..run.start).any(|i| skip[i]) || !tree.form(p).starts_with(char::is_uppercase) {
            continue;
        }
        let words = lower_words(tree, p..run.end);
        if lex::title(&words).is_some_and(|(n, _)| n >= k && n < words.len()) {
            return p..run.end;
        }
    }
    run
}

/// Countries from demonyms: a plural demonym written as a name is a group of that country's
/// people ("Palestinians"); a demonym just before a name, or modifying its head, gives the
/// name's country ("Georgian President Eduard Shevardnadze").
fn demonym_country(tree: &Tree<'_>, c: &mut Cand) {
    // Religious and ethnic communities named in the plural are groups of people too.
    if c.tokens.len() == 1 && !c.known && COMMUNITIES.contains(&tree.lower(c.tokens.start)) {
        c.class = Class::Group(tree.lower(c.tokens.start).to_string());
        return;
    }
    if c.tokens.len() == 1 {
        if let Some((iso, true)) = lex::demonym(tree.lower(c.tokens.start)) {
            c.class = Class::Group(tree.lower(c.tokens.start).to_string());
            c.country = Some(iso);
            return;
        }
    }
    if c.country.is_some() || !matches!(c.class, Class::Person | Class::Org(_)) {
        return;
    }
    let before =
        c.tokens.start.checked_sub(1).filter(|&b| {
            tree.segment(b) == tree.segment(c.tokens.start) && tree.upos(b) != "PUNCT"
        });
    let modifiers = tree
        .children(c.head)
        .filter(|&m| !c.tokens.contains(&m) && matches!(tree.base_rel(m), "amod" | "nmod"));
    for m in before.into_iter().chain(modifiers) {
        if let Some((iso, false)) = lex::demonym(tree.lower(m)) {
            c.country = Some(iso);
            return;
        }
    }
}

/// A mention of an organisation the lexicon knows.
fn org_cand(tree: &Tree<'_>, r: Range<usize>, o: lex::OrgInfo) -> Cand {
    let mut c = Cand::new(
        r.clone(),
        run_head(tree, &r),
        MentionKind::Name,
        class_of_kind(o.kind),
        o.name.clone(),
    );
    c.country = o.country;
    c.sector = o.sector;
    c.code = o.code;
    c.known = true;
    c
}

fn country_cand(tree: &Tree<'_>, r: Range<usize>, c: lex::CountryInfo) -> Cand {
    let head = run_head(tree, &r);
    let class = if locative(tree, head) {
        Class::Place(PlaceKind::Country)
    } else {
        Class::Country
    };
    let mut cand = Cand::new(r, head, MentionKind::Name, class, c.name.clone());
    cand.country = Some(c.iso3.clone());
    cand.known = true;
    cand.place = Some(PlaceInfo {
        name: c.name,
        kind: PlaceKind::Country,
        country: Some(c.iso3),
        within: None,
        latitude: None,
        longitude: None,
    });
    cand
}

/// Splits a run into a title prefix and known names, and types what is left.
fn split_run(
    tree: &Tree<'_>,
    run: Range<usize>,
    date: Option<NaiveDate>,
    headline: bool,
    out: &mut Vec<Cand>,
) {
    let mut titles: Vec<String> = Vec::new();
    let mut title_sector = None;
    let mut title_country = None;
    let mut title_start = None;
    let mut pos = run.start;
    // "General Motors", "National Bank": an organisation head at the end outranks a title.
    let org_named = org_head_kind(tree.lower(run.end - 1)).is_some();
    while pos < run.end {
        let words = lower_words(tree, pos..run.end);
        // A title followed by more name words ("Secretary of State John Kerry").
        if let Some((n, t)) = lex::title(&words).filter(|_| !org_named) {
            if pos + n < run.end {
                title_start.get_or_insert(pos);
                titles.push(t.title);
                title_sector = title_sector.or(t.sector);
                title_country = title_country.or(t.country);
                pos += n;
                continue;
            }
        }
        if let Some((n, d)) = lex::person(&words, date) {
            let r = pos..pos + n;
            let mut c = Cand::new(
                title_start.unwrap_or(pos)..pos + n,
                run_head(tree, &r),
                MentionKind::Name,
                class_of_kind(d.kind),
                d.name.clone(),
            );
            c.code = Some(d.code.clone());
            c.country = d.country.clone();
            c.sector = d.sector;
            c.known = true;
            c.titles = std::mem::take(&mut titles);
            out.push(c);
            title_start = None;
            pos += n;
            continue;
        }
        let org = lex::organization(&words).filter(|(n, _)| {
            *n > 1 || !lex::is_acronym(words[0]) || !tree.form(pos).chars().any(char::is_lowercase)
        });
        if let Some((n, o)) = org {
            out.push(org_cand(tree, pos..pos + n, o));
            pos += n;
            continue;
        }
        if let Some((n, country)) = lex::country_name(&words) {
            out.push(country_cand(tree, pos..pos + n, country));
            pos += n;
            continue;
        }
        if let Some((n, place, common)) = lex::place(&words) {
            let r = pos..pos + n;
            let head = run_head(tree, &r);
            // A common word ("Nice", "Reading") only counts as a place in a locative phrase.
            if !common || locative(tree, head) {
                out.push(place_cand(tree, r, head, place));
                pos += n;
                continue;
            }
        }
        // Nothing known: the rest of the run is one name.
        if headline {
            // Headlines capitalise every word; unknown capitalised words there are not names
            // unless the body confirms them (see `confirm_headline`).
            let r = pos..run.end;
            let mut c = Cand::new(
                r.clone(),
                run_head(tree, &r),
                MentionKind::Name,
                Class::Org(ActorKind::Organization),
                surface(tree, &r),
            );
            c.known = false;
            c.titles = std::mem::take(&mut titles);
            c.sector = title_sector;
            c.country = title_country.clone();
            c.unconfirmed = true;
            out.push(c);
            break;
        }
        let r = pos..run.end;
        let rest = lower_words(tree, r.clone());
        let non_actor = r.len() >= 2
            && (NON_ACTOR_HEADS.contains(rest.last().unwrap_or(&""))
                || NON_ACTOR_FIRST.contains(&rest[0]));
        let currency = r.len() == 1 && CURRENCY_CODES.contains(&rest[0]);
        if (non_actor || currency) && titles.is_empty() {
            break;
        }
        let mut c = unknown(tree, r.clone(), !titles.is_empty());
        if let Some(ts) = title_start {
            c.tokens.start = ts;
        }
        c.titles = std::mem::take(&mut titles);
        c.sector = c.sector.or(title_sector);
        c.country = c.country.clone().or(title_country.clone());
        out.push(c);
        break;
    }
}

fn place_cand(tree: &Tree<'_>, r: Range<usize>, head: usize, place: PlaceInfo) -> Cand {
    // A capital city as the subject or object of a verb stands for the government.
    let metonym = !locative(tree, head)
        && matches!(tree.base_rel(head), "nsubj" | "obj" | "iobj")
        && place.kind == PlaceKind::City
        && place
            .country
            .as_deref()
            .and_then(lex::country)
            .and_then(|c| c.capital)
            .is_some_and(|cap| cap.eq_ignore_ascii_case(&place.name));
    let class = if metonym {
        Class::Government
    } else {
        Class::Place(place.kind)
    };
    let mut c = Cand::new(r, head, MentionKind::Name, class, place.name.clone());
    c.country = place.country.clone();
    c.known = true;
    if metonym {
        c.sector = Some(Sector::GOV);
    }
    c.place = Some(place);
    c
}

fn class_of_kind(kind: ActorKind) -> Class {
    match kind {
        ActorKind::Person => Class::Person,
        ActorKind::Country => Class::Country,
        k => Class::Org(k),
    }
}

/// Types a name no lexicon knows from its words.
fn unknown(tree: &Tree<'_>, r: Range<usize>, titled: bool) -> Cand {
    let head = run_head(tree, &r);
    let words = lower_words(tree, r.clone());
    let last = words.last().copied().unwrap_or("");
    let name = surface(tree, &r);
    let org_head = org_head_kind(last)
        .or_else(|| {
            (words.len() >= 2 && ORG_FIRST.contains(&words[0])).then_some(ActorKind::Organization)
        })
        .or_else(|| {
            // "University of Helsinki", "Ministry of Defence": the head word comes first.
            let of = words.iter().position(|w| *w == "of")?;
            org_head_kind(words.get(of.checked_sub(1)?)?)
        });
    let acronym = r.len() == 1 && {
        let f = tree.form(r.start);
        f.len() >= 2
            && f.len() <= 6
            && f.chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
    };
    let first_name = lex::is_first_name(words[0]);
    // A title standing alone ("the President said") names a person.
    let title_only = lex::title(&words).is_some_and(|(n, _)| n == words.len());
    // A word that heads organisation or facility names outranks a title or given name at the
    // start ("General Motors", "Delta Air Lines", "Changi International Airport").
    let facility = r.len() >= 2 && FACILITY_HEADS.contains(&last);
    let class = if r.len() >= 2 && org_head.is_some() {
        Class::Org(org_head.unwrap_or(ActorKind::Organization))
    } else if facility {
        Class::Place(PlaceKind::Facility)
    } else if titled
        || title_only
        || (first_name && r.len() >= 2)
        || (first_name && r.len() == 1 && !acronym)
    {
        Class::Person
    } else if let Some(k) = org_head {
        Class::Org(k)
    } else if acronym {
        Class::Org(ActorKind::Organization)
    } else if locative(tree, head) && r.len() <= 2 && !noun_governed(tree, head) {
        Class::Place(PlaceKind::Other)
    } else if r.len() >= 2
        && r.len() <= 4
        && r.clone().all(|i| {
            tree.upos(i) == "PROPN" || tree.form(i) == "-" || PARTICLES.contains(&tree.lower(i))
        })
        || person_evidence(tree, &r, head)
    {
        Class::Person
    } else {
        // A lone unknown name: an organisation unless coreference shows it is a person.
        Class::Org(ActorKind::Organization)
    };
    let mut c = Cand::new(r, head, MentionKind::Name, class.clone(), name);
    if matches!(class, Class::Org(_)) {
        c.sector = org_head.and(head_sector(last)).or_else(|| {
            let of = words.iter().position(|w| *w == "of")?;
            head_sector(words.get(of.checked_sub(1)?)?)
        });
    }
    if let Class::Place(k) = class {
        c.place = Some(PlaceInfo {
            name: c.name.clone(),
            kind: k,
            country: None,
            within: None,
            latitude: None,
            longitude: None,
        });
    }
    c
}

/// A lone name that is the surname of a person named in full elsewhere in the document is
/// that person, even when a gazetteer knows it as a town ("Sean Montalvo" ... "Montalvo").
pub fn surnames_are_people(cands: &mut [Cand]) {
    let surnames: Vec<String> = cands
        .iter()
        .filter(|c| c.class == Class::Person && c.kind == MentionKind::Name)
        .filter_map(|c| {
            let words: Vec<&str> = c.name.split_whitespace().collect();
            (words.len() >= 2).then(|| words[words.len() - 1].to_lowercase())
        })
        .collect();
    for c in cands.iter_mut() {
        let place = matches!(
            c.class,
            Class::Place(PlaceKind::City | PlaceKind::Region | PlaceKind::Other)
        );
        let lone = c.tokens.len() == 1 && c.kind == MentionKind::Name;
        if lone
            && (place || (c.class == Class::Org(ActorKind::Organization) && !c.known))
            && surnames.contains(&c.name.to_lowercase())
        {
            c.class = Class::Person;
            c.place = None;
            c.country = None;
            c.known = false;
        }
    }
}

/// Keeps headline names only when the lexicons know them or the body names them too.
pub fn confirm_headline(cands: &mut Vec<Cand>) {
    let body_names: Vec<String> = cands
        .iter()
        .filter(|c| !c.unconfirmed)
        .map(|c| c.name.to_lowercase())
        .collect();
    cands.retain_mut(|c| {
        if !c.unconfirmed {
            return true;
        }
        c.unconfirmed = false;
        let n = c.name.to_lowercase();
        body_names
            .iter()
            .any(|b| b == &n || b.ends_with(&format!(" {n}")))
    });
}
