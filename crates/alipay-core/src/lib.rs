//! The runtime of the Alipay OpenAPI SDK: keys, signing, dispatch and byte-exact response verification.
//!
//! Most users depend on `alipay-apis`, which re-exports this crate together with the typed methods
//! generated from specs. This crate holds everything else:
//!
//! - [`Client`] (async, on tokio) and [`blocking::Client`] (feature `blocking`): configure once with
//!   [`ClientBuilder`]; keys are parsed when the client is built, never per call.
//! - The request: common parameters, the [string to sign](sign_string()), the RSA signature (SHA256withRSA
//!   for `RSA2`, SHA1withRSA for `RSA`) over its bytes in the request [`Charset`], and the form body.
//!   [`Client::prepare`] shows all of it without sending, for debugging `isv.invalid-signature`.
//! - [Uploads](upload): methods whose fields travel as parameters, their files ([`FileItem`]) sent as
//!   `multipart/form-data` parts and never signed.
//! - The response: the signed node is taken out of the body as its exact source text
//!   ([`response::ResponseBody`]), verified with the Alipay public key, and then exactly the verified text
//!   is decoded. A failure code becomes [`Error::Platform`] with the method's typed `sub_code`.
//! - Asynchronous [notifications](Notification), verified by either rule.
//! - [Certificate mode](#certificate-mode), [content encryption](#content-encryption) (AES) and client-side
//!   [order strings](#order-strings) for app and page payments.
//! - Building blocks for stand-in gateways and tools: [`sign_string()`], [`Signer`] / [`Verifier`] with
//!   [`PrivateKey`] / [`PublicKey`], [`response::signed_response_body`], [`verify_request_params`].
//!
//! # Configuring a client
//!
//! ```
//! use alipay_core::{Client, Gateway, RequestOptions};
//!
//! # let app_private_key = include_str!("../tests/data/app_private_pkcs1.pem");
//! # let alipay_public_key = include_str!("../tests/data/alipay_public.pem");
//! let client = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key)      // PEM or the key tool's bare base64
//!     .alipay_public_key(alipay_public_key)  // the Alipay public key, not the app's
//!     .sign_type("RSA2")
//!     .gateway(Gateway::Sandbox)
//!     .build()?;
//!
//! // Keys never show in Debug output.
//! assert!(!format!("{client:?}").contains("MII"));
//!
//! // See exactly what would be signed and sent, for any method.
//! let prepared = client.prepare_raw::<String>(
//!     "alipay.trade.query",
//!     r#"{"out_trade_no":"T1"}"#.to_owned(),
//!     &RequestOptions::new().notify_url("https://example.com/notify"),
//! )?;
//! assert!(prepared.sign_string().starts_with("app_id=2021000000000001&biz_content={\"out_trade_no\":\"T1\"}&charset=utf-8"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Certificate mode
//!
//! In public-key certificate mode (公钥证书模式) the client takes the three files of the open platform console
//! instead of the Alipay public key: the app certificate, the Alipay public key certificate and the Alipay root
//! certificate (as text or bytes, or from files with the `_path` setters). `build` reads them once, checks that
//! the app certificate holds the app private key's public key, and computes `app_cert_sn` and
//! `alipay_root_cert_sn`, which every request then carries, signed.
//!
//! ```
//! use alipay_core::{Client, RequestOptions};
//!
//! # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
//! # let app_private_key = include_str!("../tests/data/app_private_pkcs1.pem");
//! let client = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key)
//!     .app_cert_path(format!("{dir}/certs/test-pki/client-app.pem"))           // appCertPublicKey_<app_id>.crt
//!     .alipay_public_cert_path(format!("{dir}/certs/test-pki/client-platform.pem")) // alipayCertPublicKey_RSA2.crt
//!     .alipay_root_cert_path(format!("{dir}/certs/test-pki/roots.pem"))       // alipayRootCert.crt
//!     .build()?;
//! assert_eq!(client.config().app_cert_sn(), Some("78e0fae14925b88bdea95443dd5be8e8"));
//!
//! let biz_content = r#"{"out_trade_no":"T1"}"#;
//! let prepared = client.prepare_raw::<String>("alipay.trade.query", biz_content.into(), &RequestOptions::new())?;
//! assert_eq!(prepared.param("app_cert_sn"), Some("78e0fae14925b88bdea95443dd5be8e8"));
//! assert_eq!(
//!     prepared.param("alipay_root_cert_sn"),
//!     Some("076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f")
//! );
//!
//! // An app certificate made for another key is refused when the client is built.
//! let error = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key)
//!     .app_cert_path(format!("{dir}/certs/test-pki/app.pem"))
//!     .alipay_public_cert_path(format!("{dir}/certs/test-pki/client-platform.pem"))
//!     .alipay_root_cert_path(format!("{dir}/certs/test-pki/roots.pem"))
//!     .build()
//!     .unwrap_err();
//! assert!(error.to_string().contains("does not hold the public key of app_private_key"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Each response names the platform certificate that signed it in `alipay_cert_sn`, and is verified with that
//! certificate's key:
//!
//! - no `alipay_cert_sn`, or the configured certificate's SN ([`Config::alipay_cert_sn`]): the configured
//!   certificate, which is trusted as configured, like a public key (its chain is not checked: the sandbox's
//!   certificates do not chain to the production root bundle);
//! - another SN: the client downloads that certificate (`alipay.open.app.alipaycert.download`), accepts it only
//!   if its chain verifies to the root bundle now and its SN is the one named, caches it (shared by the clones of
//!   the client, used while it is valid), and verifies the response with it. Calls that wait for the same SN
//!   share one download. [`Client::platform_certificate`] fetches one ahead of time.
//! - The download's own answer is verified too: with a certificate the client already holds when it names one
//!   (or none), or, when it names the certificate it delivers (the platform signs with its new certificate as
//!   soon as it rotates), with that certificate once its chain has verified: the root bundle vouches for the
//!   certificate, and its signature for the answer. An answer signed with any other certificate is refused.
//!
//! A certificate that cannot be obtained or does not chain fails the call with [`Error::Certificate`]; nothing
//! unverified is ever returned.
//!
//! # Content encryption
//!
//! With [`ClientBuilder::encrypt_key`] (the console's AES key, 接口内容加密), every request's `biz_content` is
//! encrypted (AES-CBC, zero IV, PKCS#7, over its bytes in the request's charset) and sent with
//! `encrypt_type=AES`; the signature covers the ciphertext. An encrypted response node (a JSON string) is
//! verified as it stands, quotes included, and then decrypted and decoded: what is decoded is the decryption of
//! exactly the verified text. A node that verifies but does not decrypt fails with [`Error::Decrypt`]; a client
//! without the key answers [`Error::Encrypted`].
//!
//! ```
//! use alipay_core::aes::AesKey;
//! use alipay_core::{Client, DateTime, RequestOptions};
//!
//! # let app_private_key = include_str!("../tests/data/app_private_pkcs1.pem");
//! # let alipay_public_key = include_str!("../tests/data/alipay_public.pem");
//! let client = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key)
//!     .alipay_public_key(alipay_public_key)
//!     .encrypt_key("MDEyMzQ1Njc4OWFiY2RlZg==")
//!     .build()?;
//! let prepared = client.prepare_raw::<String>(
//!     "alipay.trade.query",
//!     r#"{"out_trade_no":"T1"}"#.into(),
//!     &RequestOptions::new().timestamp("2024-01-01 12:00:00".parse::<DateTime>()?),
//! )?;
//! assert_eq!(prepared.param("encrypt_type"), Some("AES"));
//! let ciphertext = prepared.param("biz_content").unwrap();
//! assert!(prepared.sign_string().contains(&format!("biz_content={ciphertext}&")));
//! let key = AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==")?;
//! assert_eq!(key.decrypt(ciphertext)?, r#"{"out_trade_no":"T1"}"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Order strings
//!
//! App and page payments are not called by the merchant's server: it signs the request and hands it to the
//! Alipay app ([`Client::sdk_execute`], the URL-encoded order string) or to the buyer's browser
//! ([`Client::page_execute`]: a URL with [`PageMethod::Get`], an auto-submitting HTML form with
//! [`PageMethod::Post`]). Nothing is sent. Values are URL-encoded in the request's charset in the output, never in
//! the string to sign; HTML attribute values are escaped. The parameters come in the Java SDK's layout (sorted by
//! name) unless a [`ParamOrder`] says otherwise; the platform accepts any order.
//!
//! ```
//! use alipay_core::{Client, DateTime, PageMethod, ParamOrder, RequestOptions};
//!
//! # let app_private_key = include_str!("../tests/data/app_private_pkcs1.pem");
//! # let alipay_public_key = include_str!("../tests/data/alipay_public.pem");
//! let client = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key)
//!     .alipay_public_key(alipay_public_key)
//!     .build()?;
//! let options = RequestOptions::new()
//!     .notify_url("https://example.com/notify")
//!     .timestamp("2024-01-01 12:00:00".parse::<DateTime>()?);
//! let biz_content = r#"{"out_trade_no":"T1","total_amount":"88.88","subject":"测试 & co"}"#;
//!
//! let sorted = ParamOrder::sorted(); // the Java SDK's layout, the default
//! let order = client.sdk_execute_raw("alipay.trade.app.pay", biz_content.into(), &options, &sorted)?;
//! assert!(order.starts_with("app_id=2021000000000001&biz_content=%7B%22out_trade_no%22%3A%22T1%22"));
//! assert!(order.contains("&timestamp=2024-01-01+12%3A00%3A00&"));
//!
//! let page = |method| client.page_execute_raw("alipay.trade.page.pay", biz_content.into(), method, &options, &sorted);
//! let url = page(PageMethod::Get)?;
//! assert!(url.starts_with("https://openapi.alipay.com/gateway.do?app_id=2021000000000001&"));
//!
//! let form = page(PageMethod::Post)?;
//! assert!(form.contains(r#"name="biz_content" value="{&quot;out_trade_no&quot;:&quot;T1&quot;"#));
//! assert!(form.contains("测试 &amp; co"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Signing backends
//!
//! Feature `aws-lc` (default) signs and verifies with aws-lc-rs; feature `pure-rust` with the `rsa` crate.
//! aws-lc-rs's public API has no PKCS#1 v1.5 signing with SHA-1, so an app configured for `RSA`
//! (SHA1withRSA) needs the `pure-rust` feature (with both features on, aws-lc-rs does everything else);
//! without it, building such a client fails with a message that says so. See [`backend`].

