//! The gateway's own result codes (`code`), shared by every method.

use std::fmt;

/// The gateway result `code` of a response.
///
/// The known codes are the protocol's; they agree with `specs/common.toml` (a test checks it).
/// A code the platform adds later is kept as [`GatewayCode::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayCode {
    /// `10000`: the call succeeded.
    Success,
    /// `20000`: the service is unavailable (`isp.unknow-error` ...); retrying later may succeed.
    ServiceUnavailable,
    /// `20001`: the authorisation is insufficient (`aop.invalid-auth-token` ...).
    InsufficientAuthorisation,
    /// `40001`: a required parameter is missing (`isv.missing-signature` ...).
    MissingParameter,
    /// `40002`: a parameter is invalid (`isv.invalid-signature` ...).
    InvalidParameter,
    /// `40004`: the business call failed; the method's `sub_code` says why.
    BusinessFailed,
    /// `40006`: the app lacks the permission (`isv.insufficient-isv-permissions` ...).
    InsufficientPermissions,
    /// A code this version does not know, kept as sent.
    Other(String),
}

impl GatewayCode {
    /// Every known code with its text.
    pub const KNOWN: &'static [(&'static str, &'static str)] = &[
        ("10000", "Success"),
        ("20000", "Service Currently Unavailable"),
        ("20001", "Insufficient Token Permissions"),
        ("40001", "Missing Required Arguments"),
        ("40002", "Invalid Arguments"),
        ("40004", "Business Failed"),
        ("40006", "Insufficient Permissions"),
    ];

    /// The code for the text the gateway sends.
    pub fn from_code(code: &str) -> Self {
        match code {
            "10000" => Self::Success,
            "20000" => Self::ServiceUnavailable,
            "20001" => Self::InsufficientAuthorisation,
            "40001" => Self::MissingParameter,
            "40002" => Self::InvalidParameter,
            "40004" => Self::BusinessFailed,
            "40006" => Self::InsufficientPermissions,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The code as the gateway sends it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "10000",
            Self::ServiceUnavailable => "20000",
            Self::InsufficientAuthorisation => "20001",
            Self::MissingParameter => "40001",
            Self::InvalidParameter => "40002",
            Self::BusinessFailed => "40004",
            Self::InsufficientPermissions => "40006",
            Self::Other(code) => code,
        }
    }

    /// Whether the call succeeded.
    pub fn is_success(&self) -> bool {
        matches!(self, Self::Success)
    }
}

impl fmt::Display for GatewayCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
