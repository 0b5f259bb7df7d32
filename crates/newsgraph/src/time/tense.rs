//! The tense of the clause a time expression sits in, which decides whether "Saturday" or
//! "in July" means the last one or the next one.
//!
//! With a real parse (Penn Treebank tags), the search climbs the dependency tree from the
//! expression to the first verb, or to a word with an auxiliary or copula below it, and reads
//! the verb's tag and its auxiliaries: VBD, or had/was/did -> past; a perfect (has + VBN) ->
//! past; will/'ll/shall/would or a modal (may, could) -> future; VBZ/VBP -> present. An
//! infinitive under a verb of intending ("plans to visit in July") looks ahead.
//!
//! When the tags are the placeholder `XX` (or the tree gives no verb), it falls back to words:
//! the nearest tense cue of `tense.tsv` on either side of the expression within its clause
//! (clauses end at "that", "which", "because", ";", ...): auxiliaries by form, irregular past
//! forms, and words in -ed.

use super::lexicon;
use crate::syntax::Parse;
use crate::text::Layout;
use std::ops::Range;

/// The tense of a clause as far as dating goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past, or a perfect (reports something that happened).
    Past,
    /// Present.
    Present,
    /// Future, conditional, or a modal looking ahead.
    Future,
    /// No cue found.
    Unknown,
}

/// True when the parse of tokens `range` carries real tags rather than the placeholder.
pub fn informative(parse: &Parse, range: Range<usize>) -> bool {
    parse
        .tokens
        .get(range)
        .is_some_and(|ts| ts.iter().any(|t| !matches!(t.xpos, "XX" | "" | "_")))
}

/// The head of tokens `span` (absolute indices): the token whose head lies outside the span.
pub fn head_token(parse: &Parse, span: Range<usize>) -> usize {
    let last = span.end.saturating_sub(1).max(span.start);
    span.clone()
        .rev()
        .find(|&i| {
            i < parse.tokens.len()
                && parse
                    .head_of(i)
                    .is_none_or(|h| h < span.start || h >= span.end)
        })
        .unwrap_or(last)
}

/// The tokens of the segment whose head is `i`.
fn children<'a>(
    parse: &'a Parse,
    seg: &Range<usize>,
    i: usize,
) -> impl Iterator<Item = usize> + 'a {
    let seg = seg.clone();
    seg.filter(move |&j| j < parse.tokens.len() && parse.head_of(j) == Some(i))
}

/// The tense of the clause holding tokens `span` (absolute) of segment `seg`.
///
/// `others` are the spans (absolute) of the segment's other time expressions, which the word
/// search must not read as cues.
pub fn clause_tense(
    text: &str,
    layout: &Layout,
    parse: &Parse,
    seg: usize,
    span: Range<usize>,
    others: &[Range<usize>],
) -> Tense {
    let Some(segment) = layout.segments.get(seg) else {
        return Tense::Unknown;
    };
    let range = segment.tokens.clone();
    if parse.tokens.len() >= range.end && informative(parse, range.clone()) {
        if let Some(t) = from_parse(text, layout, parse, &range, span.clone()) {
            return t;
        }
    }
    let forms: Vec<String> = layout.tokens[range.clone()]
        .iter()
        .map(|t| t.form(text).to_string())
        .collect();
    let rel =
        |r: &Range<usize>| r.start.saturating_sub(range.start)..r.end.saturating_sub(range.start);
    let skip: Vec<Range<usize>> = others.iter().map(rel).collect();
    from_forms(&forms, rel(&span), &skip)
}

fn lower(text: &str, layout: &Layout, i: usize) -> String {
    layout
        .tokens
        .get(i)
        .map_or(String::new(), |t| t.form(text).to_lowercase())
}

