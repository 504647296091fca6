//! Scenarios: answers registered per method and per request field values, from a TOML file or Rust.
//!
//! A rule names a method, optionally the request values it applies to (`when`: fields of `biz_content`, or the
//! text parameters of a method that takes its fields as parameters), and an answer: a
//! success node, a failure, or a raw body; with an HTTP status, a delay, or no signature. The first rule
//! that matches a valid call answers it; calls no rule matches get the spec's answer. The file format is
//! described in the crate documentation.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use alipay_spec::suggest::{did_you_mean, list, nearest};
use alipay_spec::{Diagnostic, Diagnostics, ObjectType, SourceFile, Span, Spec, TypeRef};
use serde::Deserialize;
use serde_json::{Map, Value};
use toml::Spanned;

use crate::codes::{AnswerNode, BUSINESS_FAILED, Codes, FailureNode, SUCCESS};
use crate::method::MethodEntry;

/// Answers registered per method and per request field values; the first matching rule wins.
///
/// ```
/// use alipay_mock::{Failure, Rule, Scenario};
///
/// let scenario = Scenario::new()
///     .rule(
///         Rule::new("alipay.marketing.card.query")
///             .when("target_card_no", "0000002")
///             .failure(Failure::new("NO_CARD_TYPE")),
///     )
///     .rule(Rule::new("alipay.commerce.transport.nfccard.send").status(502).body("<html>Bad Gateway</html>"));
/// assert_eq!(scenario.rules().len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Scenario {
    rules: Vec<Rule>,
}

/// One rule of a [`Scenario`].
#[derive(Debug, Clone)]
pub struct Rule {
    method: String,
    when: Map<String, Value>,
    answer: Answer,
    status: Option<u16>,
    delay: Option<Duration>,
    signed: bool,
    origin: Option<Origin>,
}

/// What a rule answers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Answer {
    /// What the spec answers: the documented example, or the `not_found` code (for a rule that only
    /// delays, or changes the HTTP status).
    Spec,
    /// A success: the node's fields as a JSON object text; `code` and `msg` are added unless given.
    Success(String),
    /// A failure node.
    Failure(Failure),
    /// A raw body, sent as it is (`text/html`), to try a client on what is not a gateway answer.
    Body(String),
}

/// A failure answer. Only `sub_code` is required: `code` defaults to the one the spec or the common spec
/// gives the `sub_code` (`40004` for a method's business codes), `msg` to the common spec's text for the
/// code, and `sub_msg` to the `sub_code`'s description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The `sub_code`: one of the method's `[errors]`, a common one, or any other (then give `sub_msg`).
    pub sub_code: String,
    /// The gateway `code`.
    pub code: Option<String>,
    /// The `msg`.
    pub msg: Option<String>,
    /// The `sub_msg`.
    pub sub_msg: Option<String>,
}

impl Failure {
    /// A failure with `sub_code` and the defaults.
    pub fn new(sub_code: impl Into<String>) -> Self {
        Self { sub_code: sub_code.into(), code: None, msg: None, sub_msg: None }
    }

    /// Sets the gateway `code`.
    pub fn code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Sets the `msg`.
    pub fn msg(mut self, msg: impl Into<String>) -> Self {
        self.msg = Some(msg.into());
        self
    }

    /// Sets the `sub_msg`.
    pub fn sub_msg(mut self, sub_msg: impl Into<String>) -> Self {
        self.sub_msg = Some(sub_msg.into());
        self
    }
}

/// Where a rule read from a file is written, for errors.
#[derive(Debug, Clone)]
struct Origin {
    file: Arc<SourceFile>,
    rule: Span,
    method: Span,
    when: Option<Span>,
    answer: Option<Span>,
    status: Option<Span>,
}

impl Scenario {
    /// An empty scenario: every call gets the spec's answer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a rule after the existing ones.
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    /// The rules, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Reads a scenario file (see the crate documentation for its format). Whether its methods, fields
    /// and codes exist is checked when a gateway starts with it, against its specs.
    pub fn load(path: &Path) -> Result<Self, Diagnostics> {
        Self::from_toml(alipay_spec::read_source(path, &path.display().to_string())?)
    }

