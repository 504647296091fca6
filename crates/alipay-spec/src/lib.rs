//! The model of Alipay OpenAPI method specs.
pub mod model;
pub use model::*;
