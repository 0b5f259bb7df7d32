//! The statements stage: who said what, to whom, in what words, on whose authority.

pub mod quotes;
