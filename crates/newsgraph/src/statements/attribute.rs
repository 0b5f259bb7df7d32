//! Finds cues and attaches speaker, addressees and content to each.

use super::lexicon::{self, Addressee, Content, Cue, PhraseKind};
use super::quotes::Quote;
use super::Found;
use crate::actors::Entities;
use crate::model::{Act, QuoteKind, Sourcing, SourcingKind, Span, Statement};
use crate::tree::Tree;
use std::ops::Range;

fn span(tree: &Tree<'_>, r: &Range<usize>) -> Span {
    let b = tree.bytes(r);
    Span {
        start: b.start,
        end: b.end,
        text: String::new(),
    }
}

/// Trims punctuation and quote marks from both ends of a token range.
fn trim_punct(tree: &Tree<'_>, mut r: Range<usize>) -> Range<usize> {
    let is_punct = |i: usize| {
        tree.upos(i) == "PUNCT" || matches!(tree.form(i), "\"" | "'" | "," | ":" | "." | "--" | "—")
    };
    while r.start < r.end && is_punct(r.start) {
        r.start += 1;
    }
    while r.end > r.start && is_punct(r.end - 1) {
        r.end -= 1;
    }
    r
}

/// The speaker expression of a subject token: the mention covering it, else its phrase
/// without relative clauses.
fn speaker_phrase(tree: &Tree<'_>, ents: &Entities, subj: usize) -> (Option<usize>, Range<usize>) {
    if let Some(m) = ents.mention_at(subj) {
        // Prefer a mention headed by the subject itself over one merely covering it.
        let widest = ents
            .mentions
            .iter()
            .filter(|x| x.head == subj)
            .max_by_key(|x| x.tokens.len());
        let m = widest.unwrap_or(m);
        return (Some(m.actor), m.tokens.clone());
    }
    // A role noun heading the name it introduces ("association president Jane Roe said").
    let named = tree
        .children(subj)
        .filter(|&c| matches!(tree.base_rel(c), "flat" | "appos") && tree.upos(c) == "PROPN")
        .find_map(|c| ents.mention_at(c));
    if let Some(m) = named {
        return (Some(m.actor), m.tokens.clone());
    }
    let relcl: Vec<usize> = tree.children_with(subj, "acl").collect();
    (None, tree.subtree_without(subj, &relcl))
}

