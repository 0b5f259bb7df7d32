//! Task `statements`: who said what.
//!
//! GUM attributions (photo credits "Image: ..." excluded): a gold attribution is found by one
//! of our statements whose content overlaps its content span (one-to-one). Its source is
//! right when one of the statement's source spans overlaps the gold source span. Our source
//! spans: the statement's `speaker_span` (which for unnamed sources is the cue's subject,
//! "a person familiar with the matter"), plus the speaker actor's mentions inside the
//! statement's sentence. Figures: detection P/R/F1; source accuracy on found attributions;
//! and attribution P/R/F1 counting a pair only when its source is right too.
//!
//! MEANTIME: SPEECH_COGNITIVE event mentions (in the window) with an Arg0 participant. Cue
//! recall: a statement's cue overlaps the event mention. Speaker recall: and one of its source
//! spans overlaps the Arg0. Recall only: MEANTIME does not mark every statement we find.

use crate::data::gum::Gum;
use crate::data::meantime::Meantime;
use crate::metrics::{match_one_to_one, Accuracy, Prf, Span, SpanMatch};
use crate::predict::Extracted;
use crate::report::{Score, Section};
use newsgraph::Document;

/// One of our statements, reduced to what is scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredStatement {
    /// The cue ("said").
    pub cue: Span,
    /// The content, if any.
    pub content: Option<Span>,
    /// Spans naming the source.
    pub sources: Vec<Span>,
}

/// Our statements of a document.
pub fn predictions(doc: &Document) -> Vec<PredStatement> {
    doc.statements
        .iter()
        .map(|s| {
            let mut sources: Vec<Span> = s
                .speaker_span
                .iter()
                .map(|sp| Span::new(sp.start, sp.end))
                .collect();
            if let (Some(id), Some(sent)) = (&s.speaker, doc.sentences.get(s.sentence)) {
                if let Some(a) = doc.actor(id) {
                    sources.extend(
                        a.mentions
                            .iter()
                            .filter(|m| m.start >= sent.start && m.end <= sent.end)
                            .map(|m| Span::new(m.start, m.end)),
                    );
                }
            }
            sources.sort();
            sources.dedup();
            PredStatement {
                cue: Span::new(s.cue.start, s.cue.end),
                content: s.content.as_ref().map(|c| Span::new(c.start, c.end)),
                sources,
            }
        })
        .collect()
}

/// A gold attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Source span.
    pub source: Span,
    /// Content span.
    pub content: Span,
}

/// GUM counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttributionCounts {
    /// Content found.
    pub detection: Prf,
    /// Source right, on found attributions.
    pub source: Accuracy,
    /// Content found with the right source.
    pub attribution: Prf,
}

/// Scores one GUM document. Statements without content cannot find an attribution and are
/// left out of precision.
pub fn score_attributions(gold: &[GoldAttribution], pred: &[PredStatement]) -> AttributionCounts {
    let pred: Vec<(&PredStatement, Span)> = pred
        .iter()
        .filter_map(|p| p.content.map(|c| (p, c)))
        .collect();
    let source_ok =
        |g: usize, p: usize| pred[p].0.sources.iter().any(|s| s.overlaps(gold[g].source));
    // Prefer pairs whose source is right, so the source figure is the best the matching allows.
    let m = match_one_to_one(gold.len(), pred.len(), |g, p| {
        SpanMatch::Overlap
            .score(gold[g].content, pred[p].1)
            .map(|s| s | ((source_ok(g, p) as u64) << 56))
    });
    let mut source = Accuracy::default();
    for &(g, p) in &m {
        source.push(source_ok(g, p));
    }
    let both = match_one_to_one(gold.len(), pred.len(), |g, p| {
        if source_ok(g, p) {
            SpanMatch::Overlap.score(gold[g].content, pred[p].1)
        } else {
            None
        }
    });
    AttributionCounts {
        detection: Prf::from_counts(gold.len(), pred.len(), m.len()),
        source,
        attribution: Prf::from_counts(gold.len(), pred.len(), both.len()),
    }
}

