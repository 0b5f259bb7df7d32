//! The syntax stage: part-of-speech tags, lemmas and dependency trees for every segment.
//!
//! INTERFACE (kept stable for the later stages):
//! - [`parse`] returns a [`Parse`] whose `tokens` run parallel to `Layout::tokens`.
//! - [`TokenSyntax::head`] is the 1-based index of the head *within the token's segment*
//!   (0 = root), as in CoNLL-U; [`Parse::head_of`] gives the absolute token index.

pub mod conllu;
pub mod features;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod tagger;
pub mod wordnet;

use crate::model::Token;
use crate::text::Layout;
use once_cell::sync::Lazy;

/// The embedded weights file (see `models/README.md`).
const WEIGHTS: &[u8] = include_bytes!("../../models/syntax.bin");

/// The tagger and parser, loaded on first use.
static MODEL: Lazy<model::Weights> =
    Lazy::new(|| model::Weights::read(WEIGHTS).unwrap_or_else(|_| model::Weights::empty()));

/// The loaded weights (loading them on first call).
pub fn weights() -> &'static model::Weights {
    &MODEL
}

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
pub fn warm_up() {
    Lazy::force(&MODEL);
    lemma::warm_up();
    wordnet::warm_up();
}

/// Tags, lemmatises and parses one sentence given its word forms.
pub fn analyse(forms: &[&str]) -> Vec<TokenSyntax> {
    analyse_with(&MODEL, forms)
}

/// [`analyse`] with the given weights (training evaluates candidate weights this way).
pub fn analyse_with(m: &'static model::Weights, forms: &[&str]) -> Vec<TokenSyntax> {
    let (words, tags) = tag_forms(m, forms);
    parse_tagged(m, forms, &words, &tags)
}

/// Tags the forms of one segment.
fn tag_forms(m: &model::Weights, forms: &[&str]) -> (Vec<features::Word>, Vec<u16>) {
    let words: Vec<features::Word> = forms.iter().map(|f| features::Word::new(f)).collect();
    let mut feats = Vec::new();
    let mut tags = Vec::with_capacity(forms.len());
    tagger::tag(&m.tagger, &words, &mut feats, &mut tags);
    repair_finite_verb(m, forms, &mut tags);
    (words, tags)
}

/// Words that may stand between a subject and its verb ("The US on Thursday rejected ...").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "now",
    "also",
    "then",
    "recently",
    "earlier",
    "later",
    "reportedly",
    "again",
    "jointly",
    "quickly",
];

/// Day and period names after "on"/"last" between a subject and its verb.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
];

