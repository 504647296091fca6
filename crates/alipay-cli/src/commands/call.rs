//! `alipay call`.

use crate::cli::CallArgs;
use crate::failure::{Failure, Outcome};

/// Runs `alipay call`.
pub fn run(_args: &CallArgs) -> Outcome {
    Err(Failure::input("not available yet"))
}
