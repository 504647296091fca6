//! The gateway's checks of the common parameters, driven with raw HTTP: each refusal is an
//! `error_response` laid out and signed as the platform does, with the common spec's texts.

mod common;

use alipay_core::{Charset, DateTime, SignType};
use alipay_mock::App;
use common::*;

/// The calls of `gateway` so far: the last one's `code` and `sub_code`.
fn last_outcome(gateway: &alipay_mock::MockGateway) -> (Option<String>, Option<String>) {
    let call = gateway.last_call().unwrap();
    (call.code, call.sub_code)
}

#[tokio::test]
async fn each_missing_parameter_in_the_platforms_order() {
    let gateway = gateway().await;
    let cases = [
        ("app_id", "isv.missing-app-id", "缺少appId参数"),
        ("method", "isv.missing-method", "缺少方法名参数"),
        ("sign", "isv.missing-signature", "缺少签名参数"),
        ("sign_type", "isv.missing-signature-type", "缺少签名类型参数"),
        ("timestamp", "isv.missing-timestamp", "缺少时间戳参数"),
        ("version", "isv.missing-version", "缺少版本参数"),
    ];
    for (name, sub_code, sub_msg) in cases {
        let params = Params::new(CARD_QUERY, CARD_EXAMPLE).without(name);
        let params = if name == "sign" { params } else { params.signed() };
        let answer = error_response(&post_form(&gateway, &params).await);
        assert_eq!(answer.node, failure_node("40001", "Missing Required Arguments", sub_code, sub_msg), "{name}");
        assert_eq!(last_outcome(&gateway), (Some("40001".to_owned()), Some(sub_code.to_owned())));
    }
    // An empty value is a missing one (it is not signed either).
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("app_id", "").signed();
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.missing-app-id");
    // Several missing: the first in the platform's order is answered.
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).without("version").without("method");
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.missing-method");
    // Nothing at all.
    assert_eq!(error_response(&post(&gateway, None, None, Vec::new()).await).sub_code(), "isv.missing-app-id");
}

#[tokio::test]
async fn unknown_app_and_method() {
    let gateway = gateway().await;
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("app_id", "2021000000000002").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数"));

    let params = Params::new("alipay.trade.query", "{}").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-method", "不存在的方法名"));
    // The app is checked before the method.
    let params = Params::new("alipay.trade.query", "{}").set("app_id", "x").signed();
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.invalid-app-id");
}

#[tokio::test]
async fn bad_charset_sign_type_and_format() {
    let gateway = gateway().await;
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("charset", "latin1").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-charset", "字符集错误"));

    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("sign_type", "SHA256").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-signature-type", "无效的签名类型"));

    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("format", "XML").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-format", "无效的数据格式"));
    // `format` is optional and case does not matter.
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("format", "json").signed();
    assert_eq!(method_answer(&post_form(&gateway, &params).await, CARD_QUERY).code(), "10000");
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).without("format").signed();
    assert_eq!(method_answer(&post_form(&gateway, &params).await, CARD_QUERY).code(), "10000");
}

#[tokio::test]
async fn timestamps_must_be_well_formed_and_within_fifteen_minutes_of_china_time() {
    let gateway = gateway().await;
    for timestamp in ["2024/01/01 12:00:00", "1704081600", "2024-01-01T12:00:00", &china(16 * 60), &china(-16 * 60)] {
        let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("timestamp", timestamp).signed();
        let answer = error_response(&post_form(&gateway, &params).await);
        assert_eq!(
            answer.node,
            failure_node("40002", "Invalid Arguments", "isv.invalid-timestamp", "非法的时间戳参数"),
            "{timestamp}"
        );
    }
    // UTC wall-clock time (a server in another zone, as some SDKs send) is 8 hours off.
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("timestamp", &china(-8 * 3600)).signed();
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.invalid-timestamp");
    // Within the window either way.
    for offset in [14 * 60, -14 * 60] {
        let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("timestamp", &china(offset)).signed();
        assert_eq!(method_answer(&post_form(&gateway, &params).await, CARD_QUERY).code(), "10000");
    }
}

/// The China time `offset_seconds` from now.
fn china(offset_seconds: i64) -> String {
    let now = DateTime::now().to_offset_date_time();
    let offset = std::time::Duration::from_secs(offset_seconds.unsigned_abs());
    DateTime::from_offset_date_time(if offset_seconds < 0 { now - offset } else { now + offset }).to_string()
}

#[tokio::test]
async fn a_signature_that_does_not_verify_shows_the_string_the_gateway_verified() {
    let gateway = gateway().await;
    // Signed with another key: the platform's private key instead of the app's.
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).signed_with(ALIPAY_PRIVATE, SignType::Rsa2);
    let answer = error_response(&post_form(&gateway, &params).await);
    let sign_string =
        alipay_core::sign_string(params.pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    assert!(sign_string.starts_with("app_id=2021000000000001&biz_content={"));
    let sub_msg =
        format!("验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：{sign_string}");
    assert_eq!(answer.node, failure_node("40002", "Invalid Arguments", "isv.invalid-signature", &sub_msg));
    let call = gateway.last_call().unwrap();
    assert_eq!(call.sign_string.as_deref(), Some(sign_string.as_str()));
    assert!(!call.verified);

    // A parameter changed after signing, a signature of the wrong algorithm, a sign that is not base64.
    let tampered = Params::new(CARD_QUERY, CARD_EXAMPLE).signed().set("biz_content", NFC_EXAMPLE);
    let rsa = Params::new(CARD_QUERY, CARD_EXAMPLE).signed_with(APP_PRIVATE, SignType::Rsa);
    let garbage = Params::new(CARD_QUERY, CARD_EXAMPLE).set("sign", "not base64!");
    for params in [tampered, rsa, garbage] {
        assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.invalid-signature");
    }
}

