//! What a valid call gets: the spec's documented example or its "not found" code by default, or what a
//! scenario (a file, or rules in Rust) says.

mod common;

use std::time::Duration;

use alipay_core::response::ResponseBody;
use alipay_core::{Charset, Error, RequestOptions, SignType, SignatureError};
use alipay_mock::{Failure, MockGateway, Rule, Scenario, StartError};
use alipay_spec::SourceFile;
use common::*;

/// The node of a spec's success example, exactly as the spec writes it.
fn example_node(method: &str) -> String {
    let spec = specs().specs.into_iter().find(|spec| spec.method == method).unwrap();
    let body = spec.examples.response.unwrap();
    ResponseBody::parse(&body, &alipay_core::response_key(method)).unwrap().node().to_owned()
}

#[tokio::test]
async fn the_documented_request_gets_the_documented_node_re_signed() {
    let gateway = gateway().await;
    for (method, request) in [(CARD_QUERY, CARD_EXAMPLE), (NFC_SEND, NFC_EXAMPLE)] {
        let answer = method_answer(&post_form(&gateway, &Params::new(method, request).signed()).await, method);
        assert_eq!(answer.node, example_node(method), "{method}");
        assert_eq!(answer.code(), "10000");
    }
    // The client verifies and returns the same text.
    let client = client(&gateway);
    let raw = client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.node, example_node(CARD_QUERY));
    assert!(raw.verified);
}

#[tokio::test]
async fn only_the_match_fields_decide() {
    let gateway = gateway().await;
    let client = client(&gateway);
    // The card query matches on target_card_no and target_card_no_type: the optional fields may differ.
    let with_user = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD","card_user_info":{"user_uni_id":"2088","user_uni_id_type":"UID"},"ext_info":"x"}"#;
    let raw = client.execute_raw(CARD_QUERY, with_user.to_owned(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.node, example_node(CARD_QUERY));
    // The nfccard send matches on issue_org_no and card_no, not on card_status.
    let freeze = r#"{"issue_org_no":"12345678","card_no":"12345678","card_status":"FREEZE"}"#;
    let raw = client.execute_raw(NFC_SEND, freeze.to_owned(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.node, example_node(NFC_SEND));
}

#[tokio::test]
async fn any_other_resource_is_not_found_with_the_methods_own_code() {
    let gateway = gateway().await;
    let cases = [
        (
            CARD_QUERY,
            r#"{"target_card_no":"0000002","target_card_no_type":"BIZ_CARD"}"#,
            "CARD_NOT_EXIT",
            "会员卡不存在",
        ),
        (
            CARD_QUERY,
            r#"{"target_card_no":"0000001","target_card_no_type":"D_QR_CODE"}"#,
            "CARD_NOT_EXIT",
            "会员卡不存在",
        ),
        (
            NFC_SEND,
            r#"{"issue_org_no":"12345678","card_no":"1","card_status":"CANCEL"}"#,
            "CARD_NOT_EXIST",
            "卡片不存在",
        ),
    ];
    for (method, request, sub_code, sub_msg) in cases {
        let answer = method_answer(&post_form(&gateway, &Params::new(method, request).signed()).await, method);
        assert_eq!(answer.node, failure_node("40004", "Business Failed", sub_code, sub_msg), "{request}");
    }
}

#[tokio::test]
async fn without_not_found_or_examples_every_call_gets_the_success() {
    let bare = r#"
method = "alipay.test.thing.query"
title = "T"
description = "D"
[request.id]
type = "string"
required = true
description = "编号"
[response]
"#;
    let example_only = bare.replace("alipay.test.thing.query", "alipay.test.thing.get")
        + "[examples]\nresponse = '{\"alipay_test_thing_get_response\": {\"code\": \"10000\", \"msg\": \"Success\", \"id\": \"1\"}, \"sign\": \"x\"}'\n";
    let gateway = builder_with(vec![spec(bare), spec(&example_only)]).start().await.unwrap();
    let client = client(&gateway);
    let raw = client
        .execute_raw("alipay.test.thing.query", r#"{"id":"9"}"#.to_owned(), &RequestOptions::new())
        .await
        .unwrap();
    assert_eq!(raw.node, r#"{"code":"10000","msg":"Success"}"#);
    let raw =
        client.execute_raw("alipay.test.thing.get", r#"{"id":"9"}"#.to_owned(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.node, r#"{"code": "10000", "msg": "Success", "id": "1"}"#);
}

const SCENARIO: &str = r#"
# A card the specs do not document.
[[rule]]
method = "alipay.marketing.card.query"
when = { target_card_no = "0000002", target_card_no_type = "BIZ_CARD" }
success = '''
{"schema_url": "alipays://x", "card_info": {"open_date": "2024-01-01 12:00:00", "valid_date": "2025-01-01 12:00:00"}}
'''

[[rule]]
method = "alipay.marketing.card.query"
when = { card_user_info.user_uni_id = "2088000000000000" }
failure = { sub_code = "NO_CARD_TYPE" }

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "busy" }
failure = { sub_code = "isp.unknow-error", sub_msg = "系统繁忙" }

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "new-code" }
failure = { sub_code = "CARD_LOCKED", sub_msg = "卡片已锁定" }

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "proxy" }
status = 502
body = "<html><body>Bad Gateway</body></html>"

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "slow" }
delay_ms = 5000

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "unsigned" }
unsigned = true

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = "teapot" }
status = 500
failure = { sub_code = "CARD_NOT_EXIST", code = "40004", msg = "Business Failed", sub_msg = "no such card" }

