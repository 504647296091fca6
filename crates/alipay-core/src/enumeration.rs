//! Enumerations that never fail to decode: known values as variants, anything else kept as text.

use std::fmt;

use serde::de::{Deserializer, Visitor};
use serde::ser::Serializer;

/// An enumeration from a spec (or a method's `sub_code`s): the documented values plus an `Unknown(String)`
/// variant, so that a value the platform adds later still decodes and is kept.
///
/// Generated enums implement the two index functions; everything else is shared here, so the generated
/// code stays small.
pub trait Enumeration: Sized {
    /// The documented values, in the order of the variants.
    const VALUES: &'static [&'static str];

    /// The position of this value in [`Enumeration::VALUES`], or `None` for an unknown value.
    fn known_index(&self) -> Option<usize>;

    /// The variant at `index` of [`Enumeration::VALUES`].
    ///
    /// Called only with indexes below `VALUES.len()`.
    fn from_known_index(index: usize) -> Self;

    /// Wraps a value the spec does not list.
    fn from_unknown(value: String) -> Self;

    /// The value as the platform sends it.
    fn unknown_text(&self) -> &str;

    /// The value as the platform sends it.
    fn as_str(&self) -> &str {
        match self.known_index() {
            Some(index) => Self::VALUES[index],
            None => self.unknown_text(),
        }
    }

    /// Whether the value is one the spec lists.
    fn is_known(&self) -> bool {
        self.known_index().is_some()
    }

    /// Makes a value from text; never fails: text the spec does not list becomes the unknown variant.
    fn from_text(text: &str) -> Self {
        match Self::VALUES.iter().position(|value| *value == text) {
            Some(index) => Self::from_known_index(index),
            None => Self::from_unknown(text.to_owned()),
        }
    }
}

/// Serialises an enumeration as its text.
pub fn serialize<E: Enumeration, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// Deserialises an enumeration from a JSON string; an unlisted value becomes the unknown variant.
pub fn deserialize<'de, E: Enumeration, D: Deserializer<'de>>(deserializer: D) -> Result<E, D::Error> {
    struct TextVisitor<E>(std::marker::PhantomData<E>);

    impl<E: Enumeration> Visitor<'_> for TextVisitor<E> {
        type Value = E;

        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("a string")
        }

        fn visit_str<Err: serde::de::Error>(self, text: &str) -> Result<E, Err> {
            Ok(E::from_text(text))
        }

        fn visit_string<Err: serde::de::Error>(self, text: String) -> Result<E, Err> {
            Ok(match E::VALUES.iter().position(|value| *value == text) {
                Some(index) => E::from_known_index(index),
                None => E::from_unknown(text),
            })
        }

        fn visit_i64<Err: serde::de::Error>(self, number: i64) -> Result<E, Err> {
            Ok(E::from_text(&number.to_string()))
        }

        fn visit_u64<Err: serde::de::Error>(self, number: u64) -> Result<E, Err> {
            Ok(E::from_text(&number.to_string()))
        }
    }

    deserializer.deserialize_str(TextVisitor(std::marker::PhantomData))
}
