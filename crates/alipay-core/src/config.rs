//! Configuring a client: app, keys, algorithm, charset, gateway, timeouts.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use zeroize::Zeroizing;

use crate::aes::{AesKey, AesKeyError};
use crate::cert::CertificateError;
use crate::cert_mode::{CertificateFiles, CertificateMode};
use crate::charset::{Charset, UnknownCharset};
use crate::client::Client;
use crate::crypto::{SignError, Signer, Verifier};
use crate::key::{KeyError, PrivateKey, PublicKey};
use crate::sign_type::{SignType, UnknownSignType};

/// Where requests go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gateway {
    /// `https://openapi.alipay.com/gateway.do`.
    Production,
    /// `https://openapi-sandbox.dl.alipaydev.com/gateway.do`, the sandbox (沙箱环境).
    Sandbox,
    /// Any other URL: a stand-in gateway, a proxy.
    Url(reqwest::Url),
}

impl Gateway {
    /// The production gateway's URL.
    pub const PRODUCTION_URL: &'static str = "https://openapi.alipay.com/gateway.do";
    /// The sandbox gateway's URL.
    pub const SANDBOX_URL: &'static str = "https://openapi-sandbox.dl.alipaydev.com/gateway.do";

    /// The gateway's URL.
    pub fn url(&self) -> Cow<'_, str> {
        match self {
            Self::Production => Cow::Borrowed(Self::PRODUCTION_URL),
            Self::Sandbox => Cow::Borrowed(Self::SANDBOX_URL),
            Self::Url(url) => Cow::Borrowed(url.as_str()),
        }
    }

    fn to_url(&self) -> Result<reqwest::Url, String> {
        match self {
            Self::Url(url) => Ok(url.clone()),
            other => reqwest::Url::parse(&other.url()).map_err(|error| error.to_string()),
        }
    }
}

impl From<reqwest::Url> for Gateway {
    fn from(url: reqwest::Url) -> Self {
        Self::Url(url)
    }
}

/// The settings of a built client. Read them with the getters; build one with [`ClientBuilder`].
pub struct Config {
    pub(crate) app_id: String,
    pub(crate) sign_type: SignType,
    pub(crate) charset: Charset,
    pub(crate) gateway: reqwest::Url,
    pub(crate) signer: Arc<dyn Signer>,
    /// `None` when verification was turned off.
    pub(crate) verifier: Option<Arc<dyn Verifier>>,
    pub(crate) common_params: Vec<(String, String)>,
    pub(crate) timeout: Duration,
    pub(crate) max_response_bytes: usize,
    /// The content-encryption key, when requests are encrypted.
    pub(crate) encryption: Option<AesKey>,
    /// The certificates, in certificate mode.
    pub(crate) certificates: Option<CertificateMode>,
}

impl Config {
    /// The app's `app_id`.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The signature algorithm.
    pub fn sign_type(&self) -> SignType {
        self.sign_type
    }

    /// The request charset.
    pub fn charset(&self) -> Charset {
        self.charset
    }

    /// The gateway URL.
    pub fn gateway(&self) -> &str {
        self.gateway.as_str()
    }

    /// Whether responses are verified (they are, unless the client was built with
    /// [`ClientBuilder::danger_skip_response_verification`]).
    pub fn verifies_responses(&self) -> bool {
        self.verifier.is_some()
    }

    /// The total time limit of a call.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The largest response body accepted, in bytes.
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
    }

    /// The verifier of platform signatures, when responses are verified. In certificate mode, the key of the
    /// configured platform certificate.
    pub fn verifier(&self) -> Option<&dyn Verifier> {
        self.verifier.as_deref()
    }

    /// Whether `biz_content` is encrypted (`encrypt_type=AES`): the client was given an
    /// [`encrypt_key`](ClientBuilder::encrypt_key).
    pub fn encrypts_content(&self) -> bool {
        self.encryption.is_some()
    }

    /// Whether the client is in public-key certificate mode.
    pub fn is_certificate_mode(&self) -> bool {
        self.certificates.is_some()
    }

    /// The `app_cert_sn` signed into every request, in certificate mode.
    pub fn app_cert_sn(&self) -> Option<&str> {
        self.certificates.as_ref().map(CertificateMode::app_cert_sn)
    }

    /// The `alipay_root_cert_sn` signed into every request, in certificate mode.
    pub fn alipay_root_cert_sn(&self) -> Option<&str> {
        self.certificates.as_ref().map(CertificateMode::root_cert_sn)
    }

    /// The SN of the configured platform certificate (what a response's `alipay_cert_sn` is compared with), in
    /// certificate mode.
    pub fn alipay_cert_sn(&self) -> Option<&str> {
        self.certificates.as_ref().map(CertificateMode::platform_cert_sn)
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("app_id", &self.app_id)
            .field("sign_type", &self.sign_type)
            .field("charset", &self.charset)
            .field("gateway", &self.gateway.as_str())
            .field("signer", &"<app private key>")
            .field("verifies_responses", &self.verifies_responses())
            .field("common_params", &self.common_params)
            .field("timeout", &self.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("encrypts_content", &self.encrypts_content())
            .field("alipay_cert_sn", &self.alipay_cert_sn())
            .finish()
    }
}

