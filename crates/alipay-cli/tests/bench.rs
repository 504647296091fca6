//! `alipay bench`: a short run against the stand-in gateway, in a child process and in this process, and
//! against a gateway given with --gateway; its JSON line; its refusals.
#![cfg(unix)]

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::Stdio;

use serde_json::Value;

const METHOD: &str = "alipay.marketing.card.query";

fn json_line(stdout: &str) -> Value {
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one JSON line: {stdout}");
    serde_json::from_str(lines[0]).expect("the line is JSON")
}

/// The figures every run reports, checked for sense.
fn check_figures(figures: &Value, calls: u64) {
    let number = |key: &str| figures[key].as_f64().unwrap_or_else(|| panic!("`{key}` is a number: {figures}"));
    assert!(number("calls_per_s") > 0.0, "{figures}");
    assert!(number("p50_ms") > 0.0 && number("p50_ms") <= number("p99_ms"), "{figures}");
    // Every call signs and verifies RSA-2048: well over a microsecond of CPU, well under a second.
    let cpu = number("cpu_us_per_call");
    assert!(cpu > 1.0 && cpu < 1e6, "{figures}");
    let split = number("cpu_user_us_per_call") + number("cpu_system_us_per_call");
    assert!((split - cpu).abs() <= 0.2, "user + system = total: {figures}");
    assert!(number("seconds") > 0.0);
    assert!((number("calls_per_s") * number("seconds") - calls as f64).abs() / (calls as f64) < 0.05, "{figures}");
}

#[test]
fn measures_against_both_stand_in_gateways() {
    let run = common::run(["bench", METHOD, "--requests", "30", "--concurrency", "3", "--warmup", "3", "--json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let line = json_line(&run.stdout);
    assert_eq!(line["calls"], 30);
    assert_eq!(line["concurrency"], 3);
    assert_eq!(line["method"], METHOD);
    // The top-level figures are the client's alone; the in-process run, gateway included, is beside them.
    assert_eq!(line["gateway"], "stand-in, child process");
    assert_eq!(line["cpu_covers"], "client only");
    check_figures(&line, 30);
    let in_process = &line["in_process"];
    assert_eq!(in_process["cpu_covers"], "client + gateway");
    check_figures(in_process, 30);
}

#[test]
fn prints_a_table_by_default() {
    let run = common::run(["bench", METHOD, "--requests", "5", "--warmup", "1", "--stand-in", "in-process"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!("{METHOD}: 5 calls (after 1 warm-up calls), concurrency 1")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("stand-in gateway, in this process"), "{}", run.stdout);
    assert!(run.stdout.contains("(client + gateway)"), "{}", run.stdout);
    assert!(!run.stdout.contains("child process"), "{}", run.stdout);
}

#[test]
fn measures_a_given_gateway() {
    let keys = tempfile::tempdir().unwrap();
    let mut mock = common::alipay()
        .args(["mock", "--port", "0", "--keys-out"])
        .arg(keys.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("alipay mock starts");
    let stdout = mock.stdout.take().unwrap();
    let url = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("The stand-in gateway listens on ").map(str::to_owned))
        .expect("the gateway says where it listens");

    let run = common::run_command(
        common::alipay()
            .args(["bench", METHOD, "--gateway", &url, "--app-id", "2021000000000001", "--private-key"])
            .arg(keys.path().join("app_private_key.pem"))
            .arg("--alipay-public-key")
            .arg(keys.path().join("alipay_public_key.pem"))
            .args(["--requests", "10", "--warmup", "0", "--json"])
            .args(["--biz-content", r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#]),
    );
    let _ = mock.kill();
    let _ = mock.wait();
    assert_eq!(run.status, 0, "{}", run.stderr);
    let line = json_line(&run.stdout);
    assert_eq!(line["gateway"], "external");
    assert!(line.get("in_process").is_none(), "{line}");
    check_figures(&line, 10);
}

#[test]
fn a_failing_call_stops_the_run_with_its_status() {
    // A card the stand-in gateway does not know: the platform answers CARD_NOT_EXIT.
    let content = r#"{"target_card_no":"0000002","target_card_no_type":"BIZ_CARD"}"#;
    let run = common::run(["bench", METHOD, "--biz-content", content, "--requests", "3", "--stand-in", "child"]);
    assert_eq!(run.status, 3, "{}", run.stderr);
    assert!(run.stderr.contains("a call failed, so the run stops"), "{}", run.stderr);
    assert!(run.stderr.contains("CARD_NOT_EXIT"), "{}", run.stderr);
}

#[test]
fn refuses_what_cannot_be_measured() {
    let run = common::run(["bench", METHOD, "--requests", "0"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("--requests and --concurrency must be at least 1"), "{}", run.stderr);

    let run = common::run(["bench", METHOD, "--biz-content", r#"{"target_card_no_type":"BIZ_CARD"}"#]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("target_card_no"), "{}", run.stderr);

    let run = common::run(["bench", "alipay.no.such.method"]);
    assert_eq!(run.status, 2);

    let run = common::run(["bench", METHOD, "--gateway", "http://127.0.0.1:9/gateway.do"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("--gateway needs --app-id"), "{}", run.stderr);
}
