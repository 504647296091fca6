//! `biz_content` validated against the method's spec: each violation is a failure in the method's own
//! node, with its business invalid-parameter code when the spec has one, and a `sub_msg` that names the
//! field path and reads like the runtime's own validation errors.

mod common;

use alipay_core::validate::{Violation, ViolationKind};
use alipay_core::{Client, GatewayCode, RequestOptions};
use alipay_mock::MockGateway;
use common::*;

/// A method whose spec has no invalid-parameter code, with arrays and nested objects.
const ORDER: &str = r#"
method = "alipay.test.order.create"
title = "T"
description = "D"

[request.order_no]
type = "string"
required = true
max_length = 8
description = "订单号"

[request.items]
type = "Item[]"
max_items = 2
description = "商品"

[types.Item.name]
type = "string"
required = true
max_length = 4
description = "名称"

[types.Item.tags]
type = "Tag[]"
description = "标签"

[types.Tag.label]
type = "string"
required = true
description = "标签"

[response]

[errors.ORDER_NOT_EXIST]
description = "订单不存在"
"#;

async fn start() -> (MockGateway, Client) {
    let gateway = builder_with(vec![spec(ORDER)]).start().await.unwrap();
    let client = client(&gateway);
    (gateway, client)
}

/// The failure a call of `method` with `biz_content` gets: (code, msg, sub_code, sub_msg).
async fn failure(client: &Client, method: &str, biz_content: &str) -> (String, String, String, String) {
    let error = client.execute_raw(method, biz_content.to_owned(), &RequestOptions::new()).await.unwrap_err();
    let failure = error.platform().unwrap_or_else(|| panic!("not a platform failure: {error}"));
    assert!(failure.verified, "failures come signed");
    (
        failure.code.as_str().to_owned(),
        failure.msg.clone(),
        failure.sub_code.clone().unwrap(),
        failure.sub_msg.clone().unwrap(),
    )
}

/// The `sub_msg` of an invalid `biz_content` of the nfccard method, which has its own `INVALID_PARAMETER`.
async fn nfc_problem(client: &Client, biz_content: &str) -> String {
    let (code, msg, sub_code, sub_msg) = failure(client, NFC_SEND, biz_content).await;
    assert_eq!((code.as_str(), msg.as_str(), sub_code.as_str()), ("40004", "Business Failed", "INVALID_PARAMETER"));
    sub_msg
}

