//! Public-key certificate mode (公钥证书模式): certificates, their serial numbers, and the platform chain check.
//!
//! In certificate mode the merchant holds three files from the open platform console: the app certificate
//! (`appCertPublicKey_<app_id>.crt`), the platform certificate (`alipayCertPublicKey_RSA2.crt`, the platform's
//! certificate followed by the certificate that issued it) and the root bundle (`alipayRootCert.crt`). Every
//! request then carries two more signed parameters:
//!
//! - `app_cert_sn`: [`cert_sn`] of the app certificate;
//! - `alipay_root_cert_sn`: [`root_cert_sn`] of the root bundle;
//!
//! and every response names the platform certificate it was signed with in `alipay_cert_sn`, which is compared with
//! [`cert_sn`] of the platform certificate in hand. When they differ, the client downloads the new platform
//! certificate and accepts it only if [`verify_chain`] traces it to the root bundle.
//!
//! ```
//! use alipay_core::cert::{self, Certificate};
//!
//! # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/certs/gopay");
//! # let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
//! let app = Certificate::from_pem(&read("appPublicCert.crt"))?;
//! let roots = cert::parse_bundle(read("alipayRootCert.crt"))?;
//! let platform = cert::parse_bundle(read("alipayPublicCert.crt"))?;
//!
//! assert_eq!(cert::cert_sn(&app), "f5476a255774929671073404f7af2b90");
//! assert_eq!(
//!     cert::root_cert_sn(&roots)?,
//!     "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6"
//! );
//! // The platform certificate file starts with the platform's own certificate.
//! assert_eq!(cert::cert_sn(&platform[0]), "b09baa7d1d5b198c713b230c5a6ec8e7");
//! // Responses are verified with its RSA key.
//! let spki: &[u8] = platform[0].rsa_public_key_der()?;
//! # assert_eq!(spki[0], 0x30);
//! # Ok::<(), cert::CertificateError>(())
//! ```
//!
//! Certificates are parsed with RustCrypto's `x509-cert` (strict DER, the same `der` and `spki` crates the pure-Rust
//! RSA backend uses). Certificate signatures are checked with the crate's RSA backend: aws-lc-rs with the `aws-lc`
//! feature, the `rsa` crate with `pure-rust`.

use std::collections::VecDeque;
use std::fmt;
use std::ops::Range;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use x509_cert::der::asn1::ObjectIdentifier;
use x509_cert::der::{Any, Decode, Encode, Header, Reader, SliceReader, Tagged};
use x509_cert::ext::pkix::BasicConstraints;
use x509_cert::name::Name;

/// The OID prefix of the RSA signature algorithms (PKCS #1): `1.2.840.113549.1.1`.
pub const RSA_SIGNATURE_OID_PREFIX: &str = "1.2.840.113549.1.1";

/// The OID of an RSA public key (`rsaEncryption`).
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";

/// An X.509 certificate, parsed once: its names, serial number, validity and public key are ready to use.
///
/// Names are kept in the RFC 2253 form the platform uses for serial numbers (see [`Certificate::issuer`]).
#[derive(Clone)]
pub struct Certificate {
    der: Box<[u8]>,
    tbs: Range<usize>,
    public_key: Range<usize>,
    issuer: String,
    subject: String,
    serial_number: String,
    signature_algorithm: String,
    public_key_algorithm: String,
    signature: Box<[u8]>,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
    is_ca: Option<bool>,
}

/// Where in the input a certificate was found: its position in the bundle, and for PEM the line its block starts
/// on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// The certificate's position in the input, from 1.
    pub index: usize,
    /// The line of its `-----BEGIN CERTIFICATE-----`, from 1; `None` for DER input.
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "certificate {} (PEM block at line {line})", self.index),
            None => write!(f, "certificate {} (DER)", self.index),
        }
    }
}

