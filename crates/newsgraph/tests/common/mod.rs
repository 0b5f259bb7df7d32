//! Helpers shared by the phenomenon tests: extract a short text and look items up.
#![allow(dead_code)]

use chrono::NaiveDate;
use newsgraph::{Actor, Article, Document, Event, EventCategory, Extractor, Statement};

/// Extracts `text` published on `date` (YYYY-MM-DD).
pub fn doc(text: &str, date: &str) -> Document {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Extractor::new()
        .extract(&Article::new(text).with_published(d))
        .unwrap()
}

/// The actor one of whose mentions reads exactly `text`.
pub fn actor<'d>(d: &'d Document, text: &str) -> &'d Actor {
    d.actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| m.text == text))
        .unwrap_or_else(|| panic!("no actor mentioned as {text:?} in {:#?}", names(d)))
}

/// The actor with this id.
pub fn by_id<'d>(d: &'d Document, id: &str) -> &'d Actor {
    d.actors.iter().find(|a| a.id == id).unwrap()
}

/// Actor names with their mention texts, for failure messages.
pub fn names(d: &Document) -> Vec<(String, Vec<String>)> {
    d.actors
        .iter()
        .map(|a| {
            (
                format!("{} {:?} {:?}", a.name, a.kind, a.code),
                a.mentions.iter().map(|m| m.text.clone()).collect(),
            )
        })
        .collect()
}

/// The statement whose cue reads `cue`.
pub fn statement<'d>(d: &'d Document, cue: &str) -> &'d Statement {
    d.statements
        .iter()
        .find(|s| s.cue.text == cue)
        .unwrap_or_else(|| panic!("no statement with cue {cue:?} in {:#?}", d.statements))
}

/// The name of a statement's speaker.
pub fn speaker<'d>(d: &'d Document, s: &Statement) -> Option<&'d str> {
    s.speaker.as_deref().map(|id| by_id(d, id).name.as_str())
}

/// The event whose trigger reads `trigger`.
pub fn event<'d>(d: &'d Document, trigger: &str) -> &'d Event {
    d.events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no event with trigger {trigger:?} in {:#?}", d.events))
}

/// The codes (or names when uncoded) of a list of actor ids.
pub fn codes(d: &Document, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let a = by_id(d, id);
            a.code.clone().unwrap_or_else(|| a.name.clone())
        })
        .collect()
}

/// True when the document has an event of this category.
pub fn has_category(d: &Document, c: EventCategory) -> bool {
    d.events.iter().any(|e| e.category == c)
}

/// The value of a time by id.
pub fn time_value(d: &Document, id: &Option<String>) -> Option<String> {
    let id = id.as_ref()?;
    d.times
        .iter()
        .find(|t| &t.id == id)
        .map(|t| t.value.clone())
}
