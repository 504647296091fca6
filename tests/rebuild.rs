//! Editing a spec rebuilds the crate that uses it: the attribute puts the spec in the compiler's dep-info
//! (`include_bytes!` of its absolute path), which cargo compares with the file on every build.
//!
//! The test builds and runs a tiny crate (a temporary copy) that prints a value taken from its spec,
//! edits the spec, and checks that the next `cargo run` prints the new value.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const SPEC: &str = r#"
method = "alipay.test.rebuild.query"
title = "重新构建"
description = "A spec that the test edits."

[request.card_no]
type = "string"
required = true
description = "卡号"

[response]

[errors.FIRST_CODE]
description = "第一个错误码"
"#;

const MAIN: &str = r#"
#[alipay_apis::alipay_api(method = "alipay.test.rebuild.query")]
mod rebuild_query {}

fn main() {
    print!("{}", <rebuild_query::SubCode as alipay_apis::Enumeration>::VALUES[0]);
}
"#;

/// The build directory of the running `cargo test`, so the tiny crate reuses its compiled dependencies.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the temporary directory is inside the target directory")
        .to_owned()
}

fn run(dir: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir())
        .env_remove("ALIPAY_MANIFEST_DIR")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the tiny crate failed to build or run:\n{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn editing_a_spec_rebuilds_the_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let path = |relative: &str| dir.path().join(relative);
    std::fs::create_dir_all(path("src")).unwrap();
    std::fs::create_dir_all(path("specs")).unwrap();
    let manifest = format!(
        "[package]\nname = \"rebuild-check\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nalipay-apis = {{ path = {root:?} }}\n\n[workspace]\n"
    );
    std::fs::write(path("Cargo.toml"), manifest).unwrap();
    // The workspace's lock file, so the tiny crate resolves to the versions already built.
    std::fs::copy(root.join("Cargo.lock"), path("Cargo.lock")).unwrap();
    std::fs::copy(root.join("specs/common.toml"), path("specs/common.toml")).unwrap();
    std::fs::write(path("src/main.rs"), MAIN).unwrap();
    let spec = path("specs/alipay.test.rebuild.query.toml");
    std::fs::write(&spec, SPEC).unwrap();

    assert_eq!(run(dir.path()), "FIRST_CODE");

    std::fs::write(&spec, SPEC.replace("FIRST_CODE", "SECOND_CODE")).unwrap();
    // Make the edit visibly newer than the first build, whatever the file system's time resolution.
    let later = SystemTime::now() + Duration::from_secs(2);
    std::fs::File::options().write(true).open(&spec).unwrap().set_modified(later).unwrap();

    assert_eq!(run(dir.path()), "SECOND_CODE", "editing the spec did not rebuild the crate");
}
