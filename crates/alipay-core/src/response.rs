//! The signed response: finding the node in the body without re-serialising it, verifying exactly its
//! bytes, and (for a stand-in gateway) producing a signed body.
//!
//! "What is verified is what is parsed": [`ResponseBody::parse`] returns the node's source text, byte for
//! byte as it appears in the body, and [`ResponseBody::verify`] returns the text that verified, which is
//! the text the client then decodes.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::charset::{Charset, CharsetError};
use crate::crypto::{self, SignError, SignatureError, Signer, Verifier};
use crate::sign_type::SignType;

/// The key of the node the gateway answers with when it rejects a call before it reaches the method.
pub const ERROR_RESPONSE_KEY: &str = "error_response";

/// Which node a body carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// The method's own node, `<method with dots as underscores>_response`.
    Method,
    /// `error_response`: the gateway rejected the call (bad app_id, bad signature ...).
    Error,
}

/// A response body split into its parts, with the node's exact source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseBody<'a> {
    kind: NodeKind,
    node: &'a str,
    sign: Option<String>,
    alipay_cert_sn: Option<String>,
}

impl<'a> ResponseBody<'a> {
    /// Finds the node named `response_key` (or `error_response`), `sign` and `alipay_cert_sn` in a body.
    ///
    /// Keys may come in any order, values may hold any escapes, braces or whitespace; other keys are
    /// ignored. A body in which a key appears twice, or that holds both the method's node and
    /// `error_response`, is refused: a signature covers one node, and a second copy could say anything.
    ///
    /// ```
    /// use alipay_core::response::{NodeKind, ResponseBody};
    ///
    /// let body = r#"{"sign":"c2ln","alipay_trade_query_response":{"code":"10000","msg":"a}b"} }"#;
    /// let parsed = ResponseBody::parse(body, "alipay_trade_query_response")?;
    /// assert_eq!(parsed.kind(), NodeKind::Method);
    /// assert_eq!(parsed.node(), r#"{"code":"10000","msg":"a}b"}"#);
    /// assert_eq!(parsed.sign(), Some("c2ln"));
    /// # Ok::<(), alipay_core::response::ResponseError>(())
    /// ```
    pub fn parse(body: &'a str, response_key: &str) -> Result<Self, ResponseError> {
        let mut found = Found::default();
        let mut problem = None;
        let seed = BodySeed { response_key, found: &mut found, problem: &mut problem };
        let mut deserializer = serde_json::Deserializer::from_str(body);
        let result = seed.deserialize(&mut deserializer).and_then(|()| deserializer.end());
        if let Some(problem) = problem {
            return Err(problem);
        }
        if let Err(error) = result {
            return Err(ResponseError::from_json(&error, body));
        }
        let (kind, node) = match (found.method_node, found.error_node) {
            (Some(node), None) => (NodeKind::Method, node),
            (None, Some(node)) => (NodeKind::Error, node),
            (Some(_), Some(_)) => {
                return Err(ResponseError::BothNodes { response_key: response_key.to_owned() });
            }
            (None, None) => {
                return Err(ResponseError::MissingNode {
                    response_key: response_key.to_owned(),
                    excerpt: excerpt(body),
                });
            }
        };
        Ok(Self { kind, node: node.get(), sign: found.sign, alipay_cert_sn: found.alipay_cert_sn })
    }

    /// Which node the body carries.
    pub fn kind(&self) -> NodeKind {
        self.kind
    }

    /// The node's source text, exactly as it appears in the body: the signed content.
    pub fn node(&self) -> &'a str {
        self.node
    }

    /// The `sign` value, if the body has one.
    pub fn sign(&self) -> Option<&str> {
        self.sign.as_deref()
    }

    /// The `alipay_cert_sn` value (public-key certificate mode), if the body has one.
    pub fn alipay_cert_sn(&self) -> Option<&str> {
        self.alipay_cert_sn.as_deref()
    }

    /// Verifies the node against `sign` and returns the text that verified; see [`verify_node`].
    pub fn verify(
        &self,
        verifier: &dyn Verifier,
        sign_type: SignType,
        charset: Charset,
    ) -> Result<Cow<'a, str>, SignatureError> {
        let sign = self.sign.as_deref().ok_or(SignatureError::Missing)?;
        verify_node(self.node, sign, verifier, sign_type, charset)
    }
}

