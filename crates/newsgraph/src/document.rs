//! The last stage: turns the stages' byte-offset results into a [`Document`] with code-point
//! offsets and span texts filled in.
//!
//! Inside the pipeline every span holds byte offsets and an empty text; this is the one place
//! they are converted, with one [`OffsetMap`] per document.

use crate::model::*;
use crate::text::offsets::OffsetMap;
use crate::text::Layout;

/// What the stages found, with byte offsets.
#[derive(Debug, Default)]
pub struct Parts {
    /// Actors (mention offsets in bytes).
    pub actors: Vec<Actor>,
    /// Places (mention offsets in bytes).
    pub places: Vec<Place>,
    /// Statements (span offsets in bytes).
    pub statements: Vec<Statement>,
    /// Events (span offsets in bytes).
    pub events: Vec<Event>,
    /// Times (offsets in bytes).
    pub times: Vec<Time>,
    /// Per-token syntax, parallel to the layout's tokens, when requested.
    pub tokens: Option<Vec<Token>>,
}

struct Conv<'a> {
    text: &'a str,
    map: OffsetMap,
}

impl Conv<'_> {
    fn range(&self, start: &mut usize, end: &mut usize) -> String {
        let (s, e) = (*start, *end);
        *start = self.map.char_of(s);
        *end = self.map.char_of(e);
        self.text[s..e].to_string()
    }

    fn span(&self, span: &mut Span) {
        span.text = self.range(&mut span.start, &mut span.end);
    }

    fn mention(&self, m: &mut Mention) {
        m.text = self.range(&mut m.start, &mut m.end);
    }
}

/// Builds the document from the layout and the stages' parts.
pub fn assemble(text: &str, meta: Meta, layout: &Layout, mut parts: Parts) -> Document {
    let conv = Conv {
        text,
        map: OffsetMap::new(text),
    };
    let boilerplate = layout
        .boilerplate
        .iter()
        .map(|(r, kind)| {
            let (mut s, mut e) = (r.start, r.end);
            let text = conv.range(&mut s, &mut e);
            Boilerplate {
                start: s,
                end: e,
                text,
                kind: *kind,
            }
        })
        .collect();
    let mut tokens = parts.tokens.take();
    let sentences = layout
        .body()
        .map(|seg| {
            let (mut s, mut e) = (seg.bytes.start, seg.bytes.end);
            let text = conv.range(&mut s, &mut e);
            let toks = match tokens.as_mut() {
                Some(all) => all[seg.tokens.clone()]
                    .iter_mut()
                    .map(|t| {
                        let mut t = std::mem::replace(t, empty_token());
                        t.text = conv.range(&mut t.start, &mut t.end);
                        t
                    })
                    .collect(),
                None => Vec::new(),
            };
            Sentence {
                start: s,
                end: e,
                text,
                paragraph: seg.paragraph,
                tokens: toks,
            }
        })
        .collect();
    for a in &mut parts.actors {
        a.mentions.iter_mut().for_each(|m| conv.mention(m));
    }
    for p in &mut parts.places {
        p.mentions.iter_mut().for_each(|m| conv.mention(m));
    }
    for s in &mut parts.statements {
        conv.span(&mut s.cue);
        if let Some(c) = s.content.as_mut() {
            conv.span(c);
        }
        if let Some(c) = s.speaker_span.as_mut() {
            conv.span(c);
        }
    }
    for e in &mut parts.events {
        conv.span(&mut e.trigger);
        if let Some(c) = e.condition.as_mut() {
            conv.span(c);
        }
        for q in &mut e.quantities {
            q.text = conv.range(&mut q.start, &mut q.end);
        }
    }
    for t in &mut parts.times {
        t.text = conv.range(&mut t.start, &mut t.end);
    }
    let sourcing = SourcingSummary::of(&parts.statements, &parts.actors);
    Document {
        sourcing,
        schema: SCHEMA.to_string(),
        meta,
        text: text.to_string(),
        boilerplate,
        sentences,
        actors: parts.actors,
        places: parts.places,
        statements: parts.statements,
        events: parts.events,
        times: parts.times,
    }
}

fn empty_token() -> Token {
    Token {
        start: 0,
        end: 0,
        text: String::new(),
        upos: String::new(),
        xpos: String::new(),
        lemma: String::new(),
        head: 0,
        deprel: String::new(),
    }
}

