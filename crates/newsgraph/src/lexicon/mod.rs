//! User dictionaries: actors with date-bounded codes, in newsgraph's TSV format or the
//! PETRARCH/TABARI actor and agent format, looked up by longest match over lower-cased tokens.
//!
//! newsgraph's format (the built-in `people.tsv` uses it too), one entry a line, tab-separated:
//!
//! ```text
//! (→ stands for a TAB)
//! # names (|-separated)        code     from        to          kind (optional)
//! Mike Pompeo|Michael Pompeo|Pompeo → USAGOV → 2018-04-26 → 2021-01-20
//!  → USALEG → 2011-01-03 → 2017-01-23
//! Kataib Hezbollah → IRQREB →  →  → armed_group
//! ```
//!
//! A line whose first field is empty adds another role to the entry above. Dates are
//! `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `from` is inclusive from the start of its period, `to`
//! inclusive to the end of its period, and either may be empty (open). `from..to` in one
//! field is accepted too. A role with no dates is the entry's default code.
//!
//! On a date, the role whose period contains it wins (the latest-starting one when several
//! do); otherwise the default code; otherwise, for a person whose roles have all ended, the
//! last role's country with sector ELI (former official), and for a person before the first
//! role begins, that role's country alone.

mod petrarch;

pub use crate::actors::lex::DictInfo;

use crate::actors::lex;
use crate::error::{Error, Result};
use crate::model::ActorKind;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One date-bounded code of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Role {
    /// CAMEO-style code ("USAGOV").
    pub code: String,
    /// First day the code applies, if bounded.
    pub from: Option<NaiveDate>,
    /// Last day the code applies, if bounded.
    pub to: Option<NaiveDate>,
}

impl Role {
    /// True when the role has neither bound (the entry's default code).
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// True when `date` lies within the role's bounds.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// An actor entry: its names and its codes over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name (the first variant).
    pub name: String,
    /// Every name variant, the canonical one first.
    pub variants: Vec<String>,
    /// Codes, each possibly date-bounded.
    pub roles: Vec<Role>,
    /// Actor kind (given, or guessed from the name and code).
    pub kind: ActorKind,
}

impl Entry {
    /// The code that applies on `date` (see the module documentation for the rules).
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<String> {
        let default = self.roles.iter().find(|r| r.is_default());
        let Some(date) = date else {
            return default
                .or_else(|| self.roles.iter().max_by_key(|r| r.from))
                .map(|r| r.code.clone());
        };
        let current = self
            .roles
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is_default() && r.contains(date))
            .max_by_key(|(i, r)| (r.from, std::cmp::Reverse(*i)))
            .map(|(_, r)| r.code.clone());
        if current.is_some() {
            return current;
        }
        if let Some(d) = default {
            return Some(d.code.clone());
        }
        if self.kind != ActorKind::Person {
            return None;
        }
        // A person whose roles have all ended is a former official of the last role's country.
        let last = self
            .roles
            .iter()
            .filter(|r| r.to.is_some())
            .max_by_key(|r| r.to);
        if let Some(last) = last.filter(|r| r.to.is_some_and(|t| date > t)) {
            let (country, _) = lex::split_code(&last.code);
            return country.map(|c| format!("{c}ELI"));
        }
        // Before the first role, a person already belongs to that role's country.
        let first = self
            .roles
            .iter()
            .filter(|r| r.from.is_some())
            .min_by_key(|r| r.from)?;
        if first.from.is_some_and(|f| date < f) {
            return lex::split_code(&first.code).0;
        }
        None
    }
}

/// A PETRARCH agent: a role noun and the code it adds ("MINISTER" -> "~GOV").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The agent phrase as written, underscores made spaces, lower case.
    pub name: String,
    /// Its code without the `~` marker ("GOV").
    pub code: String,
    /// True when the code is a prefix (`NGO~`) rather than a suffix (`~GOV`).
    pub prefix: bool,
}