/// Verifies a node's source text against a base64 `sign`, over its bytes in `charset`, and returns the
/// text that verified.
///
/// As the Java SDK does, when the text does not verify and contains `\/`, it is tried once more with
/// every `\/` replaced by `/`; if that verifies, the replaced text is returned, so that what is parsed is
/// what was verified.
pub fn verify_node<'a>(
    node: &'a str,
    sign: &str,
    verifier: &dyn Verifier,
    sign_type: SignType,
    charset: Charset,
) -> Result<Cow<'a, str>, SignatureError> {
    let signature = crypto::decode_sign(sign)?;
    let check = |text: &str| match charset.encode(text) {
        Ok(bytes) => verifier.verify(sign_type, &bytes, &signature).is_ok(),
        Err(_) => false,
    };
    if check(node) {
        return Ok(Cow::Borrowed(node));
    }
    if node.contains("\\/") {
        let unescaped = node.replace("\\/", "/");
        if check(&unescaped) {
            return Ok(Cow::Owned(unescaped));
        }
    }
    Err(SignatureError::Mismatch { sign_type })
}

/// Produces a signed response body `{"<response_key>":<node>,"sign":"..."}`, as the gateway does: the
/// signature covers `node` exactly, in `charset`. For stand-in gateways and tests.
///
/// `node` must be JSON text (an object, or a string for an encrypted node); it is inserted as given.
pub fn signed_response_body(
    response_key: &str,
    node: &str,
    signer: &dyn Signer,
    sign_type: SignType,
    charset: Charset,
) -> Result<String, SignResponseError> {
    let bytes = charset.encode(node).map_err(SignResponseError::Charset)?;
    let sign = crypto::sign_base64(signer, sign_type, &bytes).map_err(SignResponseError::Sign)?;
    Ok(response_body(response_key, node, None, Some(&sign)))
}

/// Lays out a response body as the gateway does: `{"<response_key>":<node>,"sign":"..."}`, in certificate mode
/// `{"<response_key>":<node>,"alipay_cert_sn":"...","sign":"..."}`, without `sign` when `sign` is `None`. `node`
/// (JSON text) is inserted as given; `sign` is the base64 signature over its bytes, made by the caller.
pub fn response_body(response_key: &str, node: &str, alipay_cert_sn: Option<&str>, sign: Option<&str>) -> String {
    let string = |text: &str| serde_json::Value::from(text).to_string();
    let mut body = format!("{{{}:{node}", string(response_key));
    if let Some(sn) = alipay_cert_sn {
        body.push_str(",\"alipay_cert_sn\":");
        body.push_str(&string(sn));
    }
    if let Some(sign) = sign {
        body.push_str(",\"sign\":");
        body.push_str(&string(sign));
    }
    body.push('}');
    body
}

/// A response body that cannot be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignResponseError {
    /// The node has characters the charset lacks.
    #[error(transparent)]
    Charset(CharsetError),
    /// The signer failed.
    #[error(transparent)]
    Sign(SignError),
}

