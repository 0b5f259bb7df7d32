//! Tests over the shipped data: it parses cleanly, covers every category and root, agrees with
//! the CAMEO2PLOVER table, and codes the common news triggers as they should be coded; and of
//! the lookup rules (selection, phrases, non-triggers, user files) on that data.

use super::*;
use crate::error::Error;
use crate::model::EventCategory::{self, *};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn lex() -> &'static Lexicon {
    Lexicon::builtin()
}

fn q<'q>(lemma: &'q str, pos: Pos) -> Query<'q> {
    Query {
        lemma,
        pos,
        particle: None,
        object: None,
        context: &[],
    }
}

/// (category, CAMEO) of a single word in context, or None.
fn code(
    lemma: &str,
    pos: Pos,
    particle: Option<&str>,
    object: Option<&str>,
    context: &[&str],
) -> Option<(EventCategory, String)> {
    let query = Query {
        lemma,
        pos,
        particle,
        object,
        context,
    };
    lex().resolve(&query).map(|e| (e.category, e.cameo.clone()))
}

#[test]
fn builtin_data_has_no_problems() {
    let problems = builtin_problems();
    assert!(
        problems.is_empty(),
        "{} problems in data/events/triggers.tsv:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(lex().len() >= 800, "only {} entries", lex().len());
}

#[test]
fn every_category_and_root_is_covered() {
    let mut by_category: BTreeMap<EventCategory, usize> = BTreeMap::new();
    let mut by_root: BTreeMap<String, usize> = BTreeMap::new();
    for e in lex().entries() {
        *by_category.entry(e.category).or_default() += 1;
        *by_root.entry(e.cameo[..2].to_string()).or_default() += 1;
    }
    for c in EventCategory::ALL {
        let n = by_category.get(&c).copied().unwrap_or(0);
        assert!(n >= 25, "{} has only {n} entries", c.as_str());
    }
    for root in 3..=20 {
        let root = format!("{root:02}");
        let n = by_root.get(&root).copied().unwrap_or(0);
        assert!(n >= 15, "CAMEO root {root} has only {n} entries");
    }
    // Statements (01/02) are never event readings.
    assert!(!by_root.contains_key("01") && !by_root.contains_key("02"));
    // Nominal triggers count: every category has a noun or a phrase.
    for c in EventCategory::ALL {
        assert!(
            lex()
                .entries()
                .any(|e| e.category == c && e.pos == Pos::Noun),
            "{} has no nominal trigger",
            c.as_str()
        );
    }
}

#[test]
fn exact_codes_follow_the_table_or_a_documented_deviation() {
    let mut used = std::collections::BTreeSet::new();
    for e in lex().entries() {
        let Some(table) = table_category(&e.cameo) else {
            continue;
        };
        if table == e.category {
            continue;
        }
        let deviation = DEVIATIONS
            .iter()
            .find(|(c, cat, _)| *c == e.cameo && *cat == e.category);
        assert!(
            deviation.is_some(),
            "line {} {:?}: CAMEO {} is {} in CAMEO2PLOVER, not {} (add a documented deviation \
             or fix the row)",
            e.line,
            e.lemma,
            e.cameo,
            table.as_str(),
            e.category.as_str()
        );
        used.insert(e.cameo.clone());
    }
    for (c, _, _) in DEVIATIONS {
        assert!(used.contains(*c), "deviation {c} is documented but unused");
    }
}

/// Two rows of one word that differ only in which object (or context) lemma they accept must
/// not accept the same lemma, or selection between them would depend on weight and line order.
#[test]
fn object_classes_do_not_overlap() {
    let mut problems = Vec::new();
    for ((lemma, pos), list) in &lex().heads {
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                let same_frame = a.particle == b.particle && a.context == b.context;
                if same_frame && !a.object.is_empty() && !b.object.is_empty() {
                    for o in &a.object {
                        if b.object.binary_search(o).is_ok() {
                            problems.push(format!(
                                "{lemma} {}: object {o:?} on lines {} and {}",
                                pos.as_str(),
                                a.line,
                                b.line
                            ));
                        }
                    }
                }
                let same_frame = a.particle == b.particle && a.object == b.object;
                if same_frame && !a.context.is_empty() && !b.context.is_empty() {
                    for c in &a.context {
                        if b.context.binary_search(c).is_ok() {
                            problems.push(format!(
                                "{lemma} {}: context {c:?} on lines {} and {}",
                                pos.as_str(),
                                a.line,
                                b.line
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A non-trigger row must not shadow a trigger row with the very same constraints.
#[test]
fn non_triggers_do_not_contradict_triggers() {
    for n in lex().all_non_triggers() {
        let same = lex()
            .candidates(&n.lemma, n.pos)
            .iter()
            .find(|t| t.particle == n.particle && t.object == n.object && t.context == n.context);
        assert!(
            same.is_none(),
            "line {} ({}) contradicts line {}",
            n.line,
            n.lemma,
            same.map(|t| t.line).unwrap_or(0)
        );
    }
}

#[test]
fn lemmas_are_normalised_and_nouns_singular() {
    for e in lex().entries() {
        assert_eq!(e.lemma, row::norm(&e.lemma), "line {}", e.line);
        assert!(e.weight > 0.0, "line {}: zero weight", e.line);
    }
    // The tagger gives singular noun lemmas ("talks" -> "talk"); plural keys would never match.
    for (lemma, pos) in lex().heads.keys() {
        if *pos == Pos::Noun {
            let plural = lemma.ends_with("ies")
                || [
                    "talks",
                    "troops",
                    "hostilities",
                    "negotiations",
                    "sanctions",
                    "clashes",
                ]
                .contains(&lemma.as_str());
            assert!(!plural, "noun lemma {lemma:?} should be singular");
        }
    }
}

#[test]
fn common_news_triggers_code_as_expected() {
    use Pos::{Noun as N, Verb as V};
    let cases: &[(&str, Pos, EventCategory, &str)] = &[
        ("attack", V, Assault, "19"),
        ("attack", N, Assault, "19"),
        ("airstrike", N, Assault, "19"),
        ("bombing", N, Assault, "18"),
        ("shelling", N, Assault, "19"),
        ("raid", N, Assault, "19"),
        ("ambush", V, Assault, "19"),
        ("kill", V, Assault, "19"),
        ("arrest", V, Coerce, "17"),
        ("detain", V, Coerce, "17"),
        ("deport", V, Coerce, "17"),
        ("expel", V, Coerce, "17"),
        ("sanction", V, Sanction, "16"),
        ("embargo", N, Sanction, "16"),
        ("protest", V, Protest, "14"),
        ("demonstration", N, Protest, "14"),
        ("rally", N, Protest, "14"),
        ("riot", V, Protest, "14"),
        ("boycott", N, Protest, "14"),
        ("withdraw", V, Retreat, "08"),
        ("ceasefire", N, Retreat, "08"),
        ("release", V, Retreat, "08"),
        ("free", V, Retreat, "08"),
        ("agree", V, Agree, "03"),
        ("accord", N, Agree, "03"),
        ("sign", V, Support, "05"),
        ("pledge", V, Agree, "03"),
        ("promise", V, Agree, "03"),
        ("offer", V, Agree, "03"),
        ("invite", V, Agree, "03"),
        ("host", V, Consult, "04"),
        ("visit", N, Consult, "04"),
        ("meeting", N, Consult, "04"),
        ("talk", N, Consult, "04"),
        ("negotiate", V, Consult, "04"),
        ("mediate", V, Consult, "04"),
        ("praise", V, Support, "05"),
        ("endorse", V, Support, "05"),
        ("apologize", V, Support, "05"),
        ("forgive", V, Support, "05"),
        ("cooperate", V, Cooperate, "06"),
        ("donate", V, Aid, "07"),
        ("aid", V, Aid, "07"),
        ("deploy", V, Mobilize, "15"),
        ("mobilize", V, Mobilize, "15"),
        ("threaten", V, Threaten, "13"),
        ("ultimatum", N, Threaten, "13"),
        ("demand", V, Request, "10"),
        ("urge", V, Request, "10"),
        ("accuse", V, Accuse, "11"),
        ("blame", V, Accuse, "11"),
        ("criticize", V, Accuse, "11"),
        ("condemn", V, Accuse, "11"),
        ("denounce", V, Accuse, "11"),
        ("investigate", V, Accuse, "09"),
        ("probe", N, Accuse, "09"),
        ("sue", V, Accuse, "11"),
        ("convict", V, Accuse, "11"),
        ("reject", V, Reject, "12"),
        ("refuse", V, Reject, "12"),
        ("veto", V, Reject, "12"),
        ("defy", V, Reject, "12"),
        ("confiscate", V, Coerce, "17"),
        ("destroy", V, Assault, "17"),
        ("occupy", V, Coerce, "19"),
        ("blockade", N, Coerce, "19"),
        ("besiege", V, Coerce, "19"),
        ("kidnap", V, Assault, "18"),
        ("abduct", V, Assault, "18"),
        ("hijack", V, Assault, "18"),
        ("torture", V, Assault, "18"),
        ("assassinate", V, Assault, "18"),
        ("massacre", N, Assault, "20"),
        ("shoot", V, Assault, "19"),
        ("clash", V, Assault, "19"),
        ("fight", V, Assault, "19"),
        ("invade", V, Assault, "19"),
        ("bomb", V, Assault, "19"),
        ("shell", V, Assault, "19"),
        ("retaliate", V, Assault, "19"),
        ("resign", V, Retreat, "08"),
        ("surrender", V, Retreat, "08"),
        ("ease", V, Concede, "08"),
    ];
    for (lemma, pos, cat, root) in cases {
        let got = code(lemma, *pos, None, None, &[]);
        let Some((c, cameo)) = got else {
            panic!("{lemma} {} is not a trigger", pos.as_str());
        };
        assert_eq!(
            (c, &cameo[..2]),
            (*cat, *root),
            "{lemma} {} coded {} {cameo}",
            pos.as_str(),
            c.as_str()
        );
    }
}

#[test]
fn statement_verbs_are_not_triggers() {
    for lemma in [
        "say", "tell", "announce", "add", "report", "claim", "insist", "deny",
    ] {
        assert!(lex().is_non_trigger(lemma, Pos::Verb), "{lemma}");
        assert_eq!(lex().resolve(&q(lemma, Pos::Verb)), None, "{lemma}");
    }
    // ... but their event readings survive where the words say so.
    assert_eq!(
        code("insist", Pos::Verb, Some("on"), None, &[]).map(|c| c.0),
        Some(Request)
    );
    assert_eq!(
        code("deny", Pos::Verb, None, Some("access"), &[]).map(|c| c.0),
        Some(Reject)
    );
}

#[test]
fn particles_select_the_reading() {
    // "call" alone is a phone call; "call for"/"call on" a request; "call off" a cancellation.
    assert_eq!(
        code("call", Pos::Verb, None, None, &[]),
        Some((Consult, "041".into()))
    );
    assert_eq!(
        code("call", Pos::Verb, Some("for"), None, &[]),
        Some((Request, "100".into()))
    );
    assert_eq!(
        code("call", Pos::Verb, Some("for"), Some("ceasefire"), &[]),
        Some((Request, "1056".into()))
    );
    assert_eq!(
        code("call", Pos::Verb, Some("on"), None, &[]).map(|c| c.0),
        Some(Request)
    );
    assert_eq!(
        code("call", Pos::Verb, Some("off"), Some("strike"), &[]),
        Some((Concede, "082".into()))
    );
    // "pull" alone is nothing; "pull out" a withdrawal, "pull out of" a deal a sanction.
    assert_eq!(code("pull", Pos::Verb, None, None, &[]), None);
    assert_eq!(
        code("pull", Pos::Verb, Some("out"), None, &[]),
        Some((Retreat, "0874".into()))
    );
    assert_eq!(
        code("pull", Pos::Verb, Some("out"), Some("agreement"), &[]).map(|c| c.0),
        Some(Sanction)
    );
    // A particle nobody listed falls back to the plain reading.
    assert_eq!(
        code("attack", Pos::Verb, Some("from"), None, &[]).map(|c| c.0),
        Some(Assault)
    );
}

#[test]
fn objects_select_the_reading() {
    // close an embassy: 161; close alone: nothing.
    assert_eq!(
        code("close", Pos::Verb, None, Some("embassy"), &[]),
        Some((Sanction, "161".into()))
    );
    assert_eq!(
        code("shutter", Pos::Verb, None, Some("consulate"), &[]),
        Some((Sanction, "161".into()))
    );
    assert_eq!(code("close", Pos::Verb, None, None, &[]), None);
    assert_eq!(code("close", Pos::Verb, None, Some("gap"), &[]), None);
    // cut aid: 162; cut troops: RETREAT withdraw; cut alone: nothing.
    let cut_aid = lex()
        .resolve(&Query {
            object: Some("aid"),
            ..q("cut", Pos::Verb)
        })
        .expect("cut aid");
    assert_eq!(
        (cut_aid.cameo.as_str(), cut_aid.category),
        ("162", Sanction)
    );
    let cut_troops = lex()
        .resolve(&Query {
            object: Some("troops"),
            ..q("cut", Pos::Verb)
        })
        .expect("cut troops (plural lemma)");
    assert_eq!(
        (cut_troops.category, cut_troops.mode.as_deref()),
        (Retreat, Some("withdraw"))
    );
    assert_eq!(code("cut", Pos::Verb, None, None, &[]), None);
    // impose sanctions vs impose a curfew.
    assert_eq!(
        code("impose", Pos::Verb, None, Some("sanction"), &[]),
        Some((Sanction, "163".into()))
    );
    assert_eq!(
        code("impose", Pos::Verb, None, Some("curfew"), &[]),
        Some((Coerce, "1723".into()))
    );
    // release prisoners vs release a statement.
    assert_eq!(
        code("release", Pos::Verb, None, Some("prisoner"), &[]),
        Some((Retreat, "0841".into()))
    );
    assert_eq!(
        code("release", Pos::Verb, None, Some("statement"), &[]),
        None
    );
    // fire on a town vs fire a minister.
    assert_eq!(
        code("fire", Pos::Verb, Some("on"), None, &[]).map(|c| c.0),
        Some(Assault)
    );
    assert_eq!(code("fire", Pos::Verb, None, Some("minister"), &[]), None);
    assert_eq!(
        code("fire", Pos::Verb, None, Some("shell"), &[]),
        Some((Assault, "194".into()))
    );
    // A noun's modifier plays the object: "hunger strike", "air strike", "joint exercise".
    assert_eq!(
        code("strike", Pos::Noun, None, Some("hunger"), &[]),
        Some((Protest, "142".into()))
    );
    assert_eq!(
        code("strike", Pos::Noun, None, Some("air"), &[]),
        Some((Assault, "195".into()))
    );
    assert_eq!(
        code("exercise", Pos::Noun, None, Some("joint"), &[]).map(|c| c.0),
        Some(Cooperate)
    );
}

#[test]
fn context_selects_the_reading() {
    // strike: military by default, a labour strike among workers, nothing when a storm strikes.
    assert_eq!(
        code("strike", Pos::Noun, None, None, &[]).map(|c| c.0),
        Some(Assault)
    );
    assert_eq!(
        code("strike", Pos::Noun, None, None, &["teacher", "pay"]).map(|c| c.0),
        Some(Protest)
    );
    assert_eq!(code("strike", Pos::Verb, None, None, &["earthquake"]), None);
    // vow: cooperative by default, a threat when it is to retaliate.
    assert_eq!(
        code("vow", Pos::Verb, None, None, &[]).map(|c| c.0),
        Some(Agree)
    );
    assert_eq!(
        code("vow", Pos::Verb, None, None, &["retaliate"]),
        Some((Threaten, "138".into()))
    );
    // kill: no actor in an accident.
    assert_eq!(code("kill", Pos::Verb, None, None, &["crash"]), None);
    // select() ignores context rows, select_in() honours them.
    let strikes = lex().candidates("strike", Pos::Noun);
    assert_eq!(
        select(strikes, None, None).map(|e| e.category),
        Some(Assault)
    );
    assert_eq!(
        select_in(strikes, None, None, &["union"]).map(|e| e.category),
        Some(Protest)
    );
}

#[test]
fn candidates_are_most_specific_first() {
    let list = candidates("call", Pos::Verb);
    assert!(list.len() > 10);
    for pair in list.windows(2) {
        assert!(pair[0].specificity() >= pair[1].specificity());
    }
    assert!(candidates("unknownword", Pos::Verb).is_empty());
    assert_eq!(
        candidates("Attack", Pos::Noun),
        candidates("attack", Pos::Noun)
    );
}

#[test]
fn phrases_take_the_longest_match() {
    // "air strike" over "strike", "suicide car bomb" over "car bomb".
    let m = mwe_at(&["air", "strike", "killed", "two"]).expect("air strike");
    assert_eq!(m.len, 2);
    assert_eq!(m.entries[0].cameo, "195");
    let m = mwe_at(&["suicide", "car", "bomb"]).expect("suicide car bomb");
    assert_eq!((m.len, m.entries[0].cameo.as_str()), (3, "1831"));
    let m = mwe_at(&["car", "bomb", "attack"]).expect("car bomb");
    assert_eq!((m.len, m.entries[0].cameo.as_str()), (2, "1832"));
    // Hyphen tokens inside a phrase are skipped and counted.
    let m = mwe_at(&["air", "-", "strike"]).expect("air - strike");
    assert_eq!(m.len, 3);
    // Verbal phrases match lemma sequences.
    let m = mwe_at(&["take", "to", "the", "street"]).expect("take to the streets");
    assert_eq!(m.entries[0].category, Protest);
    let m = mwe_at(&["go", "on", "hunger", "strike"]).expect("go on hunger strike");
    assert_eq!((m.len, m.entries[0].cameo.as_str()), (4, "142"));
    // Listed non-events: an empty reading list.
    let m = mwe_at(&["press", "conference"]).expect("press conference");
    assert!(m.entries.is_empty() && m.best(None, None, &[]).is_none());
    // No phrase here.
    assert!(mwe_at(&["strike"]).is_none());
    assert!(mwe_at(&["air", "force"]).is_none());
    assert!(mwe_at(&[]).is_none());
    assert!(mwe_at(&["-", "strike"]).is_none());
}

#[test]
fn nominal_triggers_from_the_issue() {
    // "a U.S. air strike", "attacks against the Green Zone", "his first foreign visit".
    let m = mwe_at(&["air", "strike"]).expect("air strike");
    let e = m.best(None, None, &[]).expect("reading");
    assert_eq!((e.category, e.mode.as_deref()), (Assault, Some("aerial")));
    let attack = lex().resolve(&q("attack", Pos::Noun)).expect("attack");
    assert!(attack.recipient_preps.iter().any(|p| p == "against"));
    let visit = lex().resolve(&q("visit", Pos::Noun)).expect("visit");
    assert_eq!(
        (visit.cameo.as_str(), visit.mode.as_deref()),
        ("042", Some("visit"))
    );
}

#[test]
fn roles_and_recipients() {
    let meet = lex().resolve(&q("meet", Pos::Verb)).expect("meet");
    assert_eq!(meet.roles, Roles::Symmetric);
    assert!(meet.recipient_preps.contains(&"with".to_string()));
    let host = lex().resolve(&q("host", Pos::Verb)).expect("host");
    assert_eq!(host.roles, Roles::Host);
    let receive = lex()
        .resolve(&Query {
            object: Some("aid"),
            ..q("receive", Pos::Verb)
        })
        .expect("receive aid");
    assert_eq!((receive.category, receive.roles), (Aid, Roles::Inverse));
    let give = lex()
        .resolve(&Query {
            object: Some("aid"),
            ..q("give", Pos::Verb)
        })
        .expect("give aid");
    assert!(give.recipient_preps.contains(&"to".to_string()));
}

#[test]
fn quad_and_intensity_follow_category_and_root() {
    let e = lex().resolve(&q("massacre", Pos::Noun)).expect("massacre");
    assert_eq!(e.quad(), QuadClass::MaterialConflict);
    assert_eq!(e.intensity(), -10.0);
    assert_eq!(quad(Concede), QuadClass::VerbalCooperation);
    assert_eq!(quad(Retreat), QuadClass::MaterialCooperation);
    assert_eq!(quad(Accuse), QuadClass::VerbalConflict);
}

#[test]
fn the_readme_intensity_table_matches_the_code() {
    let readme = include_str!("../../../data/events/README.md");
    let mut found = 0;
    for line in readme.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | 19 | fight | ... | -9.5 |
        if cells.len() >= 4 && cells[1].len() == 2 && cells[1].bytes().all(|b| b.is_ascii_digit()) {
            let value: f64 = cells[cells.len() - 2]
                .replace('+', "")
                .parse()
                .unwrap_or(f64::NAN);
            assert_eq!(
                value,
                intensity(cells[1]),
                "README row for root {}",
                cells[1]
            );
            found += 1;
        }
    }
    assert_eq!(found, INTENSITY.len(), "README should list every root once");
}

const USER: &str = "# my triggers\n\
strike\tNOUN\t\t\t\t143\tPROTEST\tstrike-lim\t\t\t0.9\tour corpus is labour news\n\
walk off\tVERB\t\t\t\t143\tPROTEST\tstrike-lim\t\t\t0.8\tMWE\n\
say\tVERB\t\tthreat\t\t130\tTHREATEN\t\t\t\t0.6\n\
attack\tVERB\t\t\t\t\t-\t\t\t\t\tdisable the bare verb\n";

#[test]
fn user_entries_win() {
    let user = UserTriggers::parse(USER, "my.tsv").expect("valid user file");
    assert_eq!(user.len(), 4);
    assert_eq!(user.path(), Path::new("my.tsv"));
    let merged = lex().with_user(&user);
    // Same constraints as the built-in bare "strike" NOUN: replaced.
    let strike = merged.resolve(&q("strike", Pos::Noun)).expect("strike");
    assert_eq!((strike.category, strike.origin), (Protest, Origin::User));
    // More specific built-in readings still apply.
    let air = merged
        .resolve(&Query {
            object: Some("air"),
            ..q("strike", Pos::Noun)
        })
        .expect("air strike");
    assert_eq!((air.category, air.origin), (Assault, Origin::Builtin));
    // New phrases are found.
    let m = merged.mwe_at(&["walk", "off"]).expect("walk off");
    assert_eq!(m.entries[0].origin, Origin::User);
    // A user reading with an object beats the built-in non-trigger for "say" + threat.
    let said = merged
        .resolve(&Query {
            object: Some("threat"),
            ..q("say", Pos::Verb)
        })
        .map(|e| e.category);
    assert_eq!(said, Some(Threaten));
    assert_eq!(merged.resolve(&q("say", Pos::Verb)), None);
    // A user non-trigger disables the bare verb but not its specific readings.
    assert_eq!(merged.resolve(&q("attack", Pos::Verb)), None);
    assert_eq!(
        merged
            .resolve(&Query {
                object: Some("policy"),
                ..q("attack", Pos::Verb)
            })
            .map(|e| e.category),
        Some(Accuse)
    );
    // The built-in lexicon is untouched.
    assert_eq!(
        lex().resolve(&q("strike", Pos::Noun)).map(|e| e.origin),
        Some(Origin::Builtin)
    );
}

#[test]
fn malformed_user_files_name_the_line() {
    let bad = "# header\n\
               agree\tVERB\t\t\t\t030\tAGREE\t\t\t\t0.8\tfine\n\
               \n\
               bomb\tVERB\t\t\t\t161\tASSAULT\t\t\t\t0.8\twrong root\n";
    match UserTriggers::parse(bad, "bad.tsv") {
        Err(Error::Dictionary {
            path,
            line,
            message,
        }) => {
            assert_eq!(path, PathBuf::from("bad.tsv"));
            assert_eq!(line, 4);
            assert!(message.contains("root 16"), "{message}");
        }
        other => panic!("expected a dictionary error, got {other:?}"),
    }
    let dup = "agree\tVERB\t\t\t\t030\tAGREE\t\t\t\t0.8\n\
               agree\tVERB\t\t\t\t031\tAGREE\t\t\t\t0.7\n";
    match UserTriggers::parse(dup, "dup.tsv") {
        Err(Error::Dictionary { line, message, .. }) => {
            assert_eq!(line, 2);
            assert!(message.contains("line 1"), "{message}");
        }
        other => panic!("expected a duplicate error, got {other:?}"),
    }
    for (text, needle) in [
        ("agree\tVERB\t\t\t\t030\tAGREE\t\t\t\t2\n", "weight"),
        (
            "agree\tVERB\t\t\t\t030\tCOOPERATION\t\t\t\t1\n",
            "unknown PLOVER category",
        ),
        (
            "agree\tADVERB\t\t\t\t030\tAGREE\t\t\t\t1\n",
            "part of speech",
        ),
        ("agree\tVERB\t030\tAGREE\n", "columns"),
    ] {
        let err = UserTriggers::parse(text, "x.tsv").expect_err(needle);
        assert!(err.to_string().contains(needle), "{err}");
        assert!(err.to_string().starts_with("x.tsv:1:"), "{err}");
    }
    let missing = UserTriggers::from_path("/nonexistent/newsgraph/triggers.tsv");
    assert!(matches!(missing, Err(Error::Io { .. })));
}

#[test]
fn user_file_from_disk() {
    let dir = std::env::temp_dir().join(format!("newsgraph-evlex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("triggers.tsv");
    std::fs::write(&path, USER).expect("write");
    let user = UserTriggers::from_path(&path).expect("read");
    assert_eq!(user.len(), 4);
    std::fs::remove_file(&path).ok();
    std::fs::remove_dir(&dir).ok();
}
