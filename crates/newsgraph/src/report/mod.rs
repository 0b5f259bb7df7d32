//! The human-readable report of one document: actors, statements, events and times as tables.

mod table;

use crate::model::{Document, Statement};
use table::Table;

fn or_dash(s: Option<&str>) -> String {
    s.unwrap_or("-").to_string()
}

fn name_of(doc: &Document, id: &str) -> String {
    doc.actor(id)
        .map_or_else(|| id.to_string(), |a| a.name.clone())
}

fn names(doc: &Document, ids: &[String]) -> String {
    if ids.is_empty() {
        return "-".into();
    }
    ids.iter()
        .map(|id| name_of(doc, id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn time_value(doc: &Document, id: Option<&String>) -> String {
    id.and_then(|id| doc.time(id))
        .map_or("-".into(), |t| t.value.clone())
}

fn json_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn sourcing(doc: &Document, s: &Statement) -> String {
    let kind = json_name(&s.sourcing.kind);
    match &s.sourcing.via {
        Some(v) => format!("{kind} via {}", name_of(doc, v)),
        None => kind,
    }
}

/// Renders the report of `doc`.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let m = &doc.meta;
    out.push_str(&format!(
        "{}\n",
        m.title.as_deref().unwrap_or("(untitled article)")
    ));
    let mut facts = Vec::new();
    if let Some(o) = &m.outlet {
        facts.push(o.clone());
    }
    facts.push(format!(
        "published {}",
        m.published.as_deref().unwrap_or("unknown")
    ));
    facts.push(format!("{} sentences", doc.sentences.len()));
    facts.push(format!("{} boilerplate regions", doc.boilerplate.len()));
    out.push_str(&format!("{}\n\n", facts.join(" · ")));

    let mut t = Table::new(
        "ACTORS",
        &["id", "name", "kind", "code", "titles", "mentions"],
    );
    for a in &doc.actors {
        let mentions: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
        t.row(vec![
            a.id.clone(),
            a.description.clone().unwrap_or_else(|| a.name.clone()),
            json_name(&a.kind),
            or_dash(a.code.as_deref()),
            if a.titles.is_empty() {
                "-".into()
            } else {
                a.titles.join("; ")
            },
            format!("{}: {}", mentions.len(), mentions.join(" | ")),
        ]);
    }
    out.push_str(&t.render());
    out.push('\n');

    let mut t = Table::new(
        "STATEMENTS",
        &[
            "id", "speaker", "act", "to", "quote", "sourcing", "time", "content",
        ],
    );
    for s in &doc.statements {
        t.row(vec![
            s.id.clone(),
            s.speaker
                .as_deref()
                .map_or("(unattributed)".into(), |id| name_of(doc, id)),
            format!(
                "{}{}",
                if s.negated { "not " } else { "" },
                json_name(&s.act)
            ),
            names(doc, &s.addressees),
            s.quote.as_ref().map_or("-".into(), json_name),
            sourcing(doc, s),
            time_value(doc, s.time.as_ref()),
            s.content.as_ref().map_or("-".into(), |c| c.text.clone()),
        ]);
    }
    out.push_str(&t.render());
    let counts: Vec<String> = doc
        .sourcing
        .by_kind
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", c.count, json_name(&c.kind)))
        .collect();
    if !counts.is_empty() {
        out.push_str(&format!("  sourcing: {}\n", counts.join(", ")));
    }
    out.push('\n');

    let mut t = Table::new(
        "EVENTS",
        &[
            "id",
            "category",
            "cameo",
            "mode",
            "factuality",
            "actors",
            "recipients",
            "time",
            "place",
            "trigger",
        ],
    );
    for e in &doc.events {
        t.row(vec![
            e.id.clone(),
            e.category.as_str().to_string(),
            e.cameo.clone(),
            or_dash(e.plover_mode.as_deref()),
            json_name(&e.factuality),
            names(doc, &e.actors),
            names(doc, &e.recipients),
            time_value(doc, e.time.as_ref()),
            e.location
                .as_deref()
                .and_then(|id| doc.place(id))
                .map_or("-".into(), |p| p.name.clone()),
            e.trigger.text.clone(),
        ]);
    }
    out.push_str(&t.render());
    out.push('\n');

    let mut t = Table::new("TIMES", &["id", "text", "type", "value", "reference"]);
    for tm in &doc.times {
        t.row(vec![
            tm.id.clone(),
            tm.text.clone(),
            json_name(&tm.kind),
            tm.value.clone(),
            tm.reference.as_ref().map_or("-".into(), |r| {
                format!(
                    "{} {}",
                    json_name(&r.kind),
                    r.value.as_deref().or(r.id.as_deref()).unwrap_or("")
                )
                .trim()
                .to_string()
            }),
        ]);
    }
    out.push_str(&t.render());
    out
}
