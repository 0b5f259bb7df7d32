//! Personal and possessive pronouns that can refer to actors.

use super::candidates::{Cand, Class};
use crate::model::MentionKind;
use crate::text::SegmentKind;
use crate::tree::Tree;

/// Pronoun forms that can refer to actors, lower-cased.
const FORMS: &[&str] = &[
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "it",
    "its",
    "itself",
];

/// Finds pronoun candidates in body sentences.
pub fn find(tree: &Tree<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    for seg in &tree.layout().segments {
        if seg.kind != SegmentKind::Body {
            continue;
        }
        for t in seg.tokens.clone() {
            let w = tree.lower(t);
            if !FORMS.contains(&w) || !matches!(tree.upos(t), "PRON" | "DET") {
                continue;
            }
            // Expletive "it" ("it is unclear whether") refers to nothing.
            if tree.deprel(t) == "expl" || (w == "it" && expletive_it(tree, t)) {
                continue;
            }
            out.push(Cand::new(
                t..t + 1,
                t,
                MentionKind::Pronoun,
                Class::Pronoun(w.to_string()),
                tree.form(t).to_string(),
            ));
        }
    }
    out
}

/// "It" as the subject of a predicate with a clausal subject or complement ("it is clear
/// that", "it was reported that").
fn expletive_it(tree: &Tree<'_>, t: usize) -> bool {
    let Some(h) = tree.head(t) else { return false };
    tree.children(h)
        .any(|c| matches!(tree.base_rel(c), "csubj" | "ccomp"))
        && tree
            .children(h)
            .any(|c| matches!(tree.deprel(c), "cop" | "aux:pass"))
}

/// What a pronoun can refer to: (person, plural, non-person singular).
pub fn agreement(form: &str) -> (bool, bool, bool) {
    match form {
        "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself" => {
            (true, false, false)
        }
        "they" | "them" | "their" | "theirs" | "themselves" => (false, true, false),
        _ => (false, false, true),
    }
}
