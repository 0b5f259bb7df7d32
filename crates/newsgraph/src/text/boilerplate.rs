//! Finds the parts of a text that are not article body: headline, dateline, byline, credits,
//! sharing prompts and the copyright footer. Nothing is removed; regions are only marked.

use crate::model::BoilerplateKind;
use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};
use std::ops::Range;

/// A marked region of the text (byte range) and what it is.
pub type Region = (Range<usize>, BoilerplateKind);

/// What the boilerplate pass found.
#[derive(Debug, Default, Clone)]
pub struct Found {
    /// Marked regions, sorted, non-overlapping.
    pub regions: Vec<Region>,
    /// The headline's byte range, when there is one.
    pub headline: Option<Range<usize>>,
    /// The byline without "By", when there is one.
    pub byline: Option<String>,
    /// The dateline's byte range, when there is one.
    pub dateline: Option<Range<usize>>,
}

struct Patterns {
    lines: Vec<(BoilerplateKind, Regex)>,
    date_line: Regex,
    date_suffix: Regex,
    byline: Regex,
    place_dateline: Regex,
    inline_credit: Regex,
}

const DATE: &str = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}|\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{4}|\d{4}-\d{2}-\d{2})";

fn ci(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .unwrap_or_else(|e| panic!("bad built-in pattern {pattern:?}: {e}"))
}

static PATTERNS: Lazy<Patterns> = Lazy::new(|| {
    let mut lines = Vec::new();
    for line in include_str!("../../data/text/boilerplate.tsv").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, pattern) = line.split_once('\t').unwrap_or(("prompt", line));
        let kind = match kind {
            "footer" => BoilerplateKind::Footer,
            "credit" => BoilerplateKind::Credit,
            _ => BoilerplateKind::Prompt,
        };
        lines.push((kind, ci(pattern)));
    }
    Patterns {
        lines,
        date_line: ci(&format!(r"^{DATE}$")),
        date_suffix: ci(&format!(r"\s+{DATE}$")),
        byline: Regex::new(
            r"^[Bb][Yy]:?\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*)(?:\s*[|,]\s*.{0,40})?$",
        )
        .expect("byline pattern"),
        place_dateline: Regex::new(
            r"^(\p{Lu}[\p{Lu}.'’ -]{2,40}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?)\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|-{1,2})\s+",
        )
        .expect("dateline pattern"),
        inline_credit: ci(r"(?:^|[.!?]\s+)((?:image|photo|picture)s?\s*:\s*[^\n]{1,120})$"),
    }
});

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Lines of the text as byte ranges, without their line terminators.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let end = if text[start..i].ends_with('\r') {
                i - 1
            } else {
                i
            };
            out.push(start..end);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out
}

/// Trims whitespace from both ends of a byte range.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Byte length of the prefix of `line` that matches `title` up to whitespace, quotes and case.
fn title_prefix(line: &str, title: &str) -> Option<usize> {
    let want = squash(title);
    if want.is_empty() {
        return None;
    }
    // Walk the line, squashing as we go, until the squashed prefix equals the title.
    let mut acc = String::new();
    let mut last_space = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if !acc.is_empty() && !last_space {
                acc.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        acc.push_str(&squash(&c.to_string()));
        if acc == want {
            return Some(i + c.len_utf8());
        }
        if !want.starts_with(acc.as_str()) {
            return None;
        }
    }
    None
}

fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')']);
    t.ends_with(['.', '!', '?', ':', ';', ','])
}

