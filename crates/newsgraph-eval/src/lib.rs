//! Scoring newsgraph against human-annotated data: one module per task, plus the shared
//! counting and reporting. Lives outside the core library so the library carries no eval code.

pub mod syntax;
