//! The parameters of a call as the gateway receives them: from the URL query and the form body, decoded
//! in the call's charset, each name once.
//!
//! Clients differ in where they put things: the official Java and Node SDKs send the common parameters in
//! the query and `biz_content` in the body, others post everything in the body, a page payment is a GET
//! with everything in the query, and `charset` may sit in the query only while the body is GBK. So the
//! charset is looked for first (query, then body, then the `Content-Type`), and every name and value is
//! then percent-decoded to bytes and decoded in that charset.

use std::borrow::Cow;

use alipay_core::{Charset, CharsetError, UnknownCharset};
use percent_encoding::percent_decode;

/// What arrived: the raw query, the body and its `Content-Type`.
pub(crate) struct Incoming<'a> {
    /// The URL's query, without `?`.
    pub query: Option<&'a str>,
    /// The `Content-Type` header.
    pub content_type: Option<&'a str>,
    /// The body.
    pub body: &'a [u8],
}

/// The decoded parameters of a call.
#[derive(Debug)]
pub(crate) struct Params {
    /// Each name once, in the order first seen (query first, then body).
    pub pairs: Vec<(String, String)>,
    /// The charset the names and values were decoded in.
    pub decoded_in: Charset,
    /// The `charset` parameter: absent, or parsed (an unknown one is reported by the checks, in order).
    pub charset: Option<Result<Charset, UnknownCharset>>,
}

/// Parameters that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ParamsError {
    /// Bytes that are not valid in the charset the call declares.
    Malformed {
        /// The parameter (its name, when the name itself decoded).
        name: String,
        /// What is wrong.
        error: CharsetError,
    },
    /// A parameter given twice with different values.
    Conflict {
        /// Its name.
        name: String,
    },
    /// A body that is not a form.
    NotAForm {
        /// Its `Content-Type`.
        content_type: String,
    },
}

/// The form content type.
const FORM: &str = "application/x-www-form-urlencoded";

impl Params {
    /// Reads the parameters of a call.
    pub(crate) fn read(incoming: &Incoming<'_>) -> Result<Self, ParamsError> {
        let query = incoming.query.map(|query| raw_pairs(query.as_bytes())).unwrap_or_default();
        let body = if incoming.body.is_empty() {
            Vec::new()
        } else {
            match incoming.content_type.map(essence) {
                None => raw_pairs(incoming.body),
                Some(essence) if essence.eq_ignore_ascii_case(FORM) => raw_pairs(incoming.body),
                Some(_) => {
                    return Err(ParamsError::NotAForm {
                        content_type: incoming.content_type.unwrap_or_default().to_owned(),
                    });
                }
            }
        };
        let declared = query.iter().chain(&body).find(|(name, _)| name.as_ref() == b"charset").map(|(_, value)| {
            // A charset name is ASCII; anything else is an unknown charset, shown as received.
            let text = String::from_utf8_lossy(value);
            text.parse::<Charset>()
        });
        let header = incoming.content_type.and_then(charset_of).and_then(|name| name.parse::<Charset>().ok());
        let decoded_in = match &declared {
            Some(Ok(charset)) => *charset,
            _ => header.unwrap_or_default(),
        };

        let mut pairs: Vec<(String, String)> = Vec::with_capacity(query.len() + body.len());
        for (name, value) in query.iter().chain(&body) {
            let name = decoded_in
                .decode(name)
                .map_err(|error| ParamsError::Malformed { name: String::from_utf8_lossy(name).into_owned(), error })?;
            let value = decoded_in
                .decode(value)
                .map_err(|error| ParamsError::Malformed { name: name.clone().into_owned(), error })?;
            match pairs.iter().find(|(existing, _)| *existing == name) {
                Some((_, existing)) if *existing == value => {}
                Some(_) => return Err(ParamsError::Conflict { name: name.into_owned() }),
                None => pairs.push((name.into_owned(), value.into_owned())),
            }
        }
        Ok(Self { pairs, decoded_in, charset: declared })
    }

    /// The value of a parameter; an empty value counts as absent, as it does in the string to sign.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(key, value)| key == name && !value.is_empty()).map(|(_, value)| value.as_str())
    }
}

