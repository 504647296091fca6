//! The client end to end against a canned in-process HTTP server.

mod common;

use std::time::Duration;

use alipay_core::response::signed_response_body;
use alipay_core::{
    Charset, Client, DateTime, Error, GatewayCode, PrivateKey, PublicKey, RequestOptions, SignType, SignatureError,
    Signer, SubCode, verify_request_params,
};
use common::*;

fn client(gateway: &str) -> alipay_core::ClientBuilder {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS8)
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url(gateway)
        .timeout(Duration::from_secs(5))
}

fn signed(node: &str) -> String {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    signed_response_body("alipay_trade_query_response", node, &alipay_private, SignType::Rsa2, Charset::Utf8).unwrap()
}

const SUCCESS: &str = r#"{"code":"10000","msg":"Success","trade_no":"2024010122001","total_amount":"88.88","buyer_logon_id":"a}b{c","fund_bill_list":[{"amount":"1.00","fund_channel":"ALIPAYACCOUNT"}],"added_later":{"x":[1,2]}}"#;

#[tokio::test]
async fn a_signed_success_is_verified_and_decoded_and_the_request_is_signed() {
    let (gateway, mut received) = serve(Reply::json(signed(SUCCESS))).await;
    let client = client(&gateway).build().unwrap();
    let options = RequestOptions::new().notify_url("https://example.com/notify").app_auth_token("token-1");
    let response = client.execute_with(&TradeQuery::new("T1"), &options).await.unwrap();
    assert_eq!(response.trade_no, "2024010122001");
    assert_eq!(response.total_amount.unwrap().as_str(), "88.88");
    assert_eq!(response.buyer_logon_id.as_deref(), Some("a}b{c"));
    assert_eq!(response.fund_bill_list[0].fund_channel, "ALIPAYACCOUNT");

    let request = received.recv().await.unwrap();
    assert!(request.head.starts_with("POST /gateway.do HTTP/1.1"), "{}", request.head);
    assert!(
        request.head.to_ascii_lowercase().contains("content-type: application/x-www-form-urlencoded;charset=utf-8")
    );
    let params = form_pairs(&request.body);
    let get = |name: &str| params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    assert_eq!(get("method"), Some("alipay.trade.query"));
    assert_eq!(get("format"), Some("JSON"));
    assert_eq!(get("version"), Some("1.0"));
    assert_eq!(get("sign_type"), Some("RSA2"));
    assert_eq!(get("app_auth_token"), Some("token-1"));
    assert_eq!(get("biz_content"), Some(r#"{"out_trade_no":"T1"}"#));
    // The gateway's check: the request verifies with the app public key.
    verify_request_params(&params, &PublicKey::from_text(APP_PUBLIC).unwrap()).unwrap();
}

#[tokio::test]
async fn prepare_shows_exactly_what_execute_signs() {
    let client = client("http://127.0.0.1:9/gateway.do").build().unwrap();
    let timestamp: DateTime = "2024-01-01 12:00:00".parse().unwrap();
    let options = RequestOptions::new()
        .timestamp(timestamp)
        .notify_url("https://example.com/notify")
        .app_auth_token("secret-token-1");
    let prepared = client.prepare_with(&TradeQuery::new("T20240101000001"), &options).unwrap();
    assert_eq!(
        prepared.sign_string(),
        "app_auth_token=secret-token-1&app_id=2021000000000001&biz_content={\"out_trade_no\":\"T20240101000001\"}&charset=utf-8&format=JSON\
         &method=alipay.trade.query&notify_url=https://example.com/notify&sign_type=RSA2\
         &timestamp=2024-01-01 12:00:00&version=1.0"
    );
    let app_private = PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap();
    let independent =
        alipay_core::sign_base64(&app_private, SignType::Rsa2, prepared.sign_string().as_bytes()).unwrap();
    assert_eq!(prepared.sign(), independent);
    let body = form_pairs(prepared.form_body());
    assert_eq!(body.last().unwrap(), &("sign".to_owned(), independent));
    // The token is signed and sent, but never shown.
    assert_eq!(prepared.param("app_auth_token"), Some("secret-token-1"));
    assert!(!format!("{prepared:?}").contains("secret-token-1"));
}

#[tokio::test]
async fn requests_are_validated_before_anything_is_signed() {
    let client = client("http://127.0.0.1:9/gateway.do").build().unwrap();
    let error = client.execute(&TradeQuery::new("")).await.unwrap_err();
    assert!(error.is_before_send());
    assert_eq!(error.to_string(), "invalid request: `out_trade_no` is required but empty");
    let error = client.prepare_with(&TradeQuery::new("T1"), &RequestOptions::new().param("app_id", "x")).unwrap_err();
    assert!(matches!(error, Error::Option(_)), "{error}");
}

#[tokio::test]
async fn an_unsigned_error_response_is_a_platform_error_marked_unverified() {
    let body = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"无效的AppID参数"}}"#;
    let (gateway, _) = serve(Reply::json(body)).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let Error::Platform(failure) = &error else { panic!("{error:?}") };
    assert_eq!(failure.code, GatewayCode::InvalidParameter);
    assert_eq!(failure.sub_code, Some(common::TradeQuerySubCode::InvalidAppId));
    assert_eq!(failure.sub_msg.as_deref(), Some("无效的AppID参数"));
    assert!(!failure.verified);
    assert_eq!(failure.description(), Some("无效的AppID参数"));
    assert!(error.to_string().contains("[unsigned answer, not verified]"), "{error}");
}

