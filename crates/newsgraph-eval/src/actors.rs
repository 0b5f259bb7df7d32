//! Task `actors`: named mentions of people, organisations and places, typed PER / ORG / LOC.
//!
//! Our side: every mention of kind `name` of an actor or a place, typed by [`actor_type`] /
//! [`place_type`]; a span that is both an actor and a place mention counts once, with the
//! actor's type. Predictions can also come from a file (`--predictions`, see
//! [`read_predictions`]) so that another system (spaCy) is scored by this same code.
//!
//! Gold, MEANTIME: in-window mentions with `syntactic_type` NAM and `ent_type` PER/ORG/LOC.
//! Gold, GUM: person / organization / place mentions whose syntactic head (gold UD tree) is a
//! proper noun (PROPN).
//!
//! Both corpora also annotate names that are not gold mentions by that definition (MEANTIME:
//! premodifiers `PRE.NAM` like "US" in "US airtanker contract", and mentions with no
//! syntactic type; GUM: person/organization/place mentions headed by a common noun, like
//! "musician Nick Rhodes of Duran Duran"). A prediction that matches no gold mention and
//! overlaps none, but overlaps such an annotated non-gold PER/ORG/LOC mention, is left out of
//! precision ("ignored") rather than counted wrong.
//!
//! Figures: typed overlap (the headline figure), typed exact span, and untyped overlap (to
//! tell boundary errors from typing errors). Matching is one-to-one.

use crate::data::gum::Gum;
use crate::data::meantime::Meantime;
use crate::error::{EvalError, Result};
use crate::metrics::{match_spans, Prf, Span, SpanMatch};
use crate::predict::Extracted;
use crate::report::{Score, Section};
use newsgraph::{ActorKind, Document, MentionKind, PlaceKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The gold type of our actor kinds. Countries are LOC: both MEANTIME ("the United States",
/// "France") and GUM ("US", "Russia") type country names as places, also when they act.
pub fn actor_type(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person | ActorKind::AnonymousSource | ActorKind::Group => "PER",
        ActorKind::Country => "LOC",
        ActorKind::Government
        | ActorKind::Organization
        | ActorKind::ArmedGroup
        | ActorKind::Media => "ORG",
    }
}

/// The gold type of our places: all LOC (MEANTIME and GUM put facilities, cities, regions and
/// countries alike under LOC / place).
pub fn place_type(_kind: PlaceKind) -> &'static str {
    "LOC"
}

/// A typed named mention (prediction or gold).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Named {
    /// Its span.
    pub span: Span,
    /// PER, ORG or LOC (anything else never matches a typed gold mention).
    pub ty: String,
}

impl Named {
    /// A mention.
    pub fn new(start: usize, end: usize, ty: &str) -> Named {
        Named {
            span: Span::new(start, end),
            ty: ty.to_string(),
        }
    }
}

/// Our named mentions of a document, sorted by span; one per span (actor type first).
pub fn newsgraph_named(doc: &Document) -> Vec<Named> {
    let mut by_span: BTreeMap<Span, &'static str> = BTreeMap::new();
    for a in &doc.actors {
        for m in a.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
            by_span
                .entry(Span::new(m.start, m.end))
                .or_insert(actor_type(a.kind));
        }
    }
    for p in &doc.places {
        for m in p.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
            by_span
                .entry(Span::new(m.start, m.end))
                .or_insert(place_type(p.kind));
        }
    }
    by_span
        .into_iter()
        .map(|(span, ty)| Named {
            span,
            ty: ty.to_string(),
        })
        .collect()
}

/// Counts of one document (or a sum).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActorCounts {
    /// Typed, overlapping spans.
    pub overlap: Prf,
    /// Typed, identical spans.
    pub exact: Prf,
    /// Any type, overlapping spans.
    pub untyped: Prf,
    /// Predictions left out of the typed-overlap precision (they only touch annotated names
    /// that are not gold mentions).
    pub ignored: usize,
}

impl ActorCounts {
    fn add(&mut self, o: ActorCounts) {
        self.overlap.add(o.overlap);
        self.exact.add(o.exact);
        self.untyped.add(o.untyped);
        self.ignored += o.ignored;
    }
}

/// Scores one document: gold mentions, annotated non-gold spans, predictions.
pub fn score_doc(gold: &[Named], dont_care: &[Span], pred: &[Named]) -> ActorCounts {
    let gs: Vec<Span> = gold.iter().map(|g| g.span).collect();
    let ps: Vec<Span> = pred.iter().map(|p| p.span).collect();
    // Predictions that touch no gold mention but do touch an annotated non-gold name.
    let ignorable: Vec<bool> = ps
        .iter()
        .map(|p| !gs.iter().any(|g| g.overlaps(*p)) && dont_care.iter().any(|d| d.overlaps(*p)))
        .collect();
    let count = |mode: SpanMatch, typed: bool| -> (Prf, usize) {
        let m = match_spans(&gs, &ps, mode, |g, p| !typed || gold[g].ty == pred[p].ty);
        let matched: BTreeSet<usize> = m.iter().map(|&(_, p)| p).collect();
        let ignored = (0..ps.len())
            .filter(|p| !matched.contains(p) && ignorable[*p])
            .count();
        (
            Prf::from_counts(gs.len(), ps.len() - ignored, m.len()),
            ignored,
        )
    };
    let (overlap, ignored) = count(SpanMatch::Overlap, true);
    ActorCounts {
        overlap,
        exact: count(SpanMatch::Strict, true).0,
        untyped: count(SpanMatch::Overlap, false).0,
        ignored,
    }
}

