//! Whether, and how, the text says an event happened: asserted, negated, conditional (with
//! its `if`/`unless` clause), hypothetical, planned, threatened, or reported in a statement.

use super::lexicon::Frame;
use crate::model::{Act, Factuality};
use crate::tree::Tree;
use std::ops::Range;

/// What the clause around a trigger says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Modality {
    /// The factuality.
    pub factuality: Factuality,
    /// Token range of the condition clause, for conditional events.
    pub condition: Option<Range<usize>>,
    /// True when a statement says someone must do the event ("X said Y must withdraw"): a
    /// demand by the speaker on the event's subject.
    pub obliged: bool,
    /// The frame that shifts the CAMEO code (a threat, a promise, a demand), if any.
    pub frame: Option<Frame>,
}

const CONDITION_MARKS: &[&str] = &["if", "unless", "provided", "providing", "should"];
const PLAN_VERBS: &[&str] = &[
    "plan", "intend", "aim", "expect", "prepare", "schedule", "set", "go", "seek", "decide",
    "agree", "promise", "pledge", "vow", "propose", "consider",
];

/// Governing words that frame an event as intended ("willing to withdraw", "offered to
/// mediate"): CAMEO 03, PLOVER AGREE.
const INTEND_WORDS: &[&str] = &[
    "willing", "ready", "prepared", "agree", "offer", "promise", "pledge", "commit", "propose",
];

/// Governing words that frame an event as refused ("refused to withdraw"): CAMEO 12.
const REFUSE_WORDS: &[&str] = &["refuse", "reject", "unwilling", "decline"];

/// The clause-level predicates that govern a trigger: itself and, for nouns and infinitives,
/// the verbs above it up to the first finite clause.
fn governors(tree: &Tree<'_>, t: usize) -> Vec<usize> {
    let mut out = vec![t];
    let mut x = t;
    for _ in 0..4 {
        let rel = tree.base_rel(x);
        let climb = matches!(rel, "xcomp" | "obj" | "obl" | "nsubj" | "conj" | "compound")
            || (tree.upos(x) == "NOUN" && !matches!(rel, "ccomp" | "advcl" | "root"));
        match tree.head(x) {
            Some(h) if climb => {
                out.push(h);
                x = h;
            }
            _ => break,
        }
    }
    out
}

fn modal(tree: &Tree<'_>, v: usize) -> Option<Factuality> {
    for c in tree.children(v) {
        if !matches!(tree.deprel(c), "aux" | "aux:pass") {
            continue;
        }
        match tree.lower(c) {
            "may" | "might" | "could" => return Some(Factuality::Hypothetical),
            "will" | "'ll" | "shall" | "would" => return Some(Factuality::Planned),
            _ => {}
        }
    }
    None
}

/// Assesses the trigger at token `t`. `statement_act` is the act of the statement whose
/// content holds the trigger, if any.
pub fn assess(tree: &Tree<'_>, t: usize, statement_act: Option<Act>) -> Modality {
    let govs = governors(tree, t);
    if govs.iter().any(|&g| tree.negated(g)) {
        return Modality {
            factuality: Factuality::Negated,
            condition: None,
            obliged: false,
            frame: None,
        };
    }
    // A condition attached to the trigger or the predicates that govern it.
    let condition = govs.iter().find_map(|&g| {
        tree.children(g).find(|&c| {
            tree.base_rel(c) == "advcl"
                && tree
                    .children(c)
                    .any(|m| tree.deprel(m) == "mark" && CONDITION_MARKS.contains(&tree.lower(m)))
        })
    });
    // The trigger itself inside an if-clause is hypothetical.
    let in_condition = {
        let mut x = t;
        let mut inside = false;
        for _ in 0..6 {
            if tree.base_rel(x) == "advcl"
                && tree
                    .children(x)
                    .any(|m| tree.deprel(m) == "mark" && CONDITION_MARKS.contains(&tree.lower(m)))
            {
                inside = true;
                break;
            }
            match tree.head(x) {
                Some(h) => x = h,
                None => break,
            }
        }
        inside
    };
    // "Y must (or has to) withdraw" reported in a statement: the speaker demands it.
    let obliged = statement_act.is_some_and(|a| !matches!(a, Act::Warn | Act::Threaten | Act::Vow))
        && govs.iter().any(|&g| {
            tree.children(g)
                .any(|c| tree.deprel(c) == "aux" && matches!(tree.lower(c), "must" | "should"))
        });
    let frame = match statement_act {
        _ if obliged => Some(Frame::Request),
        Some(Act::Warn | Act::Threaten | Act::Vow) => Some(Frame::Threaten),
        Some(Act::Promise | Act::Pledge | Act::Agree) => Some(Frame::Intend),
        Some(Act::Urge | Act::CallOn | Act::Demand | Act::Ask | Act::Appeal) => {
            Some(Frame::Request)
        }
        Some(Act::Reject) => Some(Frame::Refuse),
        _ => govs.iter().skip(1).find_map(|&g| {
            let l = tree.lemma(g);
            if INTEND_WORDS.contains(&l) {
                Some(Frame::Intend)
            } else if REFUSE_WORDS.contains(&l) {
                Some(Frame::Refuse)
            } else {
                None
            }
        }),
    };
    let planned = govs
        .iter()
        .skip(1)
        .any(|&g| PLAN_VERBS.contains(&tree.lemma(g)));
    let factuality = if condition.is_some() {
        Factuality::Conditional
    } else if in_condition {
        Factuality::Hypothetical
    } else if frame == Some(Frame::Threaten) {
        Factuality::Threatened
    } else if let Some(m) = govs.iter().find_map(|&g| modal(tree, g)) {
        m
    } else if planned || frame == Some(Frame::Intend) {
        Factuality::Planned
    } else if statement_act.is_some() {
        Factuality::Reported
    } else {
        Factuality::Asserted
    };
    Modality {
        factuality,
        condition: condition.map(|c| tree.subtree(c)),
        obliged,
        frame,
    }
}