    /// Reads a scenario from TOML text.
    ///
    /// ```
    /// use alipay_spec::SourceFile;
    ///
    /// let file = SourceFile::new("scenario.toml", r#"
    /// [[rule]]
    /// method = "alipay.marketing.card.query"
    /// when = { target_card_no = "0000002" }
    /// failure = { sub_code = "CARD_NOT_EXIT" }
    /// "#);
    /// let scenario = alipay_mock::Scenario::from_toml(file)?;
    /// assert_eq!(scenario.rules()[0].method(), "alipay.marketing.card.query");
    ///
    /// let typo = SourceFile::new("scenario.toml", "[[rule]]\nmethod = \"a.b.c\"\nsucess = '{}'\n");
    /// let errors = alipay_mock::Scenario::from_toml(typo).unwrap_err();
    /// assert!(errors.to_string().starts_with("error: unknown field `sucess`"));
    /// assert_eq!(errors.0[0].line, 3);
    /// # Ok::<(), alipay_spec::Diagnostics>(())
    /// ```
    pub fn from_toml(file: SourceFile) -> Result<Self, Diagnostics> {
        let file = Arc::new(file);
        let raw: RawScenario = toml::from_str(&file.text).map_err(|error| {
            let span = error.span().map_or_else(Span::default, |range| Span { start: range.start, end: range.end });
            let message = error.message().trim_end().to_owned();
            Diagnostics(vec![Diagnostic::new(&file, span, message).with_help(FORMAT_HELP)])
        })?;
        let mut errors = Vec::new();
        let mut rules = Vec::with_capacity(raw.rule.len());
        for rule in raw.rule {
            let rule_span = span(&rule);
            let raw = rule.into_inner();
            let answers = [raw.success.is_some(), raw.failure.is_some(), raw.body.is_some()];
            let answer_span = raw
                .success
                .as_ref()
                .map(span)
                .or_else(|| raw.failure.as_ref().map(span))
                .or_else(|| raw.body.as_ref().map(span));
            if answers.iter().filter(|given| **given).count() > 1 {
                errors.push(
                    Diagnostic::new(&file, rule_span, "a rule answers with one of `success`, `failure` and `body`")
                        .with_help("split it into several rules, each with its own `when`"),
                );
            }
            let answer = if let Some(success) = raw.success {
                Answer::Success(success.into_inner())
            } else if let Some(failure) = raw.failure {
                let failure = failure.into_inner();
                Answer::Failure(Failure {
                    sub_code: failure.sub_code,
                    code: failure.code,
                    msg: failure.msg,
                    sub_msg: failure.sub_msg,
                })
            } else if let Some(body) = raw.body {
                Answer::Body(body.into_inner())
            } else {
                Answer::Spec
            };
            let when = match raw.when {
                Some(when) => {
                    let when_span = span(&when);
                    match serde_json::to_value(when.into_inner()) {
                        Ok(Value::Object(object)) if !has_datetime(&object) => Some((object, when_span)),
                        _ => {
                            errors.push(
                                Diagnostic::new(&file, when_span, "`when` holds a TOML date-time").with_help(
                                    "JSON has no date-times: quote it, `open_date = \"2024-01-01 12:00:00\"`",
                                ),
                            );
                            None
                        }
                    }
                }
                None => None,
            };
            rules.push(Rule {
                method: raw.method.get_ref().clone(),
                when: when.as_ref().map(|(object, _)| object.clone()).unwrap_or_default(),
                answer,
                status: raw.status.as_ref().map(|status| *status.get_ref()),
                delay: raw.delay_ms.map(Duration::from_millis),
                signed: !raw.unsigned,
                origin: Some(Origin {
                    file: Arc::clone(&file),
                    rule: rule_span,
                    method: span(&raw.method),
                    when: when.map(|(_, span)| span),
                    answer: answer_span,
                    status: raw.status.as_ref().map(span),
                }),
            });
        }
        if errors.is_empty() { Ok(Self { rules }) } else { Err(Diagnostics(errors)) }
    }
}

