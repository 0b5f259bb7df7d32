//! Finding time expressions: the rules of `rules.tsv` run over each segment's tokens, written
//! lower-case and joined by single spaces, so "March 01 , 2008" and "March 1, 2008" read the
//! same. A rule may match only from a token's start to a token's end.
//!
//! Every rule is tried at every token; matches that fail a context check (an ambiguous month
//! such as "May" with no date around it, a number that is a count rather than a year) are
//! dropped; of overlapping matches the longest wins, then the rule listed first. Finally two
//! dates joined by "from ... to" or "between ... and" become one range, and a clock time
//! written right next to its day becomes one time.

use super::lexicon::{self, Normaliser};
use crate::model::TimeType;
use crate::text::Layout;
use std::ops::Range;

/// One segment's tokens as the rules see them.
#[derive(Debug)]
pub struct SegView<'a> {
    /// The document text.
    pub text: &'a str,
    /// The layout the segment belongs to.
    pub layout: &'a Layout,
    /// Index of the segment in `layout.segments`.
    pub seg: usize,
    /// Absolute index of the segment's first token.
    pub first: usize,
    /// Lower-cased normalised token forms.
    pub forms: Vec<String>,
    /// The forms joined by single spaces, with a trailing space.
    pub canon: String,
    /// Offset of each token in `canon`.
    pub starts: Vec<usize>,
}

impl<'a> SegView<'a> {
    /// The view of segment `seg` of the layout.
    pub fn new(text: &'a str, layout: &'a Layout, seg: usize) -> SegView<'a> {
        let range = layout.segments.get(seg).map_or(0..0, |s| s.tokens.clone());
        let first = range.start;
        let mut forms = Vec::with_capacity(range.len());
        let mut canon = String::new();
        let mut starts = Vec::with_capacity(range.len());
        for t in &layout.tokens[range] {
            let f = t.form(text).to_lowercase();
            starts.push(canon.len());
            canon.push_str(&f);
            canon.push(' ');
            forms.push(f);
        }
        SegView {
            text,
            layout,
            seg,
            first,
            forms,
            canon,
            starts,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when the segment has no tokens.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Lower-cased form of token `k` (relative to the segment), or "" outside it.
    pub fn form(&self, k: usize) -> &str {
        self.forms.get(k).map_or("", String::as_str)
    }

    /// The text of token `k` as written.
    pub fn raw(&self, k: usize) -> &'a str {
        self.layout
            .tokens
            .get(self.first + k)
            .map_or("", |t| t.raw(self.text))
    }

    /// Form of the token before `k`, or "" at the segment start.
    pub fn before(&self, k: usize) -> &str {
        k.checked_sub(1).map_or("", |j| self.form(j))
    }

    /// Byte range in the document of tokens `span` (relative).
    pub fn bytes(&self, span: &Range<usize>) -> Range<usize> {
        let toks = &self.layout.tokens;
        match (toks.get(self.first + span.start), span.end.checked_sub(1)) {
            (Some(a), Some(e)) => match toks.get(self.first + e) {
                Some(b) => a.start..b.end,
                None => a.start..a.end,
            },
            _ => 0..0,
        }
    }

    /// The first token whose text ends after canonical offset `off` (the token holding it).
    fn token_holding(&self, off: usize) -> usize {
        self.starts.partition_point(|&s| s <= off).saturating_sub(1)
    }

    /// Tokens covering canonical range `r` (trimmed of spaces).
    fn tokens_of(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.canon[r.clone()];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        let (a, b) = (
            r.start + lead,
            r.end.saturating_sub(trail).max(r.start + lead),
        );
        let first = self.token_holding(a);
        let last = self.token_holding(b.saturating_sub(1).max(a));
        first..last + 1
    }
}

/// A named part of a match: its lower-cased text and the tokens it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The group's name in the rule.
    pub name: &'static str,
    /// Its text, lower-cased, tokens joined by single spaces.
    pub text: String,
    /// Tokens it covers (relative to the segment).
    pub span: Range<usize>,
    /// Where it starts inside its first token, in bytes of the lower-cased form ("june" in
    /// "mid-june" starts at 4).
    pub offset: usize,
}

