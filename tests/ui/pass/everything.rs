// The test spec that uses every feature of the format, through the attribute, under
// `#![deny(missing_docs)]`: keywords as field names, recursion, every scalar, arrays, enums, error codes.
#![deny(missing_docs)]
//! Every feature of the spec format.

use alipay_apis::{Decimal, Method, alipay_api};

#[alipay_api(method = "alipay.test.everything.query", spec = "tests/specs/everything.toml")]
pub mod everything {}

use everything::{Category, Filter, DateRange, QueryType, Request, Response, SubCode};

fn main() {
    let start = "2024-01-01 00:00:00".parse().unwrap();
    let category = Category::new("C002").parent(Category::new("C001"));
    let request = Request::new("1", QueryType::Full, Decimal::new("88.88").unwrap())
        .tags(vec!["vip".to_owned()])
        .filter(Filter::new(DateRange::new(start)).category(category));
    assert!(Method::validate(&request).is_ok());
    let text = serde_json::to_string(&request).unwrap();
    assert!(text.starts_with(r#"{"out_biz_no":"1","type":"FULL","amount":"88.88","tags":["vip"]"#), "{text}");
    assert_eq!(serde_json::from_str::<Request>(&text).unwrap(), request);

    let response: Response = serde_json::from_str(
        r#"{"trade_no":"1","type":"PARTIAL","total_amount":"1.00","total_count":"2","paid":true,
            "created_at":"2024-01-01 08:00:00","items":[],"scores":["1",2],
            "owner":{"user_id":"2088","self":"me","address":{"city":"杭州"}}}"#,
    )
    .unwrap();
    assert_eq!(response.r#type, QueryType::Unknown("PARTIAL".to_owned()));
    assert_eq!(response.total_count, 2);
    assert_eq!(response.scores, Some(vec![1, 2]));
    assert_eq!(response.owner.unwrap().self_.as_deref(), Some("me"));
    assert_eq!(SubCode::from("acq.system-error"), SubCode::AcqSystemError);
}
