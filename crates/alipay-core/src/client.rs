//! The async client: prepare (validate, serialise once, sign), send, verify, decode.

use std::borrow::Cow;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use reqwest::header::CONTENT_TYPE;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tracing::Instrument as _;
use tracing::field::Empty;

use crate::cert_mode::{PlatformCertificateError, ResponseKey};
use crate::config::{ClientBuilder, Config};
use crate::crypto::{SignatureError, Verifier};
use crate::enumeration::Enumeration;
use crate::error::{Error, PlatformError};
use crate::gateway_code::GatewayCode;
use crate::method::{Method, RequestIn};
use crate::notify::{Notification, NotificationError};
use crate::request::{Encryption, PreparedRequest, RequestOptions};
use crate::response::{NodeKind, ResponseBody, ResponseError, excerpt};
use crate::upload;

/// How much of an HTTP error body is read for the error message.
const ERROR_EXCERPT_BYTES: usize = 2048;

/// The async client. Cheap to clone (the configuration, parsed keys and connection pool are shared).
///
/// ```no_run
/// # async fn example<M: alipay_core::Method>(request: M) -> Result<(), Box<dyn std::error::Error>>
/// # where M::SubCode: std::fmt::Debug {
/// let client = alipay_core::Client::builder()
///     .app_id("2021000000000001")
///     .app_private_key(std::env::var("ALIPAY_APP_PRIVATE_KEY")?)
///     .alipay_public_key(std::env::var("ALIPAY_PUBLIC_KEY")?)
///     .build()?;
/// match client.execute(&request).await {
///     Ok(response) => { /* the verified, decoded response */ }
///     Err(alipay_core::Error::Platform(failure)) => {
///         eprintln!("{failure}: {:?}", failure.solution());
///     }
///     Err(other) => return Err(other.into()),
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    http: reqwest::Client,
}

/// The verified node of an untyped call ([`Client::execute_raw`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// The node's JSON text: exactly the text that was verified.
    pub node: String,
    /// Whether its signature was checked (`false` only with verification turned off).
    pub verified: bool,
    /// The `alipay_cert_sn` beside the node, in certificate mode.
    pub alipay_cert_sn: Option<String>,
}

