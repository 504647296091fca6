//! The official SDKs' outputs (tests/data/vectors.json, copied from shared/fixtures/vectors), reproduced
//! byte for byte: strings to sign, signatures, notifications and response verification.

mod common;

use alipay_core::response::{NodeKind, ResponseBody, verify_node};
use alipay_core::{
    Charset, Notification, NotificationError, PrivateKey, PublicKey, SignError, SignType, SignatureError, Signer,
    sign_base64, sign_string, verify_base64,
};
use common::*;
use serde_json::Value;

fn params_of(vector: &Value) -> Vec<(String, String)> {
    vector["signed_params"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, value)| (key.clone(), value.as_str().unwrap().to_owned()))
        .collect()
}

fn key_for(name: &str) -> PrivateKey {
    let pem = if name.ends_with("pkcs8") { APP_PRIVATE_PKCS8 } else { APP_PRIVATE_PKCS1 };
    PrivateKey::from_text(pem).unwrap()
}

/// Signs like the client does; SHA1withRSA needs the `rsa` crate (see the `backend` module docs).
fn check_signature(key: &PrivateKey, sign_type: SignType, text: &str, expected: &str) {
    match sign_base64(key, sign_type, text.as_bytes()) {
        Ok(sign) => assert_eq!(sign, expected),
        Err(error) => {
            assert!(sign_type == SignType::Rsa && !cfg!(feature = "pure-rust"), "{error}");
            assert!(matches!(error, SignError::Unsupported { .. }));
            assert!(error.to_string().contains("enable the `pure-rust` feature"), "{error}");
        }
    }
    let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
    verify_base64(&app_public, sign_type, text.as_bytes(), expected).unwrap();
}

