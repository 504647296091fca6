//! Public-key certificate mode in the client: the serial numbers signed into every request, the platform
//! certificates held, and the download of a new platform certificate when a response names one.
//!
//! The rules, in the order the client applies them:
//!
//! 1. At build: the app certificate's key must be the app private key's (checked by signing a probe and
//!    verifying it with the certificate's key, so it holds for any [`Signer`], an HSM's too); `app_cert_sn` and
//!    `alipay_root_cert_sn` are computed once; the configured platform certificate (the first certificate of its
//!    file) gives the key that verifies responses. The configured certificates are trusted as configured, like a
//!    public key: their chain is not checked (the sandbox's does not reach the production root bundle).
//! 2. On each signed response: `alipay_cert_sn` absent or equal to the configured certificate's SN verifies with
//!    the configured key; the SN of a certificate downloaded before verifies with its key (while it is valid);
//!    any other SN is downloaded with `alipay.open.app.alipaycert.download`, once per SN however many calls
//!    wait for it, and cached for the life of the client (shared by its clones).
//! 3. A downloaded certificate is accepted only if its chain verifies to the configured root bundle now
//!    ([`cert::verify_chain`]) and its SN is the one asked for.
//! 4. The download's own response must verify too: with a certificate already held when its `alipay_cert_sn`
//!    names one (or has none); or, when it names the very certificate being downloaded (the platform signs with
//!    its new certificate from the moment it rotates), with that certificate once step 3 has accepted it: trust
//!    then comes from the root bundle, and the signature proves the answer is the platform's. A download signed
//!    with any other certificate is refused.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use serde::Deserialize;
use time::OffsetDateTime;

use crate::cert::{self, Certificate, CertificateError, ChainError};
use crate::client::Client;
use crate::config::ConfigProblem;
use crate::crypto::{Signer, Verifier};
use crate::error::Error;
use crate::key::PublicKey;
use crate::request::{Encryption, PreparedRequest, RequestOptions};
use crate::response::ResponseBody;
use crate::sign_type::SignType;

/// The method that downloads a platform certificate.
pub(crate) const DOWNLOAD_METHOD: &str = "alipay.open.app.alipaycert.download";

/// Its response key.
const DOWNLOAD_RESPONSE_KEY: &str = "alipay_open_app_alipaycert_download_response";

/// What the build signs to check that the app certificate holds the app private key's public key.
const PROBE: &[u8] = b"alipay-rs: does the app certificate hold the key of the app private key?";

/// The certificates of a client in certificate mode. Built once; the downloaded certificates are shared by every
/// clone of the client.
pub(crate) struct CertificateMode {
    app_cert_sn: String,
    root_cert_sn: String,
    roots: Vec<Certificate>,
    platform: HeldCertificate,
    /// One cell per SN asked for: the first caller downloads, the others wait for its outcome.
    downloaded: Mutex<HashMap<String, Arc<tokio::sync::OnceCell<HeldCertificate>>>>,
}

/// A platform certificate the client trusts, with its key parsed once.
#[derive(Clone)]
pub(crate) struct HeldCertificate {
    sn: String,
    certificate: Certificate,
    key: Arc<PublicKey>,
}

/// The three certificate files, as given to the builder (`None` for one missing or unreadable, a problem
/// already reported).
pub(crate) struct CertificateFiles {
    pub(crate) app: Option<Vec<u8>>,
    pub(crate) platform: Option<Vec<u8>>,
    pub(crate) roots: Option<Vec<u8>>,
}

