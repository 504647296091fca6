//! Certificate mode and content encryption, seen from the wire: requests signed by hand, answers checked byte
//! for byte against the platform's layout (`alipay_cert_sn` between the node and `sign`, as in the official Node
//! SDK's vectors; an encrypted node as a JSON string signed over its quoted text). Certificates: the runtime's test
//! PKI (`crates/alipay-core/tests/data/certs/test-pki`, see its README).

mod common;

use alipay_core::aes::AesKey;
use alipay_core::response::{ERROR_RESPONSE_KEY, ResponseBody};
use alipay_core::{Charset, PrivateKey, PublicKey, SignType};
use alipay_mock::{
    CertificateMode, CertificateModeError, MockGateway, NotCertificateMode, PlatformCertificate, StartError,
};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use common::*;
use serde_json::Value;

const CERTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../alipay-core/tests/data/certs/test-pki");

const APP_CERT_SN: &str = "78e0fae14925b88bdea95443dd5be8e8";
const PLATFORM_SN: &str = "8b8596b71181e6e756d15d5774fdd570";
const ROTATED_SN: &str = "d4e424b4b7a036835cbc45543c6bbafa";
const ROOT_SN: &str = "076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f";
const DOWNLOAD: &str = "alipay.open.app.alipaycert.download";

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZg==";
const OTHER_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZw==";

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{CERTS}/{name}")).unwrap()
}

fn platform() -> PlatformCertificate {
    PlatformCertificate::new(&read("client-platform.pem"), PrivateKey::from_text(ALIPAY_PRIVATE).unwrap()).unwrap()
}

fn rotated() -> PlatformCertificate {
    let key = PrivateKey::from_text(&read("client-rotated.key")).unwrap();
    PlatformCertificate::new(&read("client-rotated.pem"), key).unwrap()
}

fn mode() -> CertificateMode {
    CertificateMode::new(platform(), &read("roots.pem"), &read("client-app.pem")).unwrap()
}

async fn cert_gateway() -> MockGateway {
    builder_with(Vec::new()).certificate_mode(mode()).start().await.unwrap()
}

/// A call signed with the app key, carrying the certificate SNs.
fn cert_params(method: &str, biz_content: &str) -> Params {
    Params::new(method, biz_content).set("app_cert_sn", APP_CERT_SN).set("alipay_root_cert_sn", ROOT_SN)
}