/// Gives a clause the finite verb the greedy tagger missed: a past participle right after an
/// opening noun phrase (perhaps followed by "today" or "on Monday"), with no verb or auxiliary
/// before it, becomes a past tense verb when an object-like word follows ("Rebels shelled the
/// capital", "The US on Thursday rejected calls") or when the sentence ends in `.`/`!` with no
/// finite verb at all ("Rebels vowed to fight."). Out of training it retags 10 words of EWT dev
/// and test, 9 of them to the gold tag; on the GUM Wikinews trees it retags 2 words, both in
/// photo captions ("Aerogel slice removed with an ultrasonic blade."), both wrongly.
fn repair_finite_verb(m: &model::Weights, forms: &[&str], tags: &mut [u16]) {
    let tag = |k: usize| {
        m.tags
            .get(tags[k] as usize)
            .map_or(("", ""), |(x, u)| (x.as_str(), u.as_str()))
    };
    let Some(i) = (0..tags.len()).find(|&k| tag(k).0 == "VBN") else {
        return;
    };
    let lower = |k: usize| forms[k].to_ascii_lowercase();
    let between = |k: usize| BETWEEN_SUBJECT_AND_VERB.contains(&lower(k).as_str());
    let nominal =
        |k: usize| matches!(tag(k).1, "NOUN" | "PROPN") || matches!(tag(k).0, "PRP" | "WP");
    // The words before it: one noun phrase, and time words.
    let mut k = 0;
    while k < i {
        if nominal(k) || matches!(tag(k).1, "DET" | "ADJ" | "NUM") || between(k) {
            k += 1;
        } else if matches!(lower(k).as_str(), "on" | "last")
            && k + 1 < i
            && DAYS.contains(&lower(k + 1).as_str())
        {
            k += 2;
        } else if matches!(forms[k], "'s" | "’s") && k > 0 {
            k += 1;
        } else {
            return;
        }
    }
    let after_subject =
        i > 0 && (nominal(i - 1) || between(i - 1) || DAYS.contains(&lower(i - 1).as_str()));
    if !after_subject {
        return;
    }
    let object_follows = i + 1 < tags.len()
        && matches!(
            tag(i + 1).1,
            "DET" | "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ"
        );
    let ends_clause = forms.last().is_some_and(|f| matches!(*f, "." | "!"));
    let finite = |k: usize| matches!(tag(k).0, "VBD" | "VBZ" | "VBP" | "MD");
    let no_finite = tags.len() >= 4 && ends_clause && !(0..tags.len()).any(finite);
    if object_follows || no_finite {
        if let Some(vbd) = m.tags.iter().position(|(x, u)| x == "VBD" && u == "VERB") {
            tags[i] = vbd as u16;
        }
    }
}

/// Parses one tagged segment and adds lemmas.
fn parse_tagged(
    m: &'static model::Weights,
    forms: &[&str],
    words: &[features::Word],
    tags: &[u16],
) -> Vec<TokenSyntax> {
    let tag = |i: usize| m.tags.get(tags[i] as usize).unwrap_or(&m.tags[0]);
    let lower: Vec<u64> = words.iter().map(|w| w.lower).collect();
    let tag_ids: Vec<u64> = tags.iter().map(|&t| t as u64).collect();
    let mut scratch = parser::Scratch::default();
    let st = parser::parse(&m.parser, &lower, &tag_ids, &mut scratch);
    let (mut heads, mut labels) = (st.heads, st.labels);
    let label_id = |name: &str| m.labels.iter().position(|l| l == name).unwrap_or(0) as u16;
    parser::finish_tree(
        &mut heads,
        &mut labels,
        &|i| tag(i).1 == "PUNCT",
        &|i| tag(i).1 == "VERB",
        label_id("punct"),
        label_id("parataxis"),
    );
    let mut toks: Vec<TokenSyntax> = (0..forms.len())
        .map(|i| {
            let (xpos, upos) = tag(i);
            let root = heads[i] == parser::NO_HEAD;
            TokenSyntax {
                upos: upos.as_str(),
                xpos: xpos.as_str(),
                lemma: lemma::lemma(forms[i], xpos).into(),
                head: if root { 0 } else { heads[i] + 1 },
                deprel: if root {
                    "root"
                } else {
                    m.labels
                        .get(labels[i] as usize)
                        .map(String::as_str)
                        .unwrap_or("dep")
                },
            }
        })
        .collect();
    repair_complements(&mut toks);
    repair_titled_names(&mut toks);
    repair_reporting_tails(&mut toks);
    repair_fronted_times(&mut toks);
    toks
}

/// Verbs that take an addressee and then a clause ("warned the minister the U.S. may leave").
const ADDRESSEE_CLAUSE_VERBS: &[&str] = &[
    "advise", "ask", "assure", "caution", "convince", "inform", "notify", "persuade", "promise",
    "reassure", "remind", "show", "teach", "tell", "warn",
];

