//! Public-key certificate mode (公钥证书模式) in the gateway: the serial numbers it expects in requests, the
//! platform certificate whose key signs its answers (and whose SN they carry as `alipay_cert_sn`), and the store
//! of platform certificates it hands out through `alipay.open.app.alipaycert.download`.

use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};

use alipay_core::cert::{self, Certificate, CertificateError};
use alipay_core::{PrivateKey, PublicKey, SignError, SignType, Signer, Verifier};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::signatures::SignatureMemo;

/// The method that downloads a platform certificate, which a gateway in certificate mode serves from its store.
pub(crate) const DOWNLOAD_METHOD: &str = "alipay.open.app.alipaycert.download";

/// What is signed to check that a platform certificate holds the public key of the private key given with it.
const PROBE: &[u8] = b"alipay-mock: does the platform certificate hold this key?";

/// A platform certificate (支付宝公钥证书) and the private key of the public key it certifies: what a gateway in
/// certificate mode signs its answers with.
///
/// The certificate file is PEM: the platform's certificate first, then the certificates that issued it (the
/// layout of `alipayCertPublicKey_RSA2.crt`, and what the download method hands out). The gateway does not check
/// the chain (a test may well want a gateway that signs with a certificate the client must refuse); it does check
/// that the first certificate holds the key's public key.
///
/// `Debug` output shows the SN, never the key.
///
/// ```
/// use alipay_core::PrivateKey;
/// use alipay_mock::PlatformCertificate;
///
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../alipay-core/tests/data");
/// # let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
/// let key = PrivateKey::from_text(&read("alipay_private_pkcs1.pem"))?;
/// let platform = PlatformCertificate::new(&read("certs/test-pki/client-platform.pem"), key)?;
/// assert_eq!(platform.sn(), "8b8596b71181e6e756d15d5774fdd570");
///
/// // A certificate of another key is refused.
/// let other = PrivateKey::from_text(&read("app_private_pkcs1.pem"))?;
/// let error = PlatformCertificate::new(&read("certs/test-pki/client-platform.pem"), other).unwrap_err();
/// assert!(error.to_string().contains("does not hold the public key of the private key given with it"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct PlatformCertificate {
    sn: String,
    chain_pem: String,
    key: PrivateKey,
}

/// The settings of certificate mode: the platform certificate to sign with, the root bundle whose SN requests
/// must carry (`alipay_root_cert_sn`), the app certificate whose SN they must carry (`app_cert_sn`), and any
/// further platform certificates the download method serves. Given to [`Builder::certificate_mode`].
///
/// The gateway checks the SNs of every app's requests against these (a stand-in gateway usually has one app);
/// the root SN must equal the bundle's, as the official SDKs compute it ([`cert::root_cert_sn`]).
///
/// [`Builder::certificate_mode`]: crate::Builder::certificate_mode
#[derive(Debug)]
pub struct CertificateMode {
    pub(crate) platform: PlatformCertificate,
    pub(crate) roots_pem: String,
    pub(crate) root_cert_sn: String,
    pub(crate) app_cert_sn: String,
    pub(crate) app_cert_pem: Option<String>,
    pub(crate) store: Vec<Stored>,
}

/// Why certificate-mode settings cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CertificateModeError {
    /// A certificate file cannot be read.
    #[error("{what}: {source}")]
    Certificate {
        /// Which file (`the platform certificate`, `the root bundle`, `the app certificate`).
        what: &'static str,
        /// What is wrong with it.
        source: CertificateError,
    },
    /// The platform certificate does not certify the key given with it.
    #[error(
        "the platform certificate {sn} ({subject}) does not hold the public key of the private key given with it: \
         give the key the certificate was issued for"
    )]
    KeyMismatch {
        /// The certificate's SN.
        sn: String,
        /// The certificate's subject.
        subject: String,
    },
    /// An app certificate SN that is not one.
    #[error("`{sn}` is not a certificate SN (32 lowercase hex digits)")]
    InvalidSn {
        /// The value given.
        sn: String,
    },
}

/// A gateway that is not in certificate mode was asked to rotate its platform certificate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the gateway is not in certificate mode: start it with `Builder::certificate_mode` to rotate certificates")]
pub struct NotCertificateMode;

/// A platform certificate in the download store: its SN and its file.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub sn: String,
    pub chain_pem: String,
}