/// Actors referred to by a nominal token and its conjuncts ("Iraq and Iran").
fn actors_of(tree: &Tree<'_>, ents: &Entities, t: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for x in std::iter::once(t).chain(tree.children_with(t, "conj")) {
        if let Some(a) = ents.actor_at(x) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Addressees of a cue according to how it takes them, plus "in a call with X".
fn addressees(
    tree: &Tree<'_>,
    ents: &Entities,
    cue: usize,
    how: Addressee,
    skip: &[usize],
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut add = |v: Vec<usize>| {
        for a in v {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    };
    for c in tree.children(cue) {
        // "told X that ...": X parsed inside the clause, before its "that".
        if how == Addressee::Object && tree.base_rel(c) == "ccomp" {
            if let Some(mark) = tree
                .children(c)
                .find(|&m| tree.deprel(m) == "mark" && tree.lower(m) == "that")
            {
                for n in tree.children(c) {
                    if n < mark && tree.base_rel(n) == "nsubj" {
                        add(actors_of(tree, ents, n));
                    }
                }
            }
        }
        if skip.contains(&c) {
            continue;
        }
        let rel = tree.deprel(c);
        let case = tree.case_of(c);
        match how {
            Addressee::Object if matches!(rel, "obj" | "iobj") => add(actors_of(tree, ents, c)),
            Addressee::To if tree.base_rel(c) == "obl" && case == Some("to") => {
                add(actors_of(tree, ents, c))
            }
            Addressee::With if tree.base_rel(c) == "obl" && case == Some("with") => {
                add(actors_of(tree, ents, c))
            }
            _ => {}
        }
        // "in a call with X", "during a meeting with X"
        if tree.base_rel(c) == "obl"
            && matches!(
                tree.lemma(c),
                "call" | "meeting" | "conversation" | "talk" | "interview" | "phone" | "exchange"
            )
        {
            for n in tree.children(c) {
                if tree.base_rel(n) == "nmod" && tree.case_of(n) == Some("with") {
                    add(actors_of(tree, ents, n));
                }
            }
        }
    }
    // "told X ..." with X misattached by the parser: the actor named right after the cue.
    if how == Addressee::Object && out.is_empty() {
        let next = cue + 1;
        let in_content = skip.iter().any(|&c| tree.subtree(c).contains(&next));
        if next < tree.len() && tree.segment(next) == tree.segment(cue) && !in_content {
            if let Some(a) = ents.actor_at(next) {
                out.push(a);
            }
        }
    }
    out
}

fn statement(act: Act, cue: Span, sentence: usize) -> Statement {
    Statement {
        id: String::new(),
        speaker: None,
        speaker_span: None,
        addressees: Vec::new(),
        act,
        cue,
        content: None,
        quote: None,
        sourcing: Sourcing {
            kind: SourcingKind::Unattributed,
            via: None,
        },
        time: None,
        negated: false,
        events: Vec::new(),
        sentence,
    }
}

/// The key under which a verb is looked up: "point out", "call on", or the lemma.
fn verb_cue(tree: &Tree<'_>, v: usize) -> Option<(&'static Cue, Option<usize>)> {
    let lemma = tree.lemma(v);
    if tree.upos(v) == "ADJ" {
        return lexicon::adjective(lemma).map(|c| (c, None));
    }
    for c in tree.children(v) {
        let phrasal = match tree.deprel(c) {
            "compound:prt" => Some(format!("{lemma} {}", tree.lower(c))),
            "obl" => tree.case_of(c).map(|p| format!("{lemma} {p}")),
            _ => None,
        };
        if let Some(cue) = phrasal.as_deref().and_then(lexicon::verb) {
            return Some((cue, Some(c)));
        }
    }
    lexicon::verb(lemma).map(|c| (c, None))
}

/// Index of the body sentence (0-based among body segments) holding token `t`.
fn body_sentence(tree: &Tree<'_>, t: usize) -> usize {
    let seg = tree.segment(t);
    tree.layout().segments[..seg]
        .iter()
        .filter(|s| s.kind == crate::text::SegmentKind::Body)
        .count()
}

fn words<'t>(tree: &'t Tree<'_>, r: Range<usize>) -> Vec<&'t str> {
    r.map(|i| tree.lower(i)).collect()
}

/// Finds every statement in the body, with speaker, addressees, content and quote kind.
pub fn attribute(tree: &Tree<'_>, ents: &Entities, quotes: &[Quote]) -> Vec<Found> {
    let mut drafts: Vec<Found> = Vec::new();
    for seg in &tree.layout().segments {
        if seg.kind != crate::text::SegmentKind::Body {
            continue;
        }
        let sentence = body_sentence(tree, seg.tokens.start);
        let toks = seg.tokens.clone();
        let all_words = words(tree, toks.clone());
        for v in toks.clone() {
            let local = v - toks.start;
            // "asked not to be identified" describes a source; it reports nothing.
            if lexicon::phrase_at(PhraseKind::Anonymity, &all_words[local..]).is_some() {
                continue;
            }
            // Refusals to comment, matched on words and anchored at their verb.
            let decline = lexicon::phrase_at(PhraseKind::Decline, &all_words[local..])
                .or_else(|| lexicon::phrase_at(PhraseKind::NoResponse, &all_words[local..]));
            if let Some(n) = decline {
                let verb = (v..v + n).find(|&i| tree.upos(i) == "VERB" || tree.upos(i) == "AUX");
                if let Some(verb) = verb {
                    let pred = (v..v + n)
                        .find(|&i| {
                            matches!(
                                tree.lemma(i),
                                "decline"
                                    | "refuse"
                                    | "respond"
                                    | "reach"
                                    | "comment"
                                    | "return"
                                    | "reply"
                                    | "discuss"
                                    | "say"
                                    | "elaborate"
                                    | "interview"
                            )
                        })
                        .unwrap_or(verb);
                    let subj = tree.subject(pred).or_else(|| tree.subject(verb));
                    let mut s = statement(Act::DeclineComment, span(tree, &(v..v + n)), sentence);
                    let (actor, stoks) = match subj {
                        Some(st) => {
                            let (a, r) = speaker_phrase(tree, ents, st);
                            (a, Some(r))
                        }
                        None => (None, None),
                    };
                    s.speaker_span = stoks.as_ref().map(|r| span(tree, r));
                    drafts.push(Found {
                        statement: s,
                        content: None,
                        cue: pred,
                        speaker: actor,
                        via: None,
                        via_tokens: None,
                        addressees: Vec::new(),
                        speaker_tokens: stoks,
                    });
                    continue;
                }
            }
            let predicate = tree.upos(v) == "VERB"
                || (tree.upos(v) == "ADJ" && lexicon::adjective(tree.lemma(v)).is_some());
            if predicate {
                if let Some(d) = verb_statement(tree, ents, quotes, v, sentence, &toks) {
                    // A verb inside a refusal ("declined to comment") is that refusal.
                    if !drafts.iter().any(|x| x.cue == v) {
                        drafts.push(d);
                    }
                }
            } else if tree.upos(v) == "NOUN" {
                if let Some(d) = noun_statement(tree, ents, quotes, v, sentence) {
                    drafts.push(d);
                }
            }
        }
        according_to(tree, ents, &mut drafts, toks.clone(), sentence);
    }
    drafts.sort_by_key(|d| d.statement.cue.start);
    continue_quotes(tree, quotes, &mut drafts);
    for d in &mut drafts {
        if let Some(c) = &d.content {
            d.statement.quote = Some(quote_kind(c, quotes));
        }
    }
    drafts
}

/// Direct when the content is one quotation (give or take punctuation), mixed when it holds
/// quoted fragments, indirect otherwise.
fn quote_kind(c: &Range<usize>, quotes: &[Quote]) -> QuoteKind {
    let overlapping: Vec<&Quote> = quotes
        .iter()
        .filter(|q| q.first_token < c.end && c.start < q.end_token)
        .collect();
    if overlapping.is_empty() {
        return QuoteKind::Indirect;
    }
    let covered: usize = overlapping
        .iter()
        .map(|q| q.end_token.min(c.end) - q.first_token.max(c.start))
        .sum();
    if covered + 2 >= c.len() {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    }
}

/// The quotation that a token range lies in or coincides with, if any.
fn enclosing_quote<'q>(quotes: &'q [Quote], r: &Range<usize>) -> Option<&'q Quote> {
    quotes
        .iter()
        .find(|q| q.first_token <= r.start && r.end <= q.end_token + 1 && r.start < q.end_token)
}