impl Document {
    /// Serialises the document as compact JSON (one line).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a Document always serialises")
    }

    /// Serialises the document as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Document always serialises")
    }

    /// Reads a document from JSON, checking the schema tag and that every span matches the text.
    pub fn from_json(json: &str) -> crate::Result<Document> {
        let doc: Document = serde_json::from_str(json)?;
        doc.validate()?;
        Ok(doc)
    }

    /// The byte range of a code-point span of this document's text.
    pub fn byte_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let map = OffsetMap::new(&self.text);
        map.byte_of(start)..map.byte_of(end)
    }

    /// Checks the schema tag, that every span's text equals `text[start..end]`, and that every
    /// id a statement or event refers to exists.
    pub fn validate(&self) -> crate::Result<()> {
        use std::collections::HashSet;
        let bad = |m: String| crate::Error::Json(m);
        if self.schema != SCHEMA {
            return Err(bad(format!(
                "schema is {:?}, expected {SCHEMA:?}",
                self.schema
            )));
        }
        let map = OffsetMap::new(&self.text);
        let n = map.len_chars();
        let check = |what: &str, s: usize, e: usize, t: &str| -> crate::Result<()> {
            if s > e || e > n {
                return Err(bad(format!("{what}: span {s}..{e} is outside the text")));
            }
            let got = &self.text[map.byte_of(s)..map.byte_of(e)];
            if got != t {
                return Err(bad(format!(
                    "{what}: span {s}..{e} holds {got:?}, not {t:?}"
                )));
            }
            Ok(())
        };
        for b in &self.boilerplate {
            check("boilerplate", b.start, b.end, &b.text)?;
        }
        for s in &self.sentences {
            check("sentence", s.start, s.end, &s.text)?;
            for t in &s.tokens {
                check("token", t.start, t.end, &t.text)?;
            }
        }
        let actor_ids: HashSet<&str> = self.actors.iter().map(|a| a.id.as_str()).collect();
        let time_ids: HashSet<&str> = self.times.iter().map(|t| t.id.as_str()).collect();
        let place_ids: HashSet<&str> = self.places.iter().map(|p| p.id.as_str()).collect();
        let event_ids: HashSet<&str> = self.events.iter().map(|e| e.id.as_str()).collect();
        let stmt_ids: HashSet<&str> = self.statements.iter().map(|s| s.id.as_str()).collect();
        let known = |set: &HashSet<&str>, what: &str, id: &str| -> crate::Result<()> {
            if set.contains(id) {
                Ok(())
            } else {
                Err(bad(format!("{what} {id:?} does not exist")))
            }
        };
        for a in &self.actors {
            for m in &a.mentions {
                check("actor mention", m.start, m.end, &m.text)?;
            }
            if let Some(id) = &a.affiliation {
                known(&actor_ids, "affiliation", id)?;
            }
        }
        for p in &self.places {
            for m in &p.mentions {
                check("place mention", m.start, m.end, &m.text)?;
            }
        }
        for t in &self.times {
            check("time", t.start, t.end, &t.text)?;
        }
        for s in &self.statements {
            check("statement cue", s.cue.start, s.cue.end, &s.cue.text)?;
            if let Some(c) = &s.content {
                check("statement content", c.start, c.end, &c.text)?;
            }
            if let Some(c) = &s.speaker_span {
                check("statement speaker", c.start, c.end, &c.text)?;
            }
            for id in s.speaker.iter().chain(&s.addressees).chain(&s.sourcing.via) {
                known(&actor_ids, "actor", id)?;
            }
            for id in &s.events {
                known(&event_ids, "event", id)?;
            }
            if let Some(id) = &s.time {
                known(&time_ids, "time", id)?;
            }
        }
        for e in &self.events {
            check(
                "event trigger",
                e.trigger.start,
                e.trigger.end,
                &e.trigger.text,
            )?;
            if let Some(c) = &e.condition {
                check("event condition", c.start, c.end, &c.text)?;
            }
            for q in &e.quantities {
                check("quantity", q.start, q.end, &q.text)?;
            }
            for id in e.actors.iter().chain(&e.recipients) {
                known(&actor_ids, "actor", id)?;
            }
            if let Some(id) = &e.time {
                known(&time_ids, "time", id)?;
            }
            if let Some(id) = &e.location {
                known(&place_ids, "place", id)?;
            }
            if let Some(id) = &e.statement {
                known(&stmt_ids, "statement", id)?;
            }
        }
        Ok(())
    }

    /// The body sentence that contains code-point offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The time with this id.
    pub fn time(&self, id: &str) -> Option<&Time> {
        self.times.iter().find(|t| t.id == id)
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
}
