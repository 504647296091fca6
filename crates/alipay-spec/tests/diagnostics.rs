//! Every kind of mistake the checker reports, with its exact rendering: message, file, line, column,
//! the source line with carets, and the help.

use alipay_spec::{SourceFile, check_against_common, parse_common, parse_spec};

/// The first four lines of every spec below; the tests' own lines start at line 5.
const HEAD: &str = "method = \"alipay.test.card.query\"\ntitle = \"T\"\ndescription = \"D\"\n[response]\n";

/// The rendered errors of a spec made of [`HEAD`] and `body`.
fn errors(body: &str) -> String {
    errors_of(&format!("{HEAD}{body}"))
}

/// The rendered errors of a whole spec text.
fn errors_of(text: &str) -> String {
    match parse_spec(&SourceFile::new("specs/x.toml", text)) {
        Ok(spec) => panic!("expected errors, got {spec:#?}"),
        Err(errors) => errors.to_string(),
    }
}

fn common_errors(text: &str) -> String {
    match parse_common(&SourceFile::new("specs/common.toml", text)) {
        Ok(common) => panic!("expected errors, got {common:#?}"),
        Err(errors) => errors.to_string(),
    }
}

#[track_caller]
fn same(actual: String, expected: &str) {
    assert_eq!(actual, expected, "\n--- actual ---\n{actual}\n--- expected ---\n{expected}\n");
}

