// The same field declared twice.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/duplicate_field.toml")]
pub mod ui_query {}

fn main() {}
