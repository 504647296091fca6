//! Shared by the gateway's tests: the fixture keys, gateways set up with them, raw signed calls, and the
//! check every answer must pass (the platform's layout byte for byte, signed with the platform key).
#![allow(dead_code)]

use std::path::Path;

use alipay_core::response::{ERROR_RESPONSE_KEY, ResponseBody};
use alipay_core::{Charset, Client, DateTime, PrivateKey, PublicKey, SignType, sign_base64, sign_string};
use alipay_mock::{App, Builder, MockGateway, SpecSet, load_specs};
use alipay_spec::{SourceFile, Spec, parse_spec};
use percent_encoding::{NON_ALPHANUMERIC, percent_encode};
use serde_json::Value;

pub const APP_ID: &str = "2021000000000001";
pub const APP_PRIVATE: &str = include_str!("../data/app_private_pkcs1.pem");
pub const APP_PUBLIC: &str = include_str!("../data/app_public.pem");
pub const ALIPAY_PRIVATE: &str = include_str!("../data/alipay_private_pkcs1.pem");
pub const ALIPAY_PUBLIC: &str = include_str!("../data/alipay_public.pem");

pub const CARD_QUERY: &str = "alipay.marketing.card.query";
pub const NFC_SEND: &str = "alipay.commerce.transport.nfccard.send";
pub const CARD_EXAMPLE: &str = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#;
pub const NFC_EXAMPLE: &str = r#"{"issue_org_no":"12345678","card_no":"12345678","card_status":"CANCEL"}"#;

/// The workspace's specs.
pub fn specs() -> SpecSet {
    load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")).unwrap_or_else(|errors| panic!("{errors}"))
}

/// A spec from its text.
pub fn spec(text: &str) -> Spec {
    parse_spec(&SourceFile::new("specs/test.toml", text)).unwrap_or_else(|errors| panic!("{errors}"))
}

/// A builder with the workspace's specs (plus `extra`) and the fixture keys.
pub fn builder_with(extra: Vec<Spec>) -> Builder {
    let SpecSet { mut specs, common } = specs();
    specs.extend(extra);
    MockGateway::builder(specs, common)
        .app(App::from_private_key(APP_ID, APP_PRIVATE).unwrap())
        .platform_private_key(PrivateKey::from_text(ALIPAY_PRIVATE).unwrap())
}

/// A gateway with the workspace's specs and the fixture keys.
pub async fn gateway() -> MockGateway {
    builder_with(Vec::new()).start().await.unwrap()
}

/// A client for the gateway with the fixture keys.
pub fn client(gateway: &MockGateway) -> Client {
    client_with(gateway, SignType::Rsa2, Charset::Utf8)
}

pub fn client_with(gateway: &MockGateway, sign_type: SignType, charset: Charset) -> Client {
    Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE)
        .alipay_public_key(ALIPAY_PUBLIC)
        .sign_type(sign_type)
        .charset(charset)
        .gateway_url(&gateway.url())
        .build()
        .unwrap()
}

/// The current China time as the protocol writes it.
pub fn now() -> String {
    DateTime::now().to_string()
}

/// A call's parameters, signed by hand the way the protocol says: every parameter but `sign`, empty
/// values left out, sorted, joined, in `charset`, with `key`.
#[derive(Debug, Clone)]
pub struct Params {
    pub pairs: Vec<(String, String)>,
    pub charset: Charset,
}

impl Params {
    /// The common parameters of a call of `method` with `biz_content`, unsigned.
    pub fn new(method: &str, biz_content: &str) -> Self {
        let pairs = [
            ("app_id", APP_ID),
            ("method", method),
            ("format", "JSON"),
            ("charset", "utf-8"),
            ("sign_type", "RSA2"),
            ("timestamp", &now()),
            ("version", "1.0"),
            ("biz_content", biz_content),
        ]
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
        Self { pairs, charset: Charset::Utf8 }
    }

    /// Sets (or adds) a parameter.
    pub fn set(mut self, name: &str, value: &str) -> Self {
        match self.pairs.iter_mut().find(|(key, _)| key == name) {
            Some(pair) => pair.1 = value.to_owned(),
            None => self.pairs.push((name.to_owned(), value.to_owned())),
        }
        self
    }

    /// Removes a parameter.
    pub fn without(mut self, name: &str) -> Self {
        self.pairs.retain(|(key, _)| key != name);
        self
    }

