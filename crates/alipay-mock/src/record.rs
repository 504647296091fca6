//! The record of the calls a gateway received, for tests to inspect.

use std::fmt;

use alipay_core::{Charset, SignType};

/// One call the gateway received and what it answered.
#[derive(Clone, PartialEq, Eq)]
pub struct Call {
    /// `GET` or `POST`.
    pub http_method: String,
    /// The parameters, decoded, each name once, in the order received (query first, then body), `sign`
    /// included. Empty when they could not be read.
    pub params: Vec<(String, String)>,
    /// The files of an upload (`multipart/form-data` parts with a filename), in the order received.
    pub files: Vec<UploadedFile>,
    /// The charset the parameters were read in.
    pub charset: Option<Charset>,
    /// The call's sign type, when it is a valid one.
    pub sign_type: Option<SignType>,
    /// The string the gateway verified the signature against, when the checks got that far.
    pub sign_string: Option<String>,
    /// Whether the signature verified.
    pub verified: bool,
    /// The plaintext of an encrypted `biz_content` (`encrypt_type=AES`), when the gateway decrypted it; the
    /// ciphertext stays in [`Call::params`], as it came.
    pub decrypted_biz_content: Option<String>,
    /// The gateway `code` answered (`10000`, `40002` ...); `None` for a raw body, or an answer that could
    /// not be signed.
    pub code: Option<String>,
    /// The `sub_code` answered, on failure.
    pub sub_code: Option<String>,
    /// The number of the scenario rule that answered (from 1), if one did.
    pub rule: Option<usize>,
}

impl Call {
    /// The value of a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// The `method` parameter.
    pub fn method(&self) -> Option<&str> {
        self.param("method")
    }

    /// The `app_id` parameter.
    pub fn app_id(&self) -> Option<&str> {
        self.param("app_id")
    }

    /// The `biz_content` parameter.
    pub fn biz_content(&self) -> Option<&str> {
        self.param("biz_content")
    }

    /// The file uploaded as `name`.
    pub fn file(&self, name: &str) -> Option<&UploadedFile> {
        self.files.iter().find(|file| file.name == name)
    }
}

/// A file a call uploaded: a `multipart/form-data` part with a filename. Not signed.
///
/// `Debug` output shows its size, not its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct UploadedFile {
    /// The part's name: the request field (`image_content`).
    pub name: String,
    /// The filename the client gave.
    pub filename: String,
    /// The part's `Content-Type`, when given.
    pub content_type: Option<String>,
    /// The file's bytes.
    pub content: Vec<u8>,
}

impl fmt::Debug for UploadedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedFile")
            .field("name", &self.name)
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("size", &self.content.len())
            .finish()
    }
}

/// Parameters that are secrets: never shown in `Debug` output.
const SECRET_PARAMS: &[&str] = &["app_auth_token", "auth_token"];

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Params<'a>(&'a [(String, String)]);
        impl fmt::Debug for Params<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(name, value)| {
                        (name, if SECRET_PARAMS.contains(&name.as_str()) { "<redacted>" } else { value.as_str() })
                    }))
                    .finish()
            }
        }
        f.debug_struct("Call")
            .field("http_method", &self.http_method)
            .field("params", &Params(&self.params))
            .field("files", &self.files)
            .field("charset", &self.charset)
            .field("sign_type", &self.sign_type)
            .field("sign_string", &self.sign_string.as_ref().map(|_| "<see sign_string>"))
            .field("verified", &self.verified)
            .field("decrypted_biz_content", &self.decrypted_biz_content)
            .field("code", &self.code)
            .field("sub_code", &self.sub_code)
            .field("rule", &self.rule)
            .finish()
    }
}
