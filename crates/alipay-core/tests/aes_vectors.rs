//! Content encryption (`encrypt_type=AES`) against the official SDKs' outputs, openssl, and its own round trips.

use alipay_core::aes::{AesDecryptError, AesKey, AesKeyError};
use proptest::prelude::*;

/// The AES key of the fixtures (`shared/fixtures/README.md`): the 16 ASCII bytes `0123456789abcdef`.
const KEY_BASE64: &str = "MDEyMzQ1Njc4OWFiY2RlZg==";

/// `v2_aes_encrypted` of `shared/fixtures/vectors/official-node-sdk.json` (alipay-sdk 4.14.0): the request's
/// `biz_content` before and after encryption.
const NODE_PLAINTEXT: &str = r#"{"out_trade_no":"T20240101000001","total_amount":"88.88","subject":"测试商品 & co","product_code":"FAST_INSTANT_TRADE_PAY"}"#;
const NODE_CIPHERTEXT: &str = "hM7TQ18QF5bhZ+Favk3byRR6QJwmCV1j7DrnqzmHXNc9bZ2R+pPpkJAeODjCODxUMT85sAYTmBD9q5+4PW/PHEU3dLsAkE3aNqIHY2Ss6hpLACniJieNrFqY/ob+wvSPeMgf++qJvBQW/Yk29UbMvQmknQ6lgXsRrjPvaTdzYhQ=";

/// `response_verification["aes_encrypted/sign_last"].raw_body` of the same file: a response whose node is
/// encrypted (a JSON string) and signed as it stands.
const NODE_ENCRYPTED_RESPONSE: &str = r#"{"alipay_trade_query_response":"sb44umJUD7auqhU6RDzOGa1sxXOWIxth2OsK89GQTNPY3T+Sk78pIPpEHmpz6j1xAOi4udtDszq5NjlMUMpn7Q==","sign":"CGBillv8i20jGehGcLSLCPRC70Vab122pyNNhqq3xhH/s2Fi8q0tdwFOZqtViZnGFr3AP5xn4s9ZbxokpoAT3zvMkUHKmvtOGhDsAtEcQ5AJRZHxZAf11S2RLnuaaGgL20jdwjovbTqmxeyazHy7JwDwaLxkTuNCFEnpKpe/umizmkXRjgdtwrcIxsJMObNdEnsUvmAo6byOefdWpxsWM7KUfldqhZYn0hrask01jRB3fccHHaTeRQvtw7zINkWTNVih86AINJjF7vqFG8DnhmOtI0t5jPm7DZ+229Wl+6q4xdpRS+3J7SZuzRIoo9QooJ7tBHKyr1qI/GzHk1PVNQ=="}"#;

fn key() -> AesKey {
    AesKey::from_base64(KEY_BASE64).expect("the fixtures' key is valid")
}

#[test]
fn encrypts_biz_content_like_the_node_sdk() {
    assert_eq!(key().encrypt(NODE_PLAINTEXT), NODE_CIPHERTEXT);
}

#[test]
fn decrypts_the_node_sdk_ciphertext() {
    assert_eq!(key().decrypt(NODE_CIPHERTEXT).unwrap(), NODE_PLAINTEXT);
}

