//! Calls shaped the way each client makes them: the official SDKs' own requests replayed byte for byte
//! (common parameters in the query and `biz_content` in the body, everything in the body, a GET), GBK
//! bodies with the charset only in the query or only in the `Content-Type`, and this crate's client.

mod common;

use alipay_core::{Charset, DateTime, RequestOptions, SignType};
use alipay_mock::MockGateway;
use common::*;
use serde_json::Value;

/// The methods the official SDKs' vectors call, as specs.
const TRADE_QUERY: &str = r#"
method = "alipay.trade.query"
title = "统一收单交易查询"
description = "D"
[request.out_trade_no]
type = "string"
max_length = 64
description = "商户订单号"
[response]
"#;

const PAGE_PAY: &str = r#"
method = "alipay.trade.page.pay"
title = "统一收单下单并支付页面接口"
description = "D"
[request.out_trade_no]
type = "string"
required = true
max_length = 64
description = "商户订单号"
[request.total_amount]
type = "price"
required = true
description = "订单总金额"
[request.subject]
type = "string"
required = true
max_length = 256
description = "订单标题"
[request.product_code]
type = "string"
required = true
max_length = 64
description = "销售产品码"
[response]
"#;

fn vectors() -> Value {
    serde_json::from_str(include_str!("data/sdk_requests.json")).unwrap()
}

