// The attribute without its required `method`.
use alipay_apis::alipay_api;

#[alipay_api(spec = "specs/alipay.marketing.card.query.toml")]
pub mod card_query {}

fn main() {}
