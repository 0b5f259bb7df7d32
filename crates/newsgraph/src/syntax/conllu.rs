//! Reading and writing CoNLL-U.

/// Re-tags and re-parses the gold tokens of a CoNLL-U document, returning CoNLL-U.
pub fn reparse(conllu: &str) -> crate::Result<String> {
    Err(crate::Error::InvalidSetting(format!(
        "the parser is not trained yet ({} bytes of CoNLL-U ignored)",
        conllu.len()
    )))
}
