//! CAMEO code facts the lexicon checks rows against: which codes exist, which PLOVER
//! categories each CAMEO root may carry (read from the CAMEO2PLOVER table, CC BY-SA 4.0, kept
//! in its own data folder), the PLOVER modes of each category, newsgraph's intensity scale, and
//! how a code changes when its event is only intended, requested, refused or threatened.

use crate::model::EventCategory;
use once_cell::sync::Lazy;
use std::collections::{BTreeMap, BTreeSet};

/// The OEDA table, embedded unchanged; see `data/events/cameo2plover/README.md`.
const CAMEO2PLOVER: &str = include_str!("../../../data/events/cameo2plover/CAMEO2PLOVER-2021.txt");

/// The project's modality table (intend / request / refuse / threaten variants of a code).
const MODALITY: &str = include_str!("../../../data/events/modality.tsv");

/// CAMEO 01 (public statement) and 02 (appeal) codes. The table above starts at 03 because
/// PLOVER has no statement category; newsgraph models these as statements, and the lexicon
/// only names them on rows that mark a word as *not* an event trigger.
const STATEMENT_CODES: &[&str] = &[
    "01", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "02", "020", "021",
    "0211", "0212", "0213", "0214", "022", "023", "0231", "0232", "0233", "0234", "024", "0241",
    "0242", "0243", "0244", "025", "0251", "0252", "0253", "0254", "0255", "0256", "026", "027",
    "028",
];

/// Codes whose category in newsgraph's lexicon differs from the CAMEO2PLOVER table on purpose.
/// Each still lies in a root the table allows for that category. Why, per code:
pub const DEVIATIONS: &[(&str, EventCategory, &str)] = &[
    (
        "163",
        EventCategory::Sanction,
        "imposing sanctions or an embargo: the PLOVER manual lists it under SANCTION and the gold \
         records code it so; the table's COERCE is kept for withholding goods and services",
    ),
    (
        "0813",
        EventCategory::Concede,
        "easing a curfew: the PLOVER manual's CONCEDE covers removing curfews; the gold records agree",
    ),
    (
        "0814",
        EventCategory::Concede,
        "lifting a state of emergency: as 0813",
    ),
    (
        "0831",
        EventCategory::Retreat,
        "an actual resignation: PLOVER's RETREAT has mode resign; an agreement to step down stays CONCEDE",
    ),
    (
        "192",
        EventCategory::Assault,
        "taking territory by force (capture, retake, overrun): the PLOVER manual calls carried-out \
         military occupations ASSAULT; a standing occupation stays COERCE",
    ),
];

/// PLOVER modes newsgraph accepts per category: the PLOVER manual's mode tables (v0.7 draft and
/// the v2 names in DESIGN.md) plus the modes the CAMEO2PLOVER table uses.
pub fn modes(category: EventCategory) -> &'static [&'static str] {
    use EventCategory::*;
    match category {
        Agree | Support | Concede | Cooperate => &[],
        Consult => &["visit", "third-party", "multilateral", "phone"],
        Aid => &["economic", "military", "humanitarian", "asylum"],
        Retreat => &[
            "withdraw",
            "release",
            "return",
            "disarm",
            "ceasefire",
            "access",
            "resign",
            "ease",
        ],
        Request | Reject => &["assist", "change", "yield", "meet"],
        Accuse => &["investigate", "disapprove", "allege"],
        Threaten => &[
            "restrict",
            "ban",
            "arrest",
            "relations",
            "expel",
            "territory",
            "violence",
        ],
        Protest => &[
            "demo",
            "riot",
            "strike-gen",
            "strike-lim",
            "strike-hun",
            "boycott",
            "obstruct",
        ],
        Sanction => &[
            "convict",
            "cancel",
            "expel",
            "withdraw",
            "sever",
            "discontinue",
            "restrict",
        ],
        Mobilize => &["troops", "weapons", "police"],
        Coerce => &[
            "confiscate",
            "seize",
            "restrict",
            "ban",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
        ],
        Assault => &[
            "abduct",
            "beat",
            "torture",
            "execute",
            "sexual",
            "assassinate",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "heavy-weapons",
            "aerial",
            "drone",
            "targeted",
            "crowd-control",
            "unconventional",
            "massacre",
            "cleansing",
        ],
    }
}

/// newsgraph's own conflict-cooperation intensity per CAMEO root, from -10 (most violent) to +10
/// (most cooperative). Not the Goldstein scale: see `data/events/README.md` for the reasoning.
pub const INTENSITY: [(&str, f64); 20] = [
    ("01", 0.0),
    ("02", 1.0),
    ("03", 4.0),
    ("04", 2.0),
    ("05", 3.5),
    ("06", 6.0),
    ("07", 7.0),
    ("08", 5.0),
    ("09", -2.0),
    ("10", -4.0),
    ("11", -2.5),
    ("12", -4.0),
    ("13", -5.5),
    ("14", -6.0),
    ("15", -6.5),
    ("16", -5.0),
    ("17", -7.0),
    ("18", -9.0),
    ("19", -9.5),
    ("20", -10.0),
];

