//! `validate_request`: every rule, on a spec that uses every type, and the real specs' own examples.

use std::path::Path;

use alipay_spec::instance::ViolationKind;
use alipay_spec::{
    FilePart, SourceFile, Spec, params_request, parse_spec, read_source, validate_params, validate_request,
};
use serde_json::{Value, json};

/// A spec with every kind of field: scalars, an enumeration, a nested object, arrays of objects and scalars.
const SPEC: &str = r#"
method = "alipay.test.order.create"
title = "T"
description = "D"

[request.order_no]
type = "string"
required = true
max_length = 8
description = "订单号"

[request.count]
type = "integer"
max_length = 3
description = "数量"

[request.amount]
type = "price"
required = true
description = "金额"

[request.paid]
type = "boolean"
description = "已付"

[request.created]
type = "datetime"
description = "时间"

[request.channel]
type = "Channel"
required = true
description = "渠道"

[request.buyer]
type = "Buyer"
max_length = 60
description = "买家"

[request.items]
type = "Item[]"
required = true
max_items = 2
description = "商品"

[request.tags]
type = "string[]"
max_length = 3
description = "标签"

[types.Buyer.user_id]
type = "string"
required = true
description = "用户"

[types.Buyer.referrer]
type = "Buyer"
description = "推荐人"

[types.Item.name]
type = "string"
required = true
max_length = 4
description = "名称"

[types.Item.channel]
type = "Channel"
description = "渠道"

[enums.Channel]
APP = "应用"
WEB = "网页"

[response]
"#;

fn spec() -> Spec {
    parse_spec(&SourceFile::new("specs/alipay.test.order.create.toml", SPEC))
        .unwrap_or_else(|errors| panic!("{errors}"))
}

fn valid() -> Value {
    json!({
        "order_no": "T1",
        "count": 5,
        "amount": "88.88",
        "paid": false,
        "created": "2024-01-01 12:00:00",
        "channel": "APP",
        "buyer": {"user_id": "2088", "referrer": {"user_id": "2089"}},
        "items": [{"name": "茶", "channel": "WEB"}],
        "tags": ["a"],
    })
}

/// The messages of the violations of `value`.
fn messages(value: &Value) -> Vec<String> {
    validate_request(&spec(), value).iter().map(ToString::to_string).collect()
}

/// `valid()` with `changes` applied: each (JSON pointer, new value or `None` to remove).
fn with(changes: &[(&str, Option<Value>)]) -> Value {
    let mut value = valid();
    for (pointer, change) in changes {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = value.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}"));
        match (parent, change) {
            (Value::Object(object), Some(new)) => {
                object.insert(key.to_owned(), new.clone());
            }
            (Value::Object(object), None) => {
                object.remove(key);
            }
            (Value::Array(array), Some(new)) => array[key.parse::<usize>().unwrap()] = new.clone(),
            (other, _) => panic!("cannot change {other}"),
        }
    }
    value
}

#[test]
fn a_valid_request_has_no_violations_and_unknown_fields_are_ignored() {
    assert_eq!(messages(&valid()), Vec::<String>::new());
    assert_eq!(messages(&with(&[("/extra", Some(json!({"anything": [1, 2]})))])), Vec::<String>::new());
    // Numbers as text, decimals as numbers, booleans as text: what other SDKs send.
    let lenient = with(&[("/count", Some(json!("12"))), ("/amount", Some(json!(5))), ("/paid", Some(json!("true")))]);
    assert_eq!(messages(&lenient), Vec::<String>::new());
    // Optional fields may be absent or null.
    let sparse = with(&[("/count", None), ("/paid", Some(Value::Null)), ("/buyer", None), ("/tags", None)]);
    assert_eq!(messages(&sparse), Vec::<String>::new());
}

#[test]
fn missing_and_empty_required_fields() {
    assert_eq!(
        messages(&with(&[("/order_no", None), ("/amount", Some(Value::Null)), ("/channel", None)])),
        ["`order_no` is required but missing", "`amount` is required but missing", "`channel` is required but missing"]
    );
    assert_eq!(
        messages(&with(&[("/order_no", Some(json!(""))), ("/items", Some(json!([])))])),
        ["`order_no` is required but empty", "`items` is required but empty"]
    );
    assert_eq!(
        messages(&with(&[("/buyer/referrer/user_id", None)])),
        ["`buyer.referrer.user_id` is required but missing"]
    );
}

