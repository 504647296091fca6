//! The parameters of a call as the gateway receives them: from the URL query and the form body, decoded
//! in the call's charset, each name once; and the files of an upload.
//!
//! Clients differ in where they put things: the official Java and Node SDKs send the common parameters in
//! the query and `biz_content` in the body, others post everything in the body, a page payment is a GET
//! with everything in the query, and `charset` may sit in the query only while the body is GBK. So the
//! charset is looked for first (query, then body, then the `Content-Type`), and every name and value is
//! then percent-decoded to bytes and decoded in that charset.
//!
//! A body may also be `multipart/form-data` (an upload, as the Java SDK sends one: the common parameters in
//! the query, the method's text parameters and its files as parts): each part without a filename is a
//! parameter like any other, each part with one a file, which is never signed.

use std::borrow::Cow;

use alipay_core::{Charset, CharsetError, UnknownCharset};
use percent_encoding::percent_decode;

use crate::multipart::{self, MultipartError};
use crate::record::UploadedFile;

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
    /// The files of a `multipart/form-data` body, in the order received.
    pub files: Vec<UploadedFile>,
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
    /// A parameter given twice with different values, or a file and a parameter (or two files) of one name.
    Conflict {
        /// Its name.
        name: String,
    },
    /// A body that is not a form.
    NotAForm {
        /// Its `Content-Type`.
        content_type: String,
    },
    /// A `multipart/form-data` body that does not follow the format.
    Multipart(MultipartError),
}

/// The form content type.
const FORM: &str = "application/x-www-form-urlencoded";
/// The content type of a body with files.
const MULTIPART: &str = "multipart/form-data";

/// A file part, its name and filename not yet decoded from the charset.
struct RawFile<'a> {
    name: &'a [u8],
    filename: &'a [u8],
    content_type: Option<String>,
    content: &'a [u8],
}

impl Params {
    /// Reads the parameters of a call.
    pub(crate) fn read(incoming: &Incoming<'_>) -> Result<Self, ParamsError> {
        let query = incoming.query.map(|query| raw_pairs(query.as_bytes())).unwrap_or_default();
        let mut raw_files = Vec::new();
        let body = if incoming.body.is_empty() {
            Vec::new()
        } else {
            match incoming.content_type.map(essence) {
                None => raw_pairs(incoming.body),
                Some(essence) if essence.eq_ignore_ascii_case(FORM) => raw_pairs(incoming.body),
                Some(essence) if essence.eq_ignore_ascii_case(MULTIPART) => {
                    let content_type = incoming.content_type.unwrap_or_default();
                    let parts = multipart::parse(content_type, incoming.body).map_err(ParamsError::Multipart)?;
                    let mut pairs: Vec<RawPair<'_>> = Vec::with_capacity(parts.len());
                    for part in parts {
                        match part.filename {
                            Some(filename) => raw_files.push(RawFile {
                                name: part.name,
                                filename,
                                content_type: part.content_type,
                                content: part.content,
                            }),
                            None => pairs.push((Cow::Borrowed(part.name), Cow::Borrowed(part.content))),
                        }
                    }
                    pairs
                }
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
        let mut files: Vec<UploadedFile> = Vec::with_capacity(raw_files.len());
        for file in raw_files {
            let name = decoded_in
                .decode(file.name)
                .map_err(|error| ParamsError::Malformed {
                    name: String::from_utf8_lossy(file.name).into_owned(),
                    error,
                })?
                .into_owned();
            if pairs.iter().any(|(existing, _)| *existing == name) || files.iter().any(|known| known.name == name) {
                return Err(ParamsError::Conflict { name });
            }
            let filename = decoded_in
                .decode(file.filename)
                .map_err(|error| ParamsError::Malformed { name: name.clone(), error })?
                .into_owned();
            files.push(UploadedFile {
                name,
                filename,
                content_type: file.content_type,
                content: file.content.to_vec(),
            });
        }
        Ok(Self { pairs, decoded_in, charset: declared, files })
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

    /// A part to encode: its name, its filename when it is a file, its content.
    type TestPart<'a> = (&'a str, Option<&'a [u8]>, &'a [u8]);

    /// A `multipart/form-data` body with boundary `B` of these parts.
    fn multipart(parts: &[TestPart<'_>]) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, filename, content) in parts {
            body.extend_from_slice(format!("--B\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes());
            if let Some(filename) = filename {
                body.extend_from_slice(b"; filename=\"");
                body.extend_from_slice(filename);
                body.extend_from_slice(b"\"\r\nContent-Type: image/png");
            }
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--B--\r\n");
        body
    }

    #[test]
    fn multipart_text_parts_are_parameters_and_file_parts_are_files() {
        // 测 in GBK is B2 E2; the charset comes from the query, as the Java SDK sends it.
        let body =
            multipart(&[("image_name", None, b"\xB2\xE2"), ("image_content", Some(b"\xB2\xE2.png"), b"\x89PNG\r\n")]);
        let params = read(Some("charset=GBK&method=a.b.c"), Some("multipart/form-data; boundary=B"), &body).unwrap();
        assert_eq!(params.get("image_name"), Some("测"));
        assert_eq!(params.get("method"), Some("a.b.c"));
        assert_eq!(params.pairs.len(), 3);
        assert_eq!(
            params.files,
            [UploadedFile {
                name: "image_content".to_owned(),
                filename: "测.png".to_owned(),
                content_type: Some("image/png".to_owned()),
                content: b"\x89PNG\r\n".to_vec(),
            }]
        );
    }

    #[test]
    fn a_file_takes_a_name_of_its_own() {
        let file = multipart(&[("a", Some(b"a.png"), b"1")]);
        let error = read(Some("a=1"), Some("multipart/form-data; boundary=B"), &file).unwrap_err();
        assert_eq!(error, ParamsError::Conflict { name: "a".to_owned() });
        let twice = multipart(&[("a", Some(b"a.png"), b"1"), ("a", Some(b"b.png"), b"2")]);
        let error = read(None, Some("multipart/form-data; boundary=B"), &twice).unwrap_err();
        assert_eq!(error, ParamsError::Conflict { name: "a".to_owned() });
    }

    #[test]
    fn a_malformed_multipart_body_says_why() {
        let error = read(None, Some("multipart/form-data; boundary=C"), &multipart(&[("a", None, b"1")])).unwrap_err();
        assert_eq!(error, ParamsError::Multipart(MultipartError::NoDelimiter));
    }

    #[test]
    fn only_forms_are_read() {
        let error = read(None, Some("application/json"), b"{}").unwrap_err();
        assert_eq!(error, ParamsError::NotAForm { content_type: "application/json".to_owned() });
        // An empty body of any type is nothing to read.
        assert!(read(Some("a=1"), Some("application/json"), b"").is_ok());
    }
}