/// A name and value of a form, percent-decoded but not yet decoded from the charset.
type RawPair<'a> = (Cow<'a, [u8]>, Cow<'a, [u8]>);

/// `a=1&b=2` as percent-decoded byte pairs (`+` is a space), skipping empty segments.
fn raw_pairs(input: &[u8]) -> Vec<RawPair<'_>> {
    input
        .split(|&byte| byte == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.iter().position(|&byte| byte == b'=') {
            Some(equals) => (decode(&pair[..equals]), decode(&pair[equals + 1..])),
            None => (decode(pair), Cow::Borrowed(&[][..])),
        })
        .collect()
}

/// Percent-decodes one name or value of a form.
fn decode(part: &[u8]) -> Cow<'_, [u8]> {
    if part.contains(&b'+') {
        let spaced: Vec<u8> = part.iter().map(|&byte| if byte == b'+' { b' ' } else { byte }).collect();
        Cow::Owned(percent_decode(&spaced).collect())
    } else {
        percent_decode(part).into()
    }
}

/// The media type of a `Content-Type`, without parameters.
fn essence(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or_default().trim()
}

/// The `charset` parameter of a `Content-Type`.
fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches('"'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: Option<&str>, content_type: Option<&str>, body: &[u8]) -> Result<Params, ParamsError> {
        Params::read(&Incoming { query, content_type, body })
    }

    #[test]
    fn query_and_body_together_with_plus_and_percent_escapes() {
        let params = read(
            Some("method=a.b.c&timestamp=2024-01-01+12%3A00%3A00&charset=utf-8"),
            Some("application/x-www-form-urlencoded;charset=UTF-8"),
            b"biz_content=%7B%22a%22%3A%22%E6%B5%8B+%2B%22%7D&empty=&flag",
        )
        .unwrap();
        assert_eq!(params.get("timestamp"), Some("2024-01-01 12:00:00"));
        assert_eq!(params.get("biz_content"), Some("{\"a\":\"测 +\"}"));
        assert_eq!(params.get("empty"), None);
        assert_eq!(params.pairs.last().unwrap(), &("flag".to_owned(), String::new()));
        assert_eq!(params.decoded_in, Charset::Utf8);
    }

    #[test]
    fn the_charset_parameter_wins_over_the_content_type() {
        // 测 in GBK is B2 E2.
        let params = read(Some("charset=GBK"), Some("application/x-www-form-urlencoded"), b"x=%B2%E2").unwrap();
        assert_eq!(params.get("x"), Some("测"));
        let params = read(None, Some("application/x-www-form-urlencoded; charset=\"gbk\""), b"x=%B2%E2").unwrap();
        assert_eq!(params.get("x"), Some("测"));
        assert_eq!(params.charset, None);
        let error = read(Some("charset=utf-8"), None, b"x=%B2%E2").unwrap_err();
        assert_eq!(
            error,
            ParamsError::Malformed {
                name: "x".to_owned(),
                error: CharsetError::Malformed { charset: Charset::Utf8, offset: 0 }
            }
        );
    }

    #[test]
    fn an_unknown_charset_is_kept_for_the_checks() {
        let params = read(Some("charset=latin1&a=1"), None, b"").unwrap();
        assert!(params.charset.as_ref().unwrap().is_err());
        assert_eq!(params.get("a"), Some("1"));
    }

    #[test]
    fn repeated_names_must_agree() {
        let params = read(Some("a=1&b=2"), None, b"a=1").unwrap();
        assert_eq!(params.pairs.len(), 2);
        assert_eq!(read(Some("a=1"), None, b"a=2").unwrap_err(), ParamsError::Conflict { name: "a".to_owned() });
    }

    #[test]
    fn only_forms_are_read() {
        let error = read(None, Some("application/json"), b"{}").unwrap_err();
        assert_eq!(error, ParamsError::NotAForm { content_type: "application/json".to_owned() });
        // An empty body of any type is nothing to read.
        assert!(read(Some("a=1"), Some("application/json"), b"").is_ok());
    }
}
