//! Column tables of documents: one table per kind of item, one row per item, built column by
//! column so that bindings can hand each column to a data-frame library in one piece.
//!
//! Tables: `actors`, `mentions`, `places`, `statements`, `events`, `times` and `timeline` (the
//! dated events and statements in time order). Every id an item refers to is resolved next to
//! it (`speaker` and `speaker_name`, `time` and `time_value`, ...). Offsets are code points.

use crate::model::*;
use crate::time::value_bounds;
use chrono::NaiveDate;
use serde::Serialize;

/// The values of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// Text; `None` where the item has no value.
    Str(Vec<Option<String>>),
    /// Counts and offsets; `None` where the item has no value.
    Int(Vec<Option<usize>>),
    /// Real numbers.
    Float(Vec<f64>),
    /// Flags.
    Bool(Vec<bool>),
    /// Calendar days; `None` where unknown.
    Date(Vec<Option<NaiveDate>>),
    /// Lists of text (ids, names).
    List(Vec<Vec<String>>),
}

impl Column {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Column::Str(v) => v.len(),
            Column::Int(v) => v.len(),
            Column::Float(v) => v.len(),
            Column::Bool(v) => v.len(),
            Column::Date(v) => v.len(),
            Column::List(v) => v.len(),
        }
    }

    /// True when the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column's type name: `str`, `int`, `float`, `bool`, `date` or `list`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Column::Str(_) => "str",
            Column::Int(_) => "int",
            Column::Float(_) => "float",
            Column::Bool(_) => "bool",
            Column::Date(_) => "date",
            Column::List(_) => "list",
        }
    }

    fn append(&mut self, other: Column) {
        match (self, other) {
            (Column::Str(a), Column::Str(b)) => a.extend(b),
            (Column::Int(a), Column::Int(b)) => a.extend(b),
            (Column::Float(a), Column::Float(b)) => a.extend(b),
            (Column::Bool(a), Column::Bool(b)) => a.extend(b),
            (Column::Date(a), Column::Date(b)) => a.extend(b),
            (Column::List(a), Column::List(b)) => a.extend(b),
            _ => unreachable!("tables of the same name have the same column types"),
        }
    }
}

/// A named table: columns of equal length, in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// `actors`, `mentions`, `places`, `statements`, `events`, `times` or `timeline`.
    pub name: &'static str,
    /// Column names and values.
    pub columns: Vec<(&'static str, Column)>,
}

impl Table {
    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.columns.first().map_or(0, |(_, c)| c.len())
    }

    /// The column with this name.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c)
    }
}

/// The names of the tables [`tables`] returns, in order.
pub const TABLES: [&str; 7] = [
    "actors",
    "mentions",
    "places",
    "statements",
    "events",
    "times",
    "timeline",
];

/// The JSON name of an enum value (`"anonymous_source"`, `"ASSAULT"`).
pub(crate) fn name_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

struct Cols {
    cols: Vec<(&'static str, Column)>,
}

impl Cols {
    fn new() -> Cols {
        Cols { cols: Vec::new() }
    }
    fn str<I: IntoIterator<Item = Option<String>>>(&mut self, name: &'static str, v: I) {
        self.cols.push((name, Column::Str(v.into_iter().collect())));
    }
    fn int<I: IntoIterator<Item = Option<usize>>>(&mut self, name: &'static str, v: I) {
        self.cols.push((name, Column::Int(v.into_iter().collect())));
    }
    fn float<I: IntoIterator<Item = f64>>(&mut self, name: &'static str, v: I) {
        self.cols
            .push((name, Column::Float(v.into_iter().collect())));
    }
    fn bool<I: IntoIterator<Item = bool>>(&mut self, name: &'static str, v: I) {
        self.cols
            .push((name, Column::Bool(v.into_iter().collect())));
    }
    fn date<I: IntoIterator<Item = Option<NaiveDate>>>(&mut self, name: &'static str, v: I) {
        self.cols
            .push((name, Column::Date(v.into_iter().collect())));
    }
    fn list<I: IntoIterator<Item = Vec<String>>>(&mut self, name: &'static str, v: I) {
        self.cols
            .push((name, Column::List(v.into_iter().collect())));
    }
    fn table(self, name: &'static str) -> Table {
        Table {
            name,
            columns: self.cols,
        }
    }
}

/// Looks up names of actors, places and times by id.
pub(crate) struct Names<'a> {
    doc: &'a Document,
}

