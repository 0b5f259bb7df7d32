//! Descriptions that denote actors: titled descriptions ("Iraq's prime minister"), groups
//! ("Iran-backed militias", "U.S. diplomats"), governments ("the Iraqi government", "the
//! administration"), unnamed sources ("a person familiar with the matter who asked not to be
//! identified") and spokespersons ("a State Department spokesperson").

use super::candidates::{Cand, Class};
use super::lex;
use crate::model::{ActorKind, MentionKind, Sector};
use crate::statements::lexicon::{phrase_in, PhraseKind};
use crate::text::SegmentKind;
use crate::tree::Tree;
use std::ops::Range;

/// Nouns that denote an unnamed source when no name goes with them.
const SOURCE_NOUNS: &[&str] = &[
    "source", "official", "aide", "insider", "person", "people", "officer", "diplomat",
];

/// Nouns for someone who speaks for an institution.
const SPOKES_NOUNS: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "spokesmen",
    "spokeswomen",
];

/// Compound suffixes marking a backer, not a country ("Iran-backed" militias are not Iranian).
const PATRON: &[&str] = &[
    "backed",
    "linked",
    "allied",
    "aligned",
    "supported",
    "funded",
    "sponsored",
    "affiliated",
    "leaning",
    "friendly",
    "based",
];

/// Nouns that head a group phrase but take their meaning from a modifier ("militia groups").
const GENERIC_GROUP: &[&str] = &[
    "group", "unit", "member", "fighter", "force", "cell", "faction",
];

fn words<'t>(tree: &'t Tree<'_>, r: Range<usize>) -> Vec<&'t str> {
    r.map(|i| tree.lower(i)).collect()
}

/// The extent of the phrase headed by `t`: its subtree without relative clauses, appositions
/// and coordinated phrases, and without punctuation at the edges.
pub fn extent(tree: &Tree<'_>, t: usize, keep_clauses: bool) -> Range<usize> {
    let skip: Vec<usize> = tree
        .children(t)
        .filter(|&c| {
            let r = tree.base_rel(c);
            matches!(r, "appos" | "conj" | "cc" | "punct" | "parataxis" | "dep")
                || (!keep_clauses && matches!(r, "acl" | "advcl"))
                // The phrase's own preposition is not part of what it names ("by militias",
                // "according to a person").
                || (c < t && r == "case")
        })
        .collect();
    let mut r = tree.subtree_without(t, &skip);
    while r.start < t && matches!(tree.upos(r.start), "PUNCT" | "CCONJ") {
        r.start += 1;
    }
    while r.end > t + 1 && matches!(tree.upos(r.end - 1), "PUNCT" | "CCONJ") {
        r.end -= 1;
    }
    r
}

/// Country cues among a phrase's modifiers: demonym adjectives, country names (but not
/// "Iran-backed"), and possessors or "of"/"in" phrases naming a country.
pub fn country_of_phrase(
    tree: &Tree<'_>,
    names: &[Cand],
    r: &Range<usize>,
    head: usize,
) -> Option<String> {
    for i in r.clone() {
        if i == head {
            continue;
        }
        // "Iran - backed": a patron, not the country.
        let patron =
            i + 2 < tree.len() && tree.form(i + 1) == "-" && PATRON.contains(&tree.lower(i + 2));
        if patron || (i >= 2 && tree.form(i - 1) == "-" && tree.lower(i - 2) == "pro") {
            continue;
        }
        if matches!(tree.upos(i), "ADJ" | "PROPN" | "NOUN") && tree.head(i) == Some(head)
            || tree.deprel(i) == "compound"
        {
            if let Some((iso, _)) = lex::demonym(tree.lower(i)) {
                return Some(iso);
            }
        }
        if let Some(c) = names
            .iter()
            .find(|c| c.tokens.contains(&i) && c.tokens.end <= r.end)
        {
            let attached =
                tree.head(c.head).is_some_and(|h| h == head) || tree.dominates(head, c.head);
            if attached {
                if let (Some(country), Class::Country | Class::Place(_) | Class::Government) =
                    (c.country.clone(), &c.class)
                {
                    let patron_after = c.tokens.end + 1 < tree.len()
                        && tree.form(c.tokens.end) == "-"
                        && PATRON.contains(&tree.lower(c.tokens.end + 1));
                    if !patron_after {
                        return Some(country);
                    }
                }
            }
        }
    }
    None
}

/// Finds nominal candidates in body sentences. `names` are the name candidates (for country
/// cues and to avoid double counting).
pub fn find(tree: &Tree<'_>, names: &[Cand], skip: &[bool]) -> Vec<Cand> {
    let mut out = Vec::new();
    for seg in &tree.layout().segments {
        if seg.kind != SegmentKind::Body {
            continue;
        }
        for t in seg.tokens.clone() {
            if skip[t] || tree.upos(t) != "NOUN" || names.iter().any(|c| c.tokens.contains(&t)) {
                continue;
            }
            // Modifiers ("militia" in "militia groups") are not phrases of their own.
            if tree.deprel(t) == "compound" {
                continue;
            }
            if let Some(c) = nominal(tree, names, t) {
                out.push(c);
            }
        }
    }
    out
}

