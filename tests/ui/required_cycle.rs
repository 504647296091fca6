// Two types that hold each other through required fields: no value of them is finite.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/required_cycle.toml")]
pub mod ui_query {}

fn main() {}