impl<'a> Names<'a> {
    pub(crate) fn new(doc: &'a Document) -> Names<'a> {
        Names { doc }
    }
    pub(crate) fn actor(&self, id: Option<&String>) -> Option<String> {
        id.and_then(|id| self.doc.actor(id)).map(|a| a.name.clone())
    }
    pub(crate) fn actors(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .map(|id| self.actor(Some(id)).unwrap_or_else(|| id.clone()))
            .collect()
    }
    pub(crate) fn time(&self, id: Option<&String>) -> Option<&'a Time> {
        id.and_then(|id| self.doc.time(id))
    }
    pub(crate) fn place(&self, id: Option<&String>) -> Option<&'a Place> {
        id.and_then(|id| self.doc.place(id))
    }
}

/// First and last day a time covers, for calendar dates and times of day.
pub fn time_bounds(t: &Time) -> Option<(NaiveDate, NaiveDate)> {
    match t.kind {
        TimeType::Date | TimeType::Time => value_bounds(&t.value),
        TimeType::Duration | TimeType::Set => None,
    }
}

/// Every table of one document, in the order of [`TABLES`].
pub fn tables(doc: &Document) -> Vec<Table> {
    vec![
        actors(doc),
        mentions(doc),
        places(doc),
        statements(doc),
        events(doc),
        times(doc),
        timeline(doc),
    ]
}

/// The tables of many documents stacked, each with a leading `doc_id` column: a document's
/// `meta.id`, or its position in `docs` (as text) when it has none.
pub fn stacked(docs: &[&Document]) -> Vec<Table> {
    let mut out: Vec<Table> = tables(&empty_document());
    for t in &mut out {
        t.columns.insert(0, ("doc_id", Column::Str(Vec::new())));
    }
    for (i, doc) in docs.iter().enumerate() {
        let id = doc_id(doc, i);
        for (acc, t) in out.iter_mut().zip(tables(doc)) {
            let n = t.rows();
            acc.columns[0]
                .1
                .append(Column::Str(vec![Some(id.clone()); n]));
            for ((_, a), (_, c)) in acc.columns[1..].iter_mut().zip(t.columns) {
                a.append(c);
            }
        }
    }
    out
}

/// The id used for a document in stacked tables and graphs: `meta.id`, else its position.
pub fn doc_id(doc: &Document, position: usize) -> String {
    doc.meta.id.clone().unwrap_or_else(|| position.to_string())
}

/// A document with no text and nothing in it (gives the shape of the tables).
fn empty_document() -> Document {
    Document {
        schema: SCHEMA.to_string(),
        meta: Meta::default(),
        text: String::new(),
        boilerplate: Vec::new(),
        sentences: Vec::new(),
        actors: Vec::new(),
        places: Vec::new(),
        statements: Vec::new(),
        events: Vec::new(),
        times: Vec::new(),
        sourcing: SourcingSummary::default(),
    }
}

fn actors(doc: &Document) -> Table {
    let a = &doc.actors;
    let names = Names::new(doc);
    let mut c = Cols::new();
    c.str("id", a.iter().map(|x| Some(x.id.clone())));
    c.str("name", a.iter().map(|x| Some(x.name.clone())));
    c.str("kind", a.iter().map(|x| Some(name_of(&x.kind))));
    c.str("code", a.iter().map(|x| x.code.clone()));
    c.str("country", a.iter().map(|x| x.country.clone()));
    c.str(
        "sector",
        a.iter().map(|x| x.sector.map(|s| s.as_str().into())),
    );
    c.list("titles", a.iter().map(|x| x.titles.clone()));
    c.str("affiliation", a.iter().map(|x| x.affiliation.clone()));
    c.str(
        "affiliation_name",
        a.iter().map(|x| names.actor(x.affiliation.as_ref())),
    );
    c.str("description", a.iter().map(|x| x.description.clone()));
    c.int("mentions", a.iter().map(|x| Some(x.mentions.len())));
    c.int(
        "first_start",
        a.iter().map(|x| x.mentions.first().map(|m| m.start)),
    );
    c.int(
        "first_end",
        a.iter().map(|x| x.mentions.first().map(|m| m.end)),
    );
    c.str(
        "first_text",
        a.iter().map(|x| x.mentions.first().map(|m| m.text.clone())),
    );
    c.table("actors")
}

