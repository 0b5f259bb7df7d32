use super::*;
use crate::model::Sector;

const SHARED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/petrarch2_unittests"
);

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn words(s: &str) -> Vec<String> {
    lex::entry_words(s)
}

fn look(dict: &Dictionary, name: &str, date: Option<NaiveDate>) -> Option<(usize, DictInfo)> {
    let w = words(name);
    let r: Vec<&str> = w.iter().map(String::as_str).collect();
    dict.lookup(&r, date)
}

fn shared(name: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(SHARED).join(name);
    p.exists().then_some(p)
}

fn dict_err(text: &str) -> (usize, String) {
    match Dictionary::parse(text, Path::new("bad.txt")) {
        Err(Error::Dictionary {
            path,
            line,
            message,
        }) => {
            assert_eq!(path, Path::new("bad.txt"));
            (line, message)
        }
        other => panic!("expected a dictionary error, got {other:?}"),
    }
}

#[test]
fn tsv_roles_by_date() {
    let text = "# names\tcode\tfrom\tto\n\
                Mike Pompeo|Michael Pompeo|Pompeo\tUSAGOV\t2018-04-26\t2021-01-20\n\
                \tUSALEG\t2011..2017-01\n\
                Kataib Hezbollah\tIRQREB\t\t\tarmed_group\n";
    let dict = Dictionary::parse(text, Path::new("mem.tsv")).unwrap();
    assert_eq!(dict.len(), 2);
    let e = dict.get("michael pompeo").unwrap();
    assert_eq!(e.roles.len(), 2);
    assert_eq!(e.roles[1].to, NaiveDate::from_ymd_opt(2017, 1, 31));
    assert_eq!(e.kind, ActorKind::Person);
    assert_eq!(
        look(&dict, "Pompeo", d("2020-09-27")).unwrap().1.code,
        "USAGOV"
    );
    assert_eq!(
        look(&dict, "Pompeo", d("2015-01-01")).unwrap().1.code,
        "USALEG"
    );
    assert_eq!(
        look(&dict, "Pompeo", d("2022-01-01")).unwrap().1.code,
        "USAELI"
    );
    // Before his first role he is already American, with no sector.
    assert_eq!(
        look(&dict, "Pompeo", d("2005-01-01")).unwrap().1.code,
        "USA"
    );
    assert_eq!(look(&dict, "Pompeo", None).unwrap().1.code, "USAGOV");
    let (n, k) = look(&dict, "Kataib Hezbollah fighters", d("2020-01-01")).unwrap();
    assert_eq!(
        (n, k.kind, k.country.as_deref(), k.sector),
        (2, ActorKind::ArmedGroup, Some("IRQ"), Some(Sector::REB))
    );
    // Longest match.
    let (n, _) = look(&dict, "Mike Pompeo said", d("2020-01-01")).unwrap();
    assert_eq!(n, 2);
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let dict = Dictionary::parse(
        "\u{feff}Jane Roe\tFRAGOV\r\n\tFRAMIL\t2022\r\n",
        Path::new("x.tsv"),
    )
    .unwrap();
    assert_eq!(
        look(&dict, "Jane Roe", d("2023-01-01")).unwrap().1.code,
        "FRAMIL"
    );
    assert_eq!(
        look(&dict, "Jane Roe", d("2020-01-01")).unwrap().1.code,
        "FRAGOV"
    );
}

#[test]
fn tsv_malformed_lines_name_the_line() {
    assert_eq!(dict_err("A\tUSAGOV\nB\n").0, 2);
    let (line, msg) = dict_err("# x\nA\tUSAGOV\t2020-13-01\n");
    assert_eq!(line, 2);
    assert!(msg.contains("invalid date"), "{msg}");
    assert_eq!(dict_err("\tUSAGOV\t2019\n").0, 1);
    assert_eq!(dict_err("A\tUSA GOV\n").0, 1);
    assert_eq!(dict_err("A\tUSAGOV\t2021\t2019\n").0, 1);
    assert!(dict_err("A\tUSAGOV\t\t\tpersonne\n")
        .1
        .contains("unknown kind"));
}

