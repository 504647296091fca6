//! A stand-in Alipay OpenAPI gateway, for tests and demos: it speaks the v2 gateway protocol
//! (`POST /gateway.do`, also `GET`) for every method of the specs it is given, and signs its answers
//! with its own platform key as the platform does.
//!
//! Everything it knows of a method comes from the method's spec:
//!
//! - It checks a call as the platform does, in the platform's order, and refuses it with an
//!   `error_response` (`code`, `msg`, `sub_code`, `sub_msg`, signed): a missing `app_id`, `method`,
//!   `sign`, `sign_type`, `timestamp` or `version` (`40001 isv.missing-*`), an unknown app or method, a
//!   bad `charset`, `sign_type` or `format`, a `timestamp` not `yyyy-MM-dd HH:mm:ss` or more than 15
//!   minutes from China time, a signature that does not verify with the app public key (its `sub_msg`
//!   shows the string the gateway verified, as the platform's does). Texts come from the common spec.
//! - It validates `biz_content` against the method's request with the runtime's rules
//!   ([`alipay_spec::validate_request`]): an invalid one gets `40004` with the method's own
//!   invalid-parameter code when it has one (`INVALID_PARAMETER`, `PARAM_ILLEGAL` ...), else `40002
//!   isv.invalid-parameter`, and a `sub_msg` naming each field and what is wrong. A method whose fields
//!   travel as parameters (`request_in = "params"`, an upload) is checked the same way from its text
//!   parameters and its files ([`alipay_spec::validate_params`]: required files present, not empty, within
//!   their `max_length` in bytes).
//! - Uploads arrive as `multipart/form-data`: the parts without a filename are parameters like the others
//!   (signed), the parts with one are files (not signed), recorded in [`Call::files`]. A body that does not
//!   follow the format is refused with `isv.invalid-parameter`, saying what is wrong and in which part.
//! - Answers are data. A valid call gets the first matching rule of the [`Scenario`], else the spec's
//!   answer: the documented success example (its node text, re-signed) for a request whose `match`
//!   fields equal the request example's, else the `not_found` business code (see `docs/spec-format.md`).
//! - Any correct client works: parameters are read from the URL query and a form body together (the
//!   official SDKs put common parameters in the query), in the call's charset (`utf-8`, `gbk`,
//!   `gb2312`), found in the query, the body or the `Content-Type`. It answers in that charset, signed
//!   over the node's bytes in it, with the call's sign type (`RSA2` or `RSA`).
//! - Public-key certificate mode ([`Builder::certificate_mode`], [`CertificateMode`]): requests must carry the
//!   expected `app_cert_sn` and `alipay_root_cert_sn` (checked before the signature; else `40002`
//!   `isv.invalid-app-cert-sn` / `isv.invalid-alipay-root-cert-sn`, saying what was expected), answers carry
//!   `alipay_cert_sn` between the node and `sign` (the platform's layout) and are signed with the platform
//!   certificate's key, and `alipay.open.app.alipaycert.download` hands out the certificates the gateway knows,
//!   by SN (`CERT_NOT_EXIST` for others). [`MockGateway::rotate_platform_certificate`] switches to a new
//!   certificate at run time, as the platform does when it renews its own.
//! - Content encryption ([`Builder::encrypt_key`]): a request with `encrypt_type=AES` has its signature checked
//!   over the ciphertext, then its `biz_content` decrypted (`isv.invalid-encrypt` when it does not decrypt) and
//!   validated as usual; its answer node is encrypted (a JSON string of the ciphertext, signed over the quoted
//!   text). `error_response` is never encrypted. Without a key, `encrypt_type` is refused
//!   (`isv.invalid-encrypt-type`).
//! - Each call is logged (`tracing`, target `alipay_mock`: method, app, code) and recorded
//!   ([`MockGateway::calls`]: parameters, the string the signature was checked against, the answer; turned off
//!   with [`Builder::record_calls`]).
//! - A signature is made once per distinct answer: the same node bytes get the same signature (RSA PKCS#1 v1.5
//!   is deterministic), kept and reused, so answering the documented example costs no signing after the first
//!   call. The gateway runs on the caller's tokio runtime and answers calls in parallel on a multi-thread one.
//!
//! # Example
//!
//! ```
//! use alipay_core::RequestOptions;
//! use alipay_mock::{MockGateway, load_specs};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let specs = load_specs(std::path::Path::new("../../specs"))?;
//! let gateway = MockGateway::builder(specs.specs, specs.common).start().await?;
//! let client = gateway.client_builder().build()?;
//!
//! // The documented request gets the documented answer.
//! let example = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#;
//! let found = client.execute_raw("alipay.marketing.card.query", example.to_owned(), &RequestOptions::new()).await?;
//! assert!(found.verified && found.node.contains("\"schema_url\""));
//!
//! // Another card is not found, with the method's own code.
//! let other = r#"{"target_card_no":"0000002","target_card_no_type":"BIZ_CARD"}"#;
//! let error = client.execute_raw("alipay.marketing.card.query", other.to_owned(), &RequestOptions::new()).await.unwrap_err();
//! let failure = error.platform().unwrap();
//! assert_eq!(failure.sub_code.as_deref(), Some("CARD_NOT_EXIT"));
//! assert_eq!(failure.sub_msg.as_deref(), Some("会员卡不存在"));
//!
//! assert_eq!(gateway.calls().len(), 2);
//! gateway.shutdown().await?;
//! # Ok(()) }
//! ```
//!
//! # Scenario files
//!
//! A scenario file is TOML: a list of `[[rule]]` tables, tried in order; the first whose `method` and
//! `when` match a valid call answers it.
//!
//! ```toml
//! # A card that exists, with its own answer. `code` and `msg` are added to the node.
//! [[rule]]
//! method = "alipay.marketing.card.query"
//! when = { target_card_no = "0000002", target_card_no_type = "BIZ_CARD" }
//! success = '''
//! {"schema_url": "alipays://platformapi/startapp?appId=1", "card_info": {"open_date": "2024-01-01 12:00:00",
//!  "valid_date": "2025-01-01 12:00:00"}}
//! '''
//!
//! # Nested fields are compared field by field (a dotted key is a nested table in TOML).
//! [[rule]]
//! method = "alipay.marketing.card.query"
//! when = { card_user_info.user_uni_id = "2088000000000000" }
//! failure = { sub_code = "NO_CARD_TYPE" }        # code 40004, msg and sub_msg from the specs
//!
//! # Any failure: a common sub_code, or one the platform might add later (then give sub_msg).
//! [[rule]]
//! method = "alipay.commerce.transport.nfccard.send"
//! when = { card_no = "busy" }
//! failure = { sub_code = "isp.unknow-error", sub_msg = "系统繁忙" }
//!
//! # Transport trouble: a status and a raw body, a slow or an unsigned answer.
//! [[rule]]
//! method = "alipay.commerce.transport.nfccard.send"
//! when = { card_no = "proxy" }
//! status = 502
//! body = "<html><body>Bad Gateway</body></html>"
//!
//! [[rule]]
//! method = "alipay.commerce.transport.nfccard.send"
//! when = { card_no = "slow" }
//! delay_ms = 3000                                 # then the spec's answer
//!
//! [[rule]]
//! method = "alipay.commerce.transport.nfccard.send"
//! when = { card_no = "unsigned" }
//! unsigned = true
//! ```
//!
//! | key        | value                                                                       |
//! |------------|-----------------------------------------------------------------------------|
//! | `method`   | the method name (required; one of the gateway's specs)                       |
//! | `when`     | a table of request fields of the spec (of `biz_content`, or text parameters) and the values they must have; objects match when they contain the given fields, other values when equal; absent: every call |
//! | `success`  | the success node's fields, as a JSON object text                            |
//! | `failure`  | `{ sub_code = "...", code = "...", msg = "...", sub_msg = "..." }`; only `sub_code` is required: `code` defaults to the one its spec gives (`40004` for a method's codes), `msg` to the common text of the code, `sub_msg` to the code's description |
//! | `body`     | a raw body, sent as it is (`text/html`)                                      |
//! | `status`   | the HTTP status (default 200)                                                |
//! | `delay_ms` | milliseconds to wait before answering                                        |
//! | `unsigned` | `true`: answer without `sign`                                                |
//!
//! At most one of `success`, `failure` and `body`; without any, the rule gives the spec's answer (with
//! its `status`, delay or missing signature). Methods, `when` fields and `sub_code`s are checked against
//! the specs when the gateway starts, with the file's line and column. The same rules can be built in
//! Rust ([`Rule`]) and added to a running gateway ([`MockGateway::add_rule`]).

mod app;
mod certs;
mod checks;
mod codes;
mod gateway;
mod method;
mod multipart;
mod params;
mod record;
mod reply;
mod scenario;
mod serve;
mod signatures;
mod specs;

pub use app::App;
pub use certs::{CertificateMode, CertificateModeError, NotCertificateMode, PlatformCertificate};
pub use gateway::{Builder, DEFAULT_APP_ID, GATEWAY_PATH, MAX_REQUEST_BYTES, MockGateway, StartError};
pub use record::{Call, UploadedFile};
pub use scenario::{Answer, Failure, Rule, Scenario};
pub use specs::{COMMON_FILE, SpecSet, load_specs};
