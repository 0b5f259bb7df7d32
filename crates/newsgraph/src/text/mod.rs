//! The text stage: checks the input, marks boilerplate, finds paragraphs, sentences and tokens.
//!
//! The text is never rewritten: everything here is byte ranges into the caller's text.

pub mod boilerplate;
pub mod input;
pub mod offsets;
pub mod sentences;
pub mod tokens;

use crate::model::BoilerplateKind;
use std::ops::Range;
pub use tokens::Tok;

/// What a segment of text is: a body sentence, or the headline or dateline (scanned for names
/// and times, but not a sentence of the article).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// A sentence of the article body.
    Body,
    /// The headline.
    Headline,
    /// The dateline.
    Dateline,
}

/// A sentence-like run of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range from the first token's start to the last token's end.
    pub bytes: Range<usize>,
    /// Index range into [`Layout::tokens`].
    pub tokens: Range<usize>,
    /// Body paragraph index (0 for headline and dateline).
    pub paragraph: usize,
    /// Body sentence, headline or dateline.
    pub kind: SegmentKind,
}

/// The text stage's result: boilerplate, tokens and segments, all as byte ranges.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Boilerplate regions, sorted.
    pub boilerplate: Vec<(Range<usize>, BoilerplateKind)>,
    /// Byte range of the headline, if found.
    pub headline: Option<Range<usize>>,
    /// Byte range of the dateline, if found.
    pub dateline: Option<Range<usize>>,
    /// The byline's names, if found.
    pub byline: Option<String>,
    /// Every token of every segment, in text order.
    pub tokens: Vec<Tok>,
    /// Headline, dateline and body sentences, in text order.
    pub segments: Vec<Segment>,
}

impl Layout {
    /// The body sentences, in order.
    pub fn body(&self) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(|s| s.kind == SegmentKind::Body)
    }
}

/// Paragraphs: blocks of non-blank lines separated by blank lines, as trimmed byte ranges.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut block_end = 0;
    let mut line_start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c != '\n' {
            continue;
        }
        let line = &text[line_start..i];
        if line.trim().is_empty() {
            if let Some(s) = block_start.take() {
                out.push(boilerplate::trim(text, s..block_end));
            }
        } else {
            block_start.get_or_insert(line_start);
            block_end = i;
        }
        line_start = (i + 1).min(text.len());
    }
    if let Some(s) = block_start {
        out.push(boilerplate::trim(text, s..block_end));
    }
    out
}

/// Subtracts sorted, non-overlapping `holes` from `range`.
fn subtract(range: Range<usize>, holes: &[(Range<usize>, BoilerplateKind)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = range.start;
    for (h, _) in holes {
        if h.end <= at || h.start >= range.end {
            continue;
        }
        if h.start > at {
            out.push(at..h.start);
        }
        at = at.max(h.end);
    }
    if at < range.end {
        out.push(at..range.end);
    }
    out
}

/// Runs the text stage over `text`; `title` is the caller's headline, if known.
pub fn analyse(text: &str, title: Option<&str>) -> Layout {
    let found = boilerplate::find(text, title);
    let mut layout = Layout {
        headline: found.headline.clone(),
        dateline: found.dateline.clone(),
        byline: found.byline.clone(),
        ..Layout::default()
    };
    let mut segments = Vec::new();
    for (range, kind) in [
        (found.headline.clone(), SegmentKind::Headline),
        (found.dateline.clone(), SegmentKind::Dateline),
    ] {
        if let Some(r) = range {
            let first = layout.tokens.len();
            tokens::tokenize(text, r.start, r.end, &mut layout.tokens);
            if layout.tokens.len() > first {
                segments.push(Segment {
                    bytes: r,
                    tokens: first..layout.tokens.len(),
                    paragraph: 0,
                    kind,
                });
            }
        }
    }
    let mut paragraph = 0;
    for para in paragraphs(text) {
        let mut any = false;
        for piece in subtract(para, &found.regions) {
            let first = layout.tokens.len();
            tokens::tokenize(text, piece.start, piece.end, &mut layout.tokens);
            let toks = &layout.tokens[first..];
            for s in sentences::split(text, toks) {
                any = true;
                segments.push(Segment {
                    bytes: toks[s.start].start..toks[s.end - 1].end,
                    tokens: first + s.start..first + s.end,
                    paragraph,
                    kind: SegmentKind::Body,
                });
            }
        }
        if any {
            paragraph += 1;
        }
    }
    segments.sort_by_key(|s| s.bytes.start);
    // Tokens must follow segment order; headline/dateline tokens were pushed first, so
    // reorder when a dateline sits after body text (rare, but keep the invariant).
    if segments
        .windows(2)
        .any(|w| w[0].tokens.start > w[1].tokens.start)
    {
        let mut toks = Vec::with_capacity(layout.tokens.len());
        for s in &mut segments {
            let start = toks.len();
            toks.extend_from_slice(&layout.tokens[s.tokens.clone()]);
            s.tokens = start..toks.len();
        }
        layout.tokens = toks;
    }
    layout.segments = segments;
    layout.boilerplate = found.regions;
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_blank_line_blocks() {
        let text = "One.\nStill one.\n\n  \nTwo.\n";
        let p: Vec<_> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(p, ["One.\nStill one.", "Two."]);
    }

    #[test]
    fn layout_of_a_small_article() {
        let text = "Rain Falls\n\nIt rained. It poured.\n\nThe end came.\n\n© 2020 Example";
        let l = analyse(text, None);
        let body: Vec<_> = l
            .body()
            .map(|s| (&text[s.bytes.clone()], s.paragraph))
            .collect();
        assert_eq!(
            body,
            [("It rained.", 0), ("It poured.", 0), ("The end came.", 1)]
        );
        assert_eq!(l.headline.map(|r| &text[r]), Some("Rain Falls"));
        assert_eq!(l.segments[0].kind, SegmentKind::Headline);
    }
}
