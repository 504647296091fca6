//! The signed request: common parameters, the string to sign, the signature and the form body (for a request
//! with files, the `multipart/form-data` body and the URL query of the common parameters).

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;

use crate::charset::Charset;
use crate::config::Config;
use crate::crypto;
use crate::sign_string::sign_string;
use crate::types::DateTime;
use crate::upload::{FileItem, Multipart};

/// Parameters the client sets itself; [`RequestOptions::param`] cannot override them.
const RESERVED: &[&str] = &[
    "app_id",
    "method",
    "format",
    "charset",
    "sign_type",
    "sign",
    "timestamp",
    "version",
    "biz_content",
    "app_auth_token",
    "notify_url",
    "return_url",
];

/// Per-request options: the optional common parameters.
///
/// ```
/// let options = alipay_core::RequestOptions::new()
///     .notify_url("https://example.com/alipay/notify")
///     .app_auth_token("202401BB...");
/// assert!(!format!("{options:?}").contains("202401BB"));
/// ```
#[derive(Clone, Default)]
pub struct RequestOptions {
    app_auth_token: Option<String>,
    notify_url: Option<String>,
    return_url: Option<String>,
    timestamp: Option<DateTime>,
    format: Option<Option<String>>,
    params: Vec<(String, String)>,
}

impl RequestOptions {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// `app_auth_token`: a third-party app acting for a merchant. A secret: never shown in `Debug` output.
    pub fn app_auth_token(mut self, token: impl Into<String>) -> Self {
        self.app_auth_token = Some(token.into());
        self
    }

    /// `notify_url`: where the platform posts asynchronous notifications for this call.
    pub fn notify_url(mut self, url: impl Into<String>) -> Self {
        self.notify_url = Some(url.into());
        self
    }

    /// `return_url`: where a page payment returns the buyer.
    pub fn return_url(mut self, url: impl Into<String>) -> Self {
        self.return_url = Some(url.into());
        self
    }

    /// The `timestamp` to send instead of the current China time: for replaying a request, or tests.
    pub fn timestamp(mut self, timestamp: DateTime) -> Self {
        self.timestamp = Some(timestamp);
        self
    }

    /// The `format` parameter: `JSON` unless changed here. `None` leaves it out (the platform's default is JSON,
    /// and the Node SDK sends none); `Some("json")` is what the Java and Python SDKs send. Only for reproducing
    /// another SDK's request byte for byte: the platform answers JSON either way.
    pub fn format(mut self, format: Option<&str>) -> Self {
        self.format = Some(format.map(str::to_owned));
        self
    }

    /// Another signed parameter the protocol defines (`terminal_type`, `alipay_sdk` ...). Parameters the
    /// client sets itself (`app_id`, `method`, `sign` ...), or sets from its configuration (`encrypt_type`
    /// with [`ClientBuilder::encrypt_key`](crate::ClientBuilder::encrypt_key), `app_cert_sn` and
    /// `alipay_root_cert_sn` in certificate mode), are refused when the request is prepared.
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.params.push((name.into(), value.into()));
        self
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("app_auth_token", &self.app_auth_token.as_ref().map(|_| "<redacted>"))
            .field("notify_url", &self.notify_url)
            .field("return_url", &self.return_url)
            .field("timestamp", &self.timestamp)
            .field("format", &self.format)
            .field("params", &self.params)
            .finish()
    }
}

/// A request ready to send: its parameters, the exact string that was signed, the signature and the form
/// body. Made by [`Client::prepare`](crate::Client::prepare), which is also what `execute` uses, so what
/// this shows is what is sent.
#[derive(Clone)]
pub struct PreparedRequest {
    params: Vec<Param>,
    sign_string: String,
    sign: String,
    charset: Charset,
    form_body: Bytes,
    /// What a request with files sends beside its body.
    upload: Option<Box<Upload>>,
}

/// What a request with files sends beside its `multipart/form-data` body.
#[derive(Clone)]
struct Upload {
    /// The common parameters and `sign`, URL-encoded: the query of the gateway URL.
    query: String,
    /// The body's `Content-Type`, with its boundary.
    content_type: String,
    /// The files, in the order sent.
    files: Vec<(&'static str, FileItem)>,
}

/// Whether a request's `biz_content` is encrypted (when the client has a content-encryption key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encryption {
    /// As configured: encrypted when the client has a key.
    Configured,
    /// Never: the certificate download, which the official SDKs send in plain text.
    Off,
}

/// Why a request could not be prepared: `Error::Charset`, `Error::Sign` or `Error::Option`, for any method.
type PrepareError = crate::Error<std::convert::Infallible>;

