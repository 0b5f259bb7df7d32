//! Statement phenomena on short texts that are not from the seed.

mod common;
use common::*;
use newsgraph::{Act, QuoteKind, SourcingKind};

#[test]
fn indirect_speech_is_the_clause_the_cue_governs() {
    let d = doc(
        "Finance Minister Ana Costa said the budget talks had failed.",
        "2021-03-02",
    );
    let s = statement(&d, "said");
    assert_eq!(s.act, Act::Say);
    assert_eq!(s.quote, Some(QuoteKind::Indirect));
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "the budget talks had failed"
    );
    assert_eq!(speaker(&d, s), Some("Ana Costa"));
    assert_eq!(s.sourcing.kind, SourcingKind::OnRecord);
}

#[test]
fn direct_quote_with_the_speaker_after_it() {
    let d = doc(
        "\u{201c}We will not back down,\u{201d} union leader Piet de Vries said on Monday.",
        "2021-03-02",
    );
    let s = statement(&d, "said");
    assert_eq!(s.quote, Some(QuoteKind::Direct));
    assert_eq!(s.content.as_ref().unwrap().text, "We will not back down");
    assert_eq!(speaker(&d, s), Some("Piet de Vries"));
}

#[test]
fn quote_continuing_over_sentences_keeps_its_speaker() {
    let d = doc(
        "\"The strike is over,\" said Jan Novak, the union's head. \"We got what we wanted. Now we go back to work.\"",
        "2021-03-02",
    );
    assert!(d
        .statements
        .iter()
        .filter(|s| s.quote == Some(QuoteKind::Direct))
        .all(|s| speaker(&d, s) == Some("Jan Novak")));
    assert!(d.statements.iter().any(|s| s
        .content
        .as_ref()
        .is_some_and(|c| c.text.contains("Now we go back"))));
}

#[test]
fn mixed_quote() {
    let d = doc(
        "Senator Ruth Baker said the bill was \"a gift to polluters\" and vowed to oppose it.",
        "2021-03-02",
    );
    let s = statement(&d, "said");
    assert_eq!(s.quote, Some(QuoteKind::Mixed));
    assert_eq!(speaker(&d, s), Some("Ruth Baker"));
}

#[test]
fn according_to_an_anonymous_source() {
    let d = doc(
        "The company will cut 500 jobs, according to a person familiar with the matter.",
        "2021-03-02",
    );
    let s = statement(&d, "according to");
    assert_eq!(s.sourcing.kind, SourcingKind::Anonymous);
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "The company will cut 500 jobs"
    );
}

#[test]
fn declining_to_comment_is_a_statement() {
    let d = doc(
        "A spokesman for the ministry declined to comment on the report.",
        "2021-03-02",
    );
    let s = d
        .statements
        .iter()
        .find(|s| s.act == Act::DeclineComment)
        .unwrap_or_else(|| panic!("{:#?}", d.statements));
    assert_eq!(s.sourcing.kind, SourcingKind::Spokesperson);
}

#[test]
fn addressees_of_tell_and_warn() {
    let d = doc(
        "Chancellor Olaf Brandt told President Lena Moreau that the deal was off.",
        "2021-03-02",
    );
    let s = statement(&d, "told");
    assert_eq!(s.act, Act::Tell);
    assert_eq!(speaker(&d, s), Some("Olaf Brandt"));
    assert_eq!(s.addressees.len(), 1);
    assert_eq!(by_id(&d, &s.addressees[0]).name, "Lena Moreau");
}

#[test]
fn negated_statements_are_marked_not_dropped() {
    let d = doc(
        "The mayor did not say whether the bridge would reopen.",
        "2021-03-02",
    );
    let s = statement(&d, "say");
    assert!(s.negated);
}

#[test]
fn nested_attribution_gives_two_statements() {
    let d = doc(
        "Ambassador Karl Weber said the minister told him the border would stay closed.",
        "2021-03-02",
    );
    let outer = statement(&d, "said");
    let inner = statement(&d, "told");
    assert_eq!(speaker(&d, outer), Some("Karl Weber"));
    assert!(outer.content.as_ref().unwrap().text.contains("told him"));
    assert!(inner
        .content
        .as_ref()
        .unwrap()
        .text
        .contains("the border would stay closed"));
}