/// How a candidate was built.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// One rule's match.
    Simple,
    /// "from A to B", "between A and B".
    Range(Box<Candidate>, Box<Candidate>),
    /// A clock time and the day it falls on, side by side.
    Clocked {
        /// The clock time.
        clock: Box<Candidate>,
        /// The day.
        date: Box<Candidate>,
    },
}

/// A time expression found in a segment, before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index of the rule in the lexicon.
    pub rule: usize,
    /// How to normalise it.
    pub normaliser: Normaliser,
    /// The rule's type.
    pub kind: TimeType,
    /// Tokens of the extent (relative to the segment).
    pub span: Range<usize>,
    /// Named groups of the match.
    pub groups: Vec<Group>,
    /// Simple, or combined from two candidates.
    pub shape: Shape,
}

impl Candidate {
    /// The text of a named group, if the match has it.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.groups
            .iter()
            .find(|g| g.name == name)
            .map(|g| g.text.as_str())
    }

    /// The tokens of a named group.
    pub fn span_of(&self, name: &str) -> Option<Range<usize>> {
        self.groups
            .iter()
            .find(|g| g.name == name)
            .map(|g| g.span.clone())
    }

    /// The group itself.
    pub fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// True if the match has the group.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The rule's name.
    pub fn rule_name(&self) -> &'static str {
        lexicon::get().rules.get(self.rule).map_or("", |r| r.name)
    }
}

/// Every rule match of the segment that passes its context checks, overlapping ones included.
pub fn matches(view: &SegView) -> Vec<Candidate> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for k in 0..view.len() {
        let at = view.starts[k];
        let hay = &view.canon[at..];
        for ri in lex.set.matches(hay).iter() {
            let rule = &lex.rules[ri];
            let Some(caps) = rule.regex.captures(hay) else {
                continue;
            };
            let whole = caps
                .get(0)
                .map_or(0..0, |m| at + m.start()..at + m.end() - 1);
            let extent = caps
                .name("t")
                .map_or(whole, |m| at + m.start()..at + m.end());
            if extent.is_empty() {
                continue;
            }
            let mut groups = Vec::new();
            for name in rule.regex.capture_names().flatten() {
                if name == "t" {
                    continue;
                }
                if let Some(m) = caps.name(name) {
                    let text = m.as_str().trim().to_string();
                    if text.is_empty() {
                        continue;
                    }
                    let lead = m.as_str().len() - m.as_str().trim_start().len();
                    let span = view.tokens_of(at + m.start()..at + m.end());
                    let offset = (at + m.start() + lead)
                        .saturating_sub(view.starts.get(span.start).copied().unwrap_or(0));
                    groups.push(Group {
                        name,
                        text,
                        span,
                        offset,
                    });
                }
            }
            let mut c = Candidate {
                rule: ri,
                normaliser: rule.normaliser,
                kind: rule.kind,
                span: view.tokens_of(extent),
                groups,
                shape: Shape::Simple,
            };
            event_relative(&mut c, view);
            per_period(&mut c, view);
            if plausible(&c, view) {
                out.push(c);
            }
        }
    }
    out
}

/// The segment's time expressions: the best non-overlapping matches, combined where they form
/// a range or a clock time on a day, in text order.
pub fn candidates(view: &SegView) -> Vec<Candidate> {
    let chosen = select(matches(view));
    combine(chosen, view)
}

/// "three years after its launch": the count is measured from an event, not a date, so the
/// expression is the duration "three years" (TimeML); "two days after" ending the clause
/// stays a date counted from the last one mentioned.
fn event_relative(c: &mut Candidate, view: &SegView) {
    if c.normaliser != Normaliser::Offset {
        return;
    }
    let lex = lexicon::get();
    let Some(post) = c.get("post").and_then(|p| lex.rel_post.get(p)) else {
        return;
    };
    let next = view.form(c.span.end);
    let event_follows = next.chars().next().is_some_and(char::is_alphanumeric);
    if post.anchor == lexicon::Anchor::Event && event_follows {
        c.span.end -= 1;
        c.groups.retain(|g| g.name != "post");
        if c.has("num") {
            c.normaliser = Normaliser::Duration;
            c.kind = TimeType::Duration;
        } else {
            // "the day after airing": a day fixed by an event this stage cannot date.
            c.normaliser = Normaliser::Relative;
            c.groups.push(Group {
                name: "event",
                text: String::new(),
                span: c.span.clone(),
                offset: 0,
            });
        }
    }
}