/// Relabels as `ccomp` a clause with its own subject that the parser hung as `parataxis` on
/// an addressee-taking verb right after that verb's object, with no punctuation between. In
/// EWT train such a clause is `ccomp` 88 times and `parataxis` twice.
fn repair_complements(toks: &mut [TokenSyntax]) {
    let is = |t: &TokenSyntax, h: usize, rel: &str| t.head as usize == h + 1 && t.deprel == rel;
    for d in 0..toks.len() {
        if toks[d].deprel != "parataxis" || toks[d].head == 0 {
            continue;
        }
        let h = toks[d].head as usize - 1;
        if h >= d || !ADDRESSEE_CLAUSE_VERBS.contains(&&*toks[h].lemma) {
            continue;
        }
        let Some(subj) = (0..d).find(|&k| is(&toks[k], d, "nsubj")) else {
            continue;
        };
        let between = &toks[h + 1..subj];
        let has_obj = between.iter().any(|t| is(t, h, "obj") || is(t, h, "iobj"));
        if has_obj && !between.iter().any(|t| t.upos == "PUNCT") {
            toks[d].deprel = "ccomp";
        }
    }
}

/// Re-heads a titled name on the name, as UD does ("Secretary of Defence Rumsfeld": the title
/// is an `nmod:desc` of the name and the department an `nmod` of the title). The treebanks
/// hold two such phrases, so the parser reads "Secretary of State Jane Roe" as the
/// secretary of a "State Jane Roe"; the repair fires when a proper noun's `of` object has
/// compound words before it and a `flat` name part after it.
fn repair_titled_names(toks: &mut [TokenSyntax]) {
    let is = |t: &TokenSyntax, h: usize, rel: &str| t.head as usize == h + 1 && t.deprel == rel;
    for x in 0..toks.len().saturating_sub(3) {
        let of = x + 1;
        if toks[x].upos != "PROPN" || !toks[of].lemma.eq_ignore_ascii_case("of") {
            continue;
        }
        if toks[of].deprel != "case" || (toks[of].head as usize) <= of + 1 {
            continue;
        }
        let n = toks[of].head as usize - 1;
        let n_is_object = toks[n].head as usize == x + 1 && toks[n].deprel.starts_with("nmod");
        let compounds: Vec<usize> = (of + 1..n)
            .filter(|&c| is(&toks[c], n, "compound"))
            .collect();
        let named = toks.get(n + 1).is_some_and(|t| is(t, n, "flat"));
        let Some(&org) = compounds.last() else {
            continue;
        };
        if !n_is_object || !named || toks[n].upos != "PROPN" {
            continue;
        }
        toks[n].head = toks[x].head;
        toks[n].deprel = toks[x].deprel;
        toks[x].head = n as u32 + 1;
        toks[x].deprel = "nmod:desc";
        toks[org].head = x as u32 + 1;
        toks[org].deprel = "nmod";
        toks[of].head = org as u32 + 1;
        for &c in &compounds[..compounds.len() - 1] {
            toks[c].head = org as u32 + 1;
        }
    }
}

/// Speech verbs that report a quote from its end (", officials said.").
const TAIL_REPORTING_VERBS: &[&str] = &[
    "add", "announce", "argue", "claim", "confirm", "explain", "insist", "note", "report", "say",
    "state", "tell", "warn", "write",
];

