// A TOML syntax error: an unterminated string.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/toml_syntax_error.toml")]
pub mod ui_query {}

fn main() {}