/// A certificate or bundle that could not be read, or a certificate that cannot serve the purpose asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CertificateError {
    /// The input holds no certificate at all.
    #[error(
        "no certificate found: expected PEM text with `-----BEGIN CERTIFICATE-----` blocks (a .crt file from the open \
         platform console) or one DER-encoded certificate"
    )]
    NoCertificate,
    /// A PEM block is not closed.
    #[error("the PEM block that begins at line {line} has no `-----END {label}-----` line")]
    UnterminatedPem {
        /// The line of its `-----BEGIN` line, from 1.
        line: usize,
        /// The block's label.
        label: String,
    },
    /// A PEM block holds something other than a certificate (a key, a request).
    #[error(
        "the PEM block at line {line} holds a `{label}`, not a certificate: expected `-----BEGIN CERTIFICATE-----`"
    )]
    NotACertificate {
        /// The line of its `-----BEGIN` line, from 1.
        line: usize,
        /// The block's label, like `PRIVATE KEY`.
        label: String,
    },
    /// A PEM block's body is not base64.
    #[error("{location}: the PEM body is not valid base64 ({reason})")]
    Base64 {
        /// Which certificate.
        location: Location,
        /// What the decoder rejected.
        reason: String,
    },
    /// The bytes are not an X.509 certificate.
    #[error("{location}: not a valid X.509 certificate ({reason})")]
    Malformed {
        /// Which certificate.
        location: Location,
        /// What the DER decoder rejected, and where.
        reason: String,
    },
    /// One certificate was expected and the input holds another number.
    #[error(
        "expected exactly one certificate, found {found}: read a bundle (a root bundle, or a platform certificate \
         file with its issuer) with `cert::parse_bundle`"
    )]
    NotOne {
        /// How many certificates the input holds.
        found: usize,
    },
    /// The certificate's key is not an RSA key.
    #[error(
        "certificate `{subject}` holds a public key of algorithm {algorithm}, not an RSA key \
         (rsaEncryption, 1.2.840.113549.1.1.1); signatures are verified with RSA keys"
    )]
    NotRsaKey {
        /// The certificate's subject.
        subject: String,
        /// The key's algorithm OID.
        algorithm: String,
    },
    /// A root bundle without any RSA-signed certificate has no root serial number.
    #[error(
        "the root bundle holds {found} certificate(s) and none is signed with RSA (signature algorithm \
         1.2.840.113549.1.1.*): `alipay_root_cert_sn` is made from the RSA roots of alipayRootCert.crt"
    )]
    NoRsaRoot {
        /// How many certificates the bundle holds.
        found: usize,
    },
}

/// Why a platform certificate was not accepted: its chain to the root bundle is missing, broken or out of date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ChainError {
    /// There is no certificate to check.
    #[error("no certificate to verify: the platform certificate chain is empty")]
    Empty,
    /// The certificates do not link into one chain.
    #[error(
        "the certificates do not form one chain ({subjects}): each certificate must be issued by the next one up, \
         with at most one self-signed certificate at the top",
        subjects = .subjects.join("; ")
    )]
    Incomplete {
        /// The subjects of all the certificates given, in input order.
        subjects: Vec<String>,
    },
    /// A certificate of the chain is not valid yet.
    #[error("certificate `{subject}` is not valid before {} (checked at {})", rfc3339(.not_before), rfc3339(.at))]
    NotYetValid {
        /// The certificate's subject.
        subject: String,
        /// The start of its validity.
        not_before: OffsetDateTime,
        /// The time it was checked at.
        at: OffsetDateTime,
    },
    /// A certificate of the chain has expired.
    #[error(
        "certificate `{subject}` expired at {} (checked at {}): download the current platform certificate",
        rfc3339(.not_after), rfc3339(.at)
    )]
    Expired {
        /// The certificate's subject.
        subject: String,
        /// The end of its validity.
        not_after: OffsetDateTime,
        /// The time it was checked at.
        at: OffsetDateTime,
    },
    /// The top of the chain is issued by a name that is not among the root bundle's certificates.
    #[error(
        "certificate `{subject}` is issued by `{issuer}`, which is not a certificate of the root bundle \
         (alipayRootCert.crt) nor of the chain given"
    )]
    UnknownIssuer {
        /// The certificate's subject.
        subject: String,
        /// The issuer it names.
        issuer: String,
    },
    /// A certificate is signed with an algorithm this crate does not verify.
    #[error(
        "certificate `{subject}` is signed with algorithm {algorithm} by a key of algorithm {issuer_key_algorithm}; \
         only RSA signatures (sha1/sha256/sha384/sha512 WithRSAEncryption), which the platform's RSA chain uses, \
         are verified"
    )]
    UnsupportedAlgorithm {
        /// The certificate's subject.
        subject: String,
        /// Its signature algorithm OID.
        algorithm: String,
        /// The issuer's public key algorithm OID.
        issuer_key_algorithm: String,
    },
    /// A signature does not verify with the issuer's key.
    #[error(
        "the signature on certificate `{subject}` does not verify with the public key of `{issuer}`: the \
         certificate was altered, or was issued by another certificate bearing that name"
    )]
    BadSignature {
        /// The certificate's subject.
        subject: String,
        /// The issuer whose key was tried.
        issuer: String,
    },
    /// A certificate is signed by one that says it is not a certificate authority.
    #[error(
        "certificate `{subject}` is signed by `{issuer}`, whose basic constraints say it is not a certificate \
         authority (cA=false): it cannot issue certificates"
    )]
    IssuerNotCa {
        /// The certificate's subject.
        subject: String,
        /// The issuer's subject.
        issuer: String,
    },
}

