// The attribute on something other than an inline module.
use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.marketing.card.query")]
pub struct CardQuery;

fn main() {
    let _ = CardQuery;
}