#[test]
fn toml_syntax_error() {
    same(
        errors("[request.a\ntype = \"string\"\n"),
        "error: invalid TOML: unclosed table, expected `]`
 --> specs/x.toml:5:11
  |
5 | [request.a
  |           ^
  |
  = help: fix the TOML syntax first: nothing else in the file can be checked until it parses",
    );
}

#[test]
fn duplicate_key() {
    same(
        errors("[request.a]\ntype = \"string\"\ndescription = \"x\"\ntype = \"integer\"\n"),
        "error: duplicate key `type`
 --> specs/x.toml:8:1
  |
8 | type = \"integer\"
  | ^^^^
  |
  = help: a key may appear only once in a table, and each `[table]` header once in a file",
    );
}

#[test]
fn unknown_key_with_suggestion() {
    same(
        errors("[request.a]\ntype = \"string\"\nrequried = true\ndescription = \"x\"\n"),
        "error: unknown key `requried`; did you mean `required`?
 --> specs/x.toml:7:1
  |
7 | requried = true
  | ^^^^^^^^
  |
  = help: the keys of field `request.a` are `type`, `required`, `max_length`, `max_items`, `description`, `example`",
    );
}

#[test]
fn unknown_top_level_key_without_suggestion() {
    same(
        errors_of("method = \"alipay.test.card.query\"\ntitle = \"T\"\ndescription = \"D\"\nauthor = \"me\"\n[request]\n[response]\n"),
        "error: unknown key `author`
 --> specs/x.toml:4:1
  |
4 | author = \"me\"
  | ^^^^^^
  |
  = help: the keys of a method spec are `method`, `title`, `description`, `request_in`, `request`, `response`, `types`, `enums`, `errors`, `examples`",
    );
}

#[test]
fn wrong_value_type() {
    same(
        errors("[request.a]\ntype = \"string\"\nrequired = \"yes\"\ndescription = \"x\"\nexample = 5\n"),
        "error: `required` must be a boolean, found a string
 --> specs/x.toml:7:12
  |
7 | required = \"yes\"
  |            ^^^^^
  |
  = help: write `required = true` or `required = false`, without quotes

error: `example` must be a string, found an integer
 --> specs/x.toml:9:11
  |
9 | example = 5
  |           ^
  |
  = help: quote it: `example = \"5\"`",
    );
}

#[test]
fn quoted_number() {
    same(
        errors("[request.a]\ntype = \"string[]\"\nmax_items = \"3\"\ndescription = \"x\"\n"),
        "error: `max_items` must be an integer, found a string
 --> specs/x.toml:7:13
  |
7 | max_items = \"3\"
  |             ^^^
  |
  = help: remove the quotes: `max_items = 3`",
    );
}

#[test]
fn missing_required_key() {
    same(
        errors("[request.card_no]\nrequired = true\n"),
        "error: missing key `type` in field `request.card_no`
 --> specs/x.toml:5:1
  |
5 | [request.card_no]
  | ^^^^^^^^^^^^^^^^^
  |
  = help: add `type = \"string\"`: a scalar (`string`, `integer`, `decimal`, `boolean`, `datetime`), a name from `[types]` or `[enums]`, with `[]` for an array

error: missing key `description` in field `request.card_no`
 --> specs/x.toml:5:1
  |
5 | [request.card_no]
  | ^^^^^^^^^^^^^^^^^
  |
  = help: add `description = \"...\"`: the doc page's 描述",
    );
}

#[test]
fn missing_top_level_keys_and_tables() {
    same(
        errors_of("method = \"alipay.test.card.query\"\n"),
        "error: missing key `title` in a method spec
 --> specs/x.toml:1:1
  |
1 | method = \"alipay.test.card.query\"
  | ^
  |
  = help: add `title = \"...\"`: the doc page's title

error: missing key `description` in a method spec
 --> specs/x.toml:1:1
  |
1 | method = \"alipay.test.card.query\"
  | ^
  |
  = help: add `description = \"...\"`: the doc page's description

error: missing table `[request]`
 --> specs/x.toml:1:1
  |
1 | method = \"alipay.test.card.query\"
  | ^
  |
  = help: add `[request]` (it may be empty)

error: missing table `[response]`
 --> specs/x.toml:1:1
  |
1 | method = \"alipay.test.card.query\"
  | ^
  |
  = help: add `[response]` (it may be empty)",
    );
}

#[test]
fn field_that_is_not_a_table() {
    same(
        errors("[request]\ncard_no = \"string\"\n"),
        "error: `request.card_no` must be a field table, found a string
 --> specs/x.toml:6:1
  |
6 | card_no = \"string\"
  | ^^^^^^^
  |
  = help: a field is a table: `[request.card_no]` followed by `type = ...` and `description = ...` lines",
    );
}

#[test]
fn unknown_type_lists_the_known_ones() {
    same(
        errors("[request.a]\ntype = \"CardInfos\"\ndescription = \"x\"\n[types.CardInfo.b]\ntype = \"Kind\"\ndescription = \"y\"\n[enums.Kind]\nA = \"a\"\n"),
        "error: unknown type `CardInfos`; did you mean `CardInfo`?
 --> specs/x.toml:6:8
  |
6 | type = \"CardInfos\"
  |        ^^^^^^^^^^^
  |
  = help: the known types are `string`, `integer`, `decimal`, `price`, `boolean`, `datetime`, `CardInfo`, `Kind`; add `[]` for an array",
    );
}

#[test]
fn doc_page_type_names_are_translated() {
    same(
        errors("[request.a]\ntype = \"Number\"\ndescription = \"x\"\n"),
        "error: unknown type `Number`; did you mean `integer`?
 --> specs/x.toml:6:8
  |
6 | type = \"Number\"
  |        ^^^^^^^^
  |
  = help: the doc pages' `Number` is `integer` in a spec; the known types are `string`, `integer`, `decimal`, `price`, `boolean`, `datetime`; add `[]` for an array",
    );
}

#[test]
fn arrays_of_arrays() {
    same(
        errors("[request.a]\ntype = \"string [] []\"\ndescription = \"x\"\n"),
        "error: arrays of arrays are not supported: `string [] []`
 --> specs/x.toml:6:8
  |
6 | type = \"string [] []\"
  |        ^^^^^^^^^^^^^^
  |
  = help: wrap the inner array in an object type in `[types]`, and make the field an array of it",
    );
}

#[test]
fn rust_name_collision_of_fields() {
    same(
        errors(
            "[request.self]\ntype = \"string\"\ndescription = \"x\"\n[request.self_]\ntype = \"string\"\ndescription = \"y\"\n",
        ),
        "error: field `self_` collides with field `self` in the request: both are `self_` in Rust
 --> specs/x.toml:8:10
  |
8 | [request.self_]
  |          ^^^^^
  |
  = help: rename one of them",
    );
}

#[test]
fn type_declared_as_object_and_enum() {
    same(
        errors(
            "[request.a]\ntype = \"Kind\"\ndescription = \"x\"\n[types.Kind.b]\ntype = \"string\"\ndescription = \"y\"\n[enums.Kind]\nA = \"a\"\n",
        ),
        "error: `Kind` is declared both in `[types]` and in `[enums]`
  --> specs/x.toml:11:8
   |
11 | [enums.Kind]
   |        ^^^^
   |
   = help: rename one of them: a field's `type` must name exactly one",
    );
}

#[test]
fn invalid_field_names() {
    same(
        errors(
            "[request.user-id]\ntype = \"string\"\ndescription = \"x\"\n[request.2fa]\ntype = \"string\"\ndescription = \"x\"\n[request.\"\"]\ntype = \"string\"\ndescription = \"x\"\n",
        ),
        "error: invalid field name `user-id` in the request: field names are snake_case ASCII, `[a-z_][a-z0-9_]*`
 --> specs/x.toml:5:10
  |
5 | [request.user-id]
  |          ^^^^^^^
  |
  = help: did you mean `user_id`?

error: invalid field name `2fa` in the request: field names are snake_case ASCII, `[a-z_][a-z0-9_]*`
 --> specs/x.toml:8:10
  |
8 | [request.2fa]
  |          ^^^
  |
  = help: field names start with a lowercase ASCII letter or `_`, followed by lowercase letters, digits and `_`

error: invalid field name `` in the request: field names are snake_case ASCII, `[a-z_][a-z0-9_]*`
  --> specs/x.toml:11:10
   |
11 | [request.\"\"]
   |          ^^
   |
   = help: give the field a snake_case name, like `card_no`",
    );
}

#[test]
fn keywords_are_fine_as_field_names() {
    let spec = parse_spec(&SourceFile::new(
        "specs/x.toml",
        format!("{HEAD}[request.type]\ntype = \"string\"\ndescription = \"x\"\n[request.self]\ntype = \"string\"\ndescription = \"y\"\n"),
    ))
    .unwrap();
    let idents: Vec<String> = spec.request.fields.iter().map(|f| alipay_spec::naming::field_ident(&f.name)).collect();
    assert_eq!(idents, ["r#type", "self_"]);
}

#[test]
fn type_names() {
    same(
        errors(
            "[request.a]\ntype = \"card_info\"\ndescription = \"x\"\n[request.b]\ntype = \"Request\"\ndescription = \"x\"\n[request.c]\ntype = \"String\"\ndescription = \"x\"\n[types.card_info.x]\ntype = \"string\"\ndescription = \"x\"\n[types.Request.x]\ntype = \"string\"\ndescription = \"x\"\n[enums.String]\nA = \"a\"\n",
        ),
        "error: type name `card_info` is not UpperCamelCase
  --> specs/x.toml:14:8
   |
14 | [types.card_info.x]
   |        ^^^^^^^^^
   |
   = help: did you mean `CardInfo`?

error: type name `Request` is reserved
  --> specs/x.toml:17:8
   |
17 | [types.Request.x]
   |        ^^^^^^^
   |
   = help: every method generates its own `Request`; choose another name, such as `RequestInfo`

error: enum name `String` is reserved
  --> specs/x.toml:20:8
   |
20 | [enums.String]
   |        ^^^^^^
   |
   = help: generated code uses the standard `String`; choose another name, such as `StringInfo`",
    );
}

#[test]
fn enum_values_that_collide() {
    same(
        errors("[request.a]\ntype = \"Kind\"\ndescription = \"x\"\n[enums.Kind]\nBIZ_CARD = \"a\"\nbiz-card = \"b\"\nUNKNOWN = \"c\"\n\"-\" = \"d\"\n"),
        "error: value `biz-card` of enum `Kind` collides with `BIZ_CARD` (line 9): both are the variant `BizCard`
  --> specs/x.toml:10:1
   |
10 | biz-card = \"b\"
   | ^^^^^^^^
   |
   = help: values must stay distinct after conversion to UpperCamelCase; remove one of them

error: value `UNKNOWN` of enum `Kind` would be the variant `Unknown`, which is reserved for values the spec does not list
  --> specs/x.toml:11:1
   |
11 | UNKNOWN = \"c\"
   | ^^^^^^^
   |
   = help: remove it: the generated enum keeps every unlisted value, `UNKNOWN` included, in `Unknown(String)`

error: value `-` of enum `Kind` has no ASCII letter or digit to make a Rust variant name from
  --> specs/x.toml:12:1
   |
12 | \"-\" = \"d\"
   | ^^^
   |
   = help: variant names come from the ASCII letters and digits of the value: `D_QR_CODE` is `DQrCode`",
    );
}

#[test]
fn error_codes_that_collide() {
    same(
        errors(
            "[request]\n[errors.SYSTEM_ERROR]\ndescription = \"a\"\n[errors.\"system.error\"]\ndescription = \"b\"\n",
        ),
        "error: error code `system.error` collides with `SYSTEM_ERROR` (line 6): both are the variant `SystemError`
 --> specs/x.toml:8:9
  |
8 | [errors.\"system.error\"]
  |         ^^^^^^^^^^^^^^
  |
  = help: values must stay distinct after conversion to UpperCamelCase; remove one of them",
    );
}

#[test]
fn error_codes_that_collide_with_common_ones() {
    let common = parse_common(&SourceFile::new(
        "specs/common.toml",
        "[gateway_codes.40002]\nmsg = \"Invalid Arguments\"\ndescription = \"非法的参数\"\n[sub_codes.\"isv.invalid-parameter\"]\ngateway_code = \"40002\"\ndescription = \"参数无效\"\n",
    ))
    .unwrap();
    let check = |errors: &str| {
        let file = SourceFile::new("specs/x.toml", format!("{HEAD}[request]\n{errors}"));
        let spec = parse_spec(&file).unwrap();
        check_against_common(&spec, &file, &common).unwrap_err().to_string()
    };
    same(
        check("[errors.INVALID_PARAMETER]\ndescription = \"a\"\n[errors.\"isv.invalid-parameter\"]\ndescription = \"b\"\n"),
        "error: error code `isv.invalid-parameter` is already a common sub_code
 --> specs/x.toml:8:9
  |
8 | [errors.\"isv.invalid-parameter\"]
  |         ^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: a method's `SubCode` holds its own codes and the common ones, so each must have its own variant; remove this one from `[errors]`",
    );
    same(
        check("[errors.ISV_INVALID_PARAMETER]\ndescription = \"b\"\n"),
        "error: error code `ISV_INVALID_PARAMETER` collides with the common sub_code `isv.invalid-parameter`: both are the variant `IsvInvalidParameter`
 --> specs/x.toml:6:9
  |
6 | [errors.ISV_INVALID_PARAMETER]
  |         ^^^^^^^^^^^^^^^^^^^^^
  |
  = help: a method's `SubCode` holds its own codes and the common ones, so each must have its own variant; remove this one from `[errors]`",
    );
}

#[test]
fn cycle_of_required_objects() {
    same(
        errors(
            "[request.a]\ntype = \"A\"\ndescription = \"x\"\n[types.A.b]\ntype = \"B\"\nrequired = true\ndescription = \"x\"\n[types.B.a]\ntype = \"A\"\nrequired = true\ndescription = \"x\"\n[types.B.me]\ntype = \"B\"\nrequired = true\ndescription = \"x\"\n",
        ),
        "error: required fields form a cycle: `A.b` requires `B`, `B.a` requires `A`
  --> specs/x.toml:12:10
   |
12 | [types.B.a]
   |          ^
   |
   = help: no finite value has these types; make one of these fields optional (remove `required = true`) or an array

error: required fields form a cycle: `B.me` requires `B`
  --> specs/x.toml:16:10
   |
16 | [types.B.me]
   |          ^^
   |
   = help: no finite value has these types; make one of these fields optional (remove `required = true`) or an array",
    );
}

#[test]
fn optional_and_array_links_break_cycles() {
    let text = format!(
        "{HEAD}[request.a]\ntype = \"A\"\ndescription = \"x\"\n[types.A.b]\ntype = \"B\"\nrequired = true\ndescription = \"x\"\n[types.B.a]\ntype = \"A\"\ndescription = \"x\"\n[types.B.list]\ntype = \"B[]\"\nrequired = true\ndescription = \"x\"\n"
    );
    let spec = parse_spec(&SourceFile::new("specs/x.toml", text)).unwrap();
    assert_eq!(spec.types.len(), 2);
}

#[test]
fn max_items_on_a_non_array_and_zero_lengths() {
    same(
        errors("[request.a]\ntype = \"string\"\nmax_items = 3\nmax_length = 0\ndescription = \"x\"\n"),
        "error: `max_items` applies to arrays only, but `request.a` is a `string`
 --> specs/x.toml:7:13
  |
7 | max_items = 3
  |             ^
  |
  = help: remove `max_items`, or make the field an array: `type = \"string[]\"`

error: `max_length` must be greater than 0, found 0
 --> specs/x.toml:8:14
  |
8 | max_length = 0
  |              ^
  |
  = help: remove `max_length` if there is no limit",
    );
}

#[test]
fn enum_without_values() {
    same(
        errors("[request.a]\ntype = \"Kind\"\ndescription = \"x\"\n[enums.Kind]\n"),
        "error: enum `Kind` has no values
 --> specs/x.toml:8:1
  |
8 | [enums.Kind]
  | ^^^^^^^^^^^^
  |
  = help: add its values under `[enums.Kind]`, one `VALUE = \"meaning\"` line each",
    );
}

#[test]
fn unused_types() {
    same(
        errors(
            "[request]\n[types.Lonely.a]\ntype = \"Friend\"\ndescription = \"x\"\n[types.Friend.a]\ntype = \"string\"\ndescription = \"x\"\n[enums.Kind]\nA = \"a\"\n",
        ),
        "error: type `Lonely` is declared but not used by the request or the response
 --> specs/x.toml:6:8
  |
6 | [types.Lonely.a]
  |        ^^^^^^
  |
  = help: remove it, or use it as a field's `type` (`Lonely` or `Lonely[]`)

error: type `Friend` is declared but not used by the request or the response
 --> specs/x.toml:9:8
  |
9 | [types.Friend.a]
  |        ^^^^^^
  |
  = help: remove it, or use it as a field's `type` (`Friend` or `Friend[]`)

error: enum `Kind` is declared but not used by the request or the response
  --> specs/x.toml:12:8
   |
12 | [enums.Kind]
   |        ^^^^
   |
   = help: remove it, or use it as a field's `type` (`Kind` or `Kind[]`)",
    );
}

#[test]
fn method_names() {
    same(
        errors_of(
            "method = \"alipay_marketing_card_query\"\ntitle = \"T\"\ndescription = \"D\"\n[request]\n[response]\n",
        ),
        "error: `alipay_marketing_card_query` is not a method name
 --> specs/x.toml:1:10
  |
1 | method = \"alipay_marketing_card_query\"
  |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: did you mean `alipay.marketing.card.query`?",
    );
    same(
        errors_of("method = \"alipay.query\"\ntitle = \"T\"\ndescription = \"D\"\n[request]\n[response]\n"),
        "error: `alipay.query` is not a method name
 --> specs/x.toml:1:10
  |
1 | method = \"alipay.query\"
  |          ^^^^^^^^^^^^^^
  |
  = help: a method name has three or more lowercase dot-separated segments of letters and digits, like `alipay.marketing.card.query`",
    );
}

#[test]
fn json_error_at_its_line_inside_the_toml_string() {
    same(
        errors("[request]\n[examples]\nrequest = '''\n{\n  \"a\": 1,\n  \"b\": 会员\n}\n'''\n"),
        "error: `examples.request` is not valid JSON: expected value
  --> specs/x.toml:10:8
   |
10 |   \"b\": 会员
   |        ^^
   |
   = help: the request example is the `biz_content` JSON object",
    );
}

#[test]
fn json_error_in_an_escaped_string_points_at_the_string() {
    same(
        errors("[request]\n[examples]\nrequest = \"{\\\"a\\\": }\"\n"),
        "error: `examples.request` is not valid JSON: expected value
 --> specs/x.toml:7:11
  |
7 | request = \"{\\\"a\\\": }\"
  |           ^^^^^^^^^^^
  |
  = help: the request example is the `biz_content` JSON object",
    );
}

#[test]
fn examples_of_the_wrong_shape() {
    same(
        errors("[request]\n[examples]\nrequest = '[1]'\nresponse = '{\"sign\": \"x\"}'\n"),
        "error: `examples.request` must be a JSON object
 --> specs/x.toml:7:11
  |
7 | request = '[1]'
  |           ^^^^^
  |
  = help: the request example is the `biz_content` JSON object

error: `examples.response` has no `alipay_test_card_query_response` node
 --> specs/x.toml:8:12
  |
8 | response = '{\"sign\": \"x\"}'
  |            ^^^^^^^^^^^^^^^
  |
  = help: the response example is a whole response body: {\"alipay_test_card_query_response\": {...}, \"sign\": \"...\"}",
    );
}

#[test]
fn all_errors_of_a_file_at_once() {
    let text = format!(
        "{HEAD}[request.card_no]\ntype = \"strin\"\nrequried = true\ndescription = \"x\"\n[request.user-id]\ntype = \"string\"\n[types.Unused.a]\ntype = \"string\"\ndescription = \"x\"\n[enums.Kind]\nA = \"a\"\na = \"b\"\n[examples]\nrequest = '{{'\n"
    );
    let errors = parse_spec(&SourceFile::new("specs/x.toml", text)).unwrap_err();
    let found: Vec<(usize, usize, &str)> = errors.iter().map(|e| (e.line, e.column, e.message.as_str())).collect();
    assert_eq!(
        found,
        [
            (6, 8, "unknown type `strin`; did you mean `string`?"),
            (7, 1, "unknown key `requried`; did you mean `required`?"),
            (9, 1, "missing key `description` in field `request.user-id`"),
            (
                9,
                10,
                "invalid field name `user-id` in the request: field names are snake_case ASCII, `[a-z_][a-z0-9_]*`"
            ),
            (16, 1, "value `a` of enum `Kind` collides with `A` (line 15): both are the variant `A`"),
            (18, 12, "`examples.request` is not valid JSON: EOF while parsing an object"),
        ]
    );
    // The unused type and enum are not blamed while a field's type is unresolved.
    assert!(errors.iter().all(|e| !e.message.contains("not used")));
}

#[test]
fn common_file_errors() {
    same(
        common_errors(
            "[gateway_codes.40002]\nmsg = \"Invalid Arguments\"\ndescription = \"x\"\n[gateway_codes.4000x]\ndescription = \"x\"\n[sub_codes.\"isv.a-b\"]\ngateway_code = \"40003\"\ndescription = \"d\"\n[sub_codes.\"ISV.A_B\"]\ngateway_code = 40002\ndescription = \"d\"\nsolutoin = \"x\"\n",
        ),
        "error: missing key `msg` in gateway code `4000x`
 --> specs/common.toml:4:1
  |
4 | [gateway_codes.4000x]
  | ^^^^^^^^^^^^^^^^^^^^^
  |
  = help: add `msg = \"...\"`: the `msg` the gateway sends

error: gateway code `4000x` is not a number
 --> specs/common.toml:4:16
  |
4 | [gateway_codes.4000x]
  |                ^^^^^
  |
  = help: gateway codes are the numbers the gateway sends as `code`, like `40004`

error: `40003` is not a declared gateway code; did you mean `40002`?
 --> specs/common.toml:7:16
  |
7 | gateway_code = \"40003\"
  |                ^^^^^^^
  |
  = help: the declared gateway codes are `40002`, `4000x`

error: sub_code `ISV.A_B` collides with `isv.a-b` (line 6): both are the variant `IsvAB`
 --> specs/common.toml:9:12
  |
9 | [sub_codes.\"ISV.A_B\"]
  |            ^^^^^^^^^
  |
  = help: values must stay distinct after conversion to UpperCamelCase; remove one of them

error: `gateway_code` must be a string, found an integer
  --> specs/common.toml:10:16
   |
10 | gateway_code = 40002
   |                ^^^^^
   |
   = help: quote it: `gateway_code = \"40002\"`

error: unknown key `solutoin`; did you mean `solution`?
  --> specs/common.toml:12:1
   |
12 | solutoin = \"x\"
   | ^^^^^^^^
   |
   = help: the keys of sub_code `ISV.A_B` are `gateway_code`, `description`, `solution`",
    );
}

#[test]
fn unreadable_file() {
    let errors = alipay_spec::load_spec(std::path::Path::new("/nonexistent/x.toml"), "specs/x.toml").unwrap_err();
    assert_eq!(errors.len(), 1);
    let error = &errors.0[0];
    assert_eq!((error.file.as_str(), error.line, error.column), ("specs/x.toml", 0, 0));
    assert!(error.message.starts_with("cannot read the spec file: "), "{}", error.message);
    assert_eq!(error.help.as_deref(), Some("the file is looked for at `/nonexistent/x.toml`"));
}

/// A request with two fields, an error code and a request example, for the `match` / `not_found` tests;
/// its `[examples]` table starts at line 14.
const ANSWERS: &str = "[request.card_no]\ntype = \"string\"\nrequired = true\ndescription = \"x\"\n\
[request.org_no]\ntype = \"string\"\ndescription = \"x\"\n\
[errors.CARD_NOT_EXIST]\ndescription = \"卡片不存在\"\n\
[examples]\nrequest = '{\"card_no\": \"1\"}'\n";

#[test]
fn match_names_an_unknown_field() {
    same(
        errors(&format!("{ANSWERS}match = [\"card_nos\"]\n")),
        "error: `examples.match` names `card_nos`, which is not a field of the request; did you mean `card_no`?
  --> specs/x.toml:16:10
   |
16 | match = [\"card_nos\"]
   |          ^^^^^^^^^^
   |
   = help: the request's fields are `card_no`, `org_no`",
    );
}

#[test]
fn match_names_a_field_the_example_lacks_or_twice() {
    same(
        errors(&format!("{ANSWERS}match = [\"card_no\", \"org_no\", \"card_no\"]\n")),
        "error: `examples.match` names `org_no`, which the request example does not have
  --> specs/x.toml:16:21
   |
16 | match = [\"card_no\", \"org_no\", \"card_no\"]
   |                     ^^^^^^^^
   |
   = help: add `\"org_no\"` to the request example, or remove it from `match`

error: `examples.match` names `card_no` twice
  --> specs/x.toml:16:31
   |
16 | match = [\"card_no\", \"org_no\", \"card_no\"]
   |                               ^^^^^^^^^
   |
   = help: name each field once",
    );
}

#[test]
fn match_of_the_wrong_type_or_without_a_request_example() {
    same(
        errors(&format!("{ANSWERS}match = \"card_no\"\n")),
        "error: `match` must be an array of strings, found a string
  --> specs/x.toml:16:9
   |
16 | match = \"card_no\"
   |         ^^^^^^^^^
   |
   = help: write `match = [\"field_a\", \"field_b\"]`",
    );
    let without_example = ANSWERS.replace("request = '{\"card_no\": \"1\"}'\n", "match = [\"card_no\", 7]\n");
    same(
        errors(&without_example),
        "error: `examples.match` needs a request example to compare requests with
  --> specs/x.toml:15:1
   |
15 | match = [\"card_no\", 7]
   | ^^^^^
   |
   = help: add `request = '''{...}'''` to `[examples]`, or remove `match`

error: the items of `match` must be strings, found an integer
  --> specs/x.toml:15:21
   |
15 | match = [\"card_no\", 7]
   |                     ^
   |
   = help: quote the field name: `\"card_no\"`",
    );
}

#[test]
fn not_found_names_an_undeclared_error_code() {
    same(
        errors(&format!("{ANSWERS}not_found = \"CARD_NOT_EXIT\"\n")),
        "error: `examples.not_found` is `CARD_NOT_EXIT`, which is not one of the method's error codes; did you mean `CARD_NOT_EXIST`?
  --> specs/x.toml:16:13
   |
16 | not_found = \"CARD_NOT_EXIT\"
   |             ^^^^^^^^^^^^^^^
   |
   = help: the method's error codes are `CARD_NOT_EXIST`",
    );
    let no_errors = ANSWERS.replace("[errors.CARD_NOT_EXIST]\ndescription = \"卡片不存在\"\n", "");
    same(
        errors(&format!("{no_errors}not_found = \"NOT_FOUND\"\n")),
        "error: `examples.not_found` is `NOT_FOUND`, which is not one of the method's error codes
  --> specs/x.toml:14:13
   |
14 | not_found = \"NOT_FOUND\"
   |             ^^^^^^^^^^^
   |
   = help: declare it under `[errors.NOT_FOUND]` with its `description`",
    );
}

#[test]
fn match_defaults_to_the_required_fields_of_the_request_example() {
    let parse = |text: &str| parse_spec(&SourceFile::new("specs/x.toml", format!("{HEAD}{text}"))).unwrap();
    let spec = parse(ANSWERS);
    assert_eq!(spec.examples.match_fields, ["card_no"]);
    assert_eq!(spec.examples.not_found, None);
    // `org_no` is optional: not matched by default even when the example has it.
    let both = parse(&ANSWERS.replace("{\"card_no\": \"1\"}", "{\"card_no\": \"1\", \"org_no\": \"2\"}"));
    assert_eq!(both.examples.match_fields, ["card_no"]);
    let explicit =
        parse(&format!("{}match = [\"org_no\", \"card_no\"]\nnot_found = \"CARD_NOT_EXIST\"\n", both_text()));
    assert_eq!(explicit.examples.match_fields, ["org_no", "card_no"]);
    assert_eq!(explicit.examples.not_found.as_deref(), Some("CARD_NOT_EXIST"));
    // No request example: nothing to compare, every request matches.
    let none = parse(&ANSWERS.replace("request = '{\"card_no\": \"1\"}'\n", ""));
    assert!(none.examples.match_fields.is_empty());
}

fn both_text() -> String {
    ANSWERS.replace("{\"card_no\": \"1\"}", "{\"card_no\": \"1\", \"org_no\": \"2\"}")
}

/// The first four lines of a spec whose request fields travel as parameters; the tests' own lines start at
/// line 5.
const PARAMS_HEAD: &str =
    "method = \"alipay.test.image.upload\"\ntitle = \"T\"\ndescription = \"D\"\nrequest_in = \"params\"\n";

#[test]
fn request_in_is_biz_content_or_params() {
    same(
        errors_of("method = \"alipay.test.image.upload\"\ntitle = \"T\"\ndescription = \"D\"\nrequest_in = \"param\"\n[request]\n[response]\n"),
        "error: `request_in` is `param`, which is not a place request fields travel; did you mean `params`?
 --> specs/x.toml:4:14
  |
4 | request_in = \"param\"
  |              ^^^^^^^
  |
  = help: write `request_in = \"biz_content\"` (the default: the fields are one JSON object) or `request_in = \"params\"` (each field is a top-level parameter, files are multipart parts)",
    );
}

#[test]
fn a_file_cannot_travel_in_biz_content() {
    same(
        errors("[request.image]\ntype = \"file\"\ndescription = \"图片\"\n"),
        "error: `request.image` is a `file`, which cannot travel in `biz_content`
 --> specs/x.toml:6:8
  |
6 | type = \"file\"
  |        ^^^^^^
  |
  = help: add `request_in = \"params\"` at the top of the spec: each request field is then a top-level parameter, and files are multipart parts",
    );
}

#[test]
fn files_are_top_level_request_fields_only() {
    same(
        errors_of(&format!("{PARAMS_HEAD}[request]\n[response.image]\ntype = \"file\"\ndescription = \"图片\"\n")),
        "error: `response.image` is a `file`, but only request fields can be files
 --> specs/x.toml:7:8
  |
7 | type = \"file\"
  |        ^^^^^^
  |
  = help: a response carries no files: use `string` for a file's id or address",
    );
    same(
        errors_of(&format!(
            "{PARAMS_HEAD}[request.info]\ntype = \"Info\"\ndescription = \"信息\"\n[types.Info.image]\ntype = \"file\"\ndescription = \"图片\"\n[response]\n"
        )),
        "error: `types.Info.image` is a `file`, but files are top-level request fields only
 --> specs/x.toml:9:8
  |
9 | type = \"file\"
  |        ^^^^^^
  |
  = help: move it to `[request.<field>]`, or use `string` for a file's id or address",
    );
    same(
        errors_of(&format!("{PARAMS_HEAD}[request.images]\ntype = \"file[]\"\ndescription = \"图片\"\n[response]\n")),
        "error: arrays of files are not supported: `file[]`
 --> specs/x.toml:6:8
  |
6 | type = \"file[]\"
  |        ^^^^^^^^
  |
  = help: declare one `file` field per file: each is sent as its own multipart part",
    );
}

#[test]
fn file_is_a_known_type_of_a_params_request_only() {
    same(
        errors_of(&format!("{PARAMS_HEAD}[request.image]\ntype = \"flie\"\ndescription = \"图片\"\n[response]\n")),
        "error: unknown type `flie`; did you mean `file`?
 --> specs/x.toml:6:8
  |
6 | type = \"flie\"
  |        ^^^^^^
  |
  = help: the known types are `string`, `integer`, `decimal`, `price`, `boolean`, `datetime`, `file`; add `[]` for an array",
    );
    same(
        errors("[request.image]\ntype = \"Byte_array\"\ndescription = \"图片\"\n"),
        "error: unknown type `Byte_array`; did you mean `file`?
 --> specs/x.toml:6:8
  |
6 | type = \"Byte_array\"
  |        ^^^^^^^^^^^^
  |
  = help: the doc pages' `Byte_array` is `file` in a spec; the known types are `string`, `integer`, `decimal`, `price`, `boolean`, `datetime`; add `[]` for an array",
    );
}

#[test]
fn parameters_do_not_take_the_common_parameters_names() {
    same(
        errors_of(&format!("{PARAMS_HEAD}[request.charset]\ntype = \"string\"\ndescription = \"编码\"\n[response]\n")),
        "error: request field `charset` has the name of a common parameter of the gateway
 --> specs/x.toml:5:10
  |
5 | [request.charset]
  |          ^^^^^^^
  |
  = help: with `request_in = \"params\"` each request field is a top-level parameter beside the common ones (`app_id`, `method`, `sign` ...), so their names must differ; check the field's name on the doc page",
    );
    // The same name is fine inside `biz_content`.
    let spec = format!("{HEAD}[request.charset]\ntype = \"string\"\ndescription = \"编码\"\n");
    assert!(parse_spec(&SourceFile::new("specs/x.toml", spec)).is_ok());
}

#[test]
fn examples_hold_no_files() {
    same(
        errors_of(&format!(
            "{PARAMS_HEAD}[request.image_name]\ntype = \"string\"\nrequired = true\ndescription = \"名称\"\n\
             [request.image]\ntype = \"file\"\nrequired = true\ndescription = \"图片\"\n[response]\n\
             [examples]\nmatch = [\"image_name\", \"image\"]\nrequest = '{{\"image_name\": \"a\", \"image\": \"b\"}}'\n"
        )),
        "error: `examples.match` names `image`, a file
  --> specs/x.toml:15:24
   |
15 | match = [\"image_name\", \"image\"]
   |                        ^^^^^^^
   |
   = help: a stand-in gateway compares text parameters only; remove it from `match`

error: the request example has `image`, a file: it holds the text parameters only
  --> specs/x.toml:16:11
   |
16 | request = '{\"image_name\": \"a\", \"image\": \"b\"}'
   |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: remove `\"image\"` from the request example: files are sent as multipart parts",
    );
}

#[test]
fn a_params_request_with_a_file_parses() {
    let spec = parse_spec(&SourceFile::new(
        "specs/x.toml",
        format!(
            "{PARAMS_HEAD}[request.image_name]\ntype = \"string\"\nrequired = true\ndescription = \"名称\"\n\
             [request.image]\ntype = \"file\"\nrequired = true\nmax_length = 5242880\ndescription = \"图片\"\n[response]\n\
             [examples]\nrequest = '{{\"image_name\": \"a\"}}'\n"
        ),
    ))
    .unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(spec.request_in, alipay_spec::RequestIn::Params);
    let files: Vec<&str> = spec.file_fields().map(|field| field.name.as_str()).collect();
    assert_eq!(files, ["image"]);
    assert_eq!(spec.request.fields[1].max_length, Some(5_242_880));
    assert_eq!(spec.examples.match_fields, ["image_name"]);
}
