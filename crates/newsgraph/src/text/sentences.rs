//! Groups the tokens of a stretch of body text into sentences.
//!
//! A sentence ends at `.`, `?`, `!` or an ellipsis, together with any closing quotes and
//! brackets after it, when what follows opens a sentence (a capital, a digit, an opening quote
//! or the end of the stretch). Abbreviations decide by their class: titles never end a sentence,
//! months and `No.` do not before a number, others (`U.S.`, `Inc.`) only before a word that
//! commonly opens a sentence. `"Go!" he said.` stays one sentence.

use super::tokens::{abbreviation, is_sentence_opener, AbbrevKind, Tok};
use std::ops::Range;

fn is_terminal(form: &str) -> bool {
    !form.is_empty() && form.chars().all(|c| matches!(c, '.' | '?' | '!' | '…'))
}

/// Longest sentence handed to later stages, in tokens. Real sentences are far shorter; text
/// without sentence punctuation (lists, tables, run-on scrapes) is cut into pieces this long,
/// at a comma or semicolon when there is one, so that parsing stays linear in the text.
pub const MAX_TOKENS: usize = 150;

/// Splits `toks` (all from one stretch of body text) into sentences, as token index ranges.
pub fn split(text: &str, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for r in split_at_punctuation(text, toks) {
        let mut start = r.start;
        while r.end - start > MAX_TOKENS {
            let window = start + MAX_TOKENS / 2..start + MAX_TOKENS;
            let cut = window
                .clone()
                .rev()
                .find(|&i| matches!(toks[i].form(text), "," | ";" | ":" | "-" | "--" | "—"))
                .map_or(window.end, |i| i + 1);
            out.push(start..cut);
            start = cut;
        }
        out.push(start..r.end);
    }
    out
}

fn split_at_punctuation(text: &str, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote_open = false; // state of straight double quotes
    let mut i = 0;
    while i < toks.len() {
        let raw = toks[i].raw(text);
        let form = toks[i].form(text);
        if form == "\"" {
            quote_open = match raw {
                "“" | "``" => true,
                "”" | "''" => false,
                _ => !quote_open,
            };
        }
        let abbrev = if form.len() > 1 && form.ends_with('.') && !is_terminal(form) {
            abbreviation(form)
        } else {
            None
        };
        if !is_terminal(form) && abbrev.is_none() {
            i += 1;
            continue;
        }
        // Absorb closing quotes and brackets.
        let mut j = i + 1;
        let mut q = quote_open;
        while let Some(t) = toks.get(j) {
            let (r, f) = (t.raw(text), t.form(text));
            let closes = match f {
                ")" | "]" | "}" => true,
                "\"" => match r {
                    "”" | "''" => true,
                    "“" | "``" => false,
                    _ => q,
                },
                "'" => r != "‘",
                _ => false,
            };
            if !closes {
                break;
            }
            if f == "\"" {
                q = false;
            }
            j += 1;
        }
        let boundary = match toks.get(j) {
            None => true,
            Some(next) => {
                let nf = next.form(text);
                let c = nf.chars().next().unwrap_or(' ');
                let opens = c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(nf, "(" | "[")
                    || (nf == "\"" && !q)
                    || matches!(next.raw(text), "“" | "‘" | "``");
                match abbrev {
                    None if form.chars().all(|c| c == '.' || c == '…') && form != "." => {
                        // An ellipsis ends a sentence only before a capital.
                        c.is_uppercase()
                    }
                    None => opens,
                    Some(AbbrevKind::Title) => false,
                    Some(AbbrevKind::Month | AbbrevKind::BeforeNumber) => {
                        !c.is_ascii_digit() && is_sentence_opener(nf)
                    }
                    Some(AbbrevKind::Other) => is_sentence_opener(nf),
                }
            }
        };
        if boundary {
            out.push(start..j);
            start = j;
            quote_open = q;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        split(text, &toks)
            .into_iter()
            .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Gen. Smith met Sen. Jones in Washington, D.C. at 5 p.m. on Jan. 5. The U.S. may act. It met No. 2 officials."),
            [
                "Gen. Smith met Sen. Jones in Washington, D.C. at 5 p.m. on Jan. 5.",
                "The U.S. may act.",
                "It met No. 2 officials."
            ]
        );
    }

    #[test]
    fn abbreviation_can_end_a_sentence() {
        assert_eq!(
            sentences("Troops left the U.S. But they came back to the U.N. Security Council."),
            [
                "Troops left the U.S.",
                "But they came back to the U.N. Security Council."
            ]
        );
    }

    #[test]
    fn typewriter_quotes_open_and_close_sentences() {
        assert_eq!(
            sentences("Sales rose in March . `` It is early , '' he said . `` Wait . ''"),
            [
                "Sales rose in March .",
                "`` It is early , '' he said .",
                "`` Wait . ''"
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We will go,” he said. “We will win.” Then he left. \"Go!\" she said."),
            [
                "“We will go,” he said.",
                "“We will win.”",
                "Then he left.",
                "\"Go!\" she said."
            ]
        );
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_pieces() {
        let text = "word, ".repeat(400);
        let mut toks = Vec::new();
        tokenize(&text, 0, text.len(), &mut toks);
        let parts = split(&text, &toks);
        assert!(parts.iter().all(|r| r.len() <= MAX_TOKENS));
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, toks.len());
        assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
        // Cuts fall after commas when there are commas.
        assert!(parts[..parts.len() - 1]
            .iter()
            .all(|r| toks[r.end - 1].form(&text) == ","));
    }

    #[test]
    fn question_marks_ellipses_and_brackets() {
        assert_eq!(
            sentences("Why? Nobody knows... but maybe. (It rained.) Yes!"),
            ["Why?", "Nobody knows... but maybe.", "(It rained.)", "Yes!"]
        );
    }
}