fn rfc3339(time: &OffsetDateTime) -> String {
    time.format(&Rfc3339).unwrap_or_else(|_| time.to_string())
}

impl Certificate {
    /// Parses one DER-encoded certificate.
    pub fn from_der(der: &[u8]) -> Result<Self, CertificateError> {
        Self::parse(der.into(), Location { index: 1, line: None })
    }

    /// Parses PEM text that holds exactly one certificate, like the app certificate file.
    ///
    /// Text around the block (comments, `Bag Attributes`) is ignored. A file holding several certificates is an
    /// error ([`CertificateError::NotOne`]): read it with [`parse_bundle`].
    pub fn from_pem(pem: &str) -> Result<Self, CertificateError> {
        let mut certificates = parse_pem(pem)?;
        match certificates.len() {
            1 => Ok(certificates.remove(0)),
            found => Err(CertificateError::NotOne { found }),
        }
    }

    fn parse(der: Box<[u8]>, location: Location) -> Result<Self, CertificateError> {
        let malformed = |reason: String| CertificateError::Malformed { location, reason };
        let certificate = x509_cert::Certificate::from_der(&der).map_err(|error| malformed(error.to_string()))?;
        let (tbs, public_key) = raw_ranges(&der).map_err(|error| malformed(error.to_string()))?;
        let fields = &certificate.tbs_certificate;
        let is_ca = match fields.get::<BasicConstraints>() {
            Ok(constraints) => constraints.map(|(_, constraints)| constraints.ca),
            Err(error) => return Err(malformed(format!("basic constraints extension: {error}"))),
        };
        let time = |time: x509_cert::time::Time| {
            i64::try_from(time.to_unix_duration().as_secs())
                .ok()
                .and_then(|seconds| OffsetDateTime::from_unix_timestamp(seconds).ok())
                .ok_or_else(|| malformed("a validity time out of range".into()))
        };
        let signature = certificate
            .signature
            .as_bytes()
            .ok_or_else(|| malformed("the signature is not a whole number of bytes".into()))?;
        Ok(Self {
            tbs,
            public_key,
            issuer: rfc2253(&fields.issuer).map_err(|error| malformed(format!("issuer name: {error}")))?,
            subject: rfc2253(&fields.subject).map_err(|error| malformed(format!("subject name: {error}")))?,
            serial_number: signed_decimal(fields.serial_number.as_bytes()),
            signature_algorithm: certificate.signature_algorithm.oid.to_string(),
            public_key_algorithm: fields.subject_public_key_info.algorithm.oid.to_string(),
            signature: signature.into(),
            not_before: time(fields.validity.not_before)?,
            not_after: time(fields.validity.not_after)?,
            is_ca,
            der,
        })
    }

    /// The certificate's DER encoding, exactly as read.
    pub fn as_der(&self) -> &[u8] {
        &self.der
    }

    /// The issuer's distinguished name in RFC 2253 form, as Java's `X500Principal.getName()` writes it (the
    /// official Java SDK and the platform compute serial numbers from it): relative names from last to first,
    /// joined with `,`, like `CN=Ant Financial Certification Authority R1,OU=Certification Authority,O=Ant
    /// Financial,C=CN`.
    ///
    /// Attribute types CN, C, L, ST, O, OU, STREET, DC and UID are written by name and others as dotted OIDs.
    /// String values are read as UTF-8, with `,=+<>#;"\` escaped by a backslash, NUL as `\00`, and leading and
    /// trailing spaces escaped; values of OID-named types and non-string values are written as `#` and the hex of
    /// their DER encoding.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The subject's distinguished name, in the same RFC 2253 form as [`Certificate::issuer`].
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The serial number in decimal (with a `-` for the negative serials some non-conforming issuers use).
    pub fn serial_number(&self) -> &str {
        &self.serial_number
    }

    /// The OID of the algorithm the issuer signed this certificate with, dotted, like `1.2.840.113549.1.1.11`
    /// (sha256WithRSAEncryption).
    pub fn signature_algorithm(&self) -> &str {
        &self.signature_algorithm
    }

    /// Whether the certificate is signed with an RSA algorithm (OID under `1.2.840.113549.1.1`): the roots that
    /// make up the root serial number.
    pub fn is_rsa_signed(&self) -> bool {
        self.signature_algorithm.starts_with(RSA_SIGNATURE_OID_PREFIX)
    }

