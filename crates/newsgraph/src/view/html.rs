//! A self-contained HTML view of a document: its text with actors, places, statement cues and
//! contents, event triggers and times highlighted, hover details in `title` attributes,
//! boilerplate dimmed, a legend, and tables of statements and events under the text.
//!
//! Inline CSS only: no scripts, no network. Every piece of document text (the text itself,
//! names, titles, metadata) is escaped. Highlights may overlap in any way; [`nest`] turns them
//! into properly nested elements, splitting a highlight where it crosses another's boundary.

use super::columns::{name_of, time_bounds, Names};
use crate::model::*;
use crate::text::offsets::OffsetMap;
use std::fmt::Write;

/// A highlight: a code-point range of the text and the element that marks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// CSS class(es) of the element.
    pub class: String,
    /// Hover text (plain text; escaped when written).
    pub title: String,
    /// Id of the item it shows (`a1`, `s2`, ...), written as `data-ng`.
    pub item: String,
    /// Among marks with the same range, lower ranks are outside higher ones.
    pub rank: u8,
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
}

fn open_tag(out: &mut String, m: &Mark) {
    out.push_str("<span class=\"");
    escape_into(out, &m.class);
    out.push_str("\" data-ng=\"");
    escape_into(out, &m.item);
    out.push_str("\" title=\"");
    escape_into(out, &m.title);
    out.push_str("\">");
}

/// Writes `text` as escaped HTML with every mark as a `<span>`, nested properly: marks that
/// start together open longest first (then by rank); a mark that is still open when an enclosing
/// one ends is closed and reopened after it, so the output is always well formed. Empty marks
/// are skipped; marks reaching past the text are cut at its end. Offsets are code points.
pub fn nest(text: &str, marks: &[Mark]) -> String {
    let map = OffsetMap::new(text);
    let n = map.len_chars();
    let mut marks: Vec<Mark> = marks
        .iter()
        .filter(|m| m.start < m.end.min(n))
        .map(|m| Mark {
            end: m.end.min(n),
            ..m.clone()
        })
        .collect();
    marks.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.rank).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.rank,
        ))
    });
    let mut points: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
    points.extend([0, n]);
    points.sort_unstable();
    points.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    for (k, &p) in points.iter().enumerate() {
        if let Some(low) = stack.iter().position(|&i| marks[i].end == p) {
            let above: Vec<usize> = stack.drain(low..).collect();
            for _ in &above {
                out.push_str("</span>");
            }
            for i in above.into_iter().filter(|&i| marks[i].end != p) {
                open_tag(&mut out, &marks[i]);
                stack.push(i);
            }
        }
        while next < marks.len() && marks[next].start == p {
            open_tag(&mut out, &marks[next]);
            stack.push(next);
            next += 1;
        }
        if let Some(&q) = points.get(k + 1) {
            let piece = &text[map.byte_of(p)..map.byte_of(q)];
            for c in piece.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    '\'' => out.push_str("&#39;"),
                    c => out.push(c),
                }
            }
        }
    }
    for _ in &stack {
        out.push_str("</span>");
    }
    out
}