/// What the CAMEO2PLOVER table says, parsed once.
pub(crate) struct Table {
    /// Category of each 3- or 4-digit code the table lists (the first line wins for the
    /// duplicated 175).
    pub codes: BTreeMap<String, EventCategory>,
    /// Categories each two-digit root may carry (from its header lines and its codes).
    pub roots: BTreeMap<String, BTreeSet<EventCategory>>,
}

pub(crate) static TABLE: Lazy<Table> = Lazy::new(|| parse_table(CAMEO2PLOVER));

/// Reads lines like `0841: RETREAT, release,   legal # Return, release person(s)` and root
/// headers like `08: RETREAT`; everything else (comments, the closing rule) is skipped.
fn parse_table(text: &str) -> Table {
    let mut codes = BTreeMap::new();
    let mut roots: BTreeMap<String, BTreeSet<EventCategory>> = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let name = rest.split(',').next().unwrap_or("").trim();
        let Some(category) = EventCategory::parse(name) else {
            continue;
        };
        roots
            .entry(code[..2].to_string())
            .or_default()
            .insert(category);
        if code.len() > 2 {
            codes.entry(code.to_string()).or_insert(category);
        }
    }
    Table { codes, roots }
}

/// True for a CAMEO code newsgraph knows: a root 01-20, or a code listed in the table or among
/// the statement codes.
pub fn is_known_code(code: &str) -> bool {
    let table = &*TABLE;
    STATEMENT_CODES.contains(&code)
        || table.codes.contains_key(code)
        || (code.len() == 2 && table.roots.contains_key(code))
}

/// True when `code` is a CAMEO 01/02 (statement or appeal) code.
pub fn is_statement_code(code: &str) -> bool {
    STATEMENT_CODES.contains(&code)
}

/// The PLOVER categories the table allows for the root of `code` (empty for 01/02 and unknowns).
pub fn root_categories(code: &str) -> Vec<EventCategory> {
    code.get(..2)
        .and_then(|root| TABLE.roots.get(root))
        .map(|set| set.iter().copied().collect())
        .unwrap_or_default()
}

/// The category the table gives this exact 3- or 4-digit code, if it lists it.
pub fn table_category(code: &str) -> Option<EventCategory> {
    TABLE.codes.get(code).copied()
}

/// newsgraph's intensity for the root of a CAMEO code ("19", "190" or "1951" all give the value
/// of root 19); 0.0 for a code whose root is not 01-20.
pub fn intensity(cameo_root: &str) -> f64 {
    let root = cameo_root.trim().get(..2).unwrap_or("");
    INTENSITY
        .iter()
        .find(|(r, _)| *r == root)
        .map(|(_, v)| *v)
        .unwrap_or(0.0)
}

/// The frame an event is reported in, which shifts its CAMEO code to 03, 10, 12 or 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Frame {
    /// Intended, promised, offered, agreed to: CAMEO 03 (PLOVER AGREE).
    Intend,
    /// Demanded or requested of someone: CAMEO 10 (PLOVER REQUEST).
    Request,
    /// Refused or rejected: CAMEO 12 (PLOVER REJECT).
    Refuse,
    /// Threatened: CAMEO 13 (PLOVER THREATEN).
    Threaten,
}

impl Frame {
    fn column(self) -> usize {
        match self {
            Frame::Intend => 1,
            Frame::Request => 2,
            Frame::Refuse => 3,
            Frame::Threaten => 4,
        }
    }

    fn category(self) -> EventCategory {
        match self {
            Frame::Intend => EventCategory::Agree,
            Frame::Request => EventCategory::Request,
            Frame::Refuse => EventCategory::Reject,
            Frame::Threaten => EventCategory::Threaten,
        }
    }
}

/// Rows of `modality.tsv`: code prefix, then the four recoded codes ("" where none).
static MODALITY_ROWS: Lazy<Vec<[String; 5]>> = Lazy::new(|| parse_modality(MODALITY));

fn parse_modality(text: &str) -> Vec<[String; 5]> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with("code\t"))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            let cell = |i: usize| match f.get(i) {
                Some(&"-") | None => String::new(),
                Some(s) => s.to_string(),
            };
            (f.len() == 5).then(|| [cell(0), cell(1), cell(2), cell(3), cell(4)])
        })
        .collect()
}

/// The CAMEO code and PLOVER category of `cameo` reported in `frame`: "threatened to break
/// relations" is `recode("161", Frame::Threaten)` = 1313 THREATEN; "agreed to lift sanctions" is
/// `recode("085", Frame::Intend)` = 0354 AGREE. None when CAMEO has no such variant (a threat to
/// cooperate, a request to attack).
pub fn recode(cameo: &str, frame: Frame) -> Option<(&'static str, EventCategory)> {
    let row = MODALITY_ROWS
        .iter()
        .filter(|row| cameo.starts_with(row[0].as_str()))
        .max_by_key(|row| row[0].len())?;
    let code = row[frame.column()].as_str();
    (!code.is_empty()).then_some((code, frame.category()))
}

