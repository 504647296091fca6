//! `alipay call` in certificate mode and with content encryption, against `alipay mock` run as a child process with
//! the matching options: the command line it prints works, and calls that do not match its mode are refused.
#![cfg(unix)]

mod common;

use std::ffi::OsString;
use std::io::{BufRead as _, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};

use alipay_core::aes::AesKey;
use common::data;

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZg==";
const OTHER_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZw==";
const CARD_QUERY: &str = "alipay.marketing.card.query";
const CARD_EXAMPLE: &str = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#;

/// A running `alipay mock`, what it printed up to "Ctrl-C stops it.", and its URL.
struct Mock {
    child: Child,
    printed: Vec<String>,
    url: String,
}

impl Mock {
    fn start(args: &[OsString]) -> Self {
        let mut child = common::alipay()
            .arg("mock")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("alipay mock starts");
        let mut printed = Vec::new();
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            let done = line == "Ctrl-C stops it.";
            printed.push(line);
            if done {
                let url = printed[0].rsplit(' ').next().unwrap().to_owned();
                return Self { child, printed, url };
            }
        }
        let status = child.wait().unwrap();
        panic!("alipay mock ended early ({status}): {printed:?}");
    }

    /// The printed line that starts with `start`.
    fn line(&self, start: &str) -> &str {
        self.printed.iter().find(|line| line.starts_with(start)).unwrap_or_else(|| panic!("{:?}", self.printed))
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cert(name: &str) -> PathBuf {
    data(&format!("certs/test-pki/{name}"))
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

/// The options of certificate mode with the test PKI: the app certificate of `app_public.pem`, the platform
/// certificate of `alipay_public.pem`, the root bundle.
fn certificate_options() -> Vec<OsString> {
    let mut options = Vec::new();
    for (flag, file) in [
        ("--app-cert", "client-app.pem"),
        ("--alipay-cert", "client-platform.pem"),
        ("--alipay-root-cert", "roots.pem"),
    ] {
        options.push(flag.into());
        options.push(cert(file).into());
    }
    options
}

/// `alipay call` of the documented card query to `mock` with the fixture app key and `options`.
fn call(mock: &Mock, options: &[OsString]) -> common::Run {
    let mut command = common::alipay();
    command
        .args(["call", CARD_QUERY, "--gateway", &mock.url, "--app-id", "2021000000000001", "--private-key"])
        .arg(data("app_private_pkcs1.pem"))
        .args(["--biz-content", CARD_EXAMPLE, "--show-request"])
        .args(options);
    common::run_command(&mut command)
}

#[test]
fn calls_in_certificate_mode_succeed_and_others_are_refused() {
    let mut args = certificate_options();
    args.extend(os(&["--alipay-private-key"]));
    args.push(data("alipay_private_pkcs1.pem").into());
    let mock = Mock::start(&args);
    assert_eq!(
        mock.line("  certificate mode:"),
        "  certificate mode: answers signed with platform certificate 8b8596b71181e6e756d15d5774fdd570 (alipay_cert_sn)"
    );
    // The printed command line names the certificate files.
    let printed = mock.line("alipay call ");
    assert!(printed.contains(&format!("--app-cert {} ", cert("client-app.pem").display())), "{printed}");
    assert!(printed.contains("--private-key APP_PRIVATE_KEY_FILE"), "{printed}");

    let out = call(&mock, &certificate_options());
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"schema_url\""), "{}", out.stdout);
    assert!(out.stderr.contains("app_cert_sn          78e0fae14925b88bdea95443dd5be8e8"), "{}", out.stderr);
    common::assert_no_key_material(&out.stderr);

    // The same from the environment.
    let mut command = common::alipay();
    command
        .args([
            "call",
            CARD_QUERY,
            "--gateway",
            &mock.url,
            "--app-id",
            "2021000000000001",
            "--biz-content",
            CARD_EXAMPLE,
        ])
        .env("ALIPAY_PRIVATE_KEY", data("app_private_pkcs1.pem"))
        .env("ALIPAY_APP_CERT", cert("client-app.pem"))
        .env("ALIPAY_CERT", cert("client-platform.pem"))
        .env("ALIPAY_ROOT_CERT", cert("roots.pem"));
    let out = common::run_command(&mut command);
    assert_eq!(out.status, 0, "{}", out.stderr);

    // A call in public-key mode lacks the SNs: the platform's refusal, exit 3.
    let mut options = os(&["--alipay-public-key"]);
    options.push(data("alipay_public.pem").into());
    let out = call(&mock, &options);
    assert_eq!(out.status, 3, "{}", out.stderr);
    assert!(out.stderr.contains("sub_code: isv.invalid-app-cert-sn"), "{}", out.stderr);
    assert!(out.stderr.contains("description: 无效的应用公钥证书序列号"), "{}", out.stderr);
}

