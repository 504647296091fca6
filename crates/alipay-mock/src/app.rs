//! The apps a gateway accepts: an `app_id` and the app public key that verifies its requests.

use std::fmt;
use std::sync::Arc;

use alipay_core::{KeyError, KeyGenerationError, PrivateKey, PublicKey};

/// An app the gateway accepts: its `app_id`, the app public key (应用公钥) that verifies its requests and,
/// when the gateway knows it, the app private key a client signs with.
///
/// Cheap to clone. `Debug` output shows the `app_id` only.
///
/// ```
/// let app = alipay_mock::App::generate("2021000000000001")?;
/// assert_eq!(app.app_id(), "2021000000000001");
/// // What a client needs.
/// assert!(app.private_key().unwrap().to_pkcs8_pem().starts_with("-----BEGIN PRIVATE KEY-----"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct App {
    app_id: String,
    keys: Keys,
}

/// What the gateway holds of an app's keys.
#[derive(Clone)]
enum Keys {
    /// The public key only, as the platform holds it.
    Public(Arc<PublicKey>),
    /// The private key, whose public key verifies.
    Private(Arc<PrivateKey>),
}

impl App {
    /// An app with a fresh RSA-2048 key pair.
    pub fn generate(app_id: impl Into<String>) -> Result<Self, KeyGenerationError> {
        Ok(Self { app_id: app_id.into(), keys: Keys::Private(Arc::new(PrivateKey::generate()?)) })
    }

    /// An app whose private key is given (PEM or bare base64); its public key is derived from it.
    pub fn from_private_key(app_id: impl Into<String>, private_key: &str) -> Result<Self, KeyError> {
        Ok(Self { app_id: app_id.into(), keys: Keys::Private(Arc::new(PrivateKey::from_text(private_key)?)) })
    }

    /// An app known by its public key only (PEM or bare base64), as the platform knows apps.
    pub fn from_public_key(app_id: impl Into<String>, public_key: &str) -> Result<Self, KeyError> {
        Ok(Self::with_public_key(app_id, PublicKey::from_text(public_key)?))
    }

    /// An app known by a public key already parsed (the key of its app certificate, say).
    pub fn with_public_key(app_id: impl Into<String>, public_key: PublicKey) -> Self {
        Self { app_id: app_id.into(), keys: Keys::Public(Arc::new(public_key)) }
    }

    /// The `app_id`.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The app public key that verifies the app's requests.
    pub fn public_key(&self) -> &PublicKey {
        match &self.keys {
            Keys::Public(key) => key,
            Keys::Private(key) => key.public_key(),
        }
    }

    /// The app private key, when the gateway was given or made it: what a client signs with.
    pub fn private_key(&self) -> Option<&PrivateKey> {
        match &self.keys {
            Keys::Public(_) => None,
            Keys::Private(key) => Some(key),
        }
    }
}

impl fmt::Debug for App {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("App")
            .field("app_id", &self.app_id)
            .field("has_private_key", &self.private_key().is_some())
            .finish_non_exhaustive()
    }
}