/// Finds the boilerplate of `text`. `title` is the caller's headline, if known.
pub fn find(text: &str, title: Option<&str>) -> Found {
    let p = &*PATTERNS;
    let mut found = Found::default();
    let all_lines: Vec<Range<usize>> = lines(text)
        .into_iter()
        .map(|r| trim(text, r))
        .filter(|r| !r.is_empty())
        .collect();
    let Some(first) = all_lines.first().cloned() else {
        return found;
    };

    // Headline: the caller's title at the top, else a lone short first line without final
    // punctuation that stands as its own paragraph.
    let mut body_from = 0; // index into all_lines of the first line after the head block
    let first_line = &text[first.clone()];
    let own_paragraph = all_lines.len() > 1 && {
        let gap = &text[first.end..all_lines[1].start];
        gap.matches('\n').count() >= 2
    };
    let mut head_end = None;
    if let Some(n) = title.and_then(|t| title_prefix(first_line, t)) {
        head_end = Some(first.start + n);
    } else if own_paragraph
        && words(first_line) <= 30
        && !ends_like_sentence(first_line)
        && !p.lines.iter().any(|(_, re)| re.is_match(first_line))
        && !p.date_line.is_match(first_line)
    {
        head_end = Some(first.end);
        // A headline and a date on one line ("... ants Tuesday, September 1, 2015").
        if let Some(m) = p.date_suffix.find(first_line) {
            if m.start() > 0 {
                head_end = Some(first.start + m.start());
            }
        }
    }
    if let Some(h) = head_end {
        let head = trim(text, first.start..h);
        if !head.is_empty() {
            found
                .regions
                .push((head.clone(), BoilerplateKind::Headline));
            found.headline = Some(head);
        }
        let rest = trim(text, h..first.end);
        if !rest.is_empty() {
            if p.date_line.is_match(&text[rest.clone()]) {
                found
                    .regions
                    .push((rest.clone(), BoilerplateKind::Dateline));
                found.dateline = Some(rest);
                body_from = 1;
            }
            // Otherwise the line goes on with body text, which stays body.
        } else {
            body_from = 1;
        }
    }

    // Datelines and bylines among the next few short lines.
    let mut k = body_from;
    while k < all_lines.len() && k < body_from + 3 {
        let r = all_lines[k].clone();
        let line = &text[r.clone()];
        if found.dateline.is_none() && p.date_line.is_match(line) {
            found.regions.push((r.clone(), BoilerplateKind::Dateline));
            found.dateline = Some(r);
        } else if let Some(c) = p.byline.captures(line).filter(|_| words(line) <= 12) {
            found.byline = c.get(1).map(|m| m.as_str().to_string());
            found.regions.push((r, BoilerplateKind::Byline));
        } else {
            break;
        }
        k += 1;
    }
    // A place dateline opening the first body line ("BAGHDAD (Reuters) - ").
    if found.dateline.is_none() {
        if let Some(r) = all_lines.get(k) {
            let line = &text[r.clone()];
            if let Some(m) = p.place_dateline.captures(line) {
                let place = m.get(1).map_or("", |g| g.as_str());
                let letters = place.chars().filter(|c| c.is_alphabetic()).count();
                if letters >= 3 && m.get(0).is_some_and(|g| g.end() < line.len()) {
                    let end = r.start + m.get(0).map_or(0, |g| g.end());
                    let d = trim(text, r.start..end);
                    found.regions.push((d.clone(), BoilerplateKind::Dateline));
                    found.dateline = Some(d);
                }
            }
        }
    }

    // Line patterns everywhere after the head block; a copyright footer ends the article.
    for r in &all_lines[k.min(all_lines.len())..] {
        let line = &text[r.clone()];
        if words(line) > 25 {
            if let Some(c) = p.inline_credit.captures(line) {
                let g = c.get(1).expect("group 1");
                if words(g.as_str()) <= 12 {
                    found
                        .regions
                        .push((r.start + g.start()..r.end, BoilerplateKind::Credit));
                }
            }
            continue;
        }
        let hit = p.lines.iter().find(|(_, re)| re.is_match(line));
        match hit {
            Some((BoilerplateKind::Footer, _)) => {
                if r.start * 10 >= text.len() * 3 {
                    let end = trim(text, r.start..text.len()).end;
                    found.regions.push((r.start..end, BoilerplateKind::Footer));
                    break;
                }
                found.regions.push((r.clone(), BoilerplateKind::Footer));
            }
            Some((kind, _)) => found.regions.push((r.clone(), *kind)),
            None => {
                if let Some(c) = p.inline_credit.captures(line) {
                    let g = c.get(1).expect("group 1");
                    if g.start() > 0 && words(g.as_str()) <= 12 {
                        found
                            .regions
                            .push((r.start + g.start()..r.end, BoilerplateKind::Credit));
                    }
                }
            }
        }
    }
    found.regions.sort_by_key(|(r, _)| (r.start, r.end));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, title: Option<&str>) -> Vec<(String, BoilerplateKind)> {
        find(text, title)
            .regions
            .into_iter()
            .map(|(r, k)| (text[r].to_string(), k))
            .collect()
    }

    #[test]
    fn headline_and_copyright_footer() {
        let text = "Storm Hits Coast\n\nA storm hit the coast on Monday. Trees fell.\n\nMore rain is due.\n\n©2021 Example News Inc.\n\nShare this article\n\nAdd Example App to Home screen.";
        let k = kinds(text, None);
        assert_eq!(k[0], ("Storm Hits Coast".into(), BoilerplateKind::Headline));
        assert_eq!(k.len(), 2);
        assert_eq!(k[1].1, BoilerplateKind::Footer);
        assert!(k[1].0.starts_with("©2021") && k[1].0.ends_with("Home screen."));
    }

    #[test]
    fn title_with_dateline_on_one_line() {
        let text =
            "Ants self-medicate Tuesday, September 1, 2015\n\nAnts eat hydrogen peroxide when ill.";
        let k = kinds(text, Some("Ants self-medicate"));
        assert_eq!(
            k[0],
            ("Ants self-medicate".into(), BoilerplateKind::Headline)
        );
        assert_eq!(
            k[1],
            (
                "Tuesday, September 1, 2015".into(),
                BoilerplateKind::Dateline
            )
        );
        // Without the title, the trailing date is still split off.
        assert_eq!(kinds(text, None), k);
    }

    #[test]
    fn dateline_byline_and_credits() {
        let text = "Friday, January 4, 2019\n\nBy Jane Doe and John Roe\n\nBAGHDAD (Reuters) - Rockets hit the zone on Sunday, officials said.\n\nThe zone is fortified. Image: John Roe.\n\n(Reporting by Jane Doe; Editing by John Roe)";
        let f = find(text, None);
        let k: Vec<_> = f
            .regions
            .iter()
            .map(|(r, k)| (&text[r.clone()], *k))
            .collect();
        assert_eq!(k[0], ("Friday, January 4, 2019", BoilerplateKind::Dateline));
        assert_eq!(k[1], ("By Jane Doe and John Roe", BoilerplateKind::Byline));
        assert_eq!(f.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(k[2], ("Image: John Roe.", BoilerplateKind::Credit));
        assert_eq!(k[3].1, BoilerplateKind::Credit);
        assert_eq!(k.len(), 4);
    }

    #[test]
    fn place_dateline_prefix() {
        let text = "BAGHDAD (Reuters) - Rockets hit the Green Zone on Sunday.";
        let k = kinds(text, None);
        assert_eq!(
            k,
            [("BAGHDAD (Reuters) -".into(), BoilerplateKind::Dateline)]
        );
    }

    #[test]
    fn body_sentences_are_not_headlines() {
        let text = "The minister resigned on Friday.\n\nHe gave no reason.";
        assert!(kinds(text, None).is_empty());
        // A copyright notice near the top is one line, not the end of the article.
        let text = "© Example 2020\n\nThe minister resigned on Friday. He gave no reason.";
        assert_eq!(
            kinds(text, None),
            [("© Example 2020".into(), BoilerplateKind::Footer)]
        );
    }
}
