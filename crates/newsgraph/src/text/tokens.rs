//! Splits text into words following Universal Dependencies English conventions.
//!
//! Clitics come apart (`can't` -> `ca` `n't`, `Iraq's` -> `Iraq` `'s`), punctuation is its own
//! token, hyphenated compounds split at the hyphen unless the first part is a prefix such as
//! `co-` or `non-`, and abbreviations keep their period (`U.S.`, `Gen.`, `p.m.`). Every token
//! keeps the byte range it came from; its normalised form (straight quotes for curly ones) is
//! stored only when it differs.

use once_cell::sync::Lazy;
use std::collections::HashSet;

/// A word or punctuation mark: its byte range and, when it differs, its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Normalised form, when it differs from the text (curly quotes made straight, `n’t`).
    pub norm: Option<Box<str>>,
}

impl Tok {
    /// The form later stages read: the normalised form, else the text itself.
    pub fn form<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.norm {
            Some(n) => n,
            None => &text[self.start..self.end],
        }
    }

    /// The text as written.
    pub fn raw<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Precedes a name; never ends a sentence.
    Title,
    /// A month; does not end a sentence before a number.
    Month,
    /// Precedes a number ("No. 2").
    BeforeNumber,
    /// May end a sentence.
    Other,
}

struct Lexicon {
    abbrevs: Vec<(String, AbbrevKind)>,
    openers: HashSet<&'static str>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut abbrevs = Vec::new();
    for line in include_str!("../../data/text/abbreviations.tsv").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, abbr) = line.split_once('\t').unwrap_or(("other", line));
        let kind = match kind {
            "title" => AbbrevKind::Title,
            "month" => AbbrevKind::Month,
            "before_number" => AbbrevKind::BeforeNumber,
            _ => AbbrevKind::Other,
        };
        abbrevs.push((abbr.trim().to_string(), kind));
    }
    let openers = include_str!("../../data/text/sentence_openers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    Lexicon { abbrevs, openers }
});

/// The abbreviation class of a word ending in a period, if it is one.
pub fn abbreviation(word: &str) -> Option<AbbrevKind> {
    if !word.ends_with('.') || word.len() < 2 {
        return None;
    }
    if let Some((_, k)) = LEXICON.abbrevs.iter().find(|(a, _)| a == word) {
        return Some(*k);
    }
    // Initials and initialisms: "J.", "U.S.", "p.m.", "N.A.T.O."
    let bytes = word.as_bytes();
    let initialism = bytes.len() >= 2
        && bytes.chunks(2).all(|c| {
            c.len() == 2 && c[0].is_ascii_alphabetic() && c[1] == b'.'
                || c.len() == 1 && c[0] == b'.'
        });
    if initialism && bytes.len() % 2 == 0 {
        if bytes.len() == 2 && bytes[0].is_ascii_uppercase() {
            // A single capital and a period is a middle initial ("George W. Bush").
            return Some(AbbrevKind::Title);
        }
        if bytes.len() > 2 {
            return Some(AbbrevKind::Other);
        }
    }
    None
}

/// True for capitalised words that commonly open a sentence ("The", "But", "He").
pub fn is_sentence_opener(word: &str) -> bool {
    LEXICON.openers.contains(word)
}

/// Prefixes that stay attached to the word after their hyphen (EWT keeps `co-workers`).
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "co", "pre", "post", "non", "anti", "re", "multi", "ex", "mid", "semi", "counter", "pro",
    "mini", "inter", "intra", "sub", "vice", "micro", "macro", "neo", "quasi", "self", "bi", "tri",
    "pan", "ultra", "x",
];

fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '«'
            | '»'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '$'
            | '£'
            | '€'
            | '¥'
            | '—'
            | '–'
            | '*'
            | '•'
            | '<'
            | '>'
    )
}

fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '’'
            | '‘'
            | '\''
            | '»'
            | '«'
            | ')'
            | ']'
            | '}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '%'
            | '—'
            | '–'
            | '*'
            | '<'
            | '>'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// The normalised form of a token whose text is `s`, when it differs.
