//! `alipay mock`.

use crate::cli::MockArgs;
use crate::failure::{Failure, Outcome};

/// Runs `alipay mock`.
pub fn run(_args: &MockArgs) -> Outcome {
    Err(Failure::input("not available yet"))
}