#[test]
fn certificate_options_are_checked_before_anything_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let run_call = |options: &[OsString]| {
        let mut command = common::alipay();
        command
            .args(["call", CARD_QUERY, "--gateway", "http://127.0.0.1:9/gateway.do", "--app-id", "2021000000000001"])
            .arg("--private-key")
            .arg(data("app_private_pkcs1.pem"))
            .args(["--biz-content", CARD_EXAMPLE])
            .args(options);
        common::run_command(&mut command)
    };
    // Neither a public key nor certificates.
    let out = run_call(&[]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("--alipay-public-key"), "{}", out.stderr);
    // Certificate mode needs all three files.
    let out = run_call(&[OsString::from("--app-cert"), cert("client-app.pem").into()]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("--alipay-cert") && out.stderr.contains("--alipay-root-cert"), "{}", out.stderr);
    // A certificate file that is not one, named with its setting (no connection is tried: port 9 is closed).
    let bad = common::write(dir.path(), "bad.crt", "not a certificate");
    let out = run_call(&[
        "--app-cert".into(),
        cert("client-app.pem").into(),
        "--alipay-cert".into(),
        bad.clone().into(),
        "--alipay-root-cert".into(),
        cert("roots.pem").into(),
    ]);
    assert_eq!(out.status, 2, "{}", out.stderr);
    assert!(out.stderr.contains("alipay_public_cert: no certificate found"), "{}", out.stderr);
    // A bad AES key, never repeated.
    let mut options = os(&["--encrypt-key", "MDEyMzQ1Njc4OQ==", "--alipay-public-key"]);
    options.push(data("alipay_public.pem").into());
    let out = run_call(&options);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("encrypt_key: the AES key is 10 bytes"), "{}", out.stderr);
    assert!(!out.stderr.contains("MDEyMzQ1Njc4OQ=="), "{}", out.stderr);
    // The mock cannot make certificates: certificate mode needs the platform key.
    let out = common::run(std::iter::once(OsString::from("mock")).chain(certificate_options()).collect::<Vec<_>>());
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("certificate mode needs --alipay-private-key"), "{}", out.stderr);
}

