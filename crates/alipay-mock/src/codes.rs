//! The gateway's result codes and common `sub_code`s, read from the common spec, and the failure nodes
//! made of them.

use std::collections::HashMap;

use alipay_spec::{Common, ErrorCode};

/// `code` of a success.
pub(crate) const SUCCESS: &str = "10000";
/// `code` of a business failure.
pub(crate) const BUSINESS_FAILED: &str = "40004";

/// The common `sub_code`s the gateway's own checks answer with.
pub(crate) mod sub_code {
    pub(crate) const MISSING_APP_ID: &str = "isv.missing-app-id";
    pub(crate) const MISSING_METHOD: &str = "isv.missing-method";
    pub(crate) const MISSING_SIGNATURE: &str = "isv.missing-signature";
    pub(crate) const MISSING_SIGNATURE_TYPE: &str = "isv.missing-signature-type";
    pub(crate) const MISSING_TIMESTAMP: &str = "isv.missing-timestamp";
    pub(crate) const MISSING_VERSION: &str = "isv.missing-version";
    pub(crate) const INVALID_APP_ID: &str = "isv.invalid-app-id";
    pub(crate) const INVALID_METHOD: &str = "isv.invalid-method";
    pub(crate) const INVALID_CHARSET: &str = "isv.invalid-charset";
    pub(crate) const INVALID_SIGNATURE_TYPE: &str = "isv.invalid-signature-type";
    pub(crate) const INVALID_FORMAT: &str = "isv.invalid-format";
    pub(crate) const INVALID_TIMESTAMP: &str = "isv.invalid-timestamp";
    pub(crate) const INVALID_SIGNATURE: &str = "isv.invalid-signature";
    pub(crate) const INVALID_ENCRYPT_TYPE: &str = "isv.invalid-encrypt-type";
    pub(crate) const INVALID_PARAMETER: &str = "isv.invalid-parameter";
    pub(crate) const INVALID_ENCRYPT: &str = "isv.invalid-encrypt";
    pub(crate) const INVALID_APP_CERT_SN: &str = "isv.invalid-app-cert-sn";
    pub(crate) const INVALID_ALIPAY_ROOT_CERT_SN: &str = "isv.invalid-alipay-root-cert-sn";

    /// Every one of them: the common spec must declare them all.
    pub(crate) const ALL: &[&str] = &[
        MISSING_APP_ID,
        MISSING_METHOD,
        MISSING_SIGNATURE,
        MISSING_SIGNATURE_TYPE,
        MISSING_TIMESTAMP,
        MISSING_VERSION,
        INVALID_APP_ID,
        INVALID_METHOD,
        INVALID_CHARSET,
        INVALID_SIGNATURE_TYPE,
        INVALID_FORMAT,
        INVALID_TIMESTAMP,
        INVALID_SIGNATURE,
        INVALID_ENCRYPT_TYPE,
        INVALID_PARAMETER,
        INVALID_ENCRYPT,
        INVALID_APP_CERT_SN,
        INVALID_ALIPAY_ROOT_CERT_SN,
    ];
}

/// A failure as a node carries it: `code`, `msg`, `sub_code`, `sub_msg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FailureNode {
    pub code: String,
    pub msg: String,
    pub sub_code: String,
    pub sub_msg: String,
}

impl FailureNode {
    /// The node's JSON text, keys in the platform's order: `code`, `msg`, `sub_code`, `sub_msg`.
    pub(crate) fn to_json(&self) -> String {
        let text = |value: &str| serde_json::Value::from(value).to_string();
        format!(
            "{{\"code\":{},\"msg\":{},\"sub_code\":{},\"sub_msg\":{}}}",
            text(&self.code),
            text(&self.msg),
            text(&self.sub_code),
            text(&self.sub_msg)
        )
    }
}

/// A node ready to answer with: its JSON text, and its `code` and `sub_code` for the record, read once when the
/// node is made rather than on every call it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AnswerNode {
    pub text: String,
    pub code: Option<String>,
    pub sub_code: Option<String>,
}

impl AnswerNode {
    /// A node given as JSON text (a documented example, a scenario's success node); its status is read from it.
    pub(crate) fn from_text(text: String) -> Self {
        #[derive(serde::Deserialize)]
        struct Status {
            code: Option<String>,
            sub_code: Option<String>,
        }
        let status = serde_json::from_str::<Status>(&text).unwrap_or(Status { code: None, sub_code: None });
        Self { text, code: status.code, sub_code: status.sub_code }
    }
}