impl PlatformCertificate {
    /// A platform certificate file (PEM, the platform's certificate first) and the private key of its public key.
    pub fn new(chain_pem: &str, key: PrivateKey) -> Result<Self, CertificateModeError> {
        let certificate = first_certificate(chain_pem, "the platform certificate")?;
        let sn = cert::cert_sn(&certificate);
        let public_key = certificate
            .rsa_public_key_der()
            .map_err(|source| CertificateModeError::Certificate { what: "the platform certificate", source })
            .and_then(|der| {
                PublicKey::from_spki_der(der).map_err(|_| CertificateModeError::KeyMismatch {
                    sn: sn.clone(),
                    subject: certificate.subject().to_owned(),
                })
            })?;
        let holds_key = key
            .sign(SignType::Rsa2, PROBE)
            .is_ok_and(|signature| public_key.verify(SignType::Rsa2, PROBE, &signature).is_ok());
        if !holds_key {
            return Err(CertificateModeError::KeyMismatch { sn, subject: certificate.subject().to_owned() });
        }
        Ok(Self { sn, chain_pem: chain_pem.to_owned(), key })
    }

    /// The certificate's SN: what answers signed with its key carry as `alipay_cert_sn`.
    pub fn sn(&self) -> &str {
        &self.sn
    }

    /// The certificate file, as given.
    pub fn chain_pem(&self) -> &str {
        &self.chain_pem
    }

    /// The private key.
    pub(crate) fn key(&self) -> &PrivateKey {
        &self.key
    }

    pub(crate) fn stored(&self) -> Stored {
        Stored { sn: self.sn.clone(), chain_pem: self.chain_pem.clone() }
    }
}

impl fmt::Debug for PlatformCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PlatformCertificate").field("sn", &self.sn).finish_non_exhaustive()
    }
}

impl CertificateMode {
    /// Certificate mode with `platform` signing answers, the root bundle `root_bundle_pem` (`alipayRootCert.crt`)
    /// and the app certificate `app_cert_pem` (`appCertPublicKey_<app_id>.crt`) whose SNs requests must carry.
    ///
    /// ```
    /// use alipay_core::PrivateKey;
    /// use alipay_mock::{CertificateMode, PlatformCertificate};
    ///
    /// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../alipay-core/tests/data");
    /// # let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
    /// let platform = PlatformCertificate::new(
    ///     &read("certs/test-pki/client-platform.pem"),
    ///     PrivateKey::from_text(&read("alipay_private_pkcs1.pem"))?,
    /// )?;
    /// let mode = CertificateMode::new(platform, &read("certs/test-pki/roots.pem"), &read("certs/test-pki/client-app.pem"))?;
    /// assert_eq!(mode.app_cert_sn(), "78e0fae14925b88bdea95443dd5be8e8");
    /// assert_eq!(mode.root_cert_sn(), "076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        platform: PlatformCertificate,
        root_bundle_pem: &str,
        app_cert_pem: &str,
    ) -> Result<Self, CertificateModeError> {
        let app = first_certificate(app_cert_pem, "the app certificate")?;
        let mut mode = Self::with_app_cert_sn(platform, root_bundle_pem, cert::cert_sn(&app))?;
        mode.app_cert_pem = Some(app_cert_pem.to_owned());
        Ok(mode)
    }

    /// Certificate mode expecting the app certificate SN `app_cert_sn`, for when the gateway does not have the
    /// app certificate itself ([`MockGateway::client_builder`](crate::MockGateway::client_builder) then cannot
    /// set up certificate mode).
    pub fn with_app_cert_sn(
        platform: PlatformCertificate,
        root_bundle_pem: &str,
        app_cert_sn: impl Into<String>,
    ) -> Result<Self, CertificateModeError> {
        let app_cert_sn = app_cert_sn.into();
        if app_cert_sn.len() != 32 || !app_cert_sn.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(CertificateModeError::InvalidSn { sn: app_cert_sn });
        }
        let root_error = |source| CertificateModeError::Certificate { what: "the root bundle", source };
        let roots = cert::parse_bundle(root_bundle_pem).map_err(root_error)?;
        let root_cert_sn = cert::root_cert_sn(&roots).map_err(root_error)?;
        let store = vec![platform.stored()];
        Ok(Self {
            platform,
            roots_pem: root_bundle_pem.to_owned(),
            root_cert_sn,
            app_cert_sn,
            app_cert_pem: None,
            store,
        })
    }

    /// Also serves this platform certificate file through the download method (an older certificate, or one
    /// the gateway will rotate to later). The certificates the gateway signs with are always served.
    pub fn serving(mut self, chain_pem: &str) -> Result<Self, CertificateModeError> {
        let certificate = first_certificate(chain_pem, "the platform certificate")?;
        let sn = cert::cert_sn(&certificate);
        self.store.retain(|stored| stored.sn != sn);
        self.store.push(Stored { sn, chain_pem: chain_pem.to_owned() });
        Ok(self)
    }

    /// The `app_cert_sn` requests must carry.
    pub fn app_cert_sn(&self) -> &str {
        &self.app_cert_sn
    }

    /// The `alipay_root_cert_sn` requests must carry.
    pub fn root_cert_sn(&self) -> &str {
        &self.root_cert_sn
    }
}

