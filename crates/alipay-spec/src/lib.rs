//! The model of Alipay OpenAPI method specs: parse, resolve and validate spec files, with located errors.
//!
//! A spec is a TOML file describing one gateway method (see `docs/spec-format.md`). This crate turns its
//! text into a [`Spec`], or into [`Diagnostics`] that say what is wrong, where (file, line, column), and
//! what would be right. The `#[alipay_api]` macro, the `alipay` tool and the stand-in gateway share it.
//!
//! The pipeline, one file per stage: [`parse`](parse_spec) reads the spanned TOML tree into raw
//! structures (every key checked), `resolve` turns type names into [`TypeRef`]s, `validate` checks
//! names, cycles and unused types. Each stage keeps going after a mistake, so all errors of a file come
//! at once; only a TOML syntax error stops early.
//!
//! ```
//! use alipay_spec::{SourceFile, TypeRef, Scalar, parse_spec};
//!
//! let file = SourceFile::new("specs/alipay.test.card.query.toml", r#"
//! method = "alipay.test.card.query"
//! title = "会员卡查询"
//! description = "Query a card."
//!
//! [request.card_no]
//! type = "string"
//! required = true
//! max_length = 32
//! description = "卡号"
//!
//! [response]
//! "#);
//! let spec = parse_spec(&file).unwrap();
//! assert_eq!(spec.request.fields[0].ty, TypeRef::Scalar(Scalar::String));
//!
//! let typo = SourceFile::new("specs/x.toml", file.text.replace("required", "requried"));
//! let errors = parse_spec(&typo).unwrap_err();
//! assert_eq!(errors.0[0].message, "unknown key `requried`; did you mean `required`?");
//! assert_eq!((errors.0[0].line, errors.0[0].column), (8, 1));
//! ```

mod common;
mod diagnostic;
mod example;
pub mod instance;
mod load;
pub mod model;
pub mod naming;
mod parse;
mod resolve;
mod source;
pub mod suggest;
pub mod symbol;
mod validate;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use instance::{FilePart, InstanceViolation, params_request, validate_params, validate_request};
pub use load::{load_common, load_spec, read_source};
pub use model::*;
pub use source::SourceFile;

use diagnostic::Reporter;

/// Parses, resolves and validates a method spec.
pub fn parse_spec(file: &SourceFile) -> Result<Spec, Diagnostics> {
    let mut report = Reporter::new(file);
    let Some(raw) = parse::parse_spec(&mut report) else {
        return Err(report.into_errors());
    };
    let resolved = resolve::resolve(raw, &mut report);
    validate::validate(&resolved.spec, resolved.complete, &mut report);
    report.finish(resolved.spec)
}

/// Parses and checks the common spec (`specs/common.toml`): gateway codes and common `sub_code`s.
pub fn parse_common(file: &SourceFile) -> Result<Common, Diagnostics> {
    let mut report = Reporter::new(file);
    match common::parse_common(&mut report) {
        Some(common) => report.finish(common),
        None => Err(report.into_errors()),
    }
}

/// Checks that no business error code of `spec` (read from `spec_file`) makes the same `SubCode` variant
/// as a common `sub_code`.
pub fn check_against_common(spec: &Spec, spec_file: &SourceFile, common: &Common) -> Result<(), Diagnostics> {
    let mut report = Reporter::new(spec_file);
    common::check_against_common(spec, common, &mut report);
    report.finish(())
}

/// Where the top-level `method = "..."` value of a spec file is, as the spec parser reads it (so a comment after
/// the value, or a quoted key, is read as TOML reads it); `None` when the file does not parse or has no `method`.
pub fn method_span(file: &SourceFile) -> Option<Span> {
    let root = toml::de::DeTable::parse(&file.text).ok()?.into_inner();
    root.get(symbol::METHOD).map(parse::span_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_value_is_found() {
        let span_text = |text: &str| {
            let file = SourceFile::new("spec.toml", text);
            method_span(&file).map(|span| text[span.start..span.end].to_owned())
        };
        let text = "# spec\ntitle = \"x\"\nmethod  =  \"alipay.a.b\"\n[request]\nmethod = \"no\"\n";
        assert_eq!(span_text(text).as_deref(), Some("\"alipay.a.b\""));
        assert_eq!(span_text("method = \"alipay.a.b\" # the method\n").as_deref(), Some("\"alipay.a.b\""));
        assert_eq!(span_text("\"method\" = \"alipay.a.b\"\n").as_deref(), Some("\"alipay.a.b\""));
        assert_eq!(span_text("[request]\nmethod = 1\n"), None);
        assert_eq!(span_text("method = \n"), None);
    }
}
