//! The RSA floor of every call, per signing backend: one PKCS#1 v1.5 signature with the app private key
//! (RSA-2048) over a typical string to sign, one verification with the platform public key over a typical
//! response node, and the two together (`sign+verify`), which is what every whole call costs at least.
//!
//! ```sh
//! cargo bench -p alipay-core --all-features --bench rsa
//! ```
//!
//! aws-lc-rs (feature `aws-lc`) signs `RSA2` only; the `rsa` crate (feature `pure-rust`) signs both. The
//! root package's `client` bench puts the same floor beside the whole call.

use std::hint::black_box;
use std::time::Duration;

use alipay_core::{SignType, Signer, Verifier};
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime};

const APP_PRIVATE_KEY: &str = include_str!("../tests/data/app_private_pkcs1.pem");
const APP_PUBLIC_KEY: &str = include_str!("../tests/data/app_public.pem");

/// A string to sign of `alipay.marketing.card.query`, as the client builds it.
const SIGN_STRING: &str = "app_id=2021000000000001&biz_content={\"target_card_no\":\"0000001\",\"target_card_no_type\":\
    \"BIZ_CARD\",\"card_user_info\":{\"user_uni_id\":\"2088302463082075\",\"user_uni_id_type\":\"UID\"}}&charset=utf-8\
    &format=JSON&method=alipay.marketing.card.query&sign_type=RSA2&timestamp=2024-01-02 03:04:05&version=1.0";

/// A response node of the same method, as the gateway signs it (about 600 bytes).
const NODE: &str = r#"{"msg":"Success","code":"10000","schema_url":"alipays://platformapi/startapp?appId=20000021&b=m&p=111","card_info":{"open_date":"2014-02-20 21:20:46","front_text_list":[{"label":"专业","value":"金融贸易"}],"external_card_no":"EXT0001","valid_date":"2020-02-20 21:20:46","balance":"124.89","level":"VIP1","mdcode_info":{"time_stamp":1496996459,"code_value":"1KFCDY0002","expire_time":"2017-06-09 16:25:53","code_status":"SUCCESS"},"front_image_id":"9fxnkgt0QFmqKAl5V2BqxQAAACMAAQED","biz_card_no":"000001","template_id":"20170308000000000058101000300045","point":"88"}}"#;

/// Benchmarks one backend's keys: `sign`, `verify` and `sign+verify` for each sign type it signs.
fn backend(group: &mut BenchmarkGroup<'_, WallTime>, signer: &dyn Signer, verifier: &dyn Verifier) {
    for sign_type in [SignType::Rsa2, SignType::Rsa] {
        if signer.supports(sign_type).is_err() {
            continue;
        }
        let signature = signer.sign(sign_type, NODE.as_bytes()).expect("the key signs");
        verifier.verify(sign_type, NODE.as_bytes(), &signature).expect("the key pair matches");
        group.bench_function(format!("{sign_type}/sign"), |b| {
            b.iter(|| signer.sign(sign_type, black_box(SIGN_STRING.as_bytes())))
        });
        group.bench_function(format!("{sign_type}/verify"), |b| {
            b.iter(|| verifier.verify(sign_type, black_box(NODE.as_bytes()), black_box(&signature)))
        });
        group.bench_function(format!("{sign_type}/sign+verify"), |b| {
            b.iter(|| {
                let signed = signer.sign(sign_type, black_box(SIGN_STRING.as_bytes()));
                (signed, verifier.verify(sign_type, black_box(NODE.as_bytes()), black_box(&signature)))
            })
        });
    }
}

fn rsa(c: &mut Criterion) {
    #[cfg(feature = "aws-lc")]
    {
        use alipay_core::backend::aws_lc::{RsaPrivateKey, RsaPublicKey};
        let signer = RsaPrivateKey::from_text(APP_PRIVATE_KEY).expect("the test key parses");
        let verifier = RsaPublicKey::from_text(APP_PUBLIC_KEY).expect("the test key parses");
        backend(&mut c.benchmark_group("rsa/aws-lc"), &signer, &verifier);
    }
    #[cfg(feature = "pure-rust")]
    {
        use alipay_core::backend::rust_crypto::{RsaPrivateKey, RsaPublicKey};
        let signer = RsaPrivateKey::from_text(APP_PRIVATE_KEY).expect("the test key parses");
        let verifier = RsaPublicKey::from_text(APP_PUBLIC_KEY).expect("the test key parses");
        backend(&mut c.benchmark_group("rsa/rsa-crate"), &signer, &verifier);
    }
    // Parsing happens once per client, not per call; shown for scale.
    c.bench_function("rsa/parse-keys", |b| {
        b.iter(|| {
            let private = alipay_core::PrivateKey::from_text(black_box(APP_PRIVATE_KEY));
            let public = alipay_core::PublicKey::from_text(black_box(APP_PUBLIC_KEY));
            (private.is_ok(), public.is_ok())
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = rsa
}
criterion_main!(benches);
