//! Merges mention candidates into actors.
//!
//! Names join by full name or surname ("Nouri al-Maliki" / "Maliki" / "al-Maliki"),
//! countries and known organisations by their code, acronyms by their expansion. Descriptions
//! join the name they stand in apposition to, or the one person with the same title anywhere
//! in the story ("Spain's prime minister" -> "Prime Minister Ana Ruiz"). Groups join by
//! kind and country, governments by country, spokespersons join their institution, and
//! pronouns join the nearest compatible actor before them.

use super::candidates::{Cand, Class};
use super::pronouns::agreement;
use crate::model::MentionKind;
use crate::tree::Tree;

/// A set of candidates that refer to one actor.
#[derive(Debug, Clone, Default)]
pub struct Cluster {
    /// Candidate indexes, in text order.
    pub members: Vec<usize>,
}

/// Name particles ignored when comparing surnames.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "la", "le", "di",
];

/// The comparable words of a person's name, lower-cased, without particles and hyphens.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !PARTICLES.contains(&w.as_str()))
        .collect()
}

fn same_person(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if wa == wb {
        return true;
    }
    // One name is the other's surname, or both share surname and the shorter's first names.
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.last() == long.last() && short[..short.len() - 1].iter().all(|w| long.contains(w))
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn org_key(c: &Cand) -> String {
    c.code
        .clone()
        .filter(|_| c.known)
        .map(|code| format!("{code}:{}", c.name.to_lowercase()))
        .unwrap_or_else(|| c.name.to_lowercase().trim_start_matches("the ").to_string())
}

/// Clusters the actor candidates (places excluded). `cands` are in text order.
pub fn cluster(tree: &Tree<'_>, cands: &[Cand]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; cands.len()];
    let join =
        |clusters: &mut Vec<Cluster>, of: &mut Vec<Option<usize>>, i: usize, k: Option<usize>| {
            let k = k.unwrap_or_else(|| {
                clusters.push(Cluster::default());
                clusters.len() - 1
            });
            clusters[k].members.push(i);
            of[i] = Some(k);
        };
    let first = |clusters: &Vec<Cluster>, pred: &dyn Fn(&Cand) -> bool| -> Option<usize> {
        clusters
            .iter()
            .position(|cl| cl.members.iter().any(|&m| pred(&cands[m])))
    };

    // Pass 1: names.
    for (i, c) in cands.iter().enumerate() {
        if c.kind != MentionKind::Name || matches!(c.class, Class::Place(_)) {
            continue;
        }
        let k = match &c.class {
            Class::Person => first(&clusters, &|m: &Cand| {
                m.kind == MentionKind::Name
                    && m.class == Class::Person
                    && same_person(&m.name, &c.name)
            }),
            Class::Country => first(&clusters, &|m: &Cand| {
                m.class == Class::Country && m.country == c.country
            }),
            Class::Government => first(&clusters, &|m: &Cand| {
                m.class == Class::Government && m.country == c.country
            }),
            Class::Org(_) => {
                let key = org_key(c);
                let acr = c.name.len() >= 2
                    && c.name
                        .chars()
                        .all(|ch| ch.is_ascii_uppercase() || ch == '.');
                first(&clusters, &|m: &Cand| {
                    m.kind == MentionKind::Name
                        && matches!(m.class, Class::Org(_))
                        && (org_key(m) == key
                            || (m.known
                                && c.known
                                && m.code.is_some()
                                && m.code == c.code
                                && m.name == c.name)
                            || (acr && initials(&m.name) == c.name.replace('.', ""))
                            || (m.name.len() <= 6 && initials(&c.name) == m.name.replace('.', "")))
                })
            }
            _ => None,
        };
        join(&mut clusters, &mut of, i, k);
    }
    // Lone unknown names that match a person's surname are that person ("Maliki").
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.kind == MentionKind::Name
            && c.class == Class::Org(crate::model::ActorKind::Organization)
            && !c.known
        {
            if let Some(k) = first(&clusters, &|m: &Cand| {
                m.class == Class::Person
                    && m.kind == MentionKind::Name
                    && same_person(&m.name, &c.name)
            }) {
                if let Some(old) = of[i] {
                    if old != k {
                        clusters[old].members.retain(|&m| m != i);
                        clusters[k].members.push(i);
                        of[i] = Some(k);
                    }
                }
            }
        }
    }

    // Pass 2: descriptions, groups, governments, sources, spokespersons.
    for (i, c) in cands.iter().enumerate() {
        if c.kind != MentionKind::Nominal {
            continue;
        }
        let k = match &c.class {
            _ if c.appos_of.is_some() => c.appos_of.and_then(|a| of[a]),
            Class::Person => {
                // The one named person with this title and a compatible country.
                let matches: Vec<usize> = clusters
                    .iter()
                    .enumerate()
                    .filter(|(_, cl)| {
                        cl.members.iter().any(|&m| {
                            let m = &cands[m];
                            m.class == Class::Person
                                && m.kind == MentionKind::Name
                                && c.titles
                                    .iter()
                                    .any(|t| m.titles.iter().any(|u| u.eq_ignore_ascii_case(t)))
                                && (c.country.is_none()
                                    || m.country.is_none()
                                    || m.country == c.country)
                        })
                    })
                    .map(|(k, _)| k)
                    .collect();
                let definite = tree
                    .children(c.head)
                    .any(|d| tree.deprel(d) == "det" && tree.lower(d) == "the");
                if matches.len() == 1 {
                    Some(matches[0])
                } else if matches.is_empty() && definite && !c.titles.is_empty() {
                    // "the governor" again: the same unnamed office-holder as before.
                    clusters.iter().rposition(|cl| {
                        cl.members.iter().any(|&m| {
                            let m = &cands[m];
                            m.class == Class::Person
                                && m.kind == MentionKind::Nominal
                                && m.titles == c.titles
                                && m.country == c.country
                        })
                    })
                } else {
                    None
                }
            }
            Class::Government => first(&clusters, &|m: &Cand| {
                m.class == Class::Government
                    && (m.country == c.country || (c.country.is_none() && c.member_of.is_none()))
            }),
            Class::Group(key) => first(&clusters, &|m: &Cand| {
                matches!(&m.class, Class::Group(k) if k == key)
                    && (m.country.is_none() || c.country.is_none() || m.country == c.country)
            }),
            Class::Anonymous(key) => {
                let definite = tree.children(c.head).any(|d| {
                    tree.deprel(d) == "det" && matches!(tree.lower(d), "the" | "this" | "that")
                });
                if definite {
                    clusters.iter().rposition(|cl| {
                        cl.members
                            .iter()
                            .any(|&m| matches!(&cands[m].class, Class::Anonymous(k) if k == key))
                    })
                } else {
                    None
                }
            }
            Class::Spokesperson => {
                let inst = c
                    .speaks_for
                    .and_then(|t| {
                        cands
                            .iter()
                            .position(|m| m.tokens.contains(&t) && m.kind == MentionKind::Name)
                    })
                    .and_then(|m| of[m]);
                inst.or_else(|| {
                    // "the spokesperson": whoever the last spokesperson spoke for.
                    (0..i)
                        .rev()
                        .find(|&j| cands[j].class == Class::Spokesperson)
                        .and_then(|j| of[j])
                })
            }
            _ => None,
        };
        join(&mut clusters, &mut of, i, k);
    }

    // Names in apposition to a description join it ("the militia, Kataib Hezbollah" stays two;
    // "X, the head of Y" is one person): only descriptions carry `appos_of`, handled above.

    // Pass 3: pronouns.
    for (i, c) in cands.iter().enumerate() {
        let Class::Pronoun(form) = &c.class else {
            continue;
        };
        let (person, plural, thing) = agreement(form);
        let seg = tree.segment(c.head);
        let antecedent = (0..i).rev().find(|&j| {
            let m = &cands[j];
            let Some(k) = of[j] else { return false };
            if tree.segment(m.head) + 3 < seg || m.tokens.contains(&c.head) {
                return false;
            }
            // The possessor of a phrase cannot be that phrase ("its embassy" is not "embassy").
            let cl = &clusters[k];
            let lead = &cands[cl.members[0]];
            match &lead.class {
                Class::Person => person,
                Class::Group(_) | Class::Anonymous(_) => {
                    plural || (person && !lead.tokens.is_empty() && !is_plural(tree, lead.head))
                }
                Class::Country | Class::Government | Class::Org(_) => thing || plural,
                Class::Spokesperson => person,
                _ => false,
            }
        });
        // A pronoun with no antecedent ("It rained") is no actor of its own.
        if let Some(k) = antecedent.and_then(|j| of[j]) {
            join(&mut clusters, &mut of, i, Some(k));
        }
    }
    clusters.retain(|cl| !cl.members.is_empty());
    for cl in &mut clusters {
        cl.members
            .sort_by_key(|&m| (cands[m].tokens.start, cands[m].tokens.end));
    }
    clusters.sort_by_key(|cl| cands[cl.members[0]].tokens.start);
    clusters
}

fn is_plural(tree: &Tree<'_>, t: usize) -> bool {
    matches!(tree.xpos(t), "NNS" | "NNPS")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_particles() {
        assert!(same_person("Mustafa al-Kadhimi", "Kadhimi"));
        assert!(same_person("Mustafa al-Kadhimi", "al-Kadhimi"));
        assert!(same_person("Michael Pompeo", "Pompeo"));
        assert!(!same_person("Michael Pompeo", "Mike Pence"));
        assert!(!same_person("John Smith", "Jane Smith"));
        assert!(same_person("Kenneth McKenzie", "Kenneth F. McKenzie"));
    }

    #[test]
    fn acronyms() {
        assert_eq!(initials("European Aeronautic Defence and Space"), "EADS");
        assert_eq!(initials("United Nations"), "UN");
    }
}
