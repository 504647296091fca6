//! Public-key certificate mode end to end: the typed client of `alipay-apis` against the stand-in gateway in
//! certificate mode, with the certificates of the runtime's test PKI (`crates/alipay-core/tests/data/certs/test-pki`,
//! see its README): requests carry the SNs the gateway expects, answers name the certificate that signed them, and
//! a rotated platform certificate is downloaded once, chain-checked, and then trusted, unless it does not chain to
//! the root bundle.

use std::path::Path;

use alipay_apis::cert::ChainError;
use alipay_apis::marketing_card_query as card_query;
use alipay_apis::{Error, GatewayCode, PlatformCertificateError, PrivateKey, RequestOptions};
use alipay_mock::{App, CertificateMode, MockGateway, PlatformCertificate, load_specs};

const APP_ID: &str = "2021000000000001";
/// The fixture keys and the test PKI of the runtime's tests.
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/alipay-core/tests/data");

// From the test PKI's README (computed with the official Java SDK's rule).
const APP_CERT_SN: &str = "78e0fae14925b88bdea95443dd5be8e8";
const PLATFORM_SN: &str = "8b8596b71181e6e756d15d5774fdd570";
const ROTATED_SN: &str = "d4e424b4b7a036835cbc45543c6bbafa";
const OTHER_ROOT_SN: &str = "496d57b2fbcce43e2f77cacd2a485f2a";
const ROOT_SN: &str = "076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f";

const DOWNLOAD: &str = "alipay.open.app.alipaycert.download";

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DATA}/{name}")).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// The fixture platform key and its certificate, `client-platform.pem`.
fn platform() -> PlatformCertificate {
    let key = PrivateKey::from_text(&read("alipay_private_pkcs1.pem")).unwrap();
    PlatformCertificate::new(&read("certs/test-pki/client-platform.pem"), key).unwrap()
}

/// The second platform key with one of its certificates: `client-rotated.pem` (under the root bundle) or
/// `client-other-root.pem` (under another PKI's root).
fn rotated(file: &str) -> PlatformCertificate {
    let key = PrivateKey::from_text(&read("certs/test-pki/client-rotated.key")).unwrap();
    PlatformCertificate::new(&read(&format!("certs/test-pki/{file}")), key).unwrap()
}

/// A gateway in certificate mode with the fixture app (its key and `client-app.pem`) and platform certificate.
async fn gateway() -> MockGateway {
    let specs =
        load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).unwrap_or_else(|errors| panic!("{errors}"));
    let mode =
        CertificateMode::new(platform(), &read("certs/test-pki/roots.pem"), &read("certs/test-pki/client-app.pem"))
            .unwrap();
    MockGateway::builder(specs.specs, specs.common)
        .app(App::from_private_key(APP_ID, &read("app_private_pkcs1.pem")).unwrap())
        .certificate_mode(mode)
        .start()
        .await
        .unwrap()
}

/// The documented request of the card query, which gets the documented answer.
fn documented_card() -> card_query::Request {
    card_query::Request::new("0000001", card_query::TargetCardNoType::BizCard)
}

fn downloads(gateway: &MockGateway) -> Vec<alipay_mock::Call> {
    gateway.calls().into_iter().filter(|call| call.method() == Some(DOWNLOAD)).collect()
}

#[tokio::test]
async fn a_call_in_certificate_mode_succeeds_with_the_sns_signed_and_the_answer_labelled() {
    let gateway = gateway().await;
    let client = gateway.client_builder().build().unwrap();
    assert!(client.config().is_certificate_mode());
    assert_eq!(client.config().alipay_cert_sn(), Some(PLATFORM_SN));

    let response = client.execute(&documented_card()).await.unwrap();
    assert_eq!(response.schema_url, "alipays://platformapi/startapp?appId=20000021&b=m&p=111");

    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert_eq!(call.param("app_cert_sn"), Some(APP_CERT_SN));
    assert_eq!(call.param("alipay_root_cert_sn"), Some(ROOT_SN));
    // The SNs are signed: they are in the string the gateway verified.
    let sign_string = call.sign_string.as_deref().unwrap();
    assert!(sign_string.starts_with(&format!("alipay_root_cert_sn={ROOT_SN}&app_cert_sn={APP_CERT_SN}&")));
    assert!(downloads(&gateway).is_empty());

    // The answer names the certificate whose key signed it.
    let example = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#;
    let raw = client.execute_raw(card_query::METHOD, example.to_owned(), &RequestOptions::new()).await.unwrap();
    assert!(raw.verified);
    assert_eq!(raw.alipay_cert_sn.as_deref(), Some(PLATFORM_SN));
}

