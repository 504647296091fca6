//! `alipay keygen`.

use crate::cli::KeygenArgs;
use crate::failure::{Failure, Outcome};

/// Runs `alipay keygen`.
pub fn run(_args: &KeygenArgs) -> Outcome {
    Err(Failure::input("not available yet"))
}
