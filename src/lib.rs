//! Typed Alipay OpenAPI methods, generated from declarative specs, with the runtime that signs, sends
//! and verifies them.
//!
//! Every method of the gateway (`gateway.do`) is described by one TOML spec in `specs/`; the
//! [`alipay_api`] attribute reads it at compile time and fills a module with the method's types:
//!
//! - `METHOD` and `RESPONSE_KEY`: the method name and the key of its signed response node;
//! - `Request`: the `biz_content`, with `new(required fields...)` and one setter per optional field (for a
//!   method that takes a file, its top-level parameters, each file a [`FileItem`] sent as a multipart part and
//!   never signed);
//! - `Response`: the fields of a successful answer (beside `code` and `msg`);
//! - the spec's nested object types and enumerations; an enumeration keeps a value it does not know in
//!   an `Unknown(String)` variant, so a platform change never breaks decoding;
//! - `SubCode`: the method's business error codes, then the common ones, each with its documented
//!   description and solution ([`SubCode::info`]).
//!
//! `Request` implements [`Method`], which is what the client dispatches on, and
//! [`Validate`](validate::Validate): a request is checked against its spec (required fields, maximum lengths,
//! enumeration values, number of items) before anything is signed.
//!
//! ```
//! use alipay_apis::Method;
//! use alipay_apis::marketing_card_query::{CardUserInfo, Request, TargetCardNoType, UserUniIdType};
//!
//! let request = Request::new("0000001", TargetCardNoType::BizCard)
//!     .card_user_info(CardUserInfo::new("2088302463082075", UserUniIdType::Uid));
//! assert!(request.validate().is_ok());
//! assert_eq!(
//!     serde_json::to_string(&request).unwrap(),
//!     r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD","card_user_info":{"user_uni_id":"2088302463082075","user_uni_id_type":"UID"}}"#
//! );
//!
//! // Every rule a request breaks is reported, with the field's path.
//! let bad = Request::new("", TargetCardNoType::BizCard).card_user_info(CardUserInfo::new("x".repeat(40), UserUniIdType::Uid));
//! let errors = bad.validate().unwrap_err();
//! assert_eq!(
//!     errors.to_string(),
//!     "invalid request: `target_card_no` is required but empty; \
//!      `card_user_info.user_uni_id` is 40 characters long; at most 32 are allowed"
//! );
//! ```
//!
//! Decoding never fails on what the platform adds later:
//!
//! ```
//! use alipay_apis::{Enumeration, SubCode as _};
//! use alipay_apis::marketing_card_query::{SubCode, TargetCardNoType};
//!
//! let kind: TargetCardNoType = serde_json::from_str(r#""NEW_CARD_KIND""#).unwrap();
//! assert_eq!(kind, TargetCardNoType::Unknown("NEW_CARD_KIND".to_owned()));
//! assert!(!kind.is_known());
//!
//! let code = SubCode::from("CARD_NOT_EXIT");
//! assert_eq!(code.description(), Some("会员卡不存在"));
//! assert_eq!(code.solution(), Some("确认卡信息"));
//! ```
//!
//! # Calling a method
//!
//! Configure a [`Client`] once (keys are parsed when it is built), then call any generated method. Here a
//! stand-in gateway plays the platform; a real client names `Gateway::Production` or `Gateway::Sandbox`.
//!
//! ```
//! use alipay_apis::marketing_card_query::{Request, SubCode, TargetCardNoType};
//! use alipay_apis::{Client, Error};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let specs = alipay_mock::load_specs(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).unwrap();
//! # let gateway = alipay_mock::MockGateway::builder(specs.specs, specs.common).start().await?;
//! # let app_private_key = gateway.app_private_key_pem().unwrap().to_string();
//! # let alipay_public_key = gateway.platform_public_key_pem();
//! let client = Client::builder()
//!     .app_id("2021000000000001")
//!     .app_private_key(app_private_key) // PEM (PKCS#1 or PKCS#8) or the key tool's bare base64
//!     .alipay_public_key(alipay_public_key) // the platform's key: every response is verified with it
//! #   .gateway_url(&gateway.url())
//!     .build()?;
//!
//! // Validated against the spec, signed, sent, verified, and decoded from exactly the verified bytes.
//! let response = client.execute(&Request::new("0000001", TargetCardNoType::BizCard)).await?;
//! assert_eq!(response.card_info.biz_card_no.as_deref(), Some("000001"));
//!
//! // A failure carries the method's typed sub_code, with the spec's description and solution.
//! match client.execute(&Request::new("0000404", TargetCardNoType::BizCard)).await {
//!     Err(Error::Platform(error)) => {
//!         assert_eq!(error.sub_code, Some(SubCode::CardNotExit));
//!         assert_eq!(error.solution(), Some("确认卡信息"));
//!     }
//!     other => panic!("expected CARD_NOT_EXIT, got {other:?}"),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Adding a method
//!
//! Write `specs/<method>.toml` (the doc page's parameters, types, enumerations, error codes and examples):
//! that is all. The build script declares one module per spec file, named after the method without its
//! `alipay.` prefix, dots turned into underscores (`alipay.marketing.card.query` is `marketing_card_query`;
//! the rule of `alipay_spec::naming::module_name`), and lists the spec in [`specs::ALL`]. A crate outside this one can do the same with its own specs:
//!
//! ```ignore
//! #[alipay_apis::alipay_api(method = "alipay.trade.query", spec = "specs/alipay.trade.query.toml")]
//! pub mod trade_query {}
//! ```
#![deny(missing_docs)]

extern crate self as alipay_apis;

pub use alipay_core::*;

#[doc(hidden)]
pub use alipay_core::__private;
pub use alipay_macros::alipay_api;

// One module per spec in `specs/`, declared by `build.rs`:
// `#[alipay_api(method = "alipay.marketing.card.query")] pub mod marketing_card_query {}` and so on.
include!(concat!(env!("OUT_DIR"), "/methods.rs"));

/// The specs this crate's methods are generated from, as TOML text: for tools that work on any method
/// (the `alipay` command, the stand-in gateway).
pub mod specs {
    /// One method's spec.
    #[derive(Debug, Clone, Copy)]
    pub struct BundledSpec {
        /// The method name, e.g. `alipay.marketing.card.query`.
        pub method: &'static str,
        /// The module of this crate that holds its types, e.g. `marketing_card_query`.
        pub module: &'static str,
        /// The spec file's text.
        pub toml: &'static str,
    }

    /// Every method's spec, sorted by method name (listed by `build.rs`, one entry per spec file).
    pub const ALL: &[BundledSpec] = &include!(concat!(env!("OUT_DIR"), "/bundled_specs.rs"));

    /// `specs/common.toml`: the gateway codes and the common `sub_code`s.
    pub const COMMON: &str = include_str!("../specs/common.toml");

    /// The spec of `method`, if this crate has it.
    pub fn find(method: &str) -> Option<&'static BundledSpec> {
        ALL.iter().find(|spec| spec.method == method)
    }
}

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
