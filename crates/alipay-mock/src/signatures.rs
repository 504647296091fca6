//! The signatures a platform key has made, kept by the bytes they sign.
//!
//! Answers from a spec's examples are the same bytes call after call, and an RSA PKCS#1 v1.5 signature is a
//! function of the key and the bytes alone, so the signature made once is the signature every later answer
//! needs. Keeping it makes the gateway as cheap as a server of pre-signed answers: a benchmark of a client
//! against it measures the client, not the gateway's signing. Every answer is still exactly what signing it
//! again would give.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use alipay_core::{PrivateKey, SignError, SignType, sign_base64};

/// How many distinct signatures are kept per sign type. Past it the memo starts over, so that answers that differ each time
/// (a scenario echoing a field, encrypted nodes) cannot grow it without bound.
const CAPACITY: usize = 256;

/// Signatures of one platform key, in base64, by sign type and signed bytes.
#[derive(Debug, Default)]
pub(crate) struct SignatureMemo {
    rsa2: Mutex<HashMap<Box<[u8]>, Arc<str>>>,
    rsa: Mutex<HashMap<Box<[u8]>, Arc<str>>>,
}

impl SignatureMemo {
    /// The base64 signature of `message` with `key`: the one made before for the same bytes, else a new one.
    /// `key` must be the key every earlier call was given (the memo belongs to one key).
    pub(crate) fn sign(&self, key: &PrivateKey, sign_type: SignType, message: &[u8]) -> Result<Arc<str>, SignError> {
        let made = match sign_type {
            SignType::Rsa2 => &self.rsa2,
            SignType::Rsa => &self.rsa,
        };
        if let Some(signature) = made.lock().unwrap_or_else(PoisonError::into_inner).get(message) {
            return Ok(Arc::clone(signature));
        }
        // Signed outside the lock: two calls racing on new bytes both sign, and both get the same signature.
        let signature: Arc<str> = sign_base64(key, sign_type, message)?.into();
        let mut made = made.lock().unwrap_or_else(PoisonError::into_inner);
        if made.len() >= CAPACITY {
            made.clear();
        }
        made.insert(message.into(), Arc::clone(&signature));
        Ok(signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_signature_is_the_one_signing_again_makes() {
        let key = PrivateKey::generate().unwrap();
        let memo = SignatureMemo::default();
        let first = memo.sign(&key, SignType::Rsa2, b"{\"code\":\"10000\"}").unwrap();
        let again = memo.sign(&key, SignType::Rsa2, b"{\"code\":\"10000\"}").unwrap();
        assert!(Arc::ptr_eq(&first, &again), "the second answer reuses the signature");
        assert_eq!(&*first, sign_base64(&key, SignType::Rsa2, b"{\"code\":\"10000\"}").unwrap());
        let other = memo.sign(&key, SignType::Rsa2, b"{\"code\":\"40004\"}").unwrap();
        assert_ne!(first, other, "other bytes get their own signature");
    }

    #[test]
    fn stays_within_its_capacity() {
        let key = PrivateKey::generate().unwrap();
        let memo = SignatureMemo::default();
        for n in 0..CAPACITY + 10 {
            let message = format!("{{\"n\":{n}}}");
            let signature = memo.sign(&key, SignType::Rsa2, message.as_bytes()).unwrap();
            assert_eq!(&*signature, sign_base64(&key, SignType::Rsa2, message.as_bytes()).unwrap());
        }
        assert!(memo.rsa2.lock().unwrap().len() <= CAPACITY);
    }
}
