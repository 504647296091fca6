//! The HTTP answer: a response body laid out as the platform lays it out, signed with the platform key
//! over the node's bytes in the call's charset, and sent in that charset.

use alipay_core::response::signed_response_body;
use alipay_core::{Charset, PrivateKey, SignType};

/// An HTTP answer, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HttpReply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// How a node is signed: with the platform key and the call's sign type, or not at all.
#[derive(Clone, Copy)]
pub(crate) enum Signing<'k> {
    Signed(&'k PrivateKey, SignType),
    Unsigned,
}

/// `{"<response_key>":<node>,"sign":"..."}` in `charset`, the signature over the node's bytes in it.
pub(crate) fn gateway_body(
    response_key: &str,
    node: &str,
    signing: Signing<'_>,
    charset: Charset,
    status: u16,
) -> Result<HttpReply, String> {
    let text = match signing {
        Signing::Signed(key, sign_type) => {
            signed_response_body(response_key, node, key, sign_type, charset).map_err(|error| error.to_string())?
        }
        Signing::Unsigned => format!("{{{}:{node}}}", serde_json::Value::from(response_key)),
    };
    let body = charset.encode(&text).map_err(|error| error.to_string())?.into_owned();
    let content_type = match charset {
        Charset::Utf8 => "application/json;charset=utf-8",
        Charset::Gbk => "application/json;charset=GBK",
    };
    Ok(HttpReply { status, content_type, body })
}

/// A raw body, sent as it is.
pub(crate) fn raw_body(body: &str, status: u16) -> HttpReply {
    HttpReply { status, content_type: "text/html;charset=utf-8", body: body.as_bytes().to_vec() }
}

/// What is sent when an answer cannot be made (a node with characters the call's charset lacks).
pub(crate) fn unanswerable(reason: &str) -> HttpReply {
    let text = format!("the stand-in gateway cannot answer this call: {reason}");
    HttpReply { status: 500, content_type: "text/plain;charset=utf-8", body: text.into_bytes() }
}
