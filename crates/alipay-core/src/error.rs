//! What can go wrong with a call, each with a message a person can act on.

use std::fmt;
use std::time::Duration;

use crate::aes::AesDecryptError;
use crate::cert_mode::PlatformCertificateError;
use crate::charset::CharsetError;
use crate::crypto::{SignError, SignatureError};
use crate::gateway_code::GatewayCode;
use crate::method::SubCode;
use crate::response::ResponseError;
use crate::validate::ValidationErrors;

/// The error of a call. `C` is the method's `sub_code` type ([`Method::SubCode`](crate::Method::SubCode)),
/// or `String` for untyped calls.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<C = String> {
    /// The request breaks its spec's rules; nothing was sent.
    #[error(transparent)]
    Invalid(ValidationErrors),
    /// The request could not be serialised as `biz_content`; nothing was sent.
    #[error("cannot serialise the request of `{method}`: {source}")]
    Serialize {
        /// The method.
        method: String,
        /// What serde_json said.
        source: serde_json::Error,
    },
    /// A parameter has characters the request charset cannot carry; nothing was sent.
    #[error("cannot encode the request: {0}")]
    Charset(CharsetError),
    /// A request option is not usable; nothing was sent.
    #[error("invalid request option: {0}")]
    Option(String),
    /// The request could not be signed; nothing was sent.
    #[error("cannot sign the request: {0}")]
    Sign(SignError),
    /// No complete answer within the configured time.
    #[error(
        "no complete answer from the gateway within {after:?}; the call may or may not have been carried out, so query its status before retrying a payment"
    )]
    Timeout {
        /// The configured limit that ran out.
        after: Duration,
    },
    /// The gateway could not be reached.
    #[error("cannot connect to the gateway at {url}: {source}")]
    Connect {
        /// The gateway URL.
        url: String,
        /// What the HTTP client said.
        source: reqwest::Error,
    },
    /// The gateway (or a proxy before it) answered with an HTTP error status.
    #[error("the gateway answered HTTP {status}; the body begins: {excerpt}")]
    Http {
        /// The HTTP status code.
        status: u16,
        /// The start of the body, cleaned of control characters.
        excerpt: String,
    },
    /// The answer is larger than the configured limit.
    #[error(
        "the gateway's answer is larger than the limit of {limit} bytes; raise `ClientBuilder::max_response_bytes` if this method really answers that much"
    )]
    BodyTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The connection ended before the body was complete.
    #[error("the connection ended after {received} bytes of the answer, before the body was complete")]
    Truncated {
        /// The bytes received.
        received: usize,
    },
    /// Another transport failure.
    #[error("the call failed in transit: {0}")]
    Transport(reqwest::Error),
    /// The body does not have the protocol's shape.
    #[error(transparent)]
    Response(ResponseError),
    /// The response's signature is missing or does not verify.
    #[error("the answer to `{method}` cannot be trusted: {source}")]
    Signature {
        /// The method.
        method: String,
        /// What is wrong.
        source: SignatureError,
    },
    /// The response names a platform certificate (certificate mode) that the client cannot obtain or trust, so
    /// the response is not accepted.
    #[error("cannot verify the answer to `{method}`: {source}")]
    Certificate {
        /// The method.
        method: String,
        /// What is wrong with the certificate.
        source: PlatformCertificateError,
    },
    /// The platform answered with a failure code.
    #[error(transparent)]
    Platform(PlatformError<C>),
    /// The verified node does not decode as the method's response type.
    #[error("cannot decode the answer to `{method}` at `{path}`: {message}")]
    Decode {
        /// The method.
        method: String,
        /// The path of the field that failed, e.g. `fund_bill_list[0].amount` (`.` for the node itself).
        path: String,
        /// What serde_json said, with line and column in the node.
        message: String,
    },
    /// The node is encrypted (`encrypt_type=AES`) and the client cannot decrypt it.
    #[error(
        "the answer to `{method}` is encrypted (encrypt_type=AES); give the client the content encryption key \
         (`ClientBuilder::encrypt_key`) to read it"
    )]
    Encrypted {
        /// The method.
        method: String,
    },
    /// The encrypted node verified, but does not decrypt with the client's content-encryption key.
    #[error("the answer to `{method}` verified but cannot be decrypted: {source}")]
    Decrypt {
        /// The method.
        method: String,
        /// Why.
        source: AesDecryptError,
    },
    /// The blocking client was called inside an async runtime, where blocking would stall it.
    #[error("the blocking client cannot be used inside an async runtime; use the async `Client` there")]
    BlockingInAsyncContext,
}

