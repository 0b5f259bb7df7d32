//! Views of a document for people and notebooks: column tables ([`columns`]) and a highlighted
//! HTML rendering of the text ([`html`]). Both read a finished [`crate::Document`] only.

pub mod columns;
pub mod html;

pub use columns::{stacked, tables, Column, Table, TABLES};