#[tokio::test]
async fn a_gateway_that_knows_only_the_app_public_key_verifies_with_it() {
    let gateway = builder_with(Vec::new())
        .app(App::from_public_key("2021000000000009", APP_PUBLIC).unwrap())
        .start()
        .await
        .unwrap();
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("app_id", "2021000000000009").signed();
    assert_eq!(method_answer(&post_form(&gateway, &params).await, CARD_QUERY).code(), "10000");
    assert_eq!(gateway.apps().len(), 2);
    assert!(gateway.apps()[1].private_key().is_none());
    // Each app is verified with its own key.
    let other = App::generate("2021000000000010").unwrap();
    let gateway = builder_with(Vec::new()).app(other.clone()).start().await.unwrap();
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("app_id", "2021000000000010").signed();
    assert_eq!(error_response(&post_form(&gateway, &params).await).sub_code(), "isv.invalid-signature");
    let pem = other.private_key().unwrap().to_pkcs1_pem();
    let params =
        Params::new(CARD_QUERY, CARD_EXAMPLE).set("app_id", "2021000000000010").signed_with(&pem, SignType::Rsa2);
    assert_eq!(method_answer(&post_form(&gateway, &params).await, CARD_QUERY).code(), "10000");
}

#[tokio::test]
async fn content_encryption_is_refused_after_the_signature() {
    let gateway = gateway().await;
    let params = Params::new(CARD_QUERY, "aGVsbG8=").set("encrypt_type", "AES").signed();
    let answer = error_response(&post_form(&gateway, &params).await);
    assert_eq!(answer.sub_code(), "isv.invalid-encrypt-type");
    assert_eq!(answer.sub_msg(), "无效的加密类型: this stand-in gateway does not decrypt content (encrypt_type)");
}

#[tokio::test]
async fn repeated_parameters_must_agree() {
    let gateway = gateway().await;
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).signed();
    // The whole form in the query and again in the body: the same values, one call.
    let form = params.encode(|_| true);
    let http = post(&gateway, Some(&form), Some("application/x-www-form-urlencoded"), form.clone().into_bytes()).await;
    assert_eq!(method_answer(&http, CARD_QUERY).code(), "10000");
    assert_eq!(gateway.last_call().unwrap().params.len(), params.pairs.len());

    // The same name with two values.
    let query = params.encode(|name| name != "biz_content");
    let body = format!(
        "biz_content={}&app_id=2021000000000002",
        percent_encoding::utf8_percent_encode(CARD_EXAMPLE, percent_encoding::NON_ALPHANUMERIC)
    );
    let answer = error_response(
        &post(&gateway, Some(&query), Some("application/x-www-form-urlencoded"), body.into_bytes()).await,
    );
    assert_eq!(
        answer.node,
        failure_node(
            "40002",
            "Invalid Arguments",
            "isv.invalid-parameter",
            "参数无效: the parameter `app_id` is given twice, with different values"
        )
    );
    assert!(gateway.last_call().unwrap().params.is_empty());
}

#[tokio::test]
async fn bodies_that_are_not_forms_or_not_in_the_charset() {
    let gateway = gateway().await;
    let query = Params::new(CARD_QUERY, CARD_EXAMPLE).signed().encode(|name| name != "biz_content");
    let answer = error_response(&post(&gateway, Some(&query), Some("application/json"), CARD_EXAMPLE.into()).await);
    assert_eq!(answer.sub_code(), "isv.invalid-parameter");
    assert_eq!(
        answer.sub_msg(),
        "参数无效: the body is `application/json`; parameters go in the URL query, an \
         application/x-www-form-urlencoded body or, with files, a multipart/form-data body"
    );

    // 0xB2 0xE2 is 测 in GBK, not UTF-8.
    let answer = error_response(&post(&gateway, Some(&query), None, b"biz_content=%B2%E2".to_vec()).await);
    assert_eq!(
        answer.node,
        failure_node(
            "40002",
            "Invalid Arguments",
            "isv.invalid-charset",
            "字符集错误: the parameter `biz_content`: the bytes are not valid utf-8: malformed sequence at byte 0"
        )
    );
}

#[tokio::test]
async fn refusals_are_signed_in_the_calls_charset_and_sign_type_once_they_are_known() {
    let gateway = gateway().await;
    let mut params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("charset", "GBK").set("sign_type", "RSA");
    params.charset = Charset::Gbk;
    // Signed with the wrong key: refused after charset and sign type are known.
    let params = params.signed_with(ALIPAY_PRIVATE, SignType::Rsa);
    let answer = signed_answer(&post_form(&gateway, &params).await, "error_response", SignType::Rsa, Charset::Gbk);
    assert_eq!(answer.sub_code(), "isv.invalid-signature");
    assert_eq!(gateway.last_call().unwrap().sign_type, Some(SignType::Rsa));
}
