//! PETRARCH/TABARI dictionaries: `NAME [CODE]` entries, `+ALIAS` continuation lines, code
//! lines `[CODE <YYMMDD]`, `[CODE >YYMMDD]`, `[CODE YYYYMMDD-YYYYMMDD]`, `#` and `<!-- -->`
//! comments; agent entries `NAME {PLURALS} [~CODE]` and `!SET! = A, B` substitution sets.

use super::{valid_code, Agent, Dictionary, Role};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

struct Pending {
    line: usize,
    names: Vec<String>,
    roles: Vec<Role>,
}

/// A parsed `[...]` block.
enum Code {
    Actor(Role),
    Agent { code: String, prefix: bool },
}

fn display(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let spaced = spaced.trim();
    if spaced.chars().any(char::is_lowercase) {
        return spaced.to_string();
    }
    // TABARI writes names in capitals: show them in title case.
    spaced
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::new();
            let mut up = true;
            for c in w.chars() {
                if up {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                up = matches!(c, '-' | '.' | '\'');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(s: &str) -> Option<NaiveDate> {
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy < 50 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, rest[..2].parse().ok()?, rest[2..].parse().ok()?)
}

fn parse_block(inner: &str) -> std::result::Result<Code, String> {
    let inner = inner.trim();
    if inner.is_empty() {
        return Err("empty code block []".into());
    }
    let mut toks = inner.split_whitespace();
    let code = toks.next().unwrap_or("");
    let rest: String = toks.collect();
    if code.contains('~') || (rest.is_empty() && inner.replace(' ', "").contains('~')) {
        let compact = inner.replace(' ', "");
        let prefix = compact.ends_with('~');
        let code = compact.trim_matches('~').to_ascii_uppercase();
        if code.is_empty() || !valid_code(&code) || compact.matches('~').count() != 1 {
            return Err(format!("invalid agent code [{inner}]"));
        }
        return Ok(Code::Agent { code, prefix });
    }
    if code.starts_with(['<', '>']) || code.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!("code block [{inner}] has a date but no code"));
    }
    let digits = code.chars().filter(char::is_ascii_digit).count();
    if !valid_code(code) || digits >= 6 {
        return Err(format!(
            "invalid code {code:?} (a date must follow the code after a space)"
        ));
    }
    let mut role = Role {
        code: code.to_ascii_uppercase(),
        from: None,
        to: None,
    };
    if !rest.is_empty() {
        let bad = || format!("invalid date restriction {rest:?} in [{inner}]");
        if let Some(d) = rest.strip_prefix('<') {
            role.to = Some(date(d).and_then(|d| d.pred_opt()).ok_or_else(bad)?);
        } else if let Some(d) = rest.strip_prefix('>') {
            role.from = Some(date(d).and_then(|d| d.succ_opt()).ok_or_else(bad)?);
        } else if let Some((a, b)) = rest.split_once('-') {
            let (a, b) = (date(a).ok_or_else(bad)?, date(b).ok_or_else(bad)?);
            if a > b {
                return Err(format!("date range in [{inner}] ends before it starts"));
            }
            role.from = Some(a);
            role.to = Some(b);
        } else {
            return Err(bad());
        }
    }
    Ok(Code::Actor(role))
}

fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if word.ends_with('s') || word.ends_with("sh") || word.ends_with("ch") || word.ends_with('x') {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Expands `!SET!` markers in an agent name into every variant.
fn expand(
    name: &str,
    sets: &HashMap<String, Vec<String>>,
) -> std::result::Result<Vec<String>, String> {
    let mut out = vec![name.to_string()];
    for _ in 0..4 {
        let mut next = Vec::new();
        let mut changed = false;
        for n in &out {
            match n
                .find('!')
                .and_then(|a| n[a + 1..].find('!').map(|b| (a, a + 1 + b)))
            {
                Some((a, b)) => {
                    let key = &n[a..=b];
                    let words = sets
                        .get(key)
                        .ok_or_else(|| format!("undefined substitution set {key}"))?;
                    for w in words {
                        next.push(format!("{}{}{}", &n[..a], w, &n[b + 1..]));
                    }
                    changed = true;
                }
                None => next.push(n.clone()),
            }
        }
        out = next;
        if !changed {
            break;
        }
    }
    Ok(out)
}

/// Parses PETRARCH actors and agents text.
pub(super) fn parse(text: &str, path: &Path) -> Result<Dictionary> {
    let mut d = Dictionary {
        source: Some(path.to_path_buf()),
        cameo: true,
        ..Dictionary::default()
    };
    let err = |line: usize, message: String| Error::Dictionary {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut pending: Option<Pending> = None;
    let flush = |d: &mut Dictionary, p: Option<Pending>| -> Result<()> {
        if let Some(p) = p {
            if p.roles.is_empty() {
                return Err(err(p.line, format!("entry {:?} has no code", p.names[0])));
            }
            d.push(p.names, p.roles, None);
        }
        Ok(())
    };
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let mut line = raw.trim();
        if in_comment {
            if line.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("<!") {
            in_comment = !rest.contains("-->") && !rest.ends_with('>');
            continue;
        }
        if let Some(h) = line.find('#') {
            line = line[..h].trim();
        }
        if line.is_empty() {
            continue;
        }
        // Substitution sets: !PERSON! = MAN, MEN
        if line.starts_with('!') && line.contains('=') {
            let (key, vals) = line.split_once('=').unwrap_or((line, ""));
            let key = key.trim();
            if key.len() < 3 || !key.ends_with('!') {
                return Err(err(
                    line_no,
                    format!("invalid substitution set name {key:?}"),
                ));
            }
            let vals: Vec<String> = vals
                .split(',')
                .map(|v| v.trim().to_ascii_lowercase())
                .filter(|v| !v.is_empty())
                .collect();
            if vals.is_empty() {
                return Err(err(line_no, format!("substitution set {key} has no words")));
            }
            sets.insert(key.to_ascii_lowercase(), vals);
            continue;
        }
        if let Some(alias) = line.strip_prefix('+') {
            let alias = alias.split('[').next().unwrap_or("").trim();
            let Some(p) = pending.as_mut() else {
                return Err(err(
                    line_no,
                    "alias line (+NAME) with no entry above it".into(),
                ));
            };
            if alias.is_empty() {
                return Err(err(line_no, "empty alias".into()));
            }
            p.names.push(display(alias));
            continue;
        }
        // Split the line into a name part and `[...]` / `{...}` blocks.
        let first_block = line.find(['[', '{']).unwrap_or(line.len());
        let name = line[..first_block].trim();
        let mut rest = &line[first_block..];
        let mut blocks = Vec::new();
        let mut plurals: Option<Vec<String>> = None;
        while let Some(c) = rest.chars().next() {
            let close = match c {
                '[' => ']',
                '{' => '}',
                ' ' | '\t' => {
                    rest = &rest[1..];
                    continue;
                }
                _ => {
                    return Err(err(
                        line_no,
                        format!("unexpected text {rest:?} after a block"),
                    ))
                }
            };
            let Some(end) = rest.find(close) else {
                return Err(err(line_no, format!("missing {close:?} in {line:?}")));
            };
            let inner = &rest[1..end];
            if c == '[' {
                blocks.push(parse_block(inner).map_err(|m| err(line_no, m))?);
            } else {
                plurals = Some(
                    inner
                        .split(',')
                        .map(|p| p.trim().replace('_', " ").to_ascii_lowercase())
                        .filter(|p| !p.is_empty())
                        .collect(),
                );
            }
            rest = &rest[end + 1..];
        }
        if name.contains(']') || name.contains('}') {
            return Err(err(line_no, format!("unbalanced bracket in {line:?}")));
        }
        if name.is_empty() {
            // Code lines belong to the entry above.
            let Some(p) = pending.as_mut() else {
                return Err(err(line_no, "code line with no entry above it".into()));
            };
            for b in blocks {
                match b {
                    Code::Actor(r) => p.roles.push(r),
                    Code::Agent { .. } => {
                        return Err(err(line_no, "agent code on an actor entry".into()))
                    }
                }
            }
            continue;
        }
        flush(&mut d, pending.take())?;
        let agent = blocks.iter().find_map(|b| match b {
            Code::Agent { code, prefix } => Some((code.clone(), *prefix)),
            Code::Actor(_) => None,
        });
        if let Some((code, prefix)) = agent {
            let base = name.replace('_', " ").trim().to_ascii_lowercase();
            let variants = expand(&base, &sets).map_err(|m| err(line_no, m))?;
            let substituted = variants.len() > 1 || variants[0] != base;
            let mut names = variants.clone();
            match &plurals {
                Some(p) => names.extend(p.iter().cloned()),
                None if !substituted => {
                    let mut words: Vec<&str> = base.split(' ').collect();
                    if let Some(last) = words.pop() {
                        let pl = plural(last);
                        words.push(&pl);
                        names.push(words.join(" "));
                    }
                }
                None => {}
            }
            for n in names {
                d.push_agent(Agent {
                    name: n,
                    code: code.clone(),
                    prefix,
                });
            }
            continue;
        }
        let roles = blocks
            .into_iter()
            .filter_map(|b| match b {
                Code::Actor(r) => Some(r),
                Code::Agent { .. } => None,
            })
            .collect();
        pending = Some(Pending {
            line: line_no,
            names: vec![display(name)],
            roles,
        });
    }
    if in_comment {
        return Err(err(
            text.lines().count(),
            "unterminated <!-- comment".into(),
        ));
    }
    flush(&mut d, pending.take())?;
    Ok(d)
}
