//! The golden files (`tests/expand/*.rs`, see `golden.rs`) compiled as modules: the expected output is
//! valid code, and its types behave like the ones the attribute generates.

use std::path::Path;

use alipay_spec::{SourceFile, parse_spec};

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "expand/alipay.marketing.card.query.rs"]
mod marketing_card_query;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "expand/alipay.commerce.transport.nfccard.send.rs"]
mod commerce_transport_nfccard_send;

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "expand/alipay.test.everything.query.rs"]
mod everything;

fn spec_example(spec: &str) -> alipay_spec::Examples {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(spec)).unwrap();
    parse_spec(&SourceFile::new(spec, text)).unwrap().examples
}

#[test]
fn the_golden_types_are_the_attributes_types() {
    use alipay_apis::marketing_card_query as generated;
    let golden = marketing_card_query::Request::new("0000001", marketing_card_query::TargetCardNoType::BizCard)
        .card_user_info(marketing_card_query::CardUserInfo::new("2088", marketing_card_query::UserUniIdType::Uid));
    let text = serde_json::to_string(&golden).unwrap();
    let from_attribute: generated::Request = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&from_attribute).unwrap(), text);
    assert_eq!(<marketing_card_query::Request as alipay_apis::Method>::NAME, generated::METHOD);

    let request =
        commerce_transport_nfccard_send::Request::new("1", "2", commerce_transport_nfccard_send::CardStatus::Freeze);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"issue_org_no":"1","card_no":"2","card_status":"FREEZE"}"#
    );
}

#[test]
fn the_golden_everything_decodes_its_examples() {
    let examples = spec_example("tests/specs/everything.toml");
    let example = examples.request.unwrap();
    let request: everything::Request = serde_json::from_str(&example).unwrap();
    assert_eq!(alipay_apis::Method::validate(&request), Ok(()));
    let body: serde_json::Value = serde_json::from_str(&examples.response.unwrap()).unwrap();
    let response: everything::Response = serde_json::from_value(body[everything::RESPONSE_KEY].clone()).unwrap();
    assert_eq!(response.scores, Some(vec![90, 85]));
}
