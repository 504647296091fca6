//! The test spec that uses every feature of the format (`tests/specs/everything.toml`), through the
//! attribute: keywords as field names, every scalar, arrays of scalars, enums and objects, recursion
//! through an array and through an optional field, and error codes with and without a solution.

use alipay_apis::validate::{Validate, Validator};
use alipay_apis::{DateTime, Decimal, Enumeration, Method, SubCode as _, Violation, ViolationKind, alipay_api};
use alipay_spec::{Examples, SourceFile, parse_spec};

#[alipay_api(method = "alipay.test.everything.query", spec = "tests/specs/everything.toml")]
mod everything {}

use everything::{
    Address, CardStatus, Category, DateRange, Filter, Item, Level, Owner, QueryType, Request, Response, SubCode,
};

fn examples() -> Examples {
    let display = "tests/specs/everything.toml";
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(display)).unwrap();
    parse_spec(&SourceFile::new(display, text)).unwrap().examples
}

/// JSON text without the whitespace between tokens (strings untouched).
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn violations<T: Validate>(value: &T) -> Vec<Violation> {
    let mut validator = Validator::new();
    value.validate_into(&mut validator);
    validator.finish().err().map(|errors| errors.0).unwrap_or_default()
}

fn at(path: &str, kind: ViolationKind) -> Violation {
    Violation { path: path.to_owned(), kind }
}

#[test]
fn the_request_example_round_trips_in_spec_order() {
    let example = examples().request.unwrap();
    let request: Request = serde_json::from_str(&example).unwrap();
    assert_eq!(serde_json::to_string(&request).unwrap(), minify(&example), "same text, keys in spec order");
    assert_eq!(Method::validate(&request), Ok(()));

    assert_eq!(request.r#type, QueryType::Full);
    assert_eq!(request.amount, Decimal::new("88.88").unwrap());
    assert_eq!(request.include_history, Some(true));
    assert_eq!(request.statuses, Some(vec![CardStatus::Active, CardStatus::Frozen]));
    let filter = request.filter.unwrap();
    assert_eq!(filter.levels, Some(vec![Level::V1, Level::GoldMember]));
    let category = filter.category.unwrap();
    assert_eq!(category.parent.as_deref(), Some(&Category::new("C001")));
    assert_eq!(filter.range.bounds.unwrap().r#ref.as_deref(), Some("start"));
}

#[test]
fn the_response_and_error_examples_decode() {
    let examples = examples();
    let body: serde_json::Value = serde_json::from_str(&examples.response.unwrap()).unwrap();
    let response: Response = serde_json::from_value(body[everything::RESPONSE_KEY].clone()).unwrap();
    assert_eq!(response.total_count, 2);
    assert!(response.paid);
    assert_eq!(response.created_at, "2024-01-01 08:00:00".parse::<DateTime>().unwrap());
    assert_eq!(response.items[1].children.as_ref().unwrap()[0].item_id, "I003");
    assert_eq!(response.scores, Some(vec![90, 85]));
    let owner = response.owner.unwrap();
    assert_eq!(owner.self_.as_deref(), Some("hello"));
    assert_eq!(owner.level, Some(Level::V2));
    assert_eq!(owner.address.geo.unwrap().latitude.as_str(), "30.27415");

    let body: serde_json::Value = serde_json::from_str(&examples.error.unwrap()).unwrap();
    let code: SubCode = serde_json::from_value(body[everything::RESPONSE_KEY]["sub_code"].clone()).unwrap();
    assert_eq!(code, SubCode::OrderNotExist);
    assert_eq!(code.solution(), Some("请检查商户业务号是否正确"));
    assert_eq!(SubCode::NoSolutionGiven.description(), Some("文档没有给出解决方案的错误码"));
    assert_eq!(SubCode::NoSolutionGiven.solution(), None);
    assert_eq!(SubCode::from("acq.system-error"), SubCode::AcqSystemError);
}

#[test]
fn keywords_and_renamed_fields_keep_their_json_names() {
    let owner = Owner::new("2088", Address::new("杭州")).self_("me").level(Level::GoldMember);
    assert_eq!(
        serde_json::to_string(&owner).unwrap(),
        r#"{"user_id":"2088","self":"me","level":"gold-member","address":{"city":"杭州"}}"#
    );
    assert_eq!(<Level as Enumeration>::VALUES, ["1", "2", "gold-member"]);
}

#[test]
fn integers_decode_from_numbers_and_text_alike() {
    let item: Item = serde_json::from_str(r#"{"item_id":"1","price":"1","quantity":"3"}"#).unwrap();
    assert_eq!(item.quantity, 3);
    let node = r#"{"trade_no":"1","type":"FULL","total_amount":1,"total_count":2,"paid":false,
                   "created_at":"2024-01-01 08:00:00","items":[],"scores":["1",2,"-3"]}"#;
    let response: Response = serde_json::from_str(node).unwrap();
    assert_eq!(response.scores, Some(vec![1, 2, -3]));
    let error = serde_json::from_str::<Item>(r#"{"item_id":"1","price":"1","quantity":"three"}"#).unwrap_err();
    assert!(error.to_string().contains("`three` is not an integer"), "{error}");
}

#[test]
fn validation_follows_arrays_and_recursion() {
    let start = "2024-01-01 00:00:00".parse().unwrap();
    let deep = Category::new("C1").parent(Category::new("C2").parent(Category::new("x".repeat(33))));
    let request = Request::new("1", QueryType::Full, Decimal::new("123456789.123").unwrap())
        .tags((0..11).map(|index| if index == 3 { "x".repeat(17) } else { index.to_string() }).collect())
        .statuses(vec![CardStatus::Active, CardStatus::Frozen, CardStatus::DQrCode, CardStatus::from("LOST")])
        .filter(Filter::new(DateRange::new(start)).category(deep));
    assert_eq!(
        violations(&request),
        [
            at("amount", ViolationKind::TooLong { max: 11, length: 13 }),
            at("tags", ViolationKind::TooManyItems { max: 10, count: 11 }),
            at("tags[3]", ViolationKind::TooLong { max: 16, length: 17 }),
            at("statuses", ViolationKind::TooManyItems { max: 3, count: 4 }),
            at(
                "statuses[3]",
                ViolationKind::UnknownValue { value: "LOST".to_owned(), expected: &["ACTIVE", "FROZEN", "D_QR_CODE"] }
            ),
            at("filter.category.parent.parent.category_id", ViolationKind::TooLong { max: 32, length: 33 }),
        ]
    );

    let empty_items = Request::new("1", QueryType::Full, Decimal::from(1)).tags(vec![String::new()]);
    assert_eq!(violations(&empty_items), [at("tags[0]", ViolationKind::Empty)], "array items are required");
}
