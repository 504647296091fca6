//! Re-spacing JSON text without re-serialising it: key order, escapes (`\/`, `\u00e9`) and number
//! spellings stay exactly as received, only whitespace between tokens changes. Both functions expect
//! text that already parsed as JSON.

/// The text without whitespace between tokens: a `biz_content` as one line.
pub fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut strings = Strings::default();
    for c in json.chars() {
        if strings.step(c) || !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// The text indented by two spaces per level, one member or item per line; empty objects and arrays
/// stay `{}` and `[]`.
pub fn indent(json: &str) -> String {
    let compact = compact(json);
    let mut out = String::with_capacity(compact.len() * 2);
    let mut strings = Strings::default();
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if strings.step(c) {
            out.push(c);
            continue;
        }
        match c {
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Tracks whether the characters seen so far end inside a string literal.
#[derive(Default)]
struct Strings {
    inside: bool,
    escaped: bool,
}

impl Strings {
    /// Takes the next character; true when it belongs to a string literal (its quotes included).
    fn step(&mut self, c: char) -> bool {
        if self.inside {
            if self.escaped {
                self.escaped = false;
            } else if c == '\\' {
                self.escaped = true;
            } else if c == '"' {
                self.inside = false;
            }
            true
        } else if c == '"' {
            self.inside = true;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{ \"b\" : \"x y\\\" }\\/\",\n \"a\":[1, 2.50,{}], \"c\" : { \"d\": [ ] , \"e\":null}}";

    #[test]
    fn compact_keeps_strings_and_order() {
        assert_eq!(compact(TEXT), r#"{"b":"x y\" }\/","a":[1,2.50,{}],"c":{"d":[],"e":null}}"#);
    }

    #[test]
    fn indent_is_readable_and_means_the_same() {
        let indented = indent(TEXT);
        assert_eq!(
            indented,
            "{\n  \"b\": \"x y\\\" }\\/\",\n  \"a\": [\n    1,\n    2.50,\n    {}\n  ],\n  \"c\": {\n    \"d\": [],\n    \"e\": null\n  }\n}"
        );
        let before: serde_json::Value = serde_json::from_str(TEXT).unwrap();
        let after: serde_json::Value = serde_json::from_str(&indented).unwrap();
        assert_eq!(before, after);
        assert_eq!(compact(&indented), compact(TEXT));
    }
}