struct MentionRow<'a> {
    entity: &'static str,
    id: &'a str,
    name: &'a str,
    m: &'a Mention,
}

fn mentions(doc: &Document) -> Table {
    let mut rows: Vec<MentionRow> = Vec::new();
    for a in &doc.actors {
        rows.extend(a.mentions.iter().map(|m| MentionRow {
            entity: "actor",
            id: &a.id,
            name: &a.name,
            m,
        }));
    }
    for p in &doc.places {
        rows.extend(p.mentions.iter().map(|m| MentionRow {
            entity: "place",
            id: &p.id,
            name: &p.name,
            m,
        }));
    }
    rows.sort_by_key(|r| (r.m.start, r.m.end));
    let mut c = Cols::new();
    c.str("entity", rows.iter().map(|r| Some(r.entity.to_string())));
    c.str("entity_id", rows.iter().map(|r| Some(r.id.to_string())));
    c.str("entity_name", rows.iter().map(|r| Some(r.name.to_string())));
    c.str("kind", rows.iter().map(|r| Some(name_of(&r.m.kind))));
    c.int("start", rows.iter().map(|r| Some(r.m.start)));
    c.int("end", rows.iter().map(|r| Some(r.m.end)));
    c.str("text", rows.iter().map(|r| Some(r.m.text.clone())));
    c.int("sentence", rows.iter().map(|r| doc.sentence_at(r.m.start)));
    c.table("mentions")
}

fn places(doc: &Document) -> Table {
    let p = &doc.places;
    let mut c = Cols::new();
    c.str("id", p.iter().map(|x| Some(x.id.clone())));
    c.str("name", p.iter().map(|x| Some(x.name.clone())));
    c.str("kind", p.iter().map(|x| Some(name_of(&x.kind))));
    c.str("country", p.iter().map(|x| x.country.clone()));
    c.str("within", p.iter().map(|x| x.within.clone()));
    c.float("latitude", p.iter().map(|x| x.latitude.unwrap_or(f64::NAN)));
    c.float(
        "longitude",
        p.iter().map(|x| x.longitude.unwrap_or(f64::NAN)),
    );
    c.int("mentions", p.iter().map(|x| Some(x.mentions.len())));
    c.table("places")
}

/// Pushes `time`, `time_text`, `time_value`, `time_start` and `time_end` columns.
fn time_columns(c: &mut Cols, names: &Names, ids: &[Option<&String>]) {
    let times: Vec<Option<&Time>> = ids.iter().map(|id| names.time(*id)).collect();
    c.str("time", ids.iter().map(|id| id.cloned()));
    c.str("time_text", times.iter().map(|t| t.map(|t| t.text.clone())));
    c.str(
        "time_value",
        times.iter().map(|t| t.map(|t| t.value.clone())),
    );
    let bounds: Vec<_> = times.iter().map(|t| t.and_then(time_bounds)).collect();
    c.date("time_start", bounds.iter().map(|b| b.map(|b| b.0)));
    c.date("time_end", bounds.iter().map(|b| b.map(|b| b.1)));
}

