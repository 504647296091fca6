// A field name that cannot be a Rust field: fields are snake_case.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/invalid_field_name.toml")]
pub mod ui_query {}

fn main() {}
