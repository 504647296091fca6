// The attribute names a method whose spec file does not exist (a typo): the error says so and
// suggests the closest spec file.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.marketing.card.querry")]
pub mod card_query {}

fn main() {}
