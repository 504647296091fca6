//! Keys from the text a person pastes: PEM (PKCS#1 or PKCS#8 / SPKI) or the bare one-line base64 that the
//! platform's key tool produces. Parsed once, into the signing backend's own key objects.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::GeneralPurpose;
use base64::engine::{DecodePaddingMode, GeneralPurposeConfig};
use zeroize::Zeroizing;

use crate::backend::{self, Backend};
use crate::crypto::{BadSignature, SignError, Signer, Verifier};
use crate::sign_type::SignType;

/// Standard base64 that accepts the padding either present or not, as keys are pasted both ways.
const KEY_BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Which key a text was supposed to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRole {
    /// An RSA private key (the app private key, or a stand-in platform's private key).
    PrivateKey,
    /// An RSA public key (the platform public key, or an app public key).
    PublicKey,
}

impl fmt::Display for KeyRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::PrivateKey => "an RSA private key in PKCS#1 or PKCS#8 PEM, or bare base64",
            Self::PublicKey => {
                "an RSA public key in SPKI (BEGIN PUBLIC KEY) or PKCS#1 (BEGIN RSA PUBLIC KEY) PEM, or bare base64"
            }
        })
    }
}

/// A key text that cannot be used where it was given. Never contains key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected {expected}; {problem}")]
pub struct KeyError {
    /// What was expected.
    pub expected: KeyRole,
    /// What is wrong.
    pub problem: KeyProblem,
}

/// What is wrong with a key text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyProblem {
    /// Nothing but whitespace.
    #[error("the text is empty")]
    Empty,
    /// A public key where a private key belongs.
    #[error("this is a public key ({form})")]
    IsPublicKey {
        /// How it was written: `BEGIN PUBLIC KEY`, `BEGIN RSA PUBLIC KEY` or `bare base64`.
        form: &'static str,
    },
    /// A private key where a public key belongs.
    #[error(
        "this is a private key ({form}); give the public key here (and keep the private key out of configuration that \
         others can read)"
    )]
    IsPrivateKey {
        /// How it was written: `BEGIN RSA PRIVATE KEY`, `BEGIN PRIVATE KEY` or `bare base64`.
        form: &'static str,
    },
    /// A certificate.
    #[error("this is a certificate (BEGIN CERTIFICATE), not a key; certificate mode takes certificates separately")]
    IsCertificate,
    /// A password-protected private key.
    #[error(
        "this private key is encrypted; decrypt it first, e.g. `openssl pkey -in encrypted.pem -out plain.pem`, \
         and keep the plain key in a secret store"
    )]
    Encrypted,
    /// Some other PEM block.
    #[error("this is a PEM block labelled `{label}`, which is not an RSA key")]
    OtherPem {
        /// The label after `BEGIN`.
        label: String,
    },
    /// A PEM block without its `END` line.
    #[error("the PEM block `BEGIN {label}` has no `-----END {label}-----` line; the text may be cut off")]
    UnterminatedPem {
        /// The label after `BEGIN`.
        label: String,
    },
    /// Text that is neither PEM nor base64.
    #[error("the key text is neither PEM nor base64 (unexpected character at position {position} of the base64)")]
    NotBase64 {
        /// The position (in the base64 without whitespace) of the first offending character.
        position: usize,
    },
    /// A key of another algorithm.
    #[error("the key is not an RSA key (the platform signs with RSA only)")]
    NotRsa,
    /// Base64 that decodes to no valid key.
    #[error("the bytes are not a valid {form} ({detail}); the text may be cut off or mixed up with another value")]
    Invalid {
        /// The encoding tried.
        form: &'static str,
        /// What the backend said.
        detail: String,
    },
}

/// The decoded bytes of a private key, zeroed on drop.
#[cfg_attr(not(all(feature = "aws-lc", feature = "pure-rust")), allow(dead_code))]
pub(crate) enum PrivateDer {
    /// PKCS#1 `RSAPrivateKey`.
    Pkcs1(Zeroizing<Vec<u8>>),
    /// PKCS#8 `PrivateKeyInfo`.
    Pkcs8(Zeroizing<Vec<u8>>),
}

/// A key text split into its PEM label (if any) and decoded bytes.
struct KeyText {
    label: Option<String>,
    der: Zeroizing<Vec<u8>>,
}

