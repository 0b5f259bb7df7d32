//! Plain-text tables with aligned columns, for terminal reports.

/// A table: a title, column headers and rows of cells.
pub struct Table {
    title: String,
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    /// Widest a column may grow before its cells are cut with an ellipsis.
    max_width: usize,
}

impl Table {
    /// A table with a title and column headers.
    pub fn new(title: impl Into<String>, headers: &[&'static str]) -> Table {
        Table {
            title: title.into(),
            headers: headers.to_vec(),
            rows: Vec::new(),
            max_width: 48,
        }
    }

    /// Appends a row (missing cells are blank, extra cells are dropped).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Renders the table, or a one-line "none" note when it has no rows.
    pub fn render(&self) -> String {
        let mut out = format!("{} ({})\n", self.title, self.rows.len());
        if self.rows.is_empty() {
            out.push_str("  none\n");
            return out;
        }
        let n = self.headers.len();
        let cell = |r: &Vec<String>, i: usize| -> String {
            let s = r.get(i).map_or("", String::as_str).replace('\n', " ");
            if s.chars().count() > self.max_width {
                let cut: String = s.chars().take(self.max_width - 1).collect();
                format!("{cut}…")
            } else {
                s
            }
        };
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, w) in widths.iter_mut().enumerate() {
                *w = (*w).max(cell(r, i).chars().count());
            }
        }
        // Two-space indent, cells padded to their column's width, two spaces between columns.
        let line = |cells: Vec<String>| -> String {
            let mut s = String::from("  ");
            for (i, c) in cells.iter().enumerate() {
                s.push_str(c);
                if i + 1 < n {
                    s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
                }
            }
            s.trim_end().to_string() + "\n"
        };
        out.push_str(&line(self.headers.iter().map(|h| h.to_string()).collect()));
        for r in &self.rows {
            out.push_str(&line((0..n).map(|i| cell(r, i)).collect()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_truncates() {
        let mut t = Table::new("THINGS", &["id", "name"]);
        t.row(vec!["a1".into(), "Iraq".into()]);
        t.row(vec!["a10".into(), "x".repeat(60)]);
        let s = t.render();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], "THINGS (2)");
        assert_eq!(lines[1], "  id   name");
        assert_eq!(lines[2], "  a1   Iraq");
        assert!(lines[3].ends_with('…'));
        assert_eq!(lines[3].chars().count(), 2 + 3 + 2 + 48);
        assert_eq!(Table::new("NONE", &["a"]).render(), "NONE (0)\n  none\n");
    }
}