/// A gold speech event: its predicate and its Arg0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldSpeech {
    /// The event mention ("said").
    pub predicate: Span,
    /// The Arg0 participant.
    pub speaker: Span,
}

/// Cue found and speaker found, out of the gold speech events of one document.
pub fn score_speech(gold: &[GoldSpeech], pred: &[PredStatement]) -> (Accuracy, Accuracy) {
    let cue = match_one_to_one(gold.len(), pred.len(), |g, p| {
        SpanMatch::Overlap.score(gold[g].predicate, pred[p].cue)
    });
    let speaker = match_one_to_one(gold.len(), pred.len(), |g, p| {
        if pred[p].sources.iter().any(|s| s.overlaps(gold[g].speaker)) {
            SpanMatch::Overlap.score(gold[g].predicate, pred[p].cue)
        } else {
            None
        }
    });
    (
        Accuracy {
            correct: cue.len(),
            total: gold.len(),
        },
        Accuracy {
            correct: speaker.len(),
            total: gold.len(),
        },
    )
}

/// GUM gold attributions of one document.
pub fn gum_gold(d: &crate::data::gum::GumDoc) -> Vec<GoldAttribution> {
    d.attributions
        .iter()
        .filter(|a| !a.is_photo_credit())
        .map(|a| GoldAttribution {
            source: Span::new(a.source_char.0, a.source_char.1),
            content: Span::new(a.content_char.0, a.content_char.1),
        })
        .collect()
}

/// Scores GUM documents of `split` (all for `None`).
pub fn gum(gum: &Gum, ex: &Extracted, dataset: &str, split: Option<&str>) -> Section {
    let mut total = AttributionCounts::default();
    let mut n = 0;
    for (i, d) in gum.docs.iter().enumerate() {
        if split.is_some_and(|s| s != d.split) {
            continue;
        }
        n += 1;
        let pred = ex.get(i).map(predictions).unwrap_or_default();
        let c = score_attributions(&gum_gold(d), &pred);
        total.detection.add(c.detection);
        total.source.add(c.source);
        total.attribution.add(c.attribution);
    }
    let mut s = Section::new("statements", dataset, "newsgraph");
    s.documents = n;
    s.gold = total.detection.tp + total.detection.fn_;
    s.push(
        "detection",
        "attributions found (content overlap)",
        Score::Prf(total.detection),
    );
    s.push(
        "source_accuracy",
        "source right, on found",
        Score::Accuracy(total.source),
    );
    s.push(
        "attribution",
        "found with the right source",
        Score::Prf(total.attribution),
    );
    s.notes.extend(ex.note());
    s.notes
        .push("gold: attributions minus photo credits (\"Image: ...\")".into());
    s
}

/// MEANTIME gold speech events of one document.
pub fn meantime_gold(d: &crate::data::meantime::MtDoc) -> Vec<GoldSpeech> {
    d.events
        .iter()
        .filter(|e| e.in_window && e.class.as_deref() == Some("SPEECH_COGNITIVE"))
        .filter_map(|e| {
            let a0 = e.participants.iter().find(|p| p.role == "Arg0")?;
            Some(GoldSpeech {
                predicate: Span::new(e.char_start, e.char_end),
                speaker: Span::new(a0.char_start, a0.char_end),
            })
        })
        .collect()
}

