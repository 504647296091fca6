//! Answering one call: read the parameters, run the gateway's checks, validate the request (`biz_content`, or
//! the parameters and files of a method that takes them) against the method's spec, then answer from the first
//! matching scenario rule or from the spec.

use std::borrow::Cow;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;

use alipay_core::aes::AesKey;
use alipay_core::response::ERROR_RESPONSE_KEY;
use alipay_core::{Charset, DateTime, SignType};
use alipay_spec::{FilePart, RequestIn, params_request, validate_params, validate_request};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::app::App;
use crate::certs::{Certificates, DOWNLOAD_METHOD, PlatformSigner, SignerSlot};
use crate::checks::{Gateway, Learnt};
use crate::codes::{AnswerNode, Codes, FailureNode, SUCCESS, sub_code};
use crate::method::MethodEntry;
use crate::params::{Incoming, Params, ParamsError};
use crate::record::{Call, UploadedFile};
use crate::reply::{HttpReply, Layout, Signing, gateway_body, raw_body, unanswerable};
use crate::scenario::{CompiledRule, Reply};

/// Everything a running gateway holds.
#[derive(Debug)]
pub(crate) struct Shared {
    pub methods: Vec<MethodEntry>,
    pub codes: Codes,
    pub apps: Vec<App>,
    /// What answers are signed with: replaced when the gateway rotates its platform certificate.
    pub signer: SignerSlot,
    /// Certificate mode: the SNs expected, the download store.
    pub certificates: Option<Certificates>,
    /// The content-encryption key, and its text for clients the gateway sets up.
    pub encrypt_key: Option<AesKey>,
    pub encrypt_key_base64: Option<Zeroizing<String>>,
    /// A fixed China time to check timestamps against, instead of the clock.
    pub fixed_time: Option<DateTime>,
    pub rules: RwLock<Vec<CompiledRule>>,
    pub calls: Mutex<Vec<Call>>,
    /// Whether `calls` is kept.
    pub record_calls: bool,
}

/// The route's handler: `GET` or `POST /gateway.do`.
pub(crate) async fn gateway(
    State(shared): State<std::sync::Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let incoming = Incoming {
        query: uri.query(),
        content_type: headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()),
        body: &body,
    };
    let (reply, call, delay) = shared.answer(method.as_str(), &incoming);
    tracing::info!(
        method = call.method().unwrap_or_default(),
        app_id = call.app_id().unwrap_or_default(),
        code = call.code.as_deref().unwrap_or_default(),
        sub_code = call.sub_code.as_deref().unwrap_or_default(),
        rule = call.rule,
        status = reply.status,
        "gateway call"
    );
    if shared.record_calls {
        shared.calls.lock().unwrap_or_else(PoisonError::into_inner).push(call);
    }
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    response
}

/// How a node is answered: in which node, charset, signature and status, signed by which platform key, and
/// encrypted with which key (for a method's node answering an encrypted request).
struct Frame<'a> {
    response_key: &'a str,
    charset: Charset,
    sign_type: SignType,
    signed: bool,
    status: u16,
    signer: &'a PlatformSigner,
    encrypt: Option<&'a AesKey>,
}

