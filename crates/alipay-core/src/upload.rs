//! Methods whose fields travel as parameters, and the files they upload (`alipay.offline.material.image.upload`).
//!
//! Such a request ([`RequestIn::Params`](crate::method::RequestIn::Params)) has no `biz_content`: each of its
//! fields is a top-level parameter, signed with the common ones. Text goes as it is, numbers and booleans as their
//! text, objects and arrays as their JSON text. Its files ([`FileItem`]) are never signed: they are sent as
//! `multipart/form-data` parts, the way the Java SDK sends an `AlipayUploadRequest`:
//!
//! - the common parameters and `sign` in the gateway URL's query;
//! - each of the method's text parameters as a part, its value in the request's charset;
//! - each file as a part with its filename and `Content-Type`, its bytes as they are.
//!
//! A request whose files are all absent (optional ones) is sent as an ordinary form. The body is written here
//! rather than by the HTTP client, so that [`PreparedRequest`](crate::PreparedRequest) shows the exact bytes that
//! are sent, before sending, and a retry sends them again without rebuilding anything.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use serde::Serialize;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::charset::{Charset, CharsetError};
use crate::validate::{FieldValue, Rules, Validator, ViolationKind};

/// A file to upload: its name, its bytes and its `Content-Type`.
///
/// The bytes are shared ([`Bytes`]): cloning a `FileItem`, or the request that holds it, copies no content.
/// `Debug` output shows the name, size and type, never the content.
///
/// ```
/// use alipay_core::FileItem;
///
/// let png = FileItem::new("card.png", &b"\x89PNG\r\n\x1a\n"[..]);
/// assert_eq!((png.name(), png.len(), png.content_type()), ("card.png", 8, "image/png"));
/// assert_eq!(format!("{png:?}"), r#"FileItem { name: "card.png", size: 8, content_type: "image/png" }"#);
///
/// let video = FileItem::new("store.mp4", vec![0; 16]).with_content_type("video/mp4");
/// assert_eq!(video.content_type(), "video/mp4");
///
/// let missing = FileItem::from_path("no/such/card.png").unwrap_err();
/// assert!(missing.to_string().starts_with("cannot read the file `no/such/card.png`: "));
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FileItem {
    name: String,
    content: Bytes,
    content_type: Option<String>,
}

impl FileItem {
    /// A file named `name` (the filename sent, such as `card.png`) with these bytes.
    pub fn new(name: impl Into<String>, content: impl Into<Bytes>) -> Self {
        Self { name: name.into(), content: content.into(), content_type: None }
    }

    /// The file at `path`, read now, named after the path's last component.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, FileError> {
        let path = path.as_ref();
        let content = std::fs::read(path).map_err(|source| FileError { path: path.to_owned(), source })?;
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(Self::new(name, content))
    }

    /// Sends the file with this `Content-Type` instead of the one its first bytes suggest.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The filename sent.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The bytes.
    pub fn content(&self) -> &Bytes {
        &self.content
    }

    /// The size in bytes.
    pub fn len(&self) -> usize {
        self.content.len()
    }

    /// Whether the file has no bytes.
    pub fn is_empty(&self) -> bool {
        self.content.is_empty()
    }

    /// The `Content-Type` sent: the one given, else the type the first bytes show (JPEG, PNG, GIF, BMP, MP4, as
    /// the Java SDK recognises them), else `application/octet-stream`.
    pub fn content_type(&self) -> &str {
        self.content_type.as_deref().unwrap_or_else(|| sniff(&self.content))
    }
}

impl fmt::Debug for FileItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileItem")
            .field("name", &self.name)
            .field("size", &self.content.len())
            .field("content_type", &self.content_type())
            .finish()
    }
}

/// A file's rules: present (see `Option`) and not empty when required, at most `max_length` bytes.
impl FieldValue for FileItem {
    fn check(&self, validator: &mut Validator, rules: Rules) {
        if rules.required && self.is_empty() {
            validator.report(ViolationKind::Empty);
        }
        if let Some(max) = rules.max_length
            && self.len() as u64 > u64::from(max)
        {
            validator.report(ViolationKind::TooLarge { max, size: self.len() as u64 });
        }
    }
}

/// The type the first bytes of a file show.
fn sniff(content: &[u8]) -> &'static str {
    match content {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [b'G', b'I', b'F', b'8', ..] => "image/gif",
        [b'B', b'M', ..] => "image/bmp",
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => "video/mp4",
        _ => "application/octet-stream",
    }
}