fn decode_text(text: &str) -> Result<KeyText, KeyProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(KeyProblem::Empty);
    }
    let (label, body) = match text.find("-----BEGIN ") {
        Some(start) => {
            let after = &text[start + "-----BEGIN ".len()..];
            let label_end = after.find("-----").ok_or(KeyProblem::UnterminatedPem { label: after.to_owned() })?;
            let label = after[..label_end].trim().to_owned();
            let rest = &after[label_end + "-----".len()..];
            let end_marker = format!("-----END {label}-----");
            let body_end = rest.find(&end_marker).ok_or_else(|| KeyProblem::UnterminatedPem { label: label.clone() })?;
            let body = &rest[..body_end];
            // RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: ...`) only appear in encrypted PKCS#1.
            if body.contains("Proc-Type:") || body.contains("DEK-Info:") {
                return Err(KeyProblem::Encrypted);
            }
            (Some(label), body)
        }
        None => (None, text),
    };
    // Keys copied from environment variables or JSON often carry literal `\n`; `\` is not base64, so
    // dropping those escapes never changes a valid key.
    let compact: Zeroizing<String> = Zeroizing::new(
        body.replace("\\n", "").replace("\\r", "").chars().filter(|c| !c.is_whitespace()).collect(),
    );
    let der = KEY_BASE64.decode(compact.as_bytes()).map_err(|error| {
        let position = match error {
            base64::DecodeError::InvalidByte(position, _) | base64::DecodeError::InvalidLastSymbol(position, _) => {
                position
            }
            _ => compact.len(),
        };
        KeyProblem::NotBase64 { position }
    })?;
    Ok(KeyText { label, der: Zeroizing::new(der) })
}

fn backend_problem(form: &'static str, detail: String) -> KeyProblem {
    if detail == backend::WRONG_ALGORITHM { KeyProblem::NotRsa } else { KeyProblem::Invalid { form, detail } }
}

/// Parses a private key text with backend `B`, returning the key and its decoded bytes.
pub(crate) fn parse_private<B: Backend>(text: &str) -> Result<(B::PrivateKey, PrivateDer), KeyError> {
    let fail = |problem| KeyError { expected: KeyRole::PrivateKey, problem };
    let KeyText { label, der } = decode_text(text).map_err(fail)?;
    match label.as_deref() {
        Some("RSA PRIVATE KEY") => B::private_from_pkcs1(&der)
            .map(|key| (key, PrivateDer::Pkcs1(der)))
            .map_err(|detail| fail(backend_problem("PKCS#1 RSA private key", detail))),
        Some("PRIVATE KEY") => B::private_from_pkcs8(&der)
            .map(|key| (key, PrivateDer::Pkcs8(der)))
            .map_err(|detail| fail(backend_problem("PKCS#8 private key", detail))),
        Some("ENCRYPTED PRIVATE KEY") => Err(fail(KeyProblem::Encrypted)),
        Some("PUBLIC KEY") => Err(fail(KeyProblem::IsPublicKey { form: "BEGIN PUBLIC KEY" })),
        Some("RSA PUBLIC KEY") => Err(fail(KeyProblem::IsPublicKey { form: "BEGIN RSA PUBLIC KEY" })),
        Some("CERTIFICATE") => Err(fail(KeyProblem::IsCertificate)),
        Some(other) => Err(fail(KeyProblem::OtherPem { label: other.to_owned() })),
        None => {
            let pkcs8 = match B::private_from_pkcs8(&der) {
                Ok(key) => return Ok((key, PrivateDer::Pkcs8(der))),
                Err(detail) => detail,
            };
            if let Ok(key) = B::private_from_pkcs1(&der) {
                return Ok((key, PrivateDer::Pkcs1(der)));
            }
            if B::public_from_spki(&der).is_ok() || B::public_from_pkcs1(&der).is_ok() {
                return Err(fail(KeyProblem::IsPublicKey { form: "bare base64" }));
            }
            Err(fail(backend_problem("PKCS#8 or PKCS#1 RSA private key", pkcs8)))
        }
    }
}

/// Parses a public key text with backend `B`.
pub(crate) fn parse_public<B: Backend>(text: &str) -> Result<B::PublicKey, KeyError> {
    let fail = |problem| KeyError { expected: KeyRole::PublicKey, problem };
    let KeyText { label, der } = decode_text(text).map_err(fail)?;
    match label.as_deref() {
        Some("PUBLIC KEY") => {
            B::public_from_spki(&der).map_err(|detail| fail(backend_problem("SPKI public key", detail)))
        }
        Some("RSA PUBLIC KEY") => {
            B::public_from_pkcs1(&der).map_err(|detail| fail(backend_problem("PKCS#1 RSA public key", detail)))
        }
        Some("RSA PRIVATE KEY") => Err(fail(KeyProblem::IsPrivateKey { form: "BEGIN RSA PRIVATE KEY" })),
        Some("PRIVATE KEY") => Err(fail(KeyProblem::IsPrivateKey { form: "BEGIN PRIVATE KEY" })),
        Some("ENCRYPTED PRIVATE KEY") => Err(fail(KeyProblem::IsPrivateKey { form: "BEGIN ENCRYPTED PRIVATE KEY" })),
        Some("CERTIFICATE") => Err(fail(KeyProblem::IsCertificate)),
        Some(other) => Err(fail(KeyProblem::OtherPem { label: other.to_owned() })),
        None => {
            let spki = match B::public_from_spki(&der) {
                Ok(key) => return Ok(key),
                Err(detail) => detail,
            };
            if let Ok(key) = B::public_from_pkcs1(&der) {
                return Ok(key);
            }
            if B::private_from_pkcs8(&der).is_ok() || B::private_from_pkcs1(&der).is_ok() {
                return Err(fail(KeyProblem::IsPrivateKey { form: "bare base64" }));
            }
            Err(fail(backend_problem("SPKI or PKCS#1 RSA public key", spki)))
        }
    }
}