#[tokio::test]
async fn each_violation_names_its_field() {
    let (_gateway, client) = start().await;
    let cases = [
        (r#"{"issue_org_no":"1","card_status":"CANCEL"}"#, "`card_no` is required but missing"),
        (r#"{"issue_org_no":"1","card_no":null,"card_status":"CANCEL"}"#, "`card_no` is required but missing"),
        (r#"{"issue_org_no":"1","card_no":"","card_status":"CANCEL"}"#, "`card_no` is required but empty"),
        (
            r#"{"issue_org_no":"1","card_no":"2","card_status":"LOST"}"#,
            "`card_status` is `LOST`, which is not one of FREEZE, CANCEL",
        ),
        (
            r#"{"issue_org_no":1,"card_no":"2","card_status":"CANCEL"}"#,
            "`issue_org_no` must be a string, found an integer",
        ),
        (
            r#"{"issue_org_no":"1","card_no":["2"],"card_status":"CANCEL"}"#,
            "`card_no` must be a string, found an array",
        ),
    ];
    for (biz_content, expected) in cases {
        assert_eq!(nfc_problem(&client, biz_content).await, expected, "{biz_content}");
    }
    // Lengths count characters: 128 CJK characters fit, 129 do not.
    let fits = format!(r#"{{"issue_org_no":"1","card_no":"{}","card_status":"CANCEL"}}"#, "卡".repeat(128));
    let result = client.execute_raw(NFC_SEND, fits, &RequestOptions::new()).await;
    assert_eq!(result.unwrap_err().platform().unwrap().sub_code.as_deref(), Some("CARD_NOT_EXIST"));
    let long = format!(r#"{{"issue_org_no":"1","card_no":"{}","card_status":"CANCEL"}}"#, "卡".repeat(129));
    assert_eq!(nfc_problem(&client, &long).await, "`card_no` is 129 characters long; at most 128 are allowed");
}

#[tokio::test]
async fn nested_fields_and_array_items_have_paths() {
    let (_gateway, client) = start().await;
    let card =
        r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD","card_user_info":{"user_uni_id_type":"UID"}}"#;
    let (code, _, sub_code, sub_msg) = failure(&client, CARD_QUERY, card).await;
    assert_eq!((code.as_str(), sub_code.as_str()), ("40004", "INVALID_PARAMETER"));
    assert_eq!(sub_msg, "`card_user_info.user_uni_id` is required but missing");

    let order = r#"{"order_no":"1","items":[{"name":"a"},{"name":"b","tags":[{"label":"x"},{"label":"y"},{}]},{"name":"茶叶茶叶茶"}]}"#;
    let (code, msg, sub_code, sub_msg) = failure(&client, "alipay.test.order.create", order).await;
    // No invalid-parameter code of its own: the common one.
    assert_eq!(
        (code.as_str(), msg.as_str(), sub_code.as_str()),
        ("40002", "Invalid Arguments", "isv.invalid-parameter")
    );
    assert_eq!(
        sub_msg,
        "`items` has 3 items; at most 2 are allowed; `items[1].tags[2].label` is required but missing; \
         `items[2].name` is 5 characters long; at most 4 are allowed"
    );
}

#[tokio::test]
async fn biz_content_that_is_not_a_json_object() {
    let (_gateway, client) = start().await;
    assert_eq!(
        nfc_problem(&client, r#"{"card_no":"#).await,
        "`biz_content` is not valid JSON: EOF while parsing a value at line 1 column 11"
    );
    assert_eq!(nfc_problem(&client, "[1, 2]").await, "`biz_content` must be a JSON object, found an array");
    // Absent: an empty object, whose required fields are missing.
    let params = Params::new(NFC_SEND, "").signed();
    let answer = method_answer(&post_form(&_gateway, &params).await, NFC_SEND);
    assert_eq!(
        answer.sub_msg(),
        "`issue_org_no` is required but missing; `card_no` is required but missing; `card_status` is required but missing"
    );
}

#[tokio::test]
async fn unknown_fields_are_ignored() {
    let (_gateway, client) = start().await;
    let example = r#"{"issue_org_no":"12345678","card_no":"12345678","card_status":"CANCEL","new_field":{"x":[1]}}"#;
    let answer = client.execute_raw(NFC_SEND, example.to_owned(), &RequestOptions::new()).await.unwrap();
    assert!(answer.node.contains("\"code\": \"10000\""), "{}", answer.node);
}

#[tokio::test]
async fn failures_are_in_the_methods_node_laid_out_like_the_platforms() {
    let (gateway, _client) = start().await;
    let params = Params::new(NFC_SEND, r#"{"issue_org_no":"1","card_no":"2"}"#).signed();
    let answer = method_answer(&post_form(&gateway, &params).await, NFC_SEND);
    assert_eq!(
        answer.node,
        failure_node("40004", "Business Failed", "INVALID_PARAMETER", "`card_status` is required but missing")
    );
    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert_eq!((call.code.as_deref(), call.sub_code.as_deref()), (Some("40004"), Some("INVALID_PARAMETER")));
}

#[tokio::test]
async fn the_wording_is_the_runtimes() {
    // The runtime's `Violation` says the same things the same way as the gateway's sub_msg.
    let (_gateway, client) = start().await;
    let runtime = |path: &str, kind| Violation { path: path.to_owned(), kind }.to_string();
    assert_eq!(
        nfc_problem(&client, r#"{"issue_org_no":"1","card_no":"","card_status":"LOST"}"#).await,
        [
            runtime("card_no", ViolationKind::Empty),
            runtime(
                "card_status",
                ViolationKind::UnknownValue { value: "LOST".to_owned(), expected: &["FREEZE", "CANCEL"] }
            )
        ]
        .join("; ")
    );
    let (_, _, _, sub_msg) =
        failure(&client, "alipay.test.order.create", r#"{"order_no":"123456789","items":[{}]}"#).await;
    assert_eq!(
        sub_msg,
        [
            runtime("order_no", ViolationKind::TooLong { max: 8, length: 9 }),
            runtime("items[0].name", ViolationKind::Missing)
        ]
        .join("; ")
    );
    let too_many = r#"{"order_no":"1","items":[{"name":"a"},{"name":"b"},{"name":"c"}]}"#;
    let (_, _, _, sub_msg) = failure(&client, "alipay.test.order.create", too_many).await;
    assert_eq!(sub_msg, runtime("items", ViolationKind::TooManyItems { max: 2, count: 3 }));
    assert_eq!(GatewayCode::from_code("40002"), GatewayCode::InvalidParameter);
}
