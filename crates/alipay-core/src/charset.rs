//! The charset of a request: the bytes that are signed, sent and answered.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The `charset` of a request. The string to sign, the form body and the response are bytes in this charset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Charset {
    /// `utf-8`, the default.
    #[default]
    Utf8,
    /// `gbk` (also accepted as `gb2312`, which GBK contains), for merchants whose systems speak GBK.
    Gbk,
}

impl Charset {
    /// The value of the `charset` parameter: `utf-8` or `gbk`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Utf8 => "utf-8",
            Self::Gbk => "gbk",
        }
    }

    /// The text as bytes in this charset; borrowed for UTF-8.
    ///
    /// Fails on the first character GBK cannot represent (an emoji, most rare CJK extensions), rather than
    /// sending a replacement the platform would sign differently.
    pub fn encode(self, text: &str) -> Result<Cow<'_, [u8]>, CharsetError> {
        match self {
            Self::Utf8 => Ok(Cow::Borrowed(text.as_bytes())),
            Self::Gbk => {
                let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
                if !unmappable {
                    return Ok(bytes);
                }
                let mut buffer = [0u8; 4];
                let character = text
                    .chars()
                    .find(|c| encoding_rs::GBK.encode(c.encode_utf8(&mut buffer)).2)
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                Err(CharsetError::Unencodable { charset: self, character })
            }
        }
    }

    /// Bytes in this charset as text; borrowed for valid UTF-8.
    ///
    /// Fails on malformed bytes instead of replacing them, since a replaced character would change what
    /// a signature is checked against.
    pub fn decode(self, bytes: &[u8]) -> Result<Cow<'_, str>, CharsetError> {
        match self {
            Self::Utf8 => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|error| CharsetError::Malformed { charset: self, offset: error.valid_up_to() }),
            Self::Gbk => encoding_rs::GBK
                .decode_without_bom_handling_and_without_replacement(bytes)
                .ok_or_else(|| CharsetError::Malformed { charset: self, offset: first_malformed_gbk(bytes) }),
        }
    }
}

/// The offset of the first byte that does not start a valid GBK sequence, for error messages.
fn first_malformed_gbk(bytes: &[u8]) -> usize {
    let mut decoder = encoding_rs::GBK.new_decoder_without_bom_handling();
    let mut output = String::with_capacity(bytes.len() * 3 + 4);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut output, true);
    match result {
        encoding_rs::DecoderResult::Malformed(length, consumed) => {
            read.saturating_sub(usize::from(length) + usize::from(consumed))
        }
        _ => read,
    }
}

impl fmt::Display for Charset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Charset {
    type Err = UnknownCharset;

    /// Parses `utf-8` (or `utf8`), `gbk` or `gb2312`, ignoring ASCII case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("utf-8") || trimmed.eq_ignore_ascii_case("utf8") {
            Ok(Self::Utf8)
        } else if trimmed.eq_ignore_ascii_case("gbk") || trimmed.eq_ignore_ascii_case("gb2312") {
            Ok(Self::Gbk)
        } else {
            Err(UnknownCharset { given: text.to_owned() })
        }
    }
}

impl TryFrom<&str> for Charset {
    type Error = UnknownCharset;
    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl TryFrom<String> for Charset {
    type Error = UnknownCharset;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

/// A `charset` the platform does not use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown charset `{given}`: expected `utf-8`, `gbk` or `gb2312`")]
pub struct UnknownCharset {
    /// The text given.
    pub given: String,
}

/// Text that cannot be carried in a charset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CharsetError {
    /// A character the charset has no bytes for.
    #[error(
        "the text contains `{character}` (U+{code:04X}), which {charset} cannot represent; remove it or configure charset utf-8",
        code = u32::from(*character)
    )]
    Unencodable {
        /// The charset.
        charset: Charset,
        /// The first character it cannot represent.
        character: char,
    },
    /// Bytes that are not valid in the charset.
    #[error("the bytes are not valid {charset}: malformed sequence at byte {offset}")]
    Malformed {
        /// The charset.
        charset: Charset,
        /// Where the first malformed sequence starts.
        offset: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_round_trips_chinese_text() {
        let text = "测试商品 & co";
        let bytes = Charset::Gbk.encode(text).unwrap();
        // 测 is 0xB2 0xE2 in GBK.
        assert_eq!(&bytes[..2], &[0xB2, 0xE2]);
        assert_eq!(Charset::Gbk.decode(&bytes).unwrap(), text);
    }

    #[test]
    fn gbk_refuses_characters_it_lacks() {
        let error = Charset::Gbk.encode("ok 😀").unwrap_err();
        assert_eq!(error, CharsetError::Unencodable { charset: Charset::Gbk, character: '😀' });
        assert!(error.to_string().contains("U+1F600"), "{error}");
    }

    #[test]
    fn malformed_bytes_are_refused_with_their_offset() {
        assert_eq!(
            Charset::Utf8.decode(b"ab\xffcd").unwrap_err(),
            CharsetError::Malformed { charset: Charset::Utf8, offset: 2 }
        );
        // 0xB2 needs a trail byte.
        assert_eq!(
            Charset::Gbk.decode(b"abc\xb2").unwrap_err(),
            CharsetError::Malformed { charset: Charset::Gbk, offset: 3 }
        );
    }

    #[test]
    fn parses_names() {
        assert_eq!("UTF-8".parse(), Ok(Charset::Utf8));
        assert_eq!("gb2312".parse(), Ok(Charset::Gbk));
        assert!("latin1".parse::<Charset>().unwrap_err().to_string().contains("expected `utf-8`"));
    }
}