#[tokio::test]
async fn a_signed_business_failure_is_typed_and_verified_and_unknown_codes_are_kept() {
    let node = r#"{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}"#;
    let (gateway, _) = serve(Reply::json(signed(node))).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert!(failure.verified);
    assert_eq!(failure.code, GatewayCode::BusinessFailed);
    assert_eq!(failure.sub_code.as_ref().unwrap().description(), Some("查询的交易不存在"));
    assert_eq!(failure.solution(), Some("检查传入的交易号是否正确"));

    let node = r#"{"code":"40004","msg":"Business Failed","sub_code":"ACQ.NEW_CODE_2030"}"#;
    let (gateway, _) = serve(Reply::json(signed(node))).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(common::TradeQuerySubCode::Unknown("ACQ.NEW_CODE_2030".to_owned())));
    assert_eq!(failure.description(), None);
}

#[tokio::test]
async fn status_codes_sent_as_json_numbers_read_as_their_text() {
    let node = r#"{"code":40004,"msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"}"#;
    let (gateway, _) = serve(Reply::json(signed(node))).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert!(failure.verified);
    assert_eq!(failure.code, GatewayCode::BusinessFailed);
    assert_eq!(failure.sub_code, Some(common::TradeQuerySubCode::TradeNotExist));

    let success = SUCCESS.replacen(r#""code":"10000""#, r#""code":10000"#, 1);
    let (gateway, _) = serve(Reply::json(signed(&success))).await;
    let response = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap();
    assert_eq!(response.trade_no, "2024010122001");
}

#[tokio::test]
async fn an_unsigned_success_is_refused_unless_verification_is_off() {
    let body = format!(r#"{{"alipay_trade_query_response":{SUCCESS}}}"#);
    let (gateway, _) = serve(Reply::json(body)).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Signature { source: SignatureError::Missing, .. }), "{error:?}");

    let unverified = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .gateway_url(&gateway)
        .danger_skip_response_verification()
        .build()
        .unwrap();
    assert!(!unverified.config().verifies_responses());
    assert_eq!(unverified.execute(&TradeQuery::new("T1")).await.unwrap().trade_no, "2024010122001");
}

#[tokio::test]
async fn a_bad_signature_is_refused() {
    let body = signed(SUCCESS).replace("88.88", "0.01");
    let (gateway, _) = serve(Reply::json(body)).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Signature { source: SignatureError::Mismatch { .. }, .. }), "{error:?}");
    assert!(error.to_string().contains("Alipay public key"), "{error}");
}

