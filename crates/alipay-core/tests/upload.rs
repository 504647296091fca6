//! Requests whose fields travel as parameters, with files: what is signed (the text, never the files), where each
//! part goes (common parameters in the URL query, the method's own as multipart parts), and the call end to end
//! against a canned server.

mod common;

use alipay_core::__private::{Rules, Validate, Validator};
use alipay_core::response::signed_response_body;
use alipay_core::{
    Charset, Client, DateTime, Error, FileItem, Method, PrivateKey, PublicKey, RequestIn, RequestOptions, SignType,
    ViolationKind, verify_request_params,
};
use common::*;
use serde::{Deserialize, Serialize};

/// `alipay.offline.material.image.upload`, written by hand as generated code would be.
#[derive(Debug, Clone, Serialize)]
struct ImageUpload {
    image_type: String,
    image_name: String,
    #[serde(skip)]
    image_content: FileItem,
    #[serde(skip_serializing_if = "Option::is_none")]
    image_pid: Option<String>,
    #[serde(skip)]
    thumbnail: Option<FileItem>,
}

impl ImageUpload {
    fn new(image_content: FileItem) -> Self {
        Self {
            image_type: "png".to_owned(),
            image_name: "海底捞".to_owned(),
            image_content,
            image_pid: None,
            thumbnail: None,
        }
    }
}

impl Validate for ImageUpload {
    fn validate_into(&self, validator: &mut Validator) {
        let rules = |required, max_length| Rules { required, max_length: Some(max_length), max_items: None };
        validator.field("image_type", &self.image_type, rules(true, 8));
        validator.field("image_name", &self.image_name, rules(true, 128));
        validator.field("image_content", &self.image_content, rules(true, 16));
        validator.field("image_pid", &self.image_pid, rules(false, 16));
        validator.field("thumbnail", &self.thumbnail, rules(false, 16));
    }
}

#[derive(Debug, Deserialize)]
struct ImageUploadResponse {
    image_id: String,
}

impl Method for ImageUpload {
    const NAME: &'static str = "alipay.offline.material.image.upload";
    const RESPONSE_KEY: &'static str = "alipay_offline_material_image_upload_response";
    type Response = ImageUploadResponse;
    type SubCode = TradeQuerySubCode;
    const REQUEST_IN: RequestIn = RequestIn::Params;

    fn files(&self) -> Vec<(&'static str, &FileItem)> {
        alipay_core::__private::files([
            ("image_content", Some(&self.image_content)),
            ("thumbnail", self.thumbnail.as_ref()),
        ])
    }
}

/// A request with an optional field named like a common parameter, which no spec allows.
#[derive(Serialize)]
struct Clashing {
    charset: String,
}

impl Validate for Clashing {
    fn validate_into(&self, _validator: &mut Validator) {}
}

impl Method for Clashing {
    const NAME: &'static str = "alipay.test.clash";
    const RESPONSE_KEY: &'static str = "alipay_test_clash_response";
    type Response = ImageUploadResponse;
    type SubCode = TradeQuerySubCode;
    const REQUEST_IN: RequestIn = RequestIn::Params;
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";

fn client(gateway: &str) -> Client {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS8)
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url(gateway)
        .build()
        .unwrap()
}

fn at_noon() -> RequestOptions {
    RequestOptions::new().timestamp("2024-01-01 12:00:00".parse::<DateTime>().unwrap())
}

#[test]
fn the_text_is_signed_and_sent_as_parts_the_file_is_neither_signed_nor_in_the_query() {
    let client = client("http://127.0.0.1:9/gateway.do");
    let request = ImageUpload::new(FileItem::new("card.png", PNG));
    let prepared = client.prepare_with(&request, &at_noon()).unwrap();

    assert_eq!(
        prepared.sign_string(),
        "app_id=2021000000000001&charset=utf-8&format=JSON&image_name=海底捞&image_type=png\
         &method=alipay.offline.material.image.upload&sign_type=RSA2&timestamp=2024-01-01 12:00:00&version=1.0"
    );
    // The common parameters and `sign` in the query, the method's own in the body.
    let query: Vec<(String, String)> = form_pairs(prepared.url_query().unwrap().as_bytes());
    let names: Vec<&str> = query.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["app_id", "method", "format", "charset", "sign_type", "timestamp", "version", "sign"]);
    let boundary = "----AlipayFormBoundary0000000000000000";
    assert_eq!(prepared.content_type(), format!("multipart/form-data; charset=utf-8; boundary={boundary}"));
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"image_type\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\npng\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"image_name\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n海底捞\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"image_content\"; filename=\"card.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(PNG);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    assert_eq!(prepared.form_body(), body);
    let files: Vec<(&str, usize)> = prepared.files().map(|(name, file)| (name, file.len())).collect();
    assert_eq!(files, [("image_content", PNG.len())]);

    // The gateway rebuilds the string from the query and the text parts, and it verifies with the app key.
    let mut received = query;
    received.push(("image_type".to_owned(), "png".to_owned()));
    received.push(("image_name".to_owned(), "海底捞".to_owned()));
    let app_public = PublicKey::from_text(APP_PUBLIC).unwrap();
    assert_eq!(verify_request_params(&received, &app_public), Ok(()));

    // Another file, the same signature.
    let other = client.prepare_with(&ImageUpload::new(FileItem::new("b.gif", &b"GIF89a"[..])), &at_noon()).unwrap();
    assert_eq!((other.sign_string(), other.sign()), (prepared.sign_string(), prepared.sign()));
    assert_ne!(other.form_body(), prepared.form_body());
    // Debug output names the files by size.
    let debug = format!("{prepared:?}");
    assert!(
        debug.contains(
            r#"files: [("image_content", FileItem { name: "card.png", size: 8, content_type: "image/png" })]"#
        ),
        "{debug}"
    );
}