fn verb_statement(
    tree: &Tree<'_>,
    ents: &Entities,
    quotes: &[Quote],
    v: usize,
    sentence: usize,
    seg: &Range<usize>,
) -> Option<Found> {
    let (cue, particle) = verb_cue(tree, v)?;
    // A cue inside a quotation is part of what someone said, not an attribution.
    if quotes.iter().any(|q| q.first_token <= v && v < q.end_token) {
        return None;
    }
    let mut content: Option<Range<usize>> = None;
    let mut skip: Vec<usize> = particle.into_iter().collect();
    let subj = tree.subject(v);
    // Clausal content governed by the cue.
    if cue.content != Content::None {
        for c in tree.children(v) {
            let rel = tree.deprel(c);
            // A bare participle is the manner of speaking ("tweeted using his account"), not
            // what was said.
            let participle = tree.xpos(c) == "VBG" && tree.child(c, "mark").is_none();
            let clausal = if cue.content == Content::Finite {
                matches!(tree.base_rel(c), "ccomp" | "parataxis")
            } else {
                matches!(tree.base_rel(c), "ccomp" | "parataxis")
                    || (tree.base_rel(c) == "xcomp" && !participle)
            };
            // An adverbial clause after the cue with a subject and no subordinator other
            // than "that" is a complement the parser took for an adjunct.
            let clause = clausal
                || (rel == "advcl"
                    && c > v
                    && tree.child(c, "nsubj").is_some()
                    && tree
                        .children(c)
                        .filter(|&m| tree.deprel(m) == "mark")
                        .all(|m| tree.lower(m) == "that"));
            if clause && Some(c) != subj {
                // A parataxis child that is itself a reporting clause is a separate cue.
                if tree.base_rel(c) == "parataxis" && verb_cue(tree, c).is_some() {
                    continue;
                }
                let mut r = tree.subtree(c);
                // "said militias are ...": the clause's subject parsed as the cue's object,
                // when the cue takes no object addressee.
                if cue.addressee != Addressee::Object {
                    if let Some(o) = tree
                        .children(v)
                        .find(|&o| tree.deprel(o) == "obj" && o < c && tree.subject(c).is_none())
                    {
                        let or = tree.subtree(o);
                        if or.end == r.start {
                            r = or.start..r.end;
                            skip.push(o);
                        }
                    }
                }
                content = Some(match content {
                    Some(old) => old.start.min(r.start)..old.end.max(r.end),
                    None => r,
                });
                skip.push(c);
            }
        }
    }
    // "explained how she did it": UD makes the wh-word the object and the clause its
    // relative clause; together they are the content.
    if cue.content != Content::None {
        let wh = tree
            .child(v, "obj")
            .filter(|&o| WH_WORDS.contains(&tree.lower(o)));
        if let Some(o) = wh {
            let relcl = tree
                .children(o)
                .any(|c| matches!(tree.base_rel(c), "acl" | "advcl"));
            match content.as_mut() {
                // The clause was found as a complement: the wh-word opens it.
                Some(r) if r.start == o + 1 => r.start = o,
                None if relcl => content = Some(tree.subtree(o)),
                _ => {}
            }
            skip.push(o);
        }
    }
    // "As X told Y, prices fell": the cue is an adverbial clause marked "as" and the clause
    // it modifies is the content.
    if content.is_none() && tree.base_rel(v) == "advcl" {
        let as_mark = tree
            .children(v)
            .any(|m| tree.deprel(m) == "mark" && tree.lower(m) == "as");
        if let Some(h) = tree.head(v).filter(|_| as_mark) {
            let own = tree.subtree(v);
            let whole = tree.subtree(h);
            let r = if own.start <= whole.start {
                own.end..whole.end
            } else {
                whole.start..own.start
            };
            if r.len() >= 3 && tree.segment(h) == tree.segment(v) {
                content = Some(r);
            }
        }
    }
    // Inverted or parenthetical cue: `"...," he said` / `..., officials said.` The cue hangs
    // off the quoted clause, which is the content.
    // UD makes such a cue a parataxis of the quoted clause; a cue that is the clausal
    // complement of another verb ("the deal was that he agreed ...") is not inverted.
    if content.is_none() && tree.base_rel(v) == "parataxis" {
        if let Some(h) = tree.head(v) {
            if tree.segment(h) == tree.segment(v) {
                let own = tree.subtree(v);
                let whole = tree.subtree(h);
                let r = if own.start > h {
                    whole.start..own.start
                } else {
                    own.end..whole.end
                };
                if r.len() >= 2 {
                    content = Some(r);
                }
            }
        }
    }
    // Root cue after a quotation in its sentence (`"We will win," he said.` parsed flat).
    if content.is_none() {
        // The quotation may run on over several sentences on either side of the cue; only
        // punctuation and the cue's own dependents (its subject, "in a statement", "on
        // Monday") may stand between them.
        let own = tree.subtree(v);
        let between = |r: Range<usize>| {
            r.into_iter().all(|i| {
                tree.upos(i) == "PUNCT"
                    || (own.contains(&i) && verb_cue(tree, i).is_none())
                    || i == v
            })
        };
        let found = quotes.iter().find(|q| {
            if q.end_token <= v && q.end_token > seg.start {
                between(q.end_token..v)
            } else if q.first_token > v && q.first_token < seg.end {
                between(v + 1..q.first_token)
            } else {
                false
            }
        });
        if let Some(q) = found {
            content = Some(q.first_token..q.end_token);
        }
    }
    // A cue that ends its sentence with a colon introduces what follows: `She continued:` /
    // `the minister tweeted:` then the quotation or sentence (in the next paragraph, too).
    if content.is_none() && cue.content != Content::None {
        content = after_colon(tree, quotes, v, seg);
    }
    // Nominal content for acts like denying or condemning something.
    let passive = tree.children(v).any(|c| tree.deprel(c) == "aux:pass")
        || tree.children(v).any(|c| tree.deprel(c) == "nsubj:pass");
    if content.is_none() && matches!(cue.content, Content::Object | Content::Either) {
        if let Some(o) = tree.child(v, "obj") {
            content = Some(tree.subtree(o));
            skip.push(o);
        }
    }
    // Passive report of a noun: "X's warning was reported by Y".
    let mut speaker_tok = subj;
    if passive {
        speaker_tok = tree.children(v).find(|&c| {
            tree.deprel(c) == "obl:agent"
                || (tree.base_rel(c) == "obl" && tree.case_of(c) == Some("by"))
        });
        // Only what is reported can be the reported thing: "the plan was announced", not
        // "the parents were accused" or "he is known as".
        let reportable = matches!(
            cue.act,
            Act::Report | Act::Announce | Act::Confirm | Act::Deny | Act::Say | Act::Write
        ) && cue.content != Content::Finite;
        if let Some(ps) = tree.child(v, "nsubj:pass").filter(|_| reportable) {
            if content.is_none() && tree.lower(ps) != "it" && ents.mention_at(ps).is_none() {
                content = Some(tree.subtree(ps));
            }
        }
    }
    let content = content
        .map(|r| trim_punct(tree, r))
        .filter(|r| !r.is_empty())
        // "the policy, which he criticised": a relative pronoun stands for content outside
        // the cue's clause, not for content of its own.
        .filter(|r| !(r.len() == 1 && RELATIVE_PRONOUNS.contains(&tree.lower(r.start))))?;
    // A content-less or object-only "say" without a clause is not a statement.
    if matches!(
        cue.content,
        Content::Clause | Content::Finite | Content::Either
    ) && content.len() < 2
    {
        return None;
    }
    // `"...," said the company's chairman John Smith`: an inverted subject the parser did not
    // attach as one; the first nominal after the cue names the speaker.
    if speaker_tok.is_none() && !passive && content.end <= v {
        speaker_tok = inverted_subject(tree, ents, v, seg);
    }
    let mut s = statement(cue.act, span(tree, &(v..v + 1)), sentence);
    // Phrasal cues span verb and particle ("pointed out", "called on").
    if let Some(p) = particle {
        if tree.deprel(p) == "compound:prt" {
            s.cue = span(tree, &(v.min(p)..v.max(p) + 1));
        }
    }
    s.negated = tree.negated(v);
    let (actor, stoks) = match speaker_tok {
        Some(t) => {
            let (a, r) = speaker_phrase(tree, ents, t);
            (a, Some(r))
        }
        None => (None, None),
    };
    s.speaker_span = stoks.as_ref().map(|r| span(tree, r));
    s.content = Some(span(tree, &content));
    let addr = addressees(tree, ents, v, cue.addressee, &skip);
    let addr = addr.into_iter().filter(|a| Some(*a) != actor).collect();
    Some(Found {
        statement: s,
        content: Some(content),
        cue: v,
        speaker: actor,
        via: None,
        via_tokens: None,
        addressees: addr,
        speaker_tokens: stoks,
    })
}

