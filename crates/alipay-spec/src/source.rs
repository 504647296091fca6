//! A spec file's text and the path shown in errors; byte offsets to lines and columns.

/// A spec file: the path errors show (relative to the crate, e.g. `specs/alipay.marketing.card.query.toml`)
/// and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path shown in errors.
    pub display_path: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// A source file from its display path and text.
    pub fn new(display_path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { display_path: display_path.into(), text: text.into() }
    }

    /// The 1-based line and column (counted in characters) of a byte offset.
    ///
    /// An offset past the end maps to the end of the text; an offset inside a character maps to that
    /// character.
    ///
    /// ```
    /// let file = alipay_spec::SourceFile::new("specs/x.toml", "a = 1\ntitle = \"会员\"\n");
    /// assert_eq!(file.line_col(0), (1, 1));
    /// assert_eq!(file.line_col(6), (2, 1));
    /// assert_eq!(file.line_col(file.text.find('员').unwrap()), (2, 11));
    /// ```
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset);
        let before = &self.text[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let line = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// The byte range of a 1-based line, without its line ending; `None` past the last line.
    pub fn line_range(&self, line: usize) -> Option<std::ops::Range<usize>> {
        let mut start = 0;
        for _ in 1..line {
            start += self.text[start..].find('\n')? + 1;
        }
        if line == 0 || start > self.text.len() {
            return None;
        }
        let end = self.text[start..].find('\n').map_or(self.text.len(), |newline| start + newline);
        let end = if self.text[..end].ends_with('\r') { end - 1 } else { end };
        Some(start..end)
    }

    /// The text of a 1-based line, without its line ending; `None` past the last line.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        self.line_range(line).map(|range| &self.text[range])
    }

    /// The largest character boundary at or before `offset`, clamped to the text.
    pub(crate) fn floor_char_boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let file = SourceFile::new("x.toml", "ab\r\n\n说明 = 1\nlast");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(2), (1, 3));
        assert_eq!(file.line_col(4), (2, 1));
        assert_eq!(file.line_col(5), (3, 1));
        assert_eq!(file.line_col(8), (3, 2));
        // Inside the second character's bytes: that character.
        assert_eq!(file.line_col(9), (3, 2));
        assert_eq!(file.line_col(1000), (4, 5));
        assert_eq!(file.line_text(1), Some("ab"));
        assert_eq!(file.line_text(2), Some(""));
        assert_eq!(file.line_text(3), Some("说明 = 1"));
        assert_eq!(file.line_text(4), Some("last"));
        assert_eq!(file.line_text(5), None);
        assert_eq!(file.line_text(0), None);
    }

    #[test]
    fn trailing_newline_has_an_empty_last_line() {
        let file = SourceFile::new("x.toml", "a\n");
        assert_eq!(file.line_text(2), Some(""));
        assert_eq!(file.line_col(2), (2, 1));
        assert_eq!(file.line_text(3), None);
    }
}