/// The help of a scenario file that does not have the format's shape.
const FORMAT_HELP: &str = "a scenario file is a list of `[[rule]]` tables with `method`, optional `when = { field = value }`, \
     and one of `success = '{...}'`, `failure = { sub_code = \"...\" }` or `body = \"...\"`, optional `status`, \
     `delay_ms` and `unsigned = true`";

impl Rule {
    /// A rule for `method`; without more, it answers what the spec answers.
    pub fn new(method: impl Into<String>) -> Self {
        Self {
            method: method.into(),
            when: Map::new(),
            answer: Answer::Spec,
            status: None,
            delay: None,
            signed: true,
            origin: None,
        }
    }

    /// Applies the rule only to calls whose `biz_content` has `value` at `path`: a field name, or a dotted
    /// path into nested objects (`card_user_info.user_uni_id`). Objects match when they contain the given
    /// fields; other values when equal.
    pub fn when(mut self, path: &str, value: impl Into<Value>) -> Self {
        let mut segments = path.split('.').peekable();
        let mut object = &mut self.when;
        while let Some(segment) = segments.next() {
            if segments.peek().is_none() {
                object.insert(segment.to_owned(), value.into());
                break;
            }
            let entry = object.entry(segment.to_owned()).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            let Value::Object(inner) = entry else { break };
            object = inner;
        }
        self
    }

    /// Answers a success node with these fields (a JSON object text); `code` and `msg` are added unless given.
    pub fn success(mut self, fields: impl Into<String>) -> Self {
        self.answer = Answer::Success(fields.into());
        self
    }

    /// Answers a failure.
    pub fn failure(mut self, failure: Failure) -> Self {
        self.answer = Answer::Failure(failure);
        self
    }

    /// Answers a raw body, as it is.
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.answer = Answer::Body(body.into());
        self
    }

    /// Answers with this HTTP status (default 200).
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Waits this long before answering.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// Answers without `sign`.
    pub fn unsigned(mut self) -> Self {
        self.signed = false;
        self
    }

    /// The method the rule applies to.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The `biz_content` values the rule applies to.
    pub fn conditions(&self) -> &Map<String, Value> {
        &self.when
    }

    /// What the rule answers.
    pub fn answer(&self) -> &Answer {
        &self.answer
    }
}

/// A scenario file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
}

/// A `[[rule]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    method: Spanned<String>,
    when: Option<Spanned<toml::Table>>,
    success: Option<Spanned<String>>,
    failure: Option<Spanned<RawFailure>>,
    body: Option<Spanned<String>>,
    status: Option<Spanned<u16>>,
    delay_ms: Option<u64>,
    #[serde(default)]
    unsigned: bool,
}

/// A `failure = { ... }` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFailure {
    sub_code: String,
    code: Option<String>,
    msg: Option<String>,
    sub_msg: Option<String>,
}

fn span<T>(node: &Spanned<T>) -> Span {
    let range = node.span();
    Span { start: range.start, end: range.end }
}

/// Whether a value converted from TOML holds a date-time (which serialises as a private table).
fn has_datetime(object: &Map<String, Value>) -> bool {
    object.iter().any(|(key, value)| {
        key.starts_with("$__toml_private")
            || match value {
                Value::Object(inner) => has_datetime(inner),
                Value::Array(items) => items.iter().any(|item| item.as_object().is_some_and(has_datetime)),
                _ => false,
            }
    })
}

/// A rule checked against the gateway's specs, ready to answer.
#[derive(Debug)]
pub(crate) struct CompiledRule {
    /// The rule's position in the gateway's list, from 1.
    pub number: usize,
    method: String,
    when: Map<String, Value>,
    pub reply: Reply,
    pub status: u16,
    pub delay: Option<Duration>,
    pub signed: bool,
}

/// A checked answer.
#[derive(Debug)]
pub(crate) enum Reply {
    /// The spec's answer.
    Spec,
    /// A node: a success node's text, or a failure node.
    Node(AnswerNode),
    /// A raw body.
    Body(String),
}

impl CompiledRule {
    /// Whether the rule applies to a call of `method` with `biz_content`.
    pub(crate) fn matches(&self, method: &str, biz_content: &Map<String, Value>) -> bool {
        self.method == method && contains(biz_content, &self.when)
    }
}

