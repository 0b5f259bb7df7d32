//! The actors stage: finds participants, types and codes them, merges their mentions, and
//! finds the places named in the text.
//!
//! Passes: proper names ([`names`]), descriptions ([`nominals`]) and pronouns
//! ([`pronouns`]) give candidates; [`coref`] merges them into actors; [`coding`] gives each
//! its kind, country, sector, code and affiliation. Places are the names used as locations.

pub mod candidates;
pub mod coding;
pub mod coref;
pub mod entities;
pub mod lex;
pub mod names;
pub mod nominals;
pub mod pronouns;

use crate::model::{ActorKind, Mention, MentionKind, Place, Time};
use crate::tree::Tree;
use candidates::{Cand, Class};
use chrono::NaiveDate;
pub use entities::{Entities, MentionRef};

/// Links descriptions to the names they stand in apposition to.
fn link_appositions(tree: &Tree<'_>, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        if cands[i].kind != MentionKind::Nominal || matches!(cands[i].class, Class::Pronoun(_)) {
            continue;
        }
        let head = cands[i].head;
        // "X, the head of Y": the description is an apposition of the name.
        let mut target = None;
        if tree.deprel(head) == "appos" {
            if let Some(h) = tree.head(head) {
                target = cands
                    .iter()
                    .position(|c| c.kind == MentionKind::Name && c.tokens.contains(&h));
            }
        }
        // "the militia Kataib Hezbollah": the name hangs off the description's head.
        if target.is_none() {
            target = tree
                .children(head)
                .filter(|&c| c > head && matches!(tree.base_rel(c), "appos" | "flat" | "compound"))
                .find_map(|c| {
                    cands.iter().position(|n| {
                        n.kind == MentionKind::Name
                            && n.tokens.contains(&c)
                            && !matches!(n.class, Class::Place(_))
                    })
                });
        }
        // "General X, the top commander in the region, said": an apposition set off by commas
        // on both sides that the parser attached elsewhere.
        if target.is_none() {
            target = comma_apposition(tree, cands, i);
        }
        cands[i].appos_of = target;
    }
}

/// The name that description `i` stands in apposition to by punctuation alone: the name ends
/// right before the comma that opens the description, a comma closes it, and both are people
/// or both are not.
fn comma_apposition(tree: &Tree<'_>, cands: &[Cand], i: usize) -> Option<usize> {
    let d = &cands[i];
    let (start, end) = (d.tokens.start, d.tokens.end);
    if start < 2 || end >= tree.len() || tree.form(start - 1) != "," || tree.form(end) != "," {
        return None;
    }
    if tree.segment(start - 2) != tree.segment(end) {
        return None;
    }
    let person = d.class == Class::Person;
    cands.iter().position(|n| {
        n.kind == MentionKind::Name
            && n.tokens.end == start - 1
            && !matches!(n.class, Class::Place(_) | Class::Country)
            && (n.class == Class::Person) == person
    })
}

fn mention(tree: &Tree<'_>, c: &Cand) -> Mention {
    let b = tree.bytes(&c.tokens);
    Mention {
        start: b.start,
        end: b.end,
        text: String::new(),
        kind: c.kind,
    }
}