/// The highlights of a document: boilerplate, statement contents and cues, event triggers,
/// actor and place mentions, times.
pub fn marks(doc: &Document) -> Vec<Mark> {
    let names = Names::new(doc);
    let mut out = Vec::new();
    for b in &doc.boilerplate {
        out.push(Mark {
            start: b.start,
            end: b.end,
            class: "ng-bp".into(),
            title: format!("boilerplate: {}", name_of(&b.kind)),
            item: String::new(),
            rank: 0,
        });
    }
    for s in &doc.statements {
        let speaker = names
            .actor(s.speaker.as_ref())
            .unwrap_or_else(|| "(unattributed)".into());
        let mut t = format!(
            "statement {} · {}\nspeaker: {speaker}",
            s.id,
            name_of(&s.act)
        );
        if !s.addressees.is_empty() {
            let _ = write!(t, " → {}", names.actors(&s.addressees).join(", "));
        }
        let _ = write!(t, "\nsourcing: {}", name_of(&s.sourcing.kind));
        if let Some(via) = names.actor(s.sourcing.via.as_ref()) {
            let _ = write!(t, " (via {via})");
        }
        if let Some(time) = names.time(s.time.as_ref()) {
            let _ = write!(t, "\ntime: {} ({})", time.value, time.text);
        }
        if s.negated {
            t.push_str("\nnegated");
        }
        if let Some(c) = &s.content {
            let quote = s.quote.map(|q| name_of(&q)).unwrap_or_default();
            out.push(Mark {
                start: c.start,
                end: c.end,
                class: "ng-content".into(),
                title: format!("content of statement {} ({quote}) · {speaker}", s.id),
                item: s.id.clone(),
                rank: 1,
            });
        }
        out.push(Mark {
            start: s.cue.start,
            end: s.cue.end,
            class: "ng-cue".into(),
            title: t,
            item: s.id.clone(),
            rank: 2,
        });
    }
    for e in &doc.events {
        let mut t = format!("event {} · {}", e.id, e.category.as_str());
        if let Some(m) = &e.plover_mode {
            let _ = write!(t, " ({m})");
        }
        let _ = write!(
            t,
            " · CAMEO {}\nfactuality: {}",
            e.cameo,
            name_of(&e.factuality)
        );
        let who = names.actors(&e.actors).join(", ");
        let whom = names.actors(&e.recipients).join(", ");
        if !who.is_empty() || !whom.is_empty() {
            let _ = write!(t, "\n{} → {}", or_dash(&who), or_dash(&whom));
        }
        if let Some(time) = names.time(e.time.as_ref()) {
            let _ = write!(t, "\ntime: {} ({})", time.value, time.text);
        }
        if let Some(p) = names.place(e.location.as_ref()) {
            let _ = write!(t, "\nplace: {}", p.name);
        }
        let class = if e.factuality == Factuality::Asserted {
            "ng-event"
        } else {
            "ng-event ng-unreal"
        };
        out.push(Mark {
            start: e.trigger.start,
            end: e.trigger.end,
            class: class.into(),
            title: t,
            item: e.id.clone(),
            rank: 3,
        });
    }
    for a in &doc.actors {
        let mut t = format!("actor {} · {} · {}", a.id, a.name, name_of(&a.kind));
        if let Some(c) = &a.code {
            let _ = write!(t, "\ncode: {c}");
        }
        if !a.titles.is_empty() {
            let _ = write!(t, "\ntitles: {}", a.titles.join(", "));
        }
        if let Some(d) = &a.description {
            let _ = write!(t, "\n{d}");
        }
        for m in &a.mentions {
            out.push(Mark {
                start: m.start,
                end: m.end,
                class: "ng-actor".into(),
                title: format!("{t}\nmention: {}", name_of(&m.kind)),
                item: a.id.clone(),
                rank: 4,
            });
        }
    }
    for p in &doc.places {
        let mut t = format!("place {} · {} · {}", p.id, p.name, name_of(&p.kind));
        if let Some(c) = &p.country {
            let _ = write!(t, " · {c}");
        }
        for m in &p.mentions {
            out.push(Mark {
                start: m.start,
                end: m.end,
                class: "ng-place".into(),
                title: t.clone(),
                item: p.id.clone(),
                rank: 5,
            });
        }
    }
    for tm in &doc.times {
        let mut t = format!("time {} · {} · {}", tm.id, name_of(&tm.kind), tm.value);
        if let Some((a, b)) = time_bounds(tm) {
            let _ = write!(t, "\n{a} to {b}");
        }
        out.push(Mark {
            start: tm.start,
            end: tm.end,
            class: "ng-time".into(),
            title: t,
            item: tm.id.clone(),
            rank: 6,
        });
    }
    out
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "—"
    } else {
        s
    }
}