/// "annual profit" is the profit of one year: a duration, not a recurrence.
fn per_period(c: &mut Candidate, view: &SegView) {
    if c.normaliser == Normaliser::Set
        && c.has("freq")
        && lexicon::get()
            .context
            .per_period
            .contains(view.form(c.span.end))
    {
        c.kind = TimeType::Duration;
    }
}

/// Keeps the longest of overlapping matches (then the rule listed first, then the earliest).
fn select(mut all: Vec<Candidate>) -> Vec<Candidate> {
    all.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.rule.cmp(&b.rule))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut taken: Vec<Candidate> = Vec::new();
    for c in all {
        if taken
            .iter()
            .all(|t| c.span.end <= t.span.start || c.span.start >= t.span.end)
        {
            taken.push(c);
        }
    }
    taken.sort_by_key(|c| c.span.start);
    taken
}

/// True for words written with a capital (as month and weekday names are).
fn capitalised(raw: &str) -> bool {
    raw.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True for a capitalised word (not a number or punctuation).
fn capitalised_word(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_uppercase)
}

/// True when a group's text starts with a capital as written ("June" in "mid-June").
fn group_capitalised(view: &SegView, g: &Group) -> bool {
    let raw = view.raw(g.span.start);
    let form = view.form(g.span.start);
    // The offset is into the lower-cased form; it holds for the raw text when lengths agree.
    let from = if raw.len() == form.len() {
        raw.get(g.offset..).unwrap_or(raw)
    } else {
        raw
    };
    capitalised(from)
}

/// The key of a month or weekday group in its table ("sept ." -> "sept", "sat ." -> "sat.").
pub fn table_key(text: &str) -> String {
    text.replace(' ', "")
}

