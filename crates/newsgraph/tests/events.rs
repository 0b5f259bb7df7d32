//! Event phenomena on short texts that are not from the seed.

mod common;
use common::*;
use newsgraph::{EventCategory, Factuality};

#[test]
#[ignore = "known gap: the location is not taken from an of-apposition (\"the city of Kharkiv\")"]
fn verbal_trigger_with_subject_and_object() {
    let d = doc(
        "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.",
        "2022-03-03",
    );
    let e = event(&d, "shelled");
    assert_eq!(e.category, EventCategory::Assault);
    assert_eq!(e.factuality, Factuality::Asserted);
    assert_eq!(codes(&d, &e.actors), ["RUSMIL"]);
    assert_eq!(time_value(&d, &e.time).as_deref(), Some("2022-03-01"));
    let place = d.places.iter().find(|p| Some(&p.id) == e.location.as_ref());
    assert_eq!(place.map(|p| p.name.as_str()), Some("Kharkiv"));
}

#[test]
fn negated_event() {
    let d = doc("The army did not attack the village.", "2021-03-02");
    assert_eq!(event(&d, "attack").factuality, Factuality::Negated);
}

#[test]
fn conditional_threat_carries_its_condition() {
    let d = doc(
        "Turkey warned it would launch a military operation if the militants did not withdraw.",
        "2021-03-02",
    );
    let e = d
        .events
        .iter()
        .find(|e| e.trigger.text == "launch" || e.trigger.text.contains("operation"))
        .unwrap_or_else(|| panic!("{:#?}", d.events));
    assert!(matches!(
        e.factuality,
        Factuality::Conditional | Factuality::Threatened
    ));
    assert!(e
        .condition
        .as_ref()
        .unwrap()
        .text
        .contains("the militants did not withdraw"));
    assert_eq!(codes(&d, &e.actors), ["TUR"]);
}

#[test]
fn meeting_with_is_a_consultation_with_recipients() {
    let d = doc(
        "Prime Minister Ana Silva met with President Jorge Ramos in Madrid on Monday.",
        "2021-03-02",
    );
    let e = event(&d, "met");
    assert_eq!(e.category, EventCategory::Consult);
    assert_eq!(e.actors.len(), 1);
    assert_eq!(by_id(&d, &e.actors[0]).name, "Ana Silva");
    assert_eq!(by_id(&d, &e.recipients[0]).name, "Jorge Ramos");
    assert_eq!(time_value(&d, &e.time).as_deref(), Some("2021-03-01"));
}

#[test]
#[ignore = "known gap: a demonym adjective (\"Israeli\") modifying a nominal trigger is not an actor"]
fn nominal_trigger_takes_its_modifier_as_actor_and_counts_casualties() {
    let d = doc(
        "An Israeli air strike killed three militants in Gaza.",
        "2021-03-02",
    );
    let e = d
        .events
        .iter()
        .find(|e| e.trigger.text.contains("strike"))
        .unwrap_or_else(|| panic!("{:#?}", d.events));
    assert_eq!(e.category, EventCategory::Assault);
    assert_eq!(e.plover_mode.as_deref(), Some("aerial"));
    assert_eq!(codes(&d, &e.actors)[0].get(..3), Some("ISR"));
}

#[test]
#[ignore = "known gap: the \"from\" quantity of a cut is missed when the noun comes between"]
fn troop_cut_with_quantities_and_future() {
    let d = doc(
        "The United States will reduce its troops in Germany to 25,000 from 34,500.",
        "2021-03-02",
    );
    let e = event(&d, "reduce");
    assert_eq!(e.category, EventCategory::Retreat);
    assert_eq!(e.factuality, Factuality::Planned);
    let values: Vec<f64> = e.quantities.iter().map(|q| q.value).collect();
    assert!(
        values.contains(&25000.0) && values.contains(&34500.0),
        "{:?}",
        e.quantities
    );
}

#[test]
fn background_events_keep_their_own_time_and_undated_ones_have_none() {
    let d = doc(
        "The embassy was closed in 2012. Protesters marched through the capital.",
        "2021-03-02",
    );
    let closed = event(&d, "closed");
    assert_eq!(time_value(&d, &closed.time).as_deref(), Some("2012"));
    let march = event(&d, "marched");
    assert_eq!(march.category, EventCategory::Protest);
    assert_eq!(march.time, None);
}

#[test]
fn threat_reported_in_a_statement_is_threatened() {
    let d = doc("The rebels vowed to attack the capital.", "2021-03-02");
    let e = event(&d, "attack");
    assert_eq!(e.factuality, Factuality::Threatened);
    assert!(e.statement.is_some());
}

#[test]
fn place_after_a_directional_preposition_is_the_recipient_country() {
    let d = doc(
        "Soldiers imposed a curfew in the town of Mosul.",
        "2021-03-02",
    );
    assert_eq!(codes(&d, &event(&d, "imposed").recipients), ["IRQ"]);
    let d = doc(
        "The Brazilian foreign minister arrived in Lima on Tuesday.",
        "2021-03-02",
    );
    let e = event(&d, "arrived");
    assert_eq!(e.category, EventCategory::Consult);
    assert_eq!(codes(&d, &e.recipients), ["PER"]);
}

