// A misspelt key: the right one is suggested.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/unknown_key.toml")]
pub mod ui_query {}

fn main() {}