impl PreparedRequest {
    /// Builds, signs and encodes a request for `method` with its `biz_content` JSON. With a content-encryption key
    /// (and `encryption` not off), `biz_content` is sent as its ciphertext, with `encrypt_type=AES`, and the
    /// signature covers the ciphertext.
    pub(crate) fn new(
        config: &Config,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
        encryption: Encryption,
    ) -> Result<Self, PrepareError> {
        let key = config.encryption.as_ref().filter(|_| encryption == Encryption::Configured);
        let mut params = common_params(config, method, options, key.is_some())?;
        let biz_content = match key {
            Some(key) => key.encrypt_in(&biz_content, config.charset).map_err(PrepareError::Charset)?,
            None => biz_content,
        };
        params.push(("biz_content".into(), biz_content.into()));
        let common = params.len();
        Self::signed(config, params, common, Vec::new())
    }

    /// Builds, signs and encodes a request for `method` whose fields travel as parameters: its text `fields`, signed
    /// with the common parameters, and its `files`, never signed. With files, the common parameters and `sign` go in
    /// the URL query and the body is `multipart/form-data`; without, it is an ordinary form. Never encrypted: content
    /// encryption applies to `biz_content`, which such a request does not have.
    pub(crate) fn with_params(
        config: &Config,
        method: &str,
        fields: Vec<(String, String)>,
        files: Vec<(&'static str, FileItem)>,
        options: &RequestOptions,
    ) -> Result<Self, PrepareError> {
        let mut params = common_params(config, method, options, false)?;
        let common = params.len();
        params.reserve(fields.len());
        for (name, value) in fields {
            if RESERVED.contains(&name.as_str()) || params.iter().any(|(existing, _)| *existing == name) {
                return Err(PrepareError::Option(format!(
                    "the request field `{name}` has the name of a parameter the client sends itself"
                )));
            }
            params.push((name.into(), value.into()));
        }
        Self::signed(config, params, common, files)
    }

    /// Signs `params` and encodes them with `files`: the first `common` are the common parameters (the URL query
    /// of a request with files), the others the method's own (its text parts).
    fn signed(
        config: &Config,
        params: Vec<Param>,
        common: usize,
        files: Vec<(&'static str, FileItem)>,
    ) -> Result<Self, PrepareError> {
        let sign_string = sign_string(pairs(&params));
        let message = config.charset.encode(&sign_string).map_err(PrepareError::Charset)?;
        let sign =
            crypto::sign_base64(config.signer.as_ref(), config.sign_type, &message).map_err(PrepareError::Sign)?;
        drop(message);
        let charset = config.charset;
        if files.is_empty() {
            let form_body = form_body(&params, &sign, charset);
            return Ok(Self { params, sign_string, sign, charset, form_body, upload: None });
        }
        let (common, own) = params.split_at(common);
        let query = url_encode(pairs(common).chain([("sign", sign.as_str())]), charset);
        let multipart = Multipart::encode(pairs(own), &files, charset).map_err(PrepareError::Charset)?;
        let content_type = multipart.content_type(charset);
        let upload = Some(Box::new(Upload { query, content_type, files }));
        Ok(Self { params, sign_string, sign, charset, form_body: Bytes::from(multipart.body), upload })
    }

    /// Every parameter sent except `sign`, in the order they are sent.
    pub fn params(&self) -> impl Iterator<Item = (&str, &str)> {
        pairs(&self.params)
    }

    /// The value of one parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params().find(|(key, _)| *key == name).map(|(_, value)| value)
    }

    /// The exact string that was signed, for comparing with what the platform's signature tool shows
    /// when a call answers `isv.invalid-signature`.
    pub fn sign_string(&self) -> &str {
        &self.sign_string
    }

    /// The signature, base64, as sent in `sign`.
    pub fn sign(&self) -> &str {
        &self.sign
    }

    /// The charset of the string to sign and the body.
    pub fn charset(&self) -> Charset {
        self.charset
    }

    /// The body. An `application/x-www-form-urlencoded` form of every parameter including `sign`, percent-encoded
    /// in the request's charset; for a request with files, the `multipart/form-data` form of the method's own
    /// parameters and its files ([`PreparedRequest::content_type`] says which, [`PreparedRequest::url_query`] holds
    /// the other parameters).
    pub fn form_body(&self) -> &[u8] {
        &self.form_body
    }

    /// The body as shared bytes (cheap to clone).
    pub fn form_body_bytes(&self) -> Bytes {
        self.form_body.clone()
    }

    /// The `Content-Type` to send the body with (for a request with files, `multipart/form-data` with its boundary).
    pub fn content_type(&self) -> &str {
        match (&self.upload, self.charset) {
            (Some(upload), _) => &upload.content_type,
            (None, Charset::Utf8) => "application/x-www-form-urlencoded;charset=utf-8",
            (None, Charset::Gbk) => "application/x-www-form-urlencoded;charset=gbk",
        }
    }

    /// For a request with files, the common parameters and `sign`, URL-encoded in the request's charset: the query
    /// to send them in (as the Java SDK does), the body being `multipart/form-data`. `None` for other requests,
    /// whose parameters are all in the body.
    pub fn url_query(&self) -> Option<&str> {
        self.upload.as_ref().map(|upload| upload.query.as_str())
    }

    /// The files sent, with their field names, in the order sent. They are not signed.
    pub fn files(&self) -> impl Iterator<Item = (&str, &FileItem)> {
        self.upload.iter().flat_map(|upload| upload.files.iter().map(|(name, file)| (*name, file)))
    }
}

/// The common parameters of a call of `method`: the client's, the options' (`app_auth_token`, `notify_url` ...,
/// then the extra ones, refused when they clash), and `encrypt_type=AES` when `encrypted`.
fn common_params(
    config: &Config,
    method: &str,
    options: &RequestOptions,
    encrypted: bool,
) -> Result<Vec<Param>, PrepareError> {
    let mut timestamp = String::with_capacity(19);
    options.timestamp.unwrap_or_else(DateTime::now).write_to(&mut timestamp);
    let mut params: Vec<Param> = Vec::with_capacity(12 + options.params.len());
    params.push(("app_id".into(), config.app_id.clone().into()));
    params.push(("method".into(), method.to_owned().into()));
    match &options.format {
        None => params.push(("format".into(), "JSON".into())),
        Some(Some(format)) => params.push(("format".into(), format.clone().into())),
        Some(None) => {}
    }
    params.push(("charset".into(), config.charset.as_str().into()));
    params.push(("sign_type".into(), config.sign_type.as_str().into()));
    params.push(("timestamp".into(), timestamp.into()));
    params.push(("version".into(), "1.0".into()));
    let optional = [
        ("app_auth_token", &options.app_auth_token),
        ("notify_url", &options.notify_url),
        ("return_url", &options.return_url),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            params.push((name.into(), value.clone().into()));
        }
    }
    if encrypted {
        params.push(("encrypt_type".into(), "AES".into()));
    }
    for (name, value) in config.common_params.iter().chain(&options.params) {
        if RESERVED.contains(&name.as_str()) {
            return Err(PrepareError::Option(format!(
                "the parameter `{name}` is set by the client; use the dedicated option instead"
            )));
        }
        if params.iter().any(|(existing, _)| existing == name) {
            return Err(PrepareError::Option(format!("the parameter `{name}` is given twice")));
        }
        params.push((name.clone().into(), value.clone().into()));
    }
    Ok(params)
}