/// The speaker of an inverted cue: the first actor mention after it, else the first noun,
/// before any punctuation or verb.
fn inverted_subject(
    tree: &Tree<'_>,
    ents: &Entities,
    v: usize,
    seg: &Range<usize>,
) -> Option<usize> {
    let mut noun = None;
    for i in v + 1..seg.end {
        if ents.mention_at(i).is_some() {
            return Some(i);
        }
        match tree.upos(i) {
            "PUNCT" | "VERB" | "AUX" | "ADP" | "SCONJ" => break,
            "NOUN" | "PROPN" if noun.is_none() => noun = Some(i),
            _ => {}
        }
    }
    noun
}

/// Wh-words that head a free relative or an embedded question ("explained how ...").
const WH_WORDS: &[&str] = &[
    "how", "what", "why", "where", "when", "whether", "who", "which",
];

/// Pronouns that stand for an antecedent outside their clause.
const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "who", "whom", "what"];

/// The content a cue introduces with a colon at the end of its sentence: the quotation that
/// opens the next sentence, else that sentence.
fn after_colon(
    tree: &Tree<'_>,
    quotes: &[Quote],
    v: usize,
    seg: &Range<usize>,
) -> Option<Range<usize>> {
    let last = (seg.start..seg.end)
        .rev()
        .find(|&i| !matches!(tree.form(i), "\"" | "'"))?;
    if tree.form(last) != ":" || last <= v {
        return None;
    }
    // Only the cue's own dependents may stand between it and the colon.
    let own = tree.subtree(v);
    if !(v + 1..last).all(|i| own.contains(&i) || tree.upos(i) == "PUNCT") {
        return None;
    }
    let segments = &tree.layout().segments;
    let next = segments.get(tree.segment(v) + 1)?;
    if next.kind != crate::text::SegmentKind::Body || next.tokens.is_empty() {
        return None;
    }
    let first = next.tokens.start;
    match quotes
        .iter()
        .find(|q| q.first_token <= first + 1 && first <= q.first_token)
    {
        Some(q) => Some(q.first_token..q.end_token),
        None => Some(next.tokens.clone()),
    }
}