/// A key given as text (parsed by `build`) or already parsed.
enum KeySource<K: ?Sized> {
    Text(Zeroizing<String>),
    Parsed(Arc<K>),
}

/// A certificate file's content, or its path (read by `build`).
enum CertSource {
    Content(Vec<u8>),
    Path(PathBuf),
}

impl fmt::Debug for CertSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Content(content) => write!(f, "<{} bytes>", content.len()),
            Self::Path(path) => path.fmt(f),
        }
    }
}

impl CertSource {
    fn read(self, setting: &'static str, problems: &mut Vec<ConfigProblem>) -> Option<Vec<u8>> {
        match self {
            Self::Content(content) => Some(content),
            Self::Path(path) => std::fs::read(&path)
                .map_err(|error| {
                    problems.push(ConfigProblem::CertificateFile {
                        setting,
                        path: path.display().to_string(),
                        detail: error.to_string(),
                    });
                })
                .ok(),
        }
    }
}

/// Builds a [`Client`]. Keys are parsed once, by [`ClientBuilder::build`], which reports every problem
/// of the configuration together.
///
/// ```
/// use std::time::Duration;
/// use alipay_core::{Charset, Client, Gateway, SignType};
///
/// # let app_private_key = include_str!("../tests/data/app_private_pkcs8.pem");
/// # let alipay_public_key = include_str!("../tests/data/alipay_public.pem");
/// let client = Client::builder()
///     .app_id("2021000000000001")
///     .app_private_key(app_private_key)     // PEM (PKCS#1 or PKCS#8) or bare base64
///     .alipay_public_key(alipay_public_key) // the Alipay public key (支付宝公钥)
///     .sign_type(SignType::Rsa2)            // the default; "RSA2" works too
///     .charset(Charset::Utf8)               // the default
///     .gateway(Gateway::Sandbox)
///     .timeout(Duration::from_secs(15))
///     .build()?;
/// assert_eq!(client.config().app_id(), "2021000000000001");
///
/// // What is wrong is reported together, with what was expected.
/// let error = Client::builder()
///     .app_private_key(alipay_public_key)
///     .sign_type("SHA256")
///     .build()
///     .unwrap_err();
/// assert_eq!(error.problems().len(), 4);
/// assert!(error.to_string().contains("app_private_key: expected an RSA private key"));
/// # Ok::<(), alipay_core::ConfigError>(())
/// ```
pub struct ClientBuilder {
    app_id: Option<String>,
    private_key: Option<KeySource<dyn Signer>>,
    public_key: Option<KeySource<dyn Verifier>>,
    sign_type: Result<SignType, UnknownSignType>,
    charset: Result<Charset, UnknownCharset>,
    gateway: Result<Gateway, ConfigProblem>,
    common_params: Vec<(String, String)>,
    connect_timeout: Duration,
    timeout: Duration,
    max_response_bytes: usize,
    http_client: Option<reqwest::Client>,
    skip_verification: bool,
    encrypt_key: Option<Zeroizing<String>>,
    app_cert: Option<CertSource>,
    alipay_public_cert: Option<CertSource>,
    alipay_root_cert: Option<CertSource>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            app_id: None,
            private_key: None,
            public_key: None,
            sign_type: Ok(SignType::Rsa2),
            charset: Ok(Charset::Utf8),
            gateway: Ok(Gateway::Production),
            common_params: Vec::new(),
            connect_timeout: ClientBuilder::DEFAULT_CONNECT_TIMEOUT,
            timeout: ClientBuilder::DEFAULT_TIMEOUT,
            max_response_bytes: ClientBuilder::DEFAULT_MAX_RESPONSE_BYTES,
            http_client: None,
            skip_verification: false,
            encrypt_key: None,
            app_cert: None,
            alipay_public_cert: None,
            alipay_root_cert: None,
        }
    }
}

