//! Request validation against the spec, before anything is signed or sent.
//!
//! Generated code implements [`Validate`] for every request and nested type with one
//! [`Validator::field`] call per field; the rules themselves live here, once.

use std::fmt;

use serde::Serialize;

use crate::enumeration::Enumeration;

/// A type whose fields carry rules from a spec.
pub trait Validate {
    /// Checks every field, recording each violation in `validator` under the current path.
    fn validate_into(&self, validator: &mut Validator);
}

/// A value that can sit in a field: checked against the field's rules.
pub trait FieldValue {
    /// Checks this value against `rules`, recording violations in `validator`.
    fn check(&self, validator: &mut Validator, rules: Rules);
}

/// The rules of one field, as its spec states them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rules {
    /// The field must be present and non-empty.
    pub required: bool,
    /// At most this many characters: of a scalar's text, of an object's JSON text, or of each array item.
    pub max_length: Option<u32>,
    /// At most this many items in an array.
    pub max_items: Option<u32>,
}

/// One segment of a field path.
#[derive(Debug, Clone, Copy)]
enum Segment {
    Field(&'static str),
    Index(usize),
}

/// Walks a request and collects every violation with its field path.
#[derive(Debug, Default)]
pub struct Validator {
    path: Vec<Segment>,
    violations: Vec<Violation>,
}

impl Validator {
    /// A validator at the root of a request.
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks the field `name` of the current object.
    pub fn field<T: FieldValue + ?Sized>(&mut self, name: &'static str, value: &T, rules: Rules) {
        self.path.push(Segment::Field(name));
        value.check(self, rules);
        self.path.pop();
    }

    /// Records a violation at the current path.
    pub fn report(&mut self, kind: ViolationKind) {
        let mut path = String::new();
        for segment in &self.path {
            match segment {
                Segment::Field(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                Segment::Index(index) => {
                    use fmt::Write as _;
                    let _ = write!(path, "[{index}]");
                }
            }
        }
        self.violations.push(Violation { path, kind });
    }

    /// Checks the text of a scalar: non-empty when required, at most `max_length` characters.
    pub fn check_text(&mut self, text: &str, rules: Rules) {
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

    /// Checks an enumeration: its value must be one the spec lists.
    pub fn check_enumeration<E: Enumeration>(&mut self, value: &E, rules: Rules) {
        if value.is_known() {
            self.check_text(value.as_str(), rules);
        } else {
            self.report(ViolationKind::UnknownValue { value: value.as_str().to_owned(), expected: E::VALUES });
        }
    }

    /// Checks an object: the length of its JSON text, then its own fields.
    pub fn check_object<T: Validate + Serialize>(&mut self, value: &T, rules: Rules) {
        if let Some(max) = rules.max_length {
            let length = json_length(value);
            if length > max as usize {
                self.report(ViolationKind::TooLong { max, length });
            }
        }
        value.validate_into(self);
    }

    /// The violations found, or `Ok` when there are none.
    pub fn finish(self) -> Result<(), ValidationErrors> {
        if self.violations.is_empty() { Ok(()) } else { Err(ValidationErrors(self.violations)) }
    }
}

/// The number of characters of `value`'s JSON text, without building the text.
fn json_length<T: Serialize + ?Sized>(value: &T) -> usize {
    struct CharCounter(usize);
    impl std::io::Write for CharCounter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            // Count UTF-8 characters: every byte that is not a continuation byte starts one.
            self.0 += bytes.iter().filter(|byte| (**byte as i8) >= -0x40).count();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = CharCounter(0);
    // Serialising generated types into a counter cannot fail.
    let _ = serde_json::to_writer(&mut counter, value);
    counter.0
}

impl FieldValue for str {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        validator.check_text(self, rules);
    }
}

impl FieldValue for String {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        validator.check_text(self, rules);
    }
}

impl FieldValue for i64 {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        if rules.max_length.is_some() {
            validator.check_text(&self.to_string(), Rules { required: false, ..rules });
        }
    }
}

impl FieldValue for bool {
    fn check(&self, _validator: &mut Validator, _rules: Rules) {}
}

impl<T: FieldValue> FieldValue for Option<T> {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        match self {
            Some(value) => value.check(validator, rules),
            None if rules.required => validator.report(ViolationKind::Missing),
            None => {}
        }
    }
}

impl<T: FieldValue + ?Sized> FieldValue for Box<T> {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        (**self).check(validator, rules);
    }
}

impl<T: FieldValue> FieldValue for Vec<T> {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        if rules.required && self.is_empty() {
            validator.report(ViolationKind::Empty);
        }
        if let Some(max) = rules.max_items
            && self.len() > max as usize
        {
            validator.report(ViolationKind::TooManyItems { max, count: self.len() });
        }
        let item_rules = Rules { required: true, max_length: rules.max_length, max_items: None };
        for (index, item) in self.iter().enumerate() {
            validator.path.push(Segment::Index(index));
            item.check(validator, item_rules);
            validator.path.pop();
        }
    }
}

/// One rule a request breaks, with the path of the field (`card_user_info.user_uni_id`, `items[2].name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The field's path from the root of `biz_content`.
    pub path: String,
    /// What is wrong with it.
    pub kind: ViolationKind,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// A required field is absent.
    Missing,
    /// A required field is empty.
    Empty,
    /// The value is longer than the spec allows.
    TooLong {
        /// The spec's maximum, in characters.
        max: u32,
        /// The value's length, in characters.
        length: usize,
    },
    /// The file is larger than the spec allows (a file's `max_length` counts bytes).
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
        expected: &'static [&'static str],
    },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` ", self.path)?;
        match &self.kind {
            ViolationKind::Missing => f.write_str("is required but missing"),
            ViolationKind::Empty => f.write_str("is required but empty"),
            ViolationKind::TooLong { max, length } => {
                write!(f, "is {length} characters long; at most {max} are allowed")
            }
            ViolationKind::TooLarge { max, size } => write!(f, "is {size} bytes; at most {max} are allowed"),
            ViolationKind::TooManyItems { max, count } => {
                write!(f, "has {count} items; at most {max} are allowed")
            }
            ViolationKind::UnknownValue { value, expected } => {
                write!(f, "is `{value}`, which is not one of {}", expected.join(", "))
            }
        }
    }
}

/// Every violation a request has, in field order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<Violation>);

impl ValidationErrors {
    /// The violations, in field order.
    pub fn violations(&self) -> &[Violation] {
        &self.0
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid request: ")?;
        for (index, violation) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            violation.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}
