//! Uploads: a method whose fields travel as parameters, called with `multipart/form-data` bodies made by reqwest's
//! encoder (independent of the runtime's), signed by hand: text parts signed, files not; the spec's rules on files
//! and text alike; malformed bodies refused with what is wrong.

mod common;

use alipay_mock::{Rule, Scenario};
use common::*;
use reqwest::multipart::{Form, Part};

const UPLOAD: &str = "alipay.test.image.upload";

/// An upload method: two text parameters, a required file of at most 1024 bytes, an optional one.
const UPLOAD_SPEC: &str = r#"
method = "alipay.test.image.upload"
title = "上传图片"
description = "Uploads an image."
request_in = "params"

[request.image_type]
type = "string"
required = true
max_length = 8
description = "格式"

[request.image_name]
type = "string"
required = true
max_length = 16
description = "名称"

[request.image_content]
type = "file"
required = true
max_length = 1024
description = "内容"

[request.thumbnail]
type = "file"
description = "缩略图"

[response.image_id]
type = "string"
required = true
description = "图片ID"

[errors.INVALID_PARAMETER]
description = "参数无效"
solution = "检查请求参数"

[examples]
request = '{"image_type": "png", "image_name": "卡面"}'
response = '''
{"alipay_test_image_upload_response": {"code": "10000", "msg": "Success", "image_id": "IMG1"}, "sign": "x"}
'''
"#;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

async fn upload_gateway() -> alipay_mock::MockGateway {
    builder_with(vec![spec(UPLOAD_SPEC)]).start().await.unwrap()
}

/// The common parameters of an upload and its text parameters, signed together.
fn signed(image_name: &str) -> Params {
    Params::new(UPLOAD, "").without("biz_content").set("image_type", "png").set("image_name", image_name).signed()
}

const TEXT: &[&str] = &["image_type", "image_name"];

