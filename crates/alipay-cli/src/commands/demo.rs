//! `alipay demo`.

use crate::failure::{Failure, Outcome};

/// Runs `alipay demo`.
pub fn run() -> Outcome {
    Err(Failure::input("not available yet"))
}
