//! newsgraph reads English news and returns who the actors are, what they said (and on whose
//! authority we know it), and what they did to whom, when and where: each fact tied to the
//! characters of the text that support it.
//!
//! ```
//! let doc = newsgraph::Extractor::new().extract(&newsgraph::seed()).unwrap();
//! assert_eq!(doc.sentences.len(), 14);
//! ```
//!
//! The pipeline runs one stage per module, each a plain function over plain data:
//! [`text`] -> [`syntax`] -> [`time`] -> actors -> statements -> events -> [`document`].

pub mod actors;
pub mod article;
pub mod document;
pub mod error;
pub mod events;
pub mod extractor;
pub mod lexicon;
pub mod model;
pub mod parallel;
pub mod report;
pub mod seed;
pub mod statements;
pub mod syntax;
pub mod text;
pub mod time;
pub mod tree;
pub mod view;

pub use article::{parse_date, Article};
pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder};
pub use lexicon::Dictionary;
pub use model::*;
pub use seed::seed;
pub use text::offsets::OffsetMap;

/// The JSON Schema of a serialised [`Document`] (`newsgraph/1`).
pub const JSON_SCHEMA: &str = include_str!("../schema/newsgraph-1.schema.json");