impl ClientBuilder {
    /// The default time limit to open a connection: 10 s.
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    /// The default time limit of a whole call: 30 s.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
    /// The default largest response body: 8 MiB (bill downloads answer with a URL, not the bill).
    pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;

    /// A builder with the defaults: RSA2, UTF-8, the production gateway.
    pub fn new() -> Self {
        Self::default()
    }

    /// The app's `app_id` (required).
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self
    }

    /// The app private key (应用私钥) as text: PEM (`BEGIN RSA PRIVATE KEY` or `BEGIN PRIVATE KEY`) or
    /// the bare base64 of its DER, as the platform's key tool produces. Parsed by `build`; never shown.
    pub fn app_private_key(mut self, text: impl Into<String>) -> Self {
        self.private_key = Some(KeySource::Text(Zeroizing::new(text.into())));
        self
    }

    /// A signer instead of a key text: an already parsed [`PrivateKey`], or a key in an HSM or KMS.
    pub fn signer(mut self, signer: impl Signer + 'static) -> Self {
        self.private_key = Some(KeySource::Parsed(Arc::new(signer)));
        self
    }

    /// The Alipay public key (支付宝公钥) as text: PEM (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`) or
    /// bare base64. Responses and notifications are verified with it. Parsed by `build`.
    pub fn alipay_public_key(mut self, text: impl Into<String>) -> Self {
        self.public_key = Some(KeySource::Text(Zeroizing::new(text.into())));
        self
    }

    /// A verifier instead of a key text, e.g. an already parsed [`PublicKey`].
    pub fn verifier(mut self, verifier: impl Verifier + 'static) -> Self {
        self.public_key = Some(KeySource::Parsed(Arc::new(verifier)));
        self
    }

    /// The signature algorithm: a [`SignType`], or its name (`"RSA2"`, `"RSA"`), checked by `build`.
    pub fn sign_type<T: TryInto<SignType>>(mut self, sign_type: T) -> Self
    where
        UnknownSignType: From<T::Error>,
    {
        self.sign_type = sign_type.try_into().map_err(UnknownSignType::from);
        self
    }

    /// The charset: a [`Charset`], or its name (`"utf-8"`, `"gbk"`), checked by `build`.
    pub fn charset<T: TryInto<Charset>>(mut self, charset: T) -> Self
    where
        UnknownCharset: From<T::Error>,
    {
        self.charset = charset.try_into().map_err(UnknownCharset::from);
        self
    }

    /// The gateway: [`Gateway::Production`] (the default), [`Gateway::Sandbox`] or a URL.
    pub fn gateway(mut self, gateway: impl Into<Gateway>) -> Self {
        self.gateway = Ok(gateway.into());
        self
    }

    /// The gateway as URL text, checked by `build`.
    pub fn gateway_url(mut self, url: &str) -> Self {
        self.gateway = reqwest::Url::parse(url)
            .map(Gateway::Url)
            .map_err(|error| ConfigProblem::GatewayUrl { given: url.to_owned(), detail: error.to_string() });
        self
    }

    /// The content-encryption key (接口内容加密密钥, AES) as the open platform console shows it: base64, like
    /// `MDEyMzQ1Njc4OWFiY2RlZg==`. Parsed by `build`; never shown.
    ///
    /// With it, every request's `biz_content` is sent encrypted, in the request's charset, with
    /// `encrypt_type=AES` (the signature covers the ciphertext), and encrypted responses are decrypted once their
    /// signature has verified. See [content encryption](crate#content-encryption).
    pub fn encrypt_key(mut self, base64: impl Into<String>) -> Self {
        self.encrypt_key = Some(Zeroizing::new(base64.into()));
        self
    }

    /// Certificate mode: the app certificate (`appCertPublicKey_<app_id>.crt`), PEM or DER. Its key must be the
    /// app private key's; its SN is sent as `app_cert_sn`. See [certificate mode](crate#certificate-mode).
    pub fn app_cert(mut self, certificate: impl Into<Vec<u8>>) -> Self {
        self.app_cert = Some(CertSource::Content(certificate.into()));
        self
    }

    /// [`ClientBuilder::app_cert`] read from a file by `build`.
    pub fn app_cert_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.app_cert = Some(CertSource::Path(path.into()));
        self
    }

    /// Certificate mode: the Alipay public key certificate (`alipayCertPublicKey_RSA2.crt`: the platform's
    /// certificate, then its issuer), PEM. Responses and notifications are verified with its key; it replaces
    /// [`ClientBuilder::alipay_public_key`].
    pub fn alipay_public_cert(mut self, certificate: impl Into<Vec<u8>>) -> Self {
        self.alipay_public_cert = Some(CertSource::Content(certificate.into()));
        self
    }

    /// [`ClientBuilder::alipay_public_cert`] read from a file by `build`.
    pub fn alipay_public_cert_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.alipay_public_cert = Some(CertSource::Path(path.into()));
        self
    }

    /// Certificate mode: the Alipay root certificate bundle (`alipayRootCert.crt`), PEM. Its SN is sent as
    /// `alipay_root_cert_sn`, and platform certificates the client downloads must chain to it.
    pub fn alipay_root_cert(mut self, bundle: impl Into<Vec<u8>>) -> Self {
        self.alipay_root_cert = Some(CertSource::Content(bundle.into()));
        self
    }

    /// [`ClientBuilder::alipay_root_cert`] read from a file by `build`.
    pub fn alipay_root_cert_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.alipay_root_cert = Some(CertSource::Path(path.into()));
        self
    }

    /// A signed parameter sent with every request (`terminal_type` ...). In certificate mode the client sets
    /// `app_cert_sn` and `alipay_root_cert_sn` itself.
    pub fn common_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.common_params.push((name.into(), value.into()));
        self
    }

    /// The time limit to open a connection (default 10 s). Applies to the client this builder makes, not
    /// to one given with [`ClientBuilder::http_client`].
    pub fn connect_timeout(mut self, limit: Duration) -> Self {
        self.connect_timeout = limit;
        self
    }

    /// The time limit of a whole call, from sending to the last byte of the answer (default 30 s).
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = limit;
        self
    }

    /// The largest response body accepted, in bytes (default 8 MiB).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Your own `reqwest::Client` (proxies, TLS settings, connection pool shared with other code).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Turns off the verification of response signatures. Only for a stand-in gateway that cannot sign;
    /// a client built this way accepts whatever anyone between it and the gateway answers.
    pub fn danger_skip_response_verification(mut self) -> Self {
        self.skip_verification = true;
        self
    }

    /// Checks the settings, parses the keys, and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let mut problems = Vec::new();
        let app_id = match self.app_id.as_deref().map(str::trim) {
            Some("") => {
                problems.push(ConfigProblem::EmptyAppId);
                None
            }
            Some(app_id) => Some(app_id.to_owned()),
            None => {
                problems.push(ConfigProblem::MissingAppId);
                None
            }
        };
        let signer: Option<Arc<dyn Signer>> = match self.private_key {
            Some(KeySource::Text(text)) => match PrivateKey::from_text(&text) {
                Ok(key) => Some(Arc::new(key)),
                Err(error) => {
                    problems.push(ConfigProblem::Key { setting: "app_private_key", error });
                    None
                }
            },
            Some(KeySource::Parsed(signer)) => Some(signer),
            None => {
                problems.push(ConfigProblem::MissingPrivateKey);
                None
            }
        };
        let certificate_mode =
            self.app_cert.is_some() || self.alipay_public_cert.is_some() || self.alipay_root_cert.is_some();
        let verifier: Option<Arc<dyn Verifier>> = match self.public_key {
            Some(_) if certificate_mode && self.alipay_public_cert.is_some() => {
                problems.push(ConfigProblem::PublicKeyAndCertificate);
                None
            }
            Some(KeySource::Text(text)) => match PublicKey::from_text(&text) {
                Ok(key) => Some(Arc::new(key)),
                Err(error) => {
                    problems.push(ConfigProblem::Key { setting: "alipay_public_key", error });
                    None
                }
            },
            Some(KeySource::Parsed(verifier)) => Some(verifier),
            None if self.skip_verification || certificate_mode => None,
            None => {
                problems.push(ConfigProblem::MissingPublicKey);
                None
            }
        };
        let sign_type = self.sign_type.map_err(|error| problems.push(ConfigProblem::SignType(error))).ok();
        let encryption = self.encrypt_key.and_then(|text| {
            AesKey::from_base64(&text).map_err(|error| problems.push(ConfigProblem::EncryptKey(error))).ok()
        });
        let mut common_params = self.common_params;
        let certificates = if certificate_mode {
            let files = certificate_files(self.app_cert, self.alipay_public_cert, self.alipay_root_cert, &mut problems);
            CertificateMode::new(&files, signer.as_deref(), sign_type)
                .map_err(|mode_problems| problems.extend(mode_problems))
                .ok()
        } else {
            None
        };
        let verifier = match &certificates {
            Some(mode) => {
                for (name, value) in [("app_cert_sn", mode.app_cert_sn()), ("alipay_root_cert_sn", mode.root_cert_sn())]
                {
                    if common_params.iter().any(|(given, _)| given == name) {
                        problems.push(ConfigProblem::CertificateParam { name });
                    }
                    common_params.push((name.to_owned(), value.to_owned()));
                }
                Some(mode.platform_key() as Arc<dyn Verifier>)
            }
            None => verifier,
        };
        let verifier = if self.skip_verification { None } else { verifier };
        let charset = self.charset.map_err(|error| problems.push(ConfigProblem::Charset(error))).ok();
        let gateway = match self.gateway {
            Ok(gateway) => match gateway.to_url() {
                Ok(url) => Some(url),
                Err(error) => {
                    problems.push(ConfigProblem::GatewayUrl { given: gateway.url().into_owned(), detail: error });
                    None
                }
            },
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        if let (Some(signer), Some(sign_type)) = (&signer, sign_type)
            && let Err(error) = signer.supports(sign_type)
        {
            problems.push(ConfigProblem::Unsupported(error));
        }
        let http = match self.http_client {
            Some(client) => Some(client),
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(|error| problems.push(ConfigProblem::HttpClient(error.to_string())))
                .ok(),
        };
        match (app_id, signer, sign_type, charset, gateway, http) {
            (Some(app_id), Some(signer), Some(sign_type), Some(charset), Some(gateway), Some(http))
                if problems.is_empty() =>
            {
                let config = Config {
                    app_id,
                    sign_type,
                    charset,
                    gateway,
                    signer,
                    verifier,
                    common_params,
                    timeout: self.timeout,
                    max_response_bytes: self.max_response_bytes,
                    encryption,
                    certificates,
                };
                Ok(Client::from_parts(config, http))
            }
            _ => Err(ConfigError { problems }),
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = |set: bool| if set { "<redacted>" } else { "<not set>" };
        f.debug_struct("ClientBuilder")
            .field("app_id", &self.app_id)
            .field("app_private_key", &key(self.private_key.is_some()))
            .field("alipay_public_key", &key(self.public_key.is_some()))
            .field("sign_type", &self.sign_type)
            .field("charset", &self.charset)
            .field("gateway", &self.gateway)
            .field("common_params", &self.common_params)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("skip_verification", &self.skip_verification)
            .field("encrypt_key", &key(self.encrypt_key.is_some()))
            .field("app_cert", &self.app_cert)
            .field("alipay_public_cert", &self.alipay_public_cert)
            .field("alipay_root_cert", &self.alipay_root_cert)
            .finish_non_exhaustive()
    }
}

