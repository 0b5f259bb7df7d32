//! The actors stage: finds participants, types and codes them, merges their mentions, and
//! finds the places named in the text.

pub mod entities;

pub use entities::{Entities, MentionRef};
