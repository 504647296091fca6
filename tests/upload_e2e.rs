//! The typed client of `alipay.offline.material.image.upload` against the stand-in gateway: an image uploaded as a
//! multipart part (from bytes and from a path, in UTF-8 and GBK), its text parameters signed and the file not; a
//! missing or oversized file refused before anything is sent, and by the gateway alike; a text parameter changed
//! after signing refused by the gateway.

use std::path::Path;

use alipay_apis::offline_material_image_upload::{Request, Response, SubCode};
use alipay_apis::{Charset, Client, Error, FileItem, ViolationKind};
use alipay_mock::{MockGateway, load_specs};

/// A 1×1 PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\
    \0\0\0\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\0\x05\0\x01\xff\x89\x99=\x1d\0\0\0\0IEND\xaeB`\x82";

async fn gateway() -> MockGateway {
    let specs =
        load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).unwrap_or_else(|errors| panic!("{errors}"));
    MockGateway::builder(specs.specs, specs.common).start().await.unwrap()
}

fn client(gateway: &MockGateway) -> Client {
    gateway.client_builder().build().unwrap()
}

/// The documented answer of the spec's success example.
fn documented() -> Response {
    Response::new(
        "vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED",
        "http://oalipay-dl-django.alicdn.com/rest/1.0/image?fileIds=vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED&zoom=original",
    )
}

#[tokio::test]
async fn a_small_png_is_uploaded_and_the_documented_answer_decodes() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let request = Request::new("png", "海底捞", FileItem::new("card.png", PNG));
    assert_eq!(client.execute(&request).await.unwrap(), documented());

    let call = gateway.last_call().unwrap();
    assert!(call.verified);
    assert_eq!((call.param("image_type"), call.param("image_name")), (Some("png"), Some("海底捞")));
    assert_eq!(call.biz_content(), None);
    let file = call.file("image_content").unwrap();
    assert_eq!((file.filename.as_str(), file.content_type.as_deref()), ("card.png", Some("image/png")));
    assert_eq!(file.content, PNG);
    // The gateway verified the text parameters with the common ones, and nothing of the file.
    let sign_string = call.sign_string.as_deref().unwrap();
    assert!(sign_string.contains("&image_name=海底捞&image_type=png&method=alipay.offline.material.image.upload&"));
    assert!(!sign_string.contains("image_content"), "{sign_string}");
    assert_eq!(sign_string.split('&').count(), 9, "{sign_string}");
}

#[tokio::test]
async fn files_come_from_paths_and_gbk_clients_upload_too() {
    let gateway = gateway().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("门店.png");
    std::fs::write(&path, PNG).unwrap();
    let gbk = gateway.client_builder().charset(Charset::Gbk).build().unwrap();
    let request = Request::new("png", "海底捞", FileItem::from_path(&path).unwrap()).image_pid("2088021822217233");
    assert_eq!(gbk.execute(&request).await.unwrap(), documented());

    let call = gateway.last_call().unwrap();
    assert_eq!(call.charset, Some(Charset::Gbk));
    assert_eq!((call.param("image_name"), call.param("image_pid")), (Some("海底捞"), Some("2088021822217233")));
    let file = call.file("image_content").unwrap();
    assert_eq!((file.filename.as_str(), file.content.as_slice()), ("门店.png", PNG));

    let error = FileItem::from_path(dir.path().join("absent.png")).unwrap_err();
    assert!(error.to_string().starts_with("cannot read the file `"), "{error}");
}

#[tokio::test]
async fn a_missing_or_oversized_file_is_refused_before_sending() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let missing = Request::new("png", "海底捞", FileItem::default());
    let Err(Error::Invalid(errors)) = client.execute(&missing).await else { panic!("an empty file was sent") };
    assert_eq!(errors.to_string(), "invalid request: `image_content` is required but empty");

    let limit = 5 * 1024 * 1024;
    let oversized = Request::new("png", "海底捞", FileItem::new("big.png", vec![0; limit + 1]));
    let Err(Error::Invalid(errors)) = client.execute(&oversized).await else { panic!("a 5M+1 file was sent") };
    assert_eq!(errors.violations()[0].kind, ViolationKind::TooLarge { max: limit as u32, size: limit as u64 + 1 });
    assert!(gateway.calls().is_empty());

    // A file at the limit goes through (the gateway reads bodies well beyond 5 MiB).
    let largest = Request::new("png", "海底捞", FileItem::new("big.png", vec![0; limit]));
    assert_eq!(client.execute(&largest).await.unwrap(), documented());
    assert_eq!(gateway.last_call().unwrap().file("image_content").unwrap().content.len(), limit);
}

#[tokio::test]
async fn the_gateway_refuses_a_missing_file_and_a_tampered_text_parameter() {
    let gateway = gateway().await;
    let client = client(&gateway);
    let prepared = client.prepare(&Request::new("png", "海底捞", FileItem::new("card.png", PNG))).unwrap();
    let url = format!("{}?{}", gateway.url(), prepared.url_query().unwrap());
    let post = |body: Vec<u8>| {
        let request = reqwest::Client::new().post(&url).header("content-type", prepared.content_type()).body(body);
        async move { request.send().await.unwrap().bytes().await.unwrap() }
    };
    let decode = |body: &[u8]| client.decode_response::<Request>(body);

    // The same signed text, without the file part: the gateway's own check, in the method's words.
    let body = prepared.form_body();
    let file_part = find(body, b"Content-Disposition: form-data; name=\"image_content\"").unwrap();
    let without_file = [
        &body[..file_part - "------AlipayFormBoundary0000000000000000\r\n".len()],
        b"------AlipayFormBoundary0000000000000000--\r\n",
    ]
    .concat();
    let error = decode(&post(without_file).await).unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(SubCode::InvalidParameter));
    assert_eq!(failure.sub_msg.as_deref(), Some("`image_content` is required but missing"));

    // A text parameter changed after signing: the signature no longer verifies.
    let name = find(body, "海底捞".as_bytes()).unwrap();
    let tampered = [&body[..name], "海底捉".as_bytes(), &body[name + "海底捞".len()..]].concat();
    let error = decode(&post(tampered).await).unwrap_err();
    let failure = error.platform().unwrap();
    assert_eq!(failure.sub_code, Some(SubCode::IsvInvalidSignature));
    assert!(failure.sub_msg.as_deref().unwrap().contains("image_name=海底捉"), "{failure:?}");

    // The untouched body is accepted.
    assert_eq!(decode(&post(body.to_vec()).await).unwrap(), documented());
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}