#[test]
fn petrarch_actors_validate_file() {
    let Some(path) = shared("PETR.Validate.actors.txt") else {
        eprintln!("shared eval data not found; skipped");
        return;
    };
    let dict = Dictionary::from_file(&path).unwrap();
    assert_eq!(dict.len(), 128);
    assert!(dict.agents().is_empty());
    // Aliases.
    assert_eq!(look(&dict, "U.S.", None).unwrap().1.code, "USA");
    assert_eq!(look(&dict, "Australian", None).unwrap().1.code, "AUS");
    assert_eq!(look(&dict, "Interpol", None).unwrap().1.code, "IGOCOPITP");
    // CAMEO's MED is media: the Quibbler is journalism, not health.
    let q = look(&dict, "Quibbler", None).unwrap().1;
    assert_eq!(
        (q.code.as_str(), q.sector),
        ("HGWGOVMED", Some(Sector::GOV))
    );
    let (n, us) = look(&dict, "United States", None).unwrap();
    assert_eq!(
        (n, us.kind, us.country.as_deref()),
        (2, ActorKind::Country, Some("USA"))
    );
    // Lower-case codes are read in capitals; a later entry for the same name wins.
    let first = dict
        .entries()
        .iter()
        .find(|e| e.name == "Palestinian")
        .unwrap();
    assert_eq!(first.roles[0].code, "PSE");
    assert_eq!(look(&dict, "Palestinian", None).unwrap().1.code, "PAL");
    // Date-restricted codes.
    let sam = dict.get("sam gamgee").unwrap();
    assert_eq!(sam.roles.len(), 6);
    assert_eq!(
        look(&dict, "Sam Gamgee", d("2007-05-01")).unwrap().1.code,
        "HOBCIV"
    );
    assert_eq!(
        look(&dict, "Sam Gamgee", d("2010-01-10")).unwrap().1.code,
        "ORCHOB"
    );
    assert_eq!(
        look(&dict, "Sam Gamgee", d("2011-01-10")).unwrap().1.code,
        "HOBMIL"
    );
    assert_eq!(
        look(&dict, "Sam Gamgee", d("2012-12-01")).unwrap().1.code,
        "HOBGOV"
    );
    assert_eq!(
        look(&dict, "Sam Gamgee", d("2014-01-01")).unwrap().1.code,
        "HOBELI"
    );
    assert_eq!(
        look(&dict, "Smeagol", d("1994-01-01")).unwrap().1.code,
        "HOB"
    );
    assert_eq!(
        look(&dict, "Gollum", d("1997-01-01")).unwrap().1.code,
        "HOBGOV"
    );
    assert_eq!(
        look(&dict, "Stinker", d("2001-01-01")).unwrap().1.code,
        "HOBREB"
    );
    assert_eq!(
        look(&dict, "Zimbabwe", d("1975-01-01")).unwrap().1.code,
        "RHO"
    );
    assert_eq!(
        look(&dict, "Zimbabwe", d("1995-01-01")).unwrap().1.code,
        "ZBW"
    );
    // An entry whose only code has ended has no code after it.
    assert_eq!(
        look(&dict, "Onodoher", d("1990-01-01")).unwrap().1.code,
        "ONO"
    );
    assert_eq!(look(&dict, "Onodoher", d("1995-01-01")), None);
    assert_eq!(
        dict.get("President George W. Bush").unwrap().name,
        "President George W. Bush"
    );
}