# Never reached for card 0000002: the first matching rule wins.
[[rule]]
method = "alipay.marketing.card.query"
when = { target_card_no = "0000002" }
failure = { sub_code = "SYSTEM_ERROR" }
"#;

async fn scenario_gateway() -> MockGateway {
    let scenario = Scenario::from_toml(SourceFile::new("scenario.toml", SCENARIO)).unwrap();
    builder_with(Vec::new()).scenario(scenario).start().await.unwrap()
}

fn nfc(card_no: &str) -> String {
    format!(r#"{{"issue_org_no":"12345678","card_no":"{card_no}","card_status":"CANCEL"}}"#)
}

#[tokio::test]
async fn scenario_successes_get_code_and_msg_and_are_signed() {
    let gateway = scenario_gateway().await;
    let request = r#"{"target_card_no":"0000002","target_card_no_type":"BIZ_CARD"}"#;
    let answer = method_answer(&post_form(&gateway, &Params::new(CARD_QUERY, request).signed()).await, CARD_QUERY);
    assert_eq!(
        answer.node,
        r#"{"code":"10000","msg":"Success","schema_url": "alipays://x", "card_info": {"open_date": "2024-01-01 12:00:00", "valid_date": "2025-01-01 12:00:00"}}"#
    );
    assert_eq!(gateway.last_call().unwrap().rule, Some(1));
    // The documented card still gets the documented answer.
    let answer = method_answer(&post_form(&gateway, &Params::new(CARD_QUERY, CARD_EXAMPLE).signed()).await, CARD_QUERY);
    assert_eq!(answer.node, example_node(CARD_QUERY));
    assert_eq!(gateway.last_call().unwrap().rule, None);
}

#[tokio::test]
async fn scenario_failures_take_their_texts_from_the_specs() {
    let gateway = scenario_gateway().await;
    let client = client(&gateway);
    let nested = r#"{"target_card_no":"9","target_card_no_type":"BIZ_CARD","card_user_info":{"user_uni_id":"2088000000000000","user_uni_id_type":"UID"}}"#;
    let cases = [
        (CARD_QUERY, nested.to_owned(), ("40004", "Business Failed", "NO_CARD_TYPE", "卡类型不正确")),
        (NFC_SEND, nfc("busy"), ("20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙")),
        (NFC_SEND, nfc("new-code"), ("40004", "Business Failed", "CARD_LOCKED", "卡片已锁定")),
    ];
    for (method, request, (code, msg, sub_code, sub_msg)) in cases {
        let answer = method_answer(&post_form(&gateway, &Params::new(method, &request).signed()).await, method);
        assert_eq!(answer.node, failure_node(code, msg, sub_code, sub_msg), "{request}");
        let error = client.execute_raw(method, request, &RequestOptions::new()).await.unwrap_err();
        let failure = error.platform().unwrap();
        assert_eq!((failure.code.as_str(), failure.sub_code.as_deref()), (code, Some(sub_code)));
    }
}

#[tokio::test]
async fn scenario_transport_troubles() {
    let gateway = scenario_gateway().await;
    let client = client(&gateway);

    // A raw body with its status, as a proxy would answer.
    let http = post_form(&gateway, &Params::new(NFC_SEND, &nfc("proxy")).signed()).await;
    assert_eq!((http.status, http.content_type.as_str()), (502, "text/html;charset=utf-8"));
    assert_eq!(http.text(), "<html><body>Bad Gateway</body></html>");
    let error = client.execute_raw(NFC_SEND, nfc("proxy"), &RequestOptions::new()).await.unwrap_err();
    assert!(matches!(&error, Error::Http { status: 502, excerpt } if excerpt.contains("Bad Gateway")), "{error:?}");
    assert_eq!(gateway.last_call().unwrap().code, None);

    // A signed node with an error status.
    let http = post_form(&gateway, &Params::new(NFC_SEND, &nfc("teapot")).signed()).await;
    assert_eq!(http.status, 500);
    assert!(http.text().contains("\"sub_msg\":\"no such card\""));

    // No signature: a failure comes through unverified, a success is not trusted.
    let http = post_form(&gateway, &Params::new(NFC_SEND, &nfc("unsigned")).signed()).await;
    let not_found = failure_node("40004", "Business Failed", "CARD_NOT_EXIST", "卡片不存在");
    assert_eq!(http.text(), format!("{{\"alipay_commerce_transport_nfccard_send_response\":{not_found}}}"));
    let error = client.execute_raw(NFC_SEND, nfc("unsigned"), &RequestOptions::new()).await.unwrap_err();
    assert!(!error.platform().unwrap().verified);
    gateway.set_scenario(&Scenario::new().rule(Rule::new(NFC_SEND).unsigned())).unwrap();
    let error = client.execute_raw(NFC_SEND, NFC_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap_err();
    assert!(matches!(error, Error::Signature { source: SignatureError::Missing, .. }), "{error:?}");
    gateway.set_scenario(&Scenario::from_toml(SourceFile::new("scenario.toml", SCENARIO)).unwrap()).unwrap();

    // A slow answer: a client with a short limit gives up.
    let impatient = client_builder_for(&gateway).timeout(Duration::from_millis(300)).build().unwrap();
    let error = impatient.execute_raw(NFC_SEND, nfc("slow"), &RequestOptions::new()).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}

fn client_builder_for(gateway: &MockGateway) -> alipay_core::ClientBuilder {
    alipay_core::Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE)
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url(&gateway.url())
}

#[tokio::test]
async fn rules_answer_only_valid_calls() {
    let gateway = scenario_gateway().await;
    // `card_status` is missing: the validation answers, not the rule for card "busy".
    let answer = method_answer(
        &post_form(&gateway, &Params::new(NFC_SEND, r#"{"issue_org_no":"1","card_no":"busy"}"#).signed()).await,
        NFC_SEND,
    );
    assert_eq!(answer.sub_code(), "INVALID_PARAMETER");
    assert_eq!(gateway.last_call().unwrap().rule, None);
}

#[tokio::test]
async fn rules_in_rust_added_to_a_running_gateway() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let request = r#"{"target_card_no":"0000003","target_card_no_type":"BIZ_CARD","card_user_info":{"user_uni_id":"2088","user_uni_id_type":"UID"}}"#;
    gateway
        .add_rule(
            Rule::new(CARD_QUERY)
                .when("card_user_info.user_uni_id", "2088")
                .when("target_card_no", "0000003")
                .success(r#"{"schema_url":"s","card_info":{}}"#),
        )
        .unwrap();
    let raw = client.execute_raw(CARD_QUERY, request.to_owned(), &RequestOptions::new()).await.unwrap();
    assert_eq!(raw.node, r#"{"code":"10000","msg":"Success","schema_url":"s","card_info":{}}"#);

    // A later rule does not override an earlier one; a new scenario replaces them all.
    gateway.add_rule(Rule::new(CARD_QUERY).failure(Failure::new("SYSTEM_ERROR"))).unwrap();
    let raw = client.execute_raw(CARD_QUERY, request.to_owned(), &RequestOptions::new()).await.unwrap();
    assert!(raw.node.contains("\"schema_url\":\"s\""));
    gateway
        .set_scenario(&Scenario::new().rule(Rule::new(CARD_QUERY).failure(Failure::new("SYSTEM_ERROR").sub_msg("忙"))))
        .unwrap();
    let error = client.execute_raw(CARD_QUERY, request.to_owned(), &RequestOptions::new()).await.unwrap_err();
    assert_eq!(error.platform().unwrap().sub_msg.as_deref(), Some("忙"));
    assert_eq!(gateway.last_call().unwrap().rule, Some(1));

    // A rule that does not fit the specs is refused and changes nothing.
    let errors = gateway.add_rule(Rule::new("alipay.marketing.card.qeury")).unwrap_err();
    let served: Vec<String> = specs().specs.iter().map(|spec| format!("`{}`", spec.method)).collect();
    assert_eq!(
        errors.to_string(),
        format!(
            "error: unknown method `alipay.marketing.card.qeury`; did you mean `alipay.marketing.card.query`?\n \
             --> scenario rule 2 (`alipay.marketing.card.qeury`)\n  \
             = help: the gateway serves {}",
            served.join(", ")
        )
    );
    let error = client.execute_raw(CARD_QUERY, request.to_owned(), &RequestOptions::new()).await.unwrap_err();
    assert_eq!(error.platform().unwrap().sub_msg.as_deref(), Some("忙"));
}

#[tokio::test]
async fn answers_to_rsa_and_gbk_calls_are_signed_and_written_their_way() {
    let gateway = gateway().await;
    let mut params = Params::new(CARD_QUERY, CARD_EXAMPLE).set("sign_type", "RSA").set("charset", "gbk");
    params.charset = Charset::Gbk;
    let params = params.signed_with(APP_PRIVATE, SignType::Rsa);
    let http = post_form(&gateway, &params).await;
    let answer = signed_answer(&http, "alipay_marketing_card_query_response", SignType::Rsa, Charset::Gbk);
    assert_eq!(answer.node, example_node(CARD_QUERY));
    // 专业 in the example is GBK on the wire: D7 A8 D2 B5.
    assert!(http.body.windows(4).any(|window| window == [0xD7, 0xA8, 0xD2, 0xB5]));
}

#[tokio::test]
async fn scenario_files_are_checked_against_the_specs_with_locations() {
    let text = r#"[[rule]]
method = "alipay.marketing.card.qery"

[[rule]]
method = "alipay.marketing.card.query"
when = { target_card_numb = "1", card_user_info = { user_uniid = "2" } }
failure = { sub_code = "CARD_NOT_EXIST" }

[[rule]]
method = "alipay.commerce.transport.nfccard.send"
when = { card_no = { x = 1 } }
success = '[1]'
status = 1000
"#;
    let scenario = Scenario::from_toml(SourceFile::new("scenario.toml", text)).unwrap();
    let error = builder_with(Vec::new()).scenario(scenario).start().await.unwrap_err();
    let StartError::Scenario(errors) = error else { panic!("{error}") };
    let rendered: Vec<String> =
        errors.0.iter().map(|error| format!("{}:{}: {}", error.line, error.column, error.message)).collect();
    assert_eq!(
        rendered,
        [
            "2:10: unknown method `alipay.marketing.card.qery`; did you mean `alipay.marketing.card.query`?",
            // `when` tables are checked in name order.
            "6:8: `when` names `card_user_info.user_uniid`, which is not a field of `card_user_info`; did you mean `user_uni_id`?",
            "6:8: `when` names `target_card_numb`, which is not a field of the request; did you mean `target_card_no`?",
            "7:11: `CARD_NOT_EXIST` is neither an error code of `alipay.marketing.card.query` nor a common sub_code; did you mean `CARD_NOT_EXIT`?",
            "11:8: `when` compares `card_no` with an object, but it is of type `string`",
            "12:11: `success` must be a JSON object, found an array",
            "13:10: `1000` is not an HTTP status",
        ]
    );
    assert!(errors.to_string().contains(" --> scenario.toml:2:10\n"), "{errors}");
}

#[test]
fn scenario_files_that_do_not_have_the_format() {
    let parse = |text: &str| Scenario::from_toml(SourceFile::new("scenario.toml", text)).unwrap_err();
    let errors = parse("[[rule]]\nwhen = { a = 1 }\n");
    assert_eq!((errors.0[0].line, errors.0[0].message.as_str()), (1, "missing field `method`"));
    let errors = parse("[[rule]]\nmethod = \"a.b.c\"\nsuccess = '{}'\nbody = \"x\"\n");
    assert_eq!(errors.0[0].message, "a rule answers with one of `success`, `failure` and `body`");
    let errors = parse("[[rule]]\nmethod = \"a.b.c\"\nwhen = { open_date = 2024-01-01 12:00:00 }\n");
    assert_eq!(errors.0[0].message, "`when` holds a TOML date-time");
    let errors = parse("[[rule]]\nmethod = \"a.b.c\"\nfailure = { code = \"40004\" }\n");
    assert_eq!(errors.0[0].message, "missing field `sub_code`");
    assert_eq!(errors.0[0].line, 3);
    // A file with no rules is a scenario that answers from the specs.
    assert!(Scenario::from_toml(SourceFile::new("s.toml", "# nothing yet\n")).unwrap().rules().is_empty());
}