/// Context checks that keep ordinary words and counts from being read as times.
fn plausible(c: &Candidate, view: &SegView) -> bool {
    let lex = lexicon::get();
    let ctx = &lex.context;
    let start = c.span.start;
    let prev = view.before(start);
    let next = view.form(c.span.end);
    let intro = |w: &str| ctx.date_intro.contains(w);
    let has_context = c.has("rel") || c.has("mod") || c.has("shift");

    if let Some(g) = c.group("month") {
        if !group_capitalised(view, g) {
            return false;
        }
        let key = table_key(c.get("month").unwrap_or(""));
        let key = key.trim_end_matches('.');
        let ambiguous = lex.months.get(key).is_some_and(|m| m.1);
        if ambiguous && !c.has("day") && !c.has("year") && !has_context && !intro(prev) {
            return false;
        }
    }
    if let Some(g) = c.group("weekday") {
        if !group_capitalised(view, g) {
            return false;
        }
        // "the Sunday Times", "a Saturday Night Live sketch": part of a name.
        let after = view.raw(c.span.end);
        if matches!(prev, "the" | "a") && after.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // "Super Tuesday", "Black Friday".
        let before_raw = g.span.start.checked_sub(1).map_or("", |j| view.raw(j));
        if g.span.start == c.span.start
            && capitalised(before_raw)
            && ctx.weekday_name.contains(view.before(g.span.start))
        {
            return false;
        }
    }
    if let Some(span) = c.span_of("season") {
        let key = c.get("season").unwrap_or("");
        let ambiguous = lex.seasons.get(key).is_some_and(|s| s.1);
        let raw = view.raw(span.start);
        let before_raw = span.start.checked_sub(1).map_or("", |j| view.raw(j));
        // "Arab Spring", "Prague Spring": a name, not a season.
        if capitalised(raw) && span.start > 0 && capitalised(before_raw) && !has_context {
            return false;
        }
        // "for a summer": a stretch of a season, not a dated one.
        if matches!(prev, "a" | "an" | "one") && c.span.start == span.start {
            return false;
        }
        if ambiguous && !c.has("year") && !has_context {
            let determiner = span.start > c.span.start;
            if !(intro(prev) || determiner && intro(view.before(c.span.start))) {
                return false;
            }
            if next == "of" {
                return false;
            }
        }
    }
    let name = c.rule_name();
    match c.normaliser {
        Normaliser::Date if name == "year" && !c.has("mod") => {
            if ctx.not_year_before.contains(prev) || ctx.not_year_after.contains(next) {
                return false;
            }
            // "2000 soldiers", "of 1709 schoolchildren": a count before a noun; "in 2009 sales
            // rose", "the 2008 elections" are years.
            let next_raw = view.raw(c.span.end);
            let noun_follows = next_raw.chars().next().is_some_and(char::is_lowercase)
                && next.chars().all(char::is_alphabetic)
                && !ctx.after_year.contains(next);
            let plural =
                noun_follows && next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
            if plural && !ctx.year_intro.contains(prev)
                || noun_follows && ctx.count_before.contains(prev)
            {
                return false;
            }
            // "Local 1520": an old number after a name is part of it ("World Cup 2018" is a year).
            let prev_raw = start.checked_sub(1).map_or("", |j| view.raw(j));
            let prev_word = prev_raw.chars().all(char::is_alphabetic) && !prev_raw.is_empty();
            let old = c.get("year").is_some_and(|y| y < "1900");
            if old && prev_word && capitalised(prev_raw) && !intro(prev) && start > 1 {
                return false;
            }
        }
        Normaliser::Decade => {
            let d = c.get("decade").unwrap_or("");
            let Some(dspan) = c.span_of("decade") else {
                return false;
            };
            // "in their (late) 70s": an age.
            if ctx.age_before.contains(prev) {
                return false;
            }
            let four_digit = d.len() >= 5 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit);
            let apostrophe = d.starts_with('\'');
            let determined = c.span.start < dspan.start;
            let introduced =
                determined || matches!(prev, "and" | "or" | "to" | "through" | "until");
            if !(four_digit || apostrophe || introduced) {
                return false;
            }
            // "1990's" after "the" is a decade; "2020's election" is a year's.
            if d.contains('\'') && !d.starts_with('\'') && !determined {
                return false;
            }
        }
        Normaliser::Quarter | Normaliser::Fiscal if c.has("word") => {
            // "Q3", "H1", "FY2020" are written in capitals.
            let raw = view.raw(c.span.start);
            if !raw.starts_with(['Q', 'H', 'F']) {
                return false;
            }
        }
        Normaliser::Set if c.has("freq") => {
            // "the Daily Mail", "China Daily": a capital inside a sentence marks a name.
            let raw = view.raw(c.span.start);
            let next_raw = view.raw(c.span.end);
            let inside = start > 0 && !matches!(prev, "\"" | "'" | "(" | "-" | "--" | ":");
            if capitalised(raw)
                && (inside || next_raw.chars().next().is_some_and(char::is_uppercase))
            {
                return false;
            }
        }
        Normaliser::Relative if c.get("unit").is_some_and(|u| u.ends_with('s')) => {
            // "in the last months" is a vague stretch; "may last months" is a verb.
            let rel = c.get("rel").unwrap_or("");
            if !rel.starts_with("the ") && !intro(prev) && rel != "this" {
                return false;
            }
        }
        Normaliser::Fiscal => {
            // "fiscal policy" is no year: a fiscal year needs "year" or a number.
            let has_year = c.has("year") || view.forms[c.span.clone()].iter().any(|f| f == "year");
            if !has_year {
                return false;
            }
        }
        Normaliser::Vague => {
            let p = c.get("word").and_then(|w| lex.vague.get(w));
            if let Some(p) = p {
                if !p.after.is_empty() && !p.after.contains(&prev) {
                    return false;
                }
                if p.not_before.contains(&next) {
                    return false;
                }
            }
            // "now-defunct", "soon-to-open": part of a hyphenated word.
            if matches!(next, "-" | "–")
                && view.bytes(&(c.span.end..c.span.end + 1)).start == view.bytes(&c.span).end
            {
                return false;
            }
        }
        Normaliser::Anaphor => {
            let after = c.get("word").and_then(|w| lex.anaphora.get(w));
            if let Some(after) = after {
                if !after.is_empty() && !after.contains(&prev) {
                    return false;
                }
            }
        }
        Normaliser::Holiday
            if !capitalised(view.raw(c.span_of("word").map_or(start, |w| w.start)))
                || !c.has("year") && capitalised_word(view.raw(c.span.end)) =>
        {
            // Written in capitals, and not the start of a name ("Easter Island").
            return false;
        }
        Normaliser::Duration => {
            // "a quarter of the vote" is a share, not three months.
            let unit = c.get("unit").unwrap_or("");
            if matches!(c.get("num"), Some("a" | "an")) && unit.starts_with("quarter") {
                return false;
            }
            // A count other than one takes a plural unit ("2018 day five" is no duration);
            // the hyphenated adjective ("five-year") is singular by rule.
            if name == "duration" && !unit.ends_with('s') {
                let one = c
                    .get("num")
                    .is_some_and(|n| matches!(n, "a" | "an" | "one" | "1" | "half a" | "a half"));
                if !one {
                    return false;
                }
            }
        }
        _ => {}
    }
    true
}

