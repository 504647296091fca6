//! Both backends, side by side: identical signatures, each verifying the other's.
#![cfg(all(feature = "aws-lc", feature = "pure-rust"))]

mod common;

use alipay_core::backend::{aws_lc, rust_crypto};
use alipay_core::{PrivateKey, SignType, Signer, Verifier, sign_string};
use common::*;

#[test]
fn both_backends_sign_every_vector_identically() {
    let vectors = vectors();
    for name in ["v2_rsa2_pkcs1", "v2_rsa2_pkcs8"] {
        let vector = &vectors["node"][name];
        let text = vector["sign_string"].as_str().unwrap();
        let expected = base64_decode(vector["sign"].as_str().unwrap());
        let pem = if name.ends_with("pkcs8") { APP_PRIVATE_PKCS8 } else { APP_PRIVATE_PKCS1 };
        let aws = aws_lc::RsaPrivateKey::from_text(pem).unwrap().sign(SignType::Rsa2, text.as_bytes()).unwrap();
        let rust = rust_crypto::RsaPrivateKey::from_text(pem).unwrap().sign(SignType::Rsa2, text.as_bytes()).unwrap();
        assert_eq!(aws, expected, "{name}");
        assert_eq!(rust, expected, "{name}");
    }
}

#[test]
fn sha1_is_signed_by_the_rsa_crate_and_verified_by_both() {
    let vector = &vectors()["node"]["v2_rsa_sha1"];
    let text = vector["sign_string"].as_str().unwrap();
    let expected = base64_decode(vector["sign"].as_str().unwrap());
    let rust = rust_crypto::RsaPrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap();
    assert_eq!(rust.sign(SignType::Rsa, text.as_bytes()).unwrap(), expected);
    // aws-lc-rs cannot sign SHA1withRSA and says so, rather than signing something else.
    let aws = aws_lc::RsaPrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap();
    assert!(aws.sign(SignType::Rsa, text.as_bytes()).is_err());
    // The default key (aws-lc-rs, with the rsa crate for SHA-1 when both are on) signs it.
    assert_eq!(
        PrivateKey::from_text(APP_PRIVATE_PKCS1).unwrap().sign(SignType::Rsa, text.as_bytes()).unwrap(),
        expected
    );
    for public in [APP_PUBLIC, APP_PUBLIC_PKCS1] {
        aws_lc::RsaPublicKey::from_text(public).unwrap().verify(SignType::Rsa, text.as_bytes(), &expected).unwrap();
        rust_crypto::RsaPublicKey::from_text(public)
            .unwrap()
            .verify(SignType::Rsa, text.as_bytes(), &expected)
            .unwrap();
    }
}

#[test]
fn each_backend_verifies_the_other_and_rejects_changes() {
    let params = [("app_id", APP_ID), ("subject", "测试商品 & co"), ("method", "alipay.trade.query")];
    let text = sign_string(params);
    let aws_private = aws_lc::RsaPrivateKey::from_text(&bare(ALIPAY_PRIVATE)).unwrap();
    let rust_private = rust_crypto::RsaPrivateKey::from_text(&bare(ALIPAY_PRIVATE)).unwrap();
    let aws_public = aws_lc::RsaPublicKey::from_text(&bare(ALIPAY_PUBLIC)).unwrap();
    let rust_public = rust_crypto::RsaPublicKey::from_text(&bare(ALIPAY_PUBLIC)).unwrap();
    let from_aws = aws_private.sign(SignType::Rsa2, text.as_bytes()).unwrap();
    let from_rust = rust_private.sign(SignType::Rsa2, text.as_bytes()).unwrap();
    assert_eq!(from_aws, from_rust);
    let verifiers: [&dyn Verifier; 2] = [&aws_public, &rust_public];
    for verifier in verifiers {
        verifier.verify(SignType::Rsa2, text.as_bytes(), &from_aws).unwrap();
        let mut changed = from_aws.clone();
        changed[10] ^= 1;
        assert!(verifier.verify(SignType::Rsa2, text.as_bytes(), &changed).is_err());
        assert!(verifier.verify(SignType::Rsa2, &text.as_bytes()[1..], &from_aws).is_err());
        assert!(verifier.verify(SignType::Rsa2, text.as_bytes(), &from_aws[1..]).is_err());
    }
    // Both backends refuse the same wrong keys the same way.
    assert_eq!(
        aws_lc::RsaPrivateKey::from_text(APP_PUBLIC).unwrap_err(),
        rust_crypto::RsaPrivateKey::from_text(APP_PUBLIC).unwrap_err()
    );
    assert_eq!(
        aws_lc::RsaPrivateKey::from_text(include_str!("data/ec_private_pkcs8.pem")).unwrap_err(),
        rust_crypto::RsaPrivateKey::from_text(include_str!("data/ec_private_pkcs8.pem")).unwrap_err()
    );
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(text).unwrap()
}