impl From<&FailureNode> for AnswerNode {
    fn from(failure: &FailureNode) -> Self {
        Self { text: failure.to_json(), code: Some(failure.code.clone()), sub_code: Some(failure.sub_code.clone()) }
    }
}

/// The common spec's tables, looked up by code.
#[derive(Debug)]
pub(crate) struct Codes {
    /// Gateway `code` -> `msg`.
    messages: HashMap<String, String>,
    /// Common `sub_code` -> (gateway `code`, description).
    sub_codes: HashMap<String, (String, String)>,
}

impl Codes {
    /// The tables of `common`; fails with what the gateway needs that `common` lacks.
    pub(crate) fn new(common: &Common) -> Result<Self, Vec<String>> {
        let messages: HashMap<String, String> =
            common.gateway_codes.iter().map(|code| (code.code.clone(), code.msg.clone())).collect();
        let sub_codes: HashMap<String, (String, String)> = common
            .sub_codes
            .iter()
            .map(|code| (code.code.clone(), (code.gateway_code.clone(), code.description.clone())))
            .collect();
        let mut lacking: Vec<String> = [SUCCESS, BUSINESS_FAILED]
            .into_iter()
            .filter(|code| !messages.contains_key(*code))
            .map(|code| format!("gateway code `{code}`"))
            .collect();
        lacking.extend(
            sub_code::ALL
                .iter()
                .filter(|code| !sub_codes.contains_key(**code))
                .map(|code| format!("sub_code `{code}`")),
        );
        if lacking.is_empty() { Ok(Self { messages, sub_codes }) } else { Err(lacking) }
    }

    /// The `msg` of a gateway code.
    pub(crate) fn msg(&self, code: &str) -> Option<&str> {
        self.messages.get(code).map(String::as_str)
    }

    /// A common `sub_code`: its gateway code and description.
    pub(crate) fn sub_code(&self, code: &str) -> Option<(&str, &str)> {
        self.sub_codes.get(code).map(|(gateway_code, description)| (gateway_code.as_str(), description.as_str()))
    }

    /// The failure of a common `sub_code`, with its description as `sub_msg`.
    pub(crate) fn common_failure(&self, code: &str) -> FailureNode {
        let description = self.sub_code(code).map_or("", |(_, description)| description).to_owned();
        self.common_failure_with(code, description)
    }

    /// The failure of a common `sub_code` whose `sub_msg` is its description followed by what exactly is wrong.
    pub(crate) fn common_failure_detailed(&self, code: &str, detail: impl std::fmt::Display) -> FailureNode {
        let description = self.sub_code(code).map_or("", |(_, description)| description);
        self.common_failure_with(code, format!("{description}: {detail}"))
    }

    /// The failure of a common `sub_code` with another `sub_msg`.
    pub(crate) fn common_failure_with(&self, code: &str, sub_msg: String) -> FailureNode {
        // `Codes::new` checked that every code the gateway uses is declared, with its gateway code.
        let gateway_code = self.sub_code(code).map_or(BUSINESS_FAILED, |(gateway_code, _)| gateway_code);
        FailureNode {
            code: gateway_code.to_owned(),
            msg: self.msg(gateway_code).unwrap_or_default().to_owned(),
            sub_code: code.to_owned(),
            sub_msg,
        }
    }

    /// The failure of one of a method's business codes (gateway code `40004`).
    pub(crate) fn business_failure(&self, error: &ErrorCode, sub_msg: Option<String>) -> FailureNode {
        FailureNode {
            code: error.gateway_code.clone(),
            msg: self.msg(&error.gateway_code).unwrap_or_default().to_owned(),
            sub_code: error.code.clone(),
            sub_msg: sub_msg.unwrap_or_else(|| error.description.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_nodes_keep_the_platforms_key_order_and_escape_text() {
        let node = FailureNode {
            code: "40002".to_owned(),
            msg: "Invalid Arguments".to_owned(),
            sub_code: "isv.invalid-parameter".to_owned(),
            sub_msg: "`a` is \"x\"\n/测".to_owned(),
        };
        assert_eq!(
            node.to_json(),
            r#"{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-parameter","sub_msg":"`a` is \"x\"\n/测"}"#
        );
    }

    #[test]
    fn a_common_spec_without_the_gateways_codes_is_refused() {
        let lacking = Codes::new(&Common::default()).unwrap_err();
        assert_eq!(lacking.len(), 2 + sub_code::ALL.len());
        assert_eq!(lacking[0], "gateway code `10000`");
        assert!(lacking.contains(&"sub_code `isv.invalid-signature`".to_owned()));
    }
}
