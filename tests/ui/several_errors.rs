// Several mistakes in one spec: all are reported at once.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/several_errors.toml")]
pub mod ui_query {}

fn main() {}
