//! The typed client of both methods against the stand-in gateway (`alipay-mock`), started from the same
//! specs the methods are generated from: the documented answers decode into the generated types, and
//! every failure a correct client can meet comes back typed.

use std::path::Path;
use std::time::Duration;

use alipay_apis::commerce_transport_nfccard_send as nfccard;
use alipay_apis::marketing_card_query as card_query;
use alipay_apis::{Charset, Client, DateTime, Enumeration as _, Error, GatewayCode, Method, RequestOptions, SignType};
use alipay_mock::{App, Failure, MockGateway, Rule, load_specs};

async fn gateway() -> MockGateway {
    let specs =
        load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).unwrap_or_else(|errors| panic!("{errors}"));
    MockGateway::builder(specs.specs, specs.common).start().await.unwrap()
}

fn client(gateway: &MockGateway) -> Client {
    gateway.client_builder().build().unwrap()
}

/// The documented request of the card query.
fn documented_card() -> card_query::Request {
    card_query::Request::new("0000001", card_query::TargetCardNoType::BizCard)
        .card_user_info(card_query::CardUserInfo::new("2088302463082075", card_query::UserUniIdType::Uid))
}

#[tokio::test]
async fn documented_answers_decode_into_the_generated_types() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let response = client.execute(&documented_card()).await.unwrap();
    assert_eq!(response.schema_url, "alipays://platformapi/startapp?appId=20000021&b=m&p=111");
    let card = &response.card_info;
    assert_eq!(card.open_date, "2014-02-20 21:20:46".parse::<DateTime>().unwrap());
    assert_eq!(card.balance.as_deref(), Some("124.89"));
    let mdcode = card.mdcode_info.as_ref().unwrap();
    assert_eq!((mdcode.code_status.clone(), mdcode.time_stamp), (card_query::CodeStatus::Success, 1496996459));
    assert_eq!(card.front_text_list.as_ref().unwrap()[0].label.as_deref(), Some("专业"));

    let send = nfccard::Request::new("12345678", "12345678", nfccard::CardStatus::Cancel);
    assert_eq!(client.execute(&send).await.unwrap(), nfccard::Response::new());
    assert_eq!(gateway.calls().len(), 2);
}

#[tokio::test]
async fn not_found_is_the_methods_typed_code() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let other = card_query::Request::new("0000002", card_query::TargetCardNoType::BizCard);
    let error = client.execute(&other).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.code, GatewayCode::BusinessFailed);
    assert_eq!(failure.sub_code, Some(card_query::SubCode::CardNotExit));
    assert_eq!(failure.sub_msg.as_deref(), Some("会员卡不存在"));
    assert_eq!(failure.solution(), Some("确认卡信息"));
    assert!(failure.verified);

    let send = nfccard::Request::new("12345678", "87654321", nfccard::CardStatus::Freeze);
    let error = client.execute(&send).await.unwrap_err();
    assert_eq!(error.platform().unwrap().sub_code, Some(nfccard::SubCode::CardNotExist));
}

#[tokio::test]
async fn scenario_failures_come_back_typed_and_unknown_codes_are_kept() {
    let gateway = gateway().await;
    let client = client(&gateway);
    gateway
        .add_rule(
            Rule::new(card_query::METHOD).when("target_card_no", "busy").failure(Failure::new("isp.unknow-error")),
        )
        .unwrap();
    gateway
        .add_rule(
            Rule::new(card_query::METHOD)
                .when("target_card_no", "locked")
                .failure(Failure::new("CARD_LOCKED").sub_msg("卡已锁定")),
        )
        .unwrap();
    gateway
        .add_rule(Rule::new(card_query::METHOD).when("target_card_no", "type").failure(Failure::new("NO_CARD_TYPE")))
        .unwrap();

    let call = |card: &str| card_query::Request::new(card, card_query::TargetCardNoType::BizCard);
    let error = client.execute(&call("busy")).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(
        (failure.code.clone(), failure.sub_code.clone()),
        (GatewayCode::ServiceUnavailable, Some(card_query::SubCode::IspUnknowError))
    );
    let error = client.execute(&call("type")).await.unwrap_err();
    assert_eq!(error.platform().unwrap().sub_code, Some(card_query::SubCode::NoCardType));
    let error = client.execute(&call("locked")).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(card_query::SubCode::from("CARD_LOCKED")));
    assert_eq!(failure.sub_code.as_ref().unwrap().as_str(), "CARD_LOCKED");
    assert_eq!(failure.sub_msg.as_deref(), Some("卡已锁定"));
}