#[test]
fn encrypted_calls_round_trip_and_a_wrong_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let mut args = os(&["--encrypt-key", KEY, "--keys-out"]);
    args.push(keys.clone().into());
    let mock = Mock::start(&args);
    assert!(mock.line("  content encryption: AES").contains("decrypted"));
    let printed = mock.line("alipay call ");
    assert!(printed.contains("--encrypt-key ENCRYPT_KEY ") && !printed.contains(KEY), "{printed}");

    let with_key = |key: &str| {
        let mut command = common::alipay();
        command
            .args(["call", CARD_QUERY, "--gateway", &mock.url, "--app-id", "2021000000000001", "--private-key"])
            .arg(keys.join("app_private_key.pem"))
            .arg("--alipay-public-key")
            .arg(keys.join("alipay_public_key.pem"))
            .args(["--biz-content", CARD_EXAMPLE, "--show-request"])
            .env("ALIPAY_ENCRYPT_KEY", key);
        common::run_command(&mut command)
    };
    let out = with_key(KEY);
    assert_eq!(out.status, 0, "{}", out.stderr);
    // What was sent is ciphertext; what is printed is the decrypted, verified node.
    let sent = |name: &str| {
        let line = out.stderr.lines().find(|line| line.trim_start().starts_with(&format!("{name} "))).unwrap();
        line.trim_start()[name.len()..].trim().to_owned()
    };
    assert_eq!(sent("encrypt_type"), "AES", "{}", out.stderr);
    assert_eq!(AesKey::from_base64(KEY).unwrap().decrypt(&sent("biz_content")).unwrap(), CARD_EXAMPLE);
    assert!(!out.stderr.contains("target_card_no"), "{}", out.stderr);
    assert!(out.stdout.contains("\"schema_url\""), "{}", out.stdout);
    assert!(!out.stderr.contains(KEY), "{}", out.stderr);

    let out = with_key(OTHER_KEY);
    assert_eq!(out.status, 3, "{}", out.stderr);
    assert!(out.stderr.contains("sub_code: isv.invalid-encrypt\n"), "{}", out.stderr);
}

/// `alipay bench`'s JSON line: the calls it made, all of which succeeded (a failure stops the run).
fn bench_calls(out: &common::Run) -> u64 {
    assert_eq!(out.status, 0, "{}", out.stderr);
    let line: serde_json::Value = serde_json::from_str(out.stdout.trim()).expect("one JSON line");
    line["calls"].as_u64().expect("`calls` is a number")
}

#[test]
fn bench_drives_a_gateway_in_certificate_mode() {
    let mut args = certificate_options();
    args.extend(os(&["--quiet", "--alipay-private-key"]));
    args.push(data("alipay_private_pkcs1.pem").into());
    let mock = Mock::start(&args);
    let mut command = common::alipay();
    command
        .args(["bench", CARD_QUERY, "--gateway", &mock.url, "--app-id", "2021000000000001", "--private-key"])
        .arg(data("app_private_pkcs1.pem"))
        .args(["--requests", "5", "--warmup", "1", "--json"])
        .args(certificate_options());
    assert_eq!(bench_calls(&common::run_command(&mut command)), 5);
}

#[test]
fn bench_encrypts_with_the_stand_in_gateway_and_a_given_one() {
    // The stand-in gateways (child and in-process) are given the key too.
    let out = common::run(["bench", CARD_QUERY, "--requests", "4", "--warmup", "1", "--json", "--encrypt-key", KEY]);
    assert_eq!(bench_calls(&out), 4);
    assert!(!out.stdout.contains(KEY) && !out.stderr.contains(KEY));

    let mut args = os(&["--encrypt-key", KEY, "--quiet", "--alipay-private-key"]);
    args.push(data("alipay_private_pkcs1.pem").into());
    args.push("--app-public-key".into());
    args.push(data("app_public.pem").into());
    let mock = Mock::start(&args);
    let bench = |key: &str| {
        let mut command = common::alipay();
        command
            .args(["bench", CARD_QUERY, "--gateway", &mock.url, "--app-id", "2021000000000001", "--private-key"])
            .arg(data("app_private_pkcs1.pem"))
            .arg("--alipay-public-key")
            .arg(data("alipay_public.pem"))
            .args(["--requests", "3", "--warmup", "0", "--json", "--encrypt-key", key]);
        common::run_command(&mut command)
    };
    assert_eq!(bench_calls(&bench(KEY)), 3);
    // Another key: the gateway cannot decrypt, and the run stops with the platform's answer.
    let out = bench(OTHER_KEY);
    assert_eq!(out.status, 3, "{}", out.stderr);
    assert!(out.stderr.contains("isv.invalid-encrypt"), "{}", out.stderr);
}
