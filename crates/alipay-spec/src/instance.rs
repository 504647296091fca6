//! Checking a `biz_content` JSON value against a spec's request, without generated types: for a stand-in
//! gateway receiving requests, and a tool validating a call before it sends it. A method whose fields travel
//! as parameters is checked the same way, from its text parameters and the sizes of its files
//! ([`params_request`], [`validate_params`]).
//!
//! The rules are those of the generated types' `Validate` (`alipay_core::validate`), and violations read
//! the same: required fields present and non-empty, lengths in characters (of a scalar's text, of an
//! object's compact JSON text, of each array item), numbers of items, enumeration values, each with its
//! path (`card_user_info.user_uni_id`, `front_text_list[2].label`). A JSON value has no Rust type to
//! enforce the shapes, so wrong JSON types and malformed date-times, decimals or integers are violations
//! too. Fields the spec does not list are allowed and ignored, as the platform ignores them.
//!
//! ```
//! use alipay_spec::{SourceFile, parse_spec, validate_request};
//!
//! let spec = parse_spec(&SourceFile::new("specs/x.toml", r#"
//! method = "alipay.test.card.query"
//! title = "T"
//! description = "D"
//!
//! [request.card_no]
//! type = "string"
//! required = true
//! max_length = 8
//! description = "卡号"
//!
//! [request.amount]
//! type = "price"
//! description = "金额"
//!
//! [response]
//! "#)).unwrap();
//!
//! let request = serde_json::json!({"card_no": "123456789", "amount": 5.5, "unknown": true});
//! let violations = validate_request(&spec, &request);
//! let messages: Vec<String> = violations.iter().map(ToString::to_string).collect();
//! assert_eq!(messages, [
//!     "`card_no` is 9 characters long; at most 8 are allowed",
//! ]);
//!
//! let wrong = serde_json::json!({"amount": "5,50"});
//! let messages: Vec<String> = validate_request(&spec, &wrong).iter().map(ToString::to_string).collect();
//! assert_eq!(messages, [
//!     "`card_no` is required but missing",
//!     "`amount` is `5,50`, which is not a decimal number like 88.88",
//! ]);
//! ```

use std::fmt;

use serde_json::{Map, Value};

use crate::model::{Field, ObjectType, Scalar, Spec, TypeRef};

/// Checks `biz_content` against the request of `spec` and returns every violation, in field order.
pub fn validate_request(spec: &Spec, biz_content: &Value) -> Vec<InstanceViolation> {
    let mut walk = Walk { spec, path: String::new(), violations: Vec::new() };
    match biz_content {
        Value::Object(object) => walk.object(&spec.request, object, &[]),
        other => walk.report(ViolationKind::WrongType { expected: "a JSON object".to_owned(), found: kind(other) }),
    }
    walk.violations
}

/// A file a request carries, as a gateway receives it: its part's name and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilePart<'a> {
    /// The name of the part: the request field.
    pub name: &'a str,
    /// The file's size in bytes.
    pub size: u64,
}

/// The request a method whose fields travel as parameters (`request_in = "params"`) stands for, read from its
/// text parameters: each request field among `params`, read by its type: integers and booleans from their text,
/// objects and arrays from their JSON text, anything else (and any text that does not read as its type) as a
/// string. Parameters that are not request fields (the common ones) are left out.
///
/// ```
/// use alipay_spec::{FilePart, SourceFile, params_request, parse_spec, validate_params};
///
/// let spec = parse_spec(&SourceFile::new("specs/x.toml", r#"
/// method = "alipay.test.image.upload"
/// title = "T"
/// description = "D"
/// request_in = "params"
///
/// [request.image_type]
/// type = "string"
/// required = true
/// max_length = 8
/// description = "格式"
///
/// [request.image_content]
/// type = "file"
/// required = true
/// max_length = 1024
/// description = "内容"
///
/// [response]
/// "#)).unwrap();
///
/// let request = params_request(&spec, [("app_id", "2021"), ("image_type", "png")]);
/// assert_eq!(serde_json::Value::Object(request.clone()), serde_json::json!({"image_type": "png"}));
/// let big = [FilePart { name: "image_content", size: 4096 }];
/// let messages: Vec<String> = validate_params(&spec, &request, &big).iter().map(ToString::to_string).collect();
/// assert_eq!(messages, ["`image_content` is 4096 bytes; at most 1024 are allowed"]);
/// let messages: Vec<String> = validate_params(&spec, &request, &[]).iter().map(ToString::to_string).collect();
/// assert_eq!(messages, ["`image_content` is required but missing"]);
/// ```
pub fn params_request<'p>(spec: &Spec, params: impl IntoIterator<Item = (&'p str, &'p str)>) -> Map<String, Value> {
    let mut request = Map::new();
    for (name, text) in params {
        let Some(field) = spec.request.fields.iter().find(|field| field.name == name) else { continue };
        if request.contains_key(name) {
            continue;
        }
        request.insert(name.to_owned(), param_value(&field.ty, text));
    }
    request
}

