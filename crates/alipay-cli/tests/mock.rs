//! `alipay mock` as a child process: it prints a command line that works, logs calls, stops on SIGTERM.
#![cfg(unix)]

mod common;

use std::io::{BufRead as _, BufReader, Read as _};
use std::path::Path;
use std::process::{Child, Stdio};

use common::{data, write};

/// A running `alipay mock` and what it printed up to its "Ctrl-C stops it." line.
struct Mock {
    child: Child,
    printed: Vec<String>,
}

impl Mock {
    fn start(args: &[&std::ffi::OsStr]) -> Self {
        let mut child = common::alipay()
            .arg("mock")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("alipay mock starts");
        let stdout = child.stdout.take().unwrap();
        let mut printed = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let done = line == "Ctrl-C stops it.";
            printed.push(line);
            if done {
                return Self { child, printed };
            }
        }
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = child.wait().unwrap();
        panic!("alipay mock ended early ({status}): {printed:?} {stderr}");
    }

    /// The ready-to-paste command line, as arguments.
    fn call_command(&self) -> Vec<String> {
        let line = self.printed.iter().find(|line| line.starts_with("alipay call ")).expect("a command line");
        shell_words(line)
    }

    /// Sends SIGTERM and returns the exit status and stderr.
    fn terminate(mut self) -> (i32, String) {
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let mut stderr = String::new();
        self.child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = self.child.wait().unwrap();
        (status.code().unwrap_or(-1), stderr)
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        // A test that failed before `terminate` still stops its child.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Splits a command line into words: spaces separate, single quotes group (with `'\''` for a quote).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut in_word) = (false, false);
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                in_word = true;
            }
            '\\' if !quoted => {}
            ' ' if !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn run_printed_command(mock: &Mock, replace: Option<(&str, &str)>) -> common::Run {
    let words = mock.call_command();
    assert_eq!(words[0], "alipay");
    let args: Vec<String> = words[1..]
        .iter()
        .map(|word| match replace {
            Some((from, to)) => word.replace(from, to),
            None => word.clone(),
        })
        .collect();
    common::run(args)
}

#[test]
fn the_printed_command_line_works_and_calls_are_logged() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let mock = Mock::start(&["--keys-out".as_ref(), keys.as_os_str()]);
    assert!(mock.printed[0].starts_with("The stand-in gateway listens on http://127.0.0.1:"), "{:?}", mock.printed);
    for name in ["app_private_key.pem", "alipay_public_key.pem", "app_public_key.pem", "alipay_private_key.pem"] {
        assert!(keys.join(name).is_file(), "{name} written");
    }

    let out = run_printed_command(&mock, None);
    assert_eq!(out.status, 0, "{out:?}");
    let node: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(node["code"], "10000");

    let (status, stderr) = mock.terminate();
    assert_eq!(status, 0, "a clean stop: {stderr}");
    assert!(stderr.contains("gateway call"), "calls are logged: {stderr}");
    assert!(stderr.contains("code=\"10000\""), "{stderr}");
    assert!(stderr.contains("stopping the stand-in gateway"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "no colour codes when stderr is not a terminal: {stderr}");
    // The keys written to --keys-out stay.
    assert!(keys.join("app_private_key.pem").is_file());
}

#[test]
fn fresh_keys_in_a_temporary_folder_are_removed_when_it_stops() {
    let mock = Mock::start(&[]);
    let line =
        mock.printed.iter().find(|line| line.contains("(deleted when the gateway stops)")).expect("a key folder");
    let folder = line.trim().trim_start_matches("fresh keys in ").trim_end_matches(" (deleted when the gateway stops)");
    let folder = Path::new(folder).to_owned();
    assert!(folder.join("app_private_key.pem").is_file());
    assert_eq!(run_printed_command(&mock, None).status, 0);
    let (status, _) = mock.terminate();
    assert_eq!(status, 0);
    assert!(!folder.exists(), "{} removed", folder.display());
}

#[test]
fn given_keys_serve_the_apps_own_key_pair() {
    // The fixtures' key pairs: the gateway holds the app public key and the platform private key.
    let app_public = data("app_public.pem");
    let alipay_private = data("alipay_private_pkcs1.pem");
    let mock = Mock::start(&[
        "--app-id".as_ref(),
        "2021000000000099".as_ref(),
        "--app-public-key".as_ref(),
        app_public.as_os_str(),
        "--alipay-private-key".as_ref(),
        alipay_private.as_os_str(),
    ]);
    let words = mock.call_command();
    assert!(words.contains(&"APP_PRIVATE_KEY_FILE".to_owned()), "{words:?}");
    assert!(words.contains(&"ALIPAY_PUBLIC_KEY_FILE".to_owned()), "{words:?}");
    let gateway = &words[words.iter().position(|word| word == "--gateway").unwrap() + 1];
    let mut command = common::alipay();
    command.args(["call", "alipay.marketing.card.query", "--gateway", gateway, "--app-id", "2021000000000099"]);
    command.arg("--private-key").arg(data("app_private_pkcs8.pem"));
    command.arg("--alipay-public-key").arg(data("alipay_public.pem"));
    command.args(["--biz-content", r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#]);
    let out = common::run_command(&mut command);
    assert_eq!(out.status, 0, "{out:?}");
    let (status, _) = mock.terminate();
    assert_eq!(status, 0);
}

#[test]
fn a_scenario_file_answers_first_and_a_broken_one_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = write(
        dir.path(),
        "scenario.toml",
        "[[rule]]\nmethod = \"alipay.commerce.transport.nfccard.send\"\nfailure = { sub_code = \"isp.unknow-error\" }\n",
    );
    let mock = Mock::start(&["--scenario".as_ref(), scenario.as_os_str()]);
    let out = run_printed_command(&mock, None);
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.contains("sub_code: isp.unknow-error"), "{}", out.stderr);
    drop(mock);

    let broken = write(
        dir.path(),
        "broken.toml",
        "[[rule]]\nmethod = \"alipay.commerce.transport.nfccard.send\"\nsucess = '{}'\n",
    );
    let out = common::run(["mock".as_ref(), "--scenario".as_ref(), broken.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("unknown field `sucess`"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("--> {}:3:1", broken.display())), "{}", out.stderr);

    let unknown = write(dir.path(), "unknown.toml", "[[rule]]\nmethod = \"alipay.trade.query\"\n");
    let out = common::run(["mock".as_ref(), "--scenario".as_ref(), unknown.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("alipay.trade.query"), "{}", out.stderr);
}

#[test]
fn a_port_in_use_is_an_input_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = common::run(["mock", "--port", &port]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains(&format!("cannot listen on 127.0.0.1:{port}")), "{}", out.stderr);
}