impl CertificateMode {
    /// Reads the certificates and checks them against the app's signer; every problem is reported.
    pub(crate) fn new(
        files: &CertificateFiles,
        signer: Option<&dyn Signer>,
        sign_type: Option<SignType>,
    ) -> Result<Self, Vec<ConfigProblem>> {
        let mut problems = Vec::new();
        let mut problem = |setting: &'static str, error: CertificateError| {
            problems.push(ConfigProblem::Certificate { setting, error });
        };
        let mut read = |setting: &'static str, file: &Option<Vec<u8>>| match file.as_deref().map(cert::parse_bundle)? {
            Ok(certificates) => Some(certificates),
            Err(error) => {
                problem(setting, error);
                None
            }
        };
        // The first certificate of the app and platform files is theirs (the platform file goes on with its issuer).
        let app = read("app_cert", &files.app).map(|mut certificates| certificates.swap_remove(0));
        let platform = read("alipay_public_cert", &files.platform).map(|mut certificates| certificates.swap_remove(0));
        let roots = read("alipay_root_cert", &files.roots);
        let root_cert_sn = match roots.as_deref().map(cert::root_cert_sn) {
            Some(Ok(sn)) => Some(sn),
            Some(Err(error)) => {
                problem("alipay_root_cert", error);
                None
            }
            None => None,
        };
        if let Some(app) = &app {
            check_app_certificate(app, signer, sign_type, &mut problems);
        }
        let platform = match platform.map(HeldCertificate::new) {
            Some(Ok(platform)) => Some(platform),
            Some(Err(problem)) => {
                problems.push(problem.into_config("alipay_public_cert"));
                None
            }
            None => None,
        };
        match (app, platform, roots, root_cert_sn) {
            (Some(app), Some(platform), Some(roots), Some(root_cert_sn)) if problems.is_empty() => Ok(Self {
                app_cert_sn: cert::cert_sn(&app),
                root_cert_sn,
                roots,
                platform,
                downloaded: Mutex::default(),
            }),
            _ => Err(problems),
        }
    }

    /// `app_cert_sn`.
    pub(crate) fn app_cert_sn(&self) -> &str {
        &self.app_cert_sn
    }

    /// `alipay_root_cert_sn`.
    pub(crate) fn root_cert_sn(&self) -> &str {
        &self.root_cert_sn
    }

    /// The SN of the configured platform certificate.
    pub(crate) fn platform_cert_sn(&self) -> &str {
        &self.platform.sn
    }

    /// The key of the configured platform certificate.
    pub(crate) fn platform_key(&self) -> Arc<PublicKey> {
        self.platform.key.clone()
    }

    /// The key of the certificate named `sn`, if the client holds it: the configured one, or one downloaded
    /// before (an error once that one has expired).
    fn held_key(&self, sn: &str) -> Result<Option<Arc<dyn Verifier>>, PlatformCertificateError> {
        if sn == self.platform.sn {
            return Ok(Some(self.platform.key.clone()));
        }
        let cell = self.downloaded.lock().unwrap_or_else(PoisonError::into_inner).get(sn).cloned();
        let Some(held) = cell.as_deref().and_then(tokio::sync::OnceCell::get) else { return Ok(None) };
        let now = OffsetDateTime::now_utc();
        if !held.certificate.is_valid_at(now) {
            return Err(PlatformCertificateError::Chain {
                sn: sn.to_owned(),
                source: ChainError::Expired {
                    subject: held.certificate.subject().to_owned(),
                    not_after: held.certificate.not_after(),
                    at: now,
                },
            });
        }
        Ok(Some(held.key.clone()))
    }

    /// The cell of `sn`, created on first use.
    fn slot(&self, sn: &str) -> Arc<tokio::sync::OnceCell<HeldCertificate>> {
        let mut map = self.downloaded.lock().unwrap_or_else(PoisonError::into_inner);
        map.entry(sn.to_owned()).or_default().clone()
    }

    /// Drops the cell of `sn` after a failed download, so that a later call tries again and failed SNs do not
    /// pile up.
    fn forget(&self, sn: &str, cell: &Arc<tokio::sync::OnceCell<HeldCertificate>>) {
        let mut map = self.downloaded.lock().unwrap_or_else(PoisonError::into_inner);
        if map.get(sn).is_some_and(|held| Arc::ptr_eq(held, cell) && !held.initialized()) {
            map.remove(sn);
        }
    }

    /// Accepts a downloaded certificate (`content`: base64 of its PEM or DER, the chain included) if it chains to
    /// the root bundle now and is the one asked for.
    fn trust(&self, sn: &str, content: &str) -> Result<HeldCertificate, PlatformCertificateError> {
        let content_error = |reason: String| PlatformCertificateError::Content { sn: sn.to_owned(), reason };
        let bytes = crate::crypto::decode_base64_lenient(content)
            .map_err(|error| content_error(format!("`alipay_cert_content` is not base64 ({error})")))?;
        let chain = cert::parse_bundle(bytes).map_err(|error| content_error(error.to_string()))?;
        let certificate = cert::verify_chain(&chain, &self.roots, OffsetDateTime::now_utc())
            .map_err(|source| PlatformCertificateError::Chain { sn: sn.to_owned(), source })?;
        let held = HeldCertificate::new(certificate.clone()).map_err(|problem| match problem {
            HeldProblem::Certificate(error) => content_error(error.to_string()),
            HeldProblem::Key(error) => content_error(error.to_string()),
        })?;
        if held.sn != sn {
            return Err(PlatformCertificateError::SnMismatch { requested: sn.to_owned(), found: held.sn });
        }
        Ok(held)
    }
}

