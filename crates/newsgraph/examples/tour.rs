//! A short tour of the Rust API on a two-sentence story (the README quotes its output).
//!
//! Run with `cargo run --release -p newsgraph --example tour`.

use chrono::NaiveDate;
use newsgraph::{Article, Extractor};

fn main() -> Result<(), newsgraph::Error> {
    let text = "Turkey warned on Monday it would launch a military operation if the militants \
                did not withdraw. \u{201c}Our patience is running out,\u{201d} Foreign Minister \
                Mevlut Cavusoglu told reporters in Ankara.";
    let published = NaiveDate::from_ymd_opt(2021, 3, 3).expect("a valid date");
    let doc = Extractor::new().extract(&Article::new(text).with_published(published))?;
    for a in &doc.actors {
        println!("actor  {} {:?} {:?} {:?}", a.name, a.kind, a.code, a.titles);
    }
    for s in &doc.statements {
        let speaker = s
            .speaker
            .as_ref()
            .and_then(|id| doc.actor(id))
            .map(|a| &a.name);
        println!(
            "said   {:?} {:?} {:?}: {:?}",
            speaker,
            s.act,
            s.quote,
            s.content.as_ref().map(|c| &c.text)
        );
    }
    for e in &doc.events {
        let when = e
            .time
            .as_ref()
            .and_then(|id| doc.time(id))
            .map(|t| &t.value);
        println!(
            "event  {:?} {} {:?} {:?} when {:?}",
            e.category, e.cameo, e.factuality, e.trigger.text, when
        );
    }
    Ok(())
}
