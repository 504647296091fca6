//! The RSA implementations behind [`Signer`](crate::Signer) and [`Verifier`](crate::Verifier).
//!
//! - [`aws_lc`] (feature `aws-lc`, the default): aws-lc-rs, already in the tree through rustls; fast and
//!   constant-time. Verifies both algorithms; signs `RSA2` only (see [`aws_lc::RsaPrivateKey`]).
//! - [`rust_crypto`] (feature `pure-rust`): the pure-Rust `rsa` crate, with blinding when signing.
//!
//! [`PrivateKey`](crate::PrivateKey) and [`PublicKey`](crate::PublicKey) use aws-lc-rs when it is enabled
//! and the `rsa` crate otherwise. With both features on, both modules are available, so the two can be
//! compared (the crate's tests check that they produce identical signatures).

#[cfg(not(any(feature = "aws-lc", feature = "pure-rust")))]
compile_error!("alipay-core needs an RSA backend: enable the feature `aws-lc` (the default) or `pure-rust`");

#[cfg(feature = "aws-lc")]
pub mod aws_lc;
#[cfg(feature = "pure-rust")]
pub mod rust_crypto;

/// The detail a backend gives for a key of another algorithm (an EC key in PKCS#8, say).
pub(crate) const WRONG_ALGORITHM: &str = "WrongAlgorithm";

/// What a backend provides: key parsing from DER. Errors are short backend descriptions without key material.
pub(crate) trait Backend {
    /// The backend's name, shown in `Debug` output.
    const NAME: &'static str;
    /// Its private key type.
    type PrivateKey;
    /// Its public key type.
    type PublicKey;

    /// Parses a PKCS#8 `PrivateKeyInfo`.
    fn private_from_pkcs8(der: &[u8]) -> Result<Self::PrivateKey, String>;
    /// Parses a PKCS#1 `RSAPrivateKey`.
    fn private_from_pkcs1(der: &[u8]) -> Result<Self::PrivateKey, String>;
    /// Parses an X.509 `SubjectPublicKeyInfo`.
    fn public_from_spki(der: &[u8]) -> Result<Self::PublicKey, String>;
    /// Parses a PKCS#1 `RSAPublicKey`.
    fn public_from_pkcs1(der: &[u8]) -> Result<Self::PublicKey, String>;
}

#[cfg(feature = "aws-lc")]
pub(crate) use aws_lc::{
    AwsLc as DefaultBackend, RsaPrivateKey as DefaultPrivateKey, RsaPublicKey as DefaultPublicKey,
};
#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
pub(crate) use rust_crypto::{
    RsaPrivateKey as DefaultPrivateKey, RsaPublicKey as DefaultPublicKey, RustCrypto as DefaultBackend,
};
