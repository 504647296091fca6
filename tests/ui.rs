//! UI tests of `#[alipay_api]`: each case in `tests/ui/*.rs` is one mistake, and must fail to compile
//! with exactly the messages of its `.stderr` (regenerate them with `TRYBUILD=overwrite` and read every
//! one: it must say what is wrong, where, and what would be right). The crates in `tests/ui/pass/` must
//! build and run.
//!
//! The attribute resolves spec paths against `ALIPAY_MANIFEST_DIR` when it is set, because trybuild builds
//! the cases in a directory of its own. Setting a variable in the running process is unsafe (and this
//! workspace forbids unsafe code), so the test runs itself again, as a child process with the variable
//! set to this package's directory.

use std::process::Command;

const MANIFEST_DIR_OVERRIDE: &str = "ALIPAY_MANIFEST_DIR";

#[test]
fn ui() {
    let package = env!("CARGO_MANIFEST_DIR");
    if std::env::var_os(MANIFEST_DIR_OVERRIDE).is_none_or(|dir| dir != package) {
        let status = Command::new(std::env::current_exe().unwrap())
            .args(["ui", "--exact", "--nocapture", "--test-threads=1"])
            .env(MANIFEST_DIR_OVERRIDE, package)
            .status()
            .unwrap();
        assert!(status.success(), "the UI cases failed: see the output above");
        return;
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