#[test]
fn decrypts_an_encrypted_response_node() {
    let body: serde_json::Value = serde_json::from_str(NODE_ENCRYPTED_RESPONSE).unwrap();
    let node = body["alipay_trade_query_response"].as_str().expect("an encrypted node is a JSON string");
    let content = key().decrypt(node).unwrap();
    assert_eq!(content, r#"{"code":"10000","msg":"Success","trade_no":"2024010122001"}"#);
    let content: serde_json::Value = serde_json::from_str(&content).unwrap();
    assert_eq!(content["code"], "10000");
    assert_eq!(content["trade_no"], "2024010122001");
}

/// Known answers from `openssl enc -aes-{128,192,256}-cbc -iv 0` (an implementation independent of this one).
#[test]
fn matches_openssl_for_every_key_length() {
    let plaintext = r#"{"out_trade_no":"T20240101000001","subject":"测试"}"#;
    let cases = [
        // Key bytes 00 01 02 .. 17.
        (
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYX",
            192,
            "AdoUc230/U2z+StvWzU3jci3PvqKnAqgrgwHKxZlAxQDdm3rvn1xM9TGhk3rhLK/3ylie9vc9pqedu02ST9VSw==",
        ),
        // Key bytes 00 01 02 .. 1f.
        (
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            256,
            "YsWoPYwzv62L9lt7dwmUo+sTxaHtZNVX3vBAbtKiykOXUNJUIHcJQwqnangNyc1so7K1a61qxAs3RnHh51I12A==",
        ),
    ];
    for (key, bits, ciphertext) in cases {
        let key = AesKey::from_base64(key).unwrap();
        assert_eq!(key.bits(), bits);
        assert_eq!(key.encrypt(plaintext), ciphertext, "AES-{bits}");
        assert_eq!(key.decrypt(ciphertext).unwrap(), plaintext, "AES-{bits}");
    }
    // An empty plaintext is one block of padding; a whole block gets a whole block of padding more.
    assert_eq!(key().encrypt(""), "N3Ii4GGpJMWRzZwn6hY+1A==");
    assert_eq!(key().decrypt("N3Ii4GGpJMWRzZwn6hY+1A==").unwrap(), "");
    assert_eq!(key().encrypt("0123456789abcdef"), "cnJ+iB7c/QEApxhoeQm1ZbK1BDCaLhZGeh0WxMZ4WIA=");
}

#[test]
fn the_key_accepts_surrounding_whitespace_and_raw_bytes() {
    assert_eq!(AesKey::from_base64("  MDEyMzQ1Njc4OWFiY2RlZg==\r\n").unwrap().encrypt(NODE_PLAINTEXT), NODE_CIPHERTEXT);
    assert_eq!(AesKey::from_bytes(b"0123456789abcdef").unwrap().encrypt(NODE_PLAINTEXT), NODE_CIPHERTEXT);
}

#[test]
fn a_key_of_the_wrong_length_is_refused_with_its_length() {
    for (key, len) in [("", 0), ("MDEyMzQ1Njc4OQ==", 10), ("MDEyMzQ1Njc4OWFiY2RlZmc=", 17), (&"QUFB".repeat(16), 48)] {
        let error = AesKey::from_base64(key).unwrap_err();
        assert_eq!(error, AesKeyError::Length { len }, "{key:?}");
        let message = error.to_string();
        assert!(message.contains(&format!("{len} bytes")), "{message}");
        assert!(message.contains("16 bytes (AES-128"), "{message}");
    }
    assert_eq!(AesKey::from_bytes(&[7; 15]).unwrap_err(), AesKeyError::Length { len: 15 });
}

#[test]
fn a_key_that_is_not_base64_is_refused_without_repeating_it() {
    let secret = "MDEyMzQ1Njc4OWFiY2R*Zg==";
    let error = AesKey::from_base64(secret).unwrap_err();
    let AesKeyError::Base64 { reason } = &error else { panic!("expected a base64 error, got {error:?}") };
    assert!(reason.contains("offset 19"), "{reason}");
    let message = error.to_string();
    assert!(!message.contains(secret) && !message.contains('*'), "{message}");
    assert!(message.contains("not valid base64"), "{message}");

    let error = AesKey::from_base64("MDEyMzQ1Njc4OWFiY2RlZ").unwrap_err();
    assert!(matches!(error, AesKeyError::Base64 { .. }), "{error:?}");
}

#[test]
fn debug_never_shows_the_key() {
    let key = key();
    let debug = format!("{key:?} {:#?}", key);
    assert_eq!(format!("{key:?}"), "AesKey { bits: 128, .. }");
    for secret in [KEY_BASE64, "0123456789abcdef", "48, 49, 50", "0x30"] {
        assert!(!debug.contains(secret), "{debug}");
    }
}

#[test]
fn ciphertext_that_is_not_base64_is_refused() {
    let error = key().decrypt("hM7TQ18QF5bhZ+Fa!k3byRR6QJwmCV1j").unwrap_err();
    let AesDecryptError::Base64 { reason } = &error else { panic!("expected a base64 error, got {error:?}") };
    assert!(reason.contains("offset 16"), "{reason}");
    assert!(error.to_string().starts_with("the encrypted content is not valid base64"), "{error}");
}

#[test]
fn ciphertext_of_a_length_aes_cannot_produce_is_refused() {
    for (ciphertext, len) in
        [("", 0), ("   ", 0), ("AAAA", 3), ("AAAAAAAAAAAAAAAAAAAA", 15), ("AAAAAAAAAAAAAAAAAAAAAAA=", 17)]
    {
        let error = key().decrypt(ciphertext).unwrap_err();
        assert_eq!(error, AesDecryptError::Length { len }, "{ciphertext:?}");
        assert!(error.to_string().contains("non-zero multiple of 16 bytes"), "{error}");
    }
}

#[test]
fn ciphertext_under_another_key_fails_on_its_padding() {
    let other = AesKey::from_bytes(b"fedcba9876543210").unwrap();
    let error = other.decrypt(NODE_CIPHERTEXT).unwrap_err();
    assert_eq!(error, AesDecryptError::Padding);
    assert!(error.to_string().contains("encrypted with another key"), "{error}");

    // An altered last block spoils the padding as well.
    let mut altered = NODE_CIPHERTEXT.to_owned();
    let at = altered.len() - 6;
    altered.replace_range(at..at + 1, "A");
    assert_ne!(altered, NODE_CIPHERTEXT);
    assert_eq!(key().decrypt(&altered).unwrap_err(), AesDecryptError::Padding);
}

#[test]
fn plaintext_in_another_charset_comes_back_as_bytes() {
    // "测试" in GBK.
    let gbk = [0xb2, 0xe2, 0xca, 0xd4];
    let ciphertext = key().encrypt_bytes(&gbk);
    let error = key().decrypt(&ciphertext).unwrap_err();
    assert_eq!(error, AesDecryptError::Utf8 { valid_up_to: 0 });
    assert!(error.to_string().contains("decrypt_bytes"), "{error}");
    assert_eq!(key().decrypt_bytes(&ciphertext).unwrap(), gbk);
}

#[test]
fn line_breaks_inside_the_ciphertext_are_ignored() {
    let wrapped: String = NODE_CIPHERTEXT
        .as_bytes()
        .chunks(76)
        .map(|line| std::str::from_utf8(line).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    assert!(wrapped.contains('\n'));
    assert_eq!(key().decrypt(&wrapped).unwrap(), NODE_PLAINTEXT);
}

fn any_key() -> impl Strategy<Value = AesKey> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 16),
        proptest::collection::vec(any::<u8>(), 24),
        proptest::collection::vec(any::<u8>(), 32),
    ]
    .prop_map(|bytes| AesKey::from_bytes(&bytes).unwrap())
}