#[test]
fn optional_parameters_and_files_are_sent_when_present() {
    let client = client("http://127.0.0.1:9/gateway.do");
    let mut request = ImageUpload::new(FileItem::new("card.png", PNG));
    request.image_pid = Some("2088021822217233".to_owned());
    request.thumbnail = Some(FileItem::new("small.jpg", &b"\xFF\xD8\xFF\xE0"[..]));
    let prepared = client.prepare_with(&request, &at_noon()).unwrap();
    assert!(prepared.sign_string().contains("&image_pid=2088021822217233&"));
    let files: Vec<(&str, &str)> = prepared.files().map(|(name, file)| (name, file.content_type())).collect();
    assert_eq!(files, [("image_content", "image/png"), ("thumbnail", "image/jpeg")]);
    let body = String::from_utf8_lossy(prepared.form_body());
    assert!(body.contains("name=\"image_pid\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n2088021822217233\r\n"));
    assert!(body.contains("name=\"thumbnail\"; filename=\"small.jpg\"\r\nContent-Type: image/jpeg\r\n"));
}

#[test]
fn a_request_without_files_is_an_ordinary_form_of_its_parameters() {
    let client = client("http://127.0.0.1:9/gateway.do");
    let prepared = client.prepare_with(&Clashing { charset: String::new() }, &at_noon());
    let error = prepared.unwrap_err();
    assert!(
        matches!(&error, Error::Option(message) if message == "the request field `charset` has the name of a parameter the client sends itself"),
        "{error:?}"
    );

    #[derive(Serialize)]
    struct Plain {
        image_name: String,
    }
    impl Validate for Plain {
        fn validate_into(&self, _validator: &mut Validator) {}
    }
    impl Method for Plain {
        const NAME: &'static str = "alipay.test.plain";
        const RESPONSE_KEY: &'static str = "alipay_test_plain_response";
        type Response = ImageUploadResponse;
        type SubCode = TradeQuerySubCode;
        const REQUEST_IN: RequestIn = RequestIn::Params;
    }
    let prepared = client.prepare_with(&Plain { image_name: "卡 面".to_owned() }, &at_noon()).unwrap();
    assert_eq!(prepared.url_query(), None);
    assert_eq!(prepared.content_type(), "application/x-www-form-urlencoded;charset=utf-8");
    let body = form_pairs(prepared.form_body());
    assert_eq!(body[7], ("image_name".to_owned(), "卡 面".to_owned()));
    assert!(body.iter().all(|(name, _)| name != "biz_content"));
    assert_eq!(prepared.files().count(), 0);
}

#[test]
fn files_are_checked_before_anything_is_signed() {
    let client = client("http://127.0.0.1:9/gateway.do");
    let too_large = ImageUpload::new(FileItem::new("card.png", vec![0; 17]));
    let Err(Error::Invalid(errors)) = client.prepare(&too_large) else {
        panic!("a 17-byte file passed a 16-byte limit")
    };
    assert_eq!(errors.violations()[0].kind, ViolationKind::TooLarge { max: 16, size: 17 });
    assert_eq!(errors.to_string(), "invalid request: `image_content` is 17 bytes; at most 16 are allowed");
    let Err(Error::Invalid(errors)) = client.prepare(&ImageUpload::new(FileItem::default())) else { panic!() };
    assert_eq!(errors.to_string(), "invalid request: `image_content` is required but empty");
}

#[tokio::test]
async fn an_upload_is_posted_with_its_query_and_multipart_body() {
    let alipay_private = PrivateKey::from_text(ALIPAY_PRIVATE).unwrap();
    let node = r#"{"code":"10000","msg":"Success","image_id":"vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED"}"#;
    let body =
        signed_response_body(ImageUpload::RESPONSE_KEY, node, &alipay_private, SignType::Rsa2, Charset::Utf8).unwrap();
    let (gateway, mut received) = serve(Reply::json(body)).await;
    let client = client(&gateway);
    let request = ImageUpload::new(FileItem::new("card.png", PNG));
    let response = client.execute_with(&request, &at_noon()).await.unwrap();
    assert_eq!(response.image_id, "vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED");

    let received = received.recv().await.unwrap();
    let prepared = client.prepare_with(&request, &at_noon()).unwrap();
    let request_line = received.head.lines().next().unwrap();
    assert_eq!(request_line, format!("POST /gateway.do?{} HTTP/1.1", prepared.url_query().unwrap()));
    let content_type = received.head.lines().find_map(|line| line.strip_prefix("content-type: ")).unwrap();
    assert_eq!(content_type, prepared.content_type());
    assert_eq!(received.body, prepared.form_body());
}