#[test]
fn an_outlet_reporting_first_is_a_secondary_report() {
    let d = doc(
        "The minister's resignation was first reported by Reuters.",
        "2021-03-02",
    );
    let s = d
        .statements
        .iter()
        .find(|s| s.act == Act::Report)
        .unwrap_or_else(|| panic!("{:#?}", d.statements));
    assert_eq!(speaker(&d, s), Some("Reuters"));
    assert_eq!(s.sourcing.kind, SourcingKind::SecondaryReport);
}

#[test]
fn embedded_question_after_the_cue_is_content() {
    let d = doc(
        "Maria Lopez explained how the team repaired the bridge in a week.",
        "2021-03-02",
    );
    let s = statement(&d, "explained");
    assert_eq!(s.act, Act::Explain);
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "how the team repaired the bridge in a week"
    );
    assert_eq!(speaker(&d, s), Some("Maria Lopez"));
}

#[test]
fn as_clause_cue_reports_the_main_clause() {
    let d = doc(
        "As Tomas Berg told the Oslo Times, the ferry service will resume in May.",
        "2021-03-02",
    );
    let s = statement(&d, "told");
    assert_eq!(s.act, Act::Tell);
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "the ferry service will resume in May"
    );
    assert_eq!(speaker(&d, s), Some("Tomas Berg"));
}

#[test]
fn colon_introduces_a_quote_in_the_next_paragraph() {
    let d = doc(
        "Mayor Lena Fischer wrote on her website:\n\n\"The library stays open. We found the money.\"",
        "2021-03-02",
    );
    let s = statement(&d, "wrote");
    assert_eq!(s.act, Act::Write);
    assert_eq!(s.quote, Some(QuoteKind::Direct));
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "The library stays open. We found the money"
    );
    assert_eq!(speaker(&d, s), Some("Lena Fischer"));
}

#[test]
fn manner_participle_is_not_content() {
    // "using" says how she posted, not what; the quote after the colon is what she wrote.
    let d = doc(
        "Governor Ada Okafor tweeted using her official account: \"The roads are open again.\"",
        "2021-03-02",
    );
    let s = statement(&d, "tweeted");
    assert_eq!(s.content.as_ref().unwrap().text, "The roads are open again");
}

#[test]
fn predicative_adjective_of_certainty_is_a_cue() {
    let d = doc(
        "Ivan Petrov is confident that his team will reach the final.",
        "2021-03-02",
    );
    let s = statement(&d, "confident");
    assert_eq!(s.act, Act::Believe);
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "that his team will reach the final"
    );
    assert_eq!(speaker(&d, s), Some("Ivan Petrov"));
}

#[test]
fn relative_pronoun_alone_is_no_content() {
    let d = doc(
        "The council passed a curfew, which residents criticised at the meeting.",
        "2021-03-02",
    );
    assert!(
        d.statements.is_empty(),
        "{:?}",
        d.statements.iter().map(|s| &s.content).collect::<Vec<_>>()
    );
}

#[test]
fn typewriter_quotes_delimit_a_direct_quote() {
    let d = doc(
        "Sales fell in May . `` We expect a better summer , '' said the company's chairman Olaf Lind .",
        "2021-03-02",
    );
    let s = statement(&d, "said");
    assert_eq!(s.quote, Some(QuoteKind::Direct));
    assert_eq!(
        s.content.as_ref().unwrap().text,
        "We expect a better summer"
    );
    assert_eq!(speaker(&d, s), Some("Olaf Lind"));
}

#[test]
fn speaker_of_a_participle_after_by_is_the_main_subject() {
    let d = doc(
        "Union leader Petra Novak defended the strike by saying the company had broken its promise.",
        "2021-03-02",
    );
    let s = statement(&d, "saying");
    assert_eq!(speaker(&d, s), Some("Petra Novak"));
}

#[test]
fn lede_statement_takes_the_time_of_its_detailed_retelling() {
    let d = doc(
        "Mayor Rosa Klein warned the governor the city may close its schools.\n\nKlein told the governor in a meeting on Tuesday that the buses had no fuel.",
        "2021-03-05",
    );
    let warn = statement(&d, "warned");
    let told = statement(&d, "told");
    assert!(told.time.is_some());
    assert_eq!(warn.time, told.time);
}