/// Dates that can stand at either end of a range.
fn range_end(c: &Candidate) -> bool {
    c.kind == TimeType::Date
        && matches!(
            c.normaliser,
            Normaliser::Date
                | Normaliser::Numeric
                | Normaliser::Weekday
                | Normaliser::Season
                | Normaliser::Holiday
                | Normaliser::Quarter
                | Normaliser::Fiscal
                | Normaliser::Decade
                | Normaliser::Century
        )
}

/// Dates that name a single day, which a clock time can fall on.
fn day_like(c: &Candidate) -> bool {
    match c.normaliser {
        Normaliser::Weekday | Normaliser::Deictic | Normaliser::Numeric | Normaliser::Holiday => {
            true
        }
        Normaliser::Date => c.has("day"),
        // "2:30 the next day"
        Normaliser::Relative => matches!(c.get("unit"), Some("day")),
        _ => false,
    }
}

/// Joins ranges ("from 2018 to 2020") and clock times on a day ("12:00 UTC Monday").
fn combine(cands: Vec<Candidate>, view: &SegView) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    let mut it = cands.into_iter().peekable();
    while let Some(a) = it.next() {
        let Some(b) = it.peek() else {
            out.push(a);
            break;
        };
        let between: Vec<&str> = (a.span.end..b.span.start).map(|k| view.form(k)).collect();
        let opener = view.before(a.span.start);
        let range = range_end(&a)
            && range_end(b)
            && match between.as_slice() {
                ["to" | "until" | "till" | "through" | "thru"] => opener == "from",
                ["and"] => opener == "between",
                ["-" | "–" | "--"] => true,
                _ => false,
            };
        // Only side by side: "16:15 UTC, June 1st" is annotated as two times.
        let clock_first = a.normaliser == Normaliser::Clock && day_like(b) && between.is_empty();
        let day_first = day_like(&a) && b.normaliser == Normaliser::Clock && between.is_empty();
        if range {
            let Some(b) = it.next() else { break };
            let start = if matches!(opener, "from" | "between") {
                a.span.start - 1
            } else {
                a.span.start
            };
            out.push(Candidate {
                rule: a.rule,
                normaliser: a.normaliser,
                kind: TimeType::Duration,
                span: start..b.span.end,
                groups: Vec::new(),
                shape: Shape::Range(Box::new(a), Box::new(b)),
            });
        } else if clock_first || day_first {
            let Some(b) = it.next() else { break };
            let (clock, date) = if clock_first { (a, b) } else { (b, a) };
            let span = clock.span.start.min(date.span.start)..clock.span.end.max(date.span.end);
            out.push(Candidate {
                rule: clock.rule,
                normaliser: Normaliser::Clock,
                kind: TimeType::Time,
                span,
                groups: Vec::new(),
                shape: Shape::Clocked {
                    clock: Box::new(clock),
                    date: Box::new(date),
                },
            });
        } else {
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    /// (extent, rule) of every time expression in a one-paragraph text.
    fn found(t: &str) -> Vec<(String, &'static str)> {
        let layout = text::analyse(t, None);
        let mut out = Vec::new();
        for si in 0..layout.segments.len() {
            let v = SegView::new(t, &layout, si);
            for c in candidates(&v) {
                out.push((t[v.bytes(&c.span)].to_string(), c.rule_name()));
            }
        }
        out
    }

    fn extents(t: &str) -> Vec<String> {
        found(t).into_iter().map(|(e, _)| e).collect()
    }

    #[test]
    fn absolute_dates_in_news_forms() {
        assert_eq!(
            extents("It began Sept. 26, 2020, in Paris."),
            ["Sept. 26, 2020"]
        );
        assert_eq!(
            extents("It began on 26 September 2020."),
            ["26 September 2020"]
        );
        assert_eq!(extents("It began 9/26/2020 and ended."), ["9/26/2020"]);
        assert_eq!(extents("It began in 2020."), ["2020"]);
        assert_eq!(extents("Filed March 01 , 2008 here."), ["March 01 , 2008"]);
        assert_eq!(
            extents("Tuesday, September 1, 2015\n\nText."),
            ["Tuesday, September 1, 2015"]
        );
    }

    #[test]
    fn ambiguous_month_words_need_a_date_around_them() {
        assert!(extents("Theresa May said the plan may work.").is_empty());
        assert_eq!(extents("He left in May."), ["May"]);
        assert_eq!(extents("He left May 5."), ["May 5"]);
        assert!(extents("Protesters march on the capital.").is_empty());
    }

    #[test]
    fn counts_are_not_years() {
        assert!(extents("They sent 2000 soldiers.").is_empty());
        assert!(extents("It cost $ 2000 to fix.").is_empty());
        assert_eq!(extents("The 2008 elections were close."), ["2008"]);
    }

    #[test]
    fn extents_leave_out_prepositions_but_keep_modifiers() {
        assert_eq!(extents("Attacks rose in recent months."), ["recent months"]);
        assert_eq!(
            extents("He visited earlier in the summer."),
            ["earlier in the summer"]
        );
        assert_eq!(
            extents("Earlier this month, he spoke."),
            ["Earlier this month"]
        );
        assert_eq!(
            extents("McKenzie said at the time it was done."),
            ["the time"]
        );
    }

    #[test]
    fn ranges_and_clock_times_combine() {
        assert_eq!(extents("It ran from 2018 to 2020."), ["from 2018 to 2020"]);
        assert_eq!(
            extents("It ran between 2014 and 2016."),
            ["between 2014 and 2016"]
        );
        assert_eq!(extents("It ran 2018-2020."), ["2018-2020"]);
        assert_eq!(extents("It starts 12:00 UTC Monday."), ["12:00 UTC Monday"]);
        assert_eq!(
            extents("It came at 2:30 the next day."),
            ["2:30 the next day"]
        );
    }

    #[test]
    fn sets_win_over_durations_after_a_number() {
        assert_eq!(
            found("It makes 15 a year."),
            [("a year".to_string(), "set_rate")]
        );
        assert_eq!(
            found("It lasted a year."),
            [("a year".to_string(), "duration")]
        );
    }

    #[test]
    fn counts_from_an_event_are_durations() {
        assert_eq!(
            found("Five years after its launch, it won."),
            [("Five years".to_string(), "offset")]
        );
        assert_eq!(
            found("He left two days after."),
            [("two days after".to_string(), "offset")]
        );
    }

    #[test]
    fn names_are_not_times() {
        assert!(extents("He read the Sunday Times daily.") == ["daily"]);
        assert!(extents("The Arab Spring began.").is_empty());
        assert!(extents("Prices fall of late.").is_empty());
    }
}