impl HeldCertificate {
    fn new(certificate: Certificate) -> Result<Self, HeldProblem> {
        let key = certificate_key(&certificate)?;
        Ok(Self { sn: cert::cert_sn(&certificate), certificate, key: Arc::new(key) })
    }
}

/// The RSA public key a certificate certifies.
fn certificate_key(certificate: &Certificate) -> Result<PublicKey, HeldProblem> {
    let der = certificate.rsa_public_key_der().map_err(HeldProblem::Certificate)?;
    PublicKey::from_spki_der(der).map_err(HeldProblem::Key)
}

/// Why a certificate's key cannot verify.
enum HeldProblem {
    Certificate(CertificateError),
    Key(crate::key::KeyError),
}

impl HeldProblem {
    fn into_config(self, setting: &'static str) -> ConfigProblem {
        match self {
            Self::Certificate(error) => ConfigProblem::Certificate { setting, error },
            Self::Key(error) => ConfigProblem::Key { setting, error },
        }
    }
}

/// Checks that the app certificate certifies the key the app signs with.
fn check_app_certificate(
    app: &Certificate,
    signer: Option<&dyn Signer>,
    sign_type: Option<SignType>,
    problems: &mut Vec<ConfigProblem>,
) {
    let key = match certificate_key(app) {
        Ok(key) => key,
        Err(problem) => {
            problems.push(problem.into_config("app_cert"));
            return;
        }
    };
    // Without a signer or a usable sign type, another problem is already reported.
    let (Some(signer), Some(sign_type)) = (signer, sign_type) else { return };
    let Ok(signature) = signer.sign(sign_type, PROBE) else { return };
    if key.verify(sign_type, PROBE, &signature).is_err() {
        problems
            .push(ConfigProblem::AppCertificateMismatch { subject: app.subject().to_owned(), sn: cert::cert_sn(app) });
    }
}

/// Whether `sn` has the shape of a certificate serial number: 32 lowercase hex digits.
fn is_cert_sn(sn: &str) -> bool {
    sn.len() == 32 && sn.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
}

