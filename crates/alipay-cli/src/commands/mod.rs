//! One file per command.

pub mod bench;
pub mod call;
pub mod cert_sn;
pub mod demo;
pub mod keygen;
pub mod mock;
pub mod sign;
pub mod spec;
pub mod verify;

use alipay_core::{Charset, SignType};

use crate::failure::{Failure, Outcome};

/// The sign type to use: the one given (flag or environment) or the one the parameters declare, which must
/// then agree; `RSA2` when neither says.
pub(crate) fn sign_type(given: Option<SignType>, declared: Option<&str>, source: &str) -> Outcome<SignType> {
    let declared = declared
        .map(|text| {
            text.parse::<SignType>().map_err(|error| Failure::input(format!("the `sign_type` of {source}: {error}")))
        })
        .transpose()?;
    match (given, declared) {
        (Some(given), Some(declared)) if given != declared => Err(Failure::input(format!(
            "--sign-type (or ALIPAY_SIGN_TYPE) says {given} but {source} has sign_type={declared}; they must agree, \
             since sign_type is itself signed"
        ))),
        (given, declared) => Ok(given.or(declared).unwrap_or_default()),
    }
}

/// The charset to use: the one given or the one the parameters declare, which must then agree; UTF-8 when
/// neither says.
pub(crate) fn charset(given: Option<Charset>, declared: Option<&str>, source: &str) -> Outcome<Charset> {
    let declared = declared
        .map(|text| {
            text.parse::<Charset>().map_err(|error| Failure::input(format!("the `charset` of {source}: {error}")))
        })
        .transpose()?;
    match (given, declared) {
        (Some(given), Some(declared)) if given != declared => Err(Failure::input(format!(
            "--charset (or ALIPAY_CHARSET) says {given} but {source} has charset={declared}; they must agree, since \
             the charset decides which bytes are signed"
        ))),
        (given, declared) => Ok(given.or(declared).unwrap_or_default()),
    }
}
