//! Typed Alipay OpenAPI methods.
#![deny(missing_docs)]

extern crate self as alipay_apis;

pub use alipay_core::*;

#[doc(hidden)]
pub use alipay_core::__private;
