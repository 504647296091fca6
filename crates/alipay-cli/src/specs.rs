//! The specs the tool knows: those `alipay-apis` bundles (its `specs/` folder, one generated module per
//! method), and files named on the command line, read with exactly the diagnostics the `#[alipay_api]`
//! attribute gives.

use std::path::Path;

use alipay_apis::specs::BundledSpec;
use alipay_spec::{Common, Diagnostics, SourceFile, Spec};

use crate::failure::{Failure, Outcome};
use crate::input;

/// The file name of the common spec (gateway codes and common `sub_code`s).
pub const COMMON_FILE: &str = "common.toml";

/// A bundled method spec as the spec crate reads it, shown as `specs/<method>.toml` in diagnostics.
pub fn bundled_source(bundled: &BundledSpec) -> SourceFile {
    SourceFile::new(format!("specs/{}.toml", bundled.method), bundled.toml)
}

/// The bundled method specs, sorted by method name.
pub fn bundled_methods() -> impl Iterator<Item = &'static BundledSpec> {
    alipay_apis::specs::ALL.iter()
}

/// The bundled spec of `method`.
pub fn bundled_method(method: &str) -> Option<&'static BundledSpec> {
    alipay_apis::specs::find(method)
}

/// The bundled common spec, parsed. Checked by the tool's tests, so it always parses.
pub fn bundled_common() -> Outcome<Common> {
    let file = SourceFile::new(format!("specs/{COMMON_FILE}"), alipay_apis::specs::COMMON);
    alipay_spec::parse_common(&file).map_err(|diagnostics| diagnostics_failure(&diagnostics))
}

/// The common spec: `--common FILE` when given, else the bundled one.
pub fn common(path: Option<&Path>) -> Outcome<Common> {
    match path {
        Some(path) => {
            let file = source_file(path)?;
            alipay_spec::parse_common(&file).map_err(|diagnostics| diagnostics_failure(&diagnostics))
        }
        None => bundled_common(),
    }
}

/// Reads a spec file named on the command line; diagnostics show the path as given.
pub fn source_file(path: &Path) -> Outcome<SourceFile> {
    let text = input::read_text(path, "spec file")?;
    Ok(SourceFile::new(path.display().to_string().replace('\\', "/"), text))
}

/// Parses and checks a method spec as the attribute does: the spec itself, then its error codes against
/// the common ones.
pub fn check_method(file: &SourceFile, common: &Common) -> Result<Spec, Diagnostics> {
    let spec = alipay_spec::parse_spec(file)?;
    alipay_spec::check_against_common(&spec, file, common)?;
    Ok(spec)
}

/// Diagnostics as a failure (exit 2): every one, rendered like rustc.
pub fn diagnostics_failure(diagnostics: &Diagnostics) -> Failure {
    let count = diagnostics.len();
    let noun = if count == 1 { "error" } else { "errors" };
    Failure::input(format!("{diagnostics}\n\n{count} {noun} in the spec"))
}

/// A spec named by `METHOD` (a bundled method) or `FILE` (a path ending in `.toml`, or any existing file).
pub fn resolve(name: &str, common: &Common) -> Outcome<Spec> {
    let path = Path::new(name);
    if name.ends_with(".toml") || name.contains('/') || path.is_file() {
        let file = source_file(path)?;
        return check_method(&file, common).map_err(|diagnostics| diagnostics_failure(&diagnostics));
    }
    let bundled = bundled_method(name).ok_or_else(|| unknown_method(name))?;
    check_method(&bundled_source(bundled), common).map_err(|diagnostics| diagnostics_failure(&diagnostics))
}

/// The error for a method with no bundled spec, with the closest bundled method when one is close.
pub fn unknown_method(name: &str) -> Failure {
    let methods: Vec<&str> = bundled_methods().map(|bundled| bundled.method).collect();
    let closest = methods
        .iter()
        .map(|method| (strsim::normalized_damerau_levenshtein(name, method), *method))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let mut message = format!("no bundled spec for `{name}`");
    if let Some((_, method)) = closest {
        message.push_str(&format!("; did you mean `{method}`?"));
    }
    message.push_str(&format!(
        "\nthe bundled methods are: {}\nfor another method, give its spec file (a path ending in .toml)",
        methods.join(", ")
    ));
    Failure::input(message)
}

/// Checks `--biz-content` text: a JSON object, and, when the method has a spec, one that keeps every rule of it
/// (each broken rule listed with the field's path).
pub fn check_biz_content(text: &str, spec: Option<&Spec>) -> Outcome {
    let biz_content: serde_json::Value =
        serde_json::from_str(text).map_err(|error| Failure::input(format!("--biz-content is not JSON: {error}")))?;
    if !biz_content.is_object() {
        return Err(Failure::input(
            "--biz-content must be a JSON object of the method's parameters, like {\"out_trade_no\": \"T1\"}",
        ));
    }
    let Some(spec) = spec else { return Ok(()) };
    let violations = alipay_spec::validate_request(spec, &biz_content);
    if violations.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = violations.iter().map(|violation| format!("  {violation}")).collect();
    Err(Failure::input(format!(
        "the biz_content breaks the spec of `{}` (nothing was sent):\n{}\n`alipay spec show {}` lists the fields",
        spec.method,
        lines.join("\n"),
        spec.method
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_spec_passes_the_attributes_checks() {
        let common = bundled_common().unwrap();
        let mut count = 0;
        for bundled in bundled_methods() {
            let spec = check_method(&bundled_source(bundled), &common).unwrap_or_else(|errors| panic!("{errors}"));
            assert_eq!(spec.method, bundled.method);
            count += 1;
        }
        assert!(count >= 2, "the workspace has at least two specs");
    }

    #[test]
    fn a_near_miss_is_suggested() {
        let error = unknown_method("alipay.marketing.card.querry");
        assert!(error.message.contains("did you mean `alipay.marketing.card.query`?"), "{error}");
        let error = unknown_method("zhima.credit.score.get");
        assert!(!error.message.contains("did you mean"), "{error}");
        assert!(error.message.contains("alipay.commerce.transport.nfccard.send"), "{error}");
    }
}