impl Shared {
    /// What answers are signed with now.
    pub(crate) fn signer(&self) -> Arc<PlatformSigner> {
        self.signer.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Answers a call; returns the reply, its record, and how long to wait before sending it.
    pub(crate) fn answer(&self, http_method: &str, incoming: &Incoming<'_>) -> (HttpReply, Call, Option<Duration>) {
        // One signer for the whole call, even if the gateway rotates meanwhile.
        let signer = self.signer();
        let mut call = Call {
            http_method: http_method.to_owned(),
            params: Vec::new(),
            files: Vec::new(),
            charset: None,
            sign_type: None,
            sign_string: None,
            verified: false,
            decrypted_biz_content: None,
            code: None,
            sub_code: None,
            rule: None,
        };
        let mut params = match Params::read(incoming) {
            Ok(params) => params,
            Err(error) => {
                let failure = self.unreadable(error);
                let frame = error_frame(&signer, Charset::Utf8, SignType::Rsa2);
                let reply = self.node_reply(&frame, &AnswerNode::from(&failure), &mut call);
                return (reply, call, None);
            }
        };
        call.params = params.pairs.clone();
        call.files = std::mem::take(&mut params.files);
        call.charset = Some(params.decoded_in);

        let mut learnt = Learnt::default();
        let now = self.fixed_time.unwrap_or_else(DateTime::now);
        let gateway = Gateway {
            apps: &self.apps,
            methods: &self.methods,
            codes: &self.codes,
            now,
            certificates: self.certificates.as_ref(),
            decrypts: self.encrypt_key.is_some(),
        };
        let checked = gateway.check(&params, &mut learnt);
        call.sign_type = learnt.sign_type;
        call.sign_string = learnt.sign_string;
        call.verified = learnt.verified;
        let charset = learnt.charset.unwrap_or(Charset::Utf8);
        let sign_type = learnt.sign_type.unwrap_or_default();
        let method = match checked {
            Ok(method) => method,
            Err(failure) => {
                let reply =
                    self.node_reply(&error_frame(&signer, charset, sign_type), &AnswerNode::from(&failure), &mut call);
                return (reply, call, None);
            }
        };
        // The checks accept `encrypt_type` only when the gateway has a key.
        let encrypt = self.encrypt_key.as_ref().filter(|_| learnt.encrypted);
        if let (Some(key), Some(ciphertext)) = (encrypt, params.get("biz_content")) {
            match key.decrypt_in(ciphertext, charset) {
                Ok(plaintext) => call.decrypted_biz_content = Some(plaintext),
                Err(error) => {
                    let failure = self.codes.common_failure_detailed(
                        sub_code::INVALID_ENCRYPT,
                        format_args!("`biz_content` does not decrypt with the app's AES key ({error})"),
                    );
                    let reply = self.node_reply(
                        &error_frame(&signer, charset, sign_type),
                        &AnswerNode::from(&failure),
                        &mut call,
                    );
                    return (reply, call, None);
                }
            }
        }

        let mut frame = Frame {
            response_key: &method.response_key,
            charset,
            sign_type,
            signed: true,
            status: 200,
            signer: &signer,
            encrypt,
        };
        let request = match request(method, &params, &call.files, call.decrypted_biz_content.as_deref()) {
            Ok(request) => request,
            Err(problems) => {
                let failure = method.invalid_parameter(&self.codes, problems);
                let reply = self.node_reply(&frame, &AnswerNode::from(&failure), &mut call);
                return (reply, call, None);
            }
        };

        let rules = self.rules.read().unwrap_or_else(PoisonError::into_inner);
        let Some(rule) = rules.iter().find(|rule| rule.matches(method.name(), &request)) else {
            let reply = self.spec_reply(&frame, method, &request, &mut call);
            return (reply, call, None);
        };
        call.rule = Some(rule.number);
        frame.signed = rule.signed;
        frame.status = rule.status;
        let reply = match &rule.reply {
            Reply::Spec => self.spec_reply(&frame, method, &request, &mut call),
            Reply::Node(node) => self.node_reply(&frame, node, &mut call),
            Reply::Body(body) => raw_body(body, rule.status),
        };
        (reply, call, rule.delay)
    }

    /// What the spec answers a valid call.
    fn spec_reply(
        &self,
        frame: &Frame<'_>,
        method: &MethodEntry,
        request: &Map<String, Value>,
        call: &mut Call,
    ) -> HttpReply {
        if let Some(certificates) = self.certificates.as_ref().filter(|_| method.name() == DOWNLOAD_METHOD) {
            return self.node_reply(frame, &self.download(certificates, method, request), call);
        }
        self.node_reply(frame, method.spec_answer(request), call)
    }

    /// The download method's answer in certificate mode: the certificate asked for from the store (base64 of
    /// its PEM file, as the platform answers), else the spec's `not_found` code (`CERT_NOT_EXIST`).
    fn download<'m>(
        &self,
        certificates: &Certificates,
        method: &'m MethodEntry,
        request: &Map<String, Value>,
    ) -> Cow<'m, AnswerNode> {
        let sn = request.get("alipay_cert_sn").and_then(Value::as_str).unwrap_or_default();
        match certificates.content(sn) {
            Some(content) => Cow::Owned(AnswerNode {
                text: format!(
                    "{{\"code\":\"{SUCCESS}\",\"msg\":{},\"alipay_cert_content\":\"{content}\"}}",
                    Value::from(self.codes.msg(SUCCESS).unwrap_or_default())
                ),
                code: Some(SUCCESS.to_owned()),
                sub_code: None,
            }),
            None => match method.not_found() {
                Some(failure) => Cow::Borrowed(failure),
                None => Cow::Owned(AnswerNode::from(&self.codes.common_failure(sub_code::INVALID_PARAMETER))),
            },
        }
    }

    /// A node, encrypted (for an encrypted request's method node), signed (or not) and laid out; records its
    /// `code` and `sub_code`.
    fn node_reply(&self, frame: &Frame<'_>, answer: &AnswerNode, call: &mut Call) -> HttpReply {
        let node = answer.text.as_str();
        let signing = if frame.signed { Signing::Signed(frame.signer, frame.sign_type) } else { Signing::Unsigned };
        let encrypted;
        let sent = match frame.encrypt.filter(|_| frame.response_key != ERROR_RESPONSE_KEY) {
            Some(key) => match key.encrypt_in(node, frame.charset) {
                Ok(ciphertext) => {
                    encrypted = format!("\"{ciphertext}\"");
                    encrypted.as_str()
                }
                Err(error) => return unanswerable(&error.to_string()),
            },
            None => node,
        };
        let layout = Layout { response_key: frame.response_key, alipay_cert_sn: frame.signer.cert_sn() };
        match gateway_body(&layout, sent, signing, frame.charset, frame.status) {
            Ok(reply) => {
                call.code.clone_from(&answer.code);
                call.sub_code.clone_from(&answer.sub_code);
                reply
            }
            Err(reason) => unanswerable(&reason),
        }
    }

    /// The failure for parameters that cannot be read.
    fn unreadable(&self, error: ParamsError) -> FailureNode {
        let (code, detail) = match error {
            ParamsError::Malformed { name, error } => {
                (sub_code::INVALID_CHARSET, format!("the parameter `{name}`: {error}"))
            }
            ParamsError::Conflict { name } => {
                (sub_code::INVALID_PARAMETER, format!("the parameter `{name}` is given twice, with different values"))
            }
            ParamsError::NotAForm { content_type } => (
                sub_code::INVALID_PARAMETER,
                format!(
                    "the body is `{content_type}`; parameters go in the URL query, an \
                     application/x-www-form-urlencoded body or, with files, a multipart/form-data body"
                ),
            ),
            ParamsError::Multipart(error) => {
                (sub_code::INVALID_PARAMETER, format!("the multipart/form-data body is malformed: {error}"))
            }
        };
        self.codes.common_failure_detailed(code, detail)
    }
}