#[tokio::test]
async fn http_errors_show_a_short_excerpt() {
    let html =
        format!("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>{}</body></html>", "x".repeat(5000));
    let (gateway, _) = serve(Reply::Full { status: 502, content_type: "text/html", body: html.into_bytes() }).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let Error::Http { status, excerpt } = &error else { panic!("{error:?}") };
    assert_eq!(*status, 502);
    assert!(excerpt.starts_with("`<html> <head><title>502 Bad Gateway</title></head> <body>xxx"), "{excerpt}");
    assert!(excerpt.chars().count() < 200);

    let (gateway, _) = serve(Reply::json("<html>maintenance</html>")).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Response(alipay_core::response::ResponseError::NotJson { .. })), "{error:?}");
    assert!(error.to_string().contains("`<html>maintenance</html>`"), "{error}");
}

#[tokio::test]
async fn truncated_bodies_are_reported() {
    let body = signed(SUCCESS).into_bytes();
    let (gateway, _) = serve(Reply::Cut { announced: body.len(), body: body[..body.len() / 2].to_vec() }).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Truncated { .. }), "{error:?}");

    // A complete HTTP answer whose JSON is cut.
    let (gateway, _) = serve(Reply::json(body[..body.len() / 2].to_vec())).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Response(alipay_core::response::ResponseError::Truncated { .. })), "{error:?}");
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let (gateway, _) = serve(Reply::json(vec![b' '; 4096])).await;
    let error = client(&gateway).max_response_bytes(1024).build().unwrap().execute(&TradeQuery::new("T1")).await;
    assert!(matches!(error, Err(Error::BodyTooLarge { limit: 1024 })), "{error:?}");
    // Without a Content-Length, the limit holds while reading.
    let (gateway, _) = serve(Reply::Chunked { chunk: vec![b' '; 512], chunks: 8 }).await;
    let error = client(&gateway).max_response_bytes(1024).build().unwrap().execute(&TradeQuery::new("T1")).await;
    assert!(matches!(error, Err(Error::BodyTooLarge { limit: 1024 })), "{error:?}");
}

#[tokio::test]
async fn a_silent_gateway_times_out() {
    let (gateway, _) = serve(Reply::Stall(Duration::from_secs(30))).await;
    let client = client(&gateway).timeout(Duration::from_millis(300)).build().unwrap();
    let error = client.execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { after } if after == Duration::from_millis(300)), "{error:?}");
}

#[tokio::test]
async fn a_closed_port_is_a_connection_failure() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = client(&format!("http://{address}/gateway.do")).build().unwrap();
    let error = client.execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
}

