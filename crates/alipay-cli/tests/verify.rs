//! `alipay verify` on the official SDKs' response bodies and notification, and on tampered copies.

mod common;

use std::path::Path;

use common::{data, node_vectors, run, write};
use serde_json::Value;

fn verify_response(body: &Path, method: &str, extra: &[&str]) -> common::Run {
    let key = data("alipay_public.pem");
    let mut args = vec![
        "verify".as_ref(),
        "--alipay-public-key".as_ref(),
        key.as_os_str(),
        "--response".as_ref(),
        body.as_os_str(),
        "--method".as_ref(),
        method.as_ref(),
    ];
    args.extend(extra.iter().map(|arg| std::ffi::OsStr::new(*arg)));
    run(args)
}

fn verify_notify(file: &Path, extra: &[&str]) -> common::Run {
    let key = data("alipay_public.pem");
    let mut args =
        vec!["verify".as_ref(), "--alipay-public-key".as_ref(), key.as_os_str(), "--notify".as_ref(), file.as_os_str()];
    args.extend(extra.iter().map(|arg| std::ffi::OsStr::new(*arg)));
    run(args)
}

#[test]
fn every_official_response_body_verifies_and_shows_what_was_signed() {
    let vectors = node_vectors();
    let cases = vectors["response_verification"].as_object().unwrap();
    assert!(cases.len() >= 6);
    let dir = tempfile::tempdir().unwrap();
    for (name, case) in cases {
        let body = write(dir.path(), "body.json", case["raw_body"].as_str().unwrap());
        let out = verify_response(&body, "alipay.trade.query", &[]);
        assert_eq!(out.status, 0, "{name}: {out:?}");
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert!(lines[0].starts_with("signed content: the text of `"), "{name}: {}", out.stdout);
        assert_eq!(lines[1], case["signed_content"].as_str().unwrap(), "{name}");
        assert!(out.stdout.contains("verified: the RSA2 signature matches"), "{name}: {}", out.stdout);
        if name.starts_with("error_response") {
            assert!(lines[0].contains("`error_response`"), "{name}: {}", out.stdout);
        }
        if name.ends_with("with_alipay_cert_sn") {
            assert!(out.stdout.contains("alipay_cert_sn: 0123456789abcdef0123456789abcdef"), "{name}");
        }
    }
}

#[test]
fn tampered_responses_are_rejected_with_exit_4() {
    let vectors = node_vectors();
    let body = vectors["response_verification"]["plain/sign_last"]["raw_body"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();

    let amount = write(dir.path(), "amount.json", body.replace("88.88", "88.89"));
    let out = verify_response(&amount, "alipay.trade.query", &[]);
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("the response does not verify"), "{}", out.stderr);
    assert!(out.stderr.contains("Alipay public key"), "{}", out.stderr);

    // A space added inside the node changes the signed bytes, though the JSON means the same.
    let spaced = write(dir.path(), "spaced.json", body.replacen("{\"code\"", "{ \"code\"", 1));
    assert_eq!(verify_response(&spaced, "alipay.trade.query", &[]).status, 4);

    let unsigned = write(dir.path(), "unsigned.json", body.split(",\"sign\"").next().unwrap().to_owned() + "}");
    let out = verify_response(&unsigned, "alipay.trade.query", &[]);
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("no `sign`"), "{}", out.stderr);

    // The app's own public key is the wrong key for responses.
    let key = data("app_public.pem");
    let original = write(dir.path(), "original.json", body);
    let out = run([
        "verify".as_ref(),
        "--alipay-public-key".as_ref(),
        key.as_os_str(),
        "--response".as_ref(),
        original.as_os_str(),
        "--method".as_ref(),
        "alipay.trade.query".as_ref(),
    ]);
    assert_eq!(out.status, 4, "{out:?}");

    // SHA1 over the same text is another signature.
    assert_eq!(verify_response(&original, "alipay.trade.query", &["--sign-type", "RSA"]).status, 4);
}

#[test]
fn a_body_that_is_not_a_response_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let vectors = node_vectors();
    let body = vectors["response_verification"]["plain/sign_last"]["raw_body"].as_str().unwrap();
    let file = write(dir.path(), "body.json", body);
    // Another method's node is not there.
    let out = verify_response(&file, "alipay.trade.pay", &[]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("alipay_trade_pay_response"), "{}", out.stderr);

    let html = write(dir.path(), "html.txt", "<html>502 Bad Gateway</html>");
    let out = verify_response(&html, "alipay.trade.query", &[]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("502 Bad Gateway"), "{}", out.stderr);

    let out = run(["verify", "--alipay-public-key", "k.pem", "--response", "body.json"]);
    assert_eq!(out.status, 2, "--response needs --method: {out:?}");
}