/// A user dictionary of actors (and PETRARCH agents).
#[derive(Clone, Default)]
pub struct Dictionary {
    source: Option<PathBuf>,
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
    max_words: usize,
    agents: Vec<Agent>,
    agent_index: HashMap<String, usize>,
    agent_max: usize,
    cameo: bool,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field("source", &self.source)
            .field("entries", &self.entries.len())
            .field("agents", &self.agents.len())
            .field("cameo", &self.cameo)
            .finish()
    }
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// Reads a dictionary file, in newsgraph's TSV format or PETRARCH's (detected).
    pub fn from_file(path: impl AsRef<Path>) -> Result<Dictionary> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Dictionary {
            path: path.to_path_buf(),
            line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
            message: "not valid UTF-8".into(),
        })?;
        Dictionary::parse(&text, path)
    }

    /// Parses dictionary text, detecting the format; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Dictionary> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if is_petrarch(text) {
            Dictionary::parse_petrarch(text, path)
        } else {
            Dictionary::parse_tsv(text, path)
        }
    }

    /// Parses newsgraph's TSV dictionary format.
    pub fn parse_tsv(text: &str, path: &Path) -> Result<Dictionary> {
        let mut d = Dictionary {
            source: Some(path.to_path_buf()),
            ..Dictionary::default()
        };
        let err = |line: usize, message: String| Error::Dictionary {
            path: path.to_path_buf(),
            line,
            message,
        };
        let mut pending: Option<(Vec<String>, Vec<Role>, Option<ActorKind>)> = None;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            if f.len() < 2 || f[1].is_empty() {
                return Err(err(
                    line_no,
                    "expected names, a TAB and a code (e.g. \"Mike Pompeo|Pompeo\tUSAGOV\")".into(),
                ));
            }
            let code = f[1];
            if !valid_code(code) {
                return Err(err(line_no, format!("invalid code {code:?}")));
            }
            let (from, to) = match (f.get(2).copied().unwrap_or(""), f.get(3).copied()) {
                (a, b) if a.contains("..") && b.is_none_or(str::is_empty) => {
                    let (x, y) = a.split_once("..").unwrap_or((a, ""));
                    (x.trim(), y.trim())
                }
                (a, b) => (a, b.unwrap_or("")),
            };
            let from = parse_bound(from, false).map_err(|m| err(line_no, m))?;
            let to = parse_bound(to, true).map_err(|m| err(line_no, m))?;
            if let (Some(a), Some(b)) = (from, to) {
                if a > b {
                    return Err(err(
                        line_no,
                        format!("role ends ({b}) before it starts ({a})"),
                    ));
                }
            }
            let kind = match f.get(4).copied().filter(|k| !k.is_empty()) {
                Some(k) => Some(
                    lex::parse_kind(k)
                        .ok_or_else(|| err(line_no, format!("unknown kind {k:?}")))?,
                ),
                None => None,
            };
            let role = Role {
                code: code.to_string(),
                from,
                to,
            };
            if f[0].is_empty() {
                match pending.as_mut() {
                    Some(p) => p.1.push(role),
                    None => {
                        return Err(err(
                            line_no,
                            "a role line (empty name field) with no entry above it".into(),
                        ))
                    }
                }
                continue;
            }
            if let Some((names, roles, kind)) = pending.take() {
                d.push(names, roles, kind);
            }
            let names: Vec<String> = f[0]
                .split('|')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
            if names.is_empty() {
                return Err(err(line_no, "no name".into()));
            }
            pending = Some((names, vec![role], kind));
        }
        if let Some((names, roles, kind)) = pending.take() {
            d.push(names, roles, kind);
        }
        Ok(d)
    }

    /// Parses a PETRARCH/TABARI actors or agents dictionary.
    pub fn parse_petrarch(text: &str, path: &Path) -> Result<Dictionary> {
        petrarch::parse(text, path)
    }

    /// Adds an entry; its kind is guessed from its name and code when not given.
    pub fn push(&mut self, names: Vec<String>, roles: Vec<Role>, kind: Option<ActorKind>) {
        let Some(name) = names.first().cloned() else {
            return;
        };
        let kind = kind.unwrap_or_else(|| {
            let words = lex::entry_words(&name);
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let code = roles
                .iter()
                .find(|r| r.is_default())
                .or(roles.last())
                .map_or("", |r| r.code.as_str());
            lex::guess_kind(&words, code)
        });
        let k = self.entries.len();
        for v in &names {
            let words = lex::entry_words(v);
            if words.is_empty() {
                continue;
            }
            self.max_words = self.max_words.max(words.len());
            // A later entry with the same name overrides an earlier one.
            self.index.insert(words.join(" "), k);
        }
        self.entries.push(Entry {
            name,
            variants: names,
            roles,
            kind,
        });
    }

    /// Adds an agent phrase (lower-cased words separated by spaces).
    pub(crate) fn push_agent(&mut self, agent: Agent) {
        let words = lex::entry_words(&agent.name);
        if words.is_empty() {
            return;
        }
        self.agent_max = self.agent_max.max(words.len());
        self.agent_index.insert(words.join(" "), self.agents.len());
        self.agents.push(agent);
    }

    /// The file it was read from, if any.
    pub fn source(&self) -> Option<&Path> {
        self.source.as_deref()
    }

    /// Number of actor entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when it has no actor entries and no agents.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.agents.is_empty()
    }

    /// The actor entries in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The agents (PETRARCH agent dictionaries) in file order.
    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }

    /// The entry with this exact name (any variant), ignoring case.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        let words = lex::entry_words(name);
        self.index.get(&words.join(" ")).map(|&k| &self.entries[k])
    }

    /// Longest entry at the start of `words` (lower-cased token forms) with a code on `date`.
    pub fn lookup(&self, words: &[&str], date: Option<NaiveDate>) -> Option<(usize, DictInfo)> {
        let top = self.max_words.min(words.len());
        (1..=top).rev().find_map(|n| {
            let &k = self.index.get(&words[..n].join(" "))?;
            let e = &self.entries[k];
            let code = e.code_on(date)?;
            Some((n, lex::dict_info(&e.name, &code, e.kind, self.cameo)))
        })
    }

    /// Longest agent phrase at the start of `words` (lower-cased token forms).
    pub fn agent(&self, words: &[&str]) -> Option<(usize, &Agent)> {
        let top = self.agent_max.min(words.len());
        (1..=top).rev().find_map(|n| {
            let &k = self.agent_index.get(&words[..n].join(" "))?;
            Some((n, &self.agents[k]))
        })
    }
}