fn normalise(s: &str) -> Option<Box<str>> {
    if s == "``" || s == "''" {
        return Some("\"".into());
    }
    if s.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for c in s.chars() {
        let r = match c {
            '’' | '‘' | 'ʼ' | '′' | '`' => '\'',
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            '\u{a0}' => ' ',
            other => other,
        };
        changed |= r != c;
        out.push(r);
    }
    changed.then(|| out.into_boxed_str())
}

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let mut i = start;
    let region = &text[..end];
    while i < end {
        // Skip whitespace.
        let Some(c) = region[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let chunk_end = region[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(end, |(j, _)| i + j);
        split_chunk(text, i, chunk_end, out);
        i = chunk_end;
    }
}

fn push(text: &str, s: usize, e: usize, out: &mut Vec<Tok>) {
    if s < e {
        out.push(Tok {
            start: s,
            end: e,
            norm: normalise(&text[s..e]),
        });
    }
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn looks_like_url(s: &str) -> bool {
    s.contains("://")
        || s.starts_with("www.")
        || (s.contains('@')
            && s.rsplit('@')
                .next()
                .is_some_and(|d| d.contains('.') && d.len() > 3))
}

/// True for a clitic written as its own word ("aircraft 's", "do n't" in pre-tokenised text).
fn is_bare_clitic(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if is_apostrophe(c) => {
            CLITICS.contains(&chars.as_str().to_ascii_lowercase().as_str())
        }
        Some('n' | 'N') => {
            let rest: Vec<char> = chars.collect();
            rest.len() == 2 && is_apostrophe(rest[0]) && matches!(rest[1], 't' | 'T')
        }
        _ => false,
    }
}

/// Splits one whitespace-free chunk into tokens.
fn split_chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Tok>) {
    if is_bare_clitic(&text[s..e]) {
        push(text, s, e, out);
        return;
    }
    // Leading punctuation, one mark at a time ("(“Hello" -> ( “ Hello).
    while s < e {
        // Typewriter double quotes (`` and '') are one mark each.
        if text[s..e].starts_with("``") || text[s..e].starts_with("''") {
            push(text, s, s + 2, out);
            s += 2;
            continue;
        }
        let c = first_char(&text[s..e]).unwrap_or(' ');
        if !is_leading_punct(c) {
            break;
        }
        let rest = &text[s + c.len_utf8()..e];
        // Keep the apostrophe of '90s; keep a dash run together.
        if is_apostrophe(c) && rest.starts_with(|d: char| d.is_ascii_digit()) {
            break;
        }
        let mut n = c.len_utf8();
        if c == '-' || c == '—' || c == '–' {
            n = text[s..e]
                .char_indices()
                .find(|&(_, d)| d != c)
                .map_or(e - s, |(j, _)| j);
        }
        push(text, s, s + n, out);
        s += n;
    }
    // Trailing punctuation, collected from the end and emitted afterwards in order.
    let mut tail: Vec<(usize, usize)> = Vec::new();
    while s < e {
        let word = &text[s..e];
        let c = last_char(word).unwrap_or(' ');
        if c == '.' {
            // A run of periods is an ellipsis; a single period may belong to an abbreviation.
            let run = word.chars().rev().take_while(|&d| d == '.').count();
            if run >= 2 {
                tail.push((e - run, e));
                e -= run;
                continue;
            }
            if e - s == 1 || abbreviation(word).is_some() {
                break;
            }
            tail.push((e - 1, e));
            e -= 1;
            continue;
        }
        if word.len() > 2 && word.ends_with("''") {
            tail.push((e - 2, e));
            e -= 2;
            continue;
        }
        if is_trailing_punct(c) {
            let n = c.len_utf8();
            // Group runs of ? and ! ("?!") and of the same dash.
            let mut start = e - n;
            if matches!(c, '?' | '!') {
                while start > s {
                    let p = last_char(&text[s..start]).unwrap_or(' ');
                    if matches!(p, '?' | '!') {
                        start -= p.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            tail.push((start, e));
            e = start;
            continue;
        }
        break;
    }
    if s < e {
        split_core(text, s, e, out);
    }
    for &(a, b) in tail.iter().rev() {
        push(text, a, b, out);
    }
}

/// Splits a chunk without outer punctuation: URLs stay whole; dashes, hyphens, commas
/// between letters, and clitics come apart.
fn split_core(text: &str, s: usize, e: usize, out: &mut Vec<Tok>) {
    let word = &text[s..e];
    if looks_like_url(word) || abbreviation(word).is_some() {
        push(text, s, e, out);
        return;
    }
    // Split at separators inside the word, keeping each separator as a token.
    let mut piece_start = s;
    let mut first_piece = true;
    let chars: Vec<(usize, char)> = word.char_indices().map(|(j, c)| (s + j, c)).collect();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|&(_, c)| c);
        let sep_len = match c {
            '—' | '–' => Some(c.len_utf8()),
            '-' if next == Some('-') => {
                // "--" used as a dash (ASCII, so characters are bytes).
                Some(chars[k..].iter().take_while(|&&(_, d)| d == '-').count())
            }
            '-' => {
                let piece = &text[piece_start..pos];
                let prefix =
                    first_piece && HYPHEN_PREFIXES.contains(&piece.to_ascii_lowercase().as_str());
                let numeric = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                let between_words = prev.is_some_and(|p| p.is_alphanumeric() || p == '.')
                    && next.is_some_and(|n| n.is_alphanumeric());
                (between_words && !prefix && !numeric).then_some(1)
            }
            ',' | ';' => {
                let digits = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                (!digits && next.is_some()).then_some(1)
            }
            '…' => Some(c.len_utf8()),
            '.' if next == Some('.') => {
                Some(chars[k..].iter().take_while(|&&(_, d)| d == '.').count())
            }
            _ => None,
        };
        if let Some(n) = sep_len {
            let sep_end = pos + n;
            split_clitics(text, piece_start, pos, out);
            push(text, pos, sep_end, out);
            piece_start = sep_end;
            first_piece = false;
            // Advance past the separator's characters.
            while k < chars.len() && chars[k].0 < sep_end {
                k += 1;
            }
            continue;
        }
        k += 1;
    }
    split_clitics(text, piece_start, e, out);
}

const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

/// Splits a trailing clitic (`n't`, `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m`) and `cannot`.
fn split_clitics(text: &str, s: usize, e: usize, out: &mut Vec<Tok>) {
    if s >= e {
        return;
    }
    let word = &text[s..e];
    if word.eq_ignore_ascii_case("cannot") {
        push(text, s, s + 3, out);
        push(text, s + 3, e, out);
        return;
    }
    // n't: the apostrophe is preceded by n.
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() >= 4 {
        let n = chars.len();
        let (ni, nc) = chars[n - 3];
        let (_, ac) = chars[n - 2];
        let (_, tc) = chars[n - 1];
        if (nc == 'n' || nc == 'N') && is_apostrophe(ac) && (tc == 't' || tc == 'T') {
            push(text, s, s + ni, out);
            push(text, s + ni, e, out);
            return;
        }
    }
    // 's 're 've 'll 'd 'm after at least one letter.
    if let Some(apos) = chars.iter().rposition(|&(_, c)| is_apostrophe(c)) {
        if apos > 0 && chars[apos - 1].1.is_alphabetic() {
            let suffix = &word[chars[apos].0 + chars[apos].1.len_utf8()..];
            if CLITICS.contains(&suffix.to_ascii_lowercase().as_str()) {
                let cut = s + chars[apos].0;
                push(text, s, cut, out);
                push(text, cut, e, out);
                return;
            }
        }
    }
    push(text, s, e, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter().map(|t| t.raw(text).to_string()).collect()
    }

    #[test]
    fn clitics_split_like_ud() {
        assert_eq!(
            words("Iraq’s government can’t, won't and cannot."),
            [
                "Iraq",
                "’s",
                "government",
                "ca",
                "n’t",
                ",",
                "wo",
                "n't",
                "and",
                "can",
                "not",
                "."
            ]
        );
        assert_eq!(words("They're here"), ["They", "'re", "here"]);
        // Pre-tokenised text writes clitics as words of their own.
        assert_eq!(
            words("aircraft 's engines do n’t"),
            ["aircraft", "'s", "engines", "do", "n’t"]
        );
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("the U.S. said Gen. Smith at 5 p.m."),
            ["the", "U.S.", "said", "Gen.", "Smith", "at", "5", "p.m."]
        );
        assert_eq!(words("in Baghdad."), ["in", "Baghdad", "."]);
    }

    #[test]
    fn hyphens_split_except_prefixes_and_numbers() {
        assert_eq!(
            words("Iran-backed co-workers 713-853-3989 U.S.-led"),
            [
                "Iran",
                "-",
                "backed",
                "co-workers",
                "713-853-3989",
                "U.S.",
                "-",
                "led"
            ]
        );
    }

    #[test]
    fn typewriter_quotes_are_one_token_each() {
        assert_eq!(
            words("``We will win,'' said Ann. `` Yes '' ''"),
            ["``", "We", "will", "win", ",", "''", "said", "Ann", ".", "``", "Yes", "''", "''"]
        );
    }

    #[test]
    fn quotes_and_numbers() {
        assert_eq!(
            words("“in recognition.” $40 3,000 5.2% (see)"),
            [
                "“",
                "in",
                "recognition",
                ".",
                "”",
                "$",
                "40",
                "3,000",
                "5.2",
                "%",
                "(",
                "see",
                ")"
            ]
        );
        let text = "“Go”";
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        assert_eq!(out[0].form(text), "\"");
        assert_eq!(out[1].form(text), "Go");
    }

    #[test]
    fn dashes_and_ellipses() {
        assert_eq!(
            words("word—word so... yes?! a--b"),
            ["word", "—", "word", "so", "...", "yes", "?!", "a", "--", "b"]
        );
    }

    #[test]
    fn urls_stay_whole() {
        assert_eq!(
            words("see https://example.com/a-b, or mail a@b.org."),
            [
                "see",
                "https://example.com/a-b",
                ",",
                "or",
                "mail",
                "a@b.org",
                "."
            ]
        );
    }
}