/// A node that passed verification and carries a success code (decrypted, when it was encrypted).
pub(crate) struct CheckedNode<'a> {
    pub(crate) text: Cow<'a, str>,
    verified: bool,
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    pub(crate) fn from_parts(config: Config, http: reqwest::Client) -> Self {
        Self { inner: Arc::new(Inner { config, http }) }
    }

    /// The client's settings.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Validates, serialises and signs a request without sending it: shows the exact string that was
    /// signed ([`PreparedRequest::sign_string`]), the signature and the body. `execute` does the same.
    pub fn prepare<M: Method>(&self, request: &M) -> Result<PreparedRequest, Error<M::SubCode>> {
        self.prepare_with(request, &RequestOptions::default())
    }

    /// [`Client::prepare`] with per-request options.
    pub fn prepare_with<M: Method>(
        &self,
        request: &M,
        options: &RequestOptions,
    ) -> Result<PreparedRequest, Error<M::SubCode>> {
        request.validate().map_err(Error::Invalid)?;
        let serialize = |source| Error::Serialize { method: M::NAME.to_owned(), source };
        match M::REQUEST_IN {
            RequestIn::BizContent => {
                let biz_content = serde_json::to_string(request).map_err(serialize)?;
                self.prepare_raw(M::NAME, biz_content, options)
            }
            RequestIn::Params => {
                let fields = upload::text_params(request).map_err(serialize)?;
                let files = request.files().into_iter().map(|(name, file)| (name, file.clone())).collect();
                PreparedRequest::with_params(&self.inner.config, M::NAME, fields, files, options).map_err(Error::widen)
            }
        }
    }

    /// Signs a call of any method from its name and `biz_content` JSON, for methods that have no spec yet.
    /// With a content-encryption key, `biz_content` is encrypted (the JSON given is the plaintext).
    pub fn prepare_raw<C>(
        &self,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
    ) -> Result<PreparedRequest, Error<C>> {
        PreparedRequest::new(&self.inner.config, method, biz_content, options, Encryption::Configured)
            .map_err(Error::widen)
    }

    /// Calls a method: validates, signs, sends, verifies the response node and decodes it.
    pub async fn execute<M: Method>(&self, request: &M) -> Result<M::Response, Error<M::SubCode>> {
        self.execute_with(request, &RequestOptions::default()).await
    }

    /// [`Client::execute`] with per-request options.
    pub async fn execute_with<M: Method>(
        &self,
        request: &M,
        options: &RequestOptions,
    ) -> Result<M::Response, Error<M::SubCode>> {
        traced(M::NAME, async {
            let prepared = self.prepare_with(request, options)?;
            let body = self.send(&prepared).await?;
            let text = self.decode_body(&body)?;
            let parsed = ResponseBody::parse(&text, M::RESPONSE_KEY)?;
            let verifier = self.verifier_for(&parsed).await.map_err(|source| certificate(M::NAME, source))?;
            let node = self.check(M::NAME, &parsed, verifier.as_deref(), M::SubCode::from_text)?;
            decode(M::NAME, &node.text)
        })
        .await
    }

    /// Verifies and decodes a response body received by other means (a replay, a queue), exactly as
    /// `execute` does with the body it receives: in the client's charset, with its public key (in certificate
    /// mode, with the platform certificate the body names; this call does not download one the client does not
    /// hold yet: see [`Client::platform_certificate`]), decrypting an encrypted node.
    pub fn decode_response<M: Method>(&self, body: &[u8]) -> Result<M::Response, Error<M::SubCode>> {
        let text = self.decode_body(body)?;
        let parsed = ResponseBody::parse(&text, M::RESPONSE_KEY)?;
        let verifier = match self.held_verifier(&parsed) {
            Ok(ResponseKey::Held(verifier)) => verifier,
            Ok(ResponseKey::Missing(sn)) => {
                return Err(certificate(M::NAME, PlatformCertificateError::NotHeld { sn: sn.to_owned() }));
            }
            Err(source) => return Err(certificate(M::NAME, source)),
        };
        let node = self.check(M::NAME, &parsed, verifier.as_deref(), M::SubCode::from_text)?;
        decode(M::NAME, &node.text)
    }

    /// Calls a method by name with `biz_content` JSON and returns the verified node text, for methods
    /// that have no spec yet. The response key is derived from the name (`a.b.c` answers `a_b_c_response`).
    pub async fn execute_raw(
        &self,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
    ) -> Result<RawResponse, Error> {
        traced(method, async {
            let prepared = self.prepare_raw(method, biz_content, options)?;
            let body = self.send(&prepared).await?;
            let text = self.decode_body(&body)?;
            let response_key = response_key(method);
            let parsed = ResponseBody::parse(&text, &response_key)?;
            let verifier = self.verifier_for(&parsed).await.map_err(|source| certificate(method, source))?;
            let node = self.check(method, &parsed, verifier.as_deref(), str::to_owned)?;
            Ok(RawResponse {
                node: node.text.into_owned(),
                verified: node.verified,
                alipay_cert_sn: parsed.alipay_cert_sn().map(str::to_owned),
            })
        })
        .await
    }

    /// Sends a prepared request and returns the body of a successful HTTP answer, within the configured
    /// time and size limits.
    pub async fn send<C>(&self, prepared: &PreparedRequest) -> Result<Vec<u8>, Error<C>> {
        // The exchange is the same for every method: one copy of it, whatever the sub_code type.
        self.exchange(prepared).await.map_err(Error::widen)
    }

    async fn exchange(&self, prepared: &PreparedRequest) -> Result<Vec<u8>, Error<Infallible>> {
        let config = &self.inner.config;
        let mut url = config.gateway.clone();
        if let Some(query) = prepared.url_query() {
            // A request with files: the common parameters in the query, as the Java SDK sends them.
            let query = match url.query() {
                Some(existing) => format!("{existing}&{query}"),
                None => query.to_owned(),
            };
            url.set_query(Some(&query));
        }
        let exchange = async {
            let response = self
                .inner
                .http
                .post(url)
                .header(CONTENT_TYPE, prepared.content_type())
                .body(prepared.form_body_bytes())
                .send()
                .await
                .map_err(|error| self.transport_error(error, 0))?;
            let status = response.status();
            if !status.is_success() {
                let body = self.read_body(response, ERROR_EXCERPT_BYTES, false).await?;
                let text = String::from_utf8_lossy(&body);
                return Err(Error::Http { status: status.as_u16(), excerpt: excerpt(&text) });
            }
            let body = self.read_body(response, config.max_response_bytes, true).await?;
            Ok(body)
        };
        tokio::time::timeout(config.timeout, exchange).await.unwrap_or(Err(Error::Timeout { after: config.timeout }))
    }

    /// Reads at most `limit` bytes of a body; past it, fails when `strict`, or stops reading otherwise.
    async fn read_body(
        &self,
        mut response: reqwest::Response,
        limit: usize,
        strict: bool,
    ) -> Result<Vec<u8>, Error<Infallible>> {
        if strict && response.content_length().is_some_and(|length| length > limit as u64) {
            return Err(Error::BodyTooLarge { limit });
        }
        let capacity = response.content_length().map_or(8 * 1024, |length| length as usize).min(limit);
        let mut body = Vec::with_capacity(capacity);
        while let Some(chunk) = response.chunk().await.map_err(|error| self.transport_error(error, body.len()))? {
            if body.len() + chunk.len() > limit {
                if strict {
                    return Err(Error::BodyTooLarge { limit });
                }
                body.extend_from_slice(&chunk[..limit - body.len()]);
                return Ok(body);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn transport_error(&self, error: reqwest::Error, received: usize) -> Error<Infallible> {
        if error.is_timeout() {
            Error::Timeout { after: self.inner.config.timeout }
        } else if error.is_connect() {
            Error::Connect { url: self.inner.config.gateway.to_string(), source: error }
        } else if error.is_body() || error.is_decode() {
            Error::Truncated { received }
        } else {
            Error::Transport(error)
        }
    }

    pub(crate) fn decode_body<'b, C>(&self, body: &'b [u8]) -> Result<Cow<'b, str>, Error<C>> {
        self.inner.config.charset.decode(body).map_err(|error| Error::Response(ResponseError::Charset(error)))
    }

    /// Verifies the node with `verifier` (`None`: verification is off), decrypts it when it is encrypted, and
    /// turns a failure code into [`Error::Platform`].
    pub(crate) fn check<'t, C>(
        &self,
        method: &str,
        body: &ResponseBody<'t>,
        verifier: Option<&dyn Verifier>,
        sub_code: fn(&str) -> C,
    ) -> Result<CheckedNode<'t>, Error<C>> {
        let config = &self.inner.config;
        let (node, verified) = match (verifier, body.sign()) {
            (Some(verifier), Some(_)) => {
                let node = body.verify(verifier, config.sign_type, config.charset).map_err(|source| {
                    tracing::warn!("response signature does not verify");
                    Error::Signature { method: method.to_owned(), source }
                })?;
                (node, true)
            }
            _ => (Cow::Borrowed(body.node()), false),
        };
        // An encrypted node is a JSON string: verified above as it stands, quotes included, then decrypted.
        let node = if node.starts_with('"') { Cow::Owned(self.decrypt(method, &node)?) } else { node };
        let status: Status<'_> = serde_json::from_str(&node).map_err(|error| node_error(method, &error))?;
        let span = tracing::Span::current();
        if let Some(code) = &status.code {
            span.record("code", code.as_ref());
        }
        if let Some(sub_code) = &status.sub_code {
            span.record("sub_code", sub_code.as_ref());
        }
        let success = body.kind() == NodeKind::Method && status.code.as_deref().is_none_or(|code| code == "10000");
        if !success {
            return Err(Error::Platform(PlatformError {
                code: GatewayCode::from_code(status.code.as_deref().unwrap_or_default()),
                msg: status.msg.map(Cow::into_owned).unwrap_or_default(),
                sub_code: status.sub_code.as_deref().map(sub_code),
                sub_msg: status.sub_msg.map(Cow::into_owned),
                verified,
            }));
        }
        if !verified && verifier.is_some() {
            return Err(Error::Signature { method: method.to_owned(), source: SignatureError::Missing });
        }
        Ok(CheckedNode { text: node, verified })
    }

    /// Decrypts an encrypted node (a JSON string holding base64 ciphertext) into the plaintext JSON, in the
    /// client's charset.
    fn decrypt<C>(&self, method: &str, node: &str) -> Result<String, Error<C>> {
        let config = &self.inner.config;
        let key = config.encryption.as_ref().ok_or_else(|| Error::Encrypted { method: method.to_owned() })?;
        let ciphertext: String = serde_json::from_str(node).map_err(|error| node_error(method, &error))?;
        key.decrypt_in(&ciphertext, config.charset)
            .map_err(|source| Error::Decrypt { method: method.to_owned(), source })
    }

    /// Verifies an asynchronous notification with the Alipay public key, by the `v1` rule (payment
    /// notifications: `sign` and `sign_type` left out of the string). See [`Notification`].
    pub fn verify_notification(&self, notification: &Notification) -> Result<(), NotificationError> {
        let verifier = self.inner.config.verifier.as_deref().ok_or(NotificationError::NoPublicKey)?;
        notification.verify_v1(verifier, self.inner.config.sign_type)
    }
}