#[test]
fn lengths_count_characters_not_bytes() {
    // Eight CJK characters are 24 bytes of UTF-8 and fit in eight.
    assert_eq!(messages(&with(&[("/order_no", Some(json!("订单订单订单订单")))])), Vec::<String>::new());
    assert_eq!(
        messages(&with(&[("/order_no", Some(json!("订单订单订单订单订")))])),
        ["`order_no` is 9 characters long; at most 8 are allowed"]
    );
    assert_eq!(
        messages(&with(&[("/count", Some(json!(1000)))])),
        ["`count` is 4 characters long; at most 3 are allowed"]
    );
}

#[test]
fn an_objects_length_is_its_compact_json_text() {
    // {"user_id":"2088","referrer":{"user_id":"2089"}} is 48 characters.
    assert_eq!(serde_json::to_string(&valid()["buyer"]).unwrap().len(), 48);
    assert_eq!(messages(&valid()), Vec::<String>::new());
    let long = with(&[("/buyer/user_id", Some(json!("20880000000000000000000000000000")))]);
    let text = serde_json::to_string(&long["buyer"]).unwrap();
    assert_eq!(
        messages(&long),
        [format!("`buyer` is {} characters long; at most 60 are allowed", text.chars().count())]
    );
    let short = with(&[("/buyer", Some(json!({"user_id": "1"})))]);
    assert_eq!(messages(&short), Vec::<String>::new());
}

#[test]
fn arrays_have_item_paths_counts_and_item_lengths() {
    let items = json!([{"name": "a"}, {"name": "茶叶茶叶茶"}, {"channel": "TV"}]);
    assert_eq!(
        messages(&with(&[("/items", Some(items))])),
        [
            "`items` has 3 items; at most 2 are allowed",
            "`items[1].name` is 5 characters long; at most 4 are allowed",
            "`items[2].name` is required but missing",
            "`items[2].channel` is `TV`, which is not one of APP, WEB",
        ]
    );
    // Items of a scalar array take the field's max_length and must not be empty or null.
    assert_eq!(
        messages(&with(&[("/tags", Some(json!(["abcd", "", null, 7])))])),
        [
            "`tags[0]` is 4 characters long; at most 3 are allowed",
            "`tags[1]` is required but empty",
            "`tags[2]` is required but missing",
            "`tags[3]` must be a string, found an integer",
        ]
    );
}

#[test]
fn enumerations_take_only_their_values() {
    let violations = validate_request(&spec(), &with(&[("/channel", Some(json!("app")))]));
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].path, "channel");
    assert_eq!(
        violations[0].kind,
        ViolationKind::UnknownValue { value: "app".to_owned(), expected: vec!["APP".to_owned(), "WEB".to_owned()] }
    );
    assert_eq!(violations[0].to_string(), "`channel` is `app`, which is not one of APP, WEB");
}

#[test]
fn wrong_json_types_say_what_was_expected() {
    let value = with(&[
        ("/order_no", Some(json!(12))),
        ("/count", Some(json!(1.5))),
        ("/amount", Some(json!(true))),
        ("/paid", Some(json!("yes"))),
        ("/created", Some(json!(1_700_000_000))),
        ("/channel", Some(json!(["APP"]))),
        ("/buyer", Some(json!("2088"))),
        ("/items", Some(json!({"name": "a"}))),
    ]);
    assert_eq!(
        messages(&value),
        [
            "`order_no` must be a string, found an integer",
            "`count` is `1.5`, which is not a 64-bit integer",
            "`amount` must be a decimal number (a string like \"88.88\", or a number), found a boolean",
            "`paid` must be a boolean, found a string",
            "`created` must be a date-time string yyyy-MM-dd HH:mm:ss, found an integer",
            "`channel` must be a string, found an array",
            "`buyer` must be a JSON object, found a string",
            "`items` must be an array, found a JSON object",
        ]
    );
}

#[test]
fn malformed_text_for_typed_scalars() {
    let value = with(&[
        ("/count", Some(json!("12a"))),
        ("/amount", Some(json!("5,50"))),
        ("/created", Some(json!("2024-02-30 12:00:00"))),
    ]);
    assert_eq!(
        messages(&value),
        [
            "`count` is `12a`, which is not a 64-bit integer",
            "`amount` is `5,50`, which is not a decimal number like 88.88",
            "`created` is `2024-02-30 12:00:00`, which is not a date-time yyyy-MM-dd HH:mm:ss",
        ]
    );
}

#[test]
fn biz_content_itself_must_be_an_object() {
    for (value, found) in [(json!([1]), "an array"), (json!("x"), "a string"), (Value::Null, "null")] {
        let violations = validate_request(&spec(), &value);
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].path, "");
        assert_eq!(violations[0].to_string(), format!("`biz_content` must be a JSON object, found {found}"));
    }
}