/// An RSA private key, parsed once into the signing backend's key object.
///
/// Built from PEM (`BEGIN RSA PRIVATE KEY` or `BEGIN PRIVATE KEY`) or the bare base64 the platform's key
/// tool produces. Its `Debug` output names the backend and the key size, never key material.
///
/// With the `aws-lc` feature the key signs through aws-lc-rs. aws-lc-rs's public API signs PKCS#1 v1.5
/// only with SHA-256 or stronger digests, so `RSA` (SHA1withRSA) signatures are made with the `rsa` crate
/// when the `pure-rust` feature is also enabled, and are refused with [`SignError::Unsupported`] (when a
/// client is built) when it is not.
pub struct PrivateKey {
    key: backend::DefaultPrivateKey,
    #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
    sha1_key: Option<backend::rust_crypto::RsaPrivateKey>,
}

impl PrivateKey {
    /// Parses PEM or bare base64 (DER of PKCS#8 or PKCS#1).
    ///
    /// ```
    /// # let pem = include_str!("../tests/data/app_private_pkcs1.pem");
    /// let key = alipay_core::PrivateKey::from_text(pem)?;
    /// assert!(format!("{key:?}").contains("bits: 2048"));
    ///
    /// // A public key where the private key belongs says so.
    /// # let public_pem = include_str!("../tests/data/app_public.pem");
    /// let error = alipay_core::PrivateKey::from_text(public_pem).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "expected an RSA private key in PKCS#1 or PKCS#8 PEM, or bare base64; this is a public key (BEGIN PUBLIC KEY)"
    /// );
    /// # Ok::<(), alipay_core::KeyError>(())
    /// ```
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        let (key, _der) = parse_private::<backend::DefaultBackend>(text)?;
        Ok(Self {
            key,
            #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
            sha1_key: {
                use backend::rust_crypto::RustCrypto;
                match &_der {
                    PrivateDer::Pkcs1(der) => RustCrypto::private_from_pkcs1(der).ok(),
                    PrivateDer::Pkcs8(der) => RustCrypto::private_from_pkcs8(der).ok(),
                }
            },
        })
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.bits()
    }
}

impl Signer for PrivateKey {
    fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, SignError> {
        #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
        if sign_type == SignType::Rsa {
            if let Some(key) = &self.sha1_key {
                return key.sign(sign_type, message);
            }
        }
        self.key.sign(sign_type, message)
    }

    fn supports(&self, sign_type: SignType) -> Result<(), SignError> {
        #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
        if sign_type == SignType::Rsa && self.sha1_key.is_some() {
            return Ok(());
        }
        self.key.supports(sign_type)
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("backend", &backend::DefaultBackend::NAME)
            .field("bits", &self.bits())
            .finish_non_exhaustive()
    }
}

/// An RSA public key, parsed once into the verifying backend's key object.
///
/// Built from PEM (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`) or bare base64 (DER of either).
pub struct PublicKey {
    key: backend::DefaultPublicKey,
}

impl PublicKey {
    /// Parses PEM or bare base64 (DER of SPKI or PKCS#1).
    ///
    /// ```
    /// # let pem = include_str!("../tests/data/alipay_public.pem");
    /// let key = alipay_core::PublicKey::from_text(pem)?;
    /// assert_eq!(key.bits(), 2048);
    /// # Ok::<(), alipay_core::KeyError>(())
    /// ```
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        parse_public::<backend::DefaultBackend>(text).map(|key| Self { key })
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.bits()
    }
}

impl Verifier for PublicKey {
    fn verify(&self, sign_type: SignType, message: &[u8], signature: &[u8]) -> Result<(), BadSignature> {
        self.key.verify(sign_type, message, signature)
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey")
            .field("backend", &backend::DefaultBackend::NAME)
            .field("bits", &self.bits())
            .finish_non_exhaustive()
    }
}