/// Re-attaches a sentence-final reporting clause (", an engineer said.") to the root as
/// `parataxis`, as UD annotates reported speech, when the parser hung it inside the reported
/// clause: a speech verb with a subject and no complement, after a comma, with nothing but
/// punctuation after it.
fn repair_reporting_tails(toks: &mut [TokenSyntax]) {
    let Some(root) = toks.iter().position(|t| t.head == 0) else {
        return;
    };
    for v in 0..toks.len() {
        let t = &toks[v];
        if v == root || t.deprel == "parataxis" || t.upos != "VERB" {
            continue;
        }
        if !TAIL_REPORTING_VERBS.contains(&&*t.lemma) {
            continue;
        }
        if toks[v + 1..].iter().any(|t| t.upos != "PUNCT") {
            continue;
        }
        let kids: Vec<usize> = (0..toks.len())
            .filter(|&k| toks[k].head as usize == v + 1)
            .collect();
        let plain = kids.iter().all(|&k| {
            matches!(toks[k].deprel, "nsubj" | "punct" | "advmod" | "aux")
                || (k > v && toks[k].upos == "PUNCT")
        });
        let Some(&subj) = kids.iter().find(|&&k| toks[k].deprel == "nsubj") else {
            continue;
        };
        // The clause starts at the subject's phrase; a comma must come right before it.
        let start = (0..subj)
            .rev()
            .take_while(|&k| toks[k].upos != "PUNCT" && toks[k].head as usize == subj + 1)
            .last()
            .unwrap_or(subj);
        let after_comma = start > 0 && toks[start - 1].lemma.as_ref() == ",";
        if plain && after_comma && subj < v {
            toks[v].head = root as u32 + 1;
            toks[v].deprel = "parataxis";
            toks[start - 1].head = v as u32 + 1;
        }
    }
}

/// Nouns that head a bare time phrase ("earlier this month").
const TIME_NOUNS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "decade",
    "century",
    "quarter",
    "season",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Relabels as `obl:unmarked` a fronted bare time phrase the parser took for a clausal
/// complement ("Earlier this month, X said ..."): a `ccomp` must be a clause, and in EWT train
/// a noun-headed `ccomp` before its verb without subject, copula, auxiliary or marker occurs
/// twice; on EWT dev and test the parser predicts three, none of them right.
fn repair_fronted_times(toks: &mut [TokenSyntax]) {
    for n in 0..toks.len() {
        let t = &toks[n];
        if t.deprel != "ccomp" || t.upos != "NOUN" || (t.head as usize) <= n + 1 {
            continue;
        }
        if !TIME_NOUNS.contains(&&*t.lemma) {
            continue;
        }
        let clause_like = toks.iter().any(|k| {
            k.head as usize == n + 1
                && matches!(k.deprel, "nsubj" | "nsubj:pass" | "cop" | "aux" | "mark")
        });
        if !clause_like {
            toks[n].deprel = "obl:unmarked";
        }
    }
}

/// Tags and parses every segment of the layout.
pub fn parse(text: &str, layout: &Layout) -> Parse {
    let m: &'static model::Weights = &MODEL;
    let mut tokens = Vec::with_capacity(layout.tokens.len());
    let mut segment_start = Vec::with_capacity(layout.tokens.len());
    let segments: Vec<(Vec<&str>, Vec<features::Word>, Vec<u16>)> = layout
        .segments
        .iter()
        .map(|seg| {
            let forms: Vec<&str> = layout.tokens[seg.tokens.clone()]
                .iter()
                .map(|t| t.form(text))
                .collect();
            let (words, tags) = tag_forms(m, &forms);
            (forms, words, tags)
        })
        .collect();
    let proper = proper_names(m, &segments);
    let nnp = m.tags.iter().position(|t| t.0 == "NNP" && t.1 == "PROPN");
    for (seg, (forms, words, mut tags)) in layout.segments.iter().zip(segments) {
        if let Some(nnp) = nnp {
            retag_initial_names(m, &forms, &mut tags, &proper, nnp as u16);
        }
        tokens.extend(parse_tagged(m, &forms, &words, &tags));
        segment_start.extend(std::iter::repeat_n(seg.tokens.start as u32, forms.len()));
    }
    Parse {
        tokens,
        segment_start,
    }
}

/// Forms the document writes capitalised inside a sentence and tags as proper nouns there,
/// and never writes in lower case.
fn proper_names<'a>(
    m: &model::Weights,
    segments: &[(Vec<&'a str>, Vec<features::Word>, Vec<u16>)],
) -> std::collections::HashSet<&'a str> {
    let mut proper = std::collections::HashSet::new();
    let mut lower = std::collections::HashSet::new();
    for (forms, _, tags) in segments {
        for (i, f) in forms.iter().enumerate() {
            let upos = m.tags.get(tags[i] as usize).map_or("", |t| t.1.as_str());
            if i > 0 && starts_upper(f) && upos == "PROPN" {
                proper.insert(*f);
            } else if f.chars().next().is_some_and(char::is_lowercase) {
                lower.insert(f.to_string());
            }
        }
    }
    proper.retain(|f| !lower.contains(&f.to_lowercase()));
    proper
}