fn nominal(tree: &Tree<'_>, names: &[Cand], t: usize) -> Option<Cand> {
    let lemma = tree.lemma(t);
    let full = extent(tree, t, true);
    let full_words = words(tree, full.clone());
    let anonymity = phrase_in(PhraseKind::Anonymity, &full_words);
    let named_inside = names.iter().any(|c| {
        c.tokens.start >= full.start && c.tokens.end <= full.end && c.class == Class::Person
    });

    // Spokespersons: a mention of the institution they speak for.
    if SPOKES_NOUNS.contains(&lemma) {
        if named_inside {
            return None;
        }
        let r = extent(tree, t, false);
        let speaks_for = tree
            .children(t)
            .filter(|&c| {
                matches!(tree.deprel(c), "compound" | "nmod:poss")
                    || (tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("for" | "of")))
            })
            .find(|&c| names.iter().any(|n| n.tokens.contains(&c)));
        let mut c = Cand::new(
            r.clone(),
            t,
            MentionKind::Nominal,
            Class::Spokesperson,
            tree.slice(&r).to_string(),
        );
        c.speaks_for = speaks_for;
        return Some(c);
    }

    // Unnamed sources.
    let source_noun = SOURCE_NOUNS.contains(&lemma);
    if source_noun && !named_inside {
        let definite = tree.children(t).any(|c| {
            tree.deprel(c) == "det"
                && matches!(tree.lower(c), "the" | "this" | "that" | "these" | "those")
        });
        let takes = match lemma {
            "source" | "official" | "aide" | "insider" => true,
            _ => anonymity,
        };
        if takes && (anonymity || !definite || lemma == "source") {
            let r = if anonymity {
                full.clone()
            } else {
                extent(tree, t, false)
            };
            let desc = tree.slice(&r).to_string();
            let mut c = Cand::new(
                r.clone(),
                t,
                MentionKind::Nominal,
                Class::Anonymous(lemma.to_string()),
                desc,
            );
            c.country = country_of_phrase(tree, names, &r, t);
            c.sector = match lemma {
                "official" | "aide" | "diplomat" => Some(Sector::GOV),
                "officer" => Some(Sector::MIL),
                _ => None,
            };
            return Some(c);
        }
        if definite && matches!(lemma, "official" | "person" | "source") {
            // "the official": refers back to an unnamed source mentioned before.
            let r = extent(tree, t, false);
            return Some(Cand::new(
                r.clone(),
                t,
                MentionKind::Nominal,
                Class::Anonymous(lemma.to_string()),
                tree.slice(&r).to_string(),
            ));
        }
    }

    let r = extent(tree, t, false);
    let w = words(tree, r.clone());
    // Titles used as descriptions ("Iraq's prime minister", "the top American commander").
    let head_pos = t - r.start;
    let title = (0..=head_pos).find_map(|s| {
        let (n, info) = lex::title(&w[s..=head_pos])?;
        (s + n == head_pos + 1).then_some(info)
    });
    if let Some(info) = title {
        if named_inside {
            return None;
        }
        let mut c = Cand::new(
            r.clone(),
            t,
            MentionKind::Nominal,
            Class::Person,
            tree.slice(&r).to_string(),
        );
        c.titles.push(info.title.clone());
        c.sector = info.sector;
        c.country = country_of_phrase(tree, names, &r, t);
        // "the head of the militia X": what the person belongs to.
        c.member_of = tree
            .children(t)
            .find(|&x| {
                tree.base_rel(x) == "nmod" && matches!(tree.case_of(x), Some("of" | "at" | "for"))
            })
            .map(|x| {
                // Prefer a name inside the phrase ("the militia Kataib Hezbollah").
                names
                    .iter()
                    .find(|n| tree.subtree(x).contains(&n.head))
                    .map_or(x, |n| n.head)
            });
        if c.country.is_none() {
            c.country = info.country.clone().filter(|_| {
                // A country-specific title only implies its country when nothing else does.
                c.member_of.is_none()
            });
        }
        return Some(c);
    }

    // Nominal actors from the lexicon, possibly through a generic head ("militia groups").
    let (info, key_tok) = match lex::nominal(lemma) {
        Some(i) => (i, t),
        None if GENERIC_GROUP.contains(&lemma) => {
            let m = tree
                .children(t)
                .find(|&c| tree.deprel(c) == "compound" && tree.upos(c) == "NOUN")?;
            (lex::nominal(tree.lemma(m))?, m)
        }
        None => return None,
    };
    let _ = key_tok;
    let mut c = Cand::new(
        r.clone(),
        t,
        MentionKind::Nominal,
        Class::Group(info.key.clone()),
        tree.slice(&r).to_string(),
    );
    c.sector = info.sector;
    c.country = country_of_phrase(tree, names, &r, t);
    match info.kind {
        ActorKind::Government => {
            c.class = Class::Government;
            // "Kadhimi's government": the possessor's country is resolved at coding time.
            c.member_of = tree
                .children(t)
                .find(|&x| tree.deprel(x) == "nmod:poss")
                .filter(|_| c.country.is_none());
            if c.country.is_none() && c.member_of.is_none() {
                c.country = info.country.clone();
            }
        }
        ActorKind::AnonymousSource => c.class = Class::Anonymous(info.key.clone()),
        ActorKind::Group | ActorKind::ArmedGroup => {}
        k => c.class = Class::Org(k),
    }
    Some(c)
}
