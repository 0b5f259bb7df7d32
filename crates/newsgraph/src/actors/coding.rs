//! Types and codes each actor: kind, canonical name, titles, country, sector, CAMEO-style code
//! and affiliation, from what its mentions say and what it belongs to.

use super::candidates::{Cand, Class};
use super::coref::Cluster;
use crate::model::{Actor, ActorKind, MentionKind, Sector};

/// Facts decided for one cluster, before ids are assigned.
#[derive(Debug, Clone)]
pub struct Coded {
    /// The actor (id, mentions and affiliation filled by the caller).
    pub actor: Actor,
    /// Index of the cluster it belongs to, if any.
    pub affiliation: Option<usize>,
}

fn kind_of(cands: &[Cand], cl: &Cluster) -> ActorKind {
    let classes: Vec<&Class> = cl.members.iter().map(|&m| &cands[m].class).collect();
    let named = |pred: &dyn Fn(&Class) -> bool| {
        cl.members
            .iter()
            .any(|&m| cands[m].kind == MentionKind::Name && pred(&cands[m].class))
    };
    if named(&|c| *c == Class::Person) {
        return ActorKind::Person;
    }
    if named(&|c| *c == Class::Country) {
        return ActorKind::Country;
    }
    if let Some(k) = classes.iter().find_map(|c| match c {
        Class::Org(k) => Some(*k),
        _ => None,
    }) {
        return k;
    }
    if classes.iter().any(|c| **c == Class::Government) {
        return ActorKind::Government;
    }
    if classes.iter().any(|c| matches!(c, Class::Anonymous(_))) {
        return ActorKind::AnonymousSource;
    }
    if classes.iter().any(|c| matches!(c, Class::Group(_))) {
        let armed = cl
            .members
            .iter()
            .any(|&m| matches!(cands[m].sector, Some(Sector::REB | Sector::UAF)));
        return if armed {
            ActorKind::ArmedGroup
        } else {
            ActorKind::Group
        };
    }
    if classes.iter().any(|c| **c == Class::Person) {
        return ActorKind::Person;
    }
    ActorKind::Organization
}

fn push_title(titles: &mut Vec<String>, t: &str) {
    if !titles.iter().any(|x| x.eq_ignore_ascii_case(t)) {
        titles.push(t.to_string());
    }
}

/// The three-letter country part of a code, when it starts with one.
fn code_country(code: &str) -> Option<String> {
    (code.len() >= 3 && code[..3].chars().all(|c| c.is_ascii_uppercase()))
        .then(|| code[..3].to_string())
}

/// Codes every cluster. `cluster_of` maps a token to the cluster of the candidate covering it
/// (for "head of X" affiliations and possessors).
pub fn code(
    cands: &[Cand],
    clusters: &[Cluster],
    cluster_of: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Coded> {
    let mut out: Vec<Coded> = clusters
        .iter()
        .map(|cl| {
            let kind = kind_of(cands, cl);
            let members: Vec<&Cand> = cl.members.iter().map(|&m| &cands[m]).collect();
            let names: Vec<&&Cand> = members
                .iter()
                .filter(|c| c.kind == MentionKind::Name)
                .collect();
            let nominals: Vec<&&Cand> = members
                .iter()
                .filter(|c| c.kind == MentionKind::Nominal)
                .collect();
            let name = names
                .iter()
                .max_by_key(|c| (c.known, c.name.len()))
                .map(|c| c.name.clone())
                .or_else(|| nominals.first().map(|c| c.name.clone()))
                .unwrap_or_else(|| members[0].name.clone());
            let mut titles = Vec::new();
            for c in &members {
                for t in &c.titles {
                    push_title(&mut titles, t);
                }
            }
            let known_code = names.iter().find(|c| c.known).and_then(|c| c.code.clone());
            let country = known_code
                .as_deref()
                .and_then(code_country)
                .or_else(|| names.iter().find_map(|c| c.country.clone()))
                .or_else(|| nominals.iter().find_map(|c| c.country.clone()));
            let sector = names
                .iter()
                .find(|c| c.known)
                .and_then(|c| c.sector)
                .or_else(|| members.iter().find_map(|c| c.sector));
            let affiliation = members
                .iter()
                .find_map(|c| c.member_of)
                .and_then(cluster_of);
            let description = match kind {
                ActorKind::AnonymousSource => nominals
                    .iter()
                    .map(|c| c.name.clone())
                    .max_by_key(String::len),
                _ if names.is_empty() => nominals.first().map(|c| c.name.clone()),
                _ => None,
            };
            Coded {
                actor: Actor {
                    id: String::new(),
                    name,
                    kind,
                    titles,
                    country,
                    sector: if kind == ActorKind::Country {
                        None
                    } else {
                        sector
                    },
                    code: known_code,
                    affiliation: None,
                    description,
                    mentions: Vec::new(),
                },
                affiliation,
            }
        })
        .collect();
    // Inherit country and sector through affiliation (a militia leader is coded as the
    // militia; "Kadhimi's government" takes Kadhimi's country). Two rounds settle chains.
    for _ in 0..2 {
        for i in 0..out.len() {
            let Some(a) = out[i].affiliation.filter(|&a| a != i) else {
                continue;
            };
            let (ac, asec, akind) = (
                out[a].actor.country.clone(),
                out[a].actor.sector,
                out[a].actor.kind,
            );
            let me = &mut out[i].actor;
            if me.country.is_none() {
                me.country = ac;
            }
            let inherits = matches!(
                akind,
                ActorKind::ArmedGroup
                    | ActorKind::Organization
                    | ActorKind::Media
                    | ActorKind::Government
            );
            if inherits && (me.sector.is_none() || akind == ActorKind::ArmedGroup) {
                me.sector = asec.or(me.sector);
            }
        }
    }
    for c in &mut out {
        let a = &mut c.actor;
        if a.code.is_none() {
            a.code = match (&a.country, a.sector) {
                (Some(country), Some(s)) => Some(format!("{country}{}", s.as_str())),
                (Some(country), None) => Some(country.clone()),
                (None, Some(s)) => Some(s.as_str().to_string()),
                (None, None) => None,
            };
        }
    }
    out
}
