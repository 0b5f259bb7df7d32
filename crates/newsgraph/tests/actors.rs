//! Actor phenomena on short texts that are not from the seed: mentions, coreference, coding.

mod common;
use common::*;
use newsgraph::{ActorKind, MentionKind, Sector};

#[test]
fn titled_name_is_one_person_with_its_title() {
    let d = doc(
        "Foreign Minister Tomas Varga arrived in Vienna on Monday. Varga met students there.",
        "2021-03-02",
    );
    let a = actor(&d, "Foreign Minister Tomas Varga");
    assert_eq!(a.kind, ActorKind::Person);
    assert!(a.titles.iter().any(|t| t == "Foreign Minister"), "{a:?}");
    assert_eq!(a.sector, Some(Sector::GOV));
    // The surname alone is the same actor.
    assert_eq!(actor(&d, "Varga").id, a.id);
    // Vienna is a place, not an actor.
    assert!(d.places.iter().any(|p| p.name == "Vienna"));
    assert!(!d.actors.iter().any(|x| x.name == "Vienna"));
}

#[test]
fn pronouns_resolve_to_the_nearest_compatible_antecedent() {
    let d = doc(
        "Maria Lopez, a lawyer in Lima, said she would appeal. Her client was not in court.",
        "2021-03-02",
    );
    let a = actor(&d, "Maria Lopez");
    assert_eq!(actor(&d, "she").id, a.id);
    assert_eq!(actor(&d, "Her").id, a.id);
    assert!(a.mentions.iter().any(|m| m.kind == MentionKind::Pronoun));
}

#[test]
fn possessive_description_merges_with_the_named_holder() {
    let d = doc(
        "Peru's president spoke on Tuesday. President Pedro Castillo said the vote was fair.",
        "2021-08-02",
    );
    let named = actor(&d, "President Pedro Castillo");
    assert_eq!(actor(&d, "Peru's president").id, named.id);
    assert_eq!(named.country.as_deref(), Some("PER"));
    assert_eq!(named.code.as_deref(), Some("PERGOV"));
}

#[test]
fn demonyms_and_nominal_groups_get_country_and_sector() {
    let d = doc(
        "French troops left the base. Iranian officials criticised the move, and protesters gathered outside.",
        "2021-03-02",
    );
    let troops = actor(&d, "French troops");
    assert_eq!(troops.country.as_deref(), Some("FRA"));
    assert_eq!(troops.sector, Some(Sector::MIL));
    let officials = actor(&d, "Iranian officials");
    assert_eq!(officials.country.as_deref(), Some("IRN"));
    assert_eq!(officials.sector, Some(Sector::GOV));
    assert_eq!(actor(&d, "protesters").kind, ActorKind::Group);
}

#[test]
fn capital_city_as_subject_stands_for_the_government() {
    let d = doc(
        "Washington imposed new sanctions on Caracas on Friday.",
        "2021-03-02",
    );
    let a = actor(&d, "Washington");
    assert_eq!(a.country.as_deref(), Some("USA"));
    assert_eq!(a.sector, Some(Sector::GOV));
}

#[test]
fn unnamed_sources_are_anonymous_actors_with_a_description() {
    let d = doc(
        "The plant will close next year, according to two people familiar with the plans who asked not to be named.",
        "2021-03-02",
    );
    let a = d
        .actors
        .iter()
        .find(|a| a.kind == ActorKind::AnonymousSource)
        .unwrap_or_else(|| panic!("{:#?}", names(&d)));
    assert!(a
        .description
        .as_deref()
        .unwrap_or_default()
        .contains("two people familiar with the plans"));
    // The mention is the phrase, not its preposition.
    assert!(a.mentions[0].text.starts_with("two people"), "{a:?}");
}

#[test]
fn outlets_are_media_actors() {
    let d = doc(
        "The deal was first reported by The New York Times on Sunday.",
        "2021-03-02",
    );
    let a = actor(&d, "New York Times");
    assert_eq!(a.name, "The New York Times");
    assert_eq!(a.kind, ActorKind::Media);
    assert_eq!(a.sector, Some(Sector::JRN));
}

#[test]
fn capitalised_sentence_openers_are_not_names() {
    let d = doc(
        "Officials said the road was closed. Meanwhile, Residents were told to stay home.",
        "2021-03-02",
    );
    assert!(
        !d.actors
            .iter()
            .any(|a| a.mentions.iter().any(|m| m.kind == MentionKind::Name)),
        "{:#?}",
        names(&d)
    );
}

#[test]
fn known_people_are_coded_for_the_publication_date() {
    let d = doc("Pompeo spoke to reporters in Washington.", "2020-06-01");
    assert_eq!(actor(&d, "Pompeo").code.as_deref(), Some("USAGOV"));
}

#[test]
fn a_pronoun_without_antecedent_is_no_actor() {
    let d = doc(
        "It rained heavily on Monday. They say it will rain again.",
        "2021-03-02",
    );
    assert!(d.actors.is_empty(), "{:#?}", names(&d));
}
