//! Located errors in spec files, collected and rendered like rustc's.

use std::fmt;

use unicode_width::UnicodeWidthChar;

use crate::model::Span;
use crate::source::SourceFile;

/// One mistake in a spec file: where it is, what is wrong, and what would be right.
///
/// Rendered by [`Display`](fmt::Display) like rustc:
///
/// ```text
/// error: unknown key `requried`; did you mean `required`?
///   --> specs/x.toml:12:1
///    |
/// 12 | requried = true
///    | ^^^^^^^^
///    |
///    = help: the keys of a field are `type`, `required`, `max_length`, `max_items`, `description`, `example`
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file's display path, e.g. `specs/alipay.marketing.card.query.toml`.
    pub file: String,
    /// The 1-based line; 0 when the error concerns the whole file (it could not be read).
    pub line: usize,
    /// The 1-based column, in characters; 0 when the error concerns the whole file.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What would be right, when there is something to say.
    pub help: Option<String>,
    /// The byte range the error points at.
    pub span: Span,
    /// The text of the line the error points at, when there is one.
    pub source_line: Option<String>,
    /// How many characters of that line the span covers (at least 1).
    pub width: usize,
}

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn new(file: &SourceFile, span: Span, message: impl Into<String>) -> Self {
        let (line, column) = file.line_col(span.start);
        let line_range = file.line_range(line).unwrap_or(0..0);
        let start = file.floor_char_boundary(span.start);
        let end = file.floor_char_boundary(span.end.clamp(start, line_range.end.max(start)));
        let width = file.text[start..end].chars().count().max(1);
        Diagnostic {
            file: file.display_path.clone(),
            line,
            column,
            message: message.into(),
            help: None,
            span,
            source_line: Some(file.text[line_range].to_owned()),
            width,
        }
    }

    /// An error about a whole file, with no position (e.g. it could not be read).
    pub fn whole_file(display_path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: display_path.into(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
            span: Span::default(),
            source_line: None,
            width: 0,
        }
    }

    /// The same error with a help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the help text of a collected error.
    pub(crate) fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }
}

/// How wide `text` shows in a terminal; a tab counts as four columns, as rendered.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c == '\t' { 4 } else { c.width().unwrap_or(0) }).sum()
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        let gutter = " ".repeat(if self.line == 0 { 1 } else { self.line.to_string().len() });
        if self.line == 0 {
            write!(f, "{gutter}--> {}", self.file)?;
        } else {
            write!(f, "{gutter}--> {}:{}:{}", self.file, self.line, self.column)?;
        }
        if let Some(source_line) = &self.source_line {
            let before: String = source_line.chars().take(self.column - 1).collect();
            let covered: String = source_line.chars().skip(self.column - 1).take(self.width).collect();
            let pad = display_width(&before);
            let carets = display_width(&covered).max(1);
            write!(f, "\n{gutter} |")?;
            write!(f, "\n{} | {}", self.line, source_line.replace('\t', "    "))?;
            write!(f, "\n{gutter} | {}{}", " ".repeat(pad), "^".repeat(carets))?;
        }
        if let Some(help) = &self.help {
            if self.source_line.is_some() {
                write!(f, "\n{gutter} |")?;
            }
            let indent = format!("\n{gutter}         ");
            write!(f, "\n{gutter} = help: {}", help.replace('\n', &indent))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Every error found in a spec file, in the order of their positions.
///
/// [`Display`](fmt::Display) renders them all, separated by blank lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// How many errors there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("\n\n")?;
            }
            diagnostic.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Collects the errors of one file while every stage keeps going.
pub(crate) struct Reporter<'a> {
    file: &'a SourceFile,
    found: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    /// A reporter for `file`.
    pub(crate) fn new(file: &'a SourceFile) -> Self {
        Reporter { file, found: Vec::new() }
    }

    /// The file being checked.
    pub(crate) fn file(&self) -> &'a SourceFile {
        self.file
    }

    /// Records an error at `span`; chain [`Diagnostic::help`] to add a help text.
    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        self.found.push(Diagnostic::new(self.file, span, message));
        self.found.last_mut().expect("an error was just pushed")
    }

    /// `value` when no error was recorded, else every error, in the order of their positions.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.found.is_empty() { Ok(value) } else { Err(self.into_errors()) }
    }

    /// Every error recorded, in the order of their positions.
    pub(crate) fn into_errors(self) -> Diagnostics {
        let mut found = self.found;
        found.sort_by_key(|diagnostic| diagnostic.span.start);
        Diagnostics(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let file = SourceFile::new("specs/x.toml", "a = 1\n\n\n\n\n\n\n\n\n\n\n[request.x]\nrequried = true\n");
        let start = file.text.find("requried").unwrap();
        let diagnostic = Diagnostic::new(&file, Span { start, end: start + 8 }, "unknown key `requried`")
            .with_help("did you mean `required`?");
        assert_eq!(
            diagnostic.to_string(),
            "error: unknown key `requried`\n  --> specs/x.toml:13:1\n   |\n13 | requried = true\n   | ^^^^^^^^\n   |\n   = help: did you mean `required`?"
        );
    }

    #[test]
    fn carets_follow_wide_characters_and_tabs() {
        let file = SourceFile::new("x.toml", "t = \"会员\"\tx\n");
        let start = file.text.find('x').unwrap();
        let diagnostic = Diagnostic::new(&file, Span { start, end: start + 1 }, "m");
        assert_eq!(diagnostic.column, 10);
        assert_eq!(
            diagnostic.to_string(),
            "error: m\n --> x.toml:1:10\n  |\n1 | t = \"会员\"    x\n  |               ^"
        );
    }

    #[test]
    fn empty_and_multiline_spans_underline_at_least_one_and_at_most_the_line() {
        let file = SourceFile::new("x.toml", "ab\ncd\n");
        let empty = Diagnostic::new(&file, Span { start: 1, end: 1 }, "m");
        assert_eq!(empty.width, 1);
        let long = Diagnostic::new(&file, Span { start: 0, end: 5 }, "m");
        assert_eq!(long.width, 2);
        let end = Diagnostic::new(&file, Span { start: 6, end: 6 }, "m");
        assert_eq!((end.line, end.column, end.width), (3, 1, 1));
        assert_eq!(end.to_string(), "error: m\n --> x.toml:3:1\n  |\n3 | \n  | ^");
    }

    #[test]
    fn whole_file_errors_have_no_position() {
        let diagnostic =
            Diagnostic::whole_file("specs/x.toml", "cannot read the file: not found").with_help("check the path");
        assert_eq!(
            diagnostic.to_string(),
            "error: cannot read the file: not found\n --> specs/x.toml\n  = help: check the path"
        );
    }
}
