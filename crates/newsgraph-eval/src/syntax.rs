//! Tagger and parser scores against a gold CoNLL-U file: UPOS, XPOS, UAS, LAS.
