// A method name that is not one: lowercase segments separated by dots.
use alipay_apis::alipay_api;

#[alipay_api(method = "Alipay Marketing Card Query")]
pub mod card_query {}

fn main() {}
