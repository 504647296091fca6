//! Content encryption (`encrypt_type=AES`) end to end: the typed client of `alipay-apis` and the stand-in gateway
//! sharing an AES key. What travels is ciphertext both ways, signed as it travels; what each side reads is the
//! decryption of exactly what it verified.

use std::path::Path;

use alipay_apis::aes::AesKey;
use alipay_apis::marketing_card_query as card_query;
use alipay_apis::{Charset, GatewayCode};
use alipay_mock::{MockGateway, load_specs};

/// The Node SDK vector's key (`0123456789abcdef`), and another one.
const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZg==";
const OTHER_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZw==";

async fn gateway(key: Option<&str>) -> MockGateway {
    let specs =
        load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).unwrap_or_else(|errors| panic!("{errors}"));
    let builder = MockGateway::builder(specs.specs, specs.common);
    match key {
        Some(key) => builder.encrypt_key(key),
        None => builder,
    }
    .start()
    .await
    .unwrap()
}

fn documented_card() -> card_query::Request {
    card_query::Request::new("0000001", card_query::TargetCardNoType::BizCard)
        .card_user_info(card_query::CardUserInfo::new("2088302463082075", card_query::UserUniIdType::Uid))
}

#[tokio::test]
async fn an_encrypted_call_round_trips_with_ciphertext_on_the_wire() {
    let gateway = gateway(Some(KEY)).await;
    // The gateway's client builder carries its key.
    let client = gateway.client_builder().build().unwrap();
    assert!(client.config().encrypts_content());

    let response = client.execute(&documented_card()).await.unwrap();
    assert_eq!(response.schema_url, "alipays://platformapi/startapp?appId=20000021&b=m&p=111");
    assert_eq!(response.card_info.front_text_list.as_ref().unwrap()[0].label.as_deref(), Some("专业"));

    let call = gateway.last_call().unwrap();
    assert_eq!(call.param("encrypt_type"), Some("AES"));
    assert!(call.verified);
    let on_the_wire = call.biz_content().unwrap();
    assert!(!on_the_wire.contains("target_card_no"), "{on_the_wire}");
    // The ciphertext is what was signed, and it decrypts to the request the gateway validated.
    assert!(call.sign_string.as_deref().unwrap().contains(&format!("biz_content={on_the_wire}&")));
    let plaintext = AesKey::from_base64(KEY).unwrap().decrypt(on_the_wire).unwrap();
    assert_eq!(call.decrypted_biz_content.as_deref(), Some(plaintext.as_str()));
    let request: serde_json::Value = serde_json::from_str(&plaintext).unwrap();
    assert_eq!(request["target_card_no"], "0000001");
    assert_eq!(request["card_user_info"]["user_uni_id"], "2088302463082075");
    assert_eq!(call.code.as_deref(), Some("10000"));
}

#[tokio::test]
async fn encrypted_gbk_calls_and_business_failures_round_trip() {
    let gateway = gateway(Some(KEY)).await;
    let client = gateway.client_builder().charset(Charset::Gbk).build().unwrap();
    client.execute(&documented_card()).await.unwrap();
    let call = gateway.last_call().unwrap();
    assert_eq!((call.charset, call.param("encrypt_type")), (Some(Charset::Gbk), Some("AES")));

    // A business failure comes back encrypted too, and is decoded as the method's typed code.
    let other = card_query::Request::new("0000002", card_query::TargetCardNoType::BizCard);
    let error = client.execute(&other).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(card_query::SubCode::CardNotExit));
    assert_eq!(failure.sub_msg.as_deref(), Some("会员卡不存在"));
    assert!(failure.verified);
}

#[tokio::test]
async fn a_request_the_gateway_cannot_decrypt_is_refused_in_clear() {
    let gateway = gateway(Some(KEY)).await;
    let wrong = gateway.client_builder().encrypt_key(OTHER_KEY).build().unwrap();
    let error = wrong.execute(&documented_card()).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.code, GatewayCode::InvalidParameter);
    assert_eq!(failure.sub_code, Some(card_query::SubCode::IsvInvalidEncrypt));
    assert!(failure.verified);
    let call = gateway.last_call().unwrap();
    assert!(call.verified && call.decrypted_biz_content.is_none());

    // Encryption is per request: a client without the key is answered in clear.
    let plain = alipay_apis::Client::builder()
        .app_id(gateway.app_id())
        .app_private_key(gateway.app_private_key_pem().unwrap().as_str())
        .alipay_public_key(gateway.platform_public_key_pem())
        .gateway_url(&gateway.url())
        .build()
        .unwrap();
    plain.execute(&documented_card()).await.unwrap();
    let call = gateway.last_call().unwrap();
    assert_eq!((call.param("encrypt_type"), call.decrypted_biz_content.as_deref()), (None, None));
}

#[tokio::test]
async fn a_gateway_without_a_key_refuses_encrypted_calls() {
    let gateway = gateway(None).await;
    let client = gateway.client_builder().encrypt_key(KEY).build().unwrap();
    let error = client.execute(&documented_card()).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(card_query::SubCode::IsvInvalidEncryptType));
    assert!(failure.verified);
}