pub mod aes;
pub mod backend;
#[cfg(feature = "blocking")]
pub mod blocking;
pub mod cert;
mod cert_mode;
mod charset;
mod client;
mod config;
mod crypto;
pub mod enumeration;
mod error;
pub mod gateway_code;
mod key;
pub mod method;
mod notify;
mod order;
mod request;
pub mod response;
mod sign_string;
mod sign_type;
pub mod types;
pub mod upload;
pub mod validate;

pub use cert_mode::PlatformCertificateError;
pub use charset::{Charset, CharsetError, UnknownCharset};
pub use client::{Client, RawResponse, response_key};
pub use config::{ClientBuilder, Config, ConfigError, ConfigProblem, Gateway};
pub use crypto::{BadSignature, SignError, SignatureError, Signer, Verifier, sign_base64, verify_base64};
pub use enumeration::Enumeration;
pub use error::{Error, PlatformError};
pub use gateway_code::GatewayCode;
pub use key::{KeyError, KeyGenerationError, KeyProblem, KeyRole, PrivateKey, PublicKey};
pub use method::{CodeInfo, Method, RequestIn, SubCode};
pub use notify::{Notification, NotificationError};
pub use order::{PageMethod, ParamOrder};
pub use request::{PreparedRequest, RequestOptions};
pub use sign_string::sign_string;
pub use sign_type::{SignType, UnknownSignType};
pub use types::{DateTime, Decimal};
pub use upload::{FileError, FileItem};
pub use validate::{ValidationErrors, Violation, ViolationKind};