/// One parameter: constant names and values are borrowed, so the common parameters cost no allocation of their own.
type Param = (Cow<'static, str>, Cow<'static, str>);

fn form_body(params: &[Param], sign: &str, charset: Charset) -> Bytes {
    Bytes::from(url_encode(pairs(params).chain([("sign", sign)]), charset))
}

/// Parameters as borrowed pairs.
fn pairs(params: &[Param]) -> impl Iterator<Item = (&str, &str)> + Clone {
    params.iter().map(|(name, value)| (name.as_ref(), value.as_ref()))
}

/// `application/x-www-form-urlencoded` pairs (space as `+`, as Java's `URLEncoder` and Python's `quote_plus`
/// write it), each value percent-encoded as bytes in `charset`.
pub(crate) fn url_encode<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)> + Clone, charset: Charset) -> String {
    let capacity = pairs.clone().map(|(name, value)| name.len() + value.len() * 3 + 2).sum::<usize>();
    fn gbk(text: &str) -> Cow<'_, [u8]> {
        encoding_rs::GBK.encode(text).0
    }
    let mut serializer = form_urlencoded::Serializer::new(String::with_capacity(capacity));
    if charset == Charset::Gbk {
        serializer.encoding_override(Some(&gbk));
    }
    for (name, value) in pairs {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}

impl fmt::Debug for PreparedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Params<'a>(&'a [Param]);
        impl fmt::Debug for Params<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(name, value)| {
                        (name.as_ref(), if name == "app_auth_token" { "<redacted>" } else { value.as_ref() })
                    }))
                    .finish()
            }
        }
        f.debug_struct("PreparedRequest")
            .field("params", &Params(&self.params))
            .field("files", &self.files().collect::<Vec<_>>())
            .field("sign", &self.sign)
            .field("charset", &self.charset)
            .finish_non_exhaustive()
    }
}