/// The frame of an `error_response`: the gateway refused the call before its method. Never encrypted.
fn error_frame(signer: &PlatformSigner, charset: Charset, sign_type: SignType) -> Frame<'_> {
    Frame { response_key: ERROR_RESPONSE_KEY, charset, sign_type, signed: true, status: 200, signer, encrypt: None }
}

/// The request of a call as a JSON object (its `biz_content`, or the text parameters of a method that takes its
/// fields as parameters), or what is wrong with it and its files in the words of the runtime's validation.
/// `decrypted` is the plaintext of an encrypted `biz_content`.
fn request(
    method: &MethodEntry,
    params: &Params,
    files: &[UploadedFile],
    decrypted: Option<&str>,
) -> Result<Map<String, Value>, String> {
    let spec = &method.spec;
    match spec.request_in {
        RequestIn::BizContent => match files.first() {
            Some(file) => Err(format!(
                "`{}` is a file, but `{}` takes its parameters in `biz_content`, without files",
                file.name, spec.method
            )),
            None => biz_content(method, decrypted.or_else(|| params.get("biz_content"))),
        },
        RequestIn::Params => {
            let request =
                params_request(spec, params.pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())));
            let files: Vec<FilePart<'_>> =
                files.iter().map(|file| FilePart { name: &file.name, size: file.content.len() as u64 }).collect();
            let violations = validate_params(spec, &request, &files);
            if violations.is_empty() { Ok(request) } else { Err(join(&violations)) }
        }
    }
}

/// The violations as one `sub_msg`.
fn join(violations: &[alipay_spec::InstanceViolation]) -> String {
    violations.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// The `biz_content` object of a call, or what is wrong with it in the words of the runtime's validation.
/// An absent `biz_content` is an empty object: a method without required fields needs none.
fn biz_content(method: &MethodEntry, text: Option<&str>) -> Result<Map<String, Value>, String> {
    let value = match text {
        None => Value::Object(Map::new()),
        Some(text) => {
            serde_json::from_str::<Value>(text).map_err(|error| format!("`biz_content` is not valid JSON: {error}"))?
        }
    };
    let violations = validate_request(&method.spec, &value);
    match value {
        Value::Object(object) if violations.is_empty() => Ok(object),
        _ => Err(join(&violations)),
    }
}