const CSS: &str = "\
.newsgraph{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;line-height:1.7;color:#1a1a1a;max-width:60em}
.newsgraph .ng-head{font-size:15px;margin-bottom:.4em}
.newsgraph .ng-meta{color:#555;font-size:12px}
.newsgraph .ng-legend{font-size:12px;margin:.4em 0 .8em 0}
.newsgraph .ng-legend span{margin-right:.6em;padding:0 .3em}
.newsgraph .ng-text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.8em}
.newsgraph .ng-actor{background:#cfe3ff;border-bottom:2px solid #2b6cb0}
.newsgraph .ng-actor .ng-actor{border-bottom:4px double #2b6cb0}
.newsgraph .ng-place{background:#e9d8fd;border-bottom:2px solid #6b46c1}
.newsgraph .ng-cue{background:#ffd8a8;font-weight:600;border-bottom:2px solid #dd6b20}
.newsgraph .ng-content{background:#fff3bf}
.newsgraph .ng-event{background:#ffc9c9;outline:1px solid #c92a2a;border-radius:2px}
.newsgraph .ng-unreal{outline-style:dashed}
.newsgraph .ng-time{background:#c3fae8;border-bottom:2px dotted #087f5b}
.newsgraph .ng-bp{color:#999;font-style:italic}
.newsgraph .ng-bp span{background:none;outline:none;border:none}
.newsgraph table.ng-table{border-collapse:collapse;font-size:12px;margin-top:1em;width:100%}
.newsgraph table.ng-table caption{text-align:left;font-weight:600;font-size:13px}
.newsgraph table.ng-table th,.newsgraph table.ng-table td{border:1px solid #ddd;padding:2px 5px;text-align:left;vertical-align:top}
.newsgraph table.ng-table th{background:#f4f4f4}
";

fn legend(out: &mut String) {
    out.push_str("<div class=\"ng-legend\">");
    for (class, label) in [
        ("ng-actor", "actor"),
        ("ng-place", "place"),
        ("ng-cue", "statement cue"),
        ("ng-content", "statement content"),
        ("ng-event", "event (asserted)"),
        ("ng-event ng-unreal", "event (not asserted)"),
        ("ng-time", "time"),
        ("ng-bp", "boilerplate"),
    ] {
        let _ = write!(out, "<span class=\"{class}\">{label}</span>");
    }
    out.push_str("</div>");
}

fn cell(out: &mut String, s: &str) {
    out.push_str("<td>");
    escape_into(out, s);
    out.push_str("</td>");
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

fn table(out: &mut String, caption: &str, head: &[&str], rows: Vec<Vec<String>>) {
    let _ = write!(
        out,
        "<table class=\"ng-table\"><caption>{caption} ({})</caption><tr>",
        rows.len()
    );
    for h in head {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr>");
    if rows.is_empty() {
        let _ = write!(
            out,
            "<tr><td colspan=\"{}\">none found</td></tr>",
            head.len()
        );
    }
    for r in rows {
        out.push_str("<tr>");
        for c in r {
            cell(out, &c);
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
}

fn time_text(names: &Names, id: Option<&String>) -> String {
    names
        .time(id)
        .map(|t| format!("{} ({})", t.value, t.text))
        .unwrap_or_default()
}

/// The view as an HTML fragment (a `<div class="newsgraph">` with its own `<style>`), as
/// Jupyter shows it.
pub fn fragment(doc: &Document) -> String {
    let names = Names::new(doc);
    let mut out = String::with_capacity(doc.text.len() * 4 + 4096);
    out.push_str("<div class=\"newsgraph\"><style>");
    out.push_str(CSS);
    out.push_str("</style><div class=\"ng-head\">");
    if let Some(t) = &doc.meta.title {
        out.push_str("<b>");
        escape_into(&mut out, t);
        out.push_str("</b>");
    }
    out.push_str("<div class=\"ng-meta\">");
    let meta: Vec<&str> = [&doc.meta.outlet, &doc.meta.published, &doc.meta.id]
        .into_iter()
        .filter_map(|x| x.as_deref())
        .collect();
    escape_into(&mut out, &meta.join(" · "));
    let _ = write!(
        out,
        "{}{} actors · {} statements · {} events · {} times</div></div>",
        if meta.is_empty() { "" } else { " · " },
        doc.actors.len(),
        doc.statements.len(),
        doc.events.len(),
        doc.times.len()
    );
    legend(&mut out);
    out.push_str("<div class=\"ng-text\">");
    out.push_str(&nest(&doc.text, &marks(doc)));
    out.push_str("</div>");
    let rows = doc
        .statements
        .iter()
        .map(|s| {
            let via = names
                .actor(s.sourcing.via.as_ref())
                .map(|v| format!(" via {v}"))
                .unwrap_or_default();
            vec![
                s.id.clone(),
                names.actor(s.speaker.as_ref()).unwrap_or_default(),
                format!(
                    "{}{}",
                    name_of(&s.act),
                    if s.negated { " (negated)" } else { "" }
                ),
                names.actors(&s.addressees).join(", "),
                format!("{}{via}", name_of(&s.sourcing.kind)),
                s.quote.map(|q| name_of(&q)).unwrap_or_default(),
                s.cue.text.clone(),
                s.content
                    .as_ref()
                    .map(|c| short(&c.text, 160))
                    .unwrap_or_default(),
                time_text(&names, s.time.as_ref()),
            ]
        })
        .collect();
    table(
        &mut out,
        "Statements",
        &[
            "id", "speaker", "act", "to", "sourcing", "quote", "cue", "content", "time",
        ],
        rows,
    );
    let rows = doc
        .events
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                match &e.plover_mode {
                    Some(m) => format!("{} ({m})", e.category.as_str()),
                    None => e.category.as_str().to_string(),
                },
                e.cameo.clone(),
                name_of(&e.factuality),
                names.actors(&e.actors).join(", "),
                names.actors(&e.recipients).join(", "),
                e.trigger.text.clone(),
                time_text(&names, e.time.as_ref()),
                names
                    .place(e.location.as_ref())
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &mut out,
        "Events",
        &[
            "id",
            "category",
            "CAMEO",
            "factuality",
            "actors",
            "recipients",
            "trigger",
            "time",
            "place",
        ],
        rows,
    );
    out.push_str("</div>");
    out
}

/// The view as a standalone HTML page.
pub fn page(doc: &Document) -> String {
    let title = doc.meta.title.as_deref().unwrap_or("newsgraph document");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title></head><body>\n{}\n</body></html>\n",
        escape(title),
        fragment(doc)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, item: &str, rank: u8) -> Mark {
        Mark {
            start,
            end,
            class: "c".into(),
            title: String::new(),
            item: item.into(),
            rank,
        }
    }

    /// Renders with short tags so expectations stay readable.
    fn short_tags(text: &str, marks: &[Mark]) -> String {
        nest(text, marks)
            .replace("<span class=\"c\" data-ng=\"", "<")
            .replace("\" title=\"\">", ">")
            .replace("</span>", "</>")
    }

    #[test]
    fn disjoint_adjacent_and_nested_marks() {
        let m = [mark(0, 2, "a", 0), mark(2, 4, "b", 0), mark(2, 3, "c", 1)];
        assert_eq!(short_tags("abcdef", &m), "<a>ab</><b><c>c</>d</>ef");
    }

    #[test]
    fn crossing_marks_are_split_and_reopened() {
        let m = [mark(0, 4, "a", 0), mark(2, 6, "b", 0)];
        assert_eq!(short_tags("abcdefg", &m), "<a>ab<b>cd</></><b>ef</>g");
    }

    #[test]
    fn same_range_orders_by_rank_and_whole_text_marks_work() {
        let m = [mark(0, 3, "in", 5), mark(0, 3, "out", 1)];
        assert_eq!(short_tags("abc", &m), "<out><in>abc</></>");
    }

    #[test]
    fn empty_and_overlong_marks() {
        let m = [
            mark(1, 1, "e", 0),
            mark(2, 99, "z", 0),
            mark(5, 9, "gone", 0),
        ];
        assert_eq!(short_tags("abc", &m), "ab<z>c</>");
    }

    #[test]
    fn offsets_are_code_points() {
        let m = [mark(1, 3, "x", 0)];
        assert_eq!(short_tags("Ñé’s", &m), "Ñ<x>é’</>s");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = mark(0, 8, "a\"b", 0);
        m.title = "<b>\"x\"</b>".into();
        let html = nest("<script>alert(1)</script>", &[m]);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("data-ng=\"a&quot;b\""), "{html}");
        assert!(
            html.ends_with("&lt;script&gt;</span>alert(1)&lt;/script&gt;"),
            "{html}"
        );
    }

    #[test]
    fn every_open_tag_is_closed_for_random_marks() {
        // A small deterministic generator: many overlapping marks over a short text.
        let text = "abcdefghijklmnopqrstuvwxyz";
        let mut seed: u64 = 7;
        let mut rnd = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        for _ in 0..200 {
            let k = 1 + rnd(6);
            let marks: Vec<Mark> = (0..k)
                .map(|i| {
                    let s = rnd(26);
                    let e = s + rnd(27 - s);
                    mark(s, e, &i.to_string(), rnd(4) as u8)
                })
                .collect();
            let html = nest(text, &marks);
            let mut depth: i64 = 0;
            let mut rest = html.as_str();
            while let Some(i) = rest.find('<') {
                rest = &rest[i..];
                if rest.starts_with("</span>") {
                    depth -= 1;
                } else {
                    depth += 1;
                }
                assert!(depth >= 0, "{html}");
                rest = &rest[1..];
            }
            assert_eq!(depth, 0, "{html}");
            let plain: String = {
                let mut s = String::new();
                let mut inside = false;
                for c in html.chars() {
                    match c {
                        '<' => inside = true,
                        '>' => inside = false,
                        c if !inside => s.push(c),
                        _ => {}
                    }
                }
                s
            };
            assert_eq!(plain, text);
        }
    }
}