proptest! {
    #[test]
    fn text_round_trips(key in any_key(), plaintext in any::<String>()) {
        let ciphertext = key.encrypt(&plaintext);
        prop_assert_eq!(key.decrypt(&ciphertext).unwrap(), plaintext);
    }

    #[test]
    fn bytes_round_trip_and_grow_by_one_to_sixteen_bytes(
        key in any_key(),
        plaintext in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let ciphertext = key.encrypt_bytes(&plaintext);
        let decoded_len = ciphertext.len() / 4 * 3 - ciphertext.bytes().rev().take_while(|&b| b == b'=').count();
        prop_assert_eq!(decoded_len, (plaintext.len() / 16 + 1) * 16);
        prop_assert_eq!(key.decrypt_bytes(&ciphertext).unwrap(), plaintext);
    }

    #[test]
    fn base64_keys_parse_to_the_same_key(bytes in proptest::collection::vec(any::<u8>(), 16..=16)) {
        use base64::Engine;
        let from_text = AesKey::from_base64(&base64::engine::general_purpose::STANDARD.encode(&bytes)).unwrap();
        let from_bytes = AesKey::from_bytes(&bytes).unwrap();
        prop_assert_eq!(from_text.encrypt("probe"), from_bytes.encrypt("probe"));
    }

    #[test]
    fn decrypting_anything_never_panics(text in any::<String>()) {
        let _ = key().decrypt(&text);
    }

    #[test]
    fn decrypting_random_blocks_never_panics(blocks in proptest::collection::vec(any::<u8>(), 0..128)) {
        use base64::Engine;
        let text = base64::engine::general_purpose::STANDARD.encode(&blocks);
        match key().decrypt(&text) {
            Ok(_) | Err(AesDecryptError::Padding | AesDecryptError::Utf8 { .. }) => {}
            Err(AesDecryptError::Length { len }) => prop_assert!(len % 16 != 0 || len == 0),
            Err(error) => prop_assert!(false, "unexpected {error:?}"),
        }
    }
}