/// The JSON value a parameter's text stands for, by the field's type.
fn param_value(ty: &TypeRef, text: &str) -> Value {
    let parsed = match ty {
        TypeRef::Scalar(Scalar::Integer) => text.parse::<i64>().ok().map(Value::from),
        TypeRef::Scalar(Scalar::Boolean) => text.parse::<bool>().ok().map(Value::from),
        TypeRef::Object(_) | TypeRef::Array(_) => serde_json::from_str::<Value>(text).ok(),
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_owned()))
}

/// Checks a request whose fields travel as parameters against the request of `spec`: its text parameters as
/// [`params_request`] reads them, with the same rules as [`validate_request`], and its files: each `file` field
/// present when required, not empty, and at most `max_length` bytes; a file where the spec has text, or text
/// where it has a file, is of the wrong type. Files the spec does not list are ignored.
pub fn validate_params(spec: &Spec, request: &Map<String, Value>, files: &[FilePart<'_>]) -> Vec<InstanceViolation> {
    let mut walk = Walk { spec, path: String::new(), violations: Vec::new() };
    walk.object(&spec.request, request, files);
    walk.violations
}

/// One rule a `biz_content` value breaks, with the path of the field (empty for `biz_content` itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceViolation {
    /// The field's path from the root of `biz_content`: `card_user_info.user_uni_id`, `items[2].name`.
    pub path: String,
    /// What is wrong with it.
    pub kind: ViolationKind,
}

/// What is wrong with a field of a `biz_content` value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// A required field is absent (or `null`).
    Missing,
    /// A required field is empty: `""`, or an array without items.
    Empty,
    /// The value is longer than the spec allows.
    TooLong {
        /// The spec's maximum, in characters.
        max: u32,
        /// The value's length, in characters.
        length: usize,
    },
    /// The file is larger than the spec allows.
    TooLarge {
        /// The spec's maximum, in bytes.
        max: u32,
        /// The file's size, in bytes.
        size: u64,
    },
    /// The array has more items than the spec allows.
    TooManyItems {
        /// The spec's maximum.
        max: u32,
        /// The array's number of items.
        count: usize,
    },
    /// The value is not one of the enumeration's values.
    UnknownValue {
        /// The value given.
        value: String,
        /// The values the spec lists.
        expected: Vec<String>,
    },
    /// The JSON value is of the wrong type (a number where text belongs ...).
    WrongType {
        /// What the spec's type takes: `a string`, `an integer`, `a JSON object` ...
        expected: String,
        /// What was given: `a number`, `an array` ...
        found: &'static str,
    },
    /// Text of the right JSON type that is not a value of the spec's type (a date-time in another form ...).
    Malformed {
        /// The text given.
        value: String,
        /// What a value looks like: `a date-time yyyy-MM-dd HH:mm:ss`.
        expected: &'static str,
    },
}

impl fmt::Display for InstanceViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "biz_content" } else { &self.path };
        write!(f, "`{path}` ")?;
        match &self.kind {
            ViolationKind::Missing => f.write_str("is required but missing"),
            ViolationKind::Empty => f.write_str("is required but empty"),
            ViolationKind::TooLong { max, length } => {
                write!(f, "is {length} characters long; at most {max} are allowed")
            }
            ViolationKind::TooLarge { max, size } => write!(f, "is {size} bytes; at most {max} are allowed"),
            ViolationKind::TooManyItems { max, count } => write!(f, "has {count} items; at most {max} are allowed"),
            ViolationKind::UnknownValue { value, expected } => {
                write!(f, "is `{value}`, which is not one of {}", expected.join(", "))
            }
            ViolationKind::WrongType { expected, found } => write!(f, "must be {expected}, found {found}"),
            ViolationKind::Malformed { value, expected } => write!(f, "is `{value}`, which is not {expected}"),
        }
    }
}

impl std::error::Error for InstanceViolation {}

/// The walk over a value: the current path and what was found so far.
struct Walk<'s> {
    spec: &'s Spec,
    path: String,
    violations: Vec<InstanceViolation>,
}

/// The rules of one value: the field's, or an array item's.
#[derive(Clone, Copy)]
struct Rules {
    required: bool,
    max_length: Option<u32>,
    max_items: Option<u32>,
}

impl From<&Field> for Rules {
    fn from(field: &Field) -> Self {
        Self { required: field.required, max_length: field.max_length, max_items: field.max_items }
    }
}