fn statements(doc: &Document) -> Table {
    let s = &doc.statements;
    let names = Names::new(doc);
    let mut c = Cols::new();
    c.str("id", s.iter().map(|x| Some(x.id.clone())));
    c.int("sentence", s.iter().map(|x| Some(x.sentence)));
    c.str("speaker", s.iter().map(|x| x.speaker.clone()));
    c.str(
        "speaker_name",
        s.iter().map(|x| names.actor(x.speaker.as_ref())),
    );
    c.str(
        "speaker_text",
        s.iter()
            .map(|x| x.speaker_span.as_ref().map(|p| p.text.clone())),
    );
    c.list("addressees", s.iter().map(|x| x.addressees.clone()));
    c.list(
        "addressee_names",
        s.iter().map(|x| names.actors(&x.addressees)),
    );
    c.str("act", s.iter().map(|x| Some(name_of(&x.act))));
    c.str("quote", s.iter().map(|x| x.quote.map(|q| name_of(&q))));
    c.str(
        "sourcing",
        s.iter().map(|x| Some(name_of(&x.sourcing.kind))),
    );
    c.str("via", s.iter().map(|x| x.sourcing.via.clone()));
    c.str(
        "via_name",
        s.iter().map(|x| names.actor(x.sourcing.via.as_ref())),
    );
    c.bool("negated", s.iter().map(|x| x.negated));
    c.str("cue", s.iter().map(|x| Some(x.cue.text.clone())));
    c.int("cue_start", s.iter().map(|x| Some(x.cue.start)));
    c.int("cue_end", s.iter().map(|x| Some(x.cue.end)));
    c.str(
        "content",
        s.iter().map(|x| x.content.as_ref().map(|p| p.text.clone())),
    );
    c.int(
        "content_start",
        s.iter().map(|x| x.content.as_ref().map(|p| p.start)),
    );
    c.int(
        "content_end",
        s.iter().map(|x| x.content.as_ref().map(|p| p.end)),
    );
    let ids: Vec<Option<&String>> = s.iter().map(|x| x.time.as_ref()).collect();
    time_columns(&mut c, &names, &ids);
    c.list("events", s.iter().map(|x| x.events.clone()));
    c.table("statements")
}

fn events(doc: &Document) -> Table {
    let e = &doc.events;
    let names = Names::new(doc);
    let mut c = Cols::new();
    c.str("id", e.iter().map(|x| Some(x.id.clone())));
    c.int("sentence", e.iter().map(|x| Some(x.sentence)));
    c.str(
        "category",
        e.iter().map(|x| Some(x.category.as_str().into())),
    );
    c.str("cameo", e.iter().map(|x| Some(x.cameo.clone())));
    c.str("mode", e.iter().map(|x| x.plover_mode.clone()));
    c.str("quad", e.iter().map(|x| Some(name_of(&x.quad))));
    c.str("factuality", e.iter().map(|x| Some(name_of(&x.factuality))));
    c.float("confidence", e.iter().map(|x| x.confidence));
    c.list("actors", e.iter().map(|x| x.actors.clone()));
    c.list("actor_names", e.iter().map(|x| names.actors(&x.actors)));
    c.list("recipients", e.iter().map(|x| x.recipients.clone()));
    c.list(
        "recipient_names",
        e.iter().map(|x| names.actors(&x.recipients)),
    );
    c.str("trigger", e.iter().map(|x| Some(x.trigger.text.clone())));
    c.int("trigger_start", e.iter().map(|x| Some(x.trigger.start)));
    c.int("trigger_end", e.iter().map(|x| Some(x.trigger.end)));
    c.str(
        "condition",
        e.iter()
            .map(|x| x.condition.as_ref().map(|p| p.text.clone())),
    );
    let ids: Vec<Option<&String>> = e.iter().map(|x| x.time.as_ref()).collect();
    time_columns(&mut c, &names, &ids);
    let places: Vec<Option<&Place>> = e.iter().map(|x| names.place(x.location.as_ref())).collect();
    c.str("place", e.iter().map(|x| x.location.clone()));
    c.str(
        "place_name",
        places.iter().map(|p| p.map(|p| p.name.clone())),
    );
    c.str(
        "place_country",
        places.iter().map(|p| p.and_then(|p| p.country.clone())),
    );
    c.list(
        "quantities",
        e.iter()
            .map(|x| x.quantities.iter().map(|q| q.text.clone()).collect()),
    );
    c.str("statement", e.iter().map(|x| x.statement.clone()));
    c.table("events")
}

fn times(doc: &Document) -> Table {
    let t = &doc.times;
    let mut c = Cols::new();
    c.str("id", t.iter().map(|x| Some(x.id.clone())));
    c.str("text", t.iter().map(|x| Some(x.text.clone())));
    c.str("type", t.iter().map(|x| Some(name_of(&x.kind))));
    c.str("value", t.iter().map(|x| Some(x.value.clone())));
    c.str("modifier", t.iter().map(|x| x.modifier.clone()));
    let bounds: Vec<_> = t.iter().map(time_bounds).collect();
    c.date("start", bounds.iter().map(|b| b.map(|b| b.0)));
    c.date("end", bounds.iter().map(|b| b.map(|b| b.1)));
    c.int("char_start", t.iter().map(|x| Some(x.start)));
    c.int("char_end", t.iter().map(|x| Some(x.end)));
    c.str(
        "reference",
        t.iter()
            .map(|x| x.reference.as_ref().map(|r| name_of(&r.kind))),
    );
    c.str(
        "reference_value",
        t.iter()
            .map(|x| x.reference.as_ref().and_then(|r| r.value.clone())),
    );
    c.int("sentence", t.iter().map(|x| doc.sentence_at(x.start)));
    c.table("times")
}

