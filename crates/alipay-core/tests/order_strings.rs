//! Order strings (`sdk_execute`) and page payments (`page_execute`) against the official SDKs' outputs
//! (tests/data/modes_vectors.json and vectors.json, copied from shared/fixtures/vectors).
//!
//! Each SDK lays the parameters out in its own order and sends its own parameter set (the Node SDK sends no
//! `format`, the Python SDK sends `format=json`); the order is a `ParamOrder` and the set is reproduced with
//! `RequestOptions`, so that the signatures are equal everywhere. The Python outputs are reproduced byte for
//! byte; the Node SDK percent-encodes a space as `%20` where we (like the Java and Python SDKs) write `+`, and
//! escapes only `"` in its form's attribute values, so its outputs are compared once that is accounted for.

mod common;

use alipay_core::{
    Charset, Client, DateTime, Error, PageMethod, ParamOrder, PublicKey, RequestOptions, sign_string,
    verify_request_params,
};
use common::*;
use serde_json::Value;

fn modes_vectors() -> Value {
    serde_json::from_str(include_str!("data/modes_vectors.json")).unwrap()
}

fn client() -> Client {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .build()
        .unwrap()
}

fn at_the_vectors_time() -> RequestOptions {
    RequestOptions::new().timestamp("2024-01-01 12:00:00".parse::<DateTime>().unwrap())
}

/// The Node SDK's `biz_content`, keys in insertion order.
const NODE_BIZ_CONTENT: &str = r#"{"out_trade_no":"T20240101000001","total_amount":"88.88","subject":"测试商品 & co","product_code":"FAST_INSTANT_TRADE_PAY"}"#;

/// The Python SDK's `biz_content`, keys sorted (it dumps with `sort_keys`).
const PYTHON_BIZ_CONTENT: &str = r#"{"out_trade_no":"T20240101000001","product_code":"FAST_INSTANT_TRADE_PAY","subject":"测试商品 & co","total_amount":"88.88"}"#;

/// The pairs of a query string, decoded.
fn pairs(query: &str) -> Vec<(String, String)> {
    form_pairs(query.as_bytes())
}

fn get<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str()).unwrap_or_else(|| panic!("no {name}"))
}