#[tokio::test]
async fn gateway_refusals_of_a_misconfigured_client() {
    let gateway = gateway().await;
    let request = documented_card();
    let private_key = gateway.app_private_key_pem().unwrap();
    let configured = |app_id: &str, private_key: &str| {
        Client::builder()
            .app_id(app_id)
            .app_private_key(private_key)
            .alipay_public_key(gateway.platform_public_key_pem())
            .gateway_url(&gateway.url())
            .build()
            .unwrap()
    };
    let sub_code = |error: Error<card_query::SubCode>| error.platform().unwrap().sub_code.clone().unwrap();

    // Another app_id.
    let error = configured("2021000000009999", &private_key).execute(&request).await.unwrap_err();
    assert_eq!(sub_code(error), card_query::SubCode::IsvInvalidAppId);
    // Another app's private key: the sub_msg shows the string the gateway verified.
    let other = App::generate("x").unwrap().private_key().unwrap().to_pkcs1_pem();
    let other_key = configured(gateway.app_id(), &other);
    let prepared = other_key.prepare(&request).unwrap();
    let error = other_key.execute(&request).await.unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(card_query::SubCode::IsvInvalidSignature));
    let shown = failure.sub_msg.as_deref().unwrap().split_once('：').unwrap().1;
    let without_time =
        |text: &str| text.split('&').filter(|pair| !pair.starts_with("timestamp=")).collect::<Vec<_>>().join("&");
    assert_eq!(without_time(shown), without_time(prepared.sign_string()));
    // A clock far from China time.
    let options = RequestOptions::new().timestamp("2020-01-01 00:00:00".parse().unwrap());
    let error = client(&gateway).execute_with(&request, &options).await.unwrap_err();
    assert_eq!(sub_code(error), card_query::SubCode::IsvInvalidTimestamp);
    // The wrong platform public key: the answer does not verify.
    let wrong_platform = Client::builder()
        .app_id(gateway.app_id())
        .app_private_key(private_key.as_str())
        .alipay_public_key(App::generate("y").unwrap().private_key().unwrap().public_key_pem())
        .gateway_url(&gateway.url())
        .build()
        .unwrap();
    let error = wrong_platform.execute(&request).await.unwrap_err();
    assert!(matches!(error, Error::Signature { .. }), "{error:?}");
}

#[tokio::test]
async fn the_gateway_and_the_generated_types_validate_alike() {
    // What the typed client refuses before sending, the gateway refuses with the same words.
    let gateway = gateway().await;
    let client = client(&gateway);
    let bad = card_query::Request::new("", card_query::TargetCardNoType::BizCard)
        .card_user_info(card_query::CardUserInfo::new("x".repeat(40), card_query::UserUniIdType::Uid));
    let refused = client.execute(&bad).await.unwrap_err();
    let Error::Invalid(violations) = &refused else { panic!("{refused:?}") };
    assert!(bad.validate().is_err());
    let raw = client
        .execute_raw(card_query::METHOD, serde_json::to_string(&bad).unwrap(), &RequestOptions::new())
        .await
        .unwrap_err();
    let failure = raw.platform().unwrap();
    assert_eq!(failure.sub_code.as_deref(), Some("INVALID_PARAMETER"));
    let words: Vec<String> = violations.violations().iter().map(ToString::to_string).collect();
    assert_eq!(failure.sub_msg.as_deref(), Some(words.join("; ").as_str()));
}

#[tokio::test]
async fn gbk_and_rsa_clients() {
    let gateway = gateway().await;
    for (sign_type, charset) in [(SignType::Rsa2, Charset::Gbk), (SignType::Rsa, Charset::Utf8)] {
        let client = gateway.client_builder().sign_type(sign_type).charset(charset).build().unwrap();
        let response = client.execute(&documented_card()).await.unwrap();
        assert_eq!(response.card_info.front_text_list.unwrap()[0].value.as_deref(), Some("金融贸易"));
    }
}

#[tokio::test]
async fn transport_failures() {
    let gateway = gateway().await;
    gateway
        .add_rule(Rule::new(nfccard::METHOD).when("card_no", "proxy").status(502).body("<html>Bad Gateway</html>"))
        .unwrap();
    gateway.add_rule(Rule::new(nfccard::METHOD).when("card_no", "slow").delay(Duration::from_secs(5))).unwrap();
    let client = gateway.client_builder().timeout(Duration::from_millis(300)).build().unwrap();
    let send = |card: &str| nfccard::Request::new("1", card, nfccard::CardStatus::Freeze);
    let error = client.execute(&send("proxy")).await.unwrap_err();
    assert!(matches!(error, Error::Http { status: 502, .. }), "{error:?}");
    let error = client.execute(&send("slow")).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}