fn noun_statement(
    tree: &Tree<'_>,
    ents: &Entities,
    quotes: &[Quote],
    n: usize,
    sentence: usize,
) -> Option<Found> {
    let cue = lexicon::noun(tree.lemma(n))?;
    if quotes.iter().any(|q| q.first_token <= n && n < q.end_token) {
        return None;
    }
    // Content: a that-clause or a quotation introduced by a colon.
    let mut content = None;
    for c in tree.children(n) {
        let is_clause = matches!(tree.base_rel(c), "acl" | "ccomp" | "appos")
            && tree
                .children(c)
                .any(|m| tree.deprel(m) == "mark" && tree.lower(m) == "that");
        if is_clause {
            content = Some(tree.subtree(c));
        }
    }
    if content.is_none() {
        let after = n + 1;
        if after + 1 < tree.len() && tree.form(after) == ":" {
            if let Some(q) = quotes
                .iter()
                .find(|q| q.first_token == after + 2 || q.first_token == after + 1)
            {
                content = Some(q.first_token..q.end_token);
            }
        }
    }
    let content = trim_punct(tree, content?);
    if content.len() < 2 {
        return None;
    }
    // Owner: possessive, a proper-noun modifier, "from/by X", or the subject of issue/make.
    let owner = tree
        .children(n)
        .find(|&c| tree.deprel(c) == "nmod:poss")
        .or_else(|| {
            tree.children(n)
                .find(|&c| tree.deprel(c) == "compound" && tree.upos(c) == "PROPN")
        })
        .or_else(|| {
            tree.children(n).find(|&c| {
                tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("from" | "by"))
            })
        })
        .or_else(|| {
            let h = tree.head(n)?;
            (tree.deprel(n) == "obj"
                && matches!(
                    tree.lemma(h),
                    "issue" | "make" | "release" | "publish" | "deliver" | "give" | "send" | "post"
                ))
            .then(|| tree.subject(h))
            .flatten()
        })
        .or_else(|| {
            // "X told reporters in a statement that ...": the statement is the verb's subject's.
            let h = tree.head(n)?;
            (tree.base_rel(n) == "obl" && tree.case_of(n) == Some("in"))
                .then(|| tree.subject(h))
                .flatten()
        });
    let mut s = statement(cue.act, span(tree, &(n..n + 1)), sentence);
    let (actor, stoks) = match owner {
        Some(t) => {
            let (a, r) = speaker_phrase(tree, ents, t);
            (a, Some(r))
        }
        None => (None, None),
    };
    s.speaker_span = stoks.as_ref().map(|r| span(tree, r));
    s.content = Some(span(tree, &content));
    Some(Found {
        statement: s,
        content: Some(content),
        cue: n,
        speaker: actor,
        via: None,
        via_tokens: None,
        addressees: Vec::new(),
        speaker_tokens: stoks,
    })
}