#[test]
fn node_request_vectors_sign_byte_for_byte() {
    let vectors = vectors();
    for name in ["v2_rsa2_pkcs1", "v2_rsa2_pkcs8", "v2_rsa_sha1"] {
        let vector = &vectors["node"][name];
        let params = params_of(vector);
        let text = sign_string(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(text, vector["sign_string"].as_str().unwrap(), "{name}");
        let sign_type: SignType = vector["sign_type"].as_str().unwrap().parse().unwrap();
        check_signature(&key_for(name), sign_type, &text, vector["sign"].as_str().unwrap());
        // The `sign` the SDK sent verifies over the string we build from its parameters.
        let sent = params.iter().find(|(key, _)| key == "sign").unwrap();
        let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
        verify_base64(&app_public, sign_type, text.as_bytes(), &sent.1).unwrap();
    }
}

#[test]
fn node_empty_value_is_dropped_unlike_the_node_sdk() {
    // The Node SDK signs `return_url=`; the platform's rule (and the Java SDK) drop empty values, so do we.
    let vector = &vectors()["node"]["v2_empty_value_kept"];
    let params = params_of(vector);
    let ours = sign_string(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let node = vector["sign_string"].as_str().unwrap();
    assert!(node.contains("&return_url=&"));
    assert!(!ours.contains("return_url"));
    assert_eq!(ours, node.replace("return_url=&", ""));
    // Node's signature covers its string, not ours.
    let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
    let node_sign = vector["sign"].as_str().unwrap();
    verify_base64(&app_public, SignType::Rsa2, node.as_bytes(), node_sign).unwrap();
    assert_eq!(
        verify_base64(&app_public, SignType::Rsa2, ours.as_bytes(), node_sign),
        Err(SignatureError::Mismatch { sign_type: SignType::Rsa2 })
    );
}

#[test]
fn python_request_vectors_reproduce_from_their_params() {
    let vectors = vectors();
    for (name, sign_type) in [("v2_rsa2_pkcs1", SignType::Rsa2), ("v2_rsa_sha1", SignType::Rsa)] {
        let vector = &vectors["python"][name];
        let url = vector["page_execute_GET_url"].as_str().unwrap();
        let query = url.split_once('?').unwrap().1;
        let params = form_pairs(query.as_bytes());
        // Python sends `format=json` in lower case; reproduced from its own params.
        assert!(params.contains(&("format".to_owned(), "json".to_owned())));
        let text = sign_string(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(text, vector["sign_string"].as_str().unwrap(), "{name}");
        let sent = &params.iter().find(|(key, _)| key == "sign").unwrap().1;
        assert_eq!(sent, vector["sign"].as_str().unwrap());
        check_signature(&key_for(name), sign_type, &text, sent);
    }
}

#[test]
fn notification_vector_verifies_from_pairs_and_from_the_form_body() {
    let vector = &vectors()["node"]["notify"];
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let pairs: Vec<(String, String)> = vector["params"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, value)| (key.clone(), value.as_str().unwrap().to_owned()))
        .collect();
    let from_pairs = Notification::from_pairs(pairs).unwrap();
    let from_body = Notification::from_form_body(include_bytes!("data/notify_body.txt")).unwrap();
    let sorted = |notification: &Notification| {
        let mut params: Vec<(String, String)> = notification.params().map(|(k, v)| (k.into(), v.into())).collect();
        params.sort();
        params
    };
    assert_eq!(sorted(&from_pairs), sorted(&from_body));
    for notification in [&from_pairs, &from_body] {
        assert_eq!(
            notification.sign_string_v1(),
            vector["sign_content_excluding_sign_and_sign_type"].as_str().unwrap()
        );
        notification.verify_v1(&alipay_public, SignType::Rsa2).unwrap();
        assert_eq!(notification.get("subject"), Some("测试商品 & co"));
    }
    // The vector was signed by the v1 rule, so the v2 rule (which signs `sign_type` too) rejects it.
    assert_eq!(
        from_pairs.verify_v2(&alipay_public, SignType::Rsa2),
        Err(NotificationError::Signature(SignatureError::Mismatch { sign_type: SignType::Rsa2 }))
    );
    // A changed amount is rejected.
    let tampered: Vec<(String, String)> = from_pairs
        .params()
        .map(|(k, v)| (k.to_owned(), if k == "total_amount" { "0.01".to_owned() } else { v.to_owned() }))
        .collect();
    assert!(Notification::from_pairs(tampered).unwrap().verify_v1(&alipay_public, SignType::Rsa2).is_err());
    // The app's own public key is the wrong key.
    let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
    assert!(from_pairs.verify_v1(&app_public, SignType::Rsa2).is_err());
    // Declaring another algorithm than the app's is reported as such.
    assert!(matches!(
        from_pairs.verify_v1(&alipay_public, SignType::Rsa),
        Err(NotificationError::SignTypeMismatch { .. })
    ));
}

#[test]
fn a_v2_notification_signs_sign_type_too() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let mut params = vec![("app_id", APP_ID), ("msg_method", "alipay.open.app.x"), ("sign_type", "RSA2")];
    let text = sign_string(params.iter().copied());
    assert!(text.contains("sign_type=RSA2"));
    let sign = sign_base64(&alipay_private, SignType::Rsa2, text.as_bytes()).unwrap();
    params.push(("sign", &sign));
    let notification = Notification::from_pairs(params).unwrap();
    notification.verify_v2(&alipay_public, SignType::Rsa2).unwrap();
    assert!(notification.verify_v1(&alipay_public, SignType::Rsa2).is_err());
}

#[test]
fn a_gbk_notification_body_is_decoded_in_its_charset() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let params =
        [("charset", "gbk"), ("subject", "测试商品"), ("trade_status", "TRADE_SUCCESS"), ("sign_type", "RSA2")];
    let text = sign_string(params.iter().copied().filter(|(k, _)| *k != "sign_type"));
    let gbk = Charset::Gbk.encode(&text).unwrap();
    let sign = sign_base64(&alipay_private, SignType::Rsa2, &gbk).unwrap();
    fn gbk_encode(text: &str) -> std::borrow::Cow<'_, [u8]> {
        encoding_rs::GBK.encode(text).0
    }
    let mut body = form_urlencoded::Serializer::new(String::new());
    body.encoding_override(Some(&gbk_encode));
    for (key, value) in params {
        body.append_pair(key, value);
    }
    body.append_pair("sign", &sign);
    let body = body.finish();
    assert!(body.contains("subject=%B2%E2%CA%D4"), "{body}");
    let notification = Notification::from_form_body(body.as_bytes()).unwrap();
    assert_eq!(notification.get("subject"), Some("测试商品"));
    notification.verify_v1(&alipay_public, SignType::Rsa2).unwrap();
}

#[test]
fn notifications_refuse_duplicates_and_bad_text() {
    assert_eq!(Notification::from_form_body(b"a=1&sign=x&a=2"), Err(NotificationError::DuplicateParam("a".to_owned())));
    assert!(matches!(Notification::from_form_body(b"a=%FF%FE"), Err(NotificationError::Charset(_))));
    assert!(matches!(Notification::from_form_body(b"charset=latin1"), Err(NotificationError::UnknownCharset(_))));
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    assert_eq!(
        Notification::from_form_body(b"a=1").unwrap().verify_v1(&alipay_public, SignType::Rsa2),
        Err(NotificationError::Signature(SignatureError::Missing))
    );
}

const RESPONSE_KEY: &str = "alipay_trade_query_response";

