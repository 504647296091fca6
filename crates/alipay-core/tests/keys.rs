//! Key texts in every form the platform hands out, and a clear error for each mistake.

mod common;

use alipay_core::{Client, ConfigProblem, KeyProblem, KeyRole, PrivateKey, PublicKey, SignType, Signer, Verifier};
use common::*;

const MESSAGE: &[u8] = "app_id=2021000000000001&subject=测试".as_bytes();

#[test]
fn private_keys_parse_from_pem_and_bare_base64_of_both_encodings() {
    let reference = PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap().sign(SignType::Rsa2, MESSAGE).unwrap();
    let env_style = APP_PRIVATE_PKCS8.replace('\n', "\\n");
    let indented: String = APP_PRIVATE_PKCS1.lines().map(|line| format!("    {line}\r\n")).collect();
    for text in [
        APP_PRIVATE_PKCS1.to_owned(),
        APP_PRIVATE_PKCS8.to_owned(),
        bare(APP_PRIVATE_PKCS1),
        bare(APP_PRIVATE_PKCS8),
        bare(APP_PRIVATE_PKCS8).trim_end_matches('=').to_owned(),
        env_style,
        indented,
    ] {
        let key = PrivateKey::from_text(&text).unwrap_or_else(|error| panic!("{error}: {text:.40}"));
        assert_eq!(key.bits(), 2048);
        assert_eq!(key.sign(SignType::Rsa2, MESSAGE).unwrap(), reference);
    }
}

#[test]
fn public_keys_parse_from_spki_pkcs1_and_bare_base64() {
    let signature = PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap().sign(SignType::Rsa2, MESSAGE).unwrap();
    for text in [APP_PUBLIC.to_owned(), APP_PUBLIC_PKCS1.to_owned(), bare(APP_PUBLIC), bare(APP_PUBLIC_PKCS1)] {
        let key = PublicKey::from_text(&text).unwrap_or_else(|error| panic!("{error}: {text:.40}"));
        key.verify(SignType::Rsa2, MESSAGE, &signature).unwrap();
        assert!(key.verify(SignType::Rsa2, b"other", &signature).is_err());
        assert!(key.verify(SignType::Rsa, MESSAGE, &signature).is_err());
    }
}

fn private_problem(text: &str) -> KeyProblem {
    let error = PrivateKey::from_text(text).unwrap_err();
    assert_eq!(error.expected, KeyRole::PrivateKey);
    error.problem
}

fn public_problem(text: &str) -> KeyProblem {
    let error = PublicKey::from_text(text).unwrap_err();
    assert_eq!(error.expected, KeyRole::PublicKey);
    error.problem
}

#[test]
fn a_public_key_where_the_private_key_belongs_says_so() {
    let error = PrivateKey::from_text(APP_PUBLIC).unwrap_err();
    assert_eq!(
        error.to_string(),
        "expected an RSA private key in PKCS#1 or PKCS#8 PEM, or bare base64; this is a public key (BEGIN PUBLIC KEY)"
    );
    assert_eq!(private_problem(APP_PUBLIC_PKCS1), KeyProblem::IsPublicKey { form: "BEGIN RSA PUBLIC KEY" });
    assert_eq!(private_problem(&bare(APP_PUBLIC)), KeyProblem::IsPublicKey { form: "bare base64" });
    assert_eq!(private_problem(&bare(APP_PUBLIC_PKCS1)), KeyProblem::IsPublicKey { form: "bare base64" });
}

#[test]
fn a_private_key_where_the_public_key_belongs_says_so() {
    assert_eq!(public_problem(APP_PRIVATE_PKCS1), KeyProblem::IsPrivateKey { form: "BEGIN RSA PRIVATE KEY" });
    assert_eq!(public_problem(APP_PRIVATE_PKCS8), KeyProblem::IsPrivateKey { form: "BEGIN PRIVATE KEY" });
    assert_eq!(public_problem(&bare(APP_PRIVATE_PKCS8)), KeyProblem::IsPrivateKey { form: "bare base64" });
    let message = PublicKey::from_text(APP_PRIVATE_PKCS8).unwrap_err().to_string();
    assert!(message.starts_with("expected an RSA public key in SPKI (BEGIN PUBLIC KEY) or PKCS#1"), "{message}");
}

