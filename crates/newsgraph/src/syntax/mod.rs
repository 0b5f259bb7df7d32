//! The syntax stage: part-of-speech tags, lemmas and dependency trees for every segment.
//!
//! INTERFACE (kept stable for the later stages):
//! - [`parse`] returns a [`Parse`] whose `tokens` run parallel to `Layout::tokens`.
//! - [`TokenSyntax::head`] is the 1-based index of the head *within the token's segment*
//!   (0 = root), as in CoNLL-U; [`Parse::head_of`] gives the absolute token index.

pub mod conllu;

use crate::model::Token;
use crate::text::Layout;

/// Syntax of one token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSyntax {
    /// Universal POS tag.
    pub upos: &'static str,
    /// Penn Treebank tag.
    pub xpos: &'static str,
    /// Lemma.
    pub lemma: Box<str>,
    /// 1-based head index within the segment, 0 for the root.
    pub head: u32,
    /// Dependency relation.
    pub deprel: &'static str,
}

/// Syntax of every token of a layout.
#[derive(Debug, Clone, Default)]
pub struct Parse {
    /// Parallel to `Layout::tokens`.
    pub tokens: Vec<TokenSyntax>,
    /// For each token, the absolute index of its segment's first token.
    pub segment_start: Vec<u32>,
}

impl Parse {
    /// Absolute index of the head of token `i`, or `None` for a root.
    pub fn head_of(&self, i: usize) -> Option<usize> {
        let h = self.tokens[i].head as usize;
        (h > 0).then(|| self.segment_start[i] as usize + h - 1)
    }
}

/// Loads the tagger and parser weights now.
pub fn warm_up() {}

/// Tags and parses every segment of the layout.
pub fn parse(text: &str, layout: &Layout) -> Parse {
    // Placeholder until the trained tagger and parser land: flat trees of unknown words.
    let mut tokens = Vec::with_capacity(layout.tokens.len());
    let mut segment_start = Vec::with_capacity(layout.tokens.len());
    for seg in &layout.segments {
        for (k, i) in seg.tokens.clone().enumerate() {
            tokens.push(TokenSyntax {
                upos: "X",
                xpos: "XX",
                lemma: layout.tokens[i].form(text).to_lowercase().into(),
                head: if k == 0 { 0 } else { 1 },
                deprel: if k == 0 { "root" } else { "dep" },
            });
            segment_start.push(seg.tokens.start as u32);
        }
    }
    Parse {
        tokens,
        segment_start,
    }
}

/// The model's token records (byte offsets; `document::assemble` converts them).
pub fn to_tokens(text: &str, layout: &Layout, parse: &Parse) -> Vec<Token> {
    layout
        .tokens
        .iter()
        .zip(&parse.tokens)
        .map(|(t, s)| Token {
            start: t.start,
            end: t.end,
            text: String::new(),
            upos: s.upos.to_string(),
            xpos: s.xpos.to_string(),
            lemma: s.lemma.to_string(),
            head: s.head as usize,
            deprel: s.deprel.to_string(),
        })
        .inspect(|_| {
            let _ = text;
        })
        .collect()
}
