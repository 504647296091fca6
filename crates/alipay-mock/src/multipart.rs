//! `multipart/form-data` bodies (RFC 7578), as a client uploading a file sends them: the parts of the body, each
//! with its name, its filename when it is a file, its `Content-Type` and its bytes.
//!
//! The gateway reads a whole body at once, so parsing is a walk over bytes: the parts lie between
//! `--<boundary>` delimiters, each starting on a new line, the last one closed by `--<boundary>--`; each part's
//! headers (read with `httparse`) end at an empty line. Names and filenames are kept as bytes: they are decoded
//! in the call's charset with the other parameters. Whatever does not follow that layout is an error that says
//! where and what, since checking a client's bytes is what a stand-in gateway is for.

use std::fmt;

/// One part of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part<'a> {
    /// The `name` of its `Content-Disposition`, as bytes.
    pub name: &'a [u8],
    /// The `filename` of its `Content-Disposition`, as bytes: present for a file.
    pub filename: Option<&'a [u8]>,
    /// Its `Content-Type`, when given.
    pub content_type: Option<String>,
    /// Its content.
    pub content: &'a [u8],
}

/// A body that is not `multipart/form-data` as the `Content-Type` announces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MultipartError {
    /// The `Content-Type` has no usable `boundary` parameter.
    NoBoundary,
    /// The body does not start with the boundary's delimiter.
    NoDelimiter,
    /// The body ends before the closing delimiter (`--<boundary>--`).
    Unclosed,
    /// A delimiter is not followed by a line break.
    BadDelimiter {
        /// The part that follows it, from 1.
        part: usize,
    },
    /// A part's headers cannot be read.
    BadHeaders {
        /// The part, from 1.
        part: usize,
    },
    /// A part has no `Content-Disposition: form-data; name="..."`.
    NoName {
        /// The part, from 1.
        part: usize,
    },
}

impl fmt::Display for MultipartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoBoundary => f.write_str("the Content-Type has no `boundary` parameter of 1 to 70 characters"),
            Self::NoDelimiter => f.write_str("the body does not start with `--` and the boundary"),
            Self::Unclosed => f.write_str("the body ends before its closing delimiter (`--` boundary `--`)"),
            Self::BadDelimiter { part } => write!(f, "the delimiter before part {part} is not followed by CRLF"),
            Self::BadHeaders { part } => write!(f, "the headers of part {part} cannot be read (or do not end)"),
            Self::NoName { part } => write!(f, "part {part} has no `Content-Disposition: form-data; name=\"...\"`"),
        }
    }
}

/// The most headers a part may have.
const MAX_HEADERS: usize = 8;

/// The parts of `body`, sent with `content_type` (`multipart/form-data; boundary=...`).
pub(crate) fn parse<'a>(content_type: &str, body: &'a [u8]) -> Result<Vec<Part<'a>>, MultipartError> {
    let boundary = boundary(content_type).ok_or(MultipartError::NoBoundary)?;
    let mut delimiter = Vec::with_capacity(boundary.len() + 4);
    delimiter.extend_from_slice(b"\r\n--");
    delimiter.extend_from_slice(boundary.as_bytes());
    // The first delimiter starts the body (the line break before it is the body's start).
    let mut rest = body.strip_prefix(&delimiter[2..]).ok_or(MultipartError::NoDelimiter)?;
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            // The closing delimiter; what follows is an epilogue, ignored.
            return Ok(parts);
        }
        let number = parts.len() + 1;
        rest = rest.strip_prefix(b"\r\n").ok_or(MultipartError::BadDelimiter { part: number })?;
        let end = find(rest, &delimiter).ok_or(MultipartError::Unclosed)?;
        parts.push(part(&rest[..end], number)?);
        rest = &rest[end + delimiter.len()..];
    }
}

/// One part: its headers, an empty line, its content.
fn part(bytes: &[u8], number: usize) -> Result<Part<'_>, MultipartError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let (length, headers) = match httparse::parse_headers(bytes, &mut headers) {
        Ok(httparse::Status::Complete((length, headers))) => (length, headers),
        _ => return Err(MultipartError::BadHeaders { part: number }),
    };
    let header = |name: &str| headers.iter().find(|header| header.name.eq_ignore_ascii_case(name));
    let disposition = header("Content-Disposition").ok_or(MultipartError::NoName { part: number })?.value;
    let (kind, params) = split_params(disposition);
    let name = params
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(b"name"))
        .map(|(_, value)| *value)
        .filter(|_| kind.eq_ignore_ascii_case(b"form-data"))
        .ok_or(MultipartError::NoName { part: number })?;
    let filename = params.iter().find(|(key, _)| key.eq_ignore_ascii_case(b"filename")).map(|(_, value)| *value);
    let content_type = header("Content-Type").map(|header| String::from_utf8_lossy(header.value).trim().to_owned());
    Ok(Part { name, filename, content_type, content: &bytes[length..] })
}