fn from_parse(
    text: &str,
    layout: &Layout,
    parse: &Parse,
    seg: &Range<usize>,
    span: Range<usize>,
) -> Option<Tense> {
    let words = &lexicon::get().tense;
    let mut cur = head_token(parse, span);
    for _ in 0..24 {
        let tag = parse.tokens.get(cur)?.xpos;
        let verbal = tag.starts_with("VB") || tag == "MD";
        let auxes: Vec<usize> = children(parse, seg, cur)
            .filter(|&j| matches!(parse.tokens[j].deprel, "aux" | "aux:pass" | "cop"))
            .collect();
        if verbal || !auxes.is_empty() {
            let aux_forms: Vec<String> = auxes.iter().map(|&j| lower(text, layout, j)).collect();
            let aux_tags: Vec<&str> = auxes.iter().map(|&j| parse.tokens[j].xpos).collect();
            let has = |ws: &[&str]| aux_forms.iter().any(|f| ws.contains(&f.as_str()));
            // UD marks the "to" of an infinitive as `mark`.
            let infinitive = aux_forms.iter().any(|f| f == "to")
                || children(parse, seg, cur)
                    .any(|j| parse.tokens[j].deprel == "mark" && lower(text, layout, j) == "to");
            if infinitive {
                // Infinitives look ahead ("set to take place on May 16", "is to be held from
                // November 20") unless their governor shares its own clause's time ("was
                // willing to skip class Thursday night"): then ask that clause.
                match parse.head_of(cur) {
                    Some(h) => {
                        let governor = lower(text, layout, h);
                        let lemma = parse.tokens[h].lemma.to_lowercase();
                        let transparent = words.transparent_governor.contains(governor.as_str())
                            || words.transparent_governor.contains(lemma.as_str());
                        if !transparent {
                            return Some(Tense::Future);
                        }
                        cur = h;
                        continue;
                    }
                    None => return Some(Tense::Future),
                }
            }
            if has(&["have"]) && tag == "VBN" && aux_tags.contains(&"MD") {
                // "would have", "could have": a past counterfactual.
                return Some(Tense::Past);
            }
            if aux_forms.iter().any(|f| words.future.contains(f.as_str())) {
                return Some(Tense::Future);
            }
            if aux_forms.iter().any(|f| words.modal.contains(f.as_str())) {
                return Some(Tense::Future);
            }
            if aux_tags.contains(&"VBD") || tag == "VBD" {
                return Some(Tense::Past);
            }
            if tag == "VBN" && (has(&["has", "have", "'s", "'ve"]) || auxes.is_empty()) {
                return Some(Tense::Past);
            }
            let present_aux = aux_tags.iter().any(|t| matches!(*t, "VBZ" | "VBP"));
            if tag == "VBG" && present_aux {
                // A present progressive with a date is an arrangement ahead ("I am going to
                // Las Vegas in April", "is meeting Kadhimi on Tuesday").
                return Some(Tense::Future);
            }
            if present_aux || matches!(tag, "VBZ" | "VBP") {
                return Some(Tense::Present);
            }
            if tag == "MD" {
                let f = lower(text, layout, cur);
                return Some(
                    if words.future.contains(f.as_str()) || words.modal.contains(f.as_str()) {
                        Tense::Future
                    } else {
                        Tense::Unknown
                    },
                );
            }
        }
        cur = parse.head_of(cur)?;
    }
    None
}

/// Auxiliaries, negation and adverbs that can stand between the first word of a verb group
/// and its main verb ("should not have been completed").
const CHAIN: &[&str] = &[
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "is",
    "are",
    "was",
    "were",
    "am",
    "'s",
    "'re",
    "'m",
    "'ve",
    "'d",
    "not",
    "n't",
    "also",
    "already",
    "still",
    "just",
    "now",
    "never",
    "ever",
    "yet",
    "reportedly",
    "only",
    "then",
    "finally",
    "to",
];

/// Words after "to" that show it is a preposition, not the mark of an infinitive.
fn nominal_start(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "all"
            | "about"
            | "around"
            | "more"
            | "less"
    ) || w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
}

