//! The seed article's statements, pinned: who said what, how, and on whose authority.

use newsgraph::{Act, Document, QuoteKind, SourcingKind};

fn seed_doc() -> Document {
    newsgraph::Extractor::new()
        .extract(&newsgraph::seed())
        .unwrap()
}

/// Speaker, act, quote kind, sourcing kind, intermediary and addressees of a statement.
type Row = (
    String,
    Act,
    Option<QuoteKind>,
    SourcingKind,
    String,
    Vec<String>,
);

fn name(d: &Document, id: &Option<String>) -> String {
    id.as_ref()
        .and_then(|i| d.actor(i))
        .map_or("-".to_string(), |a| a.name.clone())
}

#[test]
fn seed_statements_have_their_speaker_act_quote_and_sourcing() {
    let d = seed_doc();
    let got: Vec<Row> = d
        .statements
        .iter()
        .map(|s| {
            (
                name(&d, &s.speaker),
                s.act,
                s.quote,
                s.sourcing.kind,
                name(&d, &s.sourcing.via),
                s.addressees
                    .iter()
                    .map(|a| name(&d, &Some(a.clone())))
                    .collect(),
            )
        })
        .collect();
    let kadhimi = vec!["Mustafa al-Kadhimi".to_string()];
    let anonymous =
        "a person familiar with the matter who asked not to be identified discussing a private communication";
    let expected = vec![
        (
            "Mike Pompeo".into(),
            Act::Warn,
            Some(QuoteKind::Indirect),
            SourcingKind::Anonymous,
            anonymous.into(),
            kadhimi.clone(),
        ),
        (
            "Mike Pompeo".into(),
            Act::Tell,
            Some(QuoteKind::Indirect),
            SourcingKind::Anonymous,
            anonymous.into(),
            kadhimi,
        ),
        (
            "State Department".into(),
            Act::DeclineComment,
            None,
            SourcingKind::Spokesperson,
            "-".into(),
            vec![],
        ),
        (
            "State Department".into(),
            Act::Say,
            Some(QuoteKind::Indirect),
            SourcingKind::Spokesperson,
            "-".into(),
            vec![],
        ),
        (
            "State Department".into(),
            Act::Say,
            Some(QuoteKind::Indirect),
            SourcingKind::Spokesperson,
            "-".into(),
            vec![],
        ),
        (
            "Iran".into(),
            Act::Vow,
            Some(QuoteKind::Indirect),
            SourcingKind::OnRecord,
            "-".into(),
            vec![],
        ),
        (
            "The Washington Post".into(),
            Act::Report,
            Some(QuoteKind::Indirect),
            SourcingKind::SecondaryReport,
            "The Washington Post".into(),
            vec![],
        ),
        (
            "Kenneth McKenzie".into(),
            Act::Say,
            Some(QuoteKind::Indirect),
            SourcingKind::OnRecord,
            "-".into(),
            vec![],
        ),
        (
            "Kenneth McKenzie".into(),
            Act::Say,
            Some(QuoteKind::Mixed),
            SourcingKind::OnRecord,
            "-".into(),
            vec![],
        ),
    ];
    assert_eq!(got, expected);
}

#[test]
fn seed_statement_contents_and_times() {
    let d = seed_doc();
    let content = |k: usize| d.statements[k].content.as_ref().map(|c| c.text.as_str());
    assert!(content(0)
        .unwrap()
        .starts_with("the U.S. may shutter its embassy in Baghdad if"));
    assert!(content(1)
        .unwrap()
        .contains("would slash staff at the embassy"));
    assert_eq!(content(2), None);
    assert_eq!(content(5), Some("to retaliate for the strike"));
    assert_eq!(content(6), Some("Pompeo’s warning"));
    assert!(content(8)
        .unwrap()
        .contains("“in recognition of the great progress"));
    // The telling happened in Saturday's call.
    let t = d.statements[1]
        .time
        .as_ref()
        .and_then(|t| d.time(t))
        .unwrap();
    assert_eq!(t.value, "2020-09-26");
}