/// Whether `actual` has every field of `expected`, objects compared the same way, other values equal.
fn contains(actual: &Map<String, Value>, expected: &Map<String, Value>) -> bool {
    expected.iter().all(|(key, expected)| match (actual.get(key), expected) {
        (Some(Value::Object(actual)), Value::Object(expected)) => contains(actual, expected),
        (Some(actual), expected) => actual == expected,
        (None, _) => false,
    })
}

/// Checks the rules of a scenario against the methods a gateway serves; `first` is the number of the
/// first rule. Every mistake is reported.
pub(crate) fn compile(
    scenario: &Scenario,
    methods: &[MethodEntry],
    codes: &Codes,
    first: usize,
) -> Result<Vec<CompiledRule>, Diagnostics> {
    let mut errors = Vec::new();
    let mut compiled = Vec::with_capacity(scenario.rules.len());
    for (index, rule) in scenario.rules.iter().enumerate() {
        let number = first + index;
        let mut report = |at: fn(&Origin) -> Option<Span>, message: String, help: Option<String>| {
            let diagnostic = match &rule.origin {
                Some(origin) => Diagnostic::new(&origin.file, at(origin).unwrap_or(origin.rule), message),
                None => Diagnostic::whole_file(format!("scenario rule {number} (`{}`)", rule.method), message),
            };
            errors.push(match help {
                Some(help) => diagnostic.with_help(help),
                None => diagnostic,
            });
        };
        let Some(method) = methods.iter().find(|method| method.name() == rule.method) else {
            let names = methods.iter().map(MethodEntry::name);
            let suggestion = nearest(&rule.method, names.clone());
            report(
                |origin| Some(origin.method),
                format!("unknown method `{}`{}", rule.method, did_you_mean(suggestion)),
                Some(format!("the gateway serves {}", list(names))),
            );
            continue;
        };
        let mut when_errors = Vec::new();
        check_when(&method.spec, &method.spec.request, &rule.when, "", &mut when_errors);
        for (message, help) in when_errors {
            report(|origin| origin.when, message, Some(help));
        }
        let reply = match &rule.answer {
            Answer::Spec => Some(Reply::Spec),
            Answer::Success(text) => match success_node(text, codes) {
                Ok(node) => Some(Reply::Node(AnswerNode::from_text(node))),
                Err(message) => {
                    report(
                        |origin| origin.answer,
                        message,
                        Some("write the node's fields as a JSON object: `success = '{\"card_no\": \"1\"}'`".to_owned()),
                    );
                    None
                }
            },
            Answer::Failure(failure) => match failure_node(failure, &method.spec, codes) {
                Ok(node) => Some(Reply::Node(AnswerNode::from(&node))),
                Err((message, help)) => {
                    report(|origin| origin.answer, message, Some(help));
                    None
                }
            },
            Answer::Body(body) => Some(Reply::Body(body.clone())),
        };
        if matches!(rule.answer, Answer::Body(_)) && !rule.signed {
            report(
                |origin| origin.answer,
                "`unsigned` applies to gateway answers; a raw `body` is sent as it is".to_owned(),
                Some("remove `unsigned`".to_owned()),
            );
        }
        let status = rule.status.unwrap_or(200);
        if !(100..=599).contains(&status) {
            report(
                |origin| origin.status,
                format!("`{status}` is not an HTTP status"),
                Some("use a status from 100 to 599, such as 502".to_owned()),
            );
        }
        if let Some(reply) = reply {
            compiled.push(CompiledRule {
                number,
                method: rule.method.clone(),
                when: rule.when.clone(),
                reply,
                status,
                delay: rule.delay,
                signed: rule.signed,
            });
        }
    }
    if errors.is_empty() { Ok(compiled) } else { Err(Diagnostics(errors)) }
}

