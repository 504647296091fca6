//! Reading what a person hands the tool: files, keys, JSON parameters, `@FILE` arguments.
//!
//! Every error names the file and says what was expected; none quotes a key.

use std::fmt;
use std::io::Read as _;
use std::path::Path;

use alipay_core::{PrivateKey, PublicKey};
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::failure::{Failure, Outcome};

/// Reads a file's bytes; `-` reads standard input.
pub fn read_bytes(path: &Path, what: &str) -> Outcome<Vec<u8>> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| Failure::input(format!("cannot read the {what} from standard input: {error}")))?;
        return Ok(bytes);
    }
    std::fs::read(path)
        .map_err(|error| Failure::input(format!("cannot read the {what} `{}`: {}", path.display(), io_reason(&error))))
}

/// Reads a UTF-8 text file; `-` reads standard input.
pub fn read_text(path: &Path, what: &str) -> Outcome<String> {
    let bytes = read_bytes(path, what)?;
    String::from_utf8(bytes).map_err(|error| {
        Failure::input(format!(
            "the {what} `{}` is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            error.utf8_error().valid_up_to()
        ))
    })
}

/// An I/O error as the end of a sentence.
pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => error.to_string(),
    }
}

/// Reads and parses a private key file (PKCS#1 or PKCS#8 PEM, or bare base64). `flag` names the option.
pub fn private_key(path: &Path, flag: &str) -> Outcome<PrivateKey> {
    let text = read_text(path, "private key file")?;
    PrivateKey::from_text(&text).map_err(|error| Failure::input(format!("{flag} `{}`: {error}", path.display())))
}

/// Reads and parses a public key file (SPKI or PKCS#1 PEM, or bare base64). `flag` names the option.
pub fn public_key(path: &Path, flag: &str) -> Outcome<PublicKey> {
    let text = read_text(path, "public key file")?;
    PublicKey::from_text(&text).map_err(|error| Failure::input(format!("{flag} `{}`: {error}", path.display())))
}

/// Parses a JSON object whose values are all strings, keeping the order and refusing duplicate keys.
/// `what` names the input in errors (`the params file `p.json``).
pub fn string_params(text: &str, what: &str) -> Outcome<Vec<(String, String)>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let params = deserializer
        .deserialize_map(StringParams)
        .and_then(|params| deserializer.end().map(|()| params))
        .map_err(|error| Failure::input(format!("{what}: {error}")))?;
    Ok(params)
}

/// A JSON object of string values, as (key, value) pairs in file order.
struct StringParams;

impl<'de> Visitor<'de> for StringParams {
    type Value = Vec<(String, String)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a JSON object whose values are all strings, like {"app_id": "2021000000000001", "method": "alipay.trade.query"}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut params: Vec<(String, String)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value::<serde_json::Value>()?;
            let value = match value {
                serde_json::Value::String(text) => text,
                other => {
                    let kind = match other {
                        serde_json::Value::Null => "null",
                        serde_json::Value::Bool(_) => "a boolean",
                        serde_json::Value::Number(_) => "a number",
                        serde_json::Value::Array(_) => "an array",
                        _ => "an object",
                    };
                    let hint = if matches!(other, serde_json::Value::Object(_)) && key == "biz_content" {
                        " (biz_content is sent as JSON text: write it as a string, with its quotes escaped)"
                    } else {
                        " (every parameter is sent as text: quote it)"
                    };
                    return Err(de::Error::custom(format!(
                        "the value of `{key}` is {kind}; every value must be a string{hint}"
                    )));
                }
            };
            if params.iter().any(|(existing, _)| *existing == key) {
                return Err(de::Error::custom(format!(
                    "the key `{key}` is given twice; a parameter is sent, and signed, once"
                )));
            }
            params.push((key, value));
        }
        Ok(params)
    }
}

/// The text of a `JSON|@FILE` argument: the argument itself, or the file after `@` (`@-`: standard input).
pub fn inline_or_file(argument: &str, what: &str) -> Outcome<String> {
    match argument.strip_prefix('@') {
        Some(path) => read_text(Path::new(path), what),
        None => Ok(argument.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_keep_their_order() {
        let params = string_params(r#"{"b": "2", "a": "1 & 3"}"#, "params").unwrap();
        assert_eq!(params, [("b".to_owned(), "2".to_owned()), ("a".to_owned(), "1 & 3".to_owned())]);
    }

    #[test]
    fn a_non_string_value_is_named() {
        let error = string_params(r#"{"app_id": "1", "version": 1.0}"#, "the params file `p.json`").unwrap_err();
        assert!(error.message.starts_with("the params file `p.json`: the value of `version` is a number"), "{error}");
        assert!(error.message.contains("line 1"), "{error}");
        let error = string_params(r#"{"biz_content": {"a": 1}}"#, "params").unwrap_err();
        assert!(error.message.contains("write it as a string"), "{error}");
    }

    #[test]
    fn duplicates_and_other_shapes_are_refused() {
        let error = string_params(r#"{"a": "1", "a": "2"}"#, "params").unwrap_err();
        assert!(error.message.contains("`a` is given twice"), "{error}");
        let error = string_params(r#"["a"]"#, "params").unwrap_err();
        assert!(error.message.contains("a JSON object whose values are all strings"), "{error}");
        let error = string_params(r#"{"a": "1"} x"#, "params").unwrap_err();
        assert!(error.message.contains("trailing characters"), "{error}");
    }
}
