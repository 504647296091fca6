//! Keys from the text a person pastes: PEM (PKCS#1 or PKCS#8 / SPKI) or the bare one-line base64 that the
//! platform's key tool produces. Parsed once, into the signing backend's own key objects.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, STANDARD};
use base64::engine::{DecodePaddingMode, GeneralPurposeConfig};
use x509_cert::der::asn1::{AnyRef, BitStringRef, ObjectIdentifier, OctetStringRef, UintRef};
use x509_cert::der::{Decode, Encode, Header, Length, Reader, SliceReader, Tag};
use x509_cert::spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};
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

/// Generating a key failed (the backend's random source or key generation failed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot generate an RSA key: {0}")]
pub struct KeyGenerationError(String);

/// The decoded bytes of a private key, zeroed on drop.
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
            let body_end =
                rest.find(&end_marker).ok_or_else(|| KeyProblem::UnterminatedPem { label: label.clone() })?;
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
    let compact: Zeroizing<String> =
        Zeroizing::new(body.replace("\\n", "").replace("\\r", "").chars().filter(|c| !c.is_whitespace()).collect());
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
    /// The key's bytes as given, for [`PrivateKey::to_pkcs8_pem`] and the other exports.
    der: PrivateDer,
    /// Its public key, and that key's `SubjectPublicKeyInfo` DER.
    public: PublicKey,
    spki: Vec<u8>,
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
        let (key, der) = parse_private::<backend::DefaultBackend>(text)?;
        Self::assemble(key, der)
    }

    /// Generates a fresh 2048-bit RSA key with the signing backend, for a new app (the CLI's `keygen`) or a
    /// stand-in gateway.
    ///
    /// ```
    /// let key = alipay_core::PrivateKey::generate()?;
    /// assert_eq!(key.bits(), 2048);
    ///
    /// // The forms the open platform's key tool hands out, and the public key to upload.
    /// let pem = key.to_pkcs8_pem();
    /// assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    /// assert!(key.to_pkcs1_pem().starts_with("-----BEGIN RSA PRIVATE KEY-----\n"));
    /// assert!(key.public_key_pem().starts_with("-----BEGIN PUBLIC KEY-----\n"));
    ///
    /// // Every export reads back as the same key.
    /// let again = alipay_core::PrivateKey::from_text(&key.to_pkcs1_base64())?;
    /// assert_eq!(again.public_key_base64(), key.public_key_base64());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn generate() -> Result<Self, KeyGenerationError> {
        let pkcs8 = generate_pkcs8().map_err(KeyGenerationError)?;
        let key = <backend::DefaultBackend as Backend>::private_from_pkcs8(&pkcs8).map_err(KeyGenerationError)?;
        Self::assemble(key, PrivateDer::Pkcs8(pkcs8)).map_err(|error| KeyGenerationError(error.problem.to_string()))
    }

    /// Completes a parsed key with what its exports need.
    fn assemble(key: backend::DefaultPrivateKey, der: PrivateDer) -> Result<Self, KeyError> {
        let fail = |detail: x509_cert::der::Error| KeyError {
            expected: KeyRole::PrivateKey,
            problem: KeyProblem::Invalid { form: "RSA private key", detail: detail.to_string() },
        };
        let spki = spki_of(pkcs1_of(&der).map_err(fail)?).map_err(fail)?;
        let public = PublicKey {
            key: <backend::DefaultBackend as Backend>::public_from_spki(&spki).map_err(|detail| KeyError {
                expected: KeyRole::PrivateKey,
                problem: backend_problem("RSA public key", detail),
            })?,
        };
        Ok(Self {
            key,
            #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
            sha1_key: {
                use backend::rust_crypto::RustCrypto;
                match &der {
                    PrivateDer::Pkcs1(der) => RustCrypto::private_from_pkcs1(der).ok(),
                    PrivateDer::Pkcs8(der) => RustCrypto::private_from_pkcs8(der).ok(),
                }
            },
            der,
            public,
            spki,
        })
    }

    /// The public key of this key: what the open platform holds to verify its signatures.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The public key as `BEGIN PUBLIC KEY` PEM (X.509 `SubjectPublicKeyInfo`).
    pub fn public_key_pem(&self) -> String {
        pem("PUBLIC KEY", &self.spki)
    }

    /// The public key as one line of base64, the form the open platform's console takes (应用公钥).
    pub fn public_key_base64(&self) -> String {
        STANDARD.encode(&self.spki)
    }

    /// The key as `BEGIN PRIVATE KEY` PEM (PKCS#8), the form Java reads. A secret: zeroed when dropped.
    pub fn to_pkcs8_pem(&self) -> Zeroizing<String> {
        Zeroizing::new(pem("PRIVATE KEY", &self.pkcs8_der()))
    }

    /// The key as `BEGIN RSA PRIVATE KEY` PEM (PKCS#1). A secret: zeroed when dropped.
    pub fn to_pkcs1_pem(&self) -> Zeroizing<String> {
        Zeroizing::new(pem("RSA PRIVATE KEY", &self.pkcs1_der()))
    }

    /// The PKCS#8 key as one line of base64, as the key tool writes it for Java (PKCS8). A secret.
    pub fn to_pkcs8_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(self.pkcs8_der().as_slice()))
    }

    /// The PKCS#1 key as one line of base64, as the key tool writes it for other languages (PKCS1). A secret.
    pub fn to_pkcs1_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(self.pkcs1_der().as_slice()))
    }

    /// The PKCS#8 `PrivateKeyInfo` DER.
    fn pkcs8_der(&self) -> Zeroizing<Vec<u8>> {
        match &self.der {
            PrivateDer::Pkcs8(der) => der.clone(),
            // The PKCS#1 bytes were read when the key was parsed, so they wrap.
            PrivateDer::Pkcs1(der) => pkcs8_from_pkcs1(der).unwrap_or_default(),
        }
    }

    /// The PKCS#1 `RSAPrivateKey` DER.
    fn pkcs1_der(&self) -> Zeroizing<Vec<u8>> {
        // The PKCS#8 wrapper was read when the key was parsed.
        pkcs1_of(&self.der).map(|der| Zeroizing::new(der.to_vec())).unwrap_or_default()
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.bits()
    }
}

