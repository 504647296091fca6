//! The signature algorithm of an app (`sign_type`).

use std::fmt;
use std::str::FromStr;

/// The signature algorithm an app is configured with on the open platform (`sign_type`).
///
/// Both are RSA PKCS#1 v1.5 signatures; they differ in the digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SignType {
    /// `RSA2`: SHA256withRSA, the platform's recommendation and the default.
    #[default]
    Rsa2,
    /// `RSA`: SHA1withRSA, for apps set up before RSA2 existed.
    Rsa,
}

impl SignType {
    /// The value of the `sign_type` parameter: `RSA2` or `RSA`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Rsa2 => "RSA2",
            Self::Rsa => "RSA",
        }
    }

    /// The algorithm's Java name, as the platform's documentation writes it.
    pub const fn algorithm(self) -> &'static str {
        match self {
            Self::Rsa2 => "SHA256withRSA",
            Self::Rsa => "SHA1withRSA",
        }
    }
}

impl fmt::Display for SignType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `sign_type` that is neither `RSA2` nor `RSA`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown sign type `{given}`: expected `RSA2` (SHA256withRSA, recommended) or `RSA` (SHA1withRSA)")]
pub struct UnknownSignType {
    /// The text given.
    pub given: String,
}

impl FromStr for SignType {
    type Err = UnknownSignType;

    /// Parses `RSA2` or `RSA`, ignoring ASCII case and surrounding whitespace.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("RSA2") {
            Ok(Self::Rsa2)
        } else if trimmed.eq_ignore_ascii_case("RSA") {
            Ok(Self::Rsa)
        } else {
            Err(UnknownSignType { given: text.to_owned() })
        }
    }
}

impl TryFrom<&str> for SignType {
    type Error = UnknownSignType;
    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl TryFrom<String> for SignType {
    type Error = UnknownSignType;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_names_in_any_case() {
        assert_eq!("RSA2".parse(), Ok(SignType::Rsa2));
        assert_eq!(" rsa2 ".parse(), Ok(SignType::Rsa2));
        assert_eq!("RSA".parse(), Ok(SignType::Rsa));
        assert_eq!(SignType::default(), SignType::Rsa2);
    }

    #[test]
    fn an_unknown_name_says_what_is_expected() {
        let error = "SHA256".parse::<SignType>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown sign type `SHA256`: expected `RSA2` (SHA256withRSA, recommended) or `RSA` (SHA1withRSA)"
        );
    }
}