#[test]
fn the_official_notification_verifies_as_form_body_and_as_json() {
    let out = verify_notify(&data("notify_body.txt"), &[]);
    assert_eq!(out.status, 0, "{out:?}");
    let vectors = node_vectors();
    let expected = vectors["notify"]["sign_content_excluding_sign_and_sign_type"].as_str().unwrap();
    assert_eq!(out.stdout.lines().nth(1), Some(expected), "{}", out.stdout);
    assert!(out.stdout.starts_with("signed content by rule v1"), "{}", out.stdout);
    assert!(out.stdout.contains("verified"), "{}", out.stdout);

    let dir = tempfile::tempdir().unwrap();
    let json = write(dir.path(), "notify.json", vectors["notify"]["params"].to_string());
    let out = verify_notify(&json, &["--v1"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stdout.lines().nth(1), Some(expected));
}

#[test]
fn tampered_notifications_are_rejected_with_exit_4() {
    let dir = tempfile::tempdir().unwrap();
    let form = common::data_text("notify_body.txt");
    let tampered = write(dir.path(), "notify.txt", form.replace("total_amount=88.88", "total_amount=0.01"));
    let out = verify_notify(&tampered, &[]);
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("the notification cannot be trusted"), "{}", out.stderr);

    let vectors = node_vectors();
    let mut params = vectors["notify"]["params"].clone();
    params["trade_status"] = Value::from("TRADE_CLOSED");
    let json = write(dir.path(), "notify.json", params.to_string());
    assert_eq!(verify_notify(&json, &[]).status, 4);

    // A v1-signed notification read by rule v2 (sign_type signed too) does not verify.
    let out = verify_notify(&data("notify_body.txt"), &["--v2"]);
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("try without --v2"), "{}", out.stderr);
}

#[test]
fn a_v2_notification_verifies_by_rule_v2_only() {
    // Sign a gateway message by rule v2 (everything but `sign`, `sign_type` included) with the platform's
    // private key, through `alipay sign`.
    let dir = tempfile::tempdir().unwrap();
    let params = serde_json::json!({
        "app_id": "2021000000000001",
        "charset": "utf-8",
        "msg_method": "alipay.open.app.appcert.expire",
        "notify_id": "n2",
        "utc_timestamp": "1704081600000",
        "version": "1.1",
        "sign_type": "RSA2",
        "biz_content": "{\"cert_sn\":\"abc\"}",
    });
    let params_file = write(dir.path(), "params.json", params.to_string());
    let key = data("alipay_private_pkcs1.pem");
    let signed = run([
        "sign".as_ref(),
        "--private-key".as_ref(),
        key.as_os_str(),
        "--params".as_ref(),
        params_file.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(signed.status, 0, "{signed:?}");
    let signed: Value = serde_json::from_str(&signed.stdout).unwrap();
    let mut notification = params.clone();
    notification["sign"] = signed["sign"].clone();
    let file = write(dir.path(), "notify.json", notification.to_string());

    let out = verify_notify(&file, &["--v2"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stdout.lines().nth(1), signed["sign_string"].as_str());
    assert!(out.stdout.lines().nth(1).unwrap().contains("sign_type=RSA2"));

    let out = verify_notify(&file, &[]);
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("try --v2"), "{}", out.stderr);
}

#[test]
fn a_wrong_key_file_is_an_input_error() {
    let out = verify_notify(&data("notify_body.txt"), &[]);
    assert_eq!(out.status, 0);
    let private = data("alipay_private_pkcs1.pem");
    let out = run([
        "verify".as_ref(),
        "--alipay-public-key".as_ref(),
        private.as_os_str(),
        "--notify".as_ref(),
        data("notify_body.txt").as_os_str(),
    ]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("this is a private key"), "{}", out.stderr);
    common::assert_no_key_material(&out.stderr);
}

#[test]
fn a_gbk_response_verifies_over_its_gbk_bytes() {
    // A body as the platform sends a GBK app: the node signed over its GBK bytes, the body in GBK.
    let key = alipay_core::PrivateKey::from_text(&common::data_text("alipay_private_pkcs1.pem")).unwrap();
    let node = r#"{"code":"10000","msg":"Success","subject":"测试商品"}"#;
    let body = alipay_core::response::signed_response_body(
        "alipay_trade_query_response",
        node,
        &key,
        alipay_core::SignType::Rsa2,
        alipay_core::Charset::Gbk,
    )
    .unwrap();
    let bytes = alipay_core::Charset::Gbk.encode(&body).unwrap().into_owned();
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "gbk.json", &bytes);

    let out = verify_response(&file, "alipay.trade.query", &["--charset", "gbk"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stdout.lines().nth(1), Some(node));
    assert!(out.stdout.starts_with(
        "signed content: the text of `alipay_trade_query_response`, exactly as it appears in the body (gbk bytes)"
    ));

    // Read as UTF-8, the bytes are not text: an input error that says where.
    let out = verify_response(&file, "alipay.trade.query", &[]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("not valid utf-8"), "{}", out.stderr);
}
