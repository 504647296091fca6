//! Golden files: the expansion of each spec, formatted with prettyplease, must equal the checked-in
//! `tests/expand/<method>.rs` (run with `UPDATE_GOLDEN=1` to rewrite them after a deliberate change).
//!
//! `golden_types.rs` compiles the golden files, so the expected output also has to be valid code. (It is a
//! separate test so that `UPDATE_GOLDEN=1` works even when the old golden files no longer compile.)

use std::path::Path;

use alipay_codegen::{Options, expand_pretty};
use alipay_spec::{SourceFile, parse_common, parse_spec};

/// Each spec and its golden file, relative to the package.
const GOLDEN: &[(&str, &str)] = &[
    ("specs/alipay.marketing.card.query.toml", "tests/expand/alipay.marketing.card.query.rs"),
    ("specs/alipay.commerce.transport.nfccard.send.toml", "tests/expand/alipay.commerce.transport.nfccard.send.rs"),
    ("specs/alipay.offline.material.image.upload.toml", "tests/expand/alipay.offline.material.image.upload.rs"),
    ("tests/specs/everything.toml", "tests/expand/alipay.test.everything.query.rs"),
];
const COMMON: &str = "specs/common.toml";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> SourceFile {
    SourceFile::new(relative, std::fs::read_to_string(root().join(relative)).unwrap())
}

/// The expansion of `spec` as the golden file holds it: the tracked files' absolute paths written
/// relative to `CARGO_MANIFEST_DIR`, so that the file is the same on every machine and still compiles.
fn expansion(spec: &str) -> String {
    let parsed = parse_spec(&read(spec)).unwrap_or_else(|errors| panic!("{errors}"));
    let common = parse_common(&read(COMMON)).unwrap_or_else(|errors| panic!("{errors}"));
    let root = root().to_str().unwrap();
    let tracked_files = vec![format!("{root}/{spec}"), format!("{root}/{COMMON}")];
    let options = Options { tracked_files, ..Options::default() };
    let code = expand_pretty(&parsed, &common, &options).unwrap();
    portable_tracking(&code, root)
}

/// `code` with each `include_bytes!("<root>/<file>")` (which prettyplease may have spread over lines)
/// written as `include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/<file>"))`.
fn portable_tracking(code: &str, root: &str) -> String {
    const START: &str = "include_bytes!(";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find(START) {
        let end = start + rest[start..].find(')').expect("include_bytes! is closed") + 1;
        let argument = rest[start + START.len()..end - 1].trim().trim_end_matches(',').trim();
        let path = argument.trim_matches('"');
        let relative = path.strip_prefix(root).expect("tracked files are under the package");
        out.push_str(&rest[..start]);
        out.push_str(&format!("include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"{relative}\"))"));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn expansions_match_the_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for (spec, golden) in GOLDEN {
        let expected = expansion(spec);
        let path = root().join(golden);
        if update {
            std::fs::write(&path, &expected).unwrap();
            continue;
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            let line = actual.lines().zip(expected.lines()).position(|(a, b)| a != b);
            let line = line.unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
            let expected_line = expected.lines().nth(line).unwrap_or("<end of file>");
            let actual_line = actual.lines().nth(line).unwrap_or("<end of file>");
            stale.push(format!(
                "{golden}:{}: the expansion of {spec} differs\n  golden:    {actual_line}\n  expansion: {expected_line}",
                line + 1
            ));
        }
    }
    assert!(stale.is_empty(), "{}\n(run with UPDATE_GOLDEN=1 to accept the new expansion)", stale.join("\n"));
}