/// A response body that does not have the protocol's shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResponseError {
    /// The body is not JSON (an HTML error page from a proxy, say).
    #[error("the gateway's answer is not JSON ({detail}); it begins: {excerpt}")]
    NotJson {
        /// What the JSON parser said, with line and column.
        detail: String,
        /// The start of the body, cleaned of control characters.
        excerpt: String,
    },
    /// The body ends in the middle of the JSON.
    #[error(
        "the gateway's answer ends before its JSON is complete (after {length} bytes); the connection may have been cut"
    )]
    Truncated {
        /// The length received.
        length: usize,
    },
    /// Valid JSON, but not an object, or a part of the wrong type.
    #[error("the gateway's answer is JSON of an unexpected shape ({detail}); it begins: {excerpt}")]
    Shape {
        /// What is wrong, with line and column.
        detail: String,
        /// The start of the body.
        excerpt: String,
    },
    /// Neither the method's node nor `error_response`.
    #[error("the gateway's answer has neither `{response_key}` nor `error_response`; it begins: {excerpt}")]
    MissingNode {
        /// The node expected.
        response_key: String,
        /// The start of the body.
        excerpt: String,
    },
    /// A key of the protocol that appears twice.
    #[error("the gateway's answer has the key `{key}` twice; refusing it, since only one copy can be signed")]
    DuplicateKey {
        /// The key.
        key: String,
    },
    /// Both the method's node and `error_response`.
    #[error("the gateway's answer has both `{response_key}` and `error_response`; refusing the ambiguous body")]
    BothNodes {
        /// The method's node key.
        response_key: String,
    },
    /// The body is not text in the response charset.
    #[error("the gateway's answer is not text: {0}")]
    Charset(CharsetError),
}

impl ResponseError {
    fn from_json(error: &serde_json::Error, body: &str) -> Self {
        match error.classify() {
            serde_json::error::Category::Eof => Self::Truncated { length: body.len() },
            serde_json::error::Category::Data => Self::Shape { detail: error.to_string(), excerpt: excerpt(body) },
            _ => Self::NotJson { detail: error.to_string(), excerpt: excerpt(body) },
        }
    }
}

/// At most this many characters of a body go into an error message.
const EXCERPT_CHARS: usize = 160;

/// The start of a body for an error message: control characters and runs of whitespace become one space,
/// and the text is cut at [`EXCERPT_CHARS`] characters.
pub(crate) fn excerpt(body: &str) -> String {
    let mut out = String::with_capacity(EXCERPT_CHARS + 4);
    let mut count = 0;
    let mut last_space = true;
    for c in body.chars() {
        if count == EXCERPT_CHARS {
            out.push('…');
            return format!("`{}`", out.trim_end());
        }
        if c.is_whitespace() || c.is_control() {
            if !last_space {
                out.push(' ');
                count += 1;
            }
            last_space = true;
        } else {
            out.push(c);
            count += 1;
            last_space = false;
        }
    }
    if out.is_empty() { "(an empty body)".to_owned() } else { format!("`{}`", out.trim_end()) }
}

#[derive(Default)]
struct Found<'de> {
    method_node: Option<&'de RawValue>,
    error_node: Option<&'de RawValue>,
    sign: Option<String>,
    alipay_cert_sn: Option<String>,
}

struct BodySeed<'k, 'f, 'de> {
    response_key: &'k str,
    found: &'f mut Found<'de>,
    problem: &'f mut Option<ResponseError>,
}

