// A business error code that makes the same SubCode variant as a common code.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/common_clash.toml")]
pub mod ui_query {}

fn main() {}