/// Checks that the `when` fields exist in `object`, objects compared field by field.
fn check_when(
    spec: &Spec,
    object: &ObjectType,
    when: &Map<String, Value>,
    path: &str,
    errors: &mut Vec<(String, String)>,
) {
    let owner = if path.is_empty() { "the request".to_owned() } else { format!("`{path}`") };
    for (key, value) in when {
        let full = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        let names = object.fields.iter().map(|field| field.name.as_str());
        let Some(field) = object.fields.iter().find(|field| field.name == *key) else {
            let suggestion = nearest(key, names.clone());
            errors.push((
                format!("`when` names `{full}`, which is not a field of {owner}{}", did_you_mean(suggestion)),
                format!("the fields of {owner} are {}", list(names)),
            ));
            continue;
        };
        if field.ty.is_file() {
            errors.push((
                format!("`when` names `{full}`, a file"),
                "rules compare text parameters only; remove it from `when`".to_owned(),
            ));
            continue;
        }
        if let Value::Object(inner) = value {
            let nested = match &field.ty {
                TypeRef::Object(name) => spec.object_type(name),
                _ => None,
            };
            match nested {
                Some(ty) => check_when(spec, ty, inner, &full, errors),
                None => errors.push((
                    format!("`when` compares `{full}` with an object, but it is of type `{}`", field.ty),
                    format!("compare it with a value: `{full} = ...`"),
                )),
            }
        }
    }
}

/// A success node from the fields' JSON text, with `code` and `msg` first unless given.
fn success_node(text: &str, codes: &Codes) -> Result<String, String> {
    let trimmed = text.trim();
    let object = match serde_json::from_str::<Value>(trimmed) {
        Ok(Value::Object(object)) => object,
        Ok(other) => return Err(format!("`success` must be a JSON object, found {}", json_kind(&other))),
        Err(error) => return Err(format!("`success` is not valid JSON: {error}")),
    };
    let mut head = String::new();
    if !object.contains_key("code") {
        head.push_str(&format!("\"code\":\"{SUCCESS}\","));
    }
    if !object.contains_key("msg") {
        head.push_str(&format!("\"msg\":{},", Value::from(codes.msg(SUCCESS).unwrap_or_default())));
    }
    if head.is_empty() {
        return Ok(trimmed.to_owned());
    }
    if object.is_empty() {
        head.pop();
        return Ok(format!("{{{head}}}"));
    }
    // The text is a JSON object, so it starts with `{`.
    Ok(format!("{{{head}{}", &trimmed[1..]))
}

/// A failure node with its defaults filled in from the spec and the common spec.
fn failure_node(failure: &Failure, spec: &Spec, codes: &Codes) -> Result<FailureNode, (String, String)> {
    let business = spec.errors.iter().find(|error| error.code == failure.sub_code);
    let common = codes.sub_code(&failure.sub_code);
    let code = failure
        .code
        .clone()
        .or_else(|| business.map(|error| error.gateway_code.clone()))
        .or_else(|| common.map(|(code, _)| code.to_owned()))
        .unwrap_or_else(|| BUSINESS_FAILED.to_owned());
    let msg = match (&failure.msg, codes.msg(&code)) {
        (Some(msg), _) => msg.clone(),
        (None, Some(msg)) => msg.to_owned(),
        (None, None) => {
            return Err((
                format!("gateway code `{code}` is not in the common spec, so its `msg` is unknown"),
                "give the failure's `msg`".to_owned(),
            ));
        }
    };
    let sub_msg = match (&failure.sub_msg, business, common) {
        (Some(sub_msg), _, _) => sub_msg.clone(),
        (None, Some(error), _) => error.description.clone(),
        (None, None, Some((_, description))) => description.to_owned(),
        (None, None, None) => {
            let own = spec.errors.iter().map(|error| error.code.as_str());
            let suggestion = nearest(&failure.sub_code, own.clone());
            return Err((
                format!(
                    "`{}` is neither an error code of `{}` nor a common sub_code{}",
                    failure.sub_code,
                    spec.method,
                    did_you_mean(suggestion)
                ),
                if spec.errors.is_empty() {
                    "to answer a code the platform might add later, give its `sub_msg`".to_owned()
                } else {
                    format!(
                        "the method's error codes are {}; to answer a code the platform might add later, give its `sub_msg`",
                        list(own)
                    )
                },
            ));
        }
    };
    Ok(FailureNode { code, msg, sub_code: failure.sub_code.clone(), sub_msg })
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
