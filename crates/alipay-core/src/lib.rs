//! The runtime of the Alipay OpenAPI SDK.
//!
//! Most users depend on `alipay-apis`, which re-exports this crate together with the typed methods
//! generated from specs.

pub mod enumeration;
pub mod gateway_code;
pub mod method;
pub mod types;
pub mod validate;

pub use enumeration::Enumeration;
pub use gateway_code::GatewayCode;
pub use method::{CodeInfo, Method, SubCode};
pub use types::{DateTime, Decimal};
pub use validate::{ValidationErrors, Violation, ViolationKind};

/// What generated code names. Not a public API: it changes with the macro crate, which is pinned.
#[doc(hidden)]
pub mod __private {
    pub use serde;

    pub use crate::enumeration::{self, Enumeration};
    pub use crate::method::{CodeInfo, Method, SubCode};
    pub use crate::types::{DateTime, Decimal, lenient};
    pub use crate::validate::{FieldValue, Rules, Validate, Validator};
}