/// Scores MEANTIME speech events.
pub fn meantime(mt: &Meantime, ex: &Extracted) -> Section {
    let (mut cue, mut speaker) = (Accuracy::default(), Accuracy::default());
    for (i, d) in mt.docs.iter().enumerate() {
        let pred = ex.get(i).map(predictions).unwrap_or_default();
        let (c, s) = score_speech(&meantime_gold(d), &pred);
        cue.add(c);
        speaker.add(s);
    }
    let mut s = Section::new("statements", "meantime", "newsgraph");
    s.documents = mt.docs.len();
    s.gold = cue.total;
    s.push(
        "cue_recall",
        "speech events with a statement cue",
        Score::Recall(cue),
    );
    s.push(
        "speaker_recall",
        "speech events with cue and speaker",
        Score::Recall(speaker),
    );
    s.notes.extend(ex.note());
    s.notes
        .push("gold: in-window SPEECH_COGNITIVE events with an Arg0".into());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(
        cue: (usize, usize),
        content: Option<(usize, usize)>,
        sources: &[(usize, usize)],
    ) -> PredStatement {
        PredStatement {
            cue: Span::new(cue.0, cue.1),
            content: content.map(|(a, b)| Span::new(a, b)),
            sources: sources.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        }
    }

    fn ga(source: (usize, usize), content: (usize, usize)) -> GoldAttribution {
        GoldAttribution {
            source: Span::new(source.0, source.1),
            content: Span::new(content.0, content.1),
        }
    }

    #[test]
    fn detection_source_and_attribution() {
        // Gold: "Bos said" [0,8) -> content [9,40); "officials said" [50,64) -> [65,90).
        let gold = [ga((0, 8), (9, 40)), ga((50, 64), (65, 90))];
        let pred = [
            st((4, 8), Some((20, 40)), &[(0, 3)]), // partial content, right source
            st((60, 64), Some((65, 90)), &[(9, 12)]), // right content, wrong source
            st((95, 99), Some((100, 110)), &[]),   // nothing there
            st((120, 128), None, &[(115, 119)]),   // declined to comment: not scored
        ];
        let c = score_attributions(&gold, &pred);
        assert_eq!(
            c.detection,
            Prf {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            c.source,
            Accuracy {
                correct: 1,
                total: 2
            }
        );
        assert_eq!(
            c.attribution,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
    }

    #[test]
    fn empty_and_duplicate_statements() {
        let gold = [ga((0, 8), (9, 40))];
        let c = score_attributions(&gold, &[]);
        assert_eq!(
            c.detection,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(c.source.total, 0);
        let twice = [
            st((4, 8), Some((9, 40)), &[(0, 3)]),
            st((4, 8), Some((9, 40)), &[(0, 3)]),
        ];
        assert_eq!(
            score_attributions(&gold, &twice).detection,
            Prf {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
    }

    #[test]
    fn the_right_source_wins_a_tie() {
        let gold = [ga((0, 8), (9, 40))];
        let pred = [
            st((4, 8), Some((9, 40)), &[(60, 62)]),
            st((4, 8), Some((9, 40)), &[(0, 3)]),
        ];
        let c = score_attributions(&gold, &pred);
        assert_eq!(
            c.source,
            Accuracy {
                correct: 1,
                total: 1
            }
        );
    }

    #[test]
    fn speech_recall() {
        let gold = [
            GoldSpeech {
                predicate: Span::new(10, 14),
                speaker: Span::new(0, 9),
            },
            GoldSpeech {
                predicate: Span::new(40, 44),
                speaker: Span::new(30, 39),
            },
        ];
        let pred = [
            st((10, 14), Some((15, 25)), &[(5, 9)]),
            st((40, 44), Some((45, 50)), &[(0, 3)]),
        ];
        let (cue, speaker) = score_speech(&gold, &pred);
        assert_eq!(
            cue,
            Accuracy {
                correct: 2,
                total: 2
            }
        );
        assert_eq!(
            speaker,
            Accuracy {
                correct: 1,
                total: 2
            }
        );
        assert_eq!(
            score_speech(&gold, &[]).0,
            Accuracy {
                correct: 0,
                total: 2
            }
        );
    }

    #[test]
    fn gold_from_fixtures() {
        let dir = std::env::temp_dir().join(format!("ng-eval-st-{}", std::process::id()));
        crate::data::meantime::tests_support::fixture(&dir.join("mt"));
        crate::data::gum::tests_support::fixture(&dir.join("gum"));
        let mt = Meantime::load(&dir.join("mt")).unwrap();
        assert_eq!(
            meantime_gold(&mt.docs[0]),
            vec![GoldSpeech {
                predicate: Span::new(35, 39),
                speaker: Span::new(28, 34)
            }]
        );
        let gm = Gum::load(&dir.join("gum")).unwrap();
        assert_eq!(gum_gold(&gm.docs[0]), vec![ga((31, 54), (55, 78))]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