#[test]
fn recipient_named_by_a_modifier_of_the_object() {
    let d = doc(
        "Chile rejected Peru's proposal for new talks.",
        "2021-03-02",
    );
    let e = event(&d, "rejected");
    assert_eq!(e.category, EventCategory::Reject);
    assert_eq!(codes(&d, &e.recipients), ["PER"]);
    let d = doc(
        "Ghana restored diplomatic relations with Togo.",
        "2021-03-02",
    );
    assert_eq!(codes(&d, &event(&d, "restored").recipients), ["TGO"]);
}

#[test]
fn statement_that_someone_must_act_is_a_demand_on_them() {
    let d = doc(
        "Canada said Venezuela must release the detained journalists.",
        "2021-03-02",
    );
    let e = event(&d, "release");
    assert_eq!(e.category, EventCategory::Request);
    assert!(e.cameo.starts_with("10"), "{}", e.cameo);
    assert_eq!(codes(&d, &e.actors), ["CAN"]);
    assert_eq!(codes(&d, &e.recipients), ["VEN"]);
}

#[test]
fn frame_verb_takes_the_recipient_of_the_event_it_governs() {
    let d = doc("Egypt refused to restore ties with Qatar.", "2021-03-02");
    let frame = event(&d, "refused");
    assert_eq!(frame.category, EventCategory::Reject);
    assert_eq!(codes(&d, &frame.recipients), ["QAT"]);
}

#[test]
fn condemning_an_attack_is_an_event_against_the_attacker() {
    let d = doc(
        "Germany condemned the attack by Russian troops on Monday.",
        "2021-03-02",
    );
    let e = event(&d, "condemned");
    assert_eq!(e.category, EventCategory::Accuse);
    assert_eq!(codes(&d, &e.actors), ["DEU"]);
    assert_eq!(codes(&d, &e.recipients), ["RUSMIL"]);
}

#[test]
fn reported_event_noun_without_participants_is_not_coded() {
    let d = doc(
        "An inquiry found that the bridge was safe, an engineer said.",
        "2021-03-02",
    );
    assert!(d.events.is_empty(), "{:#?}", d.events);
}

#[test]
fn dictionary_country_gives_its_code_to_a_nominal_actor() {
    let dict = newsgraph::Dictionary::parse_petrarch(
        "FREEDONIA [FRD]\nSYLVANIA [SYL]\n",
        std::path::Path::new("test.actors.txt"),
    )
    .unwrap();
    let ex = newsgraph::Extractor::builder()
        .threads(1)
        .with_dictionary(dict)
        .build()
        .unwrap();
    let d = ex
        .extract(&newsgraph::Article::new(
            "The Freedonia government arrested two Sylvania diplomats.",
        ))
        .unwrap();
    let e = event(&d, "arrested");
    assert_eq!(codes(&d, &e.actors), ["FRDGOV"]);
    assert_eq!(codes(&d, &e.recipients), ["SYLGOV"]);
}

fn conditional_threat_check(sentence: &str, condition: &str) {
    let d = doc(sentence, "2021-03-05");
    let e = event(&d, "cut");
    assert_eq!(e.category, EventCategory::Threaten);
    assert_eq!(e.factuality, Factuality::Conditional);
    assert_eq!(e.condition.as_ref().unwrap().text, condition);
    assert_eq!(time_value(&d, &e.time).as_deref(), Some("2021-03-01"));
}

#[test]
fn conditional_harm_told_by_its_doer_is_a_threat_dated_by_the_telling() {
    conditional_threat_check(
        "German Chancellor Ida Brandt told Serbia's president in a call on Monday that Germany would cut staff at its embassy unless the attacks stop immediately.",
        "unless the attacks stop immediately",
    );
}

#[test]
#[ignore = "tagger: the greedy tagger reads a clause-final verb after a plural noun ('unless the attacks stop.') as a noun, so the condition has no verb"]
fn conditional_harm_with_a_clause_final_verb() {
    conditional_threat_check(
        "German Chancellor Ida Brandt told Serbia's president in a call on Monday that Germany would cut staff at its embassy unless the attacks stop.",
        "unless the attacks stop",
    );
}

#[test]
fn reported_progressive_is_dated_by_its_statement() {
    let d = doc(
        "On Tuesday, General Anna Holm said Sweden was withdrawing troops from Mali.",
        "2021-03-05",
    );
    let e = event(&d, "withdrawing");
    assert_eq!(e.category, EventCategory::Retreat);
    assert_eq!(time_value(&d, &e.time).as_deref(), Some("2021-03-02"));
}

#[test]
fn definite_noun_naming_an_earlier_event_is_not_a_new_one() {
    let d = doc(
        "Chancellor Ida Brandt spoke with Serbia's president in a call on Monday. Her office declined to comment on the call.",
        "2021-03-05",
    );
    let calls = d.events.iter().filter(|e| e.trigger.text == "call").count();
    assert_eq!(calls, 1, "{:#?}", d.events);
}