/// Where predictions come from.
#[derive(Debug, Clone)]
pub enum Source<'a> {
    /// The documents newsgraph extracted.
    Newsgraph(&'a Extracted),
    /// Mentions read from a predictions file, by document id.
    File(&'a BTreeMap<String, Vec<Named>>, &'a str),
}

impl Source<'_> {
    fn system(&self) -> String {
        match self {
            Source::Newsgraph(_) => "newsgraph".into(),
            Source::File(_, name) => format!("predictions {name}"),
        }
    }

    fn predictions(&self, i: usize, doc_id: &str) -> Vec<Named> {
        match self {
            Source::Newsgraph(ex) => ex.get(i).map(newsgraph_named).unwrap_or_default(),
            Source::File(map, _) => map.get(doc_id).cloned().unwrap_or_default(),
        }
    }

    fn note(&self) -> Option<String> {
        match self {
            Source::Newsgraph(ex) => ex.note(),
            Source::File(..) => None,
        }
    }
}

const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

fn section(dataset: &str, src: &Source, docs: usize, total: ActorCounts) -> Section {
    let mut s = Section::new("actors", dataset, &src.system());
    s.documents = docs;
    s.gold = total.overlap.tp + total.overlap.fn_;
    s.push(
        "overlap",
        "mentions, typed overlap",
        Score::Prf(total.overlap),
    );
    s.push(
        "exact",
        "mentions, typed exact span",
        Score::Prf(total.exact),
    );
    s.push(
        "untyped",
        "mentions, untyped overlap",
        Score::Prf(total.untyped),
    );
    s.notes.extend(src.note());
    s.notes.push(format!(
        "{} predictions touching only annotated non-gold names were ignored",
        total.ignored
    ));
    s
}

/// MEANTIME gold mentions and don't-care spans of one document.
pub fn meantime_gold(d: &crate::data::meantime::MtDoc) -> (Vec<Named>, Vec<Span>) {
    let mut gold = Vec::new();
    let mut dont_care = Vec::new();
    for e in d.entities.iter().filter(|e| e.in_window) {
        let Some(ty) = e.ent_type.as_deref().filter(|t| TYPES.contains(t)) else {
            continue;
        };
        if e.syntactic_type == "NAM" {
            gold.push(Named::new(e.char_start, e.char_end, ty));
        } else {
            dont_care.push(Span::new(e.char_start, e.char_end));
        }
    }
    (gold, dont_care)
}

/// Scores MEANTIME.
pub fn meantime(mt: &Meantime, src: &Source) -> Section {
    let mut total = ActorCounts::default();
    for (i, d) in mt.docs.iter().enumerate() {
        let (gold, dont_care) = meantime_gold(d);
        let pred: Vec<Named> = src
            .predictions(i, &d.id)
            .into_iter()
            .filter(|p| d.in_window(p.span.start))
            .collect();
        total.add(score_doc(&gold, &dont_care, &pred));
    }
    let mut s = section("meantime", src, mt.docs.len(), total);
    s.notes.push("gold: in-window NAM mentions typed PER/ORG/LOC; predictions outside the window are ignored".into());
    s
}

/// GUM gold mentions and don't-care spans of one document.
pub fn gum_gold(d: &crate::data::gum::GumDoc) -> (Vec<Named>, Vec<Span>) {
    let mut gold = Vec::new();
    let mut dont_care = Vec::new();
    for e in &d.entities {
        let ty = match e.etype.as_str() {
            "person" => "PER",
            "organization" => "ORG",
            "place" => "LOC",
            _ => continue,
        };
        if e.named {
            gold.push(Named::new(e.char_start, e.char_end, ty));
        } else {
            dont_care.push(Span::new(e.char_start, e.char_end));
        }
    }
    (gold, dont_care)
}

/// Scores GUM documents of `split` (all for `None`).
pub fn gum(gum: &Gum, src: &Source, dataset: &str, split: Option<&str>) -> Section {
    let mut total = ActorCounts::default();
    let mut n = 0;
    for (i, d) in gum.docs.iter().enumerate() {
        if split.is_some_and(|s| s != d.split) {
            continue;
        }
        n += 1;
        let (gold, dont_care) = gum_gold(d);
        total.add(score_doc(&gold, &dont_care, &src.predictions(i, &d.id)));
    }
    let mut s = section(dataset, src, n, total);
    s.notes
        .push("gold: person/organization/place mentions whose gold syntactic head is PROPN".into());
    s
}

