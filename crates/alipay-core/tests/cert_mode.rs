//! Certificate mode in the client: the SNs signed into requests, responses verified with the certificate they
//! name, and platform certificates downloaded from a test gateway, chain-checked against the root bundle, cached
//! and shared. Certificates: tests/data/certs (see its README; SNs from CertSn.java and the official Node SDK).

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use alipay_core::cert::ChainError;
use alipay_core::{
    Charset, Client, ClientBuilder, ConfigProblem, Error, GatewayCode, PlatformCertificateError, PrivateKey, PublicKey,
    RequestOptions, SignType, SignatureError, sign_base64, verify_request_params,
};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use common::*;
use serde_json::Value;

const CERTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/certs");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{CERTS}/{path}")).unwrap()
}

// From CertSn.java (tests/data/certs/README.md).
const APP_CERT_SN: &str = "78e0fae14925b88bdea95443dd5be8e8";
const PLATFORM_SN: &str = "8b8596b71181e6e756d15d5774fdd570";
const ROTATED_SN: &str = "d4e424b4b7a036835cbc45543c6bbafa";
const EXPIRED_SN: &str = "1c899d6c8d29ee45560eb2df9b5c3621";
const NOT_YET_VALID_SN: &str = "b41d18baf3ddbaa3aa24e5663326e1ba";
const OTHER_ROOT_SN: &str = "496d57b2fbcce43e2f77cacd2a485f2a";
const ROOT_SN: &str = "076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f";
/// An SN of no certificate there is.
const UNKNOWN_SN: &str = "0123456789abcdef0123456789abcdef";

const DOWNLOAD: &str = "alipay.open.app.alipaycert.download";
const SUCCESS: &str = r#"{"code":"10000","msg":"Success","trade_no":"2024010122001","buyer_logon_id":"测试"}"#;

fn builder() -> ClientBuilder {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .app_cert(read("test-pki/client-app.pem"))
        .alipay_public_cert(read("test-pki/client-platform.pem"))
        .alipay_root_cert(read("test-pki/roots.pem"))
        .timeout(Duration::from_secs(10))
}

fn platform_key() -> PrivateKey {
    PrivateKey::from_text(ALIPAY_PRIVATE).unwrap()
}

fn rotated_key() -> PrivateKey {
    PrivateKey::from_text(&read("test-pki/client-rotated.key")).unwrap()
}

