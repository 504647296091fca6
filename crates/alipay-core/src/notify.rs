//! Asynchronous notifications (异步通知): the form the platform posts to `notify_url`, and its signature.

use std::borrow::Cow;

use crate::charset::{Charset, CharsetError};
use crate::crypto::{self, SignatureError, Verifier};
use crate::sign_string::sign_string;
use crate::sign_type::SignType;

/// The parameters of a notification, decoded once.
///
/// Two rules exist for the signed string: `v1` (payment notifications) leaves out `sign` and `sign_type`;
/// `v2` (other gateway messages) leaves out only `sign`.
///
/// ```
/// use alipay_core::{Notification, PublicKey, SignType};
///
/// # let alipay_public_key = PublicKey::from_text(include_str!("../tests/data/alipay_public.pem"))?;
/// # let body = include_bytes!("../tests/data/notify_body.txt");
/// let notification = Notification::from_form_body(body)?;
/// notification.verify_v1(&alipay_public_key, SignType::Rsa2)?;
/// assert_eq!(notification.get("trade_status"), Some("TRADE_SUCCESS"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    params: Vec<(String, String)>,
}

impl Notification {
    /// Decodes an `application/x-www-form-urlencoded` body: `+` is a space, `%XX` a byte, and the bytes
    /// are text in the body's own `charset` parameter (UTF-8 when absent). A parameter given twice is
    /// refused, since only one of the two copies can be what was signed.
    pub fn from_form_body(body: &[u8]) -> Result<Self, NotificationError> {
        let raw: Vec<FormPair<'_>> = body
            .split(|byte| *byte == b'&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = match pair.iter().position(|byte| *byte == b'=') {
                    Some(index) => (&pair[..index], &pair[index + 1..]),
                    None => (pair, &[][..]),
                };
                (percent_decode(name), percent_decode(value))
            })
            .collect();
        let charset = match raw.iter().find(|(name, _)| name.as_ref() == b"charset") {
            Some((_, value)) => {
                let text = String::from_utf8_lossy(value);
                text.parse::<Charset>().map_err(|_| NotificationError::UnknownCharset(text.into_owned()))?
            }
            None => Charset::Utf8,
        };
        let mut params = Vec::with_capacity(raw.len());
        for (name, value) in &raw {
            let name = charset.decode(name).map_err(NotificationError::Charset)?.into_owned();
            let value = charset.decode(value).map_err(NotificationError::Charset)?.into_owned();
            params.push((name, value));
        }
        Self::from_pairs(params)
    }

    /// Wraps parameters already decoded by a web framework (e.g. axum's `Form<Vec<(String, String)>>`).
    /// A parameter given twice is refused.
    pub fn from_pairs<I, K, V>(pairs: I) -> Result<Self, NotificationError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let params: Vec<(String, String)> = pairs.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        for (index, (name, _)) in params.iter().enumerate() {
            if params[..index].iter().any(|(earlier, _)| earlier == name) {
                return Err(NotificationError::DuplicateParam(name.clone()));
            }
        }
        Ok(Self { params })
    }

    /// The value of a parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// Every parameter, in the order received.
    pub fn params(&self) -> impl Iterator<Item = (&str, &str)> {
        self.params.iter().map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// The notification's charset (its `charset` parameter; UTF-8 when absent).
    pub fn charset(&self) -> Result<Charset, NotificationError> {
        match self.get("charset") {
            Some(text) => text.parse().map_err(|_| NotificationError::UnknownCharset(text.to_owned())),
            None => Ok(Charset::Utf8),
        }
    }

    /// The string the `v1` rule signs: every parameter except `sign` and `sign_type`.
    pub fn sign_string_v1(&self) -> String {
        sign_string(self.params().filter(|(name, _)| *name != "sign_type"))
    }

    /// The string the `v2` rule signs: every parameter except `sign`.
    pub fn sign_string_v2(&self) -> String {
        sign_string(self.params())
    }

    /// Verifies by the `v1` rule (payment notifications: `trade_status_sync` ...).
    pub fn verify_v1(&self, verifier: &dyn Verifier, sign_type: SignType) -> Result<(), NotificationError> {
        self.verify(verifier, sign_type, &self.sign_string_v1())
    }

    /// Verifies by the `v2` rule (other gateway messages, whose `sign_type` is signed too).
    pub fn verify_v2(&self, verifier: &dyn Verifier, sign_type: SignType) -> Result<(), NotificationError> {
        self.verify(verifier, sign_type, &self.sign_string_v2())
    }

    fn verify(&self, verifier: &dyn Verifier, sign_type: SignType, text: &str) -> Result<(), NotificationError> {
        let sign = self.get("sign").ok_or(NotificationError::Signature(SignatureError::Missing))?;
        let declared = self.get("sign_type");
        if let Some(declared) = declared
            && declared.parse::<SignType>().ok() != Some(sign_type)
        {
            return Err(NotificationError::SignTypeMismatch { declared: declared.to_owned(), expected: sign_type });
        }
        let bytes = self.charset()?.encode(text).map_err(NotificationError::Charset)?;
        crypto::verify_base64(verifier, sign_type, &bytes, sign).map_err(NotificationError::Signature)
    }
}

/// A form parameter's name and value, percent-decoded but not yet text.
type FormPair<'a> = (Cow<'a, [u8]>, Cow<'a, [u8]>);

/// Percent-decodes form bytes, `+` being a space.
fn percent_decode(bytes: &[u8]) -> Cow<'_, [u8]> {
    if bytes.contains(&b'+') {
        let spaced: Vec<u8> = bytes.iter().map(|byte| if *byte == b'+' { b' ' } else { *byte }).collect();
        Cow::Owned(percent_encoding::percent_decode(&spaced).collect())
    } else {
        percent_encoding::percent_decode(bytes).into()
    }
}

/// A notification that cannot be trusted or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotificationError {
    /// The signature is missing or does not verify.
    #[error("the notification cannot be trusted: {0}")]
    Signature(SignatureError),
    /// A parameter appears twice.
    #[error("the notification has the parameter `{0}` twice; refusing it")]
    DuplicateParam(String),
    /// The `charset` parameter is not one the platform uses.
    #[error("the notification's charset `{0}` is not utf-8, gbk or gb2312")]
    UnknownCharset(String),
    /// The bytes are not text in the notification's charset.
    #[error("the notification is not valid text: {0}")]
    Charset(CharsetError),
    /// The notification declares another algorithm than the app's.
    #[error("the notification declares sign_type `{declared}` but the app is configured for {expected}")]
    SignTypeMismatch {
        /// The `sign_type` parameter.
        declared: String,
        /// The configured algorithm.
        expected: SignType,
    },
    /// The client has no public key (verification was turned off).
    #[error("the client has no Alipay public key to verify notifications with")]
    NoPublicKey,
}