    /// The OID of the certificate's public key algorithm, dotted, like `1.2.840.113549.1.1.1` (rsaEncryption).
    pub fn public_key_algorithm(&self) -> &str {
        &self.public_key_algorithm
    }

    /// The certificate's public key as DER `SubjectPublicKeyInfo`, whatever its algorithm.
    pub fn public_key_der(&self) -> &[u8] {
        &self.der[self.public_key.clone()]
    }

    /// The certificate's RSA public key as DER `SubjectPublicKeyInfo` (the form a `-----BEGIN PUBLIC KEY-----`
    /// file holds), to verify the platform's signatures with; an error if the key is not an RSA key.
    pub fn rsa_public_key_der(&self) -> Result<&[u8], CertificateError> {
        if self.public_key_algorithm == RSA_ENCRYPTION {
            Ok(self.public_key_der())
        } else {
            Err(CertificateError::NotRsaKey {
                subject: self.subject.clone(),
                algorithm: self.public_key_algorithm.clone(),
            })
        }
    }

    /// The start of the certificate's validity.
    pub fn not_before(&self) -> OffsetDateTime {
        self.not_before
    }

    /// The end of the certificate's validity.
    pub fn not_after(&self) -> OffsetDateTime {
        self.not_after
    }

    /// Whether `at` falls within the certificate's validity (both ends included).
    pub fn is_valid_at(&self, at: OffsetDateTime) -> bool {
        self.not_before <= at && at <= self.not_after
    }

    fn is_self_issued(&self) -> bool {
        self.issuer == self.subject
    }

    fn tbs(&self) -> &[u8] {
        &self.der[self.tbs.clone()]
    }
}

impl PartialEq for Certificate {
    fn eq(&self, other: &Self) -> bool {
        self.der == other.der
    }
}

impl Eq for Certificate {}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Certificate")
            .field("subject", &self.subject)
            .field("issuer", &self.issuer)
            .field("serial_number", &self.serial_number)
            .field("not_before", &rfc3339(&self.not_before))
            .field("not_after", &rfc3339(&self.not_after))
            .field("signature_algorithm", &self.signature_algorithm)
            .finish_non_exhaustive()
    }
}

/// Parses every certificate of a bundle: PEM text with one or more `CERTIFICATE` blocks (a root bundle, a platform
/// certificate file), or one DER-encoded certificate. Certificates come back in input order.
///
/// ```
/// use alipay_core::cert;
///
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/certs/gopay/alipayRootCert.crt");
/// let roots = cert::parse_bundle(std::fs::read(path).unwrap())?;
/// assert_eq!(roots.len(), 4);
/// assert_eq!(roots[1].subject(), "CN=Ant Financial Certification Authority R1,OU=Certification Authority,O=Ant Financial,C=CN");
///
/// assert!(matches!(cert::parse_bundle(""), Err(cert::CertificateError::NoCertificate)));
/// # Ok::<(), cert::CertificateError>(())
/// ```
pub fn parse_bundle(input: impl AsRef<[u8]>) -> Result<Vec<Certificate>, CertificateError> {
    let input = input.as_ref();
    match input {
        // A DER certificate: a SEQUENCE with a long-form length (a certificate is longer than 127 bytes). The
        // length byte is never valid UTF-8 after `0`, so PEM text cannot be mistaken for it.
        [0x30, 0x81..=0x84, ..] => Certificate::from_der(input).map(|certificate| vec![certificate]),
        _ => match std::str::from_utf8(input) {
            Ok(text) => parse_pem(text),
            Err(_) => Err(CertificateError::NoCertificate),
        },
    }
}

/// Parses the PEM blocks of `text`: certificates only, at least one.
fn parse_pem(text: &str) -> Result<Vec<Certificate>, CertificateError> {
    let mut certificates = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let Some(label) = pem_boundary(line, "BEGIN") else { continue };
        let line = index + 1;
        if !matches!(label, "CERTIFICATE" | "X509 CERTIFICATE") {
            return Err(CertificateError::NotACertificate { line, label: label.into() });
        }
        let mut body = String::new();
        let mut closed = false;
        for (_, body_line) in lines.by_ref() {
            if pem_boundary(body_line, "END") == Some(label) {
                closed = true;
                break;
            }
            if pem_boundary(body_line, "BEGIN").is_some() {
                break;
            }
            body.extend(body_line.chars().filter(|c| !c.is_ascii_whitespace()));
        }
        if !closed {
            return Err(CertificateError::UnterminatedPem { line, label: label.into() });
        }
        let location = Location { index: certificates.len() + 1, line: Some(line) };
        let der =
            STANDARD.decode(body).map_err(|error| CertificateError::Base64 { location, reason: error.to_string() })?;
        certificates.push(Certificate::parse(der.into(), location)?);
    }
    if certificates.is_empty() {
        return Err(CertificateError::NoCertificate);
    }
    Ok(certificates)
}

