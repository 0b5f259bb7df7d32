//! Conversion between byte offsets and code-point offsets, built once per document.

/// Maps byte offsets of a text to code-point offsets and back.
///
/// It stores one entry per multi-byte character, so an ASCII text costs nothing and a
/// conversion is a binary search.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Byte offset of each multi-byte character's first byte.
    wide_at: Vec<usize>,
    /// Extra bytes (beyond one per character) accumulated up to and including that character.
    extra_after: Vec<usize>,
    len_bytes: usize,
    len_chars: usize,
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut wide_at = Vec::new();
        let mut extra_after = Vec::new();
        let mut extra = 0;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    wide_at.push(i);
                    extra_after.push(extra);
                }
            }
        }
        OffsetMap {
            wide_at,
            extra_after,
            len_bytes: text.len(),
            len_chars: text.len() - extra,
        }
    }

    /// Length of the text in code points.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// Code-point offset of a byte offset that lies on a character boundary.
    pub fn char_of(&self, byte: usize) -> usize {
        // Characters starting before `byte` contribute their extra bytes.
        let n = self.wide_at.partition_point(|&b| b < byte);
        let extra = if n == 0 { 0 } else { self.extra_after[n - 1] };
        byte.min(self.len_bytes) - extra
    }

    /// Byte offset of a code-point offset (clamped to the end of the text).
    pub fn byte_of(&self, ch: usize) -> usize {
        let ch = ch.min(self.len_chars);
        // Binary search over characters: char index of wide char i = wide_at[i] - extra_before(i).
        let mut lo = 0usize;
        let mut hi = self.wide_at.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let c = self.wide_at[mid] - self.extra_before_idx(mid);
            if c < ch {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let extra = if lo == 0 { 0 } else { self.extra_after[lo - 1] };
        ch + extra
    }

    fn extra_before_idx(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.extra_after[i - 1]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let m = OffsetMap::new(text);
        let mut ch = 0;
        for (b, _) in text.char_indices() {
            assert_eq!(m.char_of(b), ch, "char_of({b}) in {text:?}");
            assert_eq!(m.byte_of(ch), b, "byte_of({ch}) in {text:?}");
            ch += 1;
        }
        assert_eq!(m.char_of(text.len()), ch);
        assert_eq!(m.byte_of(ch), text.len());
        assert_eq!(m.len_chars(), ch);
    }

    #[test]
    fn ascii_is_identity() {
        check("Pompeo warned Iraq.");
    }

    #[test]
    fn mixed_widths() {
        check("Iraq’s “prime” minister — 😀 déjà vu ©2020");
        check("😀😀a😀");
        check("");
    }
}
