//! Every key and type name of the spec format, as named constants.

// Top level of a method spec.
/// `method`: the method name.
pub const METHOD: &str = "method";
/// `title`: the doc page's title.
pub const TITLE: &str = "title";
/// `description`: a description (of the method, a field, an error code or a gateway code).
pub const DESCRIPTION: &str = "description";
/// `request_in`: where the request's fields travel, `biz_content` (the default) or `params`.
pub const REQUEST_IN: &str = "request_in";
/// `request`: the request's fields; also the request example in `[examples]`.
pub const REQUEST: &str = "request";
/// `response`: the response's fields; also the success example in `[examples]`.
pub const RESPONSE: &str = "response";
/// `types`: named object types.
pub const TYPES: &str = "types";
/// `enums`: named enumerations.
pub const ENUMS: &str = "enums";
/// `errors`: the method's business error codes.
pub const ERRORS: &str = "errors";
/// `examples`: the doc page's examples.
pub const EXAMPLES: &str = "examples";

// A field.
/// `type`: a field's type.
pub const TYPE: &str = "type";
/// `required`: whether a field is required.
pub const REQUIRED: &str = "required";
/// `max_length`: a field's maximum length.
pub const MAX_LENGTH: &str = "max_length";
/// `max_items`: an array field's maximum number of items.
pub const MAX_ITEMS: &str = "max_items";
/// `example`: a field's example value.
pub const EXAMPLE: &str = "example";

// An error code.
/// `solution`: what to do about an error code.
pub const SOLUTION: &str = "solution";

// Examples.
/// `error`: the error response example.
pub const ERROR: &str = "error";
/// `match`: the request fields that must equal the request example's for the success example's answer.
pub const MATCH: &str = "match";
/// `not_found`: the business error code a stand-in gateway answers to a request that matches no example.
pub const NOT_FOUND: &str = "not_found";

// `common.toml`.
/// `gateway_codes`: the gateway's result codes.
pub const GATEWAY_CODES: &str = "gateway_codes";
/// `sub_codes`: the common `sub_code`s.
pub const SUB_CODES: &str = "sub_codes";
/// `msg`: the message a gateway code comes with.
pub const MSG: &str = "msg";
/// `gateway_code`: the gateway code a common `sub_code` comes with.
pub const GATEWAY_CODE: &str = "gateway_code";

/// The keys of a method spec's top level.
pub const SPEC_KEYS: &[&str] =
    &[METHOD, TITLE, DESCRIPTION, REQUEST_IN, REQUEST, RESPONSE, TYPES, ENUMS, ERRORS, EXAMPLES];
/// The keys of a field table.
pub const FIELD_KEYS: &[&str] = &[TYPE, REQUIRED, MAX_LENGTH, MAX_ITEMS, DESCRIPTION, EXAMPLE];
/// The keys of an `[errors.<CODE>]` table.
pub const ERROR_KEYS: &[&str] = &[DESCRIPTION, SOLUTION];
/// The keys of the `[examples]` table.
pub const EXAMPLE_KEYS: &[&str] = &[REQUEST, RESPONSE, ERROR, MATCH, NOT_FOUND];
/// The keys of `common.toml`'s top level.
pub const COMMON_KEYS: &[&str] = &[GATEWAY_CODES, SUB_CODES];
/// The keys of a `[gateway_codes.<code>]` table.
pub const GATEWAY_CODE_KEYS: &[&str] = &[MSG, DESCRIPTION];
/// The keys of a `[sub_codes."<code>"]` table.
pub const SUB_CODE_KEYS: &[&str] = &[GATEWAY_CODE, DESCRIPTION, SOLUTION];

// Type names.
/// `string`: text.
pub const STRING: &str = "string";
/// `integer`: a 64-bit integer.
pub const INTEGER: &str = "integer";
/// `decimal`: an exact decimal number.
pub const DECIMAL: &str = "decimal";
/// `price`: an alias of `decimal`.
pub const PRICE: &str = "price";
/// `boolean`.
pub const BOOLEAN: &str = "boolean";
/// `datetime`: `yyyy-MM-dd HH:mm:ss` in China time.
pub const DATETIME: &str = "datetime";
/// `file`: an uploaded file, sent as a multipart part (requests whose fields travel as parameters only).
pub const FILE: &str = "file";
/// The suffix that makes a type an array.
pub const ARRAY_SUFFIX: &str = "[]";

/// The scalar type names, in the order the format lists them; [`FILE`] is known in the request of a spec
/// whose fields travel as parameters only.
pub const SCALAR_NAMES: &[&str] = &[STRING, INTEGER, DECIMAL, PRICE, BOOLEAN, DATETIME];

// Where the request's fields travel (`request_in`).
/// `biz_content`: the request's fields are one JSON object, sent as the `biz_content` parameter.
pub const IN_BIZ_CONTENT: &str = "biz_content";
/// `params`: each request field is a top-level parameter; files are multipart parts.
pub const IN_PARAMS: &str = "params";
/// The values of `request_in`.
pub const REQUEST_IN_VALUES: &[&str] = &[IN_BIZ_CONTENT, IN_PARAMS];

/// The gateway's common parameters: no request field whose fields travel as parameters may take one of
/// these names.
pub const COMMON_PARAMS: &[&str] = &[
    "app_id",
    "method",
    "format",
    "charset",
    "sign_type",
    "sign",
    "timestamp",
    "version",
    "biz_content",
    "app_auth_token",
    "notify_url",
    "return_url",
    "encrypt_type",
    "app_cert_sn",
    "alipay_root_cert_sn",
];

/// Type names the doc pages print, and the format's name for each (suggested, never accepted).
pub const DOC_PAGE_TYPE_NAMES: &[(&str, &str)] = &[
    ("String", STRING),
    ("Number", INTEGER),
    ("Long", INTEGER),
    ("Integer", INTEGER),
    ("Int", INTEGER),
    ("Price", PRICE),
    ("Decimal", DECIMAL),
    ("Boolean", BOOLEAN),
    ("Bool", BOOLEAN),
    ("Date", DATETIME),
    ("DateTime", DATETIME),
    ("Byte_array", FILE),
    ("File", FILE),
    ("FileItem", FILE),
];

/// The gateway code of every business error code (`Business Failed`).
pub const BUSINESS_FAILED: &str = "40004";