/// Reading of a token for the word search.
struct Words<'a> {
    /// Lower-cased forms.
    lower: Vec<String>,
    /// Forms as written (for capitals).
    raw: &'a [String],
    /// Tokens inside time expressions, which are never cues ("May 7" is not the modal).
    skip: Vec<bool>,
}

impl Words<'_> {
    fn get(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", String::as_str)
    }

    fn past_form(&self, k: usize) -> bool {
        let words = &lexicon::get().tense;
        let f = self.get(k);
        words.past.contains(f)
            || words.participle.contains(f)
            || f.len() > 4
                && f.ends_with("ed")
                && self
                    .raw
                    .get(k)
                    .is_some_and(|r| r.chars().all(|c| c.is_ascii_lowercase()))
                && !words.not_past.contains(f)
    }

    /// "to" followed by a lower-case word that does not start a noun phrase: perhaps an
    /// infinitive ("to build"), perhaps a preposition ("to work", "to sex workers"). Enough to
    /// end a clause after the expression ("on February 29 to build the tanker").
    fn to_word(&self, k: usize) -> bool {
        self.get(k) == "to"
            && self.raw.get(k + 1).is_some_and(|r| {
                r.chars().next().is_some_and(|c| c.is_lowercase())
                    && !nominal_start(&r.to_lowercase())
            })
    }

    /// "to" that surely marks an infinitive looking ahead: "to be" ("an event to be held"), or
    /// after a verb of intending or a form of "be" ("set to begin", "is to meet"). Words alone
    /// cannot tell "according to officials" or "came to work" from an infinitive, so nothing
    /// else counts.
    fn future_infinitive(&self, k: usize) -> bool {
        let words = &lexicon::get().tense;
        let governor = k.checked_sub(1).map_or("", |j| self.get(j));
        self.to_word(k)
            && (self.get(k + 1) == "be"
                || words.future_governor.contains(governor)
                || matches!(governor, "is" | "are" | "was" | "were" | "am"))
    }

    /// The tense of the verb group whose main verb is token `k`, from the auxiliaries before it
    /// ("should be completed" -> future, "had been" -> past, "is expected" -> present).
    fn group(&self, k: usize, main: Tense) -> Tense {
        let words = &lexicon::get().tense;
        let mut j = k;
        let mut tense = main;
        while j > 0 {
            j -= 1;
            if self.skip.get(j).copied().unwrap_or(false) {
                // Another time expression ("in May led"): the group ends there.
                break;
            }
            let w = self.get(j);
            if words.future.contains(w) || words.modal.contains(w) {
                // "would have gone": a past counterfactual.
                return if self.get(j + 1) == "have" {
                    Tense::Past
                } else {
                    Tense::Future
                };
            }
            if !CHAIN.contains(&w) {
                break;
            }
            tense = match w {
                "to" => return Tense::Future,
                "had" | "was" | "were" | "'d" => Tense::Past,
                "has" | "have" | "'ve" => Tense::Past,
                "is" | "are" | "am" | "'re" | "'m" => Tense::Present,
                _ => tense,
            };
        }
        tense
    }

    /// The tense that token `k` shows, if it is a cue.
    fn cue(&self, k: usize) -> Option<Tense> {
        if self.skip.get(k).copied().unwrap_or(false) {
            return None;
        }
        let words = &lexicon::get().tense;
        let w = self.get(k);
        if w == "going" && self.get(k + 1) == "to" {
            return Some(Tense::Future);
        }
        if self.future_infinitive(k) {
            // "set to begin on Wednesday", "an event to be held on May 16".
            return Some(Tense::Future);
        }
        if words.future.contains(w) || words.modal.contains(w) {
            let next = self.get(k + 1);
            if next == "have" || next == "n't" && self.get(k + 2) == "have" {
                return Some(Tense::Past);
            }
            return Some(Tense::Future);
        }
        if matches!(w, "has" | "have" | "'ve") {
            // A perfect reports the past: "has nurtured", "have not increased".
            if (1..=3).any(|n| self.past_form(k + n)) {
                return Some(Tense::Past);
            }
            return Some(Tense::Present);
        }
        if self.past_form(k) {
            return Some(self.group(k, Tense::Past));
        }
        if words.past.contains(w) {
            return Some(Tense::Past);
        }
        if words.present.contains(w) {
            return Some(Tense::Present);
        }
        None
    }
}

