//! Task `events`: PLOVER gold records and PETRARCH-2's test suite.
//!
//! PLOVER (one gold event per sentence; no publication date is passed, the records' dates
//! are dummies): category accuracy of our highest-confidence event (ties: the first), and of
//! the best of any of our events; macro-F1 over categories (highest-confidence event; mean
//! over every category seen in the gold or our output); source and target country accuracy
//! (our highest-confidence event's first actor / first recipient against the gold codes).
//! Gold categories in older PLOVER names are mapped by [`plover_category`].
//!
//! PETRARCH-2 (active records; `date` is the publication date): each of our events expands
//! to one triple per (actor, recipient) pair, as PETRARCH codes compound actors, with `---`
//! for a missing side; an actor's code is its `code`, else its `country`, else `---`. Until
//! the suite's own actor and agent dictionaries can be loaded (see [`petrarch_extractor`]),
//! its fictional countries (Arnor, Gondor) cannot be coded, so the figures are actor-free:
//! the CAMEO roots (and full codes) of a record's expanded triples, compared as multisets
//! with the gold's. With the dictionaries, (source, target, root) and (source, target, code)
//! triples are scored the same way. Must-be-empty: share of `expect_no_events` records for
//! which we return no event.

use crate::data::petrarch::{PetrRecord, Petrarch};
use crate::data::plover::{Plover, PloverActor};
use crate::metrics::{multiset_matches, Accuracy, Confusion, Prf};
use crate::predict::{self, Extracted};
use crate::report::{Score, Section};
use newsgraph::{Actor, Document, Event, EventCategory, Extractor};
use std::collections::BTreeSet;

/// Our category for a gold PLOVER category name. The records use some names of older PLOVER
/// drafts, merged in the 16-category model exactly as `CAMEO2PLOVER-2021.txt` merges their
/// CAMEO roots: DEMAND (CAMEO 10) -> REQUEST, DISAPPROVE (11) -> ACCUSE, INVESTIGATE (09) ->
/// ACCUSE (mode "investigate"), FIGHT (19) -> ASSAULT.
pub fn plover_category(gold: &str) -> Option<EventCategory> {
    match gold.trim().to_ascii_uppercase().as_str() {
        "DEMAND" => Some(EventCategory::Request),
        "DISAPPROVE" | "INVESTIGATE" => Some(EventCategory::Accuse),
        "FIGHT" => Some(EventCategory::Assault),
        other => EventCategory::parse(other),
    }
}

/// The event we would report for a sentence: highest confidence, the first on ties.
pub fn top_event(events: &[Event]) -> Option<&Event> {
    events.iter().reduce(|best, e| {
        if e.confidence > best.confidence {
            e
        } else {
            best
        }
    })
}

/// Country keys of an actor: the first three letters of its code and its country (so an IGO
/// actor coded `IGOUNO` matches gold `IGO`).
pub fn country_keys(a: &Actor) -> BTreeSet<String> {
    let mut k = BTreeSet::new();
    if let Some(c) = &a.code {
        let p: String = c.chars().take(3).collect();
        if p.len() == 3 {
            k.insert(p.to_ascii_uppercase());
        }
    }
    if let Some(c) = &a.country {
        k.insert(c.to_ascii_uppercase());
    }
    k
}

/// PLOVER counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PloverCounts {
    /// Highest-confidence event's category right.
    pub top: Accuracy,
    /// Some event's category right.
    pub any: Accuracy,
    /// Per-category counts of the highest-confidence event.
    pub confusion: Confusion,
    /// Source country right (records with a gold source code).
    pub source: Accuracy,
    /// Target country right (records with a gold target code).
    pub target: Accuracy,
}