/// Every row of the modality table, for the data tests.
#[cfg(test)]
pub(crate) fn modality_rows() -> &'static [[String; 5]] {
    &MODALITY_ROWS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_roots_match_the_published_mapping() {
        use EventCategory::*;
        let roots = &TABLE.roots;
        assert_eq!(roots.len(), 18, "roots 03..20: {:?}", roots.keys());
        let cats = |r: &str| roots[r].iter().copied().collect::<Vec<_>>();
        assert_eq!(cats("04"), vec![Consult]);
        assert_eq!(cats("08"), vec![Concede, Retreat]);
        assert_eq!(cats("09"), vec![Accuse]);
        assert_eq!(cats("11"), vec![Accuse]);
        assert_eq!(cats("16"), vec![Sanction, Coerce]);
        assert_eq!(cats("17"), vec![Coerce, Assault]);
        assert_eq!(cats("19"), vec![Coerce, Assault]);
        assert_eq!(cats("20"), vec![Assault]);
    }

    #[test]
    fn table_codes_keep_their_own_category() {
        assert_eq!(table_category("0841"), Some(EventCategory::Retreat));
        assert_eq!(table_category("083"), Some(EventCategory::Concede));
        assert_eq!(table_category("1712"), Some(EventCategory::Assault));
        assert_eq!(table_category("163"), Some(EventCategory::Coerce));
        // 201 sits in the table's 18 block but belongs to root 20.
        assert_eq!(table_category("201"), Some(EventCategory::Assault));
        assert!(TABLE.roots["20"].contains(&EventCategory::Assault));
        assert_eq!(table_category("999"), None);
    }

    #[test]
    fn known_codes() {
        for code in ["03", "030", "0356", "1823", "2042", "010", "0256", "20"] {
            assert!(is_known_code(code), "{code}");
        }
        for code in ["21", "099", "1999", "x", "", "0"] {
            assert!(!is_known_code(code), "{code:?}");
        }
        assert!(is_statement_code("016"));
        assert!(!is_statement_code("160"));
    }

    #[test]
    fn root_categories_of_codes() {
        assert_eq!(root_categories("0841").len(), 2);
        assert_eq!(root_categories("190").len(), 2);
        assert!(root_categories("010").is_empty());
        assert!(root_categories("").is_empty());
    }

    #[test]
    fn intensity_per_root() {
        assert_eq!(intensity("19"), -9.5);
        assert_eq!(intensity("195"), -9.5);
        assert_eq!(intensity("0841"), 5.0);
        assert_eq!(intensity("20"), -10.0);
        assert_eq!(intensity("99"), 0.0);
        assert_eq!(intensity(""), 0.0);
        // Cooperation roots are positive, conflict roots negative, violence the extreme.
        for (root, v) in INTENSITY {
            let r: u8 = root.parse().unwrap_or(0);
            match r {
                3..=8 => assert!(v > 0.0, "{root}"),
                9..=20 => assert!(v < 0.0, "{root}"),
                _ => {}
            }
            assert!((-10.0..=10.0).contains(&v));
        }
        assert!(intensity("18") < intensity("17") && intensity("20") < intensity("19"));
    }

    #[test]
    fn recode_by_frame() {
        assert_eq!(
            recode("161", Frame::Threaten),
            Some(("1313", EventCategory::Threaten))
        );
        assert_eq!(
            recode("085", Frame::Intend),
            Some(("0354", EventCategory::Agree))
        );
        // Longest prefix: 0841 has no row of its own and uses 084.
        assert_eq!(
            recode("0841", Frame::Request),
            Some(("1053", EventCategory::Request))
        );
        assert_eq!(
            recode("0831", Frame::Refuse),
            Some(("1231", EventCategory::Reject))
        );
        assert_eq!(
            recode("1723", Frame::Threaten),
            Some(("1323", EventCategory::Threaten))
        );
        assert_eq!(
            recode("1712", Frame::Threaten),
            Some(("130", EventCategory::Threaten))
        );
        assert_eq!(recode("190", Frame::Intend), None);
        assert_eq!(recode("042", Frame::Threaten), None);
        assert_eq!(recode("99", Frame::Threaten), None);
    }

    #[test]
    fn modality_codes_exist_and_land_in_the_right_root() {
        let rows = modality_rows();
        assert!(rows.len() > 40);
        for row in rows {
            assert!(is_known_code(&row[0]), "unknown code {}", row[0]);
            for (i, want) in [(1, "03"), (2, "10"), (3, "12"), (4, "13")] {
                let c = &row[i];
                if !c.is_empty() {
                    assert!(is_known_code(c), "{} -> unknown {c}", row[0]);
                    assert!(c.starts_with(want), "{} -> {c} not in {want}", row[0]);
                }
            }
        }
    }
}
