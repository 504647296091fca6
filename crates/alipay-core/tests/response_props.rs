//! Properties of response verification over arbitrary JSON: any node the gateway could sign verifies and
//! decodes to the value it holds, wherever `sign` stands and however the JSON is spaced or escaped; and
//! no single-byte change to the node ever passes.

mod common;

use std::fmt::Write as _;

use alipay_core::response::ResponseBody;
use alipay_core::{Charset, PrivateKey, PublicKey, SignType, sign_base64};
use common::*;
use proptest::prelude::*;
use serde_json::Value;

const KEY: &str = "alipay_trade_query_response";

/// How a node is written: the gateway is free in all of this.
#[derive(Debug, Clone, Copy)]
struct Style {
    spaces: bool,
    escape_slash: bool,
    escape_non_ascii: bool,
}

fn write_string(out: &mut String, text: &str, style: Style) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' if style.escape_slash => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c if style.escape_non_ascii && !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(out, "\\u{unit:04X}").unwrap();
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_value(out: &mut String, value: &Value, style: Style) {
    let space = if style.spaces { " " } else { "" };
    match value {
        Value::Object(map) => {
            out.push('{');
            for (index, (key, item)) in map.iter().enumerate() {
                if index > 0 {
                    write!(out, "{space},{space}").unwrap();
                }
                write_string(out, key, style);
                write!(out, "{space}:{space}").unwrap();
                write_value(out, item, style);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    write!(out, ",{space}").unwrap();
                }
                write_value(out, item, style);
            }
            out.push(']');
        }
        Value::String(text) => write_string(out, text, style),
        other => out.push_str(&other.to_string()),
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z{}\\[\\]\":,/\\\\ ]{0,12}",
        "\\PC{0,8}",
        Just("a}b{c".to_owned()),
        Just("https://x.example/y".to_owned()),
        Just("测试 & co 😀".to_owned()),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..5).prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn node() -> impl Strategy<Value = Value> {
    (prop::collection::btree_map(text(), json(), 0..6), text()).prop_map(|(fields, msg)| {
        let mut map = serde_json::Map::new();
        map.insert("code".to_owned(), Value::from("10000"));
        map.insert("msg".to_owned(), Value::from(msg));
        for (key, value) in fields {
            map.entry(key).or_insert(value);
        }
        Value::Object(map)
    })
}

struct Keys {
    private: PrivateKey,
    public: PublicKey,
}

fn keys() -> &'static Keys {
    static KEYS: std::sync::OnceLock<Keys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| Keys {
        private: PrivateKey::from_text(ALIPAY_PRIVATE).unwrap(),
        public: PublicKey::from_text(ALIPAY_PUBLIC).unwrap(),
    })
}

/// A body with the node and its signature, `sign` first or last, among other keys.
fn body(node_text: &str, sign: &str, sign_first: bool, spaces: bool) -> String {
    let gap = if spaces { "\n  " } else { "" };
    let node_part = format!("\"{KEY}\"{gap}:{gap}{node_text}");
    let sign_part = format!("\"sign\":{gap}\"{sign}\"");
    let other = "\"alipay_cert_sn\":\"0123\",\"extra\":{\"sign\":\"no\",\"x\":\"}\"}";
    if sign_first {
        format!("{{{gap}{sign_part},{other},{gap}{node_part}{gap}}}")
    } else {
        format!("{{{node_part},{gap}{other},{sign_part}}}")
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_signed_node_verifies_and_decodes_to_its_value(
        value in node(),
        spaces in any::<bool>(),
        escape_slash in any::<bool>(),
        escape_non_ascii in any::<bool>(),
        sign_first in any::<bool>(),
        gbk in any::<bool>(),
    ) {
        let style = Style { spaces, escape_slash, escape_non_ascii };
        let mut node_text = String::new();
        write_value(&mut node_text, &value, style);
        let charset = if gbk { Charset::Gbk } else { Charset::Utf8 };
        let Ok(bytes) = charset.encode(&node_text) else {
            // Text GBK lacks cannot be signed in GBK; the gateway would not send it.
            return Ok(());
        };
        let keys = keys();
        let sign = sign_base64(&keys.private, SignType::Rsa2, &bytes).unwrap();
        let body = body(&node_text, &sign, sign_first, spaces);

        let parsed = ResponseBody::parse(&body, KEY).unwrap();
        prop_assert_eq!(parsed.node(), node_text.as_str());
        let verified = parsed.verify(&keys.public, SignType::Rsa2, charset).unwrap();
        prop_assert_eq!(verified.as_ref(), node_text.as_str());
        let decoded: Value = serde_json::from_str(&verified).unwrap();
        prop_assert_eq!(decoded, value);
    }

    #[test]
    fn no_single_byte_change_to_the_node_passes(
        value in node(),
        escape_slash in any::<bool>(),
        sign_first in any::<bool>(),
        position in any::<prop::sample::Index>(),
        replacement in any::<u8>(),
    ) {
        let style = Style { spaces: false, escape_slash, escape_non_ascii: false };
        let mut node_text = String::new();
        write_value(&mut node_text, &value, style);
        let keys = keys();
        let sign = sign_base64(&keys.private, SignType::Rsa2, node_text.as_bytes()).unwrap();
        let body = body(&node_text, &sign, sign_first, false);
        let start = body.find(&node_text).unwrap();
        let index = start + position.index(node_text.len());
        let mut tampered = body.clone().into_bytes();
        prop_assume!(tampered[index] != replacement);
        tampered[index] = replacement;

        // The client's own path: charset decoding, extraction, verification.
        let outcome = std::str::from_utf8(&tampered)
            .map_err(|error| error.to_string())
            .and_then(|text| ResponseBody::parse(text, KEY).map_err(|error| error.to_string()).and_then(|parsed| {
                parsed
                    .verify(&keys.public, SignType::Rsa2, Charset::Utf8)
                    .map(|text| text.into_owned())
                    .map_err(|error| error.to_string())
            }));
        prop_assert!(outcome.is_err(), "a changed node passed: {:?}", outcome);
    }
}