/// A file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the file `{}`: {source}", path.display())]
pub struct FileError {
    /// The path given.
    pub path: PathBuf,
    /// What the system said.
    #[source]
    pub source: std::io::Error,
}

/// The files of a request, for generated code: each present file field with its name.
#[doc(hidden)]
pub fn files<'a, const N: usize>(
    fields: [(&'static str, Option<&'a FileItem>); N],
) -> Vec<(&'static str, &'a FileItem)> {
    fields.into_iter().filter_map(|(name, file)| Some((name, file?))).collect()
}

/// A request's fields as top-level parameters, in their serialisation's order: text as it is, numbers and
/// booleans as their text, objects and arrays as their (compact) JSON text; `null` left out. Files are not
/// serialised (generated code skips them). The request is serialised once; values are then taken from that
/// JSON text without building any other tree.
pub(crate) fn text_params<T: Serialize + ?Sized>(request: &T) -> Result<Vec<(String, String)>, serde_json::Error> {
    let json = serde_json::to_string(request)?;
    let Fields(fields) = serde_json::from_str(&json)?;
    let mut params = Vec::with_capacity(fields.len());
    for (name, value) in fields {
        let text = value.get();
        let text = match text.as_bytes().first() {
            Some(b'"') => serde_json::from_str::<String>(text)?,
            _ if text == "null" => continue,
            _ => text.to_owned(),
        };
        params.push((name.into_owned(), text));
    }
    Ok(params)
}

/// The members of a JSON object, in order, each value as its raw text.
struct Fields<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a request serialised as a JSON object of its fields")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(entry) = map.next_entry::<Cow<'de, str>, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

/// A `multipart/form-data` body and its boundary.
#[derive(Debug, Clone)]
pub(crate) struct Multipart {
    /// The boundary between parts.
    pub boundary: String,
    /// The body.
    pub body: Vec<u8>,
}

/// The start of every boundary; a counter follows, increased until no part holds the delimiter.
const BOUNDARY_PREFIX: &str = "----AlipayFormBoundary";

