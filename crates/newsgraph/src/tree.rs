//! Navigation over the dependency trees of a layout: children, relations, subtrees and word
//! forms by absolute token index. Built once per document and shared by the later stages.

use crate::syntax::Parse;
use crate::text::{Layout, SegmentKind};
use std::ops::Range;

/// The parsed document as a navigable forest, one tree per segment.
#[derive(Debug)]
pub struct Tree<'a> {
    text: &'a str,
    layout: &'a Layout,
    parse: &'a Parse,
    children: Vec<Vec<u32>>,
    segment_of: Vec<u32>,
    lower: Vec<Box<str>>,
}

impl<'a> Tree<'a> {
    /// Builds the forest for a layout and its parse.
    pub fn new(text: &'a str, layout: &'a Layout, parse: &'a Parse) -> Tree<'a> {
        let n = layout.tokens.len();
        let mut children = vec![Vec::new(); n];
        let mut segment_of = vec![0u32; n];
        for (s, seg) in layout.segments.iter().enumerate() {
            for i in seg.tokens.clone() {
                segment_of[i] = s as u32;
                if let Some(h) = parse.head_of(i) {
                    if h < n {
                        children[h].push(i as u32);
                    }
                }
            }
        }
        let lower = layout
            .tokens
            .iter()
            .map(|t| t.form(text).to_lowercase().into_boxed_str())
            .collect();
        Tree {
            text,
            layout,
            parse,
            children,
            segment_of,
            lower,
        }
    }

    /// The text the tree was built over.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The layout the tree was built over.
    pub fn layout(&self) -> &'a Layout {
        self.layout
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.children.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    /// The normalised form of token `i` (straight quotes).
    pub fn form(&self, i: usize) -> &'a str {
        self.layout.tokens[i].form(self.text)
    }

    /// The lower-cased normalised form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// The lemma of token `i`.
    pub fn lemma(&self, i: usize) -> &'a str {
        &self.parse.tokens[i].lemma
    }

    /// The universal POS tag of token `i`.
    pub fn upos(&self, i: usize) -> &'static str {
        self.parse.tokens[i].upos
    }

    /// The Penn Treebank tag of token `i`.
    pub fn xpos(&self, i: usize) -> &'static str {
        self.parse.tokens[i].xpos
    }

    /// The dependency relation of token `i` to its head.
    pub fn deprel(&self, i: usize) -> &'static str {
        self.parse.tokens[i].deprel
    }

    /// The relation without its subtype (`nsubj:pass` -> `nsubj`).
    pub fn base_rel(&self, i: usize) -> &'static str {
        let r = self.deprel(i);
        r.split(':').next().unwrap_or(r)
    }

    /// The head of token `i`, or `None` for a root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.parse.head_of(i)
    }

    /// The dependents of token `i`, in text order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[i].iter().map(|&c| c as usize)
    }

    /// The first dependent of `i` whose relation is `rel` or a subtype of it (`obl` matches
    /// `obl:tmod`).
    pub fn child(&self, i: usize, rel: &str) -> Option<usize> {
        self.children(i).find(|&c| rel_matches(self.deprel(c), rel))
    }

    /// Every dependent of `i` whose relation is `rel` or a subtype of it.
    pub fn children_with<'b>(&'b self, i: usize, rel: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.children(i)
            .filter(move |&c| rel_matches(self.deprel(c), rel))
    }

    /// The preposition or case marker of a nominal (`in` for "in Baghdad"), lower-cased.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        self.children(i)
            .find(|&c| self.deprel(c) == "case")
            .map(|c| self.lower(c))
    }

    /// The token range of the subtree rooted at `i` (contiguous for projective trees; for
    /// safety it is the span from the leftmost to the rightmost descendant).
    pub fn subtree(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            lo = lo.min(x);
            hi = hi.max(x);
            stack.extend(self.children(x));
        }
        lo..hi + 1
    }

    /// The subtree of `i` leaving out the subtrees of the listed children.
    pub fn subtree_without(&self, i: usize, skip: &[usize]) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            lo = lo.min(x);
            hi = hi.max(x);
            stack.extend(self.children(x).filter(|c| !skip.contains(c)));
        }
        lo..hi + 1
    }

    /// True when `a` is `b` or one of its descendants.
    pub fn dominates(&self, b: usize, a: usize) -> bool {
        let mut x = Some(a);
        let mut steps = 0;
        while let Some(t) = x {
            if t == b {
                return true;
            }
            steps += 1;
            if steps > 512 {
                return false;
            }
            x = self.head(t);
        }
        false
    }

    /// Index of the segment holding token `i`.
    pub fn segment(&self, i: usize) -> usize {
        self.segment_of[i] as usize
    }

    /// True when token `i` is in a body sentence (not the headline or dateline).
    pub fn in_body(&self, i: usize) -> bool {
        self.layout.segments[self.segment(i)].kind == SegmentKind::Body
    }

    /// The byte range covered by a token range.
    pub fn bytes(&self, r: &Range<usize>) -> Range<usize> {
        let t = &self.layout.tokens;
        t[r.start].start..t[r.end - 1].end
    }

    /// The text covered by a token range.
    pub fn slice(&self, r: &Range<usize>) -> &'a str {
        &self.text[self.bytes(r)]
    }

    /// The subject of a predicate: its own `nsubj`, else that of the predicate it is
    /// coordinated with or of the clause that controls it ("declined to comment but said").
    pub fn subject(&self, pred: usize) -> Option<usize> {
        let mut p = pred;
        for _ in 0..8 {
            if let Some(s) = self.child(p, "nsubj") {
                return Some(s);
            }
            // A bare participle clause takes its controller as subject: "X challenged the
            // award, claiming ..." (advcl), "reports stating that ..." (acl).
            // So does one introduced by a temporal or manner subordinator ("justified it by
            // saying ...", "while noting ..."), but not "for" or "despite" phrases.
            let participle = self.xpos(p) == "VBG"
                && self.children(p).all(|c| {
                    !matches!(self.deprel(c), "mark" | "case")
                        || matches!(
                            self.lower(c),
                            "by" | "while" | "after" | "before" | "when" | "upon" | "in"
                        )
                });
            match self.head(p) {
                Some(h) if matches!(self.base_rel(p), "conj" | "xcomp") => p = h,
                Some(h) if participle && self.base_rel(p) == "advcl" => p = h,
                Some(h) if participle && self.base_rel(p) == "acl" => return Some(h),
                _ => return None,
            }
        }
        None
    }

    /// True when `pred` is negated ("did not say", "never said").
    pub fn negated(&self, pred: usize) -> bool {
        self.children(pred).any(|c| {
            self.base_rel(c) == "advmod" && matches!(self.lower(c), "not" | "n't" | "never")
        })
    }
}

/// True when `deprel` is `rel` or one of its subtypes.
pub fn rel_matches(deprel: &str, rel: &str) -> bool {
    deprel == rel
        || (deprel.len() > rel.len()
            && deprel.starts_with(rel)
            && deprel.as_bytes()[rel.len()] == b':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_subtypes_match_their_base() {
        assert!(rel_matches("obl:tmod", "obl"));
        assert!(rel_matches("obl", "obl"));
        assert!(!rel_matches("oblique", "obl"));
        assert!(!rel_matches("obl", "obl:tmod"));
    }
}
