// `common = "..."` pointing at a file that does not exist: the error points at that argument.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.marketing.card.query", common = "specs/comon.toml")]
pub mod card_query {}

fn main() {}