fn gold_codes(side: &[PloverActor]) -> BTreeSet<String> {
    side.iter()
        .map(|a| a.code.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Scores one record against one document.
pub fn score_plover(
    c: &mut PloverCounts,
    gold_event: &str,
    source: &[PloverActor],
    target: &[PloverActor],
    doc: Option<&Document>,
) {
    let events = doc.map(|d| d.events.as_slice()).unwrap_or_default();
    let gold = plover_category(gold_event);
    let gold_name = gold.map_or_else(
        || gold_event.trim().to_ascii_uppercase(),
        |g| g.as_str().to_string(),
    );
    let top = top_event(events);
    c.top
        .push(gold.is_some() && top.map(|e| e.category) == gold);
    c.any
        .push(gold.is_some() && events.iter().any(|e| Some(e.category) == gold));
    c.confusion
        .push(&gold_name, top.map(|e| e.category.as_str()));
    let side_ok = |ids: Option<&String>, gold: &BTreeSet<String>| -> bool {
        let actor = ids.and_then(|id| doc.and_then(|d| d.actor(id)));
        actor.is_some_and(|a| !country_keys(a).is_disjoint(gold))
    };
    let gs = gold_codes(source);
    if !gs.is_empty() {
        c.source
            .push(side_ok(top.and_then(|e| e.actors.first()), &gs));
    }
    let gt = gold_codes(target);
    if !gt.is_empty() {
        c.target
            .push(side_ok(top.and_then(|e| e.recipients.first()), &gt));
    }
}

/// Scores PLOVER.
pub fn plover(pl: &Plover, ex: &Extracted) -> Section {
    let mut c = PloverCounts::default();
    let mut unmapped = BTreeSet::new();
    for (i, r) in pl.records.iter().enumerate() {
        if plover_category(&r.event).is_none() {
            unmapped.insert(r.event.clone());
        }
        score_plover(&mut c, &r.event, &r.source, &r.target, ex.get(i));
    }
    let mut s = Section::new("events", "plover", "newsgraph");
    s.documents = pl.records.len();
    s.gold = pl.records.len();
    s.push(
        "category_top",
        "category, highest-confidence event",
        Score::Accuracy(c.top),
    );
    s.push(
        "category_any",
        "category, best of any event",
        Score::Accuracy(c.any),
    );
    let f1 = c.confusion.macro_f1();
    s.push(
        "category_macro",
        "category, mean over categories",
        Score::MacroF1 {
            f1,
            classes: c.confusion.classes,
        },
    );
    s.push(
        "source_country",
        "source country",
        Score::Accuracy(c.source),
    );
    s.push(
        "target_country",
        "target country",
        Score::Accuracy(c.target),
    );
    s.notes.extend(ex.note());
    s.notes.push("gold DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT (CAMEO2PLOVER-2021)".into());
    if !unmapped.is_empty() {
        s.notes.push(format!(
            "unknown gold categories (never right): {}",
            unmapped.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    s
}

/// A coded triple.
pub type Triple = (String, String, String);

/// Our events as PETRARCH triples: one per (actor, recipient) pair.
pub fn triples(doc: &Document) -> Vec<Triple> {
    let code = |id: &String| -> String {
        doc.actor(id)
            .and_then(|a| a.code.clone().or_else(|| a.country.clone()))
            .unwrap_or_else(|| "---".to_string())
    };
    let none = ["---".to_string()];
    let mut out = Vec::new();
    for e in &doc.events {
        let srcs: Vec<String> = if e.actors.is_empty() {
            none.to_vec()
        } else {
            e.actors.iter().map(code).collect()
        };
        let tgts: Vec<String> = if e.recipients.is_empty() {
            none.to_vec()
        } else {
            e.recipients.iter().map(code).collect()
        };
        for s in &srcs {
            for t in &tgts {
                out.push((s.clone(), t.clone(), e.cameo.clone()));
            }
        }
    }
    out
}

/// The two-digit CAMEO root of a code.
pub fn root(code: &str) -> String {
    code.chars().take(2).collect()
}

/// PETRARCH counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PetrCounts {
    /// CAMEO roots, actors ignored.
    pub roots: Prf,
    /// Full CAMEO codes, actors ignored.
    pub codes: Prf,
    /// (source, target, root).
    pub triple_roots: Prf,
    /// (source, target, code).
    pub triple_codes: Prf,
    /// `expect_no_events` records left empty.
    pub empty: Accuracy,
}

fn count<T: Ord + Clone>(gold: Vec<T>, pred: Vec<T>) -> Prf {
    Prf::from_counts(gold.len(), pred.len(), multiset_matches(&gold, &pred))
}

/// Scores one record given our triples.
pub fn score_petrarch(c: &mut PetrCounts, r: &PetrRecord, ours: &[Triple]) {
    let gold: Vec<Triple> = r
        .expected
        .iter()
        .map(|t| (t.source.clone(), t.target.clone(), t.event.clone()))
        .collect();
    let roots = |v: &[Triple]| v.iter().map(|t| root(&t.2)).collect::<Vec<_>>();
    let codes = |v: &[Triple]| v.iter().map(|t| t.2.clone()).collect::<Vec<_>>();
    let troots = |v: &[Triple]| {
        v.iter()
            .map(|t| (t.0.clone(), t.1.clone(), root(&t.2)))
            .collect::<Vec<_>>()
    };
    c.roots.add(count(roots(&gold), roots(ours)));
    c.codes.add(count(codes(&gold), codes(ours)));
    c.triple_roots.add(count(troots(&gold), troots(ours)));
    c.triple_codes.add(count(gold.clone(), ours.to_vec()));
    if r.expect_no_events {
        c.empty.push(ours.is_empty());
    }
}

/// The extractor for the suite with its own actor and agent dictionaries loaded (its countries
/// are fictional), and whether they could be loaded.
pub fn petrarch_extractor(p: &Petrarch, base: &Extractor) -> (Extractor, bool) {
    let paths: Vec<_> = [&p.actors_dictionary, &p.agents_dictionary]
        .into_iter()
        .flatten()
        .collect();
    if paths.is_empty() {
        return (base.clone(), false);
    }
    let mut b = Extractor::builder().threads(base.threads());
    for path in paths {
        b = match b.with_dictionary_file(path) {
            Ok(b) => b,
            Err(_) => return (base.clone(), false),
        };
    }
    match b.build() {
        Ok(ex) => (ex, true),
        Err(_) => (base.clone(), false),
    }
}

/// Extracts and scores the suite.
pub fn petrarch(p: &Petrarch, base: &Extractor) -> Section {
    let (ex, with_actors) = petrarch_extractor(p, base);
    let articles: Vec<_> = p
        .records
        .iter()
        .map(|r| predict::article(&r.id, &r.text, None, Some(&r.date)))
        .collect();
    let extracted = predict::extract(&ex, &articles);
    petrarch_section(p, &extracted, with_actors)
}

/// Scores the suite against extracted documents.
pub fn petrarch_section(p: &Petrarch, ex: &Extracted, with_actors: bool) -> Section {
    let mut c = PetrCounts::default();
    for (i, r) in p.records.iter().enumerate() {
        let ours = ex.get(i).map(triples).unwrap_or_default();
        score_petrarch(&mut c, r, &ours);
    }
    let mut s = Section::new("events", "petrarch", "newsgraph");
    s.documents = p.records.len();
    s.gold = p.records.iter().map(|r| r.expected.len()).sum();
    s.push("roots", "CAMEO roots, actor-free", Score::Prf(c.roots));
    s.push("codes", "CAMEO codes, actor-free", Score::Prf(c.codes));
    if with_actors {
        s.push(
            "triples_root",
            "(source, target, root)",
            Score::Prf(c.triple_roots),
        );
        s.push(
            "triples_code",
            "(source, target, code)",
            Score::Prf(c.triple_codes),
        );
    } else {
        s.notes.push("suite dictionaries not loaded: actor-free figures only (roots / codes of each record compared as multisets)".into());
    }
    s.push(
        "must_be_empty",
        "expect-no-events records left empty",
        Score::Accuracy(c.empty),
    );
    s.notes.extend(ex.note());
    s.notes.push(format!(
        "{} active records ({} inactive skipped)",
        p.records.len(),
        p.inactive
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::petrarch::PetrTriple;
    use newsgraph::{ActorKind, Factuality, Span as NSpan};

    fn actor(id: &str, code: Option<&str>, country: Option<&str>) -> Actor {
        Actor {
            id: id.into(),
            name: id.into(),
            kind: ActorKind::Country,
            titles: vec![],
            country: country.map(str::to_string),
            sector: None,
            code: code.map(str::to_string),
            affiliation: None,
            description: None,
            mentions: vec![],
        }
    }

    fn event(
        cat: EventCategory,
        cameo: &str,
        conf: f64,
        actors: &[&str],
        recipients: &[&str],
    ) -> Event {
        Event {
            id: "e".into(),
            category: cat,
            cameo: cameo.into(),
            plover_mode: None,
            quad: cat.quad(),
            factuality: Factuality::Asserted,
            condition: None,
            actors: actors.iter().map(|s| s.to_string()).collect(),
            recipients: recipients.iter().map(|s| s.to_string()).collect(),
            trigger: NSpan {
                start: 0,
                end: 0,
                text: String::new(),
            },
            time: None,
            location: None,
            quantities: vec![],
            statement: None,
            sentence: 0,
            confidence: conf,
        }
    }

    fn doc(actors: Vec<Actor>, events: Vec<Event>) -> Document {
        let mut d = newsgraph::Extractor::new().extract_text("x").unwrap();
        d.actors = actors;
        d.events = events;
        d
    }

    fn pa(code: &str) -> PloverActor {
        PloverActor {
            text: String::new(),
            code: code.into(),
            sector: String::new(),
        }
    }

    #[test]
    fn category_mapping() {
        assert_eq!(plover_category("DEMAND"), Some(EventCategory::Request));
        assert_eq!(plover_category("DISAPPROVE"), Some(EventCategory::Accuse));
        assert_eq!(plover_category("INVESTIGATE"), Some(EventCategory::Accuse));
        assert_eq!(plover_category("FIGHT"), Some(EventCategory::Assault));
        assert_eq!(plover_category("agree"), Some(EventCategory::Agree));
        assert_eq!(plover_category("PARADE"), None);
    }

    #[test]
    fn plover_top_any_and_countries() {
        let d = doc(
            vec![
                actor("a1", Some("USAGOV"), None),
                actor("a2", None, Some("IRQ")),
                actor("a3", Some("IGOUNO"), Some("UNO")),
            ],
            vec![
                event(EventCategory::Threaten, "138", 0.4, &["a1"], &["a2"]),
                event(EventCategory::Assault, "190", 0.9, &["a2"], &["a3"]),
            ],
        );
        let mut c = PloverCounts::default();
        // Gold FIGHT == ASSAULT, the top event; source IRQ right; target IGO right via IGOUNO.
        score_plover(&mut c, "FIGHT", &[pa("IRQ")], &[pa("IGO")], Some(&d));
        // Gold THREATEN: top is wrong, any is right; source USA wrong (top event's actor is IRQ).
        score_plover(&mut c, "THREATEN", &[pa("USA")], &[], Some(&d));
        // No document: wrong everywhere, still counted.
        score_plover(&mut c, "AGREE", &[pa("USA"), pa("JOR")], &[pa("")], None);
        assert_eq!(
            c.top,
            Accuracy {
                correct: 1,
                total: 3
            }
        );
        assert_eq!(
            c.any,
            Accuracy {
                correct: 2,
                total: 3
            }
        );
        assert_eq!(
            c.source,
            Accuracy {
                correct: 1,
                total: 3
            }
        );
        assert_eq!(
            c.target,
            Accuracy {
                correct: 1,
                total: 1
            },
            "empty gold codes are not judged"
        );
        // ASSAULT tp1 fp1 (F1 2/3), THREATEN fn1 (0), AGREE fn1 (0).
        assert!((c.confusion.macro_f1() - (2.0 / 3.0) / 3.0).abs() < 1e-12);
    }

    #[test]
    fn ties_go_to_the_first_event() {
        let es = [
            event(EventCategory::Agree, "03", 0.5, &[], &[]),
            event(EventCategory::Reject, "12", 0.5, &[], &[]),
        ];
        assert_eq!(top_event(&es).unwrap().category, EventCategory::Agree);
        assert!(top_event(&[]).is_none());
    }

    #[test]
    fn compound_actors_expand_and_missing_sides_are_dashes() {
        let d = doc(
            vec![
                actor("a1", Some("ARNGOV"), None),
                actor("a2", None, Some("OSG")),
                actor("a3", None, None),
            ],
            vec![
                event(EventCategory::Support, "032", 0.5, &["a1", "a2"], &["a3"]),
                event(EventCategory::Aid, "07", 0.5, &[], &[]),
            ],
        );
        let t = triples(&d);
        let tr = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            t,
            vec![
                tr("ARNGOV", "---", "032"),
                tr("OSG", "---", "032"),
                tr("---", "---", "07")
            ]
        );
    }

    fn rec(expected: &[(&str, &str, &str)], empty: bool) -> PetrRecord {
        PetrRecord {
            id: "r".into(),
            category: String::new(),
            date: "19950101".into(),
            active: true,
            text: String::new(),
            expected: expected
                .iter()
                .map(|&(s, t, e)| PetrTriple {
                    source: s.into(),
                    target: t.into(),
                    event: e.into(),
                })
                .collect(),
            expect_no_events: empty,
        }
    }

    #[test]
    fn petrarch_roots_codes_triples_and_empties() {
        let tr = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let mut c = PetrCounts::default();
        // Root right, code wrong, actors wrong.
        score_petrarch(
            &mut c,
            &rec(&[("ARN", "GON", "064")], false),
            &[tr("USA", "---", "061")],
        );
        // Exact triple.
        score_petrarch(
            &mut c,
            &rec(&[("ARN", "GON", "064")], false),
            &[tr("ARN", "GON", "064")],
        );
        // Must be empty and is; must be empty and is not.
        score_petrarch(&mut c, &rec(&[], true), &[]);
        score_petrarch(&mut c, &rec(&[], true), &[tr("---", "---", "01")]);
        // Nothing predicted.
        score_petrarch(&mut c, &rec(&[("ARN", "GON", "111")], false), &[]);
        assert_eq!(
            c.roots,
            Prf {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            c.codes,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            c.triple_roots,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            c.triple_codes,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            c.empty,
            Accuracy {
                correct: 1,
                total: 2
            }
        );
        assert_eq!(root("1011"), "10");
    }
}