/// A parameter of a header value: its name and value, as bytes.
type HeaderParam<'a> = (&'a [u8], &'a [u8]);

/// `form-data; name="a"; filename="b.png"` as the disposition and its parameters, quotes removed (a quoted value
/// may hold `;`). Values are kept as bytes.
fn split_params(value: &[u8]) -> (&[u8], Vec<HeaderParam<'_>>) {
    let mut segments = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (index, &byte) in value.iter().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b';' if !quoted => {
                segments.push(&value[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    segments.push(&value[start..]);
    let kind = segments[0].trim_ascii();
    let params = segments[1..]
        .iter()
        .filter_map(|segment| {
            let equals = segment.iter().position(|&byte| byte == b'=')?;
            let value = segment[equals + 1..].trim_ascii();
            let value = value.strip_prefix(b"\"").and_then(|inner| inner.strip_suffix(b"\"")).unwrap_or(value);
            Some((segment[..equals].trim_ascii(), value))
        })
        .collect();
    (kind, params)
}

/// The `boundary` parameter of a `Content-Type`, quotes removed.
fn boundary(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        let value = value.trim().trim_matches('"');
        (name.trim().eq_ignore_ascii_case("boundary") && (1..=70).contains(&value.len())).then_some(value)
    })
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TYPE: &str = "multipart/form-data; charset=utf-8; boundary=XyZ";

    #[test]
    fn text_and_file_parts() {
        let body = b"--XyZ\r\n\
            Content-Disposition: form-data; name=\"image_type\"\r\n\
            Content-Type: text/plain; charset=utf-8\r\n\r\n\
            png\r\n\
            --XyZ\r\n\
            content-disposition: form-data; name=\"image_content\"; filename=\"a;b.png\"\r\n\
            Content-Type: image/png\r\n\r\n\
            \x89PNG\r\n--X\r\n\
            --XyZ--\r\n";
        let parts = parse(TYPE, body).unwrap();
        assert_eq!(
            parts,
            [
                Part {
                    name: b"image_type",
                    filename: None,
                    content_type: Some("text/plain; charset=utf-8".to_owned()),
                    content: b"png"
                },
                Part {
                    name: b"image_content",
                    filename: Some(b"a;b.png"),
                    content_type: Some("image/png".to_owned()),
                    // A line that starts like the delimiter but is not it stays content.
                    content: b"\x89PNG\r\n--X",
                },
            ]
        );
    }

    #[test]
    fn empty_parts_and_quoted_boundaries() {
        let body = b"--a b\r\nContent-Disposition: form-data; name=x\r\n\r\n\r\n--a b--";
        let parts = parse("multipart/form-data; boundary=\"a b\"", body).unwrap();
        assert_eq!((parts[0].name, parts[0].content), (&b"x"[..], &b""[..]));
        assert_eq!(parse(TYPE, b"--XyZ--").unwrap(), []);
    }

    #[test]
    fn each_mistake_says_where() {
        let named = "Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n";
        let cases: [(&str, String, MultipartError); 6] = [
            ("multipart/form-data", format!("--XyZ\r\n{named}--XyZ--"), MultipartError::NoBoundary),
            (TYPE, format!("--Other\r\n{named}--Other--"), MultipartError::NoDelimiter),
            (TYPE, format!("--XyZ\r\n{named}"), MultipartError::Unclosed),
            (TYPE, format!("--XyZ\r\n{named}--XyZ  \r\n{named}--XyZ--"), MultipartError::BadDelimiter { part: 2 }),
            (
                TYPE,
                "--XyZ\r\nContent-Disposition form-data\r\n\r\n1\r\n--XyZ--".to_owned(),
                MultipartError::BadHeaders { part: 1 },
            ),
            (
                TYPE,
                "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--XyZ--".to_owned(),
                MultipartError::NoName { part: 1 },
            ),
        ];
        for (content_type, body, expected) in cases {
            assert_eq!(parse(content_type, body.as_bytes()), Err(expected), "{body:?}");
        }
    }
}
