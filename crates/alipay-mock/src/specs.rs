//! Loading a folder of specs (`specs/`): `common.toml` and one file per method.

use std::path::Path;

use alipay_spec::{Common, Diagnostic, Diagnostics, Spec, check_against_common, parse_common, parse_spec, read_source};

/// The name of the common spec in a specs folder.
pub const COMMON_FILE: &str = "common.toml";

/// The specs of a folder: every method spec and the common spec.
#[derive(Debug, Clone)]
pub struct SpecSet {
    /// The method specs, by file name.
    pub specs: Vec<Spec>,
    /// The common spec.
    pub common: Common,
}

/// Reads and checks every `*.toml` of `dir`: `common.toml` as the common spec, the others as method
/// specs, each checked against the common spec. Every error of every file is reported.
///
/// ```
/// let set = alipay_mock::load_specs(std::path::Path::new("../../specs"))
///     .map_err(|errors| errors.to_string())?;
/// assert!(set.specs.iter().any(|spec| spec.method == "alipay.marketing.card.query"));
/// # Ok::<(), String>(())
/// ```
pub fn load_specs(dir: &Path) -> Result<SpecSet, Diagnostics> {
    let display = |name: &str| dir.join(name).display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Diagnostics::from(
            Diagnostic::whole_file(dir.display().to_string(), format!("cannot read the specs folder: {error}"))
                .with_help("give the folder that holds `common.toml` and the method specs, such as `specs`"),
        )
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    if !names.iter().any(|name| name == COMMON_FILE) {
        return Err(Diagnostics::from(
            Diagnostic::whole_file(display(COMMON_FILE), "the specs folder has no common spec").with_help(
                "a specs folder holds `common.toml` (gateway codes and common sub_codes) beside the methods",
            ),
        ));
    }
    let common = parse_common(&read_source(&dir.join(COMMON_FILE), &display(COMMON_FILE))?)?;
    let mut errors = Vec::new();
    let mut specs = Vec::new();
    for name in names.iter().filter(|name| *name != COMMON_FILE) {
        let checked = read_source(&dir.join(name), &display(name)).and_then(|file| {
            let spec = parse_spec(&file)?;
            check_against_common(&spec, &file, &common)?;
            Ok(spec)
        });
        match checked {
            Ok(spec) => specs.push(spec),
            Err(diagnostics) => errors.extend(diagnostics),
        }
    }
    if errors.is_empty() { Ok(SpecSet { specs, common }) } else { Err(Diagnostics(errors)) }
}