/// A platform certificate the client cannot obtain or trust: the response it would verify is refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PlatformCertificateError {
    /// The client is not in certificate mode.
    #[error(
        "the client is not in certificate mode: configure app_cert, alipay_public_cert and alipay_root_cert to use \
         platform certificates"
    )]
    NotCertificateMode,
    /// `alipay_cert_sn` is not a certificate serial number.
    #[error("`{sn}` is not a platform certificate serial number (32 lowercase hex digits), so it cannot be looked up")]
    InvalidSn {
        /// The value given.
        sn: String,
    },
    /// The certificate is not held and this call cannot download it.
    #[error(
        "the answer is signed with platform certificate {sn}, which this client does not hold yet; `decode_response` \
         does not download certificates: call `Client::platform_certificate(\"{sn}\")` first"
    )]
    NotHeld {
        /// The certificate's SN.
        sn: String,
    },
    /// The download call failed.
    #[error("cannot download platform certificate {sn}: {source}")]
    Download {
        /// The SN asked for.
        sn: String,
        /// What went wrong with the call.
        source: Box<Error>,
    },
    /// The downloaded content is not a certificate with an RSA key.
    #[error("the downloaded platform certificate {sn} cannot be read: {reason}")]
    Content {
        /// The SN asked for.
        sn: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The certificate does not chain to the root bundle, or is not valid now.
    #[error("platform certificate {sn} is not trusted: {source}")]
    Chain {
        /// The SN asked for.
        sn: String,
        /// Why the chain does not verify.
        source: ChainError,
    },
    /// The certificate downloaded is another one than asked for.
    #[error("asked for platform certificate {requested}, but the download holds certificate {found}")]
    SnMismatch {
        /// The SN asked for.
        requested: String,
        /// The SN of the certificate received.
        found: String,
    },
    /// The download's answer is signed with a certificate that is neither held nor the one downloaded.
    #[error(
        "the answer to the download of platform certificate {sn} is signed with certificate {signed_by}, which is \
         neither one this client holds nor the one downloaded, so it cannot be trusted"
    )]
    UntrustedDownload {
        /// The SN asked for.
        sn: String,
        /// The `alipay_cert_sn` of the download's answer.
        signed_by: String,
    },
}

/// The key a response verifies with, as far as the client holds it.
pub(crate) enum ResponseKey<'b> {
    /// The key; `None` when verification is off.
    Held(Option<Arc<dyn Verifier>>),
    /// The response is signed with platform certificate `sn`, which must be downloaded first.
    Missing(&'b str),
}

/// The download's node, once verified.
#[derive(Deserialize)]
struct Download {
    alipay_cert_content: String,
}

impl Client {
    /// The platform certificate with serial number `sn`, ready to verify responses: the configured one, one
    /// downloaded before, or one downloaded now (see the [rules](crate#certificate-mode)). Responses call this
    /// themselves; call it to fetch a certificate ahead of [`Client::decode_response`], which does not download.
    pub async fn platform_certificate(&self, sn: &str) -> Result<Certificate, PlatformCertificateError> {
        let mode = self.config().certificates.as_ref().ok_or(PlatformCertificateError::NotCertificateMode)?;
        self.held_or_download(mode, sn).await.map(|held| held.certificate)
    }

