//! The contract between generated method types and the client.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::enumeration::Enumeration;
use crate::upload::FileItem;
use crate::validate::{Validate, ValidationErrors, Validator};

/// One OpenAPI method: its request (`biz_content`) type, implemented by the code `#[alipay_api]` generates.
///
/// The client dispatches on this trait: it validates the request, serialises it once as `biz_content` (or, for
/// a method whose fields travel as parameters, as its text parameters, files apart: see [`Method::REQUEST_IN`]),
/// signs, sends, verifies the node named [`Method::RESPONSE_KEY`] and decodes it as [`Method::Response`].
pub trait Method: Serialize + Validate + Send + Sync {
    /// The method name sent as the `method` parameter, e.g. `alipay.marketing.card.query`.
    const NAME: &'static str;
    /// The key of the signed response node, e.g. `alipay_marketing_card_query_response`.
    const RESPONSE_KEY: &'static str;
    /// The decoded body of a successful (`code` 10000) response node.
    type Response: DeserializeOwned + Send + 'static;
    /// The method's `sub_code` values: its business error codes plus the common ones.
    type SubCode: SubCode;
    /// Where the request's fields travel: in `biz_content` (the default), or as top-level parameters.
    const REQUEST_IN: RequestIn = RequestIn::BizContent;

    /// The request's files, with their field names: sent as `multipart/form-data` parts, never signed, and left
    /// out of the serialisation. Only a request whose fields travel as parameters has any.
    fn files(&self) -> Vec<(&'static str, &FileItem)> {
        Vec::new()
    }

    /// Checks the request against its spec (required, non-empty, max lengths, enum values), recursively.
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut validator = Validator::new();
        self.validate_into(&mut validator);
        validator.finish()
    }
}

/// Where a method's request fields travel (the spec's `request_in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RequestIn {
    /// One JSON object, the `biz_content` parameter (most methods).
    #[default]
    BizContent,
    /// Each field a top-level parameter, signed with the common ones: text as it is, numbers and booleans as
    /// their text, objects and arrays as their JSON text. Files are `multipart/form-data` parts, not signed
    /// (see [`crate::upload`]).
    Params,
}

/// What a spec says about one `sub_code`: its description and the documented solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    /// The code as the platform sends it, e.g. `CARD_NOT_EXIST` or `isv.invalid-signature`.
    pub code: &'static str,
    /// What the code means (错误描述).
    pub description: &'static str,
    /// What to do about it (解决方案); empty when the spec gives none.
    pub solution: &'static str,
}

/// A method's `sub_code` enum: known codes with their [`CodeInfo`], and any other code kept as text.
pub trait SubCode: Enumeration + fmt::Debug + fmt::Display + Clone + Send + Sync + 'static {
    /// The documentation of every known code, in the order of the enum's variants.
    const INFO: &'static [CodeInfo];

    /// The documentation of this code, or `None` for a code the spec does not list.
    fn info(&self) -> Option<&'static CodeInfo> {
        self.known_index().map(|index| &Self::INFO[index])
    }

    /// The documented description, if the code is known.
    fn description(&self) -> Option<&'static str> {
        self.info().map(|info| info.description)
    }

    /// The documented solution, if the code is known and the spec gives one.
    fn solution(&self) -> Option<&'static str> {
        self.info().map(|info| info.solution).filter(|s| !s.is_empty())
    }
}