/// Runs the actor stage over the parsed document. `times` hold byte offsets.
pub fn find(tree: &Tree<'_>, times: &[Time], published: Option<NaiveDate>) -> Entities {
    let n = tree.len();
    let mut skip = vec![false; n];
    for (i, t) in tree.layout().tokens.iter().enumerate() {
        skip[i] = times.iter().any(|x| t.start < x.end && x.start < t.end);
    }
    let mut names = names::find(tree, &skip, published);
    names::confirm_headline(&mut names);
    names::surnames_are_people(&mut names);
    let nominals = nominals::find(tree, &names, &skip);
    let pronouns = pronouns::find(tree);
    let mut cands: Vec<Cand> = names.into_iter().chain(nominals).chain(pronouns).collect();
    cands.sort_by_key(|c| (c.tokens.start, std::cmp::Reverse(c.tokens.end)));
    link_appositions(tree, &mut cands);

    // Places: names used as locations, merged by name.
    let mut ents = Entities::default();
    let mut place_keys: Vec<String> = Vec::new();
    for c in &cands {
        let Class::Place(kind) = c.class else {
            continue;
        };
        let info = c.place.clone();
        let name = info.as_ref().map_or(c.name.clone(), |p| p.name.clone());
        let k = match place_keys.iter().position(|p| *p == name) {
            Some(k) => k,
            None => {
                place_keys.push(name.clone());
                ents.places.push(Place {
                    id: format!("p{}", ents.places.len() + 1),
                    name,
                    kind: info.as_ref().map_or(kind, |p| p.kind),
                    country: info
                        .as_ref()
                        .and_then(|p| p.country.clone())
                        .or(c.country.clone()),
                    within: info.as_ref().and_then(|p| p.within.clone()),
                    latitude: info.as_ref().and_then(|p| p.latitude),
                    longitude: info.as_ref().and_then(|p| p.longitude),
                    mentions: Vec::new(),
                });
                ents.place_tokens.push(Vec::new());
                ents.places.len() - 1
            }
        };
        ents.places[k].mentions.push(mention(tree, c));
        ents.place_tokens[k].push(c.tokens.clone());
    }

    // Places leave the candidate list, so apposition links are renumbered to match.
    let mut new_index = vec![None; cands.len()];
    let mut kept = 0;
    for (i, c) in cands.iter().enumerate() {
        if !matches!(c.class, Class::Place(_)) {
            new_index[i] = Some(kept);
            kept += 1;
        }
    }
    let actor_cands: Vec<Cand> = cands
        .into_iter()
        .filter(|c| !matches!(c.class, Class::Place(_)))
        .map(|mut c| {
            c.appos_of = c.appos_of.and_then(|a| new_index[a]);
            c
        })
        .collect();
    let clusters = coref::cluster(tree, &actor_cands);
    let mut cluster_of_cand = vec![usize::MAX; actor_cands.len()];
    for (k, cl) in clusters.iter().enumerate() {
        for &m in &cl.members {
            cluster_of_cand[m] = k;
        }
    }
    let cluster_of = |t: usize| -> Option<usize> {
        actor_cands
            .iter()
            .enumerate()
            .filter(|(_, c)| c.tokens.contains(&t))
            .min_by_key(|(_, c)| c.tokens.len())
            .map(|(m, _)| cluster_of_cand[m])
            .filter(|&k| k != usize::MAX)
    };
    let coded = coding::code(&actor_cands, &clusters, &cluster_of);
    // Affiliation defaults to the actor's country when the story has it as an actor.
    let country_actor = |iso: &str| {
        coded.iter().position(|c| {
            c.actor.kind == ActorKind::Country && c.actor.country.as_deref() == Some(iso)
        })
    };
    for (k, (cl, c)) in clusters.iter().zip(&coded).enumerate() {
        let mut actor = c.actor.clone();
        actor.id = format!("a{}", k + 1);
        let aff = c.affiliation.filter(|&a| a != k).or_else(|| {
            (actor.kind != ActorKind::Country)
                .then(|| actor.country.as_deref().and_then(country_actor))
                .flatten()
                .filter(|&a| a != k)
        });
        actor.affiliation = aff.map(|a| format!("a{}", a + 1));
        for &m in &cl.members {
            let cand = &actor_cands[m];
            actor.mentions.push(mention(tree, cand));
            ents.mentions.push(MentionRef {
                actor: k,
                tokens: cand.tokens.clone(),
                head: cand.head,
                kind: cand.kind,
                spokesperson: cand.class == Class::Spokesperson,
            });
        }
        ents.actors.push(actor);
    }
    ents.mentions
        .sort_by_key(|m| (m.tokens.start, m.tokens.end));
    ents.index(n);
    ents
}