impl<'de> DeserializeSeed<'de> for BodySeed<'_, '_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for BodySeed<'_, '_, 'de> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object with the response node and its `sign`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let response_key = self.response_key;
        while let Some(key) = map.next_key_seed(KeySeed { response_key })? {
            let duplicate = match key {
                Key::MethodNode => {
                    let node = map.next_value::<&'de RawValue>()?;
                    self.found.method_node.replace(node).is_some()
                }
                Key::ErrorNode => {
                    let node = map.next_value::<&'de RawValue>()?;
                    self.found.error_node.replace(node).is_some()
                }
                Key::Sign => {
                    let sign = map.next_value::<String>()?;
                    self.found.sign.replace(sign).is_some()
                }
                Key::CertSn => {
                    let sn = map.next_value::<String>()?;
                    self.found.alipay_cert_sn.replace(sn).is_some()
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    false
                }
            };
            if duplicate {
                let name = match key {
                    Key::MethodNode => response_key,
                    Key::ErrorNode => ERROR_RESPONSE_KEY,
                    Key::Sign => "sign",
                    _ => "alipay_cert_sn",
                };
                *self.problem = Some(ResponseError::DuplicateKey { key: name.to_owned() });
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Key {
    MethodNode,
    ErrorNode,
    Sign,
    CertSn,
    Other,
}

struct KeySeed<'k> {
    response_key: &'k str,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(if key == self.response_key {
            Key::MethodNode
        } else if key == ERROR_RESPONSE_KEY {
            Key::ErrorNode
        } else if key == "sign" {
            Key::Sign
        } else if key == "alipay_cert_sn" {
            Key::CertSn
        } else {
            Key::Other
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "alipay_trade_query_response";

    #[test]
    fn takes_the_node_text_verbatim_in_any_key_order() {
        let node = r#"{ "code" : "10000", "s":"}\"{\\", "n":[{"a":{}}] }"#;
        for body in [
            format!(r#"{{"{KEY}":{node},"sign":"AA=="}}"#),
            format!(r#"{{ "sign" : "AA==" , "x":[1,{{"y":"}}"}}], "{KEY}" :  {node}  }}"#),
            format!("\n{{\"alipay_cert_sn\":\"sn\",\"{KEY}\":{node},\"sign\":\"AA==\"}}\n"),
        ] {
            let parsed = ResponseBody::parse(&body, KEY).unwrap();
            assert_eq!(parsed.node(), node, "{body}");
            assert_eq!(parsed.sign(), Some("AA=="));
        }
    }

    #[test]
    fn an_escaped_key_is_the_same_key() {
        let body = r#"{"alipay_trade_query\u005fresponse":{"code":"10000"},"sign":"AA=="}"#;
        assert_eq!(ResponseBody::parse(body, KEY).unwrap().node(), r#"{"code":"10000"}"#);
        let twice = r#"{"alipay_trade_query\u005fresponse":{"code":"10000"},"alipay_trade_query_response":{}}"#;
        assert_eq!(ResponseBody::parse(twice, KEY).unwrap_err(), ResponseError::DuplicateKey { key: KEY.to_owned() });
    }

    #[test]
    fn refuses_duplicates_and_ambiguity() {
        let twice = format!(r#"{{"{KEY}":{{"code":"10000"}},"sign":"AA==","{KEY}":{{"code":"10000"}}}}"#);
        assert_eq!(ResponseBody::parse(&twice, KEY).unwrap_err(), ResponseError::DuplicateKey { key: KEY.to_owned() });
        let two_signs = format!(r#"{{"{KEY}":{{}},"sign":"AA==","sign":"AB=="}}"#);
        assert_eq!(
            ResponseBody::parse(&two_signs, KEY).unwrap_err(),
            ResponseError::DuplicateKey { key: "sign".to_owned() }
        );
        let both = format!(r#"{{"{KEY}":{{}},"error_response":{{}}}}"#);
        assert!(matches!(ResponseBody::parse(&both, KEY).unwrap_err(), ResponseError::BothNodes { .. }));
    }

    #[test]
    fn says_what_is_wrong_with_a_body() {
        let html = "<html>\n<head><title>502 Bad Gateway</title></head></html>";
        match ResponseBody::parse(html, KEY).unwrap_err() {
            ResponseError::NotJson { excerpt, .. } => {
                assert_eq!(excerpt, "`<html> <head><title>502 Bad Gateway</title></head></html>`");
            }
            other => panic!("{other:?}"),
        }
        let cut = format!(r#"{{"{KEY}":{{"code":"10"#);
        assert_eq!(ResponseBody::parse(&cut, KEY).unwrap_err(), ResponseError::Truncated { length: cut.len() });
        assert!(matches!(ResponseBody::parse("[1]", KEY).unwrap_err(), ResponseError::Shape { .. }));
        assert!(matches!(ResponseBody::parse("{}", KEY).unwrap_err(), ResponseError::MissingNode { .. }));
        assert!(matches!(ResponseBody::parse("{} x", KEY).unwrap_err(), ResponseError::NotJson { .. }));
        assert!(matches!(ResponseBody::parse("", KEY).unwrap_err(), ResponseError::Truncated { length: 0 }));
    }

    #[test]
    fn excerpts_are_short_and_clean() {
        let long = "x".repeat(1000);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 3);
        assert!(cut.ends_with("…`"));
        assert_eq!(excerpt("a\u{0}\r\nb"), "`a b`");
        assert_eq!(excerpt("  "), "(an empty body)");
    }
}
