//! The seed article the project was founded on, embedded in the library.

use crate::article::{parse_date, Article};
use serde::Deserialize;

const TEXT: &str = include_str!("../../../seeds/bloomberg-2020-09-27-us-warns-iraq-embassy.txt");
const META: &str = include_str!("../../../seeds/bloomberg-2020-09-27-us-warns-iraq-embassy.json");

#[derive(Deserialize)]
struct SeedMeta {
    id: String,
    title: String,
    outlet: String,
    published: String,
    url: String,
}

/// The seed article (Bloomberg, 2020-09-27) with its metadata.
pub fn seed() -> Article {
    // The metadata is part of the build; a parse failure is a build defect caught by tests.
    let m: SeedMeta = serde_json::from_str(META).expect("embedded seed metadata is valid JSON");
    Article {
        text: TEXT.to_string(),
        id: Some(m.id),
        title: Some(m.title),
        outlet: Some(m.outlet),
        url: Some(m.url),
        published: Some(parse_date(&m.published).expect("embedded seed date is valid")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn seed_is_the_founding_article() {
        let a = super::seed();
        assert_eq!(a.text.len(), 2412);
        assert_eq!(a.outlet.as_deref(), Some("Bloomberg"));
        assert_eq!(a.published.unwrap().to_string(), "2020-09-27");
        assert!(a.text.starts_with(a.title.as_deref().unwrap()));
    }
}
