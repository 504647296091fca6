//! What the gateway knows of each method, read from its spec once: the response node's key, the default
//! answers (the documented example, or the "not found" code) and the code of an invalid `biz_content`.

use alipay_core::response::ResponseBody;
use alipay_spec::{ErrorCode, Spec, naming};
use serde_json::{Map, Value};

use crate::codes::{AnswerNode, Codes, FailureNode, SUCCESS};

/// A method the gateway serves.
#[derive(Debug)]
pub(crate) struct MethodEntry {
    pub spec: Spec,
    /// `<method with underscores>_response`.
    pub response_key: String,
    /// The request example's fields, when the spec has a request example.
    example_request: Option<Map<String, Value>>,
    /// The success example's node, its text exactly as the spec writes it (or a bare success node).
    example_node: AnswerNode,
    /// The `not_found` answer, when the spec names one.
    not_found: Option<AnswerNode>,
    /// The method's own code for an invalid parameter, when it has one.
    invalid_parameter: Option<ErrorCode>,
}

/// The last segment of business codes that mean "a parameter is invalid", compared ignoring case
/// (`INVALID_PARAMETER`, `ACQ.INVALID_PARAMETER`, `PARAM_ILLEGAL` ...).
const INVALID_PARAMETER_CODES: &[&str] = &[
    "INVALID_PARAMETER",
    "INVALID_PARAM",
    "INVALID_PARAMS",
    "INVALID_ARGUMENT",
    "ILLEGAL_PARAMETER",
    "ILLEGAL_PARAM",
    "ILLEGAL_ARGUMENT",
    "PARAM_ILLEGAL",
    "PARAMS_ILLEGAL",
    "PARAM_INVALID",
    "PARAMS_INVALID",
    "PARAM_ERROR",
    "PARAMS_ERROR",
    "PARAMETER_ERROR",
];

impl MethodEntry {
    /// Reads what the gateway needs from a checked spec.
    pub(crate) fn new(spec: Spec, codes: &Codes) -> Result<Self, String> {
        let response_key = naming::response_key(&spec.method);
        let example_request = match spec.examples.request.as_deref() {
            Some(text) => match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(object)) => Some(object),
                _ => return Err(format!("the request example of `{}` is not a JSON object", spec.method)),
            },
            None => None,
        };
        let example_node = AnswerNode::from_text(match spec.examples.response.as_deref() {
            Some(text) => ResponseBody::parse(text, &response_key)
                .map_err(|error| format!("the response example of `{}` cannot be read: {error}", spec.method))?
                .node()
                .to_owned(),
            None => {
                format!("{{\"code\":\"{SUCCESS}\",\"msg\":{}}}", Value::from(codes.msg(SUCCESS).unwrap_or_default()))
            }
        });
        let not_found = match &spec.examples.not_found {
            Some(code) => {
                let error = spec.errors.iter().find(|error| error.code == *code).ok_or_else(|| {
                    format!("`not_found` of `{}` names `{code}`, which is not one of its error codes", spec.method)
                })?;
                Some(AnswerNode::from(&codes.business_failure(error, None)))
            }
            None => None,
        };
        let invalid_parameter = spec
            .errors
            .iter()
            .find(|error| {
                let last = error.code.rsplit('.').next().unwrap_or_default();
                INVALID_PARAMETER_CODES.iter().any(|code| code.eq_ignore_ascii_case(last))
            })
            .cloned();
        Ok(Self { spec, response_key, example_request, example_node, not_found, invalid_parameter })
    }

    /// The method name.
    pub(crate) fn name(&self) -> &str {
        &self.spec.method
    }

    /// What the spec answers a valid `biz_content`: the success example when the `match` fields equal
    /// the request example's, else the `not_found` code when there is one.
    pub(crate) fn spec_answer(&self, biz_content: &Map<String, Value>) -> &AnswerNode {
        let matches = self.spec.examples.match_fields.iter().all(|field| {
            biz_content.get(field) == self.example_request.as_ref().and_then(|example| example.get(field))
        });
        match &self.not_found {
            Some(not_found) if !matches => not_found,
            _ => &self.example_node,
        }
    }

    /// The spec's `not_found` failure, when it names one.
    pub(crate) fn not_found(&self) -> Option<&AnswerNode> {
        self.not_found.as_ref()
    }

    /// The failure for an invalid `biz_content`: the method's own invalid-parameter code (`40004`) when
    /// it declares one, else the common `isv.invalid-parameter` (`40002`).
    pub(crate) fn invalid_parameter(&self, codes: &Codes, sub_msg: String) -> FailureNode {
        match &self.invalid_parameter {
            Some(error) => codes.business_failure(error, Some(sub_msg)),
            None => codes.common_failure_with(crate::codes::sub_code::INVALID_PARAMETER, sub_msg),
        }
    }
}
