// The attribute names one method and the spec describes another.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.send", spec = "tests/ui/method_mismatch.toml")]
pub mod ui_send {}

fn main() {}
