//! `alipay keygen`: fresh keys in every form, which sign and verify.

mod common;

use std::path::Path;

use common::{run, write};
use serde_json::Value;

fn keygen(dir: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec!["keygen".as_ref(), "--out-dir".as_ref(), dir.as_os_str()];
    args.extend(extra.iter().map(|arg| std::ffi::OsStr::new(*arg)));
    run(args)
}

fn sign(key: &Path, params: &Path) -> Value {
    let out = run([
        "sign".as_ref(),
        "--private-key".as_ref(),
        key.as_os_str(),
        "--params".as_ref(),
        params.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(out.status, 0, "{out:?}");
    serde_json::from_str(&out.stdout).unwrap()
}

#[test]
fn generated_keys_sign_and_verify_in_every_form() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let out = keygen(&keys, &[]);
    assert_eq!(out.status, 0, "{out:?}");
    for name in ["app_private_pkcs1.pem", "app_private_pkcs8.pem", "app_public.pem", "app_public.txt"] {
        assert!(out.stdout.contains(&keys.join(name).display().to_string()), "{name} listed: {}", out.stdout);
    }
    let pkcs1 = std::fs::read_to_string(keys.join("app_private_pkcs1.pem")).unwrap();
    let pkcs8 = std::fs::read_to_string(keys.join("app_private_pkcs8.pem")).unwrap();
    let public_pem = std::fs::read_to_string(keys.join("app_public.pem")).unwrap();
    let public_line = std::fs::read_to_string(keys.join("app_public.txt")).unwrap();
    assert!(pkcs1.starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
    assert!(pkcs8.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    assert!(public_pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    assert_eq!(public_line.trim().lines().count(), 1);
    // The console's one line is printed, and is the PEM's body.
    assert!(out.stdout.lines().any(|line| line == public_line.trim()), "{}", out.stdout);
    let pem_body: String = public_pem.lines().filter(|line| !line.starts_with("-----")).collect();
    assert_eq!(pem_body, public_line.trim());
    // The private key is never printed. (Its first lines hold the modulus, which the public key shares;
    // the last ones are private.)
    let private_body = pkcs1.lines().rev().nth(2).unwrap();
    assert!(!out.stdout.contains(private_body) && !out.stderr.contains(private_body));

    #[cfg(unix)]
    for name in ["app_private_pkcs1.pem", "app_private_pkcs8.pem"] {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(keys.join(name)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name} is readable by its owner only");
    }

    // Both private forms make the same signature, which both public forms verify.
    let params = vec![
        ("app_id".to_owned(), "2021000000000001".to_owned()),
        ("method".to_owned(), "alipay.trade.query".to_owned()),
        ("sign_type".to_owned(), "RSA2".to_owned()),
        ("biz_content".to_owned(), r#"{"out_trade_no":"T1"}"#.to_owned()),
    ];
    let object: serde_json::Map<String, Value> =
        params.iter().map(|(key, value)| (key.clone(), Value::from(value.as_str()))).collect();
    let params_file = write(dir.path(), "params.json", Value::Object(object).to_string());
    let by_pkcs1 = sign(&keys.join("app_private_pkcs1.pem"), &params_file);
    let by_pkcs8 = sign(&keys.join("app_private_pkcs8.pem"), &params_file);
    assert_eq!(by_pkcs1, by_pkcs8);
    let mut signed = params.clone();
    signed.push(("sign".to_owned(), by_pkcs1["sign"].as_str().unwrap().to_owned()));
    for public in [&public_pem, &public_line] {
        let key = alipay_core::PublicKey::from_text(public).unwrap();
        alipay_core::verify_request_params(&signed, &key).expect("the app public key verifies the app's signature");
    }
    // Another key pair does not.
    let other = dir.path().join("other");
    assert_eq!(keygen(&other, &[]).status, 0);
    let other_public = std::fs::read_to_string(other.join("app_public.pem")).unwrap();
    assert_ne!(other_public, public_pem);
    let key = alipay_core::PublicKey::from_text(&other_public).unwrap();
    assert!(alipay_core::verify_request_params(&signed, &key).is_err());
}

#[test]
fn existing_keys_are_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(keygen(dir.path(), &[]).status, 0);
    let before = std::fs::read_to_string(dir.path().join("app_public.pem")).unwrap();

    let out = keygen(dir.path(), &[]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("refusing to overwrite keys"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join("app_public.pem")).unwrap(), before);

    let out = keygen(dir.path(), &["--force"]);
    assert_eq!(out.status, 0, "{out:?}");
    assert_ne!(std::fs::read_to_string(dir.path().join("app_public.pem")).unwrap(), before);
}

#[test]
fn an_unwritable_folder_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "not-a-folder", "x");
    let out = keygen(&file.join("keys"), &[]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.starts_with("error: cannot create the folder"), "{}", out.stderr);
}
