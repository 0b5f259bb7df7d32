//! Who did it and to whom: participants of a trigger from the dependency parse.

use crate::actors::Entities;
use crate::tree::Tree;

/// Relative pronouns whose referent is the noun the relative clause modifies.
const RELATIVE: &[&str] = &["who", "which", "that", "whom", "whose"];

/// Adds the actors denoted by nominal token `t` (and its conjuncts) to `out`.
pub fn actors_of(tree: &Tree<'_>, ents: &Entities, t: usize, out: &mut Vec<usize>) {
    let mut t = t;
    // "who met with Trump": the relative pronoun stands for the modified noun.
    if RELATIVE.contains(&tree.lower(t)) {
        let clause = tree.head(t);
        if let Some(noun) = clause
            .filter(|&c| tree.base_rel(c) == "acl")
            .and_then(|c| tree.head(c))
        {
            t = noun;
        }
    }
    for x in std::iter::once(t).chain(tree.children_with(t, "conj")) {
        if let Some(a) = ents
            .actor_at(x)
            .or_else(|| modifier_actor(tree, ents, x, 2))
        {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
}

/// The actor named by a modifier of non-actor noun `x`, looking `depth` levels down: "the
/// U.S. embassy", "Saddam Hussein's proposal", "positions of the security forces",
/// "thousands of Kurds", "part of a guerrilla stronghold".
fn modifier_actor(tree: &Tree<'_>, ents: &Entities, x: usize, depth: usize) -> Option<usize> {
    if depth == 0 || !matches!(tree.upos(x), "NOUN" | "PRON" | "NUM" | "ADJ") {
        return None;
    }
    let mods: Vec<usize> = tree
        .children(x)
        .filter(|&c| {
            matches!(tree.deprel(c), "compound" | "nmod:poss")
                || tree.base_rel(c) == "nmod"
                    && matches!(tree.case_of(c), Some("of" | "from" | "by"))
        })
        .collect();
    mods.iter().find_map(|&c| ents.actor_at(c)).or_else(|| {
        mods.iter()
            .find_map(|&c| modifier_actor(tree, ents, c, depth - 1))
    })
}

/// The subject of a verb trigger, following coordination and control ("vowed to retaliate").
pub fn subject(tree: &Tree<'_>, v: usize) -> Option<usize> {
    tree.subject(v).filter(|&s| tree.deprel(s) != "expl")
}

/// True when the verb is passive ("was killed").
pub fn passive(tree: &Tree<'_>, v: usize) -> bool {
    tree.children(v)
        .any(|c| matches!(tree.deprel(c), "aux:pass" | "nsubj:pass"))
        || (tree.xpos(v) == "VBN" && tree.deprel(v) == "acl")
}

/// Actors and recipients of a verb trigger.
pub fn of_verb(
    tree: &Tree<'_>,
    ents: &Entities,
    v: usize,
    recipient_preps: &[String],
) -> (Vec<usize>, Vec<usize>) {
    let (mut actors, mut recipients) = (Vec::new(), Vec::new());
    if passive(tree, v) {
        for c in tree.children(v) {
            if tree.deprel(c) == "obl:agent"
                || (tree.base_rel(c) == "obl" && tree.case_of(c) == Some("by"))
            {
                actors_of(tree, ents, c, &mut actors);
            }
            if tree.deprel(c) == "nsubj:pass" {
                actors_of(tree, ents, c, &mut recipients);
            }
        }
        // "the man killed in the raid": a participle modifying its patient.
        if tree.deprel(v) == "acl" {
            if let Some(h) = tree.head(v) {
                actors_of(tree, ents, h, &mut recipients);
            }
        }
    } else {
        if let Some(s) = subject(tree, v) {
            actors_of(tree, ents, s, &mut actors);
        }
        for c in tree.children(v) {
            if matches!(tree.deprel(c), "obj" | "iobj") {
                actors_of(tree, ents, c, &mut recipients);
            }
        }
    }
    for c in tree.children(v) {
        if tree.base_rel(c) == "obl" {
            if let Some(p) = tree.case_of(c) {
                if recipient_preps.iter().any(|r| r == p) || matches!(p, "against") {
                    actors_of(tree, ents, c, &mut recipients);
                }
            }
        }
    }
    // "restored ties with X", "imposed sanctions on X": the object's own phrase names the
    // other side.
    if recipients.is_empty() {
        for o in tree.children(v).filter(|&c| tree.deprel(c) == "obj") {
            for c in tree.children(o) {
                if tree.base_rel(c) == "nmod"
                    && tree
                        .case_of(c)
                        .is_some_and(|p| matches!(p, "with" | "against" | "on" | "to"))
                {
                    actors_of(tree, ents, c, &mut recipients);
                }
            }
        }
    }
    recipients.retain(|r| !actors.contains(r));
    (actors, recipients)
}

/// Actors and recipients of a noun trigger: possessor, proper-name or demonym modifier and
/// "by" phrase as actors; "against/on/with/to" phrases as recipients.
pub fn of_noun(
    tree: &Tree<'_>,
    ents: &Entities,
    n: usize,
    recipient_preps: &[String],
) -> (Vec<usize>, Vec<usize>) {
    let (mut actors, mut recipients) = (Vec::new(), Vec::new());
    for c in tree.children(n) {
        let rel = tree.deprel(c);
        if matches!(rel, "nmod:poss" | "compound" | "amod") {
            if let Some(a) = ents.actor_at(c) {
                if !actors.contains(&a) {
                    actors.push(a);
                }
            }
        } else if tree.base_rel(c) == "nmod" {
            match tree.case_of(c) {
                Some("by") => actors_of(tree, ents, c, &mut actors),
                Some(p)
                    if recipient_preps.iter().any(|r| r == p) || matches!(p, "against" | "on") =>
                {
                    actors_of(tree, ents, c, &mut recipients)
                }
                _ => {}
            }
        }
    }
    recipients.retain(|r| !actors.contains(r));
    (actors, recipients)
}
