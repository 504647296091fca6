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

#[allow(dead_code)]
#[rustfmt::skip]
#[path = "expand/alipay.offline.material.image.upload.rs"]
mod offline_material_image_upload;

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

#[test]
fn the_golden_upload_is_a_params_request_whose_file_is_not_serialised() {
    use alipay_apis::{FileItem, Method, RequestIn};
    use offline_material_image_upload as upload;

    let request = upload::Request::new("png", "海底捞", FileItem::new("card.png", &b"\x89PNG"[..])).image_pid("2088");
    assert_eq!(<upload::Request as Method>::REQUEST_IN, RequestIn::Params);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"image_type":"png","image_name":"海底捞","image_pid":"2088"}"#
    );
    let files: Vec<(&str, &str)> = request.files().into_iter().map(|(name, file)| (name, file.name())).collect();
    assert_eq!(files, [("image_content", "card.png")]);

    // The request example is the text parameters: it decodes, with an empty file that validation refuses.
    let example = spec_example("specs/alipay.offline.material.image.upload.toml").request.unwrap();
    let decoded: upload::Request = serde_json::from_str(&example).unwrap();
    assert_eq!((decoded.image_type.as_str(), decoded.image_content.len()), ("jpg", 0));
    assert_eq!(decoded.validate().unwrap_err().to_string(), "invalid request: `image_content` is required but empty");
}