/// True when the text looks like a PETRARCH dictionary (codes in square brackets, `+ALIAS`
/// lines, `<!-- -->` comments or `!SET! =` lines) rather than newsgraph's TSV.
fn is_petrarch(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l.starts_with("<!") || l.starts_with('+') || l.starts_with('!') || l.contains('['))
}

/// True for a code of letters, digits and the PETRARCH marks `-`, `+`, `/`, `~`.
pub(crate) fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '/' | '~' | '_'))
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an end bound extends to the end of its period.
fn parse_bound(s: &str, end: bool) -> std::result::Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() || s == "-" || s == ".." {
        return Ok(None);
    }
    let bad = || format!("invalid date {s:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
    let year = parts[0]
        .parse::<i32>()
        .ok()
        .filter(|_| parts[0].len() == 4)
        .ok_or_else(bad)?;
    let date = match parts.len() {
        1 if end => NaiveDate::from_ymd_opt(year, 12, 31),
        1 => NaiveDate::from_ymd_opt(year, 1, 1),
        2 => {
            let m = num(parts[1])?;
            let first = NaiveDate::from_ymd_opt(year, m, 1).ok_or_else(bad)?;
            if end {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt())
            } else {
                Some(first)
            }
        }
        3 => NaiveDate::from_ymd_opt(year, num(parts[1])?, num(parts[2])?),
        _ => None,
    };
    date.filter(|d| d.year() == year).map(Some).ok_or_else(bad)
}

#[cfg(test)]
mod tests;