impl Multipart {
    /// The body of `text` parameters, values in `charset`, then `files`. The boundary is the first one whose
    /// delimiter no part's content holds, so the same parts always make the same bytes.
    pub(crate) fn encode<'a>(
        text: impl IntoIterator<Item = (&'a str, &'a str)>,
        files: &[(&str, FileItem)],
        charset: Charset,
    ) -> Result<Self, CharsetError> {
        let values: Vec<(&str, Cow<'_, [u8]>)> = text
            .into_iter()
            .map(|(name, value)| Ok((name, charset.encode(value)?)))
            .collect::<Result<_, CharsetError>>()?;
        let filenames: Vec<Cow<'_, [u8]>> =
            files.iter().map(|(_, file)| charset.encode(file.name())).collect::<Result<_, _>>()?;
        let contents =
            || values.iter().map(|(_, value)| value.as_ref()).chain(files.iter().map(|(_, file)| &file.content[..]));
        let boundary = (0u64..)
            .map(|counter| format!("{BOUNDARY_PREFIX}{counter:016x}"))
            .find(|boundary| contents().all(|content| !holds_delimiter(content, boundary)))
            .expect("a boundary is found before the counter ends");

        let size: usize = contents().map(|content| content.len() + 200).sum();
        let mut body = Vec::with_capacity(size + boundary.len() + 8);
        for (name, value) in &values {
            start_part(&mut body, &boundary, name.as_bytes(), None);
            body.extend_from_slice(b"Content-Type: text/plain; charset=");
            body.extend_from_slice(charset.as_str().as_bytes());
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(value);
            body.extend_from_slice(b"\r\n");
        }
        for ((name, file), filename) in files.iter().zip(&filenames) {
            start_part(&mut body, &boundary, name.as_bytes(), Some(filename));
            body.extend_from_slice(b"Content-Type: ");
            push_header_text(&mut body, file.content_type().as_bytes());
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(&file.content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        Ok(Self { boundary, body })
    }

    /// The `Content-Type` of the body, with the charset of its text parts as the Java SDK writes it.
    pub(crate) fn content_type(&self, charset: Charset) -> String {
        format!("multipart/form-data; charset={charset}; boundary={}", self.boundary)
    }
}

/// Whether `content` holds `--<boundary>`, which would end its part early.
fn holds_delimiter(content: &[u8], boundary: &str) -> bool {
    let length = boundary.len() + 2;
    content.windows(length).any(|window| window.starts_with(b"--") && &window[2..] == boundary.as_bytes())
}

/// `--<boundary>` and the part's `Content-Disposition` line.
fn start_part(body: &mut Vec<u8>, boundary: &str, name: &[u8], filename: Option<&[u8]>) {
    body.extend_from_slice(b"--");
    body.extend_from_slice(boundary.as_bytes());
    body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
    push_quoted(body, name);
    body.push(b'"');
    if let Some(filename) = filename {
        body.extend_from_slice(b"; filename=\"");
        push_quoted(body, filename);
        body.push(b'"');
    }
    body.extend_from_slice(b"\r\n");
}

/// A name inside quotes as browsers write it (the HTML standard): `"`, CR and LF percent-encoded.
fn push_quoted(body: &mut Vec<u8>, text: &[u8]) {
    for &byte in text {
        match byte {
            b'"' => body.extend_from_slice(b"%22"),
            b'\r' => body.extend_from_slice(b"%0D"),
            b'\n' => body.extend_from_slice(b"%0A"),
            other => body.push(other),
        }
    }
}

/// A header value, without the line breaks that would end the header.
fn push_header_text(body: &mut Vec<u8>, text: &[u8]) {
    body.extend(text.iter().filter(|byte| !matches!(byte, b'\r' | b'\n')));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|window| window == needle)
    }

    #[test]
    fn the_body_is_text_parts_then_file_parts_byte_for_byte() {
        let files = [("image_content", FileItem::new("card.png", &b"\x89PNG\r\n\x1a\n"[..]))];
        let multipart =
            Multipart::encode([("image_type", "png"), ("image_name", "海底捞")], &files, Charset::Utf8).unwrap();
        assert_eq!(multipart.boundary, "----AlipayFormBoundary0000000000000000");
        let expected = "------AlipayFormBoundary0000000000000000\r\n\
            Content-Disposition: form-data; name=\"image_type\"\r\n\
            Content-Type: text/plain; charset=utf-8\r\n\r\n\
            png\r\n\
            ------AlipayFormBoundary0000000000000000\r\n\
            Content-Disposition: form-data; name=\"image_name\"\r\n\
            Content-Type: text/plain; charset=utf-8\r\n\r\n\
            海底捞\r\n\
            ------AlipayFormBoundary0000000000000000\r\n\
            Content-Disposition: form-data; name=\"image_content\"; filename=\"card.png\"\r\n\
            Content-Type: image/png\r\n\r\n";
        let mut expected = expected.as_bytes().to_vec();
        expected.extend_from_slice(b"\x89PNG\r\n\x1a\n\r\n------AlipayFormBoundary0000000000000000--\r\n");
        assert_eq!(String::from_utf8_lossy(&multipart.body), String::from_utf8_lossy(&expected));
        assert_eq!(multipart.body, expected);
        assert_eq!(
            multipart.content_type(Charset::Utf8),
            "multipart/form-data; charset=utf-8; boundary=----AlipayFormBoundary0000000000000000"
        );
    }

    #[test]
    fn text_and_filenames_are_in_the_requests_charset() {
        let files = [("image_content", FileItem::new("测.png", vec![1]))];
        let multipart = Multipart::encode([("image_name", "测")], &files, Charset::Gbk).unwrap();
        let body = &multipart.body;
        // 测 in GBK is B2 E2.
        assert!(contains(body, b"charset=gbk\r\n\r\n\xB2\xE2\r\n--"), "{body:?}");
        assert!(contains(body, b"; filename=\"\xB2\xE2.png\"\r\n"), "{body:?}");
        let error = Multipart::encode([("image_name", "😀")], &[], Charset::Gbk).unwrap_err();
        assert_eq!(error, CharsetError::Unencodable { charset: Charset::Gbk, character: '😀' });
    }

    #[test]
    fn the_boundary_is_one_no_content_holds() {
        let taken = format!("x\r\n--{BOUNDARY_PREFIX}0000000000000000\r\ny --{BOUNDARY_PREFIX}0000000000000001");
        let files = [("f", FileItem::new("a.bin", taken.clone().into_bytes()))];
        let multipart = Multipart::encode(std::iter::empty(), &files, Charset::Utf8).unwrap();
        assert_eq!(multipart.boundary, format!("{BOUNDARY_PREFIX}0000000000000002"));
        assert!(contains(&multipart.body, taken.as_bytes()));
        // The boundary without its `--` is just content.
        let files = [("f", FileItem::new("a.bin", format!("{BOUNDARY_PREFIX}0000000000000000").into_bytes()))];
        let multipart = Multipart::encode(std::iter::empty(), &files, Charset::Utf8).unwrap();
        assert_eq!(multipart.boundary, format!("{BOUNDARY_PREFIX}0000000000000000"));
    }

    #[test]
    fn names_cannot_break_out_of_their_quotes_or_headers() {
        let files = [("a\"b", FileItem::new("x\r\ny\".png", vec![1]).with_content_type("image/png\r\nX-Evil: 1"))];
        let multipart = Multipart::encode(std::iter::empty(), &files, Charset::Utf8).unwrap();
        let text = String::from_utf8_lossy(&multipart.body);
        assert!(text.contains("name=\"a%22b\"; filename=\"x%0D%0Ay%22.png\"\r\n"), "{text}");
        assert!(text.contains("Content-Type: image/pngX-Evil: 1\r\n\r\n"), "{text}");
    }

    #[derive(Serialize)]
    struct Nested {
        id: i64,
    }

    #[derive(Serialize)]
    struct Request {
        name: String,
        count: i64,
        ratio: f64,
        on: bool,
        nested: Nested,
        tags: Vec<&'static str>,
        absent: Option<String>,
        #[serde(skip)]
        _file: FileItem,
    }

    #[test]
    fn text_parameters_are_text_numbers_booleans_and_json_text() {
        let request = Request {
            name: "海底捞 \"1\"\n".to_owned(),
            count: -3,
            ratio: 0.5,
            on: true,
            nested: Nested { id: 7 },
            tags: vec!["a", "b"],
            absent: None,
            _file: FileItem::new("a.png", vec![1]),
        };
        let params = text_params(&request).unwrap();
        let expected = [
            ("name", "海底捞 \"1\"\n"),
            ("count", "-3"),
            ("ratio", "0.5"),
            ("on", "true"),
            ("nested", r#"{"id":7}"#),
            ("tags", r#"["a","b"]"#),
        ];
        let params: Vec<(&str, &str)> = params.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
        assert_eq!(params, expected);
        let error = text_params(&["not", "an", "object"]).unwrap_err();
        assert!(error.to_string().contains("a request serialised as a JSON object of its fields"), "{error}");
    }

    #[test]
    fn content_types_come_from_the_first_bytes() {
        let of = |bytes: &[u8]| FileItem::new("f", bytes.to_vec()).content_type().to_owned();
        assert_eq!(of(b"\xFF\xD8\xFF\xE0"), "image/jpeg");
        assert_eq!(of(b"GIF89a"), "image/gif");
        assert_eq!(of(b"BM\0\0"), "image/bmp");
        assert_eq!(of(b"\0\0\0\x20ftypisom"), "video/mp4");
        assert_eq!(of(b"%PDF"), "application/octet-stream");
        assert_eq!(of(b""), "application/octet-stream");
    }

    #[test]
    fn files_are_read_from_paths() {
        let path = std::env::temp_dir().join(format!("alipay-core-upload-{}.png", std::process::id()));
        std::fs::write(&path, b"\x89PNG").unwrap();
        let file = FileItem::from_path(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(file.name(), path.file_name().unwrap().to_str().unwrap());
        assert_eq!((file.content().as_ref(), file.content_type()), (&b"\x89PNG"[..], "image/png"));
        let error = FileItem::from_path(&path).unwrap_err();
        assert_eq!(error.path, path);
        assert_eq!(error.source.kind(), std::io::ErrorKind::NotFound);
    }

    #[test]
    fn the_rules_of_a_file_count_bytes() {
        let check = |file: &FileItem, rules: Rules| {
            let mut validator = Validator::new();
            validator.field("image_content", file, rules);
            validator.finish().map_err(|errors| errors.to_string())
        };
        let rules = Rules { required: true, max_length: Some(4), max_items: None };
        assert_eq!(check(&FileItem::new("a", vec![0; 4]), rules), Ok(()));
        assert_eq!(
            check(&FileItem::new("a", vec![0; 5]), rules),
            Err("invalid request: `image_content` is 5 bytes; at most 4 are allowed".to_owned())
        );
        assert_eq!(
            check(&FileItem::default(), rules),
            Err("invalid request: `image_content` is required but empty".to_owned())
        );
        assert_eq!(check(&FileItem::default(), Rules { required: false, ..rules }), Ok(()));
        let file = FileItem::default();
        let files = files([("a", Some(&file)), ("b", None)]);
        assert_eq!(files.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["a"]);
    }
}