/// An answer in certificate mode, checked: `{"<key>":<node>,"alipay_cert_sn":"<sn>","sign":"..."}` exactly,
/// verifying with `key` over the node's text. Returns the node.
fn cert_answer(http: &Http, response_key: &str, sn: &str, key: &PublicKey) -> Value {
    assert_eq!(http.status, 200, "{}", http.text());
    let text = http.text();
    let parse_key = if response_key == ERROR_RESPONSE_KEY { "unused_response" } else { response_key };
    let body = ResponseBody::parse(&text, parse_key).unwrap();
    let (node, sign) = (body.node(), body.sign().unwrap());
    assert_eq!(text, format!(r#"{{"{response_key}":{node},"alipay_cert_sn":"{sn}","sign":"{sign}"}}"#));
    assert_eq!(body.alipay_cert_sn(), Some(sn));
    body.verify(key, SignType::Rsa2, Charset::Utf8).expect("signed with the certificate's key");
    serde_json::from_str(node).unwrap()
}

fn platform_public() -> PublicKey {
    PublicKey::from_text(ALIPAY_PUBLIC).unwrap()
}

fn rotated_public() -> PublicKey {
    PublicKey::from_text(&rotated_public_key_pem()).unwrap()
}

#[tokio::test]
async fn answers_in_certificate_mode_carry_the_signing_certificates_sn() {
    let gateway = cert_gateway().await;
    assert!(gateway.is_certificate_mode());
    let http = post_form(&gateway, &cert_params(CARD_QUERY, CARD_EXAMPLE).signed()).await;
    let node = cert_answer(&http, &alipay_core::response_key(CARD_QUERY), PLATFORM_SN, &platform_public());
    assert_eq!(node["code"], "10000");

    // A refusal before the method too, as in the platform's vectors.
    let http =
        post_form(&gateway, &cert_params(CARD_QUERY, CARD_EXAMPLE).set("app_id", "2021000000000009").signed()).await;
    let node = cert_answer(&http, ERROR_RESPONSE_KEY, PLATFORM_SN, &platform_public());
    assert_eq!(node["sub_code"], "isv.invalid-app-id");
}

#[tokio::test]
async fn the_certificate_sns_are_checked_before_the_signature() {
    let gateway = cert_gateway().await;
    let cases = [
        (
            cert_params(CARD_QUERY, CARD_EXAMPLE).without("app_cert_sn").signed(),
            "isv.invalid-app-cert-sn",
            format!(
                "无效的应用公钥证书序列号: `app_cert_sn` is missing; the gateway is in certificate mode and expects \
                 `{APP_CERT_SN}`"
            ),
        ),
        (
            // Checked before the signature, which is bad here.
            cert_params(CARD_QUERY, CARD_EXAMPLE).set("app_cert_sn", PLATFORM_SN).set("sign", "AAAA"),
            "isv.invalid-app-cert-sn",
            format!("无效的应用公钥证书序列号: `app_cert_sn` is `{PLATFORM_SN}`; the gateway expects `{APP_CERT_SN}`"),
        ),
        (
            cert_params(CARD_QUERY, CARD_EXAMPLE)
                .set("alipay_root_cert_sn", "687b59193f3f462dd5336e5abf83c5d8")
                .signed(),
            "isv.invalid-alipay-root-cert-sn",
            format!(
                "无效的支付宝根证书序列号: `alipay_root_cert_sn` is `687b59193f3f462dd5336e5abf83c5d8`; the gateway \
                 expects `{ROOT_SN}`"
            ),
        ),
    ];
    for (params, sub_code, sub_msg) in cases {
        let node =
            cert_answer(&post_form(&gateway, &params).await, ERROR_RESPONSE_KEY, PLATFORM_SN, &platform_public());
        assert_eq!((node["code"].as_str(), node["sub_code"].as_str()), (Some("40002"), Some(sub_code)));
        assert_eq!(node["sub_msg"], sub_msg.as_str());
    }
    // A gateway in public-key mode ignores the SNs.
    let plain = common::gateway().await;
    let http = post_form(&plain, &cert_params(CARD_QUERY, CARD_EXAMPLE).set("app_cert_sn", "x").signed()).await;
    assert_eq!(method_answer(&http, CARD_QUERY).code(), "10000");
}

#[tokio::test]
async fn the_download_method_serves_the_known_certificates_and_rotation_switches_the_signer() {
    let gateway =
        builder_with(Vec::new()).certificate_mode(mode().serving(&read("client-expired.pem")).unwrap()).start().await;
    let gateway = gateway.unwrap();
    let download_key = alipay_core::response_key(DOWNLOAD);
    let download = |sn: &str| cert_params(DOWNLOAD, &format!(r#"{{"alipay_cert_sn":"{sn}"}}"#)).signed();
    let content =
        |node: &Value| String::from_utf8(STANDARD.decode(node["alipay_cert_content"].as_str().unwrap()).unwrap());

    let node =
        cert_answer(&post_form(&gateway, &download(PLATFORM_SN)).await, &download_key, PLATFORM_SN, &platform_public());
    assert_eq!(node["code"], "10000");
    assert_eq!(content(&node).unwrap(), read("client-platform.pem"));
    // One the gateway was told to serve besides its own.
    let expired = "1c899d6c8d29ee45560eb2df9b5c3621";
    let node =
        cert_answer(&post_form(&gateway, &download(expired)).await, &download_key, PLATFORM_SN, &platform_public());
    assert_eq!(content(&node).unwrap(), read("client-expired.pem"));
    // Not yet known.
    let node =
        cert_answer(&post_form(&gateway, &download(ROTATED_SN)).await, &download_key, PLATFORM_SN, &platform_public());
    assert_eq!((node["code"].as_str(), node["sub_code"].as_str()), (Some("40004"), Some("CERT_NOT_EXIST")));
    assert_eq!(gateway.last_call().unwrap().sub_code.as_deref(), Some("CERT_NOT_EXIST"));

    gateway.rotate_platform_certificate(rotated()).unwrap();
    assert_eq!(gateway.platform_cert_sn().as_deref(), Some(ROTATED_SN));
    assert_eq!(gateway.platform_cert_pem().unwrap(), read("client-rotated.pem"));
    assert_eq!(gateway.platform_public_key_pem(), rotated_public_key_pem());
    // Signed with the new certificate from now on, the download of itself included; the old one is still served.
    let node =
        cert_answer(&post_form(&gateway, &download(ROTATED_SN)).await, &download_key, ROTATED_SN, &rotated_public());
    assert_eq!(content(&node).unwrap(), read("client-rotated.pem"));
    let node =
        cert_answer(&post_form(&gateway, &download(PLATFORM_SN)).await, &download_key, ROTATED_SN, &rotated_public());
    assert_eq!(content(&node).unwrap(), read("client-platform.pem"));
    let http = post_form(&gateway, &cert_params(CARD_QUERY, CARD_EXAMPLE).signed()).await;
    cert_answer(&http, &alipay_core::response_key(CARD_QUERY), ROTATED_SN, &rotated_public());
}

fn rotated_public_key_pem() -> String {
    PrivateKey::from_text(&read("client-rotated.key")).unwrap().public_key_pem()
}

#[tokio::test]
async fn certificate_settings_are_checked_and_say_what_is_wrong() {
    // A certificate with another key than the one given.
    let error = PlatformCertificate::new(&read("client-rotated.pem"), PrivateKey::from_text(ALIPAY_PRIVATE).unwrap())
        .unwrap_err();
    assert!(matches!(&error, CertificateModeError::KeyMismatch { sn, .. } if sn == ROTATED_SN), "{error:?}");
    let error = PlatformCertificate::new("no certificate", PrivateKey::from_text(ALIPAY_PRIVATE).unwrap()).unwrap_err();
    assert!(
        error.to_string().starts_with("the platform certificate: no certificate found: expected PEM text"),
        "{error}"
    );
    let error = CertificateMode::new(platform(), &read("ecc-chain.pem"), &read("client-app.pem")).unwrap_err();
    assert!(error.to_string().starts_with("the root bundle: "), "{error}");
    let error = CertificateMode::with_app_cert_sn(platform(), &read("roots.pem"), "not-an-sn").unwrap_err();
    assert_eq!(error.to_string(), "`not-an-sn` is not a certificate SN (32 lowercase hex digits)");
    // The SN alone is enough to check requests; the client then needs its certificates from elsewhere.
    let mode = CertificateMode::with_app_cert_sn(platform(), &read("roots.pem"), APP_CERT_SN).unwrap();
    assert_eq!((mode.app_cert_sn(), mode.root_cert_sn()), (APP_CERT_SN, ROOT_SN));
    // Debug output never shows the key.
    assert!(!format!("{:?}", platform()).contains("PRIVATE"));

    // Only a gateway in certificate mode rotates.
    let gateway = gateway().await;
    assert_eq!(gateway.rotate_platform_certificate(rotated()), Err(NotCertificateMode));
    assert_eq!(gateway.platform_cert_sn(), None);
}

/// A call whose `biz_content` is encrypted with `key`.
fn encrypted_params(biz_content: &str, key: &str) -> Params {
    let ciphertext = AesKey::from_base64(key).unwrap().encrypt(biz_content);
    Params::new(CARD_QUERY, &ciphertext).set("encrypt_type", "AES")
}

async fn aes_gateway() -> MockGateway {
    builder_with(Vec::new()).encrypt_key(KEY).start().await.unwrap()
}

#[tokio::test]
async fn an_encrypted_call_is_answered_with_a_ciphertext_node_signed_as_sent() {
    let gateway = aes_gateway().await;
    let http = post_form(&gateway, &encrypted_params(CARD_EXAMPLE, KEY).signed()).await;
    let text = http.text();
    let key = alipay_core::response_key(CARD_QUERY);
    let body = ResponseBody::parse(&text, &key).unwrap();
    let node = body.node();
    assert!(node.starts_with('"') && node.ends_with('"'), "{node}");
    assert_eq!(text, format!(r#"{{"{key}":{node},"sign":"{}"}}"#, body.sign().unwrap()));
    // The signature covers the quoted ciphertext, as the platform signs it.
    assert_eq!(body.verify(&platform_public(), SignType::Rsa2, Charset::Utf8).unwrap(), node);
    let plaintext = AesKey::from_base64(KEY).unwrap().decrypt(node.trim_matches('"')).unwrap();
    let value: Value = serde_json::from_str(&plaintext).unwrap();
    assert_eq!(value["code"], "10000");
    assert!(value["schema_url"].is_string());
    let call = gateway.last_call().unwrap();
    assert_eq!((call.code.as_deref(), call.decrypted_biz_content.as_deref()), (Some("10000"), Some(CARD_EXAMPLE)));

    // The decrypted request is validated as usual; the failure is in the method's node, encrypted too.
    let http = post_form(&gateway, &encrypted_params(r#"{"target_card_no_type":"BIZ_CARD"}"#, KEY).signed()).await;
    let text = http.text();
    let node = ResponseBody::parse(&text, &key).unwrap().node().to_owned();
    let plaintext = AesKey::from_base64(KEY).unwrap().decrypt(node.trim_matches('"')).unwrap();
    assert!(plaintext.contains("target_card_no"), "{plaintext}");
    assert_eq!(gateway.last_call().unwrap().sub_code.as_deref(), Some("INVALID_PARAMETER"));

    // A call in clear gets a clear answer.
    let http = post_form(&gateway, &Params::new(CARD_QUERY, CARD_EXAMPLE).signed()).await;
    assert_eq!(method_answer(&http, CARD_QUERY).code(), "10000");
}

#[tokio::test]
async fn content_that_does_not_decrypt_or_another_encryption_is_refused_in_clear() {
    let gateway = aes_gateway().await;
    let answer = error_response(&post_form(&gateway, &encrypted_params(CARD_EXAMPLE, OTHER_KEY).signed()).await);
    assert_eq!((answer.code(), answer.sub_code()), ("40002", "isv.invalid-encrypt"));
    assert!(
        answer.sub_msg().starts_with("解密异常: `biz_content` does not decrypt with the app's AES key ("),
        "{}",
        answer.sub_msg()
    );
    let call = gateway.last_call().unwrap();
    assert!(call.verified && call.decrypted_biz_content.is_none());

    let params = encrypted_params(CARD_EXAMPLE, KEY).set("encrypt_type", "DES").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.sub_code(), "isv.invalid-encrypt-type");
    assert_eq!(answer.sub_msg(), "无效的加密类型: `encrypt_type` is `DES`; the only content encryption is `AES`");

    // The signature is checked over the ciphertext first.
    let params = encrypted_params(CARD_EXAMPLE, KEY).set("sign", "AAAA");
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.invalid-signature");
}

#[tokio::test]
async fn a_bad_encrypt_key_stops_the_start_without_repeating_it() {
    let error = builder_with(Vec::new()).encrypt_key("MDEyMzQ1Njc4OQ==").start().await.unwrap_err();
    assert!(matches!(error, StartError::EncryptKey(_)), "{error:?}");
    assert!(error.to_string().starts_with("encrypt_key: the AES key is 10 bytes long"), "{error}");
    assert!(!error.to_string().contains("MDEyMzQ1Njc4OQ==") && !format!("{error:?}").contains("MDEyMzQ1Njc4OQ=="));
}
