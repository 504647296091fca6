//! Finding and reading the spec and `common.toml`, then handing them to the spec crate.
//!
//! Relative paths are resolved against the directory of the crate being compiled (`CARGO_MANIFEST_DIR`,
//! or `ALIPAY_MANIFEST_DIR` when set, which the UI tests use because trybuild compiles them elsewhere).
//! Errors name files as the attribute gives them, relative to that directory, so they read the same on
//! every machine.

use std::path::{Path, PathBuf};

use alipay_spec::{Common, Diagnostic, Diagnostics, SourceFile, Spec};
use syn::LitStr;

use crate::attr::Args;

/// Overrides `CARGO_MANIFEST_DIR` as the directory relative paths start from.
pub(crate) const MANIFEST_DIR_OVERRIDE: &str = "ALIPAY_MANIFEST_DIR";

/// One file the attribute reads.
pub(crate) struct Input<T> {
    /// The file as read, when it could be read.
    pub file: Option<SourceFile>,
    /// Its absolute path, for `include_bytes!`, when it exists.
    pub tracked: Option<String>,
    /// What the spec crate made of it.
    pub parsed: Result<T, Diagnostics>,
    /// The literal errors about this file point at: `spec = "..."`/`common = "..."`, else `method`.
    pub literal: LitStr,
}

/// The spec and the common spec.
pub(crate) struct Loaded {
    pub spec: Input<Spec>,
    pub common: Input<Common>,
}

/// Reads and parses both files; every error of both is kept.
pub(crate) fn load(args: &Args) -> Loaded {
    let base = manifest_dir();
    let spec_path = args.spec.as_ref().map_or_else(|| format!("specs/{}.toml", args.method.value()), LitStr::value);
    let common_path = args.common.as_ref().map_or_else(|| "specs/common.toml".to_owned(), LitStr::value);
    let spec = read(&base, &spec_path, "spec", args.spec.as_ref().unwrap_or(&args.method), alipay_spec::parse_spec);
    let common = if args.common.is_none() && !base.join(&common_path).exists() {
        bundled_common(&args.method)
    } else {
        read(
            &base,
            &common_path,
            "common spec",
            args.common.as_ref().unwrap_or(&args.method),
            alipay_spec::parse_common,
        )
    };
    Loaded { spec, common }
}

/// The common spec this crate ships (the workspace's `specs/common.toml`), used when a crate declares
/// methods without a `specs/common.toml` of its own and without `common = "..."`.
const BUNDLED_COMMON: &str = include_str!("../common.toml");

fn bundled_common(literal: &LitStr) -> Input<Common> {
    let file = SourceFile::new("common.toml (bundled with alipay-macros)".to_owned(), BUNDLED_COMMON.to_owned());
    let parsed = alipay_spec::parse_common(&file);
    Input { file: Some(file), tracked: None, parsed, literal: literal.clone() }
}

/// The directory relative paths start from.
fn manifest_dir() -> PathBuf {
    std::env::var_os(MANIFEST_DIR_OVERRIDE)
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn read<T>(
    base: &Path,
    display: &str,
    what: &str,
    literal: &LitStr,
    parse: fn(&SourceFile) -> Result<T, Diagnostics>,
) -> Input<T> {
    let display = display.replace('\\', "/");
    let path = base.join(&display);
    let literal = literal.clone();
    match std::fs::read(&path) {
        Ok(bytes) => {
            let tracked = Some(path.to_string_lossy().into_owned());
            match String::from_utf8(bytes) {
                Ok(text) => {
                    let file = SourceFile::new(display, text);
                    let parsed = parse(&file);
                    Input { file: Some(file), tracked, parsed, literal }
                }
                Err(_) => {
                    let error = Diagnostic::whole_file(&display, format!("the {what} file is not UTF-8 text"))
                        .with_help("save it as UTF-8");
                    Input { file: None, tracked, parsed: Err(error.into()), literal }
                }
            }
        }
        Err(error) => {
            let reason = match error.kind() {
                std::io::ErrorKind::NotFound => "it does not exist".to_owned(),
                std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
                _ => error.to_string(),
            };
            let help = match closest_file(&path) {
                Some(name) => format!("did you mean `{}`?", sibling(&display, &name)),
                None => format!(
                    "paths are relative to the crate's directory (where its Cargo.toml is); create `{display}` or point the attribute at the file"
                ),
            };
            let error =
                Diagnostic::whole_file(&display, format!("cannot read the {what} file: {reason}")).with_help(help);
            Input { file: None, tracked: None, parsed: Err(error.into()), literal }
        }
    }
}

/// The name of the `.toml` file next to `path` whose name is closest to its name, if one is close.
fn closest_file(path: &Path) -> Option<String> {
    let wanted = path.file_name()?.to_str()?;
    let entries = std::fs::read_dir(path.parent()?).ok()?;
    entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml") && name != wanted)
        .map(|name| (strsim::normalized_damerau_levenshtein(wanted, &name), name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
        .map(|(_, name)| name)
}

/// `display` with its file name replaced by `name`.
fn sibling(display: &str, name: &str) -> String {
    match display.rfind('/') {
        Some(slash) => format!("{}/{name}", &display[..slash]),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siblings_keep_the_folder() {
        assert_eq!(sibling("specs/a.toml", "b.toml"), "specs/b.toml");
        assert_eq!(sibling("a.toml", "b.toml"), "b.toml");
    }

    #[test]
    fn the_closest_spec_is_suggested() {
        let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
        assert_eq!(
            closest_file(&specs.join("alipay.marketing.card.querry.toml")).as_deref(),
            Some("alipay.marketing.card.query.toml")
        );
        assert_eq!(closest_file(&specs.join("something.else.entirely.toml")), None);
    }
}
