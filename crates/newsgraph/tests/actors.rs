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

#[test]
fn product_names_with_model_codes_are_not_actors() {
    let d = doc(
        "Qantas ordered ten Boeing 787 jets and two Airbus A350 aircraft. Boeing welcomed the order.",
        "2021-03-02",
    );
    // "Boeing 787" and "Airbus A350" name aircraft; the company is the subject of "welcomed".
    let boeing = actor(&d, "Boeing");
    assert_eq!(boeing.mentions.len(), 1, "{:#?}", names(&d));
    assert!(
        !d.actors.iter().any(|a| a.name.contains("Airbus")),
        "{:#?}",
        names(&d)
    );
}

#[test]
fn currency_prefixes_are_not_actors() {
    let d = doc(
        "The ministry paid US$ 40 million and USD 12 million to the contractor.",
        "2021-03-02",
    );
    assert!(
        !d.actors.iter().any(|a| a.name.starts_with("US")),
        "{:#?}",
        names(&d)
    );
}

#[test]
fn organisation_head_outranks_a_leading_military_title() {
    let d = doc(
        "Shares rose after Major Kestrel Motors cut 400 jobs, and Air Lanka hired pilots.",
        "2021-03-02",
    );
    assert_eq!(
        actor(&d, "Major Kestrel Motors").kind,
        ActorKind::Organization
    );
    assert_eq!(actor(&d, "Air Lanka").kind, ActorKind::Organization);
}

#[test]
fn known_organisation_read_as_common_words_is_found() {
    // The tagger reads sentence-initial "General Motors" as adjective + noun.
    let d = doc("General Motors cut 400 jobs.", "2021-03-02");
    assert_eq!(actor(&d, "General Motors").kind, ActorKind::Organization);
}

#[test]
fn events_and_programmes_are_not_actors() {
    let d = doc(
        "Fans travelled to the Winter Festival and the Northern Games, and Cyclone Idris hit the coast.",
        "2021-03-02",
    );
    assert!(d.actors.is_empty(), "{:#?}", names(&d));
}

#[test]
fn unknown_single_names_with_person_evidence_are_people() {
    let d = doc(
        "Investors cheered when Tarkowski, 49, left the board. The novelist Brandauer, who lives in Graz, disagreed.",
        "2021-03-02",
    );
    assert_eq!(actor(&d, "Tarkowski").kind, ActorKind::Person);
    assert_eq!(actor(&d, "Brandauer").kind, ActorKind::Person);
}

#[test]
fn surname_that_is_also_a_town_is_the_person() {
    // Montalvo is a town in the gazetteer and the surname of the person named in full.
    let d = doc(
        "Detective Sean Montalvo led the search. Montalvo said the boy was found safe.",
        "2021-03-02",
    );
    let a = actor(&d, "Montalvo");
    assert_eq!(a.kind, ActorKind::Person);
    assert!(
        a.mentions.iter().any(|m| m.text.contains("Sean Montalvo")),
        "{:#?}",
        names(&d)
    );
    assert!(!d.places.iter().any(|p| p.name == "Montalvo"));
}

#[test]
fn religious_communities_are_groups() {
    let d = doc(
        "Muslims and Christians prayed together in the square.",
        "2021-03-02",
    );
    assert_eq!(actor(&d, "Muslims").kind, ActorKind::Group);
    assert_eq!(actor(&d, "Christians").kind, ActorKind::Group);
}

#[test]
fn description_between_commas_after_a_name_is_that_person() {
    // The parser tends to attach such an apposition elsewhere; the commas still mark it.
    let d = doc(
        "Last week, Admiral Ines Varela, the senior naval officer in the region, said the fleet would stay.",
        "2021-03-02",
    );
    let a = actor(&d, "the senior naval officer in the region");
    assert_eq!(
        a.id,
        actor(&d, "Admiral Ines Varela").id,
        "{:#?}",
        names(&d)
    );
}

#[test]
fn repeated_definite_office_holder_is_one_actor() {
    let d = doc(
        "Mayor Rosa Klein met the governor on Monday. Later the governor visited the flooded port.",
        "2021-03-05",
    );
    let gov: Vec<_> = d
        .actors
        .iter()
        .filter(|a| a.mentions.iter().any(|m| m.text == "the governor"))
        .collect();
    assert_eq!(gov.len(), 1, "{:#?}", names(&d));
    assert_eq!(gov[0].mentions.len(), 2);
}

#[test]
fn demonym_before_a_title_is_the_persons_country_not_part_of_the_name() {
    let d = doc(
        "An air strike in Basra killed top Iranian General Rostam Farrokh and two aides.",
        "2021-03-02",
    );
    let a = actor(&d, "General Rostam Farrokh");
    assert_eq!(a.name, "Rostam Farrokh");
    assert_eq!(a.kind, ActorKind::Person);
    assert_eq!(a.country.as_deref(), Some("IRN"));
}