#[tokio::test]
async fn after_the_gateway_rotates_the_next_call_downloads_the_new_certificate_once() {
    let gateway = gateway().await;
    let client = gateway.client_builder().build().unwrap();
    client.execute(&documented_card()).await.unwrap();

    gateway.rotate_platform_certificate(rotated("client-rotated.pem")).unwrap();
    assert_eq!(gateway.platform_cert_sn().as_deref(), Some(ROTATED_SN));

    // The answer names the new certificate: the client downloads it, checks its chain and verifies with it.
    let response = client.execute(&documented_card()).await.unwrap();
    assert_eq!(response.card_info.balance.as_deref(), Some("124.89"));
    let downloads = downloads(&gateway);
    assert_eq!(downloads.len(), 1, "{downloads:?}");
    assert_eq!(downloads[0].code.as_deref(), Some("10000"));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(downloads[0].biz_content().unwrap()).unwrap()["alipay_cert_sn"],
        ROTATED_SN
    );

    // Held from now on, by every clone of the client.
    client.clone().execute(&documented_card()).await.unwrap();
    client.execute(&documented_card()).await.unwrap();
    assert_eq!(self::downloads(&gateway).len(), 1);
    assert_eq!(gateway.calls().len(), 5);
}

#[tokio::test]
async fn a_new_certificate_from_another_root_is_refused() {
    let gateway = gateway().await;
    let client = gateway.client_builder().build().unwrap();
    gateway.rotate_platform_certificate(rotated("client-other-root.pem")).unwrap();

    let error = client.execute(&documented_card()).await.unwrap_err();
    match &error {
        Error::Certificate { method, source: PlatformCertificateError::Chain { sn, source } } => {
            assert_eq!(method, card_query::METHOD);
            assert_eq!(sn, OTHER_ROOT_SN);
            assert!(matches!(source, ChainError::UnknownIssuer { .. }), "{source:?}");
        }
        other => panic!("expected the certificate to be refused, got {other:?}"),
    }
    assert!(error.to_string().contains(OTHER_ROOT_SN), "{error}");
    // The gateway did hand the certificate out; the client would not trust it, and tries again next time.
    assert_eq!(downloads(&gateway).len(), 1);
    assert!(client.execute(&documented_card()).await.is_err());
    assert_eq!(downloads(&gateway).len(), 2);
}

#[tokio::test]
async fn requests_without_the_expected_sns_are_refused_by_the_gateway() {
    let gateway = gateway().await;
    // A client in public-key mode sends no certificate SNs.
    let client = alipay_apis::Client::builder()
        .app_id(APP_ID)
        .app_private_key(read("app_private_pkcs1.pem"))
        .alipay_public_key(gateway.platform_public_key_pem())
        .gateway_url(&gateway.url())
        .build()
        .unwrap();
    let error = client.execute(&documented_card()).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.code, GatewayCode::InvalidParameter);
    assert_eq!(failure.sub_code, Some(card_query::SubCode::IsvInvalidAppCertSn));
    assert!(failure.verified);
    assert!(failure.sub_msg.as_deref().unwrap().contains(APP_CERT_SN), "{failure:?}");

    // A root bundle other than the gateway's gives another root SN.
    let client = gateway.client_builder().alipay_root_cert(read("certs/gopay/alipayRootCert.crt")).build().unwrap();
    let error = client.execute(&documented_card()).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(card_query::SubCode::IsvInvalidAlipayRootCertSn));
    assert!(failure.sub_msg.as_deref().unwrap().contains(ROOT_SN), "{failure:?}");
}
