//! Numbers attached to an event: the size of a change ("to 3,000 from about 5,200" troops) and
//! counts of the killed, injured or arrested.

use crate::model::Quantity;
use crate::tree::Tree;

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("mln", 1e6),
    ("bln", 1e9),
];

const HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "approximately",
    "roughly",
    "some",
    "almost",
    "over",
    "more",
    "least",
    "up",
    "estimated",
    "less",
    "fewer",
    "than",
];

/// The value of a number token (and a following scale word), if it is one.
pub fn value(tree: &Tree<'_>, t: usize) -> Option<f64> {
    let w = tree.lower(t);
    let base = w
        .replace(',', "")
        .parse::<f64>()
        .ok()
        .or_else(|| NUMBER_WORDS.iter().find(|(k, _)| *k == w).map(|(_, v)| *v))?;
    let scale = (t + 1 < tree.len())
        .then(|| {
            SCALES
                .iter()
                .find(|(k, _)| *k == tree.lower(t + 1))
                .map(|(_, v)| *v)
        })
        .flatten()
        .unwrap_or(1.0);
    Some(base * scale)
}

fn number_in(tree: &Tree<'_>, phrase: usize) -> Option<usize> {
    if tree.upos(phrase) == "NUM" && value(tree, phrase).is_some() {
        return Some(phrase);
    }
    tree.children(phrase)
        .find(|&c| tree.deprel(c) == "nummod" && value(tree, c).is_some())
}

fn quantity(tree: &Tree<'_>, num: usize, unit: Option<String>, role: &str) -> Option<Quantity> {
    let v = value(tree, num)?;
    // The hedges and the scale word belong to the quantity's span.
    let mut start = num;
    let mut approximate = false;
    for c in tree.children(num) {
        if c < num && HEDGES.contains(&tree.lower(c)) {
            approximate = true;
            start = start.min(tree.subtree(c).start);
        }
    }
    let end = if num + 1 < tree.len() && SCALES.iter().any(|(k, _)| *k == tree.lower(num + 1)) {
        num + 2
    } else {
        num + 1
    };
    let b = tree.bytes(&(start..end));
    Some(Quantity {
        start: b.start,
        end: b.end,
        text: String::new(),
        value: v,
        unit,
        role: Some(role.to_string()),
        approximate,
    })
}

/// The noun a count is about: the object's head, or the modifier of a generic head
/// ("troop numbers" counts troops).
fn unit_of(tree: &Tree<'_>, noun: usize) -> String {
    let lemma = tree.lemma(noun);
    if matches!(
        lemma,
        "number" | "level" | "size" | "strength" | "total" | "count" | "presence"
    ) {
        if let Some(c) = tree.children(noun).find(|&c| tree.deprel(c) == "compound") {
            return tree.lemma(c).to_string();
        }
    }
    lemma.to_string()
}

/// Finds the quantities of the trigger at `t` whose category role word is `role` ("killed").
pub fn find(tree: &Tree<'_>, t: usize, count_role: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let object = tree
        .children(t)
        .find(|&c| matches!(tree.deprel(c), "obj" | "nsubj:pass"));
    let unit = object.map(|o| unit_of(tree, o));
    // "cutting troop numbers to 3,000 from about 5,200"
    for c in tree.children(t) {
        if tree.base_rel(c) != "obl" {
            continue;
        }
        let role = match tree.case_of(c) {
            Some("to") => "to",
            Some("from") => "from",
            Some("by") => "by",
            _ => continue,
        };
        if let Some(n) = number_in(tree, c) {
            out.extend(quantity(tree, n, unit.clone(), role));
        }
    }
    // "killed 39 people", "at least 107 people were killed"
    if let Some(o) = object {
        if let Some(n) = number_in(tree, o) {
            let unit = (tree.upos(o) != "NUM").then(|| unit_of(tree, o));
            out.extend(quantity(tree, n, unit, count_role));
        }
    }
    out.sort_by_key(|q| q.start);
    out
}