    /// Signs the parameters with `key` and adds `sign`.
    pub fn signed_with(self, key: &str, sign_type: SignType) -> Self {
        let text = sign_string(self.pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
        let bytes = self.charset.encode(&text).unwrap();
        let sign = sign_base64(&PrivateKey::from_text(key).unwrap(), sign_type, &bytes).unwrap();
        self.set("sign", &sign)
    }

    /// Signs with the app key, RSA2.
    pub fn signed(self) -> Self {
        self.signed_with(APP_PRIVATE, SignType::Rsa2)
    }

    /// The value of a parameter.
    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str()).unwrap()
    }

    /// The named parameters percent-encoded in the charset, as a query or form body.
    pub fn encode(&self, names: impl Fn(&str) -> bool) -> String {
        self.pairs
            .iter()
            .filter(|(name, _)| names(name))
            .map(|(name, value)| {
                let bytes = self.charset.encode(value).unwrap();
                format!("{}={}", name, percent_encode(&bytes, NON_ALPHANUMERIC))
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Http {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Http {
    /// The body as UTF-8 text.
    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }
}

/// Posts `body` (a form unless `content_type` says otherwise) to the gateway, with `query` in the URL.
pub async fn post(gateway: &MockGateway, query: Option<&str>, content_type: Option<&str>, body: Vec<u8>) -> Http {
    let url = match query {
        Some(query) => format!("{}?{query}", gateway.url()),
        None => gateway.url(),
    };
    let mut request = reqwest::Client::new().post(url).body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    http(request.send().await.unwrap()).await
}

/// Every parameter in a form body.
pub async fn post_form(gateway: &MockGateway, params: &Params) -> Http {
    let content_type = format!("application/x-www-form-urlencoded;charset={}", params.charset);
    post(gateway, None, Some(&content_type), params.encode(|_| true).into_bytes()).await
}

/// Every parameter in the URL of a GET.
pub async fn get(gateway: &MockGateway, query: &str) -> Http {
    http(reqwest::Client::new().get(format!("{}?{query}", gateway.url())).send().await.unwrap()).await
}

async fn http(response: reqwest::Response) -> Http {
    let status = response.status().as_u16();
    let content_type =
        response.headers().get("content-type").map(|value| value.to_str().unwrap().to_owned()).unwrap_or_default();
    let body = response.bytes().await.unwrap().to_vec();
    Http { status, content_type, body }
}

/// An answer of the gateway, checked: HTTP 200, JSON in `charset`, laid out byte for byte as
/// `{"<key>":<node>,"sign":"<base64>"}`, the signature verifying over the node's bytes in `charset` with
/// the platform public key and `sign_type`.
#[derive(Debug)]
pub struct Answer {
    /// `error_response` or the method's response key.
    pub key: String,
    /// The node's text.
    pub node: String,
    /// The node, parsed.
    pub value: Value,
}

impl Answer {
    pub fn code(&self) -> &str {
        self.value["code"].as_str().unwrap()
    }

    pub fn sub_code(&self) -> &str {
        self.value["sub_code"].as_str().unwrap()
    }

    pub fn sub_msg(&self) -> &str {
        self.value["sub_msg"].as_str().unwrap()
    }
}

/// Checks an answer that should carry the node `key` (the method's key or `error_response`).
pub fn signed_answer(http: &Http, key: &str, sign_type: SignType, charset: Charset) -> Answer {
    assert_eq!(http.status, 200, "{}", String::from_utf8_lossy(&http.body));
    let expected_type = match charset {
        Charset::Utf8 => "application/json;charset=utf-8",
        Charset::Gbk => "application/json;charset=GBK",
    };
    assert_eq!(http.content_type, expected_type);
    let text = charset.decode(&http.body).unwrap().into_owned();
    let response_key = if key == ERROR_RESPONSE_KEY { "unused_response" } else { key };
    let body = ResponseBody::parse(&text, response_key).unwrap();
    let node = body.node().to_owned();
    let sign = body.sign().expect("a signed answer").to_owned();
    assert_eq!(text, format!("{{\"{key}\":{node},\"sign\":\"{sign}\"}}"), "the platform's layout");
    let platform = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let verified = body.verify(&platform, sign_type, charset).expect("the answer verifies with the platform key");
    assert_eq!(verified, node, "verified over the exact node text");
    let value: Value = serde_json::from_str(&node).unwrap();
    Answer { key: key.to_owned(), node, value }
}

/// An `error_response` answer in UTF-8, RSA2.
pub fn error_response(http: &Http) -> Answer {
    signed_answer(http, ERROR_RESPONSE_KEY, SignType::Rsa2, Charset::Utf8)
}

/// The method's own node in UTF-8, RSA2.
pub fn method_answer(http: &Http, method: &str) -> Answer {
    signed_answer(http, &alipay_core::response_key(method), SignType::Rsa2, Charset::Utf8)
}

/// The exact failure node the gateway writes.
pub fn failure_node(code: &str, msg: &str, sub_code: &str, sub_msg: &str) -> String {
    let text = |value: &str| Value::from(value).to_string();
    format!(
        "{{\"code\":{},\"msg\":{},\"sub_code\":{},\"sub_msg\":{}}}",
        text(code),
        text(msg),
        text(sub_code),
        text(sub_msg)
    )
}