/// Verifies the signature of a request's parameters (as a stand-in gateway receives them) with the app
/// public key: over every parameter except `sign`, in the request's own `charset` (UTF-8 when absent),
/// with its own `sign_type` (`RSA2` when absent).
pub fn verify_request_params<K: AsRef<str>, V: AsRef<str>>(
    params: &[(K, V)],
    app_public_key: &dyn Verifier,
) -> Result<(), RequestSignatureError> {
    let get = |name: &str| params.iter().find(|(key, _)| key.as_ref() == name).map(|(_, value)| value.as_ref());
    let sign = get("sign").ok_or(RequestSignatureError::Signature(SignatureError::Missing))?;
    let charset = match get("charset") {
        Some(text) => text.parse().map_err(RequestSignatureError::Charset)?,
        None => Charset::Utf8,
    };
    let sign_type = match get("sign_type") {
        Some(text) => text.parse().map_err(RequestSignatureError::SignType)?,
        None => SignType::Rsa2,
    };
    let text = sign_string(params.iter().map(|(key, value)| (key.as_ref(), value.as_ref())));
    let bytes =
        charset.encode(&text).map_err(|_| RequestSignatureError::Signature(SignatureError::Mismatch { sign_type }))?;
    verify_base64(app_public_key, sign_type, &bytes, sign).map_err(RequestSignatureError::Signature)
}

/// A request whose signature cannot be checked or does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestSignatureError {
    /// The signature is missing or does not verify.
    #[error(transparent)]
    Signature(SignatureError),
    /// The `charset` parameter is unknown.
    #[error(transparent)]
    Charset(UnknownCharset),
    /// The `sign_type` parameter is unknown.
    #[error(transparent)]
    SignType(UnknownSignType),
}

/// What generated code names. Not a public API: it changes with the macro crate, which is pinned.
#[doc(hidden)]
pub mod __private {
    pub use serde;

    pub use crate::enumeration::{self, Enumeration};
    pub use crate::method::{CodeInfo, Method, RequestIn, SubCode};
    pub use crate::types::{DateTime, Decimal, lenient};
    pub use crate::upload::{FileItem, files};
    pub use crate::validate::{FieldValue, Rules, Validate, Validator};
}