/// The common fields of every node. Each is read as text whether the platform sends it as a JSON string or as a
/// number (`"code":10000`), so that a change of its JSON type never turns an answer into a decoding error.
#[derive(Deserialize)]
struct Status<'a> {
    #[serde(borrow, default, deserialize_with = "status_text")]
    code: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "status_text")]
    msg: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "status_text")]
    sub_code: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "status_text")]
    sub_msg: Option<Cow<'a, str>>,
}

/// A status field: a string (borrowed when it has no escapes), a number as its JSON text, or `null`.
fn status_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    struct StatusText;

    impl<'de> serde::de::Visitor<'de> for StatusText {
        type Value = Option<Cow<'de, str>>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("a string, a number or null")
        }

        fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(text)))
        }

        fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(text.to_owned())))
        }

        fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(text)))
        }

        fn visit_i64<E>(self, number: i64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(number.to_string())))
        }

        fn visit_u64<E>(self, number: u64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(number.to_string())))
        }

        fn visit_f64<E>(self, number: f64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(number.to_string())))
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    }

    deserializer.deserialize_option(StatusText)
}

/// Decodes the verified node text as `T`, with the path of a failing field.
fn decode<T: DeserializeOwned, C>(method: &str, text: &str) -> Result<T, Error<C>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| Error::Decode {
        method: method.to_owned(),
        path: error.path().to_string(),
        message: error.into_inner().to_string(),
    })
}