/// A response body as the gateway writes it in certificate mode: the node, the SN of the certificate whose key
/// signed it, the signature over the node's bytes in `charset`.
fn body(response_key: &str, node: &str, signer: &PrivateKey, sn: Option<&str>, charset: Charset) -> Vec<u8> {
    let sign = sign_base64(signer, SignType::Rsa2, &charset.encode(node).unwrap()).unwrap();
    let sn = sn.map(|sn| format!(r#""alipay_cert_sn":"{sn}","#)).unwrap_or_default();
    let text = format!(r#"{{"{response_key}":{node},{sn}"sign":"{sign}"}}"#);
    charset.encode(&text).unwrap().into_owned()
}

/// A test gateway in certificate mode: it checks every request's signature, answers business calls signed as
/// `answer` says, and serves `certificates` to the download method, signed as `download` says.
struct Platform {
    answer: (PrivateKey, Option<String>),
    download: (PrivateKey, Option<String>),
    certificates: Mutex<HashMap<String, String>>,
    charset: Charset,
    /// Downloads are answered only once this many business calls have arrived, to make callers race.
    hold_downloads_until: usize,
    calls: AtomicUsize,
    downloads: AtomicUsize,
    requests: Mutex<Vec<Vec<(String, String)>>>,
}

impl Platform {
    fn new(answer: (PrivateKey, Option<&str>), download: (PrivateKey, Option<&str>)) -> Self {
        Self {
            answer: (answer.0, answer.1.map(str::to_owned)),
            download: (download.0, download.1.map(str::to_owned)),
            certificates: Mutex::default(),
            charset: Charset::Utf8,
            hold_downloads_until: 0,
            calls: AtomicUsize::new(0),
            downloads: AtomicUsize::new(0),
            requests: Mutex::default(),
        }
    }

    /// An answer signed with the rotated certificate; downloads signed with the configured one.
    fn rotated() -> Self {
        Self::new((rotated_key(), Some(ROTATED_SN)), (platform_key(), Some(PLATFORM_SN)))
            .serving(ROTATED_SN, "test-pki/client-rotated.pem")
    }

    fn serving(self, sn: &str, file: &str) -> Self {
        self.certificates.lock().unwrap().insert(sn.to_owned(), read(file));
        self
    }

    fn downloads(&self) -> usize {
        self.downloads.load(Ordering::SeqCst)
    }

    async fn answer(&self, received: Received) -> Reply {
        let text = self.charset.decode(&received.body).unwrap().into_owned();
        let params: Vec<(String, String)> = text
            .split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap();
                let bytes: Vec<u8> = percent_encoding::percent_decode_str(&value.replace('+', " ")).collect();
                (name.to_owned(), self.charset.decode(&bytes).unwrap().into_owned())
            })
            .collect();
        verify_request_params(&params, &PublicKey::from_text(APP_PUBLIC).unwrap()).expect("a signed request");
        let method = params.iter().find(|(name, _)| name == "method").unwrap().1.clone();
        let biz_content: Value =
            serde_json::from_str(&params.iter().find(|(name, _)| name == "biz_content").unwrap().1).unwrap();
        self.requests.lock().unwrap().push(params);
        let reply = if method == DOWNLOAD {
            self.downloads.fetch_add(1, Ordering::SeqCst);
            for _ in 0..500 {
                if self.calls.load(Ordering::SeqCst) >= self.hold_downloads_until {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let sn = biz_content["alipay_cert_sn"].as_str().unwrap();
            let node = match self.certificates.lock().unwrap().get(sn) {
                Some(pem) => format!(
                    r#"{{"code":"10000","msg":"Success","alipay_cert_content":"{}"}}"#,
                    STANDARD.encode(pem)
                ),
                None => r#"{"code":"40004","msg":"Business Failed","sub_code":"CERT_NOT_EXIST","sub_msg":"支付宝公钥证书不存在"}"#.to_owned(),
            };
            let (key, sn) = &self.download;
            body("alipay_open_app_alipaycert_download_response", &node, key, sn.as_deref(), self.charset)
        } else {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let (key, sn) = &self.answer;
            body("alipay_trade_query_response", SUCCESS, key, sn.as_deref(), self.charset)
        };
        Reply::json(reply)
    }

    async fn serve(self: &Arc<Self>) -> String {
        let platform = self.clone();
        serve_with(move |received| {
            let platform = platform.clone();
            Box::pin(async move { platform.answer(received).await })
        })
        .await
    }
}

async fn client_of(platform: &Arc<Platform>) -> Client {
    builder().gateway_url(&platform.serve().await).build().unwrap()
}

/// The failure inside a refused answer.
fn certificate_error<C: std::fmt::Debug>(error: Error<C>) -> PlatformCertificateError {
    match error {
        Error::Certificate { method, source } => {
            assert_eq!(method, "alipay.trade.query");
            source
        }
        other => panic!("expected a certificate failure, got {other:?}"),
    }
}

#[test]
fn requests_carry_the_certificate_sns_signed() {
    let client = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .app_cert_path(format!("{CERTS}/test-pki/client-app.pem"))
        .alipay_public_cert_path(format!("{CERTS}/test-pki/client-platform.pem"))
        .alipay_root_cert_path(format!("{CERTS}/test-pki/roots.pem"))
        .build()
        .unwrap();
    let config = client.config();
    assert!(config.is_certificate_mode() && config.verifies_responses());
    assert_eq!(config.app_cert_sn(), Some(APP_CERT_SN));
    assert_eq!(config.alipay_root_cert_sn(), Some(ROOT_SN));
    assert_eq!(config.alipay_cert_sn(), Some(PLATFORM_SN));
    let prepared = client.prepare(&TradeQuery::new("T1")).unwrap();
    assert_eq!(prepared.param("app_cert_sn"), Some(APP_CERT_SN));
    assert_eq!(prepared.param("alipay_root_cert_sn"), Some(ROOT_SN));
    assert!(
        prepared.sign_string().starts_with(&format!("alipay_root_cert_sn={ROOT_SN}&app_cert_sn={APP_CERT_SN}&app_id="))
    );
    verify_request_params(&form_pairs(prepared.form_body()), &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
    // Order strings carry them too.
    let order = client.sdk_execute(&TradeQuery::new("T1")).unwrap();
    assert!(order.contains(&format!("&app_cert_sn={APP_CERT_SN}&")), "{order}");
    // Debug output names the certificates' sizes, not their text.
    let debug = format!("{:?}", builder());
    assert!(debug.contains(r#"app_cert: Some(<"#) && !debug.contains("BEGIN"), "{debug}");
    // A public key is not needed, and the SNs cannot be given by hand as well.
    let error = builder().common_param("app_cert_sn", "x").build().unwrap_err();
    assert_eq!(error.problems(), [ConfigProblem::CertificateParam { name: "app_cert_sn" }]);
    let error = builder().alipay_public_key(ALIPAY_PUBLIC).build().unwrap_err();
    assert_eq!(error.problems(), [ConfigProblem::PublicKeyAndCertificate]);
}

#[test]
fn the_vector_sets_sns_reach_the_requests() {
    // The sets' app certificates are for keys we do not hold, so they are refused (with their SN, the vector's);
    // with the app certificate of our key, their platform certificate and root bundle give the vectors' SNs.
    let vectors: Value = serde_json::from_str(include_str!("data/modes_vectors.json")).unwrap();
    for set in ["gopay", "smartwalle"] {
        let expected = &vectors["node"]["cert_sn"][set];
        let client = Client::builder()
            .app_id(APP_ID)
            .app_private_key(APP_PRIVATE_PKCS1)
            .app_cert(read("test-pki/client-app.pem"))
            .alipay_public_cert(read(&format!("{set}/alipayPublicCert.crt")))
            .alipay_root_cert(read(&format!("{set}/alipayRootCert.crt")))
            .build()
            .unwrap();
        assert_eq!(client.config().alipay_cert_sn(), expected["alipay_cert_sn"].as_str(), "{set}");
        let prepared = client.prepare(&TradeQuery::new("T1")).unwrap();
        assert_eq!(prepared.param("alipay_root_cert_sn"), expected["alipay_root_cert_sn"].as_str(), "{set}");
        assert_eq!(prepared.param("app_cert_sn"), Some(APP_CERT_SN));

        let error = Client::builder()
            .app_id(APP_ID)
            .app_private_key(APP_PRIVATE_PKCS1)
            .app_cert(read(&format!("{set}/appPublicCert.crt")))
            .alipay_public_cert(read(&format!("{set}/alipayPublicCert.crt")))
            .alipay_root_cert(read(&format!("{set}/alipayRootCert.crt")))
            .build()
            .unwrap_err();
        match error.problems() {
            [ConfigProblem::AppCertificateMismatch { sn, .. }] => {
                assert_eq!(sn, expected["app_cert_sn"].as_str().unwrap(), "{set}")
            }
            other => panic!("{set}: {other:?}"),
        }
    }
}

#[test]
fn bad_certificate_settings_are_build_errors_reported_together() {
    let missing = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .app_cert(read("test-pki/client-app.pem"))
        .build();
    assert_eq!(
        missing.unwrap_err().problems(),
        [ConfigProblem::IncompleteCertificateMode { missing: vec!["alipay_public_cert", "alipay_root_cert"] }]
    );
    let error = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .app_cert("not a certificate")
        .alipay_public_cert_path(format!("{CERTS}/test-pki/no-such-file.pem"))
        .alipay_root_cert(read("test-pki/ecc-chain.pem"))
        .build()
        .unwrap_err();
    let message = error.to_string();
    assert_eq!(error.problems().len(), 3, "{message}");
    assert!(message.contains("app_cert: no certificate found"), "{message}");
    assert!(message.contains("alipay_public_cert: cannot read `") && message.contains("no-such-file.pem"), "{message}");
    assert!(
        message.contains("alipay_root_cert: the root bundle holds 2 certificate(s) and none is signed with RSA"),
        "{message}"
    );
}

#[tokio::test]
async fn a_response_signed_with_the_configured_certificate_verifies() {
    for sn in [Some(PLATFORM_SN), None] {
        let platform = Arc::new(Platform::new((platform_key(), sn), (platform_key(), Some(PLATFORM_SN))));
        let client = client_of(&platform).await;
        let response = client.execute(&TradeQuery::new("T1")).await.unwrap();
        assert_eq!(response.trade_no, "2024010122001");
        assert_eq!(platform.downloads(), 0);
    }
    // Signed by another key while naming the configured certificate: refused.
    let platform = Arc::new(Platform::new((rotated_key(), Some(PLATFORM_SN)), (platform_key(), Some(PLATFORM_SN))));
    let error = client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Signature { source: SignatureError::Mismatch { .. }, .. }), "{error:?}");
}

#[tokio::test]
async fn a_rotated_certificate_is_downloaded_checked_cached_and_shared() {
    let platform = Arc::new(Platform::rotated());
    let client = client_of(&platform).await;
    let response = client.execute(&TradeQuery::new("T1")).await.unwrap();
    assert_eq!(response.buyer_logon_id.as_deref(), Some("测试"));
    assert_eq!(platform.downloads(), 1);
    // The download asked for the SN, as a signed request of certificate mode, in plain text.
    let download = platform
        .requests
        .lock()
        .unwrap()
        .iter()
        .find(|params| params.contains(&("method".into(), DOWNLOAD.into())))
        .cloned()
        .unwrap();
    assert!(download.contains(&("biz_content".into(), format!(r#"{{"alipay_cert_sn":"{ROTATED_SN}"}}"#))));
    assert!(download.contains(&("app_cert_sn".into(), APP_CERT_SN.into())));
    // Cached, and shared by clones.
    client.execute(&TradeQuery::new("T2")).await.unwrap();
    client.clone().execute(&TradeQuery::new("T3")).await.unwrap();
    let raw = client.execute_raw("alipay.trade.query", "{}".into(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.alipay_cert_sn.as_deref(), Some(ROTATED_SN));
    assert_eq!(platform.downloads(), 1);
    let certificate = client.platform_certificate(ROTATED_SN).await.unwrap();
    assert_eq!(alipay_core::cert::cert_sn(&certificate), ROTATED_SN);
    assert_eq!(platform.downloads(), 1);
}

#[tokio::test]
async fn a_download_signed_with_the_certificate_it_delivers_is_accepted_after_its_chain() {
    let platform = Arc::new(
        Platform::new((rotated_key(), Some(ROTATED_SN)), (rotated_key(), Some(ROTATED_SN)))
            .serving(ROTATED_SN, "test-pki/client-rotated.pem"),
    );
    let client = client_of(&platform).await;
    assert_eq!(client.execute(&TradeQuery::new("T1")).await.unwrap().trade_no, "2024010122001");
    assert_eq!(platform.downloads(), 1);
    // The same bootstrap with an impostor certificate (the same SN, another root): refused on its chain.
    let platform = Arc::new(
        Platform::new((rotated_key(), Some(ROTATED_SN)), (rotated_key(), Some(ROTATED_SN)))
            .serving(ROTATED_SN, "test-pki/client-impostor.pem"),
    );
    let error = certificate_error(client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err());
    assert!(
        matches!(&error, PlatformCertificateError::Chain { source: ChainError::BadSignature { .. }, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_download_signed_with_an_unknown_certificate_is_refused() {
    let platform = Arc::new(
        Platform::new((rotated_key(), Some(ROTATED_SN)), (rotated_key(), Some(UNKNOWN_SN)))
            .serving(ROTATED_SN, "test-pki/client-rotated.pem"),
    );
    let error = certificate_error(client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err());
    let PlatformCertificateError::UntrustedDownload { sn, signed_by } = &error else { panic!("{error:?}") };
    assert_eq!((sn.as_str(), signed_by.as_str()), (ROTATED_SN, UNKNOWN_SN));
    assert!(error.to_string().contains("cannot be trusted"), "{error}");
}

#[tokio::test]
async fn a_download_whose_signature_does_not_verify_is_refused() {
    // Names the configured certificate, signed with another key.
    let platform = Arc::new(
        Platform::new((rotated_key(), Some(ROTATED_SN)), (rotated_key(), Some(PLATFORM_SN)))
            .serving(ROTATED_SN, "test-pki/client-rotated.pem"),
    );
    let error = certificate_error(client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err());
    match &error {
        PlatformCertificateError::Download { sn, source } => {
            assert_eq!(sn, ROTATED_SN);
            assert!(matches!(**source, Error::Signature { .. }), "{source:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn certificates_that_do_not_chain_to_the_root_bundle_are_refused() {
    let cases = [
        (OTHER_ROOT_SN, "test-pki/client-other-root.pem"),
        (ROTATED_SN, "test-pki/client-impostor.pem"),
        (EXPIRED_SN, "test-pki/client-expired.pem"),
        (NOT_YET_VALID_SN, "test-pki/client-not-yet-valid.pem"),
    ];
    for (sn, file) in cases {
        let platform =
            Arc::new(Platform::new((rotated_key(), Some(sn)), (platform_key(), Some(PLATFORM_SN))).serving(sn, file));
        let client = client_of(&platform).await;
        let error = certificate_error(client.execute(&TradeQuery::new("T1")).await.unwrap_err());
        let PlatformCertificateError::Chain { sn: refused, source } = &error else { panic!("{file}: {error:?}") };
        assert_eq!(refused, sn);
        match file {
            "test-pki/client-other-root.pem" => {
                assert!(matches!(source, ChainError::UnknownIssuer { .. }), "{source:?}")
            }
            "test-pki/client-impostor.pem" => assert!(matches!(source, ChainError::BadSignature { .. }), "{source:?}"),
            "test-pki/client-expired.pem" => assert!(matches!(source, ChainError::Expired { .. }), "{source:?}"),
            _ => assert!(matches!(source, ChainError::NotYetValid { .. }), "{source:?}"),
        }
        // Never cached: the next call downloads again, and is refused again.
        assert!(client.execute(&TradeQuery::new("T2")).await.is_err());
        assert_eq!(platform.downloads(), 2, "{file}");
    }
}

#[tokio::test]
async fn a_certificate_other_than_the_one_named_is_refused() {
    let platform = Arc::new(
        Platform::new((rotated_key(), Some(UNKNOWN_SN)), (platform_key(), Some(PLATFORM_SN)))
            .serving(UNKNOWN_SN, "test-pki/client-rotated.pem"),
    );
    let error = certificate_error(client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err());
    let PlatformCertificateError::SnMismatch { requested, found } = &error else { panic!("{error:?}") };
    assert_eq!((requested.as_str(), found.as_str()), (UNKNOWN_SN, ROTATED_SN));
}

#[tokio::test]
async fn a_failed_download_is_an_error_and_the_next_call_tries_again() {
    let platform = Arc::new(Platform::new((rotated_key(), Some(ROTATED_SN)), (platform_key(), Some(PLATFORM_SN))));
    let client = client_of(&platform).await;
    let error = certificate_error(client.execute(&TradeQuery::new("T1")).await.unwrap_err());
    let message = error.to_string();
    match &error {
        PlatformCertificateError::Download { source, .. } => match &**source {
            Error::Platform(failure) => {
                assert_eq!(failure.code, GatewayCode::BusinessFailed);
                assert_eq!(failure.sub_code.as_deref(), Some("CERT_NOT_EXIST"));
                assert!(failure.verified);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    assert!(message.contains(&format!("cannot download platform certificate {ROTATED_SN}")), "{message}");
    platform.certificates.lock().unwrap().insert(ROTATED_SN.into(), read("test-pki/client-rotated.pem"));
    client.execute(&TradeQuery::new("T1")).await.unwrap();
    assert_eq!(platform.downloads(), 2);
}

#[tokio::test]
async fn concurrent_calls_share_one_download() {
    const CALLS: usize = 8;
    let mut platform = Platform::rotated();
    platform.hold_downloads_until = CALLS;
    let platform = Arc::new(platform);
    let client = client_of(&platform).await;
    let mut calls = tokio::task::JoinSet::new();
    for index in 0..CALLS {
        let client = client.clone();
        calls.spawn(async move { client.execute(&TradeQuery::new(&format!("T{index}"))).await });
    }
    while let Some(result) = calls.join_next().await {
        assert_eq!(result.unwrap().unwrap().trade_no, "2024010122001");
    }
    assert_eq!(platform.calls.load(Ordering::SeqCst), CALLS);
    assert_eq!(platform.downloads(), 1);
}

#[tokio::test]
async fn decode_response_uses_held_certificates_only() {
    let platform = Arc::new(Platform::rotated());
    let client = client_of(&platform).await;
    let rotated = body("alipay_trade_query_response", SUCCESS, &rotated_key(), Some(ROTATED_SN), Charset::Utf8);
    let error = certificate_error(client.decode_response::<TradeQuery>(&rotated).unwrap_err());
    assert!(matches!(&error, PlatformCertificateError::NotHeld { sn } if sn == ROTATED_SN), "{error:?}");
    assert!(error.to_string().contains("call `Client::platform_certificate"), "{error}");
    client.platform_certificate(ROTATED_SN).await.unwrap();
    assert_eq!(client.decode_response::<TradeQuery>(&rotated).unwrap().trade_no, "2024010122001");
    // Fetching the configured certificate downloads nothing.
    client.platform_certificate(PLATFORM_SN).await.unwrap();
    assert_eq!(platform.downloads(), 1);
}

#[tokio::test]
async fn what_is_not_a_serial_number_is_not_looked_up() {
    let platform = Arc::new(Platform::new((rotated_key(), Some("../../etc")), (platform_key(), Some(PLATFORM_SN))));
    let error = certificate_error(client_of(&platform).await.execute(&TradeQuery::new("T1")).await.unwrap_err());
    assert!(matches!(&error, PlatformCertificateError::InvalidSn { sn } if sn == "../../etc"), "{error:?}");
    assert_eq!(platform.downloads(), 0);
    // Not in certificate mode, there is nothing to fetch.
    let plain = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .build()
        .unwrap();
    assert!(matches!(plain.platform_certificate(ROTATED_SN).await, Err(PlatformCertificateError::NotCertificateMode)));
}

#[tokio::test]
async fn an_unsigned_gateway_rejection_downloads_nothing() {
    let body = format!(
        r#"{{"error_response":{{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"}},"alipay_cert_sn":"{ROTATED_SN}"}}"#
    );
    let (gateway, _received) = serve(Reply::json(body)).await;
    let client = builder().gateway_url(&gateway).build().unwrap();
    match client.execute(&TradeQuery::new("T1")).await.unwrap_err() {
        Error::Platform(failure) => assert!(!failure.verified),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn certificate_mode_works_in_gbk() {
    let mut platform = Platform::rotated();
    platform.charset = Charset::Gbk;
    let platform = Arc::new(platform);
    let client = builder().gateway_url(&platform.serve().await).charset("gbk").build().unwrap();
    let mut request = TradeQuery::new("T1");
    request.subject = Some("测试商品".into());
    assert_eq!(client.execute(&request).await.unwrap().buyer_logon_id.as_deref(), Some("测试"));
    assert_eq!(platform.downloads(), 1);
}

#[test]
fn the_blocking_client_downloads_too() {
    #[cfg(feature = "blocking")]
    {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let platform = Arc::new(Platform::rotated());
        let gateway = runtime.block_on(platform.serve());
        let client = builder().gateway_url(&gateway).build_blocking().unwrap();
        assert_eq!(client.execute(&TradeQuery::new("T1")).unwrap().trade_no, "2024010122001");
        let certificate = client.platform_certificate(ROTATED_SN).unwrap();
        assert_eq!(alipay_core::cert::cert_sn(&certificate), ROTATED_SN);
        assert_eq!(platform.downloads(), 1);
    }
}
