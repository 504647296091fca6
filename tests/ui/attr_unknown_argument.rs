// A misspelt argument of the attribute: the right one is suggested.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.marketing.card.query", sepc = "specs/alipay.marketing.card.query.toml")]
pub mod card_query {}

fn main() {}
