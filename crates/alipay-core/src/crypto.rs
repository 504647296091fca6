//! Signing and verifying bytes: the two small traits every key implements, and their errors.
//!
//! The built-in keys ([`PrivateKey`](crate::PrivateKey), [`PublicKey`](crate::PublicKey)) implement them
//! with the backend the crate was built with; a key held in an HSM or a cloud KMS can implement [`Signer`]
//! itself and be handed to [`ClientBuilder::signer`](crate::ClientBuilder::signer).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::sign_type::SignType;

/// Something that makes RSA PKCS#1 v1.5 signatures with the app private key (应用私钥).
pub trait Signer: Send + Sync {
    /// Signs `message` (the bytes of a string to sign, in the request's charset) with `sign_type`'s digest.
    fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, SignError>;

    /// Whether [`Signer::sign`] can sign with `sign_type`; checked once, when a client is built.
    fn supports(&self, sign_type: SignType) -> Result<(), SignError> {
        let _ = sign_type;
        Ok(())
    }
}

/// Something that checks RSA PKCS#1 v1.5 signatures with a public key (the platform's, or an app's).
pub trait Verifier: Send + Sync {
    /// Checks that `signature` (raw bytes, not base64) signs `message` with `sign_type`'s digest.
    fn verify(&self, sign_type: SignType, message: &[u8], signature: &[u8]) -> Result<(), BadSignature>;
}

/// A signature that does not match the message and key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the signature does not match the message and public key")]
pub struct BadSignature;

/// Signing failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// The key or backend cannot sign with this algorithm.
    #[error("cannot sign with {sign_type} ({algorithm}): {reason}", algorithm = sign_type.algorithm())]
    Unsupported {
        /// The algorithm asked for.
        sign_type: SignType,
        /// Why, and what to do.
        reason: &'static str,
    },
    /// The backend failed to sign (it says no more than that).
    #[error("the signing backend failed to sign with {sign_type}")]
    Failed {
        /// The algorithm asked for.
        sign_type: SignType,
    },
}

/// Signs `message` and returns the signature in base64, as the `sign` parameter carries it.
pub fn sign_base64(signer: &dyn Signer, sign_type: SignType, message: &[u8]) -> Result<String, SignError> {
    signer.sign(sign_type, message).map(|signature| STANDARD.encode(signature))
}

/// Checks a base64 `sign` value over `message`.
///
/// Whitespace inside the base64 (a wrapped value) is tolerated; anything else that is not base64 is a
/// [`SignatureError::Malformed`].
pub fn verify_base64(
    verifier: &dyn Verifier,
    sign_type: SignType,
    message: &[u8],
    sign: &str,
) -> Result<(), SignatureError> {
    let signature = decode_sign(sign)?;
    verifier.verify(sign_type, message, &signature).map_err(|BadSignature| SignatureError::Mismatch { sign_type })
}

pub(crate) fn decode_sign(sign: &str) -> Result<Vec<u8>, SignatureError> {
    decode_base64_lenient(sign).map_err(|_| SignatureError::Malformed)
}

/// Decodes standard base64, skipping ASCII whitespace (a wrapped value), copying the text only when it holds some.
pub(crate) fn decode_base64_lenient(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    if text.bytes().any(|byte| byte.is_ascii_whitespace()) {
        let compact: Vec<u8> = text.bytes().filter(|byte| !byte.is_ascii_whitespace()).collect();
        STANDARD.decode(compact)
    } else {
        STANDARD.decode(text)
    }
}

/// A signed message that does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// There is no `sign` to check.
    #[error("the message carries no `sign`; it cannot be verified")]
    Missing,
    /// The `sign` value is not base64.
    #[error("the `sign` value is not valid base64")]
    Malformed,
    /// The signature does not match.
    #[error(
        "the {sign_type} signature does not verify: check that the configured public key is the right one \
         (responses and notifications are signed with the Alipay public key (支付宝公钥) of this app, not the app's \
         own public key) and that the app's sign type is {sign_type}"
    )]
    Mismatch {
        /// The algorithm checked.
        sign_type: SignType,
    },
}
