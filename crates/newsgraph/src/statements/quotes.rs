//! Finds quotations in the article body: spans between opening and closing quote marks,
//! including quotes that run over several sentences or paragraphs.
//!
//! News convention: a quotation that continues into the next paragraph leaves the first
//! paragraph without a closing mark and opens the next one with a new opening mark. A quote
//! left open with no such continuation closes at the end of its paragraph (unbalanced marks
//! never raise errors). Single quotes are quotations only inside headlines, which this stage
//! does not read, so only double quotes count here.

use crate::text::{Layout, SegmentKind};
use std::ops::Range;

/// One quotation: the span with its marks, and the span inside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range including the quote marks (the closing mark may be missing).
    pub outer: Range<usize>,
    /// Byte range of the quoted words.
    pub inner: Range<usize>,
    /// Index of the first token inside the quote (into `Layout::tokens`).
    pub first_token: usize,
    /// Index one past the last token inside the quote.
    pub end_token: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn mark(raw: &str) -> Option<Mark> {
    match raw {
        // `` and '' are the typewriter convention of wire copy and treebank-derived text.
        "“" | "„" | "«" | "``" => Some(Mark::Open),
        "”" | "»" | "''" => Some(Mark::Close),
        "\"" | "″" => Some(Mark::Either),
        _ => None,
    }
}

/// Finds the quotations of the body sentences of `layout`.
pub fn find(text: &str, layout: &Layout) -> Vec<Quote> {
    // Token ranges of body paragraphs, in order.
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    let mut last_para = usize::MAX;
    for seg in layout
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Body)
    {
        match paragraphs.last_mut() {
            Some(last) if last_para == seg.paragraph => last.end = seg.tokens.end,
            _ => paragraphs.push(seg.tokens.clone()),
        }
        last_para = seg.paragraph;
    }
    let mut out = Vec::new();
    let mut open: Option<usize> = None; // token index of the opening mark
    for para in &paragraphs {
        for i in para.clone() {
            let t = &layout.tokens[i];
            let Some(m) = mark(t.raw(text)) else { continue };
            match (open, m) {
                (None, Mark::Open | Mark::Either) => open = Some(i),
                (Some(o), Mark::Close | Mark::Either) => {
                    push(layout, o, i + 1, i, &mut out);
                    open = None;
                }
                // A stray closing mark, or an opening mark while open: restart there.
                (None, Mark::Close) => {}
                (Some(o), Mark::Open) => {
                    push(layout, o, i, i, &mut out);
                    open = Some(i);
                }
            }
        }
        // A quote still open closes with its paragraph; when the next paragraph opens with a
        // quote mark, `merge_continuations` joins the two parts.
        if let Some(o) = open.take() {
            push(layout, o, para.end, para.end, &mut out);
        }
    }
    merge_continuations(text, layout, &paragraphs, out)
}

/// Records a quote opened at token `open`, whose outer span ends at token `outer_end`
/// (exclusive) and whose words end at token `inner_end` (exclusive).
fn push(layout: &Layout, open: usize, outer_end: usize, inner_end: usize, out: &mut Vec<Quote>) {
    let first = open + 1;
    if first >= inner_end {
        return; // empty quotes ("") carry nothing
    }
    let toks = &layout.tokens;
    out.push(Quote {
        outer: toks[open].start..toks[outer_end - 1].end,
        inner: toks[first].start..toks[inner_end - 1].end,
        first_token: first,
        end_token: inner_end,
    });
}

/// Joins a quote that ends a paragraph without a closing mark with the quote that opens the
/// next paragraph: together they are one quotation.
fn merge_continuations(
    text: &str,
    layout: &Layout,
    paragraphs: &[Range<usize>],
    quotes: Vec<Quote>,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    for q in quotes {
        if let Some(prev) = out.last_mut() {
            let prev_unclosed = mark(layout.tokens[prev.end_token - 1].raw(text)).is_none()
                && !matches!(
                    layout.tokens.get(prev.end_token).map(|t| t.raw(text)),
                    Some("”" | "\"" | "»")
                );
            let prev_para = paragraphs
                .iter()
                .position(|p| p.contains(&(prev.end_token - 1)));
            let this_para = paragraphs.iter().position(|p| p.contains(&q.first_token));
            let next_para_start = matches!((prev_para, this_para), (Some(a), Some(b)) if b == a + 1)
                && this_para.is_some_and(|b| paragraphs[b].start + 1 == q.first_token);
            if prev_unclosed && next_para_start {
                prev.outer.end = q.outer.end;
                prev.inner.end = q.inner.end;
                prev.end_token = q.end_token;
                continue;
            }
        }
        out.push(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    fn quotes(text: &str) -> Vec<String> {
        let layout = analyse(text, None);
        find(text, &layout)
            .into_iter()
            .map(|q| text[q.inner].to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        assert_eq!(
            quotes("“We will go,” he said. She said \"no way\" twice."),
            ["We will go,", "no way"]
        );
    }

    #[test]
    fn quote_over_several_sentences() {
        assert_eq!(
            quotes("He said: “We will go. We will win.” Then he left."),
            ["We will go. We will win."]
        );
    }

    #[test]
    fn quote_continued_into_next_paragraph() {
        let text = "“The talks failed. We tried,” he said. “We will try again.\n\n“But not this year,” he added.";
        assert_eq!(
            quotes(text),
            [
                "The talks failed. We tried,",
                "We will try again.\n\n“But not this year,"
            ]
        );
    }

    #[test]
    fn unbalanced_marks_close_at_paragraph_end() {
        assert_eq!(
            quotes("He called it “a disaster for everyone.\n\nThe end came."),
            ["a disaster for everyone."]
        );
        assert_eq!(
            quotes("A stray ” mark. And \"\" empty."),
            Vec::<String>::new()
        );
    }
}
