//! One line of a trigger file: split into columns, checked, normalised. Errors are plain
//! messages; the caller adds the file and line.

use super::cameo;
use super::{NonTrigger, Origin, Pos, Roles, TriggerEntry};
use crate::model::EventCategory;

/// What a valid line holds.
#[derive(Debug, Clone)]
pub(crate) enum Row {
    /// A word or phrase that reports an event.
    Trigger(TriggerEntry),
    /// A word or phrase that must not be coded as an event (plover column `-`).
    Not(NonTrigger),
}

/// Lower-case, hyphens dropped, spaces collapsed: "Cease-fire" and "ceasefire" are one key,
/// as are "air  strike" and "air strike". Lemmas from the tagger go through the same function.
pub(crate) fn norm(word: &str) -> String {
    word.split_whitespace()
        .map(|w| w.to_lowercase().replace(['-', '\u{2010}', '\u{2011}'], ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses one non-comment line (already known not to be blank or `#`).
pub(crate) fn parse(line: &str, lineno: usize, origin: Origin) -> Result<Row, String> {
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    if !(11..=12).contains(&cols.len()) {
        return Err(format!(
            "expected 12 tab-separated columns (lemma, pos, particle_or_prep, object, context, \
             cameo, plover, mode, recipient_preps, roles, weight, notes), found {}",
            cols.len()
        ));
    }
    let lemma = norm(cols[0]);
    if lemma.is_empty() {
        return Err("empty lemma".into());
    }
    if lemma.contains('|') {
        return Err(format!("lemma {:?} contains '|'", cols[0]));
    }
    let pos = Pos::parse(cols[1]).ok_or_else(|| {
        format!(
            "unknown part of speech {:?} (expected VERB or NOUN)",
            cols[1]
        )
    })?;
    let particle = match norm(cols[2]) {
        p if p.is_empty() => None,
        p if p.contains(' ') || p.contains('|') => {
            return Err(format!("particle_or_prep {:?} must be one word", cols[2]))
        }
        p => Some(p),
    };
    let object = list(cols[3], "object")?;
    let context = list(cols[4], "context")?;
    let cameo_code = cols[5];
    if !cameo_code.is_empty()
        && (!(2..=4).contains(&cameo_code.len()) || !cameo_code.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(format!("CAMEO code {cameo_code:?} must be 2 to 4 digits"));
    }
    if !cameo_code.is_empty() && !cameo::is_known_code(cameo_code) {
        return Err(format!("unknown CAMEO code {cameo_code}"));
    }
    let notes = cols.get(11).copied().unwrap_or("").to_string();
    let weight = match cols[10] {
        "" => None,
        w => Some(
            w.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && (0.0..=1.0).contains(v))
                .ok_or_else(|| format!("weight {w:?} must be a number from 0 to 1"))?,
        ),
    };
    if cols[6] == "-" {
        if !cameo_code.is_empty() && !cameo::is_statement_code(cameo_code) {
            return Err(format!(
                "a non-trigger row (plover \"-\") may only carry a CAMEO 01/02 code, not {cameo_code}"
            ));
        }
        if !cols[7].is_empty() || !cols[8].is_empty() || !cols[9].is_empty() {
            return Err(
                "a non-trigger row (plover \"-\") takes no mode, recipient_preps or roles".into(),
            );
        }
        return Ok(Row::Not(NonTrigger {
            lemma,
            pos,
            particle,
            object,
            context,
            cameo: (!cameo_code.is_empty()).then(|| cameo_code.to_string()),
            notes,
            origin,
            line: lineno,
        }));
    }
    let category = category(cols[6])?;
    if cameo_code.is_empty() {
        return Err("missing CAMEO code".into());
    }
    let allowed = cameo::root_categories(cameo_code);
    if !allowed.contains(&category) {
        return Err(format!(
            "CAMEO {cameo_code} is in root {} which CAMEO2PLOVER maps to {}, not {}",
            &cameo_code[..2],
            names(&allowed),
            category.as_str()
        ));
    }
    let mode = match cols[7] {
        "" => None,
        m => {
            let modes = cameo::modes(category);
            if !modes.contains(&m) {
                return Err(format!(
                    "unknown mode {m:?} for {} (expected {})",
                    category.as_str(),
                    if modes.is_empty() {
                        "none".to_string()
                    } else {
                        modes.join(", ")
                    }
                ));
            }
            Some(m.to_string())
        }
    };
    let recipient_preps = list(cols[8], "recipient_preps")?;
    let roles = Roles::parse(cols[9]).ok_or_else(|| {
        format!(
            "unknown roles {:?} (expected empty, symmetric, inverse or host)",
            cols[9]
        )
    })?;
    let weight = weight.ok_or("missing weight (a number from 0 to 1)")?;
    Ok(Row::Trigger(TriggerEntry {
        lemma,
        pos,
        particle,
        object,
        context,
        cameo: cameo_code.to_string(),
        category,
        mode,
        recipient_preps,
        roles,
        weight,
        notes,
        origin,
        line: lineno,
    }))
}

/// Reads a PLOVER category, naming the current name when an older one is used.
fn category(name: &str) -> Result<EventCategory, String> {
    if let Some(c) = EventCategory::parse(name) {
        return Ok(c);
    }
    let renamed = match name.trim().to_ascii_uppercase().as_str() {
        "DEMAND" => Some("REQUEST"),
        "DISAPPROVE" | "INVESTIGATE" => Some("ACCUSE"),
        "FIGHT" => Some("ASSAULT"),
        "YIELD" => Some("CONCEDE or RETREAT"),
        _ => None,
    };
    Err(match renamed {
        Some(now) => format!("PLOVER category {name:?} is an older name: use {now}"),
        None => format!("unknown PLOVER category {name:?}"),
    })
}

fn names(categories: &[EventCategory]) -> String {
    if categories.is_empty() {
        return "no event category (statements)".into();
    }
    categories
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// A `|`-separated column: normalised, sorted, without duplicates, so that two rows with the
/// same words in another order are recognised as the same constraint.
fn list(cell: &str, column: &str) -> Result<Vec<String>, String> {
    if cell.is_empty() {
        return Ok(Vec::new());
    }
    let mut items = Vec::new();
    for item in cell.split('|') {
        let item = norm(item);
        if item.is_empty() {
            return Err(format!("empty item in {column} list {cell:?}"));
        }
        items.push(item);
    }
    items.sort();
    items.dedup();
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cols: &[&str]) -> Result<Row, String> {
        parse(&cols.join("\t"), 7, Origin::User)
    }

    fn trigger(cols: &[&str]) -> TriggerEntry {
        match row(cols) {
            Ok(Row::Trigger(t)) => t,
            other => panic!("expected a trigger, got {other:?}"),
        }
    }

    const FULL: [&str; 12] = [
        "Close",
        "verb",
        "",
        "embassy|Consulate|mission|embassy",
        "",
        "161",
        "SANCTION",
        "withdraw",
        "in",
        "",
        "1.0",
        "closing a mission",
    ];

    #[test]
    fn every_column_is_read() {
        let t = trigger(&FULL);
        assert_eq!(t.lemma, "close");
        assert_eq!(t.pos, Pos::Verb);
        assert_eq!(t.particle, None);
        assert_eq!(t.object, vec!["consulate", "embassy", "mission"]);
        assert!(t.context.is_empty());
        assert_eq!(t.cameo, "161");
        assert_eq!(t.category, EventCategory::Sanction);
        assert_eq!(t.mode.as_deref(), Some("withdraw"));
        assert_eq!(t.recipient_preps, vec!["in"]);
        assert_eq!(t.roles, Roles::Default);
        assert_eq!(t.weight, 1.0);
        assert_eq!(t.notes, "closing a mission");
        assert_eq!((t.origin, t.line), (Origin::User, 7));

        let t = trigger(&[
            "call", "VERB", "for", "", "", "100", "REQUEST", "", "", "", "0.9",
        ]);
        assert_eq!(t.particle.as_deref(), Some("for"));
        assert_eq!(t.notes, "", "notes may be left out");

        let t = trigger(&[
            "strike",
            "NOUN",
            "",
            "",
            "worker|union",
            "143",
            "PROTEST",
            "strike-lim",
            "",
            "symmetric",
            "0.8",
            "",
        ]);
        assert_eq!(t.context, vec!["union", "worker"]);
        assert_eq!(t.roles, Roles::Symmetric);

        let t = trigger(&[
            "Air-Strike",
            "NOUN",
            "",
            "",
            "",
            "195",
            "ASSAULT",
            "aerial",
            "on|against",
            "",
            "1",
            "",
        ]);
        assert_eq!(t.lemma, "airstrike", "hyphens are dropped");
        let t = trigger(&[
            "air  strike",
            "NOUN",
            "",
            "",
            "",
            "195",
            "ASSAULT",
            "",
            "",
            "",
            "1",
            "",
        ]);
        assert_eq!(t.lemma, "air strike");
        assert!(t.is_multiword());
    }

    #[test]
    fn non_trigger_rows() {
        match row(&[
            "say",
            "VERB",
            "",
            "",
            "",
            "010",
            "-",
            "",
            "",
            "",
            "",
            "statement",
        ]) {
            Ok(Row::Not(n)) => {
                assert_eq!(n.lemma, "say");
                assert_eq!(n.cameo.as_deref(), Some("010"));
            }
            other => panic!("{other:?}"),
        }
        let err = row(&["say", "VERB", "", "", "", "190", "-", "", "", "", "", ""]).unwrap_err();
        assert!(err.contains("01/02"), "{err}");
        let err = row(&["say", "VERB", "", "", "", "", "-", "phone", "", "", "", ""]).unwrap_err();
        assert!(err.contains("no mode"), "{err}");
    }

    fn err_with(change: usize, value: &str) -> String {
        let mut cols = FULL;
        cols[change] = value;
        row(&cols).expect_err("the row should be rejected")
    }

    #[test]
    fn bad_rows_are_rejected_with_a_reason() {
        assert!(err_with(0, "").contains("empty lemma"));
        assert!(err_with(1, "ADJ").contains("part of speech"));
        assert!(err_with(2, "out of").contains("one word"));
        assert!(err_with(3, "embassy||mission").contains("empty item"));
        assert!(err_with(5, "16x").contains("2 to 4 digits"));
        assert!(err_with(5, "169").contains("unknown CAMEO code 169"));
        assert!(err_with(5, "").contains("missing CAMEO"));
        assert!(err_with(6, "FRIENDLY").contains("unknown PLOVER category"));
        assert!(err_with(6, "DEMAND").contains("use REQUEST"));
        // 161 is root 16, which maps to SANCTION or COERCE, never ASSAULT.
        let e = err_with(6, "ASSAULT");
        assert!(
            e.contains("root 16") && e.contains("SANCTION or COERCE"),
            "{e}"
        );
        assert!(err_with(7, "aerial").contains("unknown mode"));
        assert!(err_with(9, "backwards").contains("unknown roles"));
        assert!(err_with(10, "1.5").contains("weight"));
        assert!(err_with(10, "high").contains("weight"));
        assert!(err_with(10, "NaN").contains("weight"));
        assert!(err_with(10, "").contains("missing weight"));
        let e = row(&FULL[..9]).unwrap_err();
        assert!(e.contains("found 9"), "{e}");
        // Appeal codes (02) carry no event category.
        let mut cols = FULL;
        cols[5] = "020";
        cols[6] = "REQUEST";
        cols[7] = "";
        assert!(row(&cols).unwrap_err().contains("statements"));
    }

    #[test]
    fn norm_folds_case_hyphens_and_spaces() {
        assert_eq!(norm("Cease-Fire"), "ceasefire");
        assert_eq!(norm("  take   to the street "), "take to the street");
        assert_eq!(norm("-"), "");
    }
}