impl Walk<'_> {
    fn report(&mut self, kind: ViolationKind) {
        self.violations.push(InstanceViolation { path: self.path.clone(), kind });
    }

    /// Runs `check` with `segment` appended to the path.
    fn at(&mut self, segment: fmt::Arguments<'_>, check: impl FnOnce(&mut Self)) {
        use fmt::Write as _;
        let length = self.path.len();
        let _ = self.path.write_fmt(segment);
        check(self);
        self.path.truncate(length);
    }

    /// Checks the fields of an object; `files` are the request's, at the root.
    fn object(&mut self, ty: &ObjectType, object: &Map<String, Value>, files: &[FilePart<'_>]) {
        for field in &ty.fields {
            let separator = if self.path.is_empty() { "" } else { "." };
            let file = files.iter().find(|file| file.name == field.name);
            self.at(format_args!("{separator}{}", field.name), |walk| {
                let value = object.get(&field.name).filter(|value| !value.is_null());
                match (field.ty.is_file(), value, file) {
                    (true, None, file) => walk.file(file, field.into()),
                    (false, None, Some(_)) => walk.report(ViolationKind::WrongType {
                        expected: format!("{} (a text parameter)", expected(&field.ty)),
                        found: "a file",
                    }),
                    (_, value, _) => walk.value(&field.ty, value, field.into()),
                }
            });
        }
    }

    /// A `file` field: present when required, not empty, at most `max_length` bytes.
    fn file(&mut self, file: Option<&FilePart<'_>>, rules: Rules) {
        let Some(file) = file else {
            if rules.required {
                self.report(ViolationKind::Missing);
            }
            return;
        };
        if rules.required && file.size == 0 {
            self.report(ViolationKind::Empty);
        }
        if let Some(max) = rules.max_length
            && file.size > u64::from(max)
        {
            self.report(ViolationKind::TooLarge { max, size: file.size });
        }
    }

    /// Checks a field's value (absent or `null` as `None`).
    fn value(&mut self, ty: &TypeRef, value: Option<&Value>, rules: Rules) {
        let Some(value) = value.filter(|value| !value.is_null()) else {
            if rules.required {
                self.report(ViolationKind::Missing);
            }
            return;
        };
        match ty {
            TypeRef::Array(item) => self.array(item, value, rules),
            TypeRef::Object(name) => self.nested(name, value, rules),
            TypeRef::Enum(name) => self.enumeration(name, value, rules),
            TypeRef::Scalar(scalar) => self.scalar(*scalar, value, rules),
        }
    }

    fn array(&mut self, item: &TypeRef, value: &Value, rules: Rules) {
        let Value::Array(items) = value else {
            return self.report(ViolationKind::WrongType { expected: "an array".to_owned(), found: kind(value) });
        };
        if rules.required && items.is_empty() {
            self.report(ViolationKind::Empty);
        }
        if let Some(max) = rules.max_items
            && items.len() > max as usize
        {
            self.report(ViolationKind::TooManyItems { max, count: items.len() });
        }
        let item_rules = Rules { required: true, max_length: rules.max_length, max_items: None };
        for (index, value) in items.iter().enumerate() {
            self.at(format_args!("[{index}]"), |walk| walk.value(item, Some(value), item_rules));
        }
    }

    fn nested(&mut self, name: &str, value: &Value, rules: Rules) {
        let Value::Object(object) = value else {
            return self.report(ViolationKind::WrongType { expected: "a JSON object".to_owned(), found: kind(value) });
        };
        if let Some(max) = rules.max_length {
            let length = json_length(value);
            if length > max as usize {
                self.report(ViolationKind::TooLong { max, length });
            }
        }
        // Resolved specs name only declared types.
        if let Some(ty) = self.spec.object_type(name) {
            self.object(ty, object, &[]);
        }
    }

    fn enumeration(&mut self, name: &str, value: &Value, rules: Rules) {
        let Value::String(text) = value else {
            return self.report(ViolationKind::WrongType { expected: "a string".to_owned(), found: kind(value) });
        };
        let Some(enumeration) = self.spec.enum_type(name) else { return };
        if enumeration.values.iter().any(|known| known.value == *text) {
            self.text(text, rules);
        } else {
            self.report(ViolationKind::UnknownValue {
                value: text.clone(),
                expected: enumeration.values.iter().map(|known| known.value.clone()).collect(),
            });
        }
    }

    fn scalar(&mut self, scalar: Scalar, value: &Value, rules: Rules) {
        match (scalar, value) {
            (Scalar::String, Value::String(text)) => self.text(text, rules),
            (Scalar::Integer, Value::Number(number)) if number.is_i64() => {
                // A number's text is never empty: only a maximum length can fail, as in the runtime.
                if rules.max_length.is_some() {
                    self.text(&number.to_string(), Rules { required: false, ..rules });
                }
            }
            (Scalar::Integer, Value::Number(number)) => {
                self.report(ViolationKind::Malformed { value: number.to_string(), expected: "a 64-bit integer" });
            }
            // The platform also takes numbers written as text.
            (Scalar::Integer, Value::String(text)) => {
                if text.parse::<i64>().is_ok() {
                    self.text(text, Rules { required: false, ..rules });
                } else {
                    self.report(ViolationKind::Malformed { value: text.clone(), expected: "a 64-bit integer" });
                }
            }
            (Scalar::Decimal, Value::String(text)) => {
                if is_decimal(text) {
                    self.text(text, rules);
                } else {
                    self.report(ViolationKind::Malformed {
                        value: text.clone(),
                        expected: "a decimal number like 88.88",
                    });
                }
            }
            (Scalar::Decimal, Value::Number(number)) => {
                if rules.max_length.is_some() {
                    self.text(&number.to_string(), Rules { required: false, ..rules });
                }
            }
            (Scalar::Boolean, Value::Bool(_)) => {}
            (Scalar::Boolean, Value::String(text)) if text == "true" || text == "false" => {}
            (Scalar::DateTime, Value::String(text)) => {
                if is_date_time(text) {
                    // A date-time is 19 characters; a shorter maximum is checked as the generated types do.
                    if rules.max_length.is_some_and(|max| max < 19) {
                        self.text(text, rules);
                    }
                } else {
                    self.report(ViolationKind::Malformed {
                        value: text.clone(),
                        expected: "a date-time yyyy-MM-dd HH:mm:ss",
                    });
                }
            }
            (scalar, value) => {
                self.report(ViolationKind::WrongType {
                    expected: expected(&TypeRef::Scalar(scalar)),
                    found: kind(value),
                });
            }
        }
    }

    /// A scalar's text: non-empty when required, at most `max_length` characters.
    fn text(&mut self, text: &str, rules: Rules) {
        if rules.required && text.is_empty() {
            self.report(ViolationKind::Empty);
        }
        if let Some(max) = rules.max_length {
            let length = text.chars().count();
            if length > max as usize {
                self.report(ViolationKind::TooLong { max, length });
            }
        }
    }
}

