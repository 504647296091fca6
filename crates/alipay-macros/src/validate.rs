//! Checks between the attribute and the files it names: the method the attribute gives must be the
//! spec's, and the spec's error codes must not clash with the common ones.

use alipay_spec::{Common, Diagnostic, Diagnostics, SourceFile, Span, Spec};

/// Every mismatch between the attribute, the spec and the common spec.
pub(crate) fn check(method: &str, spec: &Spec, spec_file: &SourceFile, common: &Common) -> Result<(), Diagnostics> {
    let mut found = Vec::new();
    if spec.method != method {
        let span = method_value_span(&spec_file.text);
        found.push(
            Diagnostic::new(
                spec_file,
                span,
                format!("this spec is for `{}`, but the attribute says `method = \"{method}\"`", spec.method),
            )
            .with_help(format!(
                "write `method = \"{}\"` in the attribute, or point `spec = \"...\"` at the spec of `{method}`",
                spec.method
            )),
        );
    }
    if let Err(errors) = alipay_spec::check_against_common(spec, spec_file, common) {
        found.extend(errors);
    }
    if found.is_empty() { Ok(()) } else { Err(Diagnostics(found)) }
}

/// Where the top-level `method = "..."` value of a spec is; the start of the file if it cannot be found.
fn method_value_span(text: &str) -> Span {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            break;
        }
        let value = trimmed.strip_prefix("method").and_then(|rest| rest.trim_start().strip_prefix('='));
        if let Some(value) = value {
            let value = value.trim_start();
            let start = offset + (line.len() - value.len());
            let end = start + value.trim_end().len();
            return Span { start, end };
        }
        offset += line.len();
    }
    Span::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_value_is_found() {
        let text = "# spec\ntitle = \"x\"\nmethod  =  \"alipay.a.b\"\n[request]\nmethod = \"no\"\n";
        let span = method_value_span(text);
        assert_eq!(&text[span.start..span.end], "\"alipay.a.b\"");
        assert_eq!(method_value_span("[request]\nmethod = 1\n"), Span::default());
    }
}
