//! User dictionaries plugged into the extractor.

use newsgraph::{Article, Dictionary, Error, Extractor};
use std::path::Path;

const TEXT: &str = "Zorblat Quux said on Monday that talks would resume. \
                    Quux spoke to reporters in Baghdad.";

fn code_of(doc: &newsgraph::Document, name: &str) -> Option<String> {
    doc.actors
        .iter()
        .find(|a| a.name == name)
        .and_then(|a| a.code.clone())
}

#[test]
fn a_user_dictionary_codes_a_person_by_date() {
    let dict = Dictionary::parse(
        "Zorblat Quux|Quux\tFRAGOV\t2019-01-01\t2021-12-31\n\tFRAMIL\t2022\t\n",
        Path::new("mem.tsv"),
    )
    .unwrap();
    let ex = Extractor::builder().with_dictionary(dict).build().unwrap();
    let mut a = Article::new(TEXT);
    a.published = newsgraph::parse_date("2020-09-27").ok();
    let doc = ex.extract(&a).unwrap();
    // Names come from the tagger's proper nouns; until the trained tagger lands (the syntax
    // stage is a placeholder that tags every token X) no person name is found at all.
    let found = doc
        .actors
        .iter()
        .any(|a| a.mentions.iter().any(|m| m.text.contains("Quux")));
    if !found {
        eprintln!("no proper nouns from the syntax stage yet; end-to-end check skipped");
        return;
    }
    assert_eq!(code_of(&doc, "Zorblat Quux").as_deref(), Some("FRAGOV"));
    a.published = newsgraph::parse_date("2023-01-01").ok();
    let doc = ex.extract(&a).unwrap();
    assert_eq!(code_of(&doc, "Zorblat Quux").as_deref(), Some("FRAMIL"));
    // Without the dictionary the name is unknown.
    let doc = Extractor::new().extract(&a).unwrap();
    assert_ne!(code_of(&doc, "Zorblat Quux").as_deref(), Some("FRAMIL"));
}

#[test]
fn countries_are_found_with_the_builtin_lexicon() {
    let mut a = Article::new("U.S. officials said Iraq had been warned. Americans left Baghdad.");
    a.published = newsgraph::parse_date("2020-09-27").ok();
    let doc = Extractor::new().extract(&a).unwrap();
    let usa = doc.actors.iter().find(|a| a.code.as_deref() == Some("USA"));
    assert_eq!(usa.map(|a| a.name.as_str()), Some("United States"));
    assert!(doc.actors.iter().any(|a| a.name == "Iraq"));
}

#[test]
fn a_malformed_dictionary_file_is_an_error_naming_the_line() {
    let dir = std::env::temp_dir().join(format!("ng-dict-it-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::write(&path, "IRAQ [IRQ]\n+IRAQI\n\t[IRQGOV 950601-990815\n").unwrap();
    match Extractor::builder().with_dictionary_file(&path) {
        Err(Error::Dictionary { line, path: p, .. }) => {
            assert_eq!((line, p), (3, path.clone()));
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("accepted a malformed file"),
    }
    std::fs::remove_dir_all(&dir).ok();
}
