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
//! - The response: the signed node is taken out of the body as its exact source text
//!   ([`response::ResponseBody`]), verified with the Alipay public key, and then exactly the verified text
//!   is decoded. A failure code becomes [`Error::Platform`] with the method's typed `sub_code`.
//! - Asynchronous [notifications](Notification), verified by either rule.
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
mod request;
pub mod response;
mod sign_string;
mod sign_type;
pub mod types;
pub mod validate;

pub use charset::{Charset, CharsetError, UnknownCharset};
pub use client::{Client, RawResponse, response_key};
pub use config::{ClientBuilder, Config, ConfigError, ConfigProblem, Gateway};
pub use crypto::{BadSignature, SignError, SignatureError, Signer, Verifier, sign_base64, verify_base64};
pub use enumeration::Enumeration;
pub use error::{Error, PlatformError};
pub use gateway_code::GatewayCode;
pub use key::{KeyError, KeyGenerationError, KeyProblem, KeyRole, PrivateKey, PublicKey};
pub use method::{CodeInfo, Method, SubCode};
pub use notify::{Notification, NotificationError};
pub use request::{PreparedRequest, RequestOptions};
pub use sign_string::sign_string;
pub use sign_type::{SignType, UnknownSignType};
pub use types::{DateTime, Decimal};
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
    pub use crate::method::{CodeInfo, Method, SubCode};
    pub use crate::types::{DateTime, Decimal, lenient};
    pub use crate::validate::{FieldValue, Rules, Validate, Validator};
}