/// The files of a call: each part's name and content.
type Files = Vec<(&'static str, Vec<u8>)>;

/// Posts `params` as the Java SDK does: the common ones in the query, the text ones as parts, with `files`.
async fn post_upload(gateway: &alipay_mock::MockGateway, params: &Params, files: Files) -> Http {
    let query = params.encode(|name| !TEXT.contains(&name));
    let mut form = Form::new();
    for name in TEXT {
        if let Some((_, value)) = params.pairs.iter().find(|(key, _)| key == name) {
            form = form.text(*name, value.clone());
        }
    }
    for (name, content) in files {
        form = form.part(name, Part::bytes(content).file_name("card.png").mime_str("image/png").unwrap());
    }
    let response =
        reqwest::Client::new().post(format!("{}?{query}", gateway.url())).multipart(form).send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    Http { status, content_type, body: response.bytes().await.unwrap().to_vec() }
}

#[tokio::test]
async fn an_upload_is_answered_and_its_file_recorded_unsigned() {
    let gateway = upload_gateway().await;
    let params = signed("卡面");
    let answer = method_answer(&post_upload(&gateway, &params, vec![("image_content", PNG.to_vec())]).await, UPLOAD);
    assert_eq!(answer.node, r#"{"code": "10000", "msg": "Success", "image_id": "IMG1"}"#);

    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert_eq!(call.param("image_name"), Some("卡面"));
    let file = call.file("image_content").unwrap();
    assert_eq!((file.filename.as_str(), file.content_type.as_deref()), ("card.png", Some("image/png")));
    assert_eq!(file.content, PNG);
    // The text parameters are signed, the file is not.
    let sign_string = call.sign_string.as_deref().unwrap();
    assert!(sign_string.contains("&image_name=卡面&image_type=png&"), "{sign_string}");
    assert!(!sign_string.contains("image_content"), "{sign_string}");
    // Debug output shows a file's size, not its bytes.
    assert!(format!("{file:?}").contains("size: 16"), "{file:?}");
}

#[tokio::test]
async fn files_and_text_are_checked_against_the_spec() {
    let gateway = upload_gateway().await;
    let cases: [(Files, Params, &str); 4] = [
        (vec![], signed("卡面"), "`image_content` is required but missing"),
        (
            vec![("image_content", vec![0; 1025])],
            signed("卡面"),
            "`image_content` is 1025 bytes; at most 1024 are allowed",
        ),
        (vec![("image_content", Vec::new())], signed("卡面"), "`image_content` is required but empty"),
        (
            vec![("image_content", PNG.to_vec()), ("image_name", PNG.to_vec())],
            signed("卡面").without("image_name").signed(),
            "`image_name` must be a string (a text parameter), found a file",
        ),
    ];
    for (files, params, sub_msg) in cases {
        let answer = method_answer(&post_upload(&gateway, &params, files).await, UPLOAD);
        assert_eq!(answer.code(), "40004", "{}", answer.node);
        assert_eq!(answer.sub_code(), "INVALID_PARAMETER");
        assert_eq!(answer.sub_msg(), sub_msg);
    }
    // An optional file may come too.
    let both = vec![("image_content", PNG.to_vec()), ("thumbnail", PNG.to_vec())];
    let answer = method_answer(&post_upload(&gateway, &signed("卡面"), both).await, UPLOAD);
    assert_eq!(answer.code(), "10000");
    assert_eq!(gateway.last_call().unwrap().files.len(), 2);
}

#[tokio::test]
async fn a_text_parameter_changed_after_signing_fails_the_signature_but_a_file_does_not() {
    let gateway = upload_gateway().await;
    let tampered = signed("卡面").set("image_name", "另一张");
    let answer = error_response(&post_upload(&gateway, &tampered, vec![("image_content", PNG.to_vec())]).await);
    assert_eq!(answer.sub_code(), "isv.invalid-signature");
    assert!(answer.sub_msg().contains("image_name=另一张"), "{}", answer.node);

    // Any file goes with the same signature: files are not signed.
    let params = signed("卡面");
    for content in [PNG.to_vec(), b"GIF89a".to_vec()] {
        let answer = method_answer(&post_upload(&gateway, &params, vec![("image_content", content)]).await, UPLOAD);
        assert_eq!(answer.code(), "10000");
    }
}

#[tokio::test]
async fn a_file_for_a_biz_content_method_and_a_malformed_body_are_refused() {
    let gateway = upload_gateway().await;
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).signed();
    let form = Form::new()
        .text("biz_content", CARD_EXAMPLE)
        .part("image_content", Part::bytes(PNG.to_vec()).file_name("card.png"));
    let query = params.encode(|name| name != "biz_content");
    let response =
        reqwest::Client::new().post(format!("{}?{query}", gateway.url())).multipart(form).send().await.unwrap();
    let http = Http {
        status: response.status().as_u16(),
        content_type: response.headers()["content-type"].to_str().unwrap().to_owned(),
        body: response.bytes().await.unwrap().to_vec(),
    };
    let answer = method_answer(&http, CARD_QUERY);
    assert_eq!(answer.sub_code(), "INVALID_PARAMETER");
    assert_eq!(
        answer.sub_msg(),
        "`image_content` is a file, but `alipay.marketing.card.query` takes its parameters in `biz_content`, without files"
    );

    let query = signed("卡面").encode(|_| true);
    let malformed = b"--B\r\nContent-Disposition: form-data\r\n\r\n1\r\n--B--".to_vec();
    let answer =
        error_response(&post(&gateway, Some(&query), Some("multipart/form-data; boundary=B"), malformed).await);
    assert_eq!(answer.sub_code(), "isv.invalid-parameter");
    assert!(
        answer.sub_msg().ends_with(
            "the multipart/form-data body is malformed: part 1 has no `Content-Disposition: form-data; name=\"...\"`"
        ),
        "{}",
        answer.node
    );
}

#[tokio::test]
async fn rules_compare_text_parameters_and_never_files() {
    let gateway = upload_gateway().await;
    gateway
        .add_rule(Rule::new(UPLOAD).when("image_name", "重复").failure(alipay_mock::Failure::new("INVALID_PARAMETER")))
        .unwrap();
    let answer =
        method_answer(&post_upload(&gateway, &signed("重复"), vec![("image_content", PNG.to_vec())]).await, UPLOAD);
    assert_eq!((answer.sub_code(), gateway.last_call().unwrap().rule), ("INVALID_PARAMETER", Some(1)));

    let error = gateway.set_scenario(&Scenario::new().rule(Rule::new(UPLOAD).when("image_content", "x"))).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("`when` names `image_content`, a file"), "{message}");
    assert!(message.contains("rules compare text parameters only; remove it from `when`"), "{message}");
}