    /// The key that verifies `body`, if the client holds it. In certificate mode that is the key of the
    /// certificate the body names in `alipay_cert_sn` (the configured one when it names none).
    pub(crate) fn held_verifier<'b>(
        &self,
        body: &'b ResponseBody<'_>,
    ) -> Result<ResponseKey<'b>, PlatformCertificateError> {
        let config = self.config();
        let Some(configured) = &config.verifier else { return Ok(ResponseKey::Held(None)) };
        let (Some(mode), Some(_), Some(sn)) = (&config.certificates, body.sign(), body.alipay_cert_sn()) else {
            return Ok(ResponseKey::Held(Some(configured.clone())));
        };
        match mode.held_key(sn)? {
            Some(key) => Ok(ResponseKey::Held(Some(key))),
            None => Ok(ResponseKey::Missing(sn)),
        }
    }

    /// The key that verifies `body` (`None` when verification is off), downloading the platform certificate it
    /// names if need be.
    pub(crate) async fn verifier_for(
        &self,
        body: &ResponseBody<'_>,
    ) -> Result<Option<Arc<dyn Verifier>>, PlatformCertificateError> {
        match self.held_verifier(body)? {
            ResponseKey::Held(key) => Ok(key),
            ResponseKey::Missing(sn) => {
                let mode = self.config().certificates.as_ref().ok_or(PlatformCertificateError::NotCertificateMode)?;
                let held = self.held_or_download(mode, sn).await?;
                Ok(Some(held.key as Arc<dyn Verifier>))
            }
        }
    }

    /// The certificate `sn`: held, or downloaded once however many calls ask at the same time.
    async fn held_or_download(
        &self,
        mode: &CertificateMode,
        sn: &str,
    ) -> Result<HeldCertificate, PlatformCertificateError> {
        if !is_cert_sn(sn) {
            return Err(PlatformCertificateError::InvalidSn { sn: sn.to_owned() });
        }
        if sn == mode.platform.sn {
            return Ok(mode.platform.clone());
        }
        let cell = mode.slot(sn);
        let result = cell.get_or_try_init(|| self.download(mode, sn)).await.cloned();
        if result.is_err() {
            mode.forget(sn, &cell);
        }
        result
    }

    /// Downloads certificate `sn` and accepts it by the rules of the module.
    async fn download(&self, mode: &CertificateMode, sn: &str) -> Result<HeldCertificate, PlatformCertificateError> {
        tracing::info!(alipay_cert_sn = sn, "downloading a platform certificate");
        let failed = |source: Error| PlatformCertificateError::Download { sn: sn.to_owned(), source: Box::new(source) };
        let config = self.config();
        let biz_content = format!(r#"{{"alipay_cert_sn":"{sn}"}}"#);
        let prepared =
            PreparedRequest::new(config, DOWNLOAD_METHOD, biz_content, &RequestOptions::default(), Encryption::Off)
                .map_err(|error| failed(error.widen()))?;
        let body = self.send(&prepared).await.map_err(failed)?;
        let text = self.decode_body(&body).map_err(failed)?;
        let parsed = ResponseBody::parse(&text, DOWNLOAD_RESPONSE_KEY).map_err(|error| failed(error.into()))?;
        let held_key = match parsed.alipay_cert_sn() {
            None => config.verifier.clone(),
            Some(signed_by) => mode.held_key(signed_by)?,
        };
        if let Some(key) = held_key {
            let node = self.check(DOWNLOAD_METHOD, &parsed, Some(key.as_ref()), str::to_owned).map_err(failed)?;
            let content = decode_download(&node.text).map_err(failed)?;
            return mode.trust(sn, &content);
        }
        let signed_by = parsed.alipay_cert_sn().unwrap_or_default();
        if signed_by != sn || config.verifier.is_none() {
            return Err(PlatformCertificateError::UntrustedDownload {
                sn: sn.to_owned(),
                signed_by: signed_by.to_owned(),
            });
        }
        // Signed with the certificate it delivers: accept the certificate on the root bundle's word, then require
        // its signature on the answer that carried it.
        let unverified = self.check(DOWNLOAD_METHOD, &parsed, None, str::to_owned).map_err(failed)?;
        let content = decode_download(&unverified.text).map_err(failed)?;
        let candidate = mode.trust(sn, &content)?;
        let node = self.check(DOWNLOAD_METHOD, &parsed, Some(candidate.key.as_ref()), str::to_owned).map_err(failed)?;
        if decode_download(&node.text).map_err(failed)? != content {
            return Err(PlatformCertificateError::Content {
                sn: sn.to_owned(),
                reason: "the verified answer holds another certificate than the one checked".into(),
            });
        }
        Ok(candidate)
    }
}

/// The certificate content of a verified download node.
fn decode_download(node: &str) -> Result<String, Error> {
    serde_json::from_str::<Download>(node)
        .map(|download| download.alipay_cert_content)
        .map_err(|error| crate::client::node_error(DOWNLOAD_METHOD, &error))
}
