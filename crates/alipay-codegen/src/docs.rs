//! Rustdoc from spec text: every generated item carries the spec's words, so `cargo doc` is the reference.

use alipay_spec::{Field, Scalar, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The doc comment of one item, built paragraph by paragraph.
#[derive(Default)]
pub(crate) struct Doc {
    lines: Vec<String>,
}

impl Doc {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds a paragraph of Markdown written by the generator.
    pub(crate) fn paragraph(mut self, markdown: impl Into<String>) -> Self {
        let markdown = markdown.into();
        if !markdown.is_empty() {
            if !self.lines.is_empty() {
                self.lines.push(String::new());
            }
            self.lines.push(markdown);
        }
        self
    }

    /// Adds text from a spec: Markdown syntax in it is escaped and each of its lines is a paragraph, as
    /// the doc pages lay their descriptions out line by line.
    pub(crate) fn text(mut self, text: &str) -> Self {
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            self = self.paragraph(escape(line));
        }
        self
    }

    /// The `#[doc = "..."]` attributes (outer).
    pub(crate) fn outer(&self) -> TokenStream {
        let lines = self.lines.iter().map(|line| doc_line(line));
        quote!(#(#[doc = #lines])*)
    }

    /// The `#![doc = "..."]` attributes (inner, for a file).
    pub(crate) fn inner(&self) -> TokenStream {
        let lines = self.lines.iter().map(|line| doc_line(line));
        quote!(#(#![doc = #lines])*)
    }

    /// The lines, paragraphs separated by empty ones.
    #[cfg(test)]
    pub(crate) fn text_lines(&self) -> &[String] {
        &self.lines
    }
}

/// One doc line as the attribute's string: `/// text` is `#[doc = " text"]`.
fn doc_line(line: &str) -> String {
    if line.is_empty() { String::new() } else { format!(" {line}") }
}

/// The doc comment of a field: the spec's description, then its rules and example.
pub(crate) fn field(field: &Field) -> Doc {
    let mut facts = vec![if field.required { "Required." } else { "Optional." }.to_owned()];
    if let Some(limits) = limits(&field.ty, field.max_length, field.max_items) {
        facts.push(limits);
    }
    if let Some(example) = field.example.as_deref().filter(|example| !example.is_empty()) {
        facts.push(format!("Example: {}.", code(example)));
    }
    Doc::new().text(&field.description).paragraph(facts.join(" "))
}

/// The length rules of a field, in words.
fn limits(ty: &TypeRef, max_length: Option<u32>, max_items: Option<u32>) -> Option<String> {
    match (ty, max_length, max_items) {
        (TypeRef::Array(_), Some(length), Some(items)) => {
            Some(format!("At most {items} items, each at most {length} characters."))
        }
        (TypeRef::Array(_), None, Some(items)) => Some(format!("At most {items} items.")),
        (TypeRef::Array(_), Some(length), None) => Some(format!("Each item at most {length} characters.")),
        (TypeRef::Object(_), Some(length), _) => Some(format!("At most {length} characters as JSON.")),
        (TypeRef::Scalar(Scalar::File), Some(length), _) => Some(format!("At most {length} bytes.")),
        (_, Some(length), _) => Some(format!("At most {length} characters.")),
        (_, None, _) => None,
    }
}

/// Text shown as inline code, whatever backticks it holds.
pub(crate) fn code(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    if longest_run == 0 {
        format!("`{text}`")
    } else {
        let fence = "`".repeat(longest_run + 1);
        format!("{fence} {text} {fence}")
    }
}

/// Escapes what Markdown would read as syntax in one line of spec text (emphasis, links, HTML), and turns
/// bare web addresses into links (rustdoc warns about bare ones). Backticks stay: specs use them for code.
pub(crate) fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    if rest.starts_with('#') {
        out.push('\\');
    }
    while !rest.is_empty() {
        if let Some(length) = url_length(rest) {
            out.push('<');
            out.push_str(&rest[..length]);
            out.push('>');
            rest = &rest[length..];
            continue;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        if matches!(c, '\\' | '*' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
        rest = chars.as_str();
    }
    out
}

/// The length of the web address `text` starts with, if it starts with one.
fn url_length(text: &str) -> Option<usize> {
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let end =
        text.find(|c: char| !c.is_ascii_graphic() || matches!(c, '<' | '>' | '"' | '\'' | '`')).unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
    Some(url.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alipay_spec::Span;

    #[test]
    fn markdown_in_spec_text_is_escaped() {
        assert_eq!(escape("a*b*c [x] <y> `z` \\"), "a\\*b\\*c \\[x\\] \\<y\\> `z` \\\\");
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("卡号_类型"), "卡号_类型");
    }

    #[test]
    fn web_addresses_become_links() {
        assert_eq!(
            escape("见 https://opendocs.alipay.com/open/a?b=1&c=2. 然后"),
            "见 <https://opendocs.alipay.com/open/a?b=1&c=2>. 然后"
        );
        assert_eq!(escape("(http://x.cn)"), "(<http://x.cn>)");
        assert_eq!(escape("alipays://platformapi/startapp"), "alipays://platformapi/startapp");
    }

    #[test]
    fn code_survives_backticks() {
        assert_eq!(code("0000001"), "`0000001`");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(code("two\nlines"), "`two lines`");
    }

    #[test]
    fn each_line_of_a_description_is_a_paragraph() {
        let doc = Doc::new().text("第一行\n\n  第二行  \n第三行").paragraph("Required.");
        assert_eq!(doc.text_lines(), ["第一行", "", "第二行", "", "第三行", "", "Required."]);
    }

    fn field_of(ty: TypeRef, max_length: Option<u32>, max_items: Option<u32>) -> Field {
        Field {
            name: "f".to_owned(),
            ty,
            required: false,
            max_length,
            max_items,
            description: "描述".to_owned(),
            example: Some("x".to_owned()),
            span: Span::default(),
        }
    }

    #[test]
    fn field_docs_state_the_rules() {
        let scalar = field(&field_of(TypeRef::Scalar(Scalar::String), Some(32), None));
        assert_eq!(scalar.text_lines(), ["描述", "", "Optional. At most 32 characters. Example: `x`."]);

        let array = TypeRef::Array(Box::new(TypeRef::Object("Item".to_owned())));
        let both = field(&field_of(array.clone(), Some(1024), Some(4)));
        assert_eq!(both.text_lines()[2], "Optional. At most 4 items, each at most 1024 characters. Example: `x`.");
        let items = field(&field_of(array, None, Some(4)));
        assert_eq!(items.text_lines()[2], "Optional. At most 4 items. Example: `x`.");

        let mut object = field_of(TypeRef::Object("Item".to_owned()), Some(1024), None);
        object.required = true;
        object.example = None;
        assert_eq!(field(&object).text_lines()[2], "Required. At most 1024 characters as JSON.");

        let mut file = field_of(TypeRef::Scalar(Scalar::File), Some(5_242_880), None);
        file.example = None;
        assert_eq!(field(&file).text_lines()[2], "Optional. At most 5242880 bytes.");
    }
}