/// The three certificate files of certificate mode, read; a problem for each one missing or unreadable.
fn certificate_files(
    app: Option<CertSource>,
    platform: Option<CertSource>,
    roots: Option<CertSource>,
    problems: &mut Vec<ConfigProblem>,
) -> CertificateFiles {
    let missing: Vec<&'static str> = [
        ("app_cert", app.is_none()),
        ("alipay_public_cert", platform.is_none()),
        ("alipay_root_cert", roots.is_none()),
    ]
    .into_iter()
    .filter_map(|(setting, missing)| missing.then_some(setting))
    .collect();
    if !missing.is_empty() {
        problems.push(ConfigProblem::IncompleteCertificateMode { missing });
    }
    let app = app.and_then(|source| source.read("app_cert", problems));
    let platform = platform.and_then(|source| source.read("alipay_public_cert", problems));
    let roots = roots.and_then(|source| source.read("alipay_root_cert", problems));
    CertificateFiles { app, platform, roots }
}

/// Everything wrong with a client's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    problems: Vec<ConfigProblem>,
}

impl ConfigError {
    /// The problems, in the order of the settings.
    pub fn problems(&self) -> &[ConfigProblem] {
        &self.problems
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid client configuration: ")?;
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            problem.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// One problem of a client's configuration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigProblem {
    /// No `app_id`.
    #[error("app_id is not set (the app's id on the open platform, like 2021000000000001)")]
    MissingAppId,
    /// An empty `app_id`.
    #[error("app_id is empty")]
    EmptyAppId,
    /// No private key.
    #[error("app_private_key is not set (the app private key, 应用私钥); or give a `signer`")]
    MissingPrivateKey,
    /// No public key.
    #[error(
        "alipay_public_key is not set (the Alipay public key, 支付宝公钥, that verifies responses); or give a `verifier`"
    )]
    MissingPublicKey,
    /// A key text that cannot be used.
    #[error("{setting}: {error}")]
    Key {
        /// The setting: `app_private_key` or `alipay_public_key`.
        setting: &'static str,
        /// What is wrong with it.
        error: KeyError,
    },
    /// An unknown sign type.
    #[error("sign_type: {0}")]
    SignType(UnknownSignType),
    /// An unknown charset.
    #[error("charset: {0}")]
    Charset(UnknownCharset),
    /// A gateway URL that does not parse.
    #[error("gateway `{given}` is not a URL: {detail}")]
    GatewayUrl {
        /// The text given.
        given: String,
        /// What the URL parser said.
        detail: String,
    },
    /// The signer cannot sign with the configured sign type.
    #[error("{0}")]
    Unsupported(SignError),
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(String),
    /// A content-encryption key that cannot be used.
    #[error("encrypt_key: {0}")]
    EncryptKey(AesKeyError),
    /// Certificate mode needs all three certificates.
    #[error(
        "certificate mode needs the app certificate (app_cert), the Alipay public key certificate \
         (alipay_public_cert) and the Alipay root certificate (alipay_root_cert); missing: {}",
        .missing.join(", ")
    )]
    IncompleteCertificateMode {
        /// The settings not given.
        missing: Vec<&'static str>,
    },
    /// Both a public key and a platform certificate were given.
    #[error(
        "alipay_public_key (or a verifier) and alipay_public_cert are both set: in certificate mode responses are \
         verified with the key of the Alipay public key certificate; remove alipay_public_key"
    )]
    PublicKeyAndCertificate,
    /// A certificate file that cannot be read.
    #[error("{setting}: cannot read `{path}`: {detail}")]
    CertificateFile {
        /// The setting: `app_cert`, `alipay_public_cert` or `alipay_root_cert`.
        setting: &'static str,
        /// The path given.
        path: String,
        /// What the file system said.
        detail: String,
    },
    /// A certificate that cannot be read or used.
    #[error("{setting}: {error}")]
    Certificate {
        /// The setting: `app_cert`, `alipay_public_cert` or `alipay_root_cert`.
        setting: &'static str,
        /// What is wrong with it.
        error: CertificateError,
    },
    /// The app certificate certifies another key than the app private key.
    #[error(
        "app_cert: the app certificate `{subject}` (SN {sn}) does not hold the public key of app_private_key: \
         requests would be refused; use the appCertPublicKey_<app_id>.crt issued for this private key"
    )]
    AppCertificateMismatch {
        /// The certificate's subject.
        subject: String,
        /// The certificate's SN.
        sn: String,
    },
    /// A common parameter that certificate mode sets itself.
    #[error("common_param `{name}` is set from the certificates in certificate mode; remove it")]
    CertificateParam {
        /// The parameter.
        name: &'static str,
    },
    /// The blocking client's runtime could not be started.
    #[error("cannot start the blocking client's runtime: {0}")]
    Runtime(String),
}

impl From<ConfigProblem> for ConfigError {
    fn from(problem: ConfigProblem) -> Self {
        Self { problems: vec![problem] }
    }
}

impl From<std::convert::Infallible> for UnknownSignType {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

impl From<std::convert::Infallible> for UnknownCharset {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}
