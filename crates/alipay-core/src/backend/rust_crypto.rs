//! RSA through the pure-Rust `rsa` crate (RustCrypto).

use std::fmt;

use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey};
use rsa::traits::PublicKeyParts;
use rsa::{Pkcs1v15Sign, rand_core::OsRng};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::{Backend, WRONG_ALGORITHM};
use crate::crypto::{BadSignature, SignError, Signer, Verifier};
use crate::key::{KeyError, parse_private, parse_public};
use crate::sign_type::SignType;

/// The `rsa` crate backend.
pub(crate) struct RustCrypto;

/// The smallest modulus accepted for `RSA2`, as aws-lc-rs does, so both backends accept the same signatures.
const MIN_RSA2_BITS: usize = 2048;

fn algorithm_is_rsa(der: &[u8], oid_of: impl Fn(&[u8]) -> Option<rsa::pkcs8::ObjectIdentifier>) -> bool {
    oid_of(der).is_none_or(|oid| oid == rsa::pkcs1::ALGORITHM_OID)
}

impl Backend for RustCrypto {
    const NAME: &'static str = "rsa";
    type PrivateKey = RsaPrivateKey;
    type PublicKey = RsaPublicKey;

    fn private_from_pkcs8(der: &[u8]) -> Result<RsaPrivateKey, String> {
        if !algorithm_is_rsa(der, |der| rsa::pkcs8::PrivateKeyInfo::try_from(der).ok().map(|info| info.algorithm.oid)) {
            return Err(WRONG_ALGORITHM.to_owned());
        }
        let key = rsa::RsaPrivateKey::from_pkcs8_der(der).map_err(|error| error.to_string())?;
        RsaPrivateKey::new(key)
    }

    fn private_from_pkcs1(der: &[u8]) -> Result<RsaPrivateKey, String> {
        let key = rsa::RsaPrivateKey::from_pkcs1_der(der).map_err(|error| error.to_string())?;
        RsaPrivateKey::new(key)
    }

    fn public_from_spki(der: &[u8]) -> Result<RsaPublicKey, String> {
        if !algorithm_is_rsa(der, |der| {
            rsa::pkcs8::SubjectPublicKeyInfoRef::try_from(der).ok().map(|info| info.algorithm.oid)
        }) {
            return Err(WRONG_ALGORITHM.to_owned());
        }
        rsa::RsaPublicKey::from_public_key_der(der).map(|key| RsaPublicKey { key }).map_err(|error| error.to_string())
    }

    fn public_from_pkcs1(der: &[u8]) -> Result<RsaPublicKey, String> {
        rsa::RsaPublicKey::from_pkcs1_der(der).map(|key| RsaPublicKey { key }).map_err(|error| error.to_string())
    }
}

/// An RSA private key held by the `rsa` crate. Signs both `RSA2` and `RSA`, with blinding.
pub struct RsaPrivateKey {
    key: rsa::RsaPrivateKey,
}

impl RsaPrivateKey {
    fn new(key: rsa::RsaPrivateKey) -> Result<Self, String> {
        key.validate().map_err(|error| error.to_string())?;
        Ok(Self { key })
    }

    /// Parses PEM or bare base64, like [`PrivateKey::from_text`](crate::PrivateKey::from_text).
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        parse_private::<RustCrypto>(text).map(|(key, _)| key)
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.size() * 8
    }
}

impl Signer for RsaPrivateKey {
    fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, SignError> {
        let result = match sign_type {
            SignType::Rsa2 => {
                self.key.sign_with_rng(&mut OsRng, Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(message))
            }
            SignType::Rsa => self.key.sign_with_rng(&mut OsRng, Pkcs1v15Sign::new::<Sha1>(), &Sha1::digest(message)),
        };
        result.map_err(|_| SignError::Failed { sign_type })
    }
}

impl fmt::Debug for RsaPrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaPrivateKey").field("bits", &self.bits()).finish_non_exhaustive()
    }
}

/// An RSA public key held by the `rsa` crate.
pub struct RsaPublicKey {
    key: rsa::RsaPublicKey,
}

impl RsaPublicKey {
    /// Parses PEM or bare base64, like [`PublicKey::from_text`](crate::PublicKey::from_text).
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        parse_public::<RustCrypto>(text)
    }

    /// The size of the key's modulus, in bits.
    pub fn bits(&self) -> usize {
        self.key.size() * 8
    }
}

impl Verifier for RsaPublicKey {
    fn verify(&self, sign_type: SignType, message: &[u8], signature: &[u8]) -> Result<(), BadSignature> {
        let result = match sign_type {
            SignType::Rsa2 if self.bits() < MIN_RSA2_BITS => return Err(BadSignature),
            SignType::Rsa2 => self.key.verify(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(message), signature),
            SignType::Rsa => self.key.verify(Pkcs1v15Sign::new::<Sha1>(), &Sha1::digest(message), signature),
        };
        result.map_err(|_| BadSignature)
    }
}

impl fmt::Debug for RsaPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaPublicKey").field("bits", &self.bits()).finish_non_exhaustive()
    }
}
