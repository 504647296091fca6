// Two values of an enumeration that give the same Rust variant name.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/enum_collision.toml")]
pub mod ui_query {}

fn main() {}
