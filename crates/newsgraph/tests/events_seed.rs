//! The seed article's events that the events issue names, pinned: category, code, mode,
//! factuality, participants, time and place.

use newsgraph::{Document, Event, EventCategory, Factuality};

fn seed_doc() -> Document {
    newsgraph::Extractor::new()
        .extract(&newsgraph::seed())
        .unwrap()
}

fn event<'d>(d: &'d Document, trigger: &str) -> &'d Event {
    d.events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no event triggered by {trigger:?}"))
}

fn actor_names(d: &Document, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|i| d.actor(i))
        .map(|a| a.name.clone())
        .collect()
}

fn when(d: &Document, e: &Event) -> Option<String> {
    e.time
        .as_ref()
        .and_then(|t| d.time(t))
        .map(|t| t.value.clone())
}

fn place(d: &Document, e: &Event) -> Option<String> {
    e.location
        .as_ref()
        .and_then(|p| d.places.iter().find(|x| &x.id == p))
        .map(|p| p.name.clone())
}

#[test]
fn the_two_threats_are_conditional_and_dated_by_the_call() {
    let d = seed_doc();
    for (trigger, condition) in [
        ("shutter", "if the Iraqi government can’t protect diplomats"),
        ("slash", "unless Iraq can halt attacks"),
    ] {
        let e = event(&d, trigger);
        assert_eq!(e.category, EventCategory::Threaten, "{trigger}");
        assert_eq!(e.factuality, Factuality::Conditional, "{trigger}");
        assert!(
            e.condition.as_ref().unwrap().text.starts_with(condition),
            "{trigger}: {:?}",
            e.condition
        );
        assert_eq!(actor_names(&d, &e.actors), ["United States"], "{trigger}");
        assert!(
            actor_names(&d, &e.recipients).contains(&"Mustafa al-Kadhimi".to_string()),
            "{trigger}"
        );
        assert_eq!(when(&d, e).as_deref(), Some("2020-09-26"), "{trigger}");
    }
}

#[test]
fn the_call_the_strike_the_troop_cut_the_visit_and_the_closed_consulate() {
    let d = seed_doc();
    let call = event(&d, "call");
    assert_eq!(call.category, EventCategory::Consult);
    assert_eq!(call.plover_mode.as_deref(), Some("phone"));
    assert_eq!(actor_names(&d, &call.actors), ["Mike Pompeo"]);
    assert_eq!(actor_names(&d, &call.recipients), ["Mustafa al-Kadhimi"]);
    assert_eq!(when(&d, call).as_deref(), Some("2020-09-26"));

    let strike = event(&d, "air strike");
    assert_eq!(strike.category, EventCategory::Assault);
    assert_eq!(strike.plover_mode.as_deref(), Some("aerial"));
    assert_eq!(when(&d, strike).as_deref(), Some("2020-01"));
    assert_eq!(place(&d, strike).as_deref(), Some("Baghdad"));

    let cut = event(&d, "cutting");
    assert_eq!(cut.category, EventCategory::Retreat);
    assert_eq!(cut.plover_mode.as_deref(), Some("withdraw"));
    assert_eq!(actor_names(&d, &cut.actors), ["United States"]);
    assert_eq!(when(&d, cut).as_deref(), Some("2020-09"));

    let visit = event(&d, "visit");
    assert_eq!(visit.category, EventCategory::Consult);
    assert_eq!(visit.plover_mode.as_deref(), Some("visit"));
    assert_eq!(actor_names(&d, &visit.actors), ["Mustafa al-Kadhimi"]);
    assert_eq!(when(&d, visit).as_deref(), Some("2020-SU"));

    let closed = event(&d, "shuttered");
    assert_eq!(closed.category, EventCategory::Sanction);
    assert_eq!(when(&d, closed).as_deref(), Some("2018"));
    assert_eq!(place(&d, closed).as_deref(), Some("Basrah"));
}
