// A user crate that declares both real methods itself under `#![deny(missing_docs)]`: with the default
// arguments, and with every argument given (the runtime under another name through `crate = "..."`).
#![deny(missing_docs)]
//! Both methods, declared outside `alipay-apis`.

extern crate alipay_apis as runtime;

use alipay_apis::{Method, alipay_api};

#[alipay_api(method = "alipay.marketing.card.query")]
pub mod card_query {
    /// Items written inside the module are kept, and see the generated ones.
    pub fn by_card_number(card_no: &str) -> Request {
        Request::new(card_no, TargetCardNoType::BizCard)
    }
}

#[alipay_api(
    method = "alipay.commerce.transport.nfccard.send",
    spec = "specs/alipay.commerce.transport.nfccard.send.toml",
    common = "specs/common.toml",
    crate = "::runtime",
)]
/// The user's own docs come after the spec's.
pub mod nfccard_send {}

fn main() {
    let request = card_query::by_card_number("0000001");
    assert_eq!(serde_json::to_string(&request).unwrap(), r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#);
    assert_eq!(<card_query::Request as Method>::NAME, "alipay.marketing.card.query");

    let send = nfccard_send::Request::new("1", "2", nfccard_send::CardStatus::Freeze);
    assert!(Method::validate(&send).is_ok());
    assert_eq!(nfccard_send::RESPONSE_KEY, "alipay_commerce_transport_nfccard_send_response");
}
