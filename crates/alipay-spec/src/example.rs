//! The `[examples]` checks: each example is JSON, and has the shape of a request or a response body.
//!
//! A JSON error is reported at its own line and column inside the TOML string when the string's text is
//! written as is (a literal string, or a basic string without escapes), else at the string.

use serde_json::Value;

use crate::diagnostic::Reporter;
use crate::model::{RequestIn, Span};
use crate::naming;
use crate::parse::Located;
use crate::symbol;

/// Checks the example at `examples.<key>`; `method` is the spec's method name, when it is valid. Returns the
/// example's top-level keys (none when it is not a JSON object).
pub(crate) fn check(
    report: &mut Reporter<'_>,
    key: &str,
    text: &Located<String>,
    method: Option<&str>,
    request_in: RequestIn,
) -> Vec<String> {
    let shape = if key == symbol::REQUEST {
        match request_in {
            RequestIn::BizContent => "the request example is the `biz_content` JSON object".to_owned(),
            RequestIn::Params => {
                "the request example is the text parameters as one JSON object, files left out".to_owned()
            }
        }
    } else {
        let node = method.map_or_else(|| "<method>_response".to_owned(), naming::response_key);
        format!("the {key} example is a whole response body: {{\"{node}\": {{...}}, \"sign\": \"...\"}}")
    };
    let value = match serde_json::from_str::<Value>(&text.value) {
        Ok(value) => value,
        Err(error) => {
            let message = error.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(message, _)| message);
            let span = locate(report, &text.value, text.span, error.line(), error.column());
            report.error(span, format!("`examples.{key}` is not valid JSON: {message}")).help(shape);
            return Vec::new();
        }
    };
    let Value::Object(object) = value else {
        report.error(text.span, format!("`examples.{key}` must be a JSON object")).help(shape);
        return Vec::new();
    };
    if key != symbol::REQUEST
        && let Some(method) = method
    {
        let node = naming::response_key(method);
        if !object.contains_key(&node) {
            report.error(text.span, format!("`examples.{key}` has no `{node}` node")).help(shape);
        }
    }
    object.into_iter().map(|(name, _)| name).collect()
}

/// The span in the file of the JSON error at `line`:`column` (1-based, columns in bytes as serde_json
/// counts them) of `json`, the decoded value of the TOML string at `string_span`.
fn locate(report: &Reporter<'_>, json: &str, string_span: Span, line: usize, column: usize) -> Span {
    let Some(content_start) = content_start(&report.file().text, string_span, json) else {
        return string_span;
    };
    let line_start: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let mut offset = (line_start + column.saturating_sub(1)).min(json.len());
    while !json.is_char_boundary(offset) {
        offset -= 1;
    }
    let width = json[offset..].chars().next().map_or(0, char::len_utf8);
    let start = content_start + offset;
    Span { start, end: start + width }
}

/// Where the text of a TOML string starts in the file, if the file holds the decoded `value` verbatim
/// there (no escapes to undo); `None` otherwise.
fn content_start(file: &str, span: Span, value: &str) -> Option<usize> {
    let raw = file.get(span.start..span.end)?;
    let delimiter = ["'''", "\"\"\"", "'", "\""].into_iter().find(|delimiter| raw.starts_with(delimiter))?;
    let inner = raw.get(delimiter.len()..raw.len().checked_sub(delimiter.len())?)?;
    let skipped = if delimiter.len() == 3 {
        if inner.starts_with("\r\n") { 2 } else { usize::from(inner.starts_with('\n')) }
    } else {
        0
    };
    (inner.get(skipped..)? == value).then_some(span.start + delimiter.len() + skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_written_verbatim_map_to_the_file() {
        let file = "x = '''\n{\"a\": 1}\n'''\ny = \"{}\"\nz = \"\\u0041\"";
        let x = Span { start: 4, end: 20 };
        assert_eq!(content_start(file, x, "{\"a\": 1}\n"), Some(8));
        let y_start = file.find("\"{}\"").unwrap();
        assert_eq!(content_start(file, Span { start: y_start, end: y_start + 4 }, "{}"), Some(y_start + 1));
        let z_start = file.find("\"\\u").unwrap();
        assert_eq!(content_start(file, Span { start: z_start, end: file.len() }, "A"), None);
    }
}
