//! The blocking client drives the same implementation on its own runtime.
#![cfg(feature = "blocking")]

mod common;

use std::time::Duration;

use alipay_core::response::signed_response_body;
use alipay_core::{Charset, Error, PrivateKey, PublicKey, SignType, verify_request_params};
use common::*;

fn gateway_with(body: String) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            let (gateway, _received) = serve(Reply::json(body)).await;
            sender.send(gateway).unwrap();
            tokio::time::sleep(Duration::from_secs(30)).await;
        });
    });
    receiver.recv().unwrap()
}

fn blocking_client(gateway: &str) -> alipay_core::blocking::Client {
    alipay_core::blocking::Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url(gateway)
        .build_blocking()
        .unwrap()
}

#[test]
fn the_blocking_client_executes_and_verifies() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let node = r#"{"code":"10000","msg":"Success","trade_no":"42"}"#;
    let body =
        signed_response_body("alipay_trade_query_response", node, &alipay_private, SignType::Rsa2, Charset::Utf8)
            .unwrap();
    let client = blocking_client(&gateway_with(body));
    assert_eq!(client.execute(&TradeQuery::new("T1")).unwrap().trade_no, "42");
    // Twice on the same client: the runtime and pool are reused.
    assert_eq!(client.execute(&TradeQuery::new("T2")).unwrap().trade_no, "42");
}

#[test]
fn the_blocking_client_refuses_to_block_an_async_runtime() {
    let client = blocking_client("http://127.0.0.1:9/gateway.do");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let result = runtime.block_on(async { client.execute(&TradeQuery::new("T1")) });
    assert!(matches!(result, Err(Error::BlockingInAsyncContext)), "{result:?}");
}

#[test]
fn the_blocking_client_decrypts_and_makes_order_strings() {
    let key = alipay_core::aes::AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZg==").unwrap();
    let node = format!("\"{}\"", key.encrypt(r#"{"code":"10000","msg":"Success","trade_no":"42"}"#));
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let body =
        signed_response_body("alipay_trade_query_response", &node, &alipay_private, SignType::Rsa2, Charset::Utf8)
            .unwrap();
    let client = alipay_core::blocking::Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .encrypt_key("MDEyMzQ1Njc4OWFiY2RlZg==")
        .gateway_url(&gateway_with(body))
        .build_blocking()
        .unwrap();
    assert_eq!(client.execute(&TradeQuery::new("T1")).unwrap().trade_no, "42");
    // Order strings need no runtime, and are the async client's.
    let order = client.sdk_execute(&TradeQuery::new("T1")).unwrap();
    assert!(order.contains("&encrypt_type=AES&"), "{order}");
    let options = alipay_core::RequestOptions::new().timestamp("2024-01-01 12:00:00".parse().unwrap());
    let sorted = alipay_core::ParamOrder::sorted();
    let page = client
        .page_execute_raw("alipay.trade.page.pay", "{}".into(), alipay_core::PageMethod::Get, &options, &sorted)
        .unwrap();
    let gateway = client.as_async().config().gateway().to_string();
    let query = page.strip_prefix(&format!("{gateway}?")).unwrap_or_else(|| panic!("{page}"));
    // A signed GET link: its parameters verify with the app's public key, encrypted content included.
    let params = form_pairs(query.as_bytes());
    assert!(params.contains(&("encrypt_type".to_owned(), "AES".to_owned())), "{page}");
    verify_request_params(&params, &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
}