/// A gateway serving the SDKs' methods, its clock at the time the vectors were signed.
async fn replay_gateway(at: &str) -> MockGateway {
    builder_with(vec![spec(TRADE_QUERY), spec(PAGE_PAY)])
        .fixed_time(at.parse::<DateTime>().unwrap())
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_node_sdk_on_the_wire_query_and_body_split() {
    // alipay-sdk 4.14.0 as captured: common parameters in the URL, biz_content in the body.
    let captured = &vectors()["node_v2_captured"];
    let url = captured["url"].as_str().unwrap();
    let query = url.split_once('?').unwrap().1;
    let gateway = replay_gateway("2026-11-21 22:11:54").await;
    let http = post(
        &gateway,
        Some(query),
        Some(captured["headers"]["content-type"].as_str().unwrap()),
        captured["body"].as_str().unwrap().as_bytes().to_vec(),
    )
    .await;
    let answer = method_answer(&http, "alipay.trade.query");
    assert_eq!(answer.node, r#"{"code":"10000","msg":"Success"}"#);
    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert_eq!(call.biz_content(), Some(r#"{"out_trade_no":"T20240101000001"}"#));
    assert_eq!(call.params.last().unwrap().0, "biz_content", "the body's parameters come after the query's");

    // The same call a day later is refused for its timestamp.
    let late = replay_gateway("2026-11-22 22:11:54").await;
    let http = post(&late, Some(query), None, captured["body"].as_str().unwrap().as_bytes().to_vec()).await;
    assert_eq!(error_response(&http).sub_code(), "isv.invalid-timestamp");
}

#[tokio::test]
async fn the_node_sdk_signed_parameters_in_the_body_rsa2_and_rsa() {
    let gateway = replay_gateway("2024-01-01 12:00:00").await;
    for (name, sign_type) in [("node_v2_rsa2_pkcs1", SignType::Rsa2), ("node_v2_rsa_sha1", SignType::Rsa)] {
        let vector = &vectors()[name];
        let mut params = Params::new("x", "x");
        params.pairs = vector["signed_params"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, value)| (name.clone(), value.as_str().unwrap().to_owned()))
            .collect();
        let answer = signed_answer(
            &post_form(&gateway, &params).await,
            "alipay_trade_page_pay_response",
            sign_type,
            Charset::Utf8,
        );
        assert_eq!(answer.code(), "10000", "{name}");
        let call = gateway.last_call().unwrap();
        assert_eq!(call.sign_string.as_deref(), vector["sign_string"].as_str(), "{name}: the SDK's own string to sign");
    }
}

#[tokio::test]
async fn page_payment_urls_of_the_official_sdks_as_gets() {
    let gateway = replay_gateway("2024-01-01 12:00:00").await;
    let vectors = vectors();
    // alipay-sdk-python: everything in the query, `format=json`.
    let python = vectors["python_v2_rsa2_pkcs1"]["page_execute_GET_url"].as_str().unwrap();
    let answer = method_answer(&get(&gateway, python.split_once('?').unwrap().1).await, "alipay.trade.page.pay");
    assert_eq!(answer.code(), "10000");
    assert_eq!(
        gateway.last_call().unwrap().sign_string.as_deref(),
        vectors["python_v2_rsa2_pkcs1"]["sign_string"].as_str()
    );
    assert_eq!(gateway.last_call().unwrap().http_method, "GET");

    // alipay-sdk (Node) names itself in `alipay_sdk`, signed like every other parameter.
    let node = vectors["node_page_execute_get"].as_str().unwrap();
    assert!(node.contains("&alipay_sdk=alipay-sdk-nodejs-"));
    let answer = method_answer(&get(&gateway, node.split_once('?').unwrap().1).await, "alipay.trade.page.pay");
    assert_eq!(answer.code(), "10000");
    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert!(call.sign_string.unwrap().starts_with("alipay_sdk=alipay-sdk-nodejs-4.0.0&app_id="));
}

#[tokio::test]
async fn a_gbk_body_with_the_charset_in_the_query_only() {
    // As the Java SDK sends it: common parameters (charset among them) in the query, biz_content in a
    // GBK form body, the string to sign in GBK.
    let gateway = gateway().await;
    gateway
        .add_rule(alipay_mock::Rule::new(NFC_SEND).when("card_no", "卡号一").success(r#"{"note":"已同步"}"#))
        .unwrap();
    let mut params = Params::new(NFC_SEND, r#"{"issue_org_no":"发卡机构","card_no":"卡号一","card_status":"FREEZE"}"#)
        .set("charset", "GBK");
    params.charset = Charset::Gbk;
    let params = params.signed();
    let query = params.encode(|name| name != "biz_content");
    let body = params.encode(|name| name == "biz_content");
    assert!(body.contains("%BF%A8"), "卡 is BF A8 in GBK: {body}");
    let http = post(&gateway, Some(&query), Some("application/x-www-form-urlencoded"), body.into_bytes()).await;
    let answer = signed_answer(&http, "alipay_commerce_transport_nfccard_send_response", SignType::Rsa2, Charset::Gbk);
    assert_eq!(answer.node, r#"{"code":"10000","msg":"Success","note":"已同步"}"#);
    let call = gateway.last_call().unwrap();
    assert_eq!(call.charset, Some(Charset::Gbk));
    assert!(call.biz_content().unwrap().contains("卡号一"));

    // gb2312 is read as GBK.
    let mut params = Params::new(NFC_SEND, r#"{"issue_org_no":"1","card_no":"卡号一","card_status":"FREEZE"}"#)
        .set("charset", "gb2312");
    params.charset = Charset::Gbk;
    let http = post_form(&gateway, &params.signed()).await;
    assert_eq!(
        signed_answer(&http, "alipay_commerce_transport_nfccard_send_response", SignType::Rsa2, Charset::Gbk).code(),
        "10000"
    );
}

#[tokio::test]
async fn a_gbk_body_with_the_charset_in_the_content_type_only() {
    let gateway = gateway().await;
    let mut params =
        Params::new(NFC_SEND, r#"{"issue_org_no":"机构","card_no":"1","card_status":"CANCEL"}"#).without("charset");
    params.charset = Charset::Gbk;
    let params = params.signed();
    let http = post(
        &gateway,
        None,
        Some("application/x-www-form-urlencoded; charset=GBK"),
        params.encode(|_| true).into_bytes(),
    )
    .await;
    let answer = signed_answer(&http, "alipay_commerce_transport_nfccard_send_response", SignType::Rsa2, Charset::Gbk);
    assert_eq!(answer.node, failure_node("40004", "Business Failed", "CARD_NOT_EXIST", "卡片不存在"));
}

#[tokio::test]
async fn this_crates_client_in_gbk_and_rsa() {
    let gateway = gateway().await;
    gateway
        .add_rule(alipay_mock::Rule::new(NFC_SEND).when("issue_org_no", "机构").success(r#"{"result":"冻结成功"}"#))
        .unwrap();
    let request = r#"{"issue_org_no":"机构","card_no":"1","card_status":"FREEZE"}"#;
    for (sign_type, charset) in
        [(SignType::Rsa2, Charset::Gbk), (SignType::Rsa, Charset::Gbk), (SignType::Rsa, Charset::Utf8)]
    {
        let client = client_with(&gateway, sign_type, charset);
        let raw = client.execute_raw(NFC_SEND, request.to_owned(), &RequestOptions::new()).await.unwrap();
        assert_eq!(raw.node, r#"{"code":"10000","msg":"Success","result":"冻结成功"}"#, "{sign_type} {charset}");
        assert!(raw.verified);
        let call = gateway.last_call().unwrap();
        assert_eq!((call.sign_type, call.charset), (Some(sign_type), Some(charset)));
        assert_eq!(call.biz_content(), Some(request));
    }
}

#[tokio::test]
async fn optional_parameters_are_signed_and_recorded() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let options =
        RequestOptions::new().notify_url("https://example.com/notify?a=1&b=2").app_auth_token("202401BBsecret");
    client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &options).await.unwrap();
    let call = gateway.last_call().unwrap();
    assert_eq!(call.param("notify_url"), Some("https://example.com/notify?a=1&b=2"));
    assert!(call.sign_string.as_deref().unwrap().contains("&notify_url=https://example.com/notify?a=1&b=2&"));
    // The token is a secret: in the record, never in its Debug output.
    assert_eq!(call.param("app_auth_token"), Some("202401BBsecret"));
    assert!(!format!("{call:?}").contains("202401BB"));
}
