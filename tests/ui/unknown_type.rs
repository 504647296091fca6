// A field's type that is neither a scalar nor a type of the spec: the closest name is suggested.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/unknown_type.toml")]
pub mod ui_query {}

fn main() {}