/// The label of a `-----BEGIN <label>-----` (or `END`) line.
fn pem_boundary<'a>(line: &'a str, kind: &str) -> Option<&'a str> {
    line.trim().strip_prefix("-----")?.strip_prefix(kind)?.strip_prefix(' ')?.strip_suffix("-----")
}

/// The byte ranges of the signed part (`tbsCertificate`) and of the `subjectPublicKeyInfo` in the certificate's
/// DER: what is verified is the bytes read, never a re-encoding.
fn raw_ranges(der: &[u8]) -> x509_cert::der::Result<(Range<usize>, Range<usize>)> {
    let mut certificate = SliceReader::new(der)?;
    Header::decode(&mut certificate)?;
    let tbs_start = usize::try_from(certificate.position())?;
    let tbs = certificate.tlv_bytes()?;
    let mut fields = SliceReader::new(tbs)?;
    Header::decode(&mut fields)?;
    // [0] version, when present, then serialNumber, signature, issuer, validity, subject.
    if fields.peek_byte() == Some(0xA0) {
        fields.tlv_bytes()?;
    }
    for _ in 0..5 {
        fields.tlv_bytes()?;
    }
    let public_key_start = tbs_start + usize::try_from(fields.position())?;
    let public_key = fields.tlv_bytes()?;
    Ok((tbs_start..tbs_start + tbs.len(), public_key_start..public_key_start + public_key.len()))
}

/// The certificate serial number (SN) the platform identifies a certificate by: the lowercase hex MD5 of the
/// issuer's RFC 2253 name ([`Certificate::issuer`]) followed by the serial number in decimal, 32 hex digits.
///
/// This is `app_cert_sn` for the app certificate, and `alipay_cert_sn` for the platform certificate (the first
/// certificate of its file).
///
/// ```
/// use alipay_core::cert::{self, Certificate};
///
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/certs/smartwalle/appPublicCert.crt");
/// let app = Certificate::from_pem(&std::fs::read_to_string(path).unwrap())?;
/// assert_eq!(cert::cert_sn(&app), "9c51a0ddeb34866e5a331e613f57bf0f");
/// # Ok::<(), cert::CertificateError>(())
/// ```
pub fn cert_sn(certificate: &Certificate) -> String {
    let digest = Md5::new()
        .chain_update(certificate.issuer.as_bytes())
        .chain_update(certificate.serial_number.as_bytes())
        .finalize();
    format!("{digest:x}")
}

/// The root certificate serial number (`alipay_root_cert_sn`): the [`cert_sn`] of each RSA-signed certificate of
/// the root bundle ([`Certificate::is_rsa_signed`]), in bundle order, joined with `_`. Roots signed otherwise (the
/// bundle's ECC and SM2 roots) are left out, as the official SDKs do.
///
/// An error if no certificate of the bundle is RSA-signed.
pub fn root_cert_sn(bundle: &[Certificate]) -> Result<String, CertificateError> {
    let serials: Vec<String> = bundle.iter().filter(|root| root.is_rsa_signed()).map(cert_sn).collect();
    if serials.is_empty() {
        return Err(CertificateError::NoRsaRoot { found: bundle.len() });
    }
    Ok(serials.join("_"))
}

