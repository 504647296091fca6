//! The HTTP answer: a response body laid out as the platform lays it out, signed with the platform key
//! over the node's bytes in the call's charset, and sent in that charset.

use alipay_core::response::response_body;
use alipay_core::{Charset, SignType};

use crate::certs::PlatformSigner;

/// An HTTP answer, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HttpReply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// How a node is signed: by the platform signer with the call's sign type, or not at all.
#[derive(Clone, Copy)]
pub(crate) enum Signing<'k> {
    Signed(&'k PlatformSigner, SignType),
    Unsigned,
}

/// The keys around a node: its own, and in certificate mode the SN of the certificate whose key signs it.
pub(crate) struct Layout<'a> {
    pub response_key: &'a str,
    pub alipay_cert_sn: Option<&'a str>,
}

/// `{"<response_key>":<node>,"sign":"..."}` in `charset`, the signature over the node's bytes in it; in
/// certificate mode `{"<response_key>":<node>,"alipay_cert_sn":"...","sign":"..."}`, the platform's order.
pub(crate) fn gateway_body(
    layout: &Layout<'_>,
    node: &str,
    signing: Signing<'_>,
    charset: Charset,
    status: u16,
) -> Result<HttpReply, String> {
    let sign = match signing {
        Signing::Signed(signer, sign_type) => {
            let bytes = charset.encode(node).map_err(|error| error.to_string())?;
            Some(signer.sign_base64(sign_type, &bytes).map_err(|error| error.to_string())?)
        }
        Signing::Unsigned => None,
    };
    let text = response_body(layout.response_key, node, layout.alipay_cert_sn, sign.as_deref());
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