/// The first certificate of a PEM file.
fn first_certificate(pem: &str, what: &'static str) -> Result<Certificate, CertificateModeError> {
    let mut certificates =
        cert::parse_bundle(pem).map_err(|source| CertificateModeError::Certificate { what, source })?;
    Ok(certificates.swap_remove(0))
}

/// What a running gateway in certificate mode holds besides its signer: the SNs it expects, the files a client
/// needs, and the download store (which grows as the gateway rotates).
#[derive(Debug)]
pub(crate) struct Certificates {
    pub app_cert_sn: String,
    pub root_cert_sn: String,
    pub app_cert_pem: Option<String>,
    pub roots_pem: String,
    store: RwLock<Vec<Stored>>,
}

impl Certificates {
    pub(crate) fn new(mode: &CertificateMode) -> Self {
        Self {
            app_cert_sn: mode.app_cert_sn.clone(),
            root_cert_sn: mode.root_cert_sn.clone(),
            app_cert_pem: mode.app_cert_pem.clone(),
            roots_pem: mode.roots_pem.clone(),
            store: RwLock::new(mode.store.clone()),
        }
    }

    /// Adds (or replaces) a certificate of the store.
    pub(crate) fn store(&self, stored: Stored) {
        let mut store = self.store.write().unwrap_or_else(PoisonError::into_inner);
        store.retain(|held| held.sn != stored.sn);
        store.push(stored);
    }

    /// `alipay_cert_content` for the certificate `sn`: base64 of its PEM file, as the platform answers.
    pub(crate) fn content(&self, sn: &str) -> Option<String> {
        let store = self.store.read().unwrap_or_else(PoisonError::into_inner);
        store.iter().find(|stored| stored.sn == sn).map(|stored| STANDARD.encode(&stored.chain_pem))
    }
}

/// The key answers are signed with, and the SN of its certificate in certificate mode. Replaced whole when the
/// gateway rotates, so that an answer is signed and labelled by one and the same certificate.
#[derive(Debug)]
pub(crate) struct PlatformSigner {
    identity: Identity,
    /// The signatures this key has made ([`SignatureMemo`]).
    signatures: SignatureMemo,
}

/// What signs: a bare key, or a certificate and its key.
#[derive(Debug)]
enum Identity {
    /// A bare platform key (public-key mode).
    Key(PrivateKey),
    /// A platform certificate and its key.
    Certificate(PlatformCertificate),
}

impl PlatformSigner {
    /// A bare platform key (public-key mode).
    pub(crate) fn key_only(key: PrivateKey) -> Self {
        Self { identity: Identity::Key(key), signatures: SignatureMemo::default() }
    }

    /// A platform certificate and its key.
    pub(crate) fn certificate(certificate: PlatformCertificate) -> Self {
        Self { identity: Identity::Certificate(certificate), signatures: SignatureMemo::default() }
    }

    pub(crate) fn key(&self) -> &PrivateKey {
        match &self.identity {
            Identity::Key(key) => key,
            Identity::Certificate(certificate) => certificate.key(),
        }
    }

    /// The base64 signature of `message`, as `sign` carries it.
    pub(crate) fn sign_base64(&self, sign_type: SignType, message: &[u8]) -> Result<Arc<str>, SignError> {
        self.signatures.sign(self.key(), sign_type, message)
    }

    /// The `alipay_cert_sn` answers carry.
    pub(crate) fn cert_sn(&self) -> Option<&str> {
        match &self.identity {
            Identity::Key(_) => None,
            Identity::Certificate(certificate) => Some(certificate.sn()),
        }
    }

    pub(crate) fn chain_pem(&self) -> Option<&str> {
        match &self.identity {
            Identity::Key(_) => None,
            Identity::Certificate(certificate) => Some(certificate.chain_pem()),
        }
    }
}

/// The signer slot of a running gateway.
pub(crate) type SignerSlot = RwLock<Arc<PlatformSigner>>;
