//! The fuzz target's checks (fuzz/fuzz_targets/response.rs), replayed on its kept corpus and on inputs
//! that stress the parser. Inputs the fuzzer finds crashing are added here.

mod common;

use alipay_core::response::ResponseBody;
use alipay_core::{Charset, Client, Notification, PublicKey, SignType};
use common::*;

const KEY: &str = "alipay_trade_query_response";

fn clients() -> [Client; 3] {
    let builder = || Client::builder().app_id(APP_ID).app_private_key(APP_PRIVATE_PKCS1);
    [
        builder().alipay_public_key(ALIPAY_PUBLIC).build().unwrap(),
        builder().alipay_public_key(ALIPAY_PUBLIC).charset(Charset::Gbk).build().unwrap(),
        builder().danger_skip_response_verification().build().unwrap(),
    ]
}

/// What the fuzz target does with one input; panics on a broken invariant.
fn check(input: &[u8], clients: &[Client; 3], public_key: &PublicKey) {
    let (selector, body) = input.split_first().map_or((0, input), |(first, rest)| (*first, rest));
    let charset = if selector & 1 == 0 { Charset::Utf8 } else { Charset::Gbk };
    if let Ok(text) = charset.decode(body)
        && let Ok(parsed) = ResponseBody::parse(&text, KEY)
    {
        let start = parsed.node().as_ptr() as usize - text.as_ptr() as usize;
        assert_eq!(&text[start..start + parsed.node().len()], parsed.node());
        let _ = parsed.verify(public_key, SignType::Rsa2, charset);
    }
    for client in clients {
        let _ = client.decode_response::<TradeQuery>(body).map_err(|error| error.to_string());
    }
    if let Ok(notification) = Notification::from_form_body(body) {
        let _ = notification.verify_v1(public_key, SignType::Rsa2);
    }
}

#[test]
fn the_kept_fuzz_corpus_passes_the_target_checks() {
    let clients = clients();
    let public_key = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/response");
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        check(&std::fs::read(&path).unwrap(), &clients, &public_key);
        count += 1;
    }
    assert!(count >= 10, "the corpus at {} has {count} files", folder.display());
}

#[test]
fn hostile_shapes_are_errors_not_panics() {
    let clients = clients();
    let public_key = PublicKey::from_text(ALIPAY_PUBLIC).unwrap();
    let deep = format!("{{\"{KEY}\":{}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    let inputs: Vec<Vec<u8>> = vec![
        deep.into_bytes(),
        format!("{{\"{KEY}\":{{\"code\":\"\\ud800\"}},\"sign\":\"AA==\"}}").into_bytes(),
        format!("{{\"{KEY}\":{{\"code\":\"10000\",\"point_amount\":1e999999}}}}").into_bytes(),
        format!("{{\"{KEY}\":{{\"code\":10000}}}}").into_bytes(),
        format!("{{\"{KEY}\":\"\\\"encrypted\\\"\",\"sign\":\"AA==\"}}").into_bytes(),
        format!("{{\"{KEY}\":null,\"sign\":null}}").into_bytes(),
        b"\x01{\"a\":\"\xb2\"}".to_vec(),
        b"sign=%&charset=gbk&x=%B2".to_vec(),
        vec![0xff; 64],
        Vec::new(),
    ];
    for input in inputs {
        let mut with_selector = vec![0u8];
        with_selector.extend_from_slice(&input);
        check(&with_selector, &clients, &public_key);
        with_selector[0] = 1;
        check(&with_selector, &clients, &public_key);
    }
    // Each of these is a clear error from the client, not a success.
    let client = &clients[0];
    let null_node = format!("{{\"{KEY}\":null}}");
    assert!(client.decode_response::<TradeQuery>(null_node.as_bytes()).is_err());
    // A numeric code reads as text, but an unsigned success is still refused.
    let numeric_code = format!("{{\"{KEY}\":{{\"code\":10000}}}}");
    assert!(client.decode_response::<TradeQuery>(numeric_code.as_bytes()).is_err());
}