impl<C> Error<C> {
    /// The platform's failure, if this is one.
    pub fn platform(&self) -> Option<&PlatformError<C>> {
        match self {
            Self::Platform(error) => Some(error),
            _ => None,
        }
    }

    /// Whether the request certainly did not reach the platform (so retrying cannot do it twice).
    pub fn is_before_send(&self) -> bool {
        matches!(self, Self::Invalid(_) | Self::Serialize { .. } | Self::Charset(_) | Self::Option(_) | Self::Sign(_))
    }

    /// The same error with its sub-code turned into another type, e.g. into text with `|code| code.to_string()`.
    pub fn map_sub_code<D>(self, map: impl FnOnce(C) -> D) -> Error<D> {
        match self {
            Self::Invalid(error) => Error::Invalid(error),
            Self::Serialize { method, source } => Error::Serialize { method, source },
            Self::Charset(error) => Error::Charset(error),
            Self::Option(error) => Error::Option(error),
            Self::Sign(error) => Error::Sign(error),
            Self::Timeout { after } => Error::Timeout { after },
            Self::Connect { url, source } => Error::Connect { url, source },
            Self::Http { status, excerpt } => Error::Http { status, excerpt },
            Self::BodyTooLarge { limit } => Error::BodyTooLarge { limit },
            Self::Truncated { received } => Error::Truncated { received },
            Self::Transport(error) => Error::Transport(error),
            Self::Response(error) => Error::Response(error),
            Self::Signature { method, source } => Error::Signature { method, source },
            Self::Certificate { method, source } => Error::Certificate { method, source },
            Self::Platform(error) => Error::Platform(PlatformError {
                code: error.code,
                msg: error.msg,
                sub_code: error.sub_code.map(map),
                sub_msg: error.sub_msg,
                verified: error.verified,
            }),
            Self::Decode { method, path, message } => Error::Decode { method, path, message },
            Self::Encrypted { method } => Error::Encrypted { method },
            Self::Decrypt { method, source } => Error::Decrypt { method, source },
            Self::BlockingInAsyncContext => Error::BlockingInAsyncContext,
        }
    }
}

impl Error<std::convert::Infallible> {
    /// An error raised where no platform answer can be (preparing or sending a request), as the error of a call
    /// whatever its method's sub-code type: one copy of that code serves every method.
    pub(crate) fn widen<C>(self) -> Error<C> {
        self.map_sub_code(|never| match never {})
    }
}

impl<C> From<ResponseError> for Error<C> {
    fn from(error: ResponseError) -> Self {
        Self::Response(error)
    }
}

/// A failure the platform reported: a `code` other than `10000`, with its `sub_code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformError<C = String> {
    /// The gateway code (`40004` for a business failure ...).
    pub code: GatewayCode,
    /// The gateway's message for the code (`Business Failed` ...).
    pub msg: String,
    /// The detailed code, typed by the method's spec; a code the spec does not list is kept as text.
    pub sub_code: Option<C>,
    /// The platform's explanation of the sub-code, usually in Chinese.
    pub sub_msg: Option<String>,
    /// Whether the failure came in a body whose signature verified. The gateway sends some rejections
    /// (`error_response` for a bad app_id or signature) unsigned; those are reported with `false`.
    pub verified: bool,
}

impl<C: SubCode> PlatformError<C> {
    /// What the spec says the sub-code means, if the code is known.
    pub fn description(&self) -> Option<&'static str> {
        self.sub_code.as_ref().and_then(SubCode::description)
    }

    /// What the spec says to do about the sub-code, if the code is known and the spec says.
    pub fn solution(&self) -> Option<&'static str> {
        self.sub_code.as_ref().and_then(SubCode::solution)
    }
}

impl<C: fmt::Display> fmt::Display for PlatformError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the platform answered {} ({})", self.code, self.msg)?;
        if let Some(sub_code) = &self.sub_code {
            write!(f, ": {sub_code}")?;
        }
        if let Some(sub_msg) = &self.sub_msg {
            write!(f, " ({sub_msg})")?;
        }
        if !self.verified {
            f.write_str(" [unsigned answer, not verified]")?;
        }
        Ok(())
    }
}

impl<C: fmt::Debug + fmt::Display> std::error::Error for PlatformError<C> {}