#[test]
fn petrarch_agents_validate_file() {
    let Some(path) = shared("PETR.Validate.agents.txt") else {
        eprintln!("shared eval data not found; skipped");
        return;
    };
    let dict = Dictionary::from_file(&path).unwrap();
    assert_eq!(dict.len(), 0);
    let names: std::collections::HashSet<&str> =
        dict.agents().iter().map(|a| a.name.as_str()).collect();
    for n in [
        "president",
        "presidents",
        "foreign minister",
        "attorneys general",
        "congressman",
        "congresswomen",
        "ministries of silly walks",
        "troops",
        "golden geese",
    ] {
        assert!(names.contains(n), "{n}");
    }
    // `{}` means no plural.
    assert!(!names.contains("medias"));
    let find = |w: &[&str]| dict.agent(w).map(|(n, a)| (n, a.code.clone(), a.prefix));
    assert_eq!(
        find(&["foreign", "minister", "x"]),
        Some((2, "GOVFRM".into(), false))
    );
    assert_eq!(find(&["msf"]), Some((1, "NGO".into(), true)));
    assert_eq!(find(&["police"]), Some((1, "COP".into(), false)));
    // 87 agent lines: plurals, braces and substitution sets make 165 phrases.
    assert_eq!(dict.agents().len(), 165);
    // Agents act as titles while the dictionary is in scope; CAMEO's MED is media.
    let dicts = vec![std::sync::Arc::new(dict)];
    let (paper, judge) = lex::with_dictionaries(&dicts, || {
        (
            lex::title(&["newspaper"]),
            lex::title(&["state", "security", "prosecutor"]),
        )
    });
    assert_eq!(
        paper.map(|(n, t)| (n, t.sector)),
        Some((1, Some(Sector::JRN)))
    );
    assert_eq!(
        judge.map(|(n, t)| (n, t.sector)),
        Some((3, Some(Sector::JUD)))
    );
    assert!(lex::title(&["newspaper"]).is_none());
}

#[test]
fn petrarch_malformed_lines_name_the_line() {
    // Blocks PETRARCH's own validation rejects (commented out in the shared file).
    let (line, msg) = dict_err("GOLLUM\n+SMEAGOL\n\t[950601-990815]\n");
    assert_eq!(line, 3);
    assert!(msg.contains("no code"), "{msg}");
    assert_eq!(dict_err("GOLLUM\n\t[AAA950601-990815]\n").0, 2);
    assert_eq!(dict_err("# c\n+ALIAS\n").0, 2);
    assert_eq!(dict_err("IRAQ [IRQ\n").0, 1);
    assert_eq!(dict_err("IRAQ [IRQ >99999999]\n").0, 1);
    assert_eq!(dict_err("IRAQ [IRQ]\nNOCODE\n\nSYRIA [SYR]\n").0, 2);
    assert_eq!(dict_err("!MINST!_OF_X [~GOV]\n").0, 1);
    assert_eq!(dict_err("<!-- open\nIRAQ [IRQ]\n").0, 2);
}

#[test]
fn from_file_errors() {
    let dir = std::env::temp_dir().join(format!("ng-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "Jane Roe\tFRAGOV\t2019-01-01\t2021-12-31\n").unwrap();
    let dict = Dictionary::from_file(&good).unwrap();
    assert_eq!(dict.source(), Some(good.as_path()));
    assert_eq!(
        look(&dict, "Jane Roe", d("2020-01-01")).unwrap().1.code,
        "FRAGOV"
    );
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "Jane Roe\tFRAGOV\nJohn Doe\n").unwrap();
    match Dictionary::from_file(&bad) {
        Err(e @ Error::Dictionary { .. }) => {
            assert_eq!(
                e.to_string(),
                format!(
                    "{}:2: expected names, a TAB and a code (e.g. \"Mike Pompeo|Pompeo\tUSAGOV\")",
                    bad.display()
                )
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Dictionary::from_file(dir.join("missing.tsv")),
        Err(Error::Io { .. })
    ));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn builtin_people_parse() {
    let p = lex::people();
    assert!(p.len() >= 300, "{}", p.len());
    let e = p.get("Haider al-Abadi").unwrap();
    assert_eq!(e.kind, ActorKind::Person);
    assert_eq!(e.code_on(d("2016-01-01")).as_deref(), Some("IRQGOV"));
    assert_eq!(e.code_on(d("2020-01-01")).as_deref(), Some("IRQELI"));
    // Before taking office he was already Iraqi.
    assert_eq!(e.code_on(d("2001-01-01")).as_deref(), Some("IRQ"));
}

#[test]
fn petrarch_agent_expansions() {
    let text = "!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\n\
                CONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\n\
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nMEDIA {} [~MED]\nPARTY [~PTY]\n";
    let dict = Dictionary::parse(text, Path::new("agents.txt")).unwrap();
    let names: Vec<&str> = dict.agents().iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "congressman",
            "congressmen",
            "minister of silly walks",
            "ministry of silly walks",
            "attorney general",
            "attorneys general",
            "media",
            "party",
            "parties"
        ]
    );
}