/// The node as a whole does not decode: [`Error::Decode`] at path `.`.
pub(crate) fn node_error<C>(method: &str, error: &serde_json::Error) -> Error<C> {
    Error::Decode { method: method.to_owned(), path: ".".to_owned(), message: error.to_string() }
}

/// The error of a response whose platform certificate cannot be obtained or trusted.
fn certificate<C>(method: &str, source: PlatformCertificateError) -> Error<C> {
    Error::Certificate { method: method.to_owned(), source }
}

/// The response key of a method: `alipay.trade.query` answers `alipay_trade_query_response`.
pub fn response_key(method: &str) -> String {
    let mut key = method.replace('.', "_");
    key.push_str("_response");
    key
}

/// Runs one call inside its `alipay.call` span, and records its latency and outcome there.
async fn traced<T, C>(method: &str, call: impl Future<Output = Result<T, Error<C>>>) -> Result<T, Error<C>> {
    async {
        let started = Instant::now();
        let result = call.await;
        finish_span(started, &result);
        result
    }
    .instrument(call_span(method))
    .await
}

fn call_span(method: &str) -> tracing::Span {
    tracing::info_span!("alipay.call", method, code = Empty, sub_code = Empty, latency_ms = Empty)
}

fn finish_span<T, C>(started: Instant, result: &Result<T, Error<C>>) {
    let span = tracing::Span::current();
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    match result {
        Ok(_) => tracing::debug!("call succeeded"),
        Err(Error::Platform(failure)) => {
            tracing::info!(code = %failure.code, verified = failure.verified, "the platform answered a failure");
        }
        Err(error) => tracing::warn!(kind = error_kind(error), "call failed"),
    }
}

/// A short, secret-free name of an error's kind for tracing.
fn error_kind<C>(error: &Error<C>) -> &'static str {
    match error {
        Error::Invalid(_) => "invalid_request",
        Error::Serialize { .. } => "serialize",
        Error::Charset(_) => "charset",
        Error::Option(_) => "option",
        Error::Sign(_) => "sign",
        Error::Timeout { .. } => "timeout",
        Error::Connect { .. } => "connect",
        Error::Http { .. } => "http_status",
        Error::BodyTooLarge { .. } => "body_too_large",
        Error::Truncated { .. } => "truncated",
        Error::Transport(_) => "transport",
        Error::Response(_) => "response_shape",
        Error::Signature { .. } => "signature",
        Error::Certificate { .. } => "platform_certificate",
        Error::Platform(_) => "platform",
        Error::Decode { .. } => "decode",
        Error::Encrypted { .. } => "encrypted",
        Error::Decrypt { .. } => "decrypt",
        Error::BlockingInAsyncContext => "blocking_in_async",
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    #[test]
    fn status_fields_are_text_whatever_their_json_type() {
        let status: super::Status<'_> =
            serde_json::from_str(r#"{"code":40004,"msg":"Business Failed","sub_code":"ACQ.X","sub_msg":null}"#)
                .unwrap();
        assert_eq!(status.code.as_deref(), Some("40004"));
        assert!(matches!(status.msg, Some(Cow::Borrowed("Business Failed"))), "text without escapes is borrowed");
        assert_eq!(status.sub_code.as_deref(), Some("ACQ.X"));
        assert_eq!(status.sub_msg, None);
        let status: super::Status<'_> = serde_json::from_str(r#"{"code":"10000","msg":"Success\u0021"}"#).unwrap();
        assert_eq!((status.code.as_deref(), status.msg.as_deref()), (Some("10000"), Some("Success!")));
        let status: super::Status<'_> = serde_json::from_str(r#"{"cards":[]}"#).unwrap();
        assert!(status.code.is_none() && status.sub_code.is_none());
        assert!(serde_json::from_str::<super::Status<'_>>(r#"{"code":{"a":1}}"#).is_err());
    }

    #[test]
    fn response_keys_follow_the_method_name() {
        assert_eq!(super::response_key("alipay.trade.query"), "alipay_trade_query_response");
    }
}
