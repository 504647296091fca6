//! The gateway's checks of the common parameters, in the platform's order, before a call reaches its
//! method: required parameters, the app, the method, charset, sign type, format, timestamp, the certificate
//! SNs (in certificate mode), signature, content encryption.

use alipay_core::{Charset, DateTime, SignType, sign_string, verify_base64};

use crate::app::App;
use crate::certs::Certificates;
use crate::codes::{Codes, FailureNode, sub_code};
use crate::method::MethodEntry;
use crate::params::Params;

/// How far a call's `timestamp` may be from the gateway's China time.
pub(crate) const TIMESTAMP_TOLERANCE_SECONDS: i64 = 15 * 60;

/// What the gateway's own `sub_msg` says when a signature does not verify; the string it verified follows.
pub(crate) const SIGNATURE_SUB_MSG: &str =
    "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：";

/// What the checks learnt about a call, kept for the answer and the record even when it is refused.
#[derive(Debug, Default)]
pub(crate) struct Learnt {
    /// The call's sign type, once it is known to be valid: the answer is signed with it.
    pub sign_type: Option<SignType>,
    /// The call's charset, once it is known to be valid: the answer is written in it.
    pub charset: Option<Charset>,
    /// The string the signature was checked against.
    pub sign_string: Option<String>,
    /// Whether the signature verified.
    pub verified: bool,
    /// Whether `biz_content` is encrypted (`encrypt_type=AES`, accepted).
    pub encrypted: bool,
}

/// The gateway's view of the world for the checks.
pub(crate) struct Gateway<'s> {
    pub apps: &'s [App],
    pub methods: &'s [MethodEntry],
    pub codes: &'s Codes,
    pub now: DateTime,
    /// Certificate mode: the SNs requests must carry.
    pub certificates: Option<&'s Certificates>,
    /// Whether the gateway has a content-encryption key.
    pub decrypts: bool,
}

impl<'s> Gateway<'s> {
    /// Runs the checks in order and returns the call's method; the first check that fails decides the answer.
    pub(crate) fn check(&self, params: &Params, learnt: &mut Learnt) -> Result<&'s MethodEntry, FailureNode> {
        let refuse = |code: &str| self.codes.common_failure(code);
        let required = [
            ("app_id", sub_code::MISSING_APP_ID),
            ("method", sub_code::MISSING_METHOD),
            ("sign", sub_code::MISSING_SIGNATURE),
            ("sign_type", sub_code::MISSING_SIGNATURE_TYPE),
            ("timestamp", sub_code::MISSING_TIMESTAMP),
            ("version", sub_code::MISSING_VERSION),
        ];
        for (name, code) in required {
            if params.get(name).is_none() {
                return Err(refuse(code));
            }
        }
        let get = |name: &str| params.get(name).unwrap_or_default();

        let app = self
            .apps
            .iter()
            .find(|app| app.app_id() == get("app_id"))
            .ok_or_else(|| refuse(sub_code::INVALID_APP_ID))?;
        let method = self
            .methods
            .iter()
            .find(|method| method.name() == get("method"))
            .ok_or_else(|| refuse(sub_code::INVALID_METHOD))?;
        let charset = match &params.charset {
            Some(Ok(charset)) => *charset,
            Some(Err(_)) => return Err(refuse(sub_code::INVALID_CHARSET)),
            None => params.decoded_in,
        };
        learnt.charset = Some(charset);
        let sign_type: SignType = get("sign_type").parse().map_err(|_| refuse(sub_code::INVALID_SIGNATURE_TYPE))?;
        learnt.sign_type = Some(sign_type);
        if params.get("format").is_some_and(|format| !format.eq_ignore_ascii_case("json")) {
            return Err(refuse(sub_code::INVALID_FORMAT));
        }
        let timestamp: DateTime = get("timestamp").parse().map_err(|_| refuse(sub_code::INVALID_TIMESTAMP))?;
        let offset = (timestamp.to_offset_date_time() - self.now.to_offset_date_time()).whole_seconds();
        if offset.abs() > TIMESTAMP_TOLERANCE_SECONDS {
            return Err(refuse(sub_code::INVALID_TIMESTAMP));
        }

        if let Some(certificates) = self.certificates {
            self.check_cert_sn(params, "app_cert_sn", &certificates.app_cert_sn, sub_code::INVALID_APP_CERT_SN)?;
            let root = &certificates.root_cert_sn;
            self.check_cert_sn(params, "alipay_root_cert_sn", root, sub_code::INVALID_ALIPAY_ROOT_CERT_SN)?;
        }

        let (verified, text) = verify(params, app, sign_type, charset);
        learnt.verified = verified;
        learnt.sign_string = Some(text.clone());
        if !verified {
            let sub_msg = format!("{SIGNATURE_SUB_MSG}{text}");
            return Err(self.codes.common_failure_with(sub_code::INVALID_SIGNATURE, sub_msg));
        }
        if let Some(encrypt_type) = params.get("encrypt_type") {
            let refusal = if !self.decrypts {
                "this stand-in gateway does not decrypt content (encrypt_type)".to_owned()
            } else if encrypt_type != "AES" {
                format!("`encrypt_type` is `{encrypt_type}`; the only content encryption is `AES`")
            } else {
                learnt.encrypted = true;
                return Ok(method);
            };
            return Err(self.codes.common_failure_detailed(sub_code::INVALID_ENCRYPT_TYPE, refusal));
        }
        Ok(method)
    }

    /// Checks that parameter `name` is the certificate SN the gateway expects.
    fn check_cert_sn(&self, params: &Params, name: &str, expected: &str, code: &str) -> Result<(), FailureNode> {
        let given = params.get(name);
        if given == Some(expected) {
            return Ok(());
        }
        let detail = match given {
            None => format!("`{name}` is missing; the gateway is in certificate mode and expects `{expected}`"),
            Some(given) => format!("`{name}` is `{given}`; the gateway expects `{expected}`"),
        };
        Err(self.codes.common_failure_detailed(code, detail))
    }
}

/// Checks the signature over every parameter but `sign` (empty values left out, sorted by name), in the
/// call's charset; returns whether it verified and the string it was checked against.
fn verify(params: &Params, app: &App, sign_type: SignType, charset: Charset) -> (bool, String) {
    let sign = params.get("sign").unwrap_or_default();
    let text = sign_string(params.pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    let verified =
        charset.encode(&text).is_ok_and(|bytes| verify_base64(app.public_key(), sign_type, &bytes, sign).is_ok());
    (verified, text)
}
