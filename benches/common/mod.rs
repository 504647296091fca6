//! What the benches share: the signing backends, the test keys, the documented request and a signed
//! answer, the static gateway, and the CPU clock of the calling thread.

pub mod static_gateway;

use std::time::Duration;

use alipay_apis::marketing_card_query::{CardUserInfo, RESPONSE_KEY, Request, TargetCardNoType, UserUniIdType};
use alipay_apis::{Charset, ClientBuilder, PrivateKey, SignType, Signer, Verifier};

/// The app keys (throw-away test keys of `shared/fixtures/keys`).
pub const APP_PRIVATE_KEY: &str = include_str!("../../crates/alipay-core/tests/data/app_private_pkcs1.pem");
/// The platform key that signs answers.
pub const ALIPAY_PRIVATE_KEY: &str = include_str!("../../crates/alipay-core/tests/data/alipay_private_pkcs1.pem");
/// The public half of [`ALIPAY_PRIVATE_KEY`]: what the client verifies answers with.
pub const ALIPAY_PUBLIC_KEY: &str = include_str!("../../crates/alipay-core/tests/data/alipay_public.pem");
/// The app the benches call as.
pub const APP_ID: &str = "2021000000000001";

/// The documented success node of `alipay.marketing.card.query`, compact as the gateway sends it.
pub const NODE: &str = r#"{"msg":"Success","code":"10000","schema_url":"alipays://platformapi/startapp?appId=20000021&b=m&p=111","card_info":{"open_date":"2014-02-20 21:20:46","front_text_list":[{"label":"专业","value":"金融贸易"}],"external_card_no":"EXT0001","valid_date":"2020-02-20 21:20:46","balance":"124.89","level":"VIP1","mdcode_info":{"time_stamp":1496996459,"code_value":"1KFCDY0002","expire_time":"2017-06-09 16:25:53","code_status":"SUCCESS"},"front_image_id":"9fxnkgt0QFmqKAl5V2BqxQAAACMAAQED","biz_card_no":"000001","template_id":"20170308000000000058101000300045","point":"88"}}"#;

/// The documented request of `alipay.marketing.card.query`.
pub fn request() -> Request {
    Request::new("0000001", TargetCardNoType::BizCard)
        .card_user_info(CardUserInfo::new("2088302463082075", UserUniIdType::Uid))
}

/// A body answering [`request`], signed with [`ALIPAY_PRIVATE_KEY`] over [`NODE`].
pub fn signed_body() -> String {
    let platform = PrivateKey::from_text(ALIPAY_PRIVATE_KEY).expect("the test key parses");
    alipay_apis::response::signed_response_body(RESPONSE_KEY, NODE, &platform, SignType::Rsa2, Charset::Utf8)
        .expect("the node signs")
}

/// An RSA implementation the client can sign and verify with.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    /// aws-lc-rs (feature `aws-lc`, the default).
    AwsLc,
    /// The pure-Rust `rsa` crate (feature `pure-rust`).
    #[cfg(feature = "pure-rust")]
    RsaCrate,
}

impl Backend {
    /// The backends this build has.
    pub fn all() -> Vec<Self> {
        vec![
            Self::AwsLc,
            #[cfg(feature = "pure-rust")]
            Self::RsaCrate,
        ]
    }

    /// The name benchmark ids carry.
    pub fn name(self) -> &'static str {
        match self {
            Self::AwsLc => "aws-lc",
            #[cfg(feature = "pure-rust")]
            Self::RsaCrate => "rsa-crate",
        }
    }

    /// The app private key, held by this backend.
    pub fn signer(self) -> Box<dyn Signer> {
        match self {
            Self::AwsLc => Box::new(alipay_apis::backend::aws_lc::RsaPrivateKey::from_text(APP_PRIVATE_KEY).unwrap()),
            #[cfg(feature = "pure-rust")]
            Self::RsaCrate => {
                Box::new(alipay_apis::backend::rust_crypto::RsaPrivateKey::from_text(APP_PRIVATE_KEY).unwrap())
            }
        }
    }

    /// The platform public key, held by this backend.
    pub fn verifier(self) -> Box<dyn Verifier> {
        match self {
            Self::AwsLc => Box::new(alipay_apis::backend::aws_lc::RsaPublicKey::from_text(ALIPAY_PUBLIC_KEY).unwrap()),
            #[cfg(feature = "pure-rust")]
            Self::RsaCrate => {
                Box::new(alipay_apis::backend::rust_crypto::RsaPublicKey::from_text(ALIPAY_PUBLIC_KEY).unwrap())
            }
        }
    }

    /// A client builder for [`APP_ID`] whose keys this backend holds.
    pub fn client_builder(self) -> ClientBuilder {
        let builder = alipay_apis::Client::builder().app_id(APP_ID);
        match self {
            Self::AwsLc => builder
                .signer(alipay_apis::backend::aws_lc::RsaPrivateKey::from_text(APP_PRIVATE_KEY).unwrap())
                .verifier(alipay_apis::backend::aws_lc::RsaPublicKey::from_text(ALIPAY_PUBLIC_KEY).unwrap()),
            #[cfg(feature = "pure-rust")]
            Self::RsaCrate => builder
                .signer(alipay_apis::backend::rust_crypto::RsaPrivateKey::from_text(APP_PRIVATE_KEY).unwrap())
                .verifier(alipay_apis::backend::rust_crypto::RsaPublicKey::from_text(ALIPAY_PUBLIC_KEY).unwrap()),
        }
    }
}

/// The CPU time (user + system) the calling thread has used.
pub fn thread_cpu() -> Duration {
    nix::time::clock_gettime(nix::time::ClockId::CLOCK_THREAD_CPUTIME_ID)
        .map(Duration::from)
        .expect("Linux has a per-thread CPU clock")
}