struct Dated {
    start: NaiveDate,
    end: NaiveDate,
    value: String,
    time_text: String,
    kind: &'static str,
    id: String,
    label: String,
    factuality: String,
    actors: Vec<String>,
    at: usize,
}

/// The label of a statement on a timeline: "Pompeo: warn — warned".
fn statement_label(names: &Names, s: &Statement) -> String {
    let who = names
        .actor(s.speaker.as_ref())
        .unwrap_or_else(|| "(unattributed)".into());
    format!("{who}: {} ({})", name_of(&s.act), s.cue.text)
}

/// The label of an event on a timeline: "ASSAULT: killed".
fn event_label(names: &Names, e: &Event) -> String {
    let who = names.actors(&e.actors).join(", ");
    if who.is_empty() {
        format!("{} ({})", e.category.as_str(), e.trigger.text)
    } else {
        format!("{who}: {} ({})", e.category.as_str(), e.trigger.text)
    }
}

/// The dated events and statements, in time order (start, then end, then place in the text).
/// A statement's factuality is `negated` when it says something was not said, else `asserted`.
fn timeline(doc: &Document) -> Table {
    let names = Names::new(doc);
    let mut rows: Vec<Dated> = Vec::new();
    let mut push = |time: Option<&String>, kind, id: &str, label, fact, actors, at| {
        if let Some(t) = names.time(time) {
            if let Some((start, end)) = time_bounds(t) {
                rows.push(Dated {
                    start,
                    end,
                    value: t.value.clone(),
                    time_text: t.text.clone(),
                    kind,
                    id: id.to_string(),
                    label,
                    factuality: fact,
                    actors,
                    at,
                });
            }
        }
    };
    for e in &doc.events {
        push(
            e.time.as_ref(),
            "event",
            &e.id,
            event_label(&names, e),
            name_of(&e.factuality),
            names.actors(&e.actors),
            e.trigger.start,
        );
    }
    for s in &doc.statements {
        let fact = if s.negated { "negated" } else { "asserted" };
        push(
            s.time.as_ref(),
            "statement",
            &s.id,
            statement_label(&names, s),
            fact.to_string(),
            names.actors(s.speaker.as_slice()),
            s.cue.start,
        );
    }
    rows.sort_by_key(|r| (r.start, r.end, r.at));
    let mut c = Cols::new();
    c.date("start", rows.iter().map(|r| Some(r.start)));
    c.date("end", rows.iter().map(|r| Some(r.end)));
    c.str("value", rows.iter().map(|r| Some(r.value.clone())));
    c.str("time_text", rows.iter().map(|r| Some(r.time_text.clone())));
    c.str("kind", rows.iter().map(|r| Some(r.kind.to_string())));
    c.str("id", rows.iter().map(|r| Some(r.id.clone())));
    c.str("label", rows.iter().map(|r| Some(r.label.clone())));
    c.str(
        "factuality",
        rows.iter().map(|r| Some(r.factuality.clone())),
    );
    c.list("actors", rows.iter().map(|r| r.actors.clone()));
    c.int("char_start", rows.iter().map(|r| Some(r.at)));
    c.table("timeline")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: Option<&str>) -> Document {
        let text = "Pompeo’s aide told Iraq on Saturday that troops left in 2018.";
        let at = |s: &str| {
            let b = text.find(s).unwrap();
            let start = text[..b].chars().count();
            serde_json::json!({"start": start, "end": start + s.chars().count(), "text": s})
        };
        let mention = |s: &str| {
            let mut m = at(s);
            m["kind"] = "name".into();
            m
        };
        let time = |id: &str, s: &str, value: &str| {
            let mut t = at(s);
            t["id"] = id.into();
            t["type"] = "DATE".into();
            t["value"] = value.into();
            t
        };
        let json = serde_json::json!({
            "schema": SCHEMA, "meta": {"id": id}, "text": text, "boilerplate": [],
            "sentences": [{"start": 0, "end": text.chars().count(), "text": text, "paragraph": 0}],
            "actors": [
                {"id": "a1", "name": "Michael Pompeo", "kind": "person", "code": "USAGOV",
                 "sector": "GOV", "mentions": [mention("Pompeo")]},
                {"id": "a2", "name": "Iraq", "kind": "country", "mentions": [mention("Iraq")]},
            ],
            "places": [],
            "statements": [{"id": "s1", "speaker": "a1", "addressees": ["a2"], "act": "tell",
                "cue": at("told"), "content": at("troops left in 2018"), "quote": "indirect",
                "sourcing": {"kind": "on_record"}, "time": "t1", "sentence": 0}],
            "events": [{"id": "e1", "category": "RETREAT", "cameo": "0874",
                "quad": "material_cooperation", "factuality": "reported", "actors": [],
                "trigger": at("left"), "time": "t2", "sentence": 0, "confidence": 0.5}],
            "times": [time("t1", "Saturday", "2020-09-26"), time("t2", "2018", "2018")],
            "sourcing": {"by_kind": [], "by_speaker": []},
        });
        Document::from_json(&json.to_string()).unwrap()
    }

    fn strs(t: &Table, col: &str) -> Vec<Option<String>> {
        match t.column(col) {
            Some(Column::Str(v)) => v.clone(),
            other => panic!("{col}: {other:?}"),
        }
    }

    #[test]
    fn one_row_per_item_with_names_resolved() {
        let d = doc(None);
        let tables = tables(&d);
        assert_eq!(tables.iter().map(|t| t.name).collect::<Vec<_>>(), TABLES);
        for t in &tables {
            let n = t.rows();
            assert!(t.columns.iter().all(|(_, c)| c.len() == n), "{}", t.name);
        }
        let rows: Vec<usize> = tables.iter().map(Table::rows).collect();
        assert_eq!(rows, [2, 2, 0, 1, 1, 2, 2]);
        let s = &tables[3];
        assert_eq!(strs(s, "speaker_name"), [Some("Michael Pompeo".into())]);
        assert_eq!(
            s.column("addressee_names"),
            Some(&Column::List(vec![vec!["Iraq".into()]]))
        );
        assert_eq!(
            s.column("time_start"),
            Some(&Column::Date(vec![NaiveDate::from_ymd_opt(2020, 9, 26)]))
        );
        let a = &tables[0];
        assert_eq!(strs(a, "sector"), [Some("GOV".into()), None]);
        assert_eq!(
            strs(a, "kind"),
            [Some("person".into()), Some("country".into())]
        );
        let m = &tables[1];
        assert_eq!(
            m.column("start"),
            Some(&Column::Int(vec![Some(0), Some(19)]))
        );
    }

    #[test]
    fn timeline_is_in_time_order() {
        let t = timeline(&doc(None));
        assert_eq!(strs(&t, "id"), [Some("e1".into()), Some("s1".into())]);
        assert_eq!(
            strs(&t, "label"),
            [
                Some("RETREAT (left)".into()),
                Some("Michael Pompeo: tell (told)".into())
            ]
        );
        assert_eq!(
            t.column("end"),
            Some(&Column::Date(vec![
                NaiveDate::from_ymd_opt(2018, 12, 31),
                NaiveDate::from_ymd_opt(2020, 9, 26)
            ]))
        );
    }

    #[test]
    fn stacked_tables_carry_doc_ids() {
        let (a, b) = (doc(Some("first")), doc(None));
        let t = stacked(&[&a, &b]);
        assert_eq!(t[0].columns[0].0, "doc_id");
        assert_eq!(
            strs(&t[0], "doc_id"),
            ["first", "first", "1", "1"].map(|s| Some(s.to_string()))
        );
        assert!(stacked(&[]).iter().all(|t| t.rows() == 0));
        let types: Vec<&str> = t[3].columns.iter().map(|(_, c)| c.type_name()).collect();
        assert!(types.contains(&"date") && types.contains(&"list") && types.contains(&"bool"));
    }
}