/// "according to X": X becomes the intermediary of the statement whose cue governs the
/// phrase, or the speaker of a new statement whose content is the rest of the sentence.
fn according_to(
    tree: &Tree<'_>,
    ents: &Entities,
    drafts: &mut Vec<Found>,
    toks: Range<usize>,
    sentence: usize,
) {
    let w = words(tree, toks.clone());
    for (k, i) in toks.clone().enumerate() {
        let Some(n) = lexicon::phrase_at(PhraseKind::AccordingTo, &w[k..]) else {
            continue;
        };
        // The source is the nominal the phrase's words attach to.
        let source = (i..i + n)
            .filter_map(|t| tree.head(t))
            .find(|&h| h >= i + n && toks.contains(&h));
        let Some(source) = source else { continue };
        let phrase = tree.subtree(source);
        let phrase = i.min(phrase.start)..phrase.end.max(i + n);
        let (actor, stoks) = speaker_phrase(tree, ents, source);
        // A cue that governs the phrase, or whose content it sits in, takes it as source.
        let governor = tree.head(source);
        let target = drafts.iter_mut().rev().find(|d| {
            d.statement.sentence == sentence
                && d.statement.act != Act::DeclineComment
                && governor.is_some_and(|g| {
                    g == d.cue || d.content.as_ref().is_some_and(|c| c.contains(&g))
                })
        });
        match target {
            Some(d) if d.speaker.is_some() && d.speaker != actor => {
                d.via = actor;
                // Keep the content clear of the attribution phrase.
                if let Some(c) = d.content.as_mut() {
                    if c.end > phrase.start && c.start < phrase.start {
                        c.end = phrase.start;
                        *c = trim_punct(tree, c.clone());
                        d.statement.content = Some(span(tree, c));
                    }
                }
                d.via_tokens = Some(stoks);
            }
            _ => {
                let rest = if phrase.start > toks.start {
                    toks.start..phrase.start
                } else {
                    phrase.end..toks.end
                };
                let rest = trim_punct(tree, rest);
                if rest.len() < 2 {
                    continue;
                }
                let mut s = statement(Act::Say, span(tree, &(i..i + n)), sentence);
                s.content = Some(span(tree, &rest));
                s.speaker_span = Some(span(tree, &stoks));
                drafts.push(Found {
                    statement: s,
                    content: Some(rest),
                    cue: i,
                    speaker: actor,
                    via: None,
                    via_tokens: None,
                    addressees: Vec::new(),
                    speaker_tokens: Some(stoks),
                });
            }
        }
    }
}

