//! Checks between the attribute and the files it names: the method the attribute gives must be the
//! spec's, and the spec's error codes must not clash with the common ones.

use alipay_spec::{Common, Diagnostic, Diagnostics, SourceFile, Spec};

/// Every mismatch between the attribute, the spec and the common spec.
pub(crate) fn check(method: &str, spec: &Spec, spec_file: &SourceFile, common: &Common) -> Result<(), Diagnostics> {
    let mut found = Vec::new();
    if spec.method != method {
        let span = alipay_spec::method_span(spec_file).unwrap_or_default();
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
