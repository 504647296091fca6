// Argument values must be string literals.
use alipay_apis::alipay_api;

#[alipay_api(method = alipay.marketing.card.query, crate = alipay_apis)]
pub mod card_query {}

fn main() {}