/// Quotations not yet attributed that open a sentence right after an attributed statement
/// (in the same or the next paragraph) continue that statement's words.
fn continue_quotes(tree: &Tree<'_>, quotes: &[Quote], drafts: &mut [Found]) {
    for q in quotes {
        let r = q.first_token..q.end_token;
        let taken = drafts.iter().any(|d| {
            d.content
                .as_ref()
                .is_some_and(|c| c.start < r.end && r.start < c.end)
        });
        if taken || r.len() < 3 {
            continue;
        }
        // The quote must start its sentence (after its opening mark).
        let seg = &tree.layout().segments[tree.segment(q.first_token)];
        if q.first_token > seg.tokens.start + 1 {
            continue;
        }
        let prev = drafts
            .iter_mut()
            .filter(|d| d.cue < q.first_token && d.speaker.is_some())
            .max_by_key(|d| d.cue);
        if let Some(d) = prev {
            let para_gap = tree.layout().segments[tree.segment(q.first_token)].paragraph
                - tree.layout().segments[tree.segment(d.cue)].paragraph;
            let quoted_before = d.content.as_ref().is_some_and(|c| {
                enclosing_quote(quotes, c).is_some() || quote_kind(c, quotes) != QuoteKind::Indirect
            });
            if para_gap <= 1 && quoted_before {
                let c = d.content.get_or_insert(r.clone());
                *c = c.start.min(r.start)..c.end.max(r.end);
                d.statement.content = Some(span(tree, c));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_kind_by_coverage() {
        let q = Quote {
            outer: 0..0,
            inner: 0..0,
            first_token: 10,
            end_token: 20,
        };
        assert_eq!(
            quote_kind(&(10..20), std::slice::from_ref(&q)),
            QuoteKind::Direct
        );
        assert_eq!(
            quote_kind(&(2..20), std::slice::from_ref(&q)),
            QuoteKind::Mixed
        );
        assert_eq!(
            quote_kind(&(0..8), std::slice::from_ref(&q)),
            QuoteKind::Indirect
        );
    }
}
