//! Properties that hold for any input text: no panic, spans match the text, sentences tile the
//! body without overlap, and documents round-trip through JSON.

use newsgraph::{Article, Document, Error, Extractor};
use proptest::prelude::*;

/// Text that looks a bit like news: words, punctuation, quotes, newlines and odd Unicode.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,10}",
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ".", ",", "?", "!", "’s", "n't", "“", "”", "\"", "'", "U.S.", "Gen.", "—", "-", "...",
            "\n", "\n\n", "©2020 X", "(", ")", "3,000", "9/26/2020", "é", "😀", "\u{a0}", "\t",
        ]).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(doc: &Document) {
    doc.validate().unwrap();
    let chars: Vec<char> = doc.text.chars().collect();
    // Sentences are ordered, disjoint, and outside boilerplate.
    for w in doc.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences overlap: {w:?}");
    }
    let in_boiler = |i: usize| doc.boilerplate.iter().any(|b| b.start <= i && i < b.end);
    for s in &doc.sentences {
        assert!(s.start < s.end);
        assert!(
            !(s.start..s.end).any(in_boiler),
            "sentence overlaps boilerplate"
        );
    }
    // Every non-space character outside boilerplate is in a sentence.
    for (i, c) in chars.iter().enumerate() {
        if c.is_whitespace() || in_boiler(i) {
            continue;
        }
        assert!(
            doc.sentence_at(i).is_some(),
            "char {i} ({c:?}) is in no sentence of {:?}",
            doc.text
        );
    }
    let back = Document::from_json(&doc.to_json()).unwrap();
    assert_eq!(&back, doc);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        match Extractor::new().extract(&Article::new(text)) {
            Ok(doc) => check(&doc),
            Err(e) => prop_assert!(!matches!(e, Error::Internal(_)), "{e}"),
        }
    }

    #[test]
    fn newsy_text_tiles_into_sentences(text in newsy()) {
        let ex = Extractor::builder().with_syntax(true).build().unwrap();
        match ex.extract(&Article::new(text)) {
            Ok(doc) => check(&doc),
            Err(e) => prop_assert!(
                matches!(e, Error::EmptyText | Error::BlankText { .. } | Error::Binary { .. }),
                "{e}"
            ),
        }
    }
}
