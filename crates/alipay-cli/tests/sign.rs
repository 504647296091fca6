//! `alipay sign` against the official SDKs' vectors, in text and JSON.

mod common;

use std::path::Path;

use common::{data, node_vectors, python_vectors, run, write};
use serde_json::Value;

/// The parameters of a vector's string to sign: split at each `&` that starts a `key=`, so the `&` inside
/// `"测试商品 & co"` stays in its value.
fn params_of(sign_string: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = sign_string;
    loop {
        let next = rest.match_indices('&').map(|(index, _)| index).find(|&index| {
            let after = &rest[index + 1..];
            after.find('=').is_some_and(|eq| eq > 0 && after[..eq].bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        });
        let pair = &rest[..next.unwrap_or(rest.len())];
        let (key, value) = pair.split_once('=').expect("key=value");
        params.push((key.to_owned(), value.to_owned()));
        match next {
            Some(index) => rest = &rest[index + 1..],
            None => return params,
        }
    }
}

fn params_file(dir: &Path, params: &[(String, String)]) -> std::path::PathBuf {
    let object: serde_json::Map<String, Value> =
        params.iter().map(|(key, value)| (key.clone(), Value::String(value.clone()))).collect();
    write(dir, "params.json", serde_json::to_string_pretty(&object).unwrap())
}

/// Signs the vector's parameters with `key` and checks both output forms against the vector.
fn check_vector(vector: &Value, key: &str) {
    let sign_string = vector["sign_string"].as_str().unwrap();
    let sign = vector["sign"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let params = params_file(dir.path(), &params_of(sign_string));
    let key = data(key);

    let json = run([
        "sign".as_ref(),
        "--private-key".as_ref(),
        key.as_os_str(),
        "--params".as_ref(),
        params.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(json.status, 0, "{json:?}");
    let output: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(output["sign_string"], sign_string);
    assert_eq!(output["sign"], sign);
    assert!(json.stdout.starts_with(r#"{"sign_string":"#), "sign_string comes first: {}", json.stdout);

    let text =
        run(["sign".as_ref(), "--private-key".as_ref(), key.as_os_str(), "--params".as_ref(), params.as_os_str()]);
    assert_eq!(text.status, 0, "{text:?}");
    let lines: Vec<&str> = text.stdout.lines().collect();
    assert!(lines[0].starts_with("string to sign ("), "{}", text.stdout);
    assert_eq!(lines[1], sign_string);
    assert_eq!(lines[3], "sign:");
    assert_eq!(lines[4], sign);
}

#[test]
fn node_rsa2_with_a_pkcs1_key() {
    let vector = &node_vectors()["v2_rsa2_pkcs1"];
    assert_eq!(vector["sign_type"], "RSA2");
    check_vector(vector, "app_private_pkcs1.pem");
}

#[test]
fn node_rsa2_with_a_pkcs8_key() {
    check_vector(&node_vectors()["v2_rsa2_pkcs8"], "app_private_pkcs8.pem");
}

#[test]
fn node_rsa_sha1() {
    let vector = &node_vectors()["v2_rsa_sha1"];
    assert_eq!(vector["sign_type"], "RSA");
    // The params say sign_type=RSA, which chooses SHA1withRSA.
    check_vector(vector, "app_private_pkcs1.pem");
}

#[test]
fn node_aes_encrypted_request() {
    // The ciphertext is signed like any other value.
    check_vector(&node_vectors()["v2_aes_encrypted"], "app_private_pkcs1.pem");
}

#[test]
fn python_rsa2_and_rsa() {
    let vectors = python_vectors();
    check_vector(&vectors["v2_rsa2_pkcs1"], "app_private_pkcs1.pem");
    check_vector(&vectors["v2_rsa_sha1"], "app_private_pkcs1.pem");
}

#[test]
fn empty_values_are_dropped_as_the_platform_does_not_as_node_does() {
    // The Node SDK signs `return_url=`; the Java SDK and the platform's documented rule drop empty values,
    // and the documented rule wins.
    let vector = &node_vectors()["v2_empty_value_kept"];
    let node_string = vector["sign_string"].as_str().unwrap();
    assert!(node_string.contains("&return_url=&"));
    let dir = tempfile::tempdir().unwrap();
    let params = params_file(dir.path(), &params_of(node_string));
    let key = data("app_private_pkcs1.pem");
    let out =
        run(["sign".as_ref(), "--private-key".as_ref(), key.as_os_str(), "--params".as_ref(), params.as_os_str()]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stdout.lines().nth(1), Some(node_string.replace("&return_url=", "").as_str()));
    assert!(out.stderr.contains("`return_url` is empty, so it is left out"), "{}", out.stderr);
    assert_ne!(out.stdout.lines().nth(4), vector["sign"].as_str());
}

#[test]
fn a_bare_base64_key_signs_the_same() {
    let vector = &node_vectors()["v2_rsa2_pkcs8"];
    let pem = common::data_text("app_private_pkcs8.pem");
    let bare: String = pem.lines().filter(|line| !line.starts_with("-----")).collect();
    let dir = tempfile::tempdir().unwrap();
    let key = write(dir.path(), "bare.txt", &bare);
    let params = params_file(dir.path(), &params_of(vector["sign_string"].as_str().unwrap()));
    let out = run([
        "sign".as_ref(),
        "--private-key".as_ref(),
        key.as_os_str(),
        "--params".as_ref(),
        params.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(out.status, 0, "{out:?}");
    let output: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(output["sign"], vector["sign"]);
}

#[test]
fn the_key_can_come_from_the_environment() {
    let vector = &node_vectors()["v2_rsa2_pkcs1"];
    let dir = tempfile::tempdir().unwrap();
    let params = params_file(dir.path(), &params_of(vector["sign_string"].as_str().unwrap()));
    let out = common::run_command(common::alipay().env("ALIPAY_PRIVATE_KEY", data("app_private_pkcs1.pem")).args([
        "sign".as_ref(),
        "--json".as_ref(),
        "--params".as_ref(),
        params.as_os_str(),
    ]));
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(serde_json::from_str::<Value>(&out.stdout).unwrap()["sign"], vector["sign"]);
}

#[test]
fn gbk_signs_the_gbk_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let params = vec![
        ("app_id".to_owned(), "2021000000000001".to_owned()),
        ("method".to_owned(), "alipay.trade.query".to_owned()),
        ("charset".to_owned(), "gbk".to_owned()),
        ("sign_type".to_owned(), "RSA2".to_owned()),
        ("biz_content".to_owned(), r#"{"subject":"测试商品"}"#.to_owned()),
    ];
    let file = params_file(dir.path(), &params);
    let key = data("app_private_pkcs1.pem");
    let out = run([
        "sign".as_ref(),
        "--private-key".as_ref(),
        key.as_os_str(),
        "--params".as_ref(),
        file.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(out.status, 0, "{out:?}");
    let output: Value = serde_json::from_str(&out.stdout).unwrap();
    let sign = output["sign"].as_str().unwrap().to_owned();

    // What a gateway checks: the signature over the GBK bytes, with the app public key.
    let app_public = alipay_core::PublicKey::from_text(&common::data_text("app_public.pem")).unwrap();
    let mut signed = params.clone();
    signed.push(("sign".to_owned(), sign.clone()));
    alipay_core::verify_request_params(&signed, &app_public).expect("the GBK signature verifies");
    // Read as UTF-8, the same text is different bytes, which the signature does not cover.
    let mut as_utf8 = signed.clone();
    as_utf8[2].1 = "utf-8".to_owned();
    assert!(alipay_core::verify_request_params(&as_utf8, &app_public).is_err());

    // Text GBK cannot carry is refused, not replaced.
    let emoji =
        params_file(dir.path(), &[("charset".to_owned(), "gbk".to_owned()), ("x".to_owned(), "ok 😀".to_owned())]);
    let out = run(["sign".as_ref(), "--private-key".as_ref(), key.as_os_str(), "--params".as_ref(), emoji.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("U+1F600"), "{}", out.stderr);
}

#[test]
fn bad_input_is_exit_2_with_a_clear_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let key = data("app_private_pkcs1.pem");
    let sign = |key: &Path, params: &Path, extra: &[&str]| {
        let mut args =
            vec!["sign".as_ref(), "--private-key".as_ref(), key.as_os_str(), "--params".as_ref(), params.as_os_str()];
        args.extend(extra.iter().map(|arg| std::ffi::OsStr::new(*arg)));
        run(args)
    };

    let numbers = write(dir.path(), "numbers.json", r#"{"app_id": "1", "version": 1.0}"#);
    let out = sign(&key, &numbers, &[]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("the value of `version` is a number; every value must be a string"), "{}", out.stderr);

    let missing = dir.path().join("missing.json");
    let out = sign(&key, &missing, &[]);
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("cannot read the params file") && out.stderr.contains("no such file"),
        "{}",
        out.stderr
    );

    let params = write(dir.path(), "ok.json", r#"{"app_id": "1", "sign_type": "RSA2"}"#);
    let out = sign(&data("app_public.pem"), &params, &[]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("--private-key") && out.stderr.contains("this is a public key"), "{}", out.stderr);
    common::assert_no_key_material(&out.stderr);

    let out = sign(&key, &params, &["--sign-type", "RSA"]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("says RSA but the params file"), "{}", out.stderr);

    let out = sign(&key, &params, &["--sign-type", "SHA256"]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("unknown sign type `SHA256`"), "{}", out.stderr);

    let out = run(["sign", "--params", "x.json"]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("--private-key"), "{}", out.stderr);
}