/// How far the word search looks on each side.
const WINDOW: usize = 15;

/// The tense from word forms alone (`forms` as written): the nearest cue within the clause,
/// left winning ties. Tokens in `skip` (other time expressions) are not cues.
pub fn from_forms(forms: &[String], span: Range<usize>, skip: &[Range<usize>]) -> Tense {
    let words = &lexicon::get().tense;
    let w = Words {
        lower: forms.iter().map(|f| f.to_lowercase()).collect(),
        raw: forms,
        skip: (0..forms.len())
            .map(|k| skip.iter().any(|r| r.contains(&k)))
            .collect(),
    };
    let n = forms.len();
    let mut left = None;
    for k in (span.start.saturating_sub(WINDOW)..span.start.min(n)).rev() {
        if words.boundary.contains(w.get(k)) && !w.skip[k] {
            break;
        }
        if let Some(t) = w.cue(k) {
            left = Some((span.start - k, t));
            break;
        }
    }
    let mut right = None;
    for k in span.end..n.min(span.end + WINDOW) {
        // An infinitive after the expression starts a clause of its own ("on February 29 to
        // build the aircraft").
        if words.boundary.contains(w.get(k)) && !w.skip[k] || w.to_word(k) {
            break;
        }
        if let Some(t) = w.cue(k) {
            right = Some((k + 1 - span.end, t));
            break;
        }
    }
    match (left, right) {
        (Some((dl, tl)), Some((dr, tr))) => {
            if dl <= dr {
                tl
            } else {
                tr
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::TokenSyntax;
    use crate::text;

    fn words_tense(sentence: &str, expr: &str) -> Tense {
        let forms: Vec<String> = sentence.split(' ').map(str::to_string).collect();
        let e: Vec<String> = expr.split(' ').map(str::to_string).collect();
        let at = (0..forms.len())
            .find(|&i| forms[i..].starts_with(&e))
            .unwrap();
        from_forms(&forms, at..at + e.len(), &[])
    }

    #[test]
    fn word_cues_give_the_tense() {
        assert_eq!(words_tense("He met Trump in July .", "July"), Tense::Past);
        assert_eq!(
            words_tense("He will meet Trump in July .", "July"),
            Tense::Future
        );
        assert_eq!(
            words_tense("Attacks killed two in January .", "January"),
            Tense::Past
        );
        assert_eq!(
            words_tense("The talks are in July .", "July"),
            Tense::Present
        );
        assert_eq!(words_tense("Talks in July", "July"), Tense::Unknown);
        assert_eq!(
            words_tense("Attacks have increased in recent months", "recent months"),
            Tense::Past
        );
    }

    #[test]
    fn verb_groups_and_infinitives() {
        assert_eq!(
            words_tense("The deal should be completed in October .", "October"),
            Tense::Future
        );
        assert_eq!(
            words_tense("It may be signed on September 12 .", "September 12"),
            Tense::Future
        );
        assert_eq!(
            words_tense("The trial is set to begin on Wednesday .", "Wednesday"),
            Tense::Future
        );
        assert_eq!(
            words_tense("an event to be held on October 12 .", "October 12"),
            Tense::Future
        );
        assert_eq!(
            words_tense("It had been delayed until June .", "June"),
            Tense::Past
        );
        assert_eq!(
            words_tense("He returned to Baghdad in July .", "July"),
            Tense::Past
        );
    }

    #[test]
    fn other_times_are_not_cues() {
        // "May" in "May 7" is not the modal.
        let forms: Vec<String> = "Thursday , May 7 , 2015 On Tuesday , the government announced"
            .split(' ')
            .map(str::to_string)
            .collect();
        let others: Vec<Range<usize>> = std::iter::once(0..6).collect();
        assert_eq!(from_forms(&forms, 7..8, &others), Tense::Past);
        // "May" right before the verb is the date, not a modal of the verb group.
        let forms: Vec<String> = "whose death in May led to protests"
            .split(' ')
            .map(str::to_string)
            .collect();
        let others: Vec<Range<usize>> = std::iter::once(3..4).collect();
        assert_eq!(from_forms(&forms, 3..4, &others), Tense::Past);
    }

    #[test]
    fn clause_boundaries_stop_the_search() {
        // The call was Saturday; "would" belongs to the reported clause after "that".
        assert_eq!(
            words_tense(
                "Pompeo told Prime Minister Mustafa al - Kadhimi in a call Saturday that the U.S. would slash staff",
                "Saturday"
            ),
            Tense::Past
        );
    }

    /// A parse of `forms` with the given tags and heads (1-based, 0 = root) and relations.
    fn parse_of(rows: &[(&'static str, u32, &'static str)]) -> Parse {
        Parse {
            tokens: rows
                .iter()
                .map(|&(xpos, head, deprel)| TokenSyntax {
                    upos: "X",
                    xpos,
                    lemma: "".into(),
                    head,
                    deprel,
                })
                .collect(),
            segment_start: vec![0; rows.len()],
        }
    }

    #[test]
    fn tags_and_auxiliaries_give_the_tense() {
        let t = "He will visit in July";
        let layout = text::analyse(t, None);
        // He(1) will(2) visit(3) in(4) July(5)
        let p = parse_of(&[
            ("PRP", 3, "nsubj"),
            ("MD", 3, "aux"),
            ("VB", 0, "root"),
            ("IN", 5, "case"),
            ("NNP", 3, "obl"),
        ]);
        assert_eq!(clause_tense(t, &layout, &p, 0, 4..5, &[]), Tense::Future);
        let t = "He visited in July";
        let layout = text::analyse(t, None);
        let p = parse_of(&[
            ("PRP", 2, "nsubj"),
            ("VBD", 0, "root"),
            ("IN", 4, "case"),
            ("NNP", 2, "obl"),
        ]);
        assert_eq!(clause_tense(t, &layout, &p, 0, 3..4, &[]), Tense::Past);
    }

    #[test]
    fn ud_infinitives_and_progressives_look_ahead() {
        // meeting(1) set(2) to(3) take(4) place(5) on(6) May(7) 16(8)
        let t = "meeting set to take place on May 16";
        let layout = text::analyse(t, None);
        let p = parse_of(&[
            ("NN", 0, "root"),
            ("VBN", 1, "acl"),
            ("TO", 4, "mark"),
            ("VB", 2, "xcomp"),
            ("NN", 4, "obj"),
            ("IN", 7, "case"),
            ("NNP", 4, "obl"),
            ("CD", 7, "nummod"),
        ]);
        assert_eq!(clause_tense(t, &layout, &p, 0, 6..8, &[]), Tense::Future);
        // I(1) am(2) going(3) to(4) Paris(5) in(6) April(7)
        let t = "I am going to Paris in April";
        let layout = text::analyse(t, None);
        let p = parse_of(&[
            ("PRP", 3, "nsubj"),
            ("VBP", 3, "aux"),
            ("VBG", 0, "root"),
            ("IN", 5, "case"),
            ("NNP", 3, "obl"),
            ("IN", 7, "case"),
            ("NNP", 3, "obl"),
        ]);
        assert_eq!(clause_tense(t, &layout, &p, 0, 6..7, &[]), Tense::Future);
    }

    #[test]
    fn placeholder_tags_fall_back_to_words() {
        let t = "He visited in July";
        let layout = text::analyse(t, None);
        let p = crate::syntax::parse(t, &layout);
        assert_eq!(clause_tense(t, &layout, &p, 0, 3..4, &[]), Tense::Past);
    }
}