#[test]
fn other_mistakes_are_named() {
    assert_eq!(private_problem("  \n"), KeyProblem::Empty);
    assert_eq!(private_problem(include_str!("data/app_private_encrypted.pem")), KeyProblem::Encrypted);
    assert_eq!(private_problem(include_str!("data/ec_private_pkcs8.pem")), KeyProblem::NotRsa);
    assert_eq!(private_problem(&bare(include_str!("data/ec_private_pkcs8.pem"))), KeyProblem::NotRsa);
    let certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    assert_eq!(private_problem(certificate), KeyProblem::IsCertificate);
    assert_eq!(public_problem(certificate), KeyProblem::IsCertificate);
    let cut = &APP_PRIVATE_PKCS1[..APP_PRIVATE_PKCS1.len() / 2];
    assert_eq!(private_problem(cut), KeyProblem::UnterminatedPem { label: "RSA PRIVATE KEY".to_owned() });
    assert_eq!(private_problem("my key?"), KeyProblem::NotBase64 { position: 5 });
    let truncated_bare = &bare(APP_PRIVATE_PKCS8)[..400];
    assert!(matches!(private_problem(truncated_bare), KeyProblem::Invalid { .. }));
    let mislabelled = APP_PRIVATE_PKCS1.replace("RSA PRIVATE KEY", "PRIVATE KEY");
    let problem = private_problem(&mislabelled);
    assert!(matches!(problem, KeyProblem::Invalid { form: "PKCS#8 private key", .. }), "{problem:?}");
    assert_eq!(
        private_problem("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----"),
        KeyProblem::OtherPem { label: "OPENSSH PRIVATE KEY".to_owned() }
    );
}

#[test]
fn errors_and_debug_output_never_show_key_material() {
    // Any 16-character run of a key's base64 counts as a leak.
    let secrets: Vec<String> = [APP_PRIVATE_PKCS1, APP_PRIVATE_PKCS8, ALIPAY_PUBLIC]
        .iter()
        .flat_map(|pem| {
            let body = bare(pem);
            (0..body.len() - 16).step_by(8).map(move |start| body[start..start + 16].to_owned()).collect::<Vec<_>>()
        })
        .collect();
    let leaks = |text: &str| secrets.iter().any(|secret| text.contains(secret.as_str()));

    let builder = Client::builder().app_id(APP_ID).app_private_key(APP_PRIVATE_PKCS8).alipay_public_key(ALIPAY_PUBLIC);
    let shown = format!("{builder:?}");
    assert!(!leaks(&shown), "{shown}");
    let client = builder.build().unwrap();
    for shown in [
        format!("{client:?}"),
        format!("{:?}", client.config()),
        format!("{:?}", PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap()),
        format!("{:?}", PublicKey::from_text(ALIPAY_PUBLIC).unwrap()),
    ] {
        assert!(!leaks(&shown), "{shown}");
        assert!(!shown.contains("MII"), "{shown}");
    }
    // A key pasted into the wrong setting is not echoed in the error.
    let error =
        Client::builder().app_id(APP_ID).app_private_key(ALIPAY_PUBLIC).alipay_public_key(APP_PRIVATE_PKCS1).build();
    let shown = format!("{} {:?}", error.as_ref().unwrap_err(), error.as_ref().unwrap_err());
    assert!(!leaks(&shown), "{shown}");
}

#[test]
fn build_reports_every_problem_together() {
    let error = Client::builder()
        .app_private_key(APP_PUBLIC)
        .alipay_public_key(APP_PRIVATE_PKCS1)
        .sign_type("SHA256")
        .charset("latin1")
        .gateway_url("not a url")
        .build()
        .unwrap_err();
    let problems = error.problems();
    assert_eq!(problems.len(), 6, "{error}");
    assert_eq!(problems[0], ConfigProblem::MissingAppId);
    assert!(matches!(problems[1], ConfigProblem::Key { setting: "app_private_key", .. }));
    assert!(matches!(problems[2], ConfigProblem::Key { setting: "alipay_public_key", .. }));
    assert!(matches!(problems[3], ConfigProblem::SignType(_)));
    assert!(matches!(problems[4], ConfigProblem::Charset(_)));
    assert!(matches!(problems[5], ConfigProblem::GatewayUrl { .. }));
    let message = error.to_string();
    assert!(message.contains("sign_type: unknown sign type `SHA256`: expected `RSA2`"), "{message}");

    let missing = Client::builder().app_id(APP_ID).build().unwrap_err();
    assert_eq!(missing.problems(), &[ConfigProblem::MissingPrivateKey, ConfigProblem::MissingPublicKey]);
    // With verification turned off, no public key is needed.
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .danger_skip_response_verification()
        .build()
        .unwrap();
}

#[test]
fn rsa_sign_type_needs_a_backend_that_signs_sha1() {
    let result = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .sign_type(SignType::Rsa)
        .build();
    if cfg!(feature = "pure-rust") {
        result.unwrap();
    } else {
        let message = result.unwrap_err().to_string();
        assert!(message.contains("cannot sign with RSA (SHA1withRSA)"), "{message}");
        assert!(message.contains("enable the `pure-rust` feature"), "{message}");
    }
}
