//! Event coding: the trigger lexicon that maps English words to CAMEO codes and PLOVER categories.
pub mod lexicon;
