//! Arbitrary bytes as a gateway's answer: charset decoding, node extraction, verification, decoding of
//! the status and the typed response, and (the same bytes as a form body) notification parsing. None of
//! it may panic, and whatever is extracted must be a verbatim slice of the body.
#![no_main]

use std::fmt;
use std::sync::OnceLock;

use alipay_core::__private::{Validate, Validator};
use alipay_core::response::ResponseBody;
use alipay_core::{Charset, Client, CodeInfo, Enumeration, Method, Notification, PublicKey, SignType, SubCode};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};

const KEY: &str = "alipay_trade_query_response";

#[derive(Serialize)]
struct Query;

impl Validate for Query {
    fn validate_into(&self, _validator: &mut Validator) {}
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct QueryResponse {
    trade_no: Option<String>,
    total_amount: Option<alipay_core::Decimal>,
    send_pay_date: Option<alipay_core::DateTime>,
    #[serde(default, deserialize_with = "alipay_core::__private::lenient::option_i64")]
    point_amount: Option<i64>,
    fund_bill_list: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone)]
enum Code {
    NotExist,
    Unknown(String),
}

impl Enumeration for Code {
    const VALUES: &'static [&'static str] = &["ACQ.TRADE_NOT_EXIST"];
    fn known_index(&self) -> Option<usize> {
        matches!(self, Self::NotExist).then_some(0)
    }
    fn from_known_index(_: usize) -> Self {
        Self::NotExist
    }
    fn from_unknown(value: String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(text) => text,
            Self::NotExist => "",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl SubCode for Code {
    const INFO: &'static [CodeInfo] = &[CodeInfo { code: "ACQ.TRADE_NOT_EXIST", description: "", solution: "" }];
}

impl Method for Query {
    const NAME: &'static str = "alipay.trade.query";
    const RESPONSE_KEY: &'static str = KEY;
    type Response = QueryResponse;
    type SubCode = Code;
}

struct Fixture {
    public_key: PublicKey,
    verifying: [Client; 2],
    trusting: Client,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let private = include_str!("../../crates/alipay-core/tests/data/app_private_pkcs1.pem");
        let public = include_str!("../../crates/alipay-core/tests/data/alipay_public.pem");
        let builder = || Client::builder().app_id("2021000000000001").app_private_key(private);
        Fixture {
            public_key: PublicKey::from_text(public).unwrap(),
            verifying: [
                builder().alipay_public_key(public).build().unwrap(),
                builder().alipay_public_key(public).charset(Charset::Gbk).build().unwrap(),
            ],
            trusting: builder().danger_skip_response_verification().build().unwrap(),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let fixture = fixture();
    let (selector, body) = match data.split_first() {
        Some((first, rest)) => (*first, rest),
        None => (0, data),
    };
    let charset = if selector & 1 == 0 { Charset::Utf8 } else { Charset::Gbk };
    let sign_type = if selector & 2 == 0 { SignType::Rsa2 } else { SignType::Rsa };

    if let Ok(text) = charset.decode(body) {
        if let Ok(parsed) = ResponseBody::parse(&text, KEY) {
            // The node is a verbatim slice of the body.
            let start = parsed.node().as_ptr() as usize - text.as_ptr() as usize;
            assert_eq!(&text[start..start + parsed.node().len()], parsed.node());
            let _ = parsed.verify(&fixture.public_key, sign_type, charset);
        }
    }
    let client = &fixture.verifying[usize::from(selector & 1)];
    let _ = client.decode_response::<Query>(body).map_err(|error| error.to_string());
    let _ = fixture.trusting.decode_response::<Query>(body).map_err(|error| error.to_string());

    if let Ok(notification) = Notification::from_form_body(body) {
        let _ = notification.verify_v1(&fixture.public_key, SignType::Rsa2);
        let _ = notification.verify_v2(&fixture.public_key, sign_type);
    }
});