/// Checks the platform's view of a parameter set: it verifies with the app public key.
fn assert_verifies(pairs: &[(String, String)]) {
    verify_request_params(pairs, &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
}

#[test]
fn python_sdk_execute_is_reproduced_byte_for_byte() {
    let expected = modes_vectors()["python"]["sdk_execute"].as_str().unwrap().to_owned();
    let order = ParamOrder::new(["timestamp", "app_id", "method", "charset", "format", "version", "sign_type", "sign"]);
    let options = at_the_vectors_time().format(Some("json"));
    let ours = client().sdk_execute_raw("alipay.trade.app.pay", PYTHON_BIZ_CONTENT.into(), &options, &order).unwrap();
    assert_eq!(ours, expected);
    assert_verifies(&pairs(&ours));
}

#[test]
fn python_page_execute_get_is_reproduced_byte_for_byte() {
    let expected = vectors()["python"]["v2_rsa2_pkcs1"]["page_execute_GET_url"].as_str().unwrap().to_owned();
    let order = ParamOrder::new([
        "timestamp",
        "app_id",
        "method",
        "charset",
        "format",
        "version",
        "sign_type",
        "notify_url",
        "sign",
    ]);
    let options = at_the_vectors_time().format(Some("json")).notify_url("https://example.com/notify");
    let ours = client()
        .page_execute_raw("alipay.trade.page.pay", PYTHON_BIZ_CONTENT.into(), PageMethod::Get, &options, &order)
        .unwrap();
    assert_eq!(ours, expected);
    let (gateway, query) = ours.split_once('?').unwrap();
    assert_eq!(gateway, "https://openapi.alipay.com/gateway.do");
    assert_verifies(&pairs(query));
}

#[test]
fn node_sdk_execute_matches_once_spaces_are_written_alike() {
    let node = modes_vectors()["node"]["sdkExecute"].as_str().unwrap().to_owned();
    let order = ParamOrder::new(["method", "app_id", "charset", "version", "sign_type", "timestamp", "biz_content"]);
    // The Node SDK sends no `format`.
    let options = at_the_vectors_time().format(None);
    let ours = client().sdk_execute_raw("alipay.trade.app.pay", NODE_BIZ_CONTENT.into(), &options, &order).unwrap();
    // Node writes a space as `%20` (encodeURIComponent); a literal `+` would be `%2B`, so this is exact.
    assert!(node.contains("%20"));
    assert_eq!(ours, node.replace("%20", "+"));
    assert_eq!(pairs(&ours), pairs(&node));
    assert_verifies(&pairs(&ours));
}

#[test]
fn node_page_execute_get_matches_once_spaces_are_written_alike() {
    let node = modes_vectors()["node"]["pageExecute_GET"].as_str().unwrap().to_owned();
    let order =
        ParamOrder::new(["method", "app_id", "charset", "version", "sign_type", "timestamp", "sign", "alipay_sdk"]);
    // The Node SDK signs an `alipay_sdk` parameter of its own, and no `format`.
    let options = at_the_vectors_time().format(None).param("alipay_sdk", "alipay-sdk-nodejs-4.0.0");
    let ours = client()
        .page_execute_raw("alipay.trade.page.pay", NODE_BIZ_CONTENT.into(), PageMethod::Get, &options, &order)
        .unwrap();
    assert_eq!(ours, node.replace("%20", "+"));
    assert_verifies(&pairs(ours.split_once('?').unwrap().1));
}

/// The action URL's query and the hidden fields of an auto-submitting form, values unescaped.
fn form_params(html: &str) -> (String, Vec<(String, String)>) {
    let action_start = html.find(r#"action=""#).unwrap() + r#"action=""#.len();
    let action = unescape(&html[action_start..action_start + html[action_start..].find('"').unwrap()]);
    let (gateway, query) = action.split_once('?').unwrap();
    let mut params = pairs(query);
    let mut rest = html;
    while let Some(at) = rest.find(r#"<input type="hidden" name=""#) {
        rest = &rest[at + r#"<input type="hidden" name=""#.len()..];
        let name = &rest[..rest.find('"').unwrap()];
        let value_start = rest.find(r#"value=""#).unwrap() + r#"value=""#.len();
        let value = &rest[value_start..value_start + rest[value_start..].find('"').unwrap()];
        params.push((unescape(name), unescape(value)));
    }
    params.sort();
    (gateway.to_owned(), params)
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[test]
fn node_page_execute_post_carries_the_same_signed_parameters() {
    let node = modes_vectors()["node"]["pageExecute_POST"].as_str().unwrap().to_owned();
    let options = at_the_vectors_time().format(None).param("alipay_sdk", "alipay-sdk-nodejs-4.0.0");
    let ours = client()
        .page_execute_raw(
            "alipay.trade.page.pay",
            NODE_BIZ_CONTENT.into(),
            PageMethod::Post,
            &options,
            &ParamOrder::sorted(),
        )
        .unwrap();
    let (our_gateway, our_params) = form_params(&ours);
    let (node_gateway, node_params) = form_params(&node);
    assert_eq!(our_gateway, node_gateway);
    assert_eq!(our_params, node_params);
    assert_verifies(&our_params);
    // Node leaves `&` raw in the attribute; we escape it.
    assert!(node.contains("测试商品 & co"));
    assert!(ours.contains("测试商品 &amp; co"));
    // `biz_content` travels in the form, everything else in the action URL.
    assert!(ours.contains(r#"<input type="hidden" name="biz_content" value="{&quot;out_trade_no&quot;"#));
    assert!(!ours.split("<input").next().unwrap().contains("biz_content"));
    assert!(ours.contains(r#"accept-charset="utf-8""#));
    assert!(ours.ends_with(r#"<script>document.forms["alipay_submit"].submit();</script>"#));
}

#[test]
fn the_default_layout_is_the_java_sdks_all_sorted() {
    let client = client();
    let options = at_the_vectors_time().notify_url("https://example.com/notify");
    let ours = client
        .sdk_execute_raw("alipay.trade.app.pay", NODE_BIZ_CONTENT.into(), &options, &ParamOrder::default())
        .unwrap();
    let params = pairs(&ours);
    let names: Vec<&str> = params.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "app_id",
            "biz_content",
            "charset",
            "format",
            "method",
            "notify_url",
            "sign",
            "sign_type",
            "timestamp",
            "version"
        ]
    );
    // The same signature as the request `execute` would send.
    let prepared = client.prepare_raw::<String>("alipay.trade.app.pay", NODE_BIZ_CONTENT.into(), &options).unwrap();
    assert_eq!(get(&params, "sign"), prepared.sign());
    let unsigned = params.iter().filter(|(name, _)| name != "sign").map(|(k, v)| (k.as_str(), v.as_str()));
    assert_eq!(sign_string(unsigned), prepared.sign_string());
    assert_verifies(&params);
    // Values are encoded in the output only: the string to sign holds them raw.
    assert!(ours.contains("notify_url=https%3A%2F%2Fexample.com%2Fnotify"));
    assert!(prepared.sign_string().contains("notify_url=https://example.com/notify"));
    // Page payments use the same layout, addressed to the configured gateway.
    let url = client
        .page_execute_raw(
            "alipay.trade.page.pay",
            NODE_BIZ_CONTENT.into(),
            PageMethod::Get,
            &options,
            &ParamOrder::default(),
        )
        .unwrap();
    assert!(url.starts_with("https://openapi.alipay.com/gateway.do?app_id=2021000000000001&biz_content="));
}

#[test]
fn typed_requests_are_validated_before_signing() {
    let client = client();
    let order = client.sdk_execute(&TradeQuery::new("T1")).unwrap();
    assert_eq!(get(&pairs(&order), "biz_content"), r#"{"out_trade_no":"T1"}"#);
    assert_eq!(get(&pairs(&order), "method"), "alipay.trade.query");
    let too_long = TradeQuery::new(&"T".repeat(65));
    assert!(matches!(client.sdk_execute(&too_long), Err(Error::Invalid(_))));
    assert!(matches!(client.page_execute(&too_long, PageMethod::Post), Err(Error::Invalid(_))));
    let url = client.page_execute(&TradeQuery::new("T1"), PageMethod::Get).unwrap();
    assert!(url.starts_with("https://openapi.alipay.com/gateway.do?"));
}

#[test]
fn a_sandbox_or_custom_gateway_addresses_the_page_payment() {
    let client = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url("https://gateway.example/gateway.do?charset=utf-8")
        .build()
        .unwrap();
    let url = client.page_execute(&TradeQuery::new("T1"), PageMethod::Get).unwrap();
    assert!(url.starts_with("https://gateway.example/gateway.do?charset=utf-8&app_id="), "{url}");
    let form = client.page_execute(&TradeQuery::new("T1"), PageMethod::Post).unwrap();
    assert!(form.contains(r#"action="https://gateway.example/gateway.do?charset=utf-8&amp;app_id="#), "{form}");
}

#[test]
fn hostile_values_cannot_break_out_of_the_form() {
    let biz_content = r#"{"subject":"\"><script>alert('x')</script><form a='","body":"&amp;"}"#;
    let form = client()
        .page_execute_raw(
            "alipay.trade.page.pay",
            biz_content.into(),
            PageMethod::Post,
            &at_the_vectors_time(),
            &ParamOrder::sorted(),
        )
        .unwrap();
    assert_eq!(form.matches("<script>").count(), 1, "{form}");
    assert_eq!(form.matches("<form").count(), 1, "{form}");
    assert_eq!(form.matches('\'').count(), 0, "{form}");
    let (_, params) = form_params(&form);
    assert_eq!(get(&params, "biz_content"), biz_content);
    assert_verifies(&params);
}

/// Decodes a query string whose values are percent-encoded GBK.
fn gbk_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap();
            let bytes: Vec<u8> = percent_encoding::percent_decode_str(&value.replace('+', " ")).collect();
            (name.to_owned(), Charset::Gbk.decode(&bytes).unwrap().into_owned())
        })
        .collect()
}

#[test]
fn gbk_order_strings_encode_values_in_gbk() {
    let client = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .charset("gbk")
        .build()
        .unwrap();
    let order = client
        .sdk_execute_raw("alipay.trade.app.pay", NODE_BIZ_CONTENT.into(), &at_the_vectors_time(), &ParamOrder::sorted())
        .unwrap();
    // 测 is B2 E2 in GBK.
    assert!(order.contains("%B2%E2"), "{order}");
    let params = gbk_pairs(&order);
    assert_eq!(get(&params, "charset"), "gbk");
    assert_eq!(get(&params, "biz_content"), NODE_BIZ_CONTENT);
    // Signed over the GBK bytes of the string to sign.
    assert_verifies(&params);

    let form = client
        .page_execute_raw(
            "alipay.trade.page.pay",
            NODE_BIZ_CONTENT.into(),
            PageMethod::Post,
            &at_the_vectors_time(),
            &ParamOrder::sorted(),
        )
        .unwrap();
    assert!(form.contains(r#"accept-charset="gbk""#));
    // An emoji has no GBK bytes: refused before signing.
    let emoji = client.sdk_execute_raw(
        "alipay.trade.app.pay",
        r#"{"subject":"😀"}"#.into(),
        &at_the_vectors_time(),
        &ParamOrder::sorted(),
    );
    assert!(matches!(emoji, Err(Error::Charset(_))), "{emoji:?}");
}