/// Checks a platform certificate chain against the root bundle at time `at`, and returns the certificate at the
/// bottom of the chain: the platform's own certificate, whose key verifies responses.
///
/// `chain` is the platform certificate file as downloaded (`alipay.open.app.alipaycert.download`) or as issued:
/// the platform's certificate and the certificate that issued it, in any order. The check follows the official
/// Java SDK, and fails with a [`ChainError`] that says which certificate is at fault:
///
/// 1. the certificates link into one chain, each issued (by name) by the next one up;
/// 2. every certificate of the chain is valid at `at` (pass the current time; a fixed time in tests);
/// 3. the top certificate is issued by a root of the bundle bearing its issuer's name, and its signature verifies
///    with that root's key; then each certificate's signature verifies with the key of the one above it.
///
/// Signatures are RSA PKCS #1 v1.5 with SHA-1, SHA-256, SHA-384 or SHA-512 and keys of 2048 bits or more. An issuer
/// whose basic constraints mark it as not a certificate authority is refused; an issuer without that extension is
/// accepted, as the platform's own intermediate certificate has none. The roots' own validity is not checked, as in
/// the Java SDK and RFC 5280 (a root is trusted as configured).
///
/// ```
/// use alipay_core::cert::{self, ChainError};
/// use time::macros::datetime;
///
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/certs/test-pki");
/// # let read = |name: &str| std::fs::read(format!("{dir}/{name}")).unwrap();
/// let roots = cert::parse_bundle(read("roots.pem"))?;
/// let chain = cert::parse_bundle(read("platform.pem"))?;
///
/// let platform = cert::verify_chain(&chain, &roots, datetime!(2025-01-01 00:00 UTC)).unwrap();
/// assert_eq!(platform, &chain[0]);
///
/// let expired = cert::verify_chain(&chain, &roots, datetime!(2031-01-01 00:00 UTC));
/// assert!(matches!(expired, Err(ChainError::Expired { .. })));
/// # Ok::<(), cert::CertificateError>(())
/// ```
pub fn verify_chain<'c>(
    chain: &'c [Certificate],
    roots: &[Certificate],
    at: OffsetDateTime,
) -> Result<&'c Certificate, ChainError> {
    let ordered = order_chain(chain)?;
    for certificate in &ordered {
        if at < certificate.not_before {
            return Err(ChainError::NotYetValid {
                subject: certificate.subject.clone(),
                not_before: certificate.not_before,
                at,
            });
        }
        if at > certificate.not_after {
            return Err(ChainError::Expired {
                subject: certificate.subject.clone(),
                not_after: certificate.not_after,
                at,
            });
        }
    }
    let top = ordered[0];
    let mut outcome = Err(ChainError::UnknownIssuer { subject: top.subject.clone(), issuer: top.issuer.clone() });
    // Several roots may bear one name (a re-keyed root): any one of them that verifies will do.
    for root in roots.iter().filter(|root| root.subject == top.issuer) {
        outcome = check_issued_by(top, root);
        if outcome.is_ok() {
            break;
        }
    }
    outcome?;
    for pair in ordered.windows(2) {
        check_issued_by(pair[1], pair[0])?;
    }
    Ok(ordered[ordered.len() - 1])
}

/// Orders the chain from the top (closest to a root) to the bottom, linking certificates by name, starting from
/// the first one given; fails unless all of them fit in one line.
fn order_chain(chain: &[Certificate]) -> Result<Vec<&Certificate>, ChainError> {
    let first = chain.first().ok_or(ChainError::Empty)?;
    let incomplete = || ChainError::Incomplete { subjects: chain.iter().map(|c| c.subject.clone()).collect() };
    if chain.iter().filter(|certificate| certificate.is_self_issued()).count() > 1 {
        return Err(incomplete());
    }
    let mut used = vec![false; chain.len()];
    used[0] = true;
    let mut ordered = VecDeque::from([first]);
    let take = |used: &mut Vec<bool>, wanted: &dyn Fn(&Certificate) -> bool| {
        let index = (0..chain.len()).find(|&index| !used[index] && wanted(&chain[index]))?;
        used[index] = true;
        Some(&chain[index])
    };
    // Up: the issuer of the top, while the top is not self-issued.
    while let Some(top) = ordered.front().copied().filter(|top| !top.is_self_issued()) {
        match take(&mut used, &|candidate| candidate.subject == top.issuer) {
            Some(issuer) => ordered.push_front(issuer),
            None => break,
        }
    }
    // Down: the certificate the bottom issued.
    while let Some(bottom) = ordered.back().copied() {
        match take(&mut used, &|candidate| candidate.issuer == bottom.subject && !candidate.is_self_issued()) {
            Some(issued) => ordered.push_back(issued),
            None => break,
        }
    }
    if ordered.len() != chain.len() {
        return Err(incomplete());
    }
    Ok(ordered.into())
}

/// Checks that `issuer` signed `certificate`.
fn check_issued_by(certificate: &Certificate, issuer: &Certificate) -> Result<(), ChainError> {
    if issuer.is_ca == Some(false) {
        return Err(ChainError::IssuerNotCa { subject: certificate.subject.clone(), issuer: issuer.subject.clone() });
    }
    let digest = match RsaDigest::of(&certificate.signature_algorithm) {
        Some(digest) if issuer.public_key_algorithm == RSA_ENCRYPTION => digest,
        _ => {
            return Err(ChainError::UnsupportedAlgorithm {
                subject: certificate.subject.clone(),
                algorithm: certificate.signature_algorithm.clone(),
                issuer_key_algorithm: issuer.public_key_algorithm.clone(),
            });
        }
    };
    if verify_rsa(digest, issuer.public_key_der(), certificate.tbs(), &certificate.signature) {
        Ok(())
    } else {
        Err(ChainError::BadSignature { subject: certificate.subject.clone(), issuer: issuer.subject.clone() })
    }
}

