//! Content encryption in the client: requests as the Node SDK encrypts and signs them (tests/data/
//! modes_vectors.json, `v2_aes_encrypted`), encrypted responses verified as they stand and then decrypted
//! (vectors.json, `response_verification["aes_encrypted/sign_last"]`), in UTF-8 and GBK.

mod common;

use std::time::Duration;

use alipay_core::aes::{AesDecryptError, AesKey};
use alipay_core::response::signed_response_body;
use alipay_core::{
    Charset, Client, ClientBuilder, ConfigProblem, DateTime, Error, PrivateKey, PublicKey, RequestOptions, SignType,
    SignatureError, verify_request_params,
};
use common::*;
use serde_json::Value;

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZg==";
/// Another 16-byte key: `0123456789abcdeg`.
const OTHER_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZw==";

fn builder() -> ClientBuilder {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .timeout(Duration::from_secs(5))
}

fn encrypted_response_body() -> String {
    vectors()["node"]["response_verification"]["aes_encrypted/sign_last"]["raw_body"].as_str().unwrap().to_owned()
}

#[test]
fn the_node_request_vector_is_reproduced_byte_for_byte() {
    let vectors: Value = serde_json::from_str(include_str!("data/modes_vectors.json")).unwrap();
    let vector = &vectors["node"]["v2_aes_encrypted"];
    let client = builder().encrypt_key(KEY).build().unwrap();
    assert!(client.config().encrypts_content());
    // The Node SDK sends no `format`.
    let options = RequestOptions::new().timestamp("2024-01-01 12:00:00".parse::<DateTime>().unwrap()).format(None);
    let plaintext = vector["plaintext"].as_str().unwrap();
    let prepared = client.prepare_raw::<String>("alipay.trade.page.pay", plaintext.to_owned(), &options).unwrap();
    assert_eq!(prepared.sign_string(), vector["sign_string"].as_str().unwrap());
    assert_eq!(prepared.sign(), vector["sign"].as_str().unwrap());
    assert_eq!(prepared.param("encrypt_type"), Some("AES"));
    assert_eq!(prepared.param("biz_content"), vector["signed_params"]["biz_content"].as_str());
    // The form body carries the ciphertext and `encrypt_type`, and verifies as the gateway checks it.
    let params = form_pairs(prepared.form_body());
    assert!(params.contains(&("encrypt_type".to_owned(), "AES".to_owned())));
    verify_request_params(&params, &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
}

#[test]
fn an_encrypted_response_is_verified_then_decrypted() {
    let client = builder().encrypt_key(KEY).build().unwrap();
    let response = client.decode_response::<TradeQuery>(encrypted_response_body().as_bytes()).unwrap();
    assert_eq!(response.trade_no, "2024010122001");
}

#[tokio::test]
async fn execute_decrypts_what_it_verified() {
    let (gateway, mut received) = serve(Reply::json(encrypted_response_body())).await;
    let client = builder().gateway_url(&gateway).encrypt_key(KEY).build().unwrap();
    let response = client.execute(&TradeQuery::new("T20240101000001")).await.unwrap();
    assert_eq!(response.trade_no, "2024010122001");
    let raw = client.execute_raw("alipay.trade.query", r#"{"out_trade_no":"T1"}"#.into(), &RequestOptions::new()).await;
    assert_eq!(raw.unwrap().node, r#"{"code":"10000","msg":"Success","trade_no":"2024010122001"}"#);
    // What went out was encrypted and signed over the ciphertext.
    let params = form_pairs(&received.recv().await.unwrap().body);
    let get = |name: &str| params.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone());
    assert_eq!(get("encrypt_type").as_deref(), Some("AES"));
    let key = AesKey::from_base64(KEY).unwrap();
    assert_eq!(key.decrypt(&get("biz_content").unwrap()).unwrap(), r#"{"out_trade_no":"T20240101000001"}"#);
    verify_request_params(&params, &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
}

#[test]
fn a_tampered_ciphertext_fails_verification() {
    let body = encrypted_response_body();
    let start = body.find("sb44").unwrap();
    let tampered = format!("{}tb44{}", &body[..start], &body[start + 4..]);
    let client = builder().encrypt_key(KEY).build().unwrap();
    let error = client.decode_response::<TradeQuery>(tampered.as_bytes()).unwrap_err();
    assert!(matches!(error, Error::Signature { source: SignatureError::Mismatch { .. }, .. }), "{error:?}");
}

#[test]
fn the_wrong_key_fails_with_a_clear_error() {
    let client = builder().encrypt_key(OTHER_KEY).build().unwrap();
    let error = client.decode_response::<TradeQuery>(encrypted_response_body().as_bytes()).unwrap_err();
    match &error {
        Error::Decrypt { method, source } => {
            assert_eq!(method, "alipay.trade.query");
            assert!(
                matches!(source, AesDecryptError::Padding | AesDecryptError::Utf8 { .. }),
                "an unexpected failure: {source:?}"
            );
        }
        other => panic!("expected a decryption failure, got {other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains("verified but cannot be decrypted"), "{message}");
    assert!(message.contains("key"), "{message}");
    assert!(!message.contains(OTHER_KEY) && !format!("{error:?}").contains(OTHER_KEY));
}

#[test]
fn without_a_key_an_encrypted_answer_says_what_to_configure() {
    let client = builder().build().unwrap();
    let error = client.decode_response::<TradeQuery>(encrypted_response_body().as_bytes()).unwrap_err();
    assert!(matches!(error, Error::Encrypted { .. }), "{error:?}");
    assert!(error.to_string().contains("ClientBuilder::encrypt_key"), "{error}");
}

#[test]
fn a_bad_key_is_a_build_error_that_does_not_repeat_it() {
    let error = builder().encrypt_key("MDEyMzQ1Njc4OQ==").build().unwrap_err();
    assert!(matches!(error.problems(), [ConfigProblem::EncryptKey(_)]), "{error:?}");
    assert!(error.to_string().starts_with("invalid client configuration: encrypt_key: the AES key is 10 bytes"));
    assert!(!format!("{:?}", builder().encrypt_key(KEY)).contains(KEY));
}

#[test]
fn encrypt_type_cannot_be_given_twice() {
    let client = builder().encrypt_key(KEY).build().unwrap();
    let options = RequestOptions::new().param("encrypt_type", "AES");
    let error = client.prepare_raw::<String>("alipay.trade.query", "{}".into(), &options).unwrap_err();
    assert!(matches!(&error, Error::Option(message) if message.contains("`encrypt_type` is given twice")), "{error}");
}

/// A signed body whose node is `plaintext` encrypted with the fixtures' key, in `charset`, the ciphertext's `/`
/// written `\/` when `escape_slashes` (JSON allows it, and the platform's serialiser may do it).
fn encrypted_body(plaintext: &str, charset: Charset, escape_slashes: bool) -> String {
    let key = AesKey::from_base64(KEY).unwrap();
    let mut ciphertext = key.encrypt_in(plaintext, charset).unwrap();
    if escape_slashes {
        assert!(ciphertext.contains('/'), "pick a plaintext whose ciphertext has a `/`");
        ciphertext = ciphertext.replace('/', "\\/");
    }
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let node = format!("\"{ciphertext}\"");
    signed_response_body("alipay_trade_query_response", &node, &alipay_private, SignType::Rsa2, charset).unwrap()
}

#[test]
fn escaped_slashes_in_the_ciphertext_are_verified_as_sent_and_unescaped_before_decrypting() {
    let client = builder().encrypt_key(KEY).build().unwrap();
    // Chosen (by trying) so that its ciphertext holds a `/`.
    let plaintext = r#"{"code":"10000","msg":"Success","trade_no":"2024010122001","buyer_logon_id":"x"}"#;
    let body = encrypted_body(plaintext, Charset::Utf8, true);
    assert!(body.contains("\\/"));
    let response = client.decode_response::<TradeQuery>(body.as_bytes()).unwrap();
    assert_eq!(response.buyer_logon_id.as_deref(), Some("x"));
}

#[tokio::test]
async fn gbk_content_is_encrypted_and_decrypted_in_gbk() {
    let plaintext = r#"{"code":"10000","msg":"Success","trade_no":"42","buyer_logon_id":"测试商品"}"#;
    let body = encrypted_body(plaintext, Charset::Gbk, false);
    let (gateway, mut received) = serve(Reply::json(body)).await;
    let client = builder().gateway_url(&gateway).charset("gbk").encrypt_key(KEY).build().unwrap();
    let mut request = TradeQuery::new("T1");
    request.subject = Some("测试".into());
    let response = client.execute(&request).await.unwrap();
    assert_eq!(response.buyer_logon_id.as_deref(), Some("测试商品"));
    // The request's content was encrypted as GBK bytes.
    let params = form_pairs(&received.recv().await.unwrap().body);
    let ciphertext = &params.iter().find(|(key, _)| key == "biz_content").unwrap().1;
    let key = AesKey::from_base64(KEY).unwrap();
    let bytes = key.decrypt_bytes(ciphertext).unwrap();
    assert_eq!(bytes, Charset::Gbk.encode(r#"{"out_trade_no":"T1","subject":"测试"}"#).unwrap().as_ref());
    // Decrypted as UTF-8, GBK content is refused rather than garbled.
    let utf8_client = builder().encrypt_key(KEY).build().unwrap();
    let gbk_body = encrypted_body(plaintext, Charset::Gbk, false);
    // The body itself is ASCII; only the plaintext is GBK.
    let error = utf8_client.decode_response::<TradeQuery>(gbk_body.as_bytes()).unwrap_err();
    assert!(matches!(error, Error::Decrypt { source: AesDecryptError::Utf8 { .. }, .. }), "{error:?}");
}
