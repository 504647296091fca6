//! Running the built `alipay` binary and reading the test data.
#![allow(dead_code)] // Each test file uses a part.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The `alipay` binary, with none of the `ALIPAY_*` variables of the environment running the tests.
pub fn alipay() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_alipay"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("ALIPAY_") {
            command.env_remove(name);
        }
    }
    command.stdin(Stdio::null());
    command
}

/// What a run printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    /// The exit status (-1 when killed by a signal).
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `alipay` with `args` and collects its output.
pub fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    run_command(alipay().args(args))
}

/// Runs a prepared command and collects its output.
pub fn run_command(command: &mut Command) -> Run {
    let output = command.output().expect("the alipay binary runs");
    let run = Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(!run.stderr.contains("panicked"), "the tool panicked: {}", run.stderr);
    assert!(!run.stderr.contains("RUST_BACKTRACE"), "the tool panicked: {}", run.stderr);
    run
}

/// A file of `tests/data/` (see `tests/data/SOURCES.md`).
pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// A file of `tests/data/`, as text.
pub fn data_text(name: &str) -> String {
    std::fs::read_to_string(data(name)).expect("test data exists")
}

/// The official Node SDK's vectors (`shared/fixtures/vectors/official-node-sdk.json`).
pub fn node_vectors() -> serde_json::Value {
    serde_json::from_str(&data_text("official-node-sdk.json")).expect("the vectors are JSON")
}

/// The official Python SDK's vectors (`shared/fixtures/vectors/official-python-sdk.json`).
pub fn python_vectors() -> serde_json::Value {
    serde_json::from_str(&data_text("official-python-sdk.json")).expect("the vectors are JSON")
}

/// Writes `text` to `name` in `dir` and returns the path.
pub fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the temporary folder is writable");
    path
}

/// Key material that must never appear in output: a line of each private key of the data, from the end
/// (the first lines hold the modulus, which the public key shares).
pub fn key_fragments() -> Vec<String> {
    ["app_private_pkcs1.pem", "app_private_pkcs8.pem", "alipay_private_pkcs1.pem"]
        .iter()
        .map(|name| {
            let text = data_text(name);
            text.lines().rev().nth(2).expect("a PEM body line").trim().to_owned()
        })
        .collect()
}

/// Fails if `text` holds private key material.
pub fn assert_no_key_material(text: &str) {
    for fragment in key_fragments() {
        assert!(!text.contains(&fragment), "key material in output: {text}");
    }
}
