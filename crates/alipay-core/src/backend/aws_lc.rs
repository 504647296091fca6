//! RSA through aws-lc-rs.

use std::fmt;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    ParsedPublicKey, RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256,
    RsaKeyPair,
};

use super::Backend;
use crate::crypto::{BadSignature, SignError, Signer, Verifier};
use crate::key::{KeyError, parse_private, parse_public};
use crate::sign_type::SignType;

/// The aws-lc-rs backend.
pub(crate) struct AwsLc;

fn describe(error: aws_lc_rs::error::KeyRejected) -> String {
    error.description_().to_owned()
}

impl Backend for AwsLc {
    const NAME: &'static str = "aws-lc-rs";
    type PrivateKey = RsaPrivateKey;
    type PublicKey = RsaPublicKey;

    fn private_from_pkcs8(der: &[u8]) -> Result<RsaPrivateKey, String> {
        RsaKeyPair::from_pkcs8(der).map(|key| RsaPrivateKey { key }).map_err(describe)
    }

    fn private_from_pkcs1(der: &[u8]) -> Result<RsaPrivateKey, String> {
        RsaKeyPair::from_der(der).map(|key| RsaPrivateKey { key }).map_err(describe)
    }

    fn public_from_spki(der: &[u8]) -> Result<RsaPublicKey, String> {
        RsaPublicKey::from_der(der)
    }

    fn public_from_pkcs1(der: &[u8]) -> Result<RsaPublicKey, String> {
        RsaPublicKey::from_der(der)
    }
}

/// An RSA private key held by aws-lc-rs.
///
/// Signs `RSA2` (SHA256withRSA). aws-lc-rs exposes PKCS#1 v1.5 signing only with SHA-256, SHA-384 and
/// SHA-512 (`RSA_PKCS1_SHA256` ...; SHA-1 exists there for verification only, and its lower-level
/// interface is the unsafe C API, which this crate does not use), so `RSA` (SHA1withRSA) returns
/// [`SignError::Unsupported`]. [`PrivateKey`](crate::PrivateKey) signs SHA1withRSA with the `rsa` crate
/// when the `pure-rust` feature is enabled as well.
pub struct RsaPrivateKey {
    key: RsaKeyPair,
}

impl RsaPrivateKey {
    /// Parses PEM or bare base64, like [`PrivateKey::from_text`](crate::PrivateKey::from_text).
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        parse_private::<AwsLc>(text).map(|(key, _)| key)
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.public_modulus_len() * 8
    }
}

impl Signer for RsaPrivateKey {
    fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, SignError> {
        self.supports(sign_type)?;
        let mut signature = vec![0; self.key.public_modulus_len()];
        self.key
            .sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), message, &mut signature)
            .map_err(|_| SignError::Failed { sign_type })?;
        Ok(signature)
    }

    fn supports(&self, sign_type: SignType) -> Result<(), SignError> {
        match sign_type {
            SignType::Rsa2 => Ok(()),
            SignType::Rsa => Err(SignError::Unsupported {
                sign_type,
                reason: "aws-lc-rs signs PKCS#1 v1.5 only with SHA-256 or stronger; enable the `pure-rust` feature \
                         to sign SHA1withRSA with the `rsa` crate, or switch the app to RSA2 on the open platform",
            }),
        }
    }
}

impl fmt::Debug for RsaPrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaPrivateKey").field("bits", &self.bits()).finish_non_exhaustive()
    }
}

/// An RSA public key held by aws-lc-rs, parsed once for each digest.
pub struct RsaPublicKey {
    sha256: ParsedPublicKey,
    sha1: ParsedPublicKey,
    bits: usize,
}

impl RsaPublicKey {
    /// Parses PEM or bare base64, like [`PublicKey::from_text`](crate::PublicKey::from_text).
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        parse_public::<AwsLc>(text)
    }

    /// Parses DER of an SPKI or PKCS#1 public key.
    fn from_der(der: &[u8]) -> Result<Self, String> {
        let bits = aws_lc_rs::rsa::PublicKey::from_der(der).map_err(describe)?.modulus_len() * 8;
        let sha256 = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, der).map_err(describe)?;
        let sha1 = ParsedPublicKey::new(&RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY, der).map_err(describe)?;
        Ok(Self { sha256, sha1, bits })
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }
}

impl Verifier for RsaPublicKey {
    fn verify(&self, sign_type: SignType, message: &[u8], signature: &[u8]) -> Result<(), BadSignature> {
        let key = match sign_type {
            SignType::Rsa2 => &self.sha256,
            SignType::Rsa => &self.sha1,
        };
        key.verify_sig(message, signature).map_err(|_| BadSignature)
    }
}

impl fmt::Debug for RsaPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaPublicKey").field("bits", &self.bits).finish_non_exhaustive()
    }
}