#[tokio::test]
async fn a_duplicated_node_key_is_refused() {
    let good = signed(SUCCESS);
    let forged = r#"{"code":"10000","msg":"Success","trade_no":"FORGED"}"#;
    let body = good.replacen('{', &format!(r#"{{"alipay_trade_query_response":{forged},"#), 1);
    let (gateway, _) = serve(Reply::json(body)).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    assert!(
        matches!(error, Error::Response(alipay_core::response::ResponseError::DuplicateKey { ref key }) if key == "alipay_trade_query_response"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_field_of_the_wrong_type_is_reported_with_its_path() {
    let node =
        r#"{"code":"10000","msg":"Success","trade_no":"1","fund_bill_list":[{"amount":"1.00","fund_channel":7}]}"#;
    let (gateway, _) = serve(Reply::json(signed(node))).await;
    let error = client(&gateway).build().unwrap().execute(&TradeQuery::new("T1")).await.unwrap_err();
    let Error::Decode { path, message, .. } = &error else { panic!("{error:?}") };
    assert_eq!(path, "fund_bill_list[0].fund_channel");
    assert!(message.contains("invalid type: integer `7`"), "{message}");
}

#[tokio::test]
async fn gbk_requests_sign_gbk_bytes_and_gbk_responses_round_trip() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let node = r#"{"code":"10000","msg":"Success","trade_no":"1","buyer_logon_id":"张三"}"#;
    let body = signed_response_body("alipay_trade_query_response", node, &alipay_private, SignType::Rsa2, Charset::Gbk)
        .unwrap();
    let gbk_body = encoding_rs::GBK.encode(&body).0.into_owned();
    assert_ne!(gbk_body, body.as_bytes());
    let (gateway, mut received) =
        serve(Reply::Full { status: 200, content_type: "text/html;charset=GBK", body: gbk_body }).await;
    let client = client(&gateway).charset("gbk").build().unwrap();
    let mut request = TradeQuery::new("T1");
    request.subject = Some("测试商品".to_owned());
    let response = client.execute(&request).await.unwrap();
    assert_eq!(response.buyer_logon_id.as_deref(), Some("张三"));

    let received = received.recv().await.unwrap();
    assert!(received.head.to_ascii_lowercase().contains("charset=gbk"));
    let raw = String::from_utf8(received.body).unwrap();
    // 测 is B2 E2 in GBK.
    assert!(raw.contains("%B2%E2%CA%D4"), "{raw}");
    // The signature is over the GBK bytes of the string to sign, computed independently here.
    let mut params: Vec<(String, String)> = raw
        .split('&')
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap();
            let bytes: Vec<u8> = percent_encoding::percent_decode(value.replace('+', " ").as_bytes()).collect();
            (key.to_owned(), encoding_rs::GBK.decode_without_bom_handling(&bytes).0.into_owned())
        })
        .collect();
    let sign = params.iter().position(|(key, _)| key == "sign").map(|index| params.remove(index).1).unwrap();
    params.sort();
    let text = params.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
    assert!(text.contains("测试商品"));
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let app_private = PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap();
    let expected = alipay_core::sign_base64(&app_private, SignType::Rsa2, &gbk).unwrap();
    assert_eq!(sign, expected);
    // And the UTF-8 bytes would give another signature.
    assert_ne!(alipay_core::sign_base64(&app_private, SignType::Rsa2, text.as_bytes()).unwrap(), expected);
}

#[tokio::test]
async fn text_gbk_cannot_carry_is_refused_before_sending() {
    let client = client("http://127.0.0.1:9/gateway.do").charset("gbk").build().unwrap();
    let mut request = TradeQuery::new("T1");
    request.subject = Some("gift 🎁".to_owned());
    let error = client.prepare(&request).unwrap_err();
    assert!(matches!(error, Error::Charset(_)), "{error:?}");
    assert!(error.to_string().contains("U+1F381"), "{error}");
}

#[tokio::test]
async fn execute_raw_returns_the_verified_node_text() {
    let (gateway, _) = serve(Reply::json(signed(SUCCESS))).await;
    let client = client(&gateway).build().unwrap();
    let raw = client
        .execute_raw("alipay.trade.query", r#"{"out_trade_no":"T1"}"#.to_owned(), &RequestOptions::new())
        .await
        .unwrap();
    assert_eq!(raw.node, SUCCESS);
    assert!(raw.verified);
}

#[tokio::test]
async fn a_custom_signer_is_used() {
    struct Counting(PrivateKey, std::sync::atomic::AtomicUsize);
    impl Signer for Counting {
        fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, alipay_core::SignError> {
            self.1.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            self.0.sign(sign_type, message)
        }
    }
    let signer = std::sync::Arc::new(Counting(PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap(), 0.into()));
    struct Shared(std::sync::Arc<Counting>);
    impl Signer for Shared {
        fn sign(&self, sign_type: SignType, message: &[u8]) -> Result<Vec<u8>, alipay_core::SignError> {
            self.0.sign(sign_type, message)
        }
    }
    let client = Client::builder()
        .app_id(APP_ID)
        .signer(Shared(signer.clone()))
        .verifier(PublicKey::from_text(ALIPAY_PUBLIC).unwrap())
        .build()
        .unwrap();
    client.prepare(&TradeQuery::new("T1")).unwrap();
    assert_eq!(signer.1.load(std::sync::atomic::Ordering::SeqCst), 1);
}