fn starts_upper(f: &str) -> bool {
    let mut cs = f.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// Auxiliaries are a closed class: a capitalised word outside it is no auxiliary.
const AUXILIARIES: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "ought", "'s", "'re", "'ve", "'d", "'ll", "'m", "wo", "ca", "need", "dare", "get", "got",
    "gets", "getting",
];

/// A sentence's first word is capitalised whatever it is, so the tagger reads an unfamiliar
/// name there by its suffix ("Boeing" as a gerund, "Mulally" as an adverb). Such a word is a
/// proper noun when the document writes it as one elsewhere, or when the tagger made it an
/// auxiliary although it is none.
fn retag_initial_names(
    m: &model::Weights,
    forms: &[&str],
    tags: &mut [u16],
    proper: &std::collections::HashSet<&str>,
    nnp: u16,
) {
    // The first word, or the first after opening quotes and brackets.
    let Some(i) = forms
        .iter()
        .position(|f| f.chars().any(char::is_alphanumeric))
    else {
        return;
    };
    let f = forms[i];
    if !starts_upper(f) {
        return;
    }
    let upos = m.tags.get(tags[i] as usize).map_or("", |t| t.1.as_str());
    if upos == "PROPN" {
        return;
    }
    let lower = f.to_lowercase();
    let false_aux = upos == "AUX" && !AUXILIARIES.contains(&lower.as_str());
    // "Boeing says", "Mulally said": a sentence cannot start with a gerund, a participle or
    // an -ly adverb directly before its finite verb unless that word is the subject
    // (inversions like "Attending were ..." take a form of "be", left alone).
    let xpos = m.tags.get(tags[i] as usize).map_or("", |t| t.0.as_str());
    let next = forms.get(i + 1).copied().unwrap_or("");
    let next_xpos = tags
        .get(i + 1)
        .and_then(|&t| m.tags.get(t as usize))
        .map_or("", |t| t.0.as_str());
    let finite_next = matches!(next_xpos, "VBZ" | "VBD" | "VBP" | "MD")
        && !matches!(next, "is" | "was" | "are" | "were");
    let subject_slot =
        finite_next && (matches!(xpos, "VBG" | "VBN") || (xpos == "RB" && lower.ends_with("ly")));
    if proper.contains(f) || false_aux || subject_slot {
        tags[i] = nnp;
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn find(forms: &[&str], w: &str) -> usize {
        forms.iter().position(|f| *f == w).unwrap()
    }

    fn check_tree(s: &[TokenSyntax]) {
        assert_eq!(s.iter().filter(|t| t.head == 0).count(), 1, "{s:?}");
        for (i, t) in s.iter().enumerate() {
            assert!(t.head as usize <= s.len());
            assert_eq!(t.head == 0, t.deprel == "root");
            let mut x = i;
            let mut steps = 0;
            while s[x].head != 0 {
                x = s[x].head as usize - 1;
                steps += 1;
                assert!(steps <= s.len(), "cycle in {s:?}");
            }
        }
    }

    #[test]
    fn seed_first_sentence() {
        let a = crate::seed::seed();
        let layout = crate::text::analyse(&a.text, a.title.as_deref());
        let p = parse(&a.text, &layout);
        let seg = layout
            .segments
            .iter()
            .find(|s| {
                layout.tokens[s.tokens.clone()]
                    .iter()
                    .any(|t| t.form(&a.text) == "Pompeo")
            })
            .unwrap();
        let forms: Vec<&str> = layout.tokens[seg.tokens.clone()]
            .iter()
            .map(|t| t.form(&a.text))
            .collect();
        let s = &p.tokens[seg.tokens.clone()];
        check_tree(s);
        let at = |w: &str| find(&forms, w);
        let head = |i: usize| s[i].head as usize - 1;
        let (pompeo, warned, minister, shutter, iff) = (
            at("Pompeo"),
            at("warned"),
            at("minister"),
            at("shutter"),
            at("if"),
        );
        // Pompeo is the subject: the nsubj itself, or the head of its `flat` name (EWT heads
        // multiword names on the first word, `Michael` <-flat- `Pompeo`).
        let subj = if s[pompeo].deprel == "flat" {
            head(pompeo)
        } else {
            pompeo
        };
        assert!(forms[subj] == "Pompeo" || forms[subj] == "Michael", "{s:?}");
        assert_eq!((head(subj), s[subj].deprel), (warned, "nsubj"), "{s:?}");
        assert_eq!(head(minister), warned);
        assert!(matches!(s[minister].deprel, "obj" | "iobj"));
        assert_eq!(head(shutter), warned);
        assert!(matches!(s[shutter].deprel, "ccomp" | "xcomp"));
        // The `if` clause: `if` marks its predicate, an advcl of `shutter`.
        let pred = head(iff);
        assert_eq!(s[iff].deprel, "mark");
        assert_eq!((head(pred), s[pred].deprel), (shutter, "advcl"));
        assert_eq!(s[warned].upos, "VERB");
        assert_eq!(&*s[warned].lemma, "warn");
    }

    #[test]
    fn news_sentences() {
        let cases: &[(&str, &str, &str, &str)] = &[
            // sentence, dependent, head, relation
            // The finite-verb repair: the tagger alone reads `resigned` as a participle.
            (
                "The minister resigned on Tuesday .",
                "minister",
                "resigned",
                "nsubj",
            ),
            (
                "Rebels shelled the capital on Sunday .",
                "capital",
                "shelled",
                "obj",
            ),
            (
                "The US on Thursday rejected calls for reform .",
                "US",
                "rejected",
                "nsubj",
            ),
            // The fronted-time repair.
            (
                "Earlier this month , General Jane Roe , the top commander , said the army was leaving .",
                "month",
                "said",
                "obl:unmarked",
            ),
            // The reporting-tail repair.
            (
                "An inquiry found that the bridge was safe , an engineer said .",
                "said",
                "found",
                "parataxis",
            ),
            (
                "Police arrested two men in Paris .",
                "men",
                "arrested",
                "obj",
            ),
            (
                "The embassy was attacked by militias .",
                "embassy",
                "attacked",
                "nsubj:pass",
            ),
            (
                "Iraq 's government condemned the attack .",
                "Iraq",
                "government",
                "nmod:poss",
            ),
            ("He said he would resign .", "resign", "said", "ccomp"),
        ];
        let mut wrong = Vec::new();
        for (sent, dep, head, rel) in cases {
            let forms: Vec<&str> = sent.split(' ').collect();
            let s = analyse(&forms);
            check_tree(&s);
            let d = find(&forms, dep);
            if s[d].head as usize != find(&forms, head) + 1 || s[d].deprel != *rel {
                wrong.push(format!("{sent}: {s:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn analysis_is_deterministic() {
        let forms = ["Pompeo", "warned", "Iraq", "."];
        assert_eq!(analyse(&forms), analyse(&forms));
        assert!(analyse(&[]).is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_layout_parses_to_trees(text in "[A-Za-z0-9 ,.;'\"()?!-]{1,200}") {
            let layout = crate::text::analyse(&text, None);
            let p = parse(&text, &layout);
            prop_assert_eq!(p.tokens.len(), p.segment_start.len());
            for seg in &layout.segments {
                if !seg.tokens.is_empty() {
                    check_tree(&p.tokens[seg.tokens.clone()]);
                }
            }
        }
    }
}