/// Reads mention predictions: JSON Lines of `{"dataset": "meantime"|"gum", "doc_id", "start",
/// "end", "type": "PER"|"ORG"|"LOC"}` (code-point offsets into the data set's `text`).
/// Returns them by data set, then document, sorted.
pub fn read_predictions(path: &Path) -> Result<BTreeMap<String, BTreeMap<String, Vec<Named>>>> {
    #[derive(serde::Deserialize)]
    struct Rec {
        dataset: String,
        doc_id: String,
        start: usize,
        end: usize,
        #[serde(rename = "type")]
        ty: String,
    }
    let mut out: BTreeMap<String, BTreeMap<String, Vec<Named>>> = BTreeMap::new();
    for (line, r) in crate::data::read_jsonl::<Rec>(path)? {
        if r.start > r.end {
            return Err(EvalError::parse(
                path,
                line,
                format!("start {} after end {}", r.start, r.end),
            ));
        }
        out.entry(r.dataset)
            .or_default()
            .entry(r.doc_id)
            .or_default()
            .push(Named::new(r.start, r.end, &r.ty));
    }
    for docs in out.values_mut() {
        for v in docs.values_mut() {
            v.sort();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(a: usize, b: usize, t: &str) -> Named {
        Named::new(a, b, t)
    }

    #[test]
    fn typed_overlap_exact_and_untyped() {
        let gold = [n(0, 18, "PER"), n(30, 36, "ORG"), n(40, 45, "LOC")];
        let pred = [
            n(10, 18, "PER"), // partial overlap, right type
            n(30, 36, "PER"), // exact span, wrong type
            n(50, 55, "ORG"), // nothing there
        ];
        let c = score_doc(&gold, &[], &pred);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            c.exact,
            Prf {
                tp: 0,
                fp: 3,
                fn_: 3
            }
        );
        assert_eq!(
            c.untyped,
            Prf {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn empty_and_duplicate_predictions() {
        let gold = [n(0, 6, "ORG")];
        assert_eq!(
            score_doc(&gold, &[], &[]).overlap,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        let c = score_doc(&gold, &[], &[n(0, 6, "ORG"), n(0, 6, "ORG")]);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
    }

    #[test]
    fn one_prediction_over_two_gold_names() {
        // "Boeing and Lockheed Martin" as one ORG span.
        let gold = [n(0, 6, "ORG"), n(11, 26, "ORG")];
        let c = score_doc(&gold, &[], &[n(0, 26, "ORG")]);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn names_inside_non_gold_annotations_are_ignored_not_wrong() {
        // Gold: "Steve Jobs" (PER). Annotated but not gold: "Apple CEO" (PER, premodifier
        // name). Our "Apple" touches only the latter: ignored. Our "iPod" touches nothing: wrong.
        let gold = [n(10, 20, "PER")];
        let dont_care = [Span::new(0, 9)];
        let pred = [n(0, 5, "ORG"), n(10, 20, "PER"), n(30, 34, "ORG")];
        let c = score_doc(&gold, &dont_care, &pred);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(c.ignored, 1);
        // A wrong type on a gold mention is not excused by a surrounding annotation.
        let c = score_doc(&gold, &[Span::new(0, 25)], &[n(10, 20, "ORG")]);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(c.ignored, 0);
    }

    #[test]
    fn type_table() {
        assert_eq!(actor_type(ActorKind::Country), "LOC");
        assert_eq!(actor_type(ActorKind::Government), "ORG");
        assert_eq!(actor_type(ActorKind::Person), "PER");
        assert_eq!(actor_type(ActorKind::Media), "ORG");
        assert_eq!(place_type(PlaceKind::City), "LOC");
    }

    #[test]
    fn gold_from_fixtures() {
        let dir = std::env::temp_dir().join(format!("ng-eval-actors-{}", std::process::id()));
        crate::data::meantime::tests_support::fixture(&dir.join("mt"));
        crate::data::gum::tests_support::fixture(&dir.join("gum"));
        let mt = Meantime::load(&dir.join("mt")).unwrap();
        let (gold, dc) = meantime_gold(&mt.docs[0]);
        assert_eq!(gold, vec![n(0, 6, "ORG"), n(28, 34, "ORG")]);
        assert!(dc.is_empty());
        let gm = Gum::load(&dir.join("gum")).unwrap();
        let (gold, _) = gum_gold(&gm.docs[0]);
        assert_eq!(gold, vec![n(0, 3, "PER"), n(31, 49, "PER")]);

        // Predictions from a file are scored by the same code.
        let f = dir.join("p.jsonl");
        std::fs::write(&f, "{\"dataset\": \"gum\", \"doc_id\": \"g1\", \"start\": 41, \"end\": 49, \"type\": \"PER\"}\n").unwrap();
        let preds = read_predictions(&f).unwrap();
        let s = gum(&gm, &Source::File(&preds["gum"], "p.jsonl"), "gum", None);
        assert_eq!(
            s.metrics[0].score,
            Score::Prf(Prf {
                tp: 1,
                fp: 0,
                fn_: 1
            })
        );
        std::fs::write(&f, "{\"dataset\": \"gum\", \"doc_id\": \"g1\", \"start\": 9, \"end\": 2, \"type\": \"PER\"}\n").unwrap();
        assert!(read_predictions(&f)
            .unwrap_err()
            .to_string()
            .contains("p.jsonl:1:"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