/// The digest of an RSA PKCS #1 v1.5 certificate signature algorithm.
#[derive(Debug, Clone, Copy)]
enum RsaDigest {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl RsaDigest {
    fn of(signature_algorithm: &str) -> Option<Self> {
        match signature_algorithm {
            "1.2.840.113549.1.1.5" => Some(Self::Sha1),
            "1.2.840.113549.1.1.11" => Some(Self::Sha256),
            "1.2.840.113549.1.1.12" => Some(Self::Sha384),
            "1.2.840.113549.1.1.13" => Some(Self::Sha512),
            _ => None,
        }
    }
}

#[cfg(feature = "aws-lc")]
fn verify_rsa(digest: RsaDigest, public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    use aws_lc_rs::signature::{self, UnparsedPublicKey};
    let algorithm = match digest {
        RsaDigest::Sha1 => &signature::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY,
        RsaDigest::Sha256 => &signature::RSA_PKCS1_2048_8192_SHA256,
        RsaDigest::Sha384 => &signature::RSA_PKCS1_2048_8192_SHA384,
        RsaDigest::Sha512 => &signature::RSA_PKCS1_2048_8192_SHA512,
    };
    UnparsedPublicKey::new(algorithm, public_key).verify(message, signature).is_ok()
}

#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
fn verify_rsa(digest: RsaDigest, public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    use rsa::pkcs1v15::{Signature, VerifyingKey};
    use rsa::pkcs8::DecodePublicKey;
    use rsa::signature::Verifier;
    use rsa::traits::PublicKeyParts;

    let Ok(key) = rsa::RsaPublicKey::from_public_key_der(public_key) else { return false };
    // The same floor as the aws-lc backend: 2048 bits.
    if key.size() < 256 {
        return false;
    }
    let Ok(signature) = Signature::try_from(signature) else { return false };
    let verified = match digest {
        RsaDigest::Sha1 => VerifyingKey::<sha1::Sha1>::new(key).verify(message, &signature),
        RsaDigest::Sha256 => VerifyingKey::<sha2::Sha256>::new(key).verify(message, &signature),
        RsaDigest::Sha384 => VerifyingKey::<sha2::Sha384>::new(key).verify(message, &signature),
        RsaDigest::Sha512 => VerifyingKey::<sha2::Sha512>::new(key).verify(message, &signature),
    };
    verified.is_ok()
}

/// A distinguished name in RFC 2253 form, written as Java's `X500Principal.getName()` does.
fn rfc2253(name: &Name) -> x509_cert::der::Result<String> {
    let mut text = String::new();
    for (index, relative_name) in name.0.iter().rev().enumerate() {
        if index > 0 {
            text.push(',');
        }
        for (index, attribute) in relative_name.0.iter().enumerate() {
            if index > 0 {
                text.push('+');
            }
            push_attribute(&mut text, &attribute.oid, &attribute.value)?;
        }
    }
    Ok(text)
}

/// `TYPE=value`: a keyword and an escaped string, or a dotted OID (or a non-string value) and `#` with hex DER.
fn push_attribute(text: &mut String, oid: &ObjectIdentifier, value: &Any) -> x509_cert::der::Result<()> {
    let keyword = RFC2253_KEYWORDS.iter().find(|(known, _)| known == oid).map(|(_, keyword)| *keyword);
    match keyword {
        Some(keyword) => text.push_str(keyword),
        None => text.push_str(&oid.to_string()),
    }
    text.push('=');
    if keyword.is_some() && DIRECTORY_STRING_TAGS.contains(&u8::from(value.tag())) {
        push_escaped(text, &String::from_utf8_lossy(value.value()));
    } else {
        text.push('#');
        for byte in value.to_der()? {
            text.push_str(&format!("{byte:02x}"));
        }
    }
    Ok(())
}

/// Java's RFC 2253 escaping: `,=+<>#;"\` get a backslash, NUL becomes `\00`, and then leading and trailing spaces
/// (and carriage returns) get a backslash each.
fn push_escaped(text: &mut String, value: &str) {
    let mut escaped = Vec::with_capacity(value.len());
    for c in value.chars() {
        match c {
            ',' | '=' | '+' | '<' | '>' | '#' | ';' | '"' | '\\' => escaped.extend(['\\', c]),
            '\0' => escaped.extend(['\\', '0', '0']),
            c => escaped.push(c),
        }
    }
    let blank = |c: &&char| matches!(c, ' ' | '\r');
    let leading = escaped.iter().take_while(blank).count();
    let trailing_from = escaped.len() - escaped.iter().rev().take_while(blank).count();
    for (index, c) in escaped.into_iter().enumerate() {
        if index < leading || index >= trailing_from {
            text.push('\\');
        }
        text.push(c);
    }
}

/// The attribute types Java names in RFC 2253 output; all others are written as dotted OIDs.
const RFC2253_KEYWORDS: [(ObjectIdentifier, &str); 9] = [
    (ObjectIdentifier::new_unwrap("2.5.4.3"), "CN"),
    (ObjectIdentifier::new_unwrap("2.5.4.6"), "C"),
    (ObjectIdentifier::new_unwrap("2.5.4.7"), "L"),
    (ObjectIdentifier::new_unwrap("2.5.4.8"), "ST"),
    (ObjectIdentifier::new_unwrap("2.5.4.10"), "O"),
    (ObjectIdentifier::new_unwrap("2.5.4.11"), "OU"),
    (ObjectIdentifier::new_unwrap("2.5.4.9"), "STREET"),
    (ObjectIdentifier::new_unwrap("0.9.2342.19200300.100.1.25"), "DC"),
    (ObjectIdentifier::new_unwrap("0.9.2342.19200300.100.1.1"), "UID"),
];

/// The string types Java writes as text: PrintableString, T61String, IA5String, GeneralString, BMPString,
/// UTF8String. (Java reads every one of them as UTF-8 here, and so does this.)
const DIRECTORY_STRING_TAGS: [u8; 6] = [0x13, 0x14, 0x16, 0x1b, 0x1e, 0x0c];

/// A two's-complement big-endian integer in decimal, as Java's `BigInteger.toString()` writes it.
fn signed_decimal(bytes: &[u8]) -> String {
    let negative = bytes.first().is_some_and(|byte| byte & 0x80 != 0);
    let mut magnitude = bytes.to_vec();
    if negative {
        // Negate: invert every bit and add one.
        let mut carry = true;
        for byte in magnitude.iter_mut().rev() {
            let (sum, overflow) = (!*byte).overflowing_add(u8::from(carry));
            *byte = sum;
            carry = overflow;
        }
    }
    let mut digits = Vec::new();
    while magnitude.iter().any(|&byte| byte != 0) {
        let mut remainder = 0u16;
        for byte in &mut magnitude {
            let value = (remainder << 8) | u16::from(*byte);
            *byte = (value / 10) as u8;
            remainder = value % 10;
        }
        digits.push(char::from(b'0' + remainder as u8));
    }
    if digits.is_empty() {
        digits.push('0');
    }
    if negative {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_are_written_like_java_big_integers() {
        assert_eq!(signed_decimal(&[]), "0");
        assert_eq!(signed_decimal(&[0x00]), "0");
        assert_eq!(signed_decimal(&[0x7f]), "127");
        assert_eq!(signed_decimal(&[0x00, 0x80]), "128");
        assert_eq!(signed_decimal(&[0x80]), "-128");
        assert_eq!(signed_decimal(&[0xff]), "-1");
        assert_eq!(signed_decimal(&[0xff, 0x00]), "-256");
        assert_eq!(signed_decimal(&[0x69, 0xe2, 0xfe, 0xc0, 0x17, 0x0a, 0xc6, 0x7b]), "7629940819692799611");
        // 2^159 - 1, the largest 20-byte serial.
        let mut max = [0xff; 20];
        max[0] = 0x7f;
        assert_eq!(signed_decimal(&max), "730750818665451459101842416358141509827966271487");
    }

    #[test]
    fn values_are_escaped_like_java() {
        let escape = |value: &str| {
            let mut text = String::new();
            push_escaped(&mut text, value);
            text
        };
        assert_eq!(escape("Ant Financial"), "Ant Financial");
        assert_eq!(escape("a,b=c+d<e>f#g;h\"i\\j"), r#"a\,b\=c\+d\<e\>f\#g\;h\"i\\j"#);
        assert_eq!(escape(" lead and trail  "), r"\ lead and trail\ \ ");
        assert_eq!(escape("   "), r"\ \ \ ");
        assert_eq!(escape("nul\0"), r"nul\00");
        assert_eq!(escape("支付宝(中国)"), "支付宝(中国)");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn pem_boundaries_are_recognised() {
        assert_eq!(pem_boundary("-----BEGIN CERTIFICATE-----", "BEGIN"), Some("CERTIFICATE"));
        assert_eq!(pem_boundary("  -----END CERTIFICATE-----\r", "END"), Some("CERTIFICATE"));
        assert_eq!(pem_boundary("-----BEGIN CERTIFICATE-----", "END"), None);
        assert_eq!(pem_boundary("MIIB-----", "BEGIN"), None);
    }
}