impl Signer for PrivateKey {
    fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, SignError> {
        #[cfg(all(feature = "aws-lc", feature = "pure-rust"))]
        if sign_type == SignType::Rsa
            && let Some(key) = &self.sha1_key
        {
            return key.sign(sign_type, message);
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

    /// Reads the DER of an X.509 `SubjectPublicKeyInfo`: the key a certificate holds
    /// ([`Certificate::rsa_public_key_der`](crate::cert::Certificate::rsa_public_key_der)).
    ///
    /// ```
    /// use alipay_core::PublicKey;
    /// use alipay_core::cert::Certificate;
    ///
    /// # let pem = include_str!("../tests/data/certs/test-pki/client-app.pem");
    /// let certificate = Certificate::from_pem(pem)?;
    /// let key = PublicKey::from_spki_der(certificate.rsa_public_key_der()?)?;
    /// assert_eq!(key.bits(), 2048);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_spki_der(der: &[u8]) -> Result<Self, KeyError> {
        <backend::DefaultBackend as Backend>::public_from_spki(der).map(|key| Self { key }).map_err(|detail| KeyError {
            expected: KeyRole::PublicKey,
            problem: backend_problem("SPKI public key", detail),
        })
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

/// A fresh 2048-bit key's PKCS#8 DER, from aws-lc-rs.
#[cfg(feature = "aws-lc")]
fn generate_pkcs8() -> Result<Zeroizing<Vec<u8>>, String> {
    use aws_lc_rs::encoding::AsDer as _;
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
        .map_err(|_| "aws-lc-rs failed to generate the key".to_owned())?;
    let der = pair.as_der().map_err(|_| "aws-lc-rs failed to encode the key".to_owned())?;
    Ok(Zeroizing::new(der.as_ref().to_vec()))
}

/// A fresh 2048-bit key's PKCS#8 DER, from the `rsa` crate.
#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
fn generate_pkcs8() -> Result<Zeroizing<Vec<u8>>, String> {
    use rsa::pkcs8::EncodePrivateKey as _;
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).map_err(|error| error.to_string())?;
    let der = key.to_pkcs8_der().map_err(|error| error.to_string())?;
    Ok(Zeroizing::new(der.as_bytes().to_vec()))
}

/// `rsaEncryption`, the algorithm of RSA keys in PKCS#8 and SPKI.
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// The `AlgorithmIdentifier` of RSA keys: `rsaEncryption` with `NULL` parameters.
const RSA_ALGORITHM: AlgorithmIdentifierRef<'static> =
    AlgorithmIdentifierRef { oid: RSA_ENCRYPTION, parameters: Some(AnyRef::NULL) };

/// The PKCS#1 `RSAPrivateKey` inside a key's bytes.
fn pkcs1_of(der: &PrivateDer) -> x509_cert::der::Result<&[u8]> {
    match der {
        PrivateDer::Pkcs1(der) => Ok(der),
        PrivateDer::Pkcs8(der) => {
            // PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm, privateKey OCTET STRING, ... }
            let mut reader = SliceReader::new(der)?;
            let key = reader.sequence(|info| {
                let _version = u8::decode(info)?;
                let algorithm = AlgorithmIdentifierRef::decode(info)?;
                if algorithm.oid != RSA_ENCRYPTION {
                    return Err(Tag::ObjectIdentifier.value_error());
                }
                let key = OctetStringRef::decode(info)?;
                // Optional attributes and public key (PKCS#8 v2) are not needed.
                let rest = info.remaining_len();
                info.read_slice(rest)?;
                Ok(key.as_bytes())
            })?;
            reader.finish(key)
        }
    }
}

/// Wraps a PKCS#1 `RSAPrivateKey` into a PKCS#8 `PrivateKeyInfo`.
fn pkcs8_from_pkcs1(pkcs1: &[u8]) -> x509_cert::der::Result<Zeroizing<Vec<u8>>> {
    let key = OctetStringRef::new(pkcs1)?;
    let mut out = Zeroizing::new(Vec::with_capacity(pkcs1.len() + 32));
    let length = (0u8.encoded_len()? + RSA_ALGORITHM.encoded_len()? + key.encoded_len()?)?;
    Header::new(Tag::Sequence, length)?.encode_to_vec(&mut out)?;
    0u8.encode_to_vec(&mut out)?;
    RSA_ALGORITHM.encode_to_vec(&mut out)?;
    key.encode_to_vec(&mut out)?;
    Ok(out)
}

/// The `SubjectPublicKeyInfo` DER of a PKCS#1 `RSAPrivateKey`: its modulus and public exponent.
fn spki_of(pkcs1: &[u8]) -> x509_cert::der::Result<Vec<u8>> {
    // RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent, privateExponent, ... }
    let mut reader = SliceReader::new(pkcs1)?;
    let (modulus, exponent) = reader.sequence(|key| {
        let _version = u8::decode(key)?;
        let modulus = UintRef::decode(key)?;
        let exponent = UintRef::decode(key)?;
        let rest = key.remaining_len();
        key.read_slice(rest)?;
        Ok((modulus, exponent))
    })?;
    let (modulus, exponent) = reader.finish((modulus, exponent))?;
    // RSAPublicKey ::= SEQUENCE { modulus, publicExponent }
    let mut public = Vec::with_capacity(pkcs1.len() / 4);
    let length: Length = (modulus.encoded_len()? + exponent.encoded_len()?)?;
    Header::new(Tag::Sequence, length)?.encode_to_vec(&mut public)?;
    modulus.encode_to_vec(&mut public)?;
    exponent.encode_to_vec(&mut public)?;
    SubjectPublicKeyInfoRef { algorithm: RSA_ALGORITHM, subject_public_key: BitStringRef::from_bytes(&public)? }
        .to_der()
}

/// PEM text: the base64 of `der` in lines of 64 characters between `BEGIN` and `END` lines.
fn pem(label: &str, der: &[u8]) -> String {
    let body = Zeroizing::new(STANDARD.encode(der));
    let mut out = String::with_capacity(body.len() + body.len() / 64 + 2 * label.len() + 40);
    out.push_str("-----BEGIN ");
    out.push_str(label);
    out.push_str("-----\n");
    // Base64 is ASCII, so every 64-byte chunk is whole characters.
    for line in body.as_bytes().chunks(64) {
        out.extend(line.iter().map(|&byte| char::from(byte)));
        out.push('\n');
    }
    out.push_str("-----END ");
    out.push_str(label);
    out.push_str("-----\n");
    out
}

#[cfg(test)]
mod export_tests {
    use super::*;

    const PKCS1: &str = include_str!("../tests/data/app_private_pkcs1.pem");
    const PKCS8: &str = include_str!("../tests/data/app_private_pkcs8.pem");
    const PUBLIC: &str = include_str!("../tests/data/app_public.pem");

    /// The PEM files of the fixtures use the same layout as [`pem`], so exports match them byte for byte
    /// (up to line endings).
    fn normalised(text: &str) -> String {
        text.replace("\r\n", "\n").trim().to_owned()
    }

    #[test]
    fn exports_reproduce_the_fixture_files() {
        for text in [PKCS1, PKCS8] {
            let key = PrivateKey::from_text(text).unwrap();
            assert_eq!(normalised(&key.to_pkcs1_pem()), normalised(PKCS1));
            assert_eq!(normalised(&key.to_pkcs8_pem()), normalised(PKCS8));
            assert_eq!(normalised(&key.public_key_pem()), normalised(PUBLIC));
        }
    }

    #[test]
    fn the_public_key_verifies_the_private_keys_signatures() {
        let key = PrivateKey::from_text(PKCS1).unwrap();
        let signature = key.sign(SignType::Rsa2, b"message").unwrap();
        key.public_key().verify(SignType::Rsa2, b"message", &signature).unwrap();
        assert_eq!(key.public_key().bits(), 2048);
    }

    #[test]
    fn generated_keys_are_distinct_and_read_back_in_every_form() {
        let first = PrivateKey::generate().unwrap();
        let second = PrivateKey::generate().unwrap();
        assert_ne!(first.public_key_base64(), second.public_key_base64());
        for text in [first.to_pkcs8_pem(), first.to_pkcs1_pem(), first.to_pkcs8_base64(), first.to_pkcs1_base64()] {
            let again = PrivateKey::from_text(&text).unwrap();
            assert_eq!(again.public_key_pem(), first.public_key_pem());
        }
        let public = PublicKey::from_text(&first.public_key_base64()).unwrap();
        let signature = first.sign(SignType::Rsa2, b"x").unwrap();
        public.verify(SignType::Rsa2, b"x", &signature).unwrap();
        assert!(!format!("{first:?}").contains(&first.to_pkcs8_base64()[..20]));
    }
}