/// What a value of `ty` is in JSON, with its article.
fn expected(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Scalar(Scalar::String) | TypeRef::Enum(_) => "a string".to_owned(),
        TypeRef::Scalar(Scalar::Integer) => "an integer".to_owned(),
        TypeRef::Scalar(Scalar::Decimal) => "a decimal number (a string like \"88.88\", or a number)".to_owned(),
        TypeRef::Scalar(Scalar::Boolean) => "a boolean".to_owned(),
        TypeRef::Scalar(Scalar::DateTime) => "a date-time string yyyy-MM-dd HH:mm:ss".to_owned(),
        TypeRef::Scalar(Scalar::File) => "a file (a multipart/form-data part with a filename)".to_owned(),
        TypeRef::Object(_) => "a JSON object".to_owned(),
        TypeRef::Array(_) => "an array".to_owned(),
    }
}

/// What a JSON value is, with its article.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "a JSON object",
    }
}

/// The number of characters of `value`'s compact JSON text.
fn json_length(value: &Value) -> usize {
    // Serialising a `Value` cannot fail.
    serde_json::to_string(value).map_or(0, |text| text.chars().count())
}

/// Digits with an optional `-` and fraction: `88.88`, `-1`, `0.5` (what the runtime's `Decimal` takes).
fn is_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

/// `yyyy-MM-dd HH:mm:ss` naming a real calendar day and time of day.
fn is_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 19 {
        return false;
    }
    let separators = [(4, b'-'), (7, b'-'), (10, b' '), (13, b':'), (16, b':')];
    if separators.iter().any(|&(index, separator)| bytes[index] != separator) {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes().all(|byte| byte.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) =
        (number(0..4), number(5..7), number(8..10), number(11..13), number(14..16), number(17..19))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day) && hour < 24 && minute < 60 && second < 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_real_days_and_times() {
        assert!(is_date_time("2024-02-29 23:59:59"));
        assert!(is_date_time("2000-02-29 00:00:00"));
        assert!(!is_date_time("1900-02-29 00:00:00"));
        assert!(!is_date_time("2023-02-29 00:00:00"));
        assert!(!is_date_time("2024-04-31 00:00:00"));
        assert!(!is_date_time("2024-13-01 00:00:00"));
        assert!(!is_date_time("2024-01-01 24:00:00"));
        assert!(!is_date_time("2024-01-01T00:00:00"));
        assert!(!is_date_time("2024-1-01 00:00:00 "));
        assert!(!is_date_time("2024-01-01 00:00:+1"));
        assert!(!is_date_time("２０２４-01-01 00:00"));
    }

    #[test]
    fn decimals_are_plain_digits() {
        for good in ["0", "88.88", "-1", "0.5"] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in ["", ".5", "1.", "1e3", "+1", "1,5", "--1"] {
            assert!(!is_decimal(bad), "{bad}");
        }
    }
}
