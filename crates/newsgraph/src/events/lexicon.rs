//! The event trigger lexicon: English verbs, nouns and multi-word expressions that report an
//! event, each mapped to a CAMEO code and a PLOVER category and mode.
//!
//! This first part holds the CAMEO facts rows are checked against.

mod cameo;

pub use cameo::{
    intensity, is_known_code, is_statement_code, modes, recode, root_categories, table_category,
    Frame, DEVIATIONS, INTENSITY,
};
