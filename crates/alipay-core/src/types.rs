//! Value types the specs use beyond JSON's own: decimals kept as exact text and China-time date-times.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use time::macros::{format_description, offset};
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::validate::{FieldValue, Rules, Validator};

/// China Standard Time, the zone of every date-time the platform sends or expects.
pub const CHINA_OFFSET: UtcOffset = offset!(+8);

const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

/// A decimal amount (`price`, `decimal`), kept as the exact text the platform sends or the caller gives,
/// so that no amount is ever rounded through a float. Serialised as a JSON string, as the platform expects.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Decimal(String);

/// Text that is not a plain decimal number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a decimal number (expected digits with an optional sign and fraction, like `88.88`)")]
pub struct DecimalError(String);

impl Decimal {
    /// Checks and wraps decimal text such as `88.88`, `-1`, `0.5`.
    pub fn new(text: impl Into<String>) -> Result<Self, DecimalError> {
        let text = text.into();
        if is_decimal(&text) { Ok(Self(text)) } else { Err(DecimalError(text)) }
    }

    /// An amount in minor units, e.g. `Decimal::from_minor_units(8888, 2)` is `88.88`.
    pub fn from_minor_units(units: i64, scale: u32) -> Self {
        if scale == 0 {
            return Self(units.to_string());
        }
        let digits = units.unsigned_abs().to_string();
        let scale = scale as usize;
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        let sign = if units < 0 { "-" } else { "" };
        Self(format!("{sign}{whole}.{fraction}"))
    }

    /// The decimal's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

impl FromStr for Decimal {
    type Err = DecimalError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::new(text)
    }
}

impl TryFrom<&str> for Decimal {
    type Error = DecimalError;
    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::new(text)
    }
}

impl From<i64> for Decimal {
    fn from(value: i64) -> Self {
        Self(value.to_string())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.0)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DecimalVisitor;
        impl Visitor<'_> for DecimalVisitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number as a string or a number")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
                Decimal::new(text).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Decimal, E> {
                Ok(Decimal(value.to_string()))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Decimal, E> {
                Ok(Decimal(value.to_string()))
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Decimal, E> {
                Decimal::new(value.to_string()).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(DecimalVisitor)
    }
}

impl FieldValue for Decimal {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        validator.check_text(&self.0, rules);
    }
}

/// A date-time as the platform writes it, `yyyy-MM-dd HH:mm:ss`, in China Standard Time (UTC+8)
/// whatever the host's time zone.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateTime(PrimitiveDateTime);

/// Text that is not a `yyyy-MM-dd HH:mm:ss` date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a date-time in the form yyyy-MM-dd HH:mm:ss")]
pub struct DateTimeError {
    text: String,
}

impl DateTime {
    /// The current time in China.
    pub fn now() -> Self {
        Self::from_offset_date_time(OffsetDateTime::now_utc())
    }

    /// The China wall-clock time of an instant.
    pub fn from_offset_date_time(instant: OffsetDateTime) -> Self {
        let china = instant.to_offset(CHINA_OFFSET);
        Self(PrimitiveDateTime::new(china.date(), china.time()))
    }

    /// Wraps a wall-clock time already in China time.
    pub const fn from_china_time(wall_clock: PrimitiveDateTime) -> Self {
        Self(wall_clock)
    }

    /// The instant this China wall-clock time stands for.
    pub fn to_offset_date_time(self) -> OffsetDateTime {
        self.0.assume_offset(CHINA_OFFSET)
    }

    /// The wall-clock time, in China time.
    pub const fn china_time(self) -> PrimitiveDateTime {
        self.0
    }

    /// Writes the `yyyy-MM-dd HH:mm:ss` text into `out` without allocating.
    pub fn write_to(self, out: &mut String) {
        use fmt::Write as _;
        let (date, time) = (self.0.date(), self.0.time());
        let _ = write!(
            out,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            date.year(),
            u8::from(date.month()),
            date.day(),
            time.hour(),
            time.minute(),
            time.second()
        );
    }
}

impl FromStr for DateTime {
    type Err = DateTimeError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PrimitiveDateTime::parse(text, FORMAT).map(Self).map_err(|_| DateTimeError { text: text.to_owned() })
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(19);
        self.write_to(&mut text);
        f.write_str(&text)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTime({self} +08:00)")
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateTimeVisitor;
        impl Visitor<'_> for DateTimeVisitor {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date-time string yyyy-MM-dd HH:mm:ss")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateTimeVisitor)
    }
}

impl FieldValue for DateTime {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        if let Some(max) = rules.max_length
            && max < 19
        {
            validator.check_text(&self.to_string(), rules);
        }
    }
}

/// Deserialisers that accept a number either as a JSON number or as a string of digits, as the
/// platform sends both.
pub mod lenient {
    use serde::Deserialize;
    use serde::de::{self, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IntegerOrText<'a> {
        Integer(i64),
        #[serde(borrow)]
        Text(std::borrow::Cow<'a, str>),
    }

    fn integer<'de, D: Deserializer<'de>>(value: IntegerOrText<'_>) -> Result<i64, D::Error> {
        match value {
            IntegerOrText::Integer(number) => Ok(number),
            IntegerOrText::Text(text) => {
                text.trim().parse().map_err(|_| de::Error::custom(format_args!("`{text}` is not an integer")))
            }
        }
    }

    /// An `i64` from `123` or `"123"`.
    pub fn i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
        integer::<D>(IntegerOrText::deserialize(deserializer)?)
    }

    /// An optional `i64` from `123`, `"123"` or `null`.
    pub fn option_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
        match Option::<IntegerOrText<'_>>::deserialize(deserializer)? {
            Some(value) => integer::<D>(value).map(Some),
            None => Ok(None),
        }
    }

    /// A `Vec<i64>` whose items are `123` or `"123"`.
    pub fn vec_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<i64>, D::Error> {
        Vec::<IntegerOrText<'_>>::deserialize(deserializer)?.into_iter().map(integer::<D>).collect()
    }

    /// An optional `Vec<i64>` whose items are `123` or `"123"`, or `null`.
    pub fn option_vec_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<i64>>, D::Error> {
        match Option::<Vec<IntegerOrText<'_>>>::deserialize(deserializer)? {
            Some(items) => items.into_iter().map(integer::<D>).collect::<Result<_, _>>().map(Some),
            None => Ok(None),
        }
    }
}