#[test]
fn every_response_vector_verifies_over_exactly_its_signed_content() {
    let vectors = vectors();
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let cases = vectors["node"]["response_verification"].as_object().unwrap();
    assert_eq!(cases.len(), 8);
    for (name, case) in cases {
        let body = case["raw_body"].as_str().unwrap();
        let signed = case["signed_content"].as_str().unwrap();
        let parsed = ResponseBody::parse(body, RESPONSE_KEY).unwrap();
        assert_eq!(parsed.node(), signed, "{name}");
        let expected_kind = if name.starts_with("error_response") { NodeKind::Error } else { NodeKind::Method };
        assert_eq!(parsed.kind(), expected_kind, "{name}");
        if name.contains("with_alipay_cert_sn") {
            assert_eq!(parsed.alipay_cert_sn(), Some("0123456789abcdef0123456789abcdef"));
        }
        let verified = parsed.verify(&alipay_public, SignType::Rsa2, Charset::Utf8).unwrap();
        // What is verified is what is parsed: the very text of the body.
        assert_eq!(verified, signed, "{name}");
        assert!(matches!(verified, std::borrow::Cow::Borrowed(_)));

        // Any change to the signed content is rejected.
        let start = body.find(signed).unwrap();
        for offset in [1, signed.len() / 2, signed.len() - 2] {
            let mut tampered = body.as_bytes().to_vec();
            let position = start + offset;
            tampered[position] = if tampered[position] == b'0' { b'1' } else { b'0' };
            let Ok(tampered) = std::str::from_utf8(&tampered) else { continue };
            let result =
                ResponseBody::parse(tampered, RESPONSE_KEY).map_err(|error| error.to_string()).and_then(|parsed| {
                    parsed.verify(&alipay_public, SignType::Rsa2, Charset::Utf8).map_err(|error| error.to_string())
                });
            assert!(result.is_err(), "{name}: tampered at {offset} still verifies");
        }
        // The app's public key is the wrong key for responses.
        let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
        assert!(parsed.verify(&app_public, SignType::Rsa2, Charset::Utf8).is_err());
    }
}

#[test]
fn escaped_slashes_are_retried_unescaped_and_the_unescaped_text_is_returned() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let signed = r#"{"code":"10000","url":"https://x.example/y"}"#;
    let sign = sign_base64(&alipay_private, SignType::Rsa2, signed.as_bytes()).unwrap();
    let escaped = r#"{"code":"10000","url":"https:\/\/x.example\/y"}"#;
    let verified = verify_node(escaped, &sign, &alipay_public, SignType::Rsa2, Charset::Utf8).unwrap();
    assert_eq!(verified, signed);
    // A text signed with `\/` verifies as it is.
    let sign_escaped = sign_base64(&alipay_private, SignType::Rsa2, escaped.as_bytes()).unwrap();
    assert_eq!(verify_node(escaped, &sign_escaped, &alipay_public, SignType::Rsa2, Charset::Utf8).unwrap(), escaped);
    assert_eq!(
        verify_node(escaped, "not base64!", &alipay_public, SignType::Rsa2, Charset::Utf8),
        Err(SignatureError::Malformed)
    );
}

#[test]
fn a_stand_in_gateway_body_round_trips() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let node = r#"{"code":"10000","msg":"Success","subject":"测试"}"#;
    for charset in [Charset::Utf8, Charset::Gbk] {
        let body =
            alipay_core::response::signed_response_body(RESPONSE_KEY, node, &alipay_private, SignType::Rsa2, charset)
                .unwrap();
        let parsed = ResponseBody::parse(&body, RESPONSE_KEY).unwrap();
        assert_eq!(parsed.verify(&alipay_public, SignType::Rsa2, charset).unwrap(), node);
    }
    // Signed as UTF-8, checked as GBK: the bytes differ, so it does not verify.
    let body =
        alipay_core::response::signed_response_body(RESPONSE_KEY, node, &alipay_private, SignType::Rsa2, Charset::Utf8)
            .unwrap();
    let parsed = ResponseBody::parse(&body, RESPONSE_KEY).unwrap();
    assert!(parsed.verify(&alipay_public, SignType::Rsa2, Charset::Gbk).is_err());
}

#[test]
fn request_params_verify_with_the_app_public_key() {
    let vector = &vectors()["node"]["v2_rsa2_pkcs1"];
    let params = params_of(vector);
    let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
    alipay_core::verify_request_params(&params, &app_public).unwrap();
    let mut tampered = params.clone();
    tampered.iter_mut().find(|(key, _)| key == "notify_url").unwrap().1.push('x');
    assert!(alipay_core::verify_request_params(&tampered, &app_public).is_err());
    let alipay_public = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    assert!(alipay_core::verify_request_params(&params, &alipay_public).is_err());
}

#[test]
fn private_key_signer_reports_what_it_supports() {
    let key = PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap();
    assert!(key.supports(SignType::Rsa2).is_ok());
    assert_eq!(key.supports(SignType::Rsa).is_ok(), cfg!(feature = "pure-rust"));
}