#[test]
fn the_real_specs_request_examples_are_valid() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    for name in ["alipay.marketing.card.query.toml", "alipay.commerce.transport.nfccard.send.toml"] {
        let file = read_source(&specs.join(name), name).unwrap_or_else(|errors| panic!("{errors}"));
        let spec = parse_spec(&file).unwrap_or_else(|errors| panic!("{errors}"));
        let example: Value = serde_json::from_str(spec.examples.request.as_deref().unwrap()).unwrap();
        assert_eq!(validate_request(&spec, &example), Vec::new(), "{name}");
        assert!(!spec.examples.match_fields.is_empty(), "{name} says which fields identify its resource");
        assert!(spec.examples.not_found.is_some(), "{name} says which code means not found");
    }
}

/// A method whose fields travel as parameters, with two files.
const UPLOAD: &str = r#"
method = "alipay.test.image.upload"
title = "T"
description = "D"
request_in = "params"

[request.image_type]
type = "string"
required = true
max_length = 8
description = "格式"

[request.count]
type = "integer"
description = "数量"

[request.watermark]
type = "boolean"
description = "水印"

[request.tags]
type = "string[]"
max_items = 2
description = "标签"

[request.image_content]
type = "file"
required = true
max_length = 1024
description = "内容"

[request.thumbnail]
type = "file"
description = "缩略图"

[response]
"#;

fn upload() -> Spec {
    parse_spec(&SourceFile::new("specs/alipay.test.image.upload.toml", UPLOAD))
        .unwrap_or_else(|errors| panic!("{errors}"))
}

#[test]
fn parameters_read_as_the_json_their_types_stand_for() {
    let params = [
        ("app_id", "2021000000000001"),
        ("image_type", "png"),
        ("count", "3"),
        ("watermark", "true"),
        ("tags", r#"["a","b"]"#),
        ("image_type", "jpg"),
    ];
    let request = params_request(&upload(), params);
    // Common parameters are left out; the first of a repeated name is kept.
    assert_eq!(Value::Object(request), json!({"image_type": "png", "count": 3, "watermark": true, "tags": ["a", "b"]}));
    // Text that does not read as its type stays text, for the checks to report.
    let odd = params_request(&upload(), [("count", "three"), ("watermark", "yes"), ("tags", "a,b")]);
    assert_eq!(Value::Object(odd), json!({"count": "three", "watermark": "yes", "tags": "a,b"}));
}

fn upload_messages(params: &[(&str, &str)], files: &[FilePart<'_>]) -> Vec<String> {
    let spec = upload();
    let request = params_request(&spec, params.iter().copied());
    validate_params(&spec, &request, files).iter().map(ToString::to_string).collect()
}

#[test]
fn files_are_checked_with_the_text_parameters_in_field_order() {
    let image = FilePart { name: "image_content", size: 1024 };
    assert!(upload_messages(&[("image_type", "png")], &[image]).is_empty());
    assert_eq!(
        upload_messages(&[("image_type", "bitmap_image"), ("count", "three")], &[]),
        [
            "`image_type` is 12 characters long; at most 8 are allowed",
            "`count` is `three`, which is not a 64-bit integer",
            "`image_content` is required but missing",
        ]
    );
    assert_eq!(
        upload_messages(&[("image_type", "png")], &[FilePart { name: "image_content", size: 1025 }]),
        ["`image_content` is 1025 bytes; at most 1024 are allowed"]
    );
    assert_eq!(
        upload_messages(&[("image_type", "png")], &[FilePart { name: "image_content", size: 0 }]),
        ["`image_content` is required but empty"]
    );
    // An optional file may be absent, or empty.
    let empty_thumbnail = FilePart { name: "thumbnail", size: 0 };
    assert!(upload_messages(&[("image_type", "png")], &[image, empty_thumbnail]).is_empty());
    // Files the spec does not list are ignored, as unknown parameters are.
    assert!(upload_messages(&[("image_type", "png")], &[image, FilePart { name: "extra", size: 9 }]).is_empty());
}

#[test]
fn text_and_files_in_each_others_place_are_of_the_wrong_type() {
    let spec = upload();
    let violations = validate_params(
        &spec,
        &params_request(&spec, [("image_content", "aGVsbG8=")]),
        &[FilePart { name: "image_type", size: 3 }],
    );
    let kinds: Vec<(&str, &ViolationKind)> =
        violations.iter().map(|violation| (violation.path.as_str(), &violation.kind)).collect();
    assert_eq!(
        kinds,
        [
            (
                "image_type",
                &ViolationKind::WrongType { expected: "a string (a text parameter)".to_owned(), found: "a file" }
            ),
            (
                "image_content",
                &ViolationKind::WrongType {
                    expected: "a file (a multipart/form-data part with a filename)".to_owned(),
                    found: "a string"
                }
            ),
        ]
    );
}
