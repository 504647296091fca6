//! TOML text -> raw located structures: every key checked, every error collected.
//!
//! The walk reads the spanned tree of `toml::de::DeTable` itself (rather than deriving `Deserialize`), so
//! that it can keep going after a mistake, point at the exact key or value, and suggest the right key.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Reporter;
use crate::example;
use crate::model::{EnumType, EnumValue, ErrorCode, Examples, RequestIn, Span};
use crate::naming;
use crate::suggest;
use crate::symbol;

/// A value and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// A method spec as written, before type names are resolved.
#[derive(Debug)]
pub(crate) struct RawSpec {
    pub method: Option<Located<String>>,
    pub title: String,
    pub description: String,
    /// `request_in`, when given and valid.
    pub request_in: Option<Located<RequestIn>>,
    pub request: RawObject,
    pub response: RawObject,
    pub types: Vec<RawObject>,
    pub enums: Vec<EnumType>,
    pub errors: Vec<ErrorCode>,
    pub examples: Examples,
}

/// An object as written: the request, the response, or a `[types.<Name>]` entry.
#[derive(Debug)]
pub(crate) struct RawObject {
    pub name: String,
    pub span: Span,
    pub fields: Vec<RawField>,
}

/// A field as written.
#[derive(Debug)]
pub(crate) struct RawField {
    /// The JSON name.
    pub name: String,
    /// The TOML path of the field's table, for messages: `types.CardUserInfo.user_uni_id`.
    pub path: String,
    /// The field's key.
    pub span: Span,
    /// The type as written, when present and a string.
    pub ty: Option<Located<String>>,
    pub required: bool,
    pub max_length: Option<u32>,
    pub max_items: Option<Located<u32>>,
    pub description: String,
    pub example: Option<String>,
}

/// A TOML tree's node: a value with its span.
pub(crate) type Node<'i> = Spanned<DeValue<'i>>;

/// The span of a spanned TOML node.
pub(crate) fn span_of<T>(node: &Spanned<T>) -> Span {
    let range = node.span();
    Span { start: range.start, end: range.end }
}

/// Parses TOML text into its spanned tree; a syntax error is reported and ends the file's checks, since
/// nothing else can be read.
pub(crate) fn parse_toml<'i>(text: &'i str, report: &mut Reporter<'_>) -> Option<DeTable<'i>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(root.into_inner());
    }
    let mut seen = Vec::new();
    for error in errors {
        let range = error.span().unwrap_or(0..0);
        let span = Span { start: range.start, end: range.end };
        if seen.contains(&span) {
            continue;
        }
        seen.push(span);
        let message = error.message().trim_end_matches('\n');
        if message == "duplicate key" {
            let key = text.get(range).unwrap_or_default();
            report
                .error(span, format!("duplicate key `{key}`"))
                .help("a key may appear only once in a table, and each `[table]` header once in a file");
        } else {
            report
                .error(span, format!("invalid TOML: {message}"))
                .help("fix the TOML syntax first: nothing else in the file can be checked until it parses");
        }
    }
    None
}

/// What a TOML value is, with its article: `a string`, `an integer`.
pub(crate) fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// What to say about a missing required key: an example value, and what the value is (may be empty).
pub(crate) type Needed<'a> = (&'a str, &'a str);

/// A TOML table being read, with its span and a name for messages (`field \`request.card_no\``).
pub(crate) struct Table<'t, 'i> {
    pub table: &'t DeTable<'i>,
    pub span: Span,
    pub what: String,
}

impl<'t, 'i> Table<'t, 'i> {
    /// The node at `key`.
    fn get(&self, key: &str) -> Option<&'t Node<'i>> {
        self.table.get(key)
    }

    /// Reports every key that is not in `allowed`, suggesting the nearest.
    pub(crate) fn check_keys(&self, report: &mut Reporter<'_>, allowed: &[&str]) {
        for (key, _) in self.table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                let suggestion = suggest::nearest(name, allowed.iter().copied());
                report
                    .error(span_of(key), format!("unknown key `{name}`{}", suggest::did_you_mean(suggestion)))
                    .help(format!("the keys of {} are {}", self.what, suggest::list(allowed.iter().copied())));
            }
        }
    }

    /// Reports a missing required key at the table.
    fn missing(&self, report: &mut Reporter<'_>, key: &str, (example, meaning): Needed<'_>) {
        let meaning = if meaning.is_empty() { String::new() } else { format!(": {meaning}") };
        report
            .error(self.span, format!("missing key `{key}` in {}", self.what))
            .help(format!("add `{key} = {example}`{meaning}"));
    }

    /// A string value; `example` shows a right value in the help when the key is missing.
    pub(crate) fn string(
        &self,
        report: &mut Reporter<'_>,
        key: &str,
        required: Option<Needed<'_>>,
    ) -> Option<Located<String>> {
        let Some(node) = self.get(key) else {
            if let Some(example) = required {
                self.missing(report, key, example);
            }
            return None;
        };
        match node.get_ref() {
            DeValue::String(text) => Some(Located { value: text.to_string(), span: span_of(node) }),
            other => {
                let raw = &report.file().text[node.span()];
                let help = match other {
                    DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_) => {
                        format!("quote it: `{key} = \"{raw}\"`")
                    }
                    _ => format!("write it as a TOML string: `{key} = \"...\"`"),
                };
                report.error(span_of(node), format!("`{key}` must be a string, found {}", kind(other))).help(help);
                None
            }
        }
    }

    /// A boolean value; `None` when absent or wrong (reported).
    pub(crate) fn boolean(&self, report: &mut Reporter<'_>, key: &str) -> Option<bool> {
        let node = self.get(key)?;
        match node.get_ref() {
            DeValue::Boolean(value) => Some(*value),
            other => {
                report
                    .error(span_of(node), format!("`{key}` must be a boolean, found {}", kind(other)))
                    .help(format!("write `{key} = true` or `{key} = false`, without quotes"));
                None
            }
        }
    }

    /// A positive integer that fits in `u32`; `None` when absent or wrong (reported).
    pub(crate) fn positive(&self, report: &mut Reporter<'_>, key: &str) -> Option<Located<u32>> {
        let node = self.get(key)?;
        let span = span_of(node);
        let help = format!("write a whole number greater than 0, without quotes: `{key} = 32`");
        match node.get_ref() {
            DeValue::Integer(integer) => match i128::from_str_radix(integer.as_str(), integer.radix()) {
                Ok(value) if value <= 0 => {
                    report
                        .error(span, format!("`{key}` must be greater than 0, found {value}"))
                        .help(format!("remove `{key}` if there is no limit"));
                    None
                }
                Ok(value) => match u32::try_from(value) {
                    Ok(value) => Some(Located { value, span }),
                    Err(_) => {
                        report
                            .error(span, format!("`{key}` is too large: {value}"))
                            .help(format!("the largest `{key}` is {}; remove it if there is no limit", u32::MAX));
                        None
                    }
                },
                Err(_) => {
                    report.error(span, format!("`{key}` is not a valid integer")).help(help);
                    None
                }
            },
            DeValue::String(text) if text.trim().parse::<u32>().is_ok_and(|value| value > 0) => {
                report
                    .error(span, format!("`{key}` must be an integer, found a string"))
                    .help(format!("remove the quotes: `{key} = {}`", text.trim()));
                None
            }
            other => {
                report.error(span, format!("`{key}` must be an integer, found {}", kind(other))).help(help);
                None
            }
        }
    }

    /// A sub-table; `None` when absent or not a table (reported).
    pub(crate) fn table(
        &self,
        report: &mut Reporter<'_>,
        key: &str,
        what: String,
        required: bool,
    ) -> Option<Table<'t, 'i>> {
        let Some(node) = self.get(key) else {
            if required {
                report
                    .error(self.span, format!("missing table `[{key}]`"))
                    .help(format!("add `[{key}]` (it may be empty)"));
            }
            return None;
        };
        as_table(report, key, node, what)
    }
}

/// The node as a table named `what`; reports anything else.
pub(crate) fn as_table<'t, 'i>(
    report: &mut Reporter<'_>,
    key: &str,
    node: &'t Node<'i>,
    what: String,
) -> Option<Table<'t, 'i>> {
    match node.get_ref() {
        DeValue::Table(table) => Some(Table { table, span: span_of(node), what }),
        other => {
            report
                .error(span_of(node), format!("`{key}` must be a table, found {}", kind(other)))
                .help(format!("write {what} as a `[...]` table"));
            None
        }
    }
}

/// Reads a whole method spec. `None` only for a TOML syntax error; every other mistake is reported and
/// reading goes on with what is usable.
pub(crate) fn parse_spec(report: &mut Reporter<'_>) -> Option<RawSpec> {
    let file = report.file();
    let root = parse_toml(&file.text, report)?;
    let top = Table { table: &root, span: Span::default(), what: "a method spec".to_owned() };
    top.check_keys(report, symbol::SPEC_KEYS);

    let method = top.string(report, symbol::METHOD, Some(("\"alipay.xxx.yyy\"", "the method name")));
    let method = method.filter(|method| check_method(report, method));
    let title = top.string(report, symbol::TITLE, Some(("\"...\"", "the doc page's title")));
    let description = top.string(report, symbol::DESCRIPTION, Some(("\"...\"", "the doc page's description")));

    let request_in = request_in(report, &top);
    let request = object(report, &top, symbol::REQUEST);
    let response = object(report, &top, symbol::RESPONSE);
    let types = top.table(report, symbol::TYPES, "`[types]`".to_owned(), false).map_or_else(Vec::new, |types| {
        types
            .table
            .iter()
            .filter_map(|(name, node)| {
                let path = format!("{}.{}", symbol::TYPES, name.get_ref());
                let table = as_table(report, name.get_ref(), node, format!("type `{}`", name.get_ref()))?;
                Some(fields(report, &table, name.get_ref(), span_of(name), &path))
            })
            .collect()
    });
    let enums = top.table(report, symbol::ENUMS, "`[enums]`".to_owned(), false).map_or_else(Vec::new, |enums| {
        enums.table.iter().filter_map(|(name, node)| enumeration(report, name, node)).collect()
    });
    let errors = top.table(report, symbol::ERRORS, "`[errors]`".to_owned(), false).map_or_else(Vec::new, |errors| {
        errors.table.iter().filter_map(|(code, node)| error_code(report, code, node)).collect()
    });
    let examples = top
        .table(report, symbol::EXAMPLES, "`[examples]`".to_owned(), false)
        .map(|examples| {
            let method = method.as_ref().map(|method| method.value.as_str());
            let request_in = request_in.as_ref().map_or(RequestIn::default(), |request_in| request_in.value);
            self::examples(report, &examples, method, request_in, &request, &errors)
        })
        .unwrap_or_default();

    Some(RawSpec {
        method,
        title: title.map(|title| title.value).unwrap_or_default(),
        description: description.map(|description| description.value).unwrap_or_default(),
        request_in,
        request,
        response,
        types,
        enums,
        errors,
        examples,
    })
}

/// Checks the form of the method name; reports and returns false when it is wrong.
fn check_method(report: &mut Reporter<'_>, method: &Located<String>) -> bool {
    if naming::is_method_name(&method.value) {
        return true;
    }
    let fixed = method
        .value
        .to_lowercase()
        .split(['.', '_', '-', '/', ' '])
        .filter(|segment| !segment.is_empty())
        .collect::<Vec<_>>()
        .join(".");
    let help = if fixed != method.value && naming::is_method_name(&fixed) {
        format!("did you mean `{fixed}`?")
    } else {
        "a method name has three or more lowercase dot-separated segments of letters and digits, \
         like `alipay.marketing.card.query`"
            .to_owned()
    };
    report.error(method.span, format!("`{}` is not a method name", method.value)).help(help);
    false
}

/// `request_in`: `biz_content` or `params`; `None` when absent or wrong (reported).
fn request_in(report: &mut Reporter<'_>, top: &Table<'_, '_>) -> Option<Located<RequestIn>> {
    let text = top.string(report, symbol::REQUEST_IN, None)?;
    if let Some(value) = RequestIn::from_name(&text.value) {
        return Some(Located { value, span: text.span });
    }
    let suggestion = suggest::nearest(&text.value, symbol::REQUEST_IN_VALUES.iter().copied());
    report
        .error(
            text.span,
            format!(
                "`{}` is `{}`, which is not a place request fields travel{}",
                symbol::REQUEST_IN,
                text.value,
                suggest::did_you_mean(suggestion)
            ),
        )
        .help(format!(
            "write `{key} = \"{}\"` (the default: the fields are one JSON object) or `{key} = \"{}\"` (each field \
             is a top-level parameter, files are multipart parts)",
            symbol::IN_BIZ_CONTENT,
            symbol::IN_PARAMS,
            key = symbol::REQUEST_IN,
        ));
    None
}

/// The request or the response: a required table of fields.
fn object(report: &mut Reporter<'_>, top: &Table<'_, '_>, key: &str) -> RawObject {
    let name = if key == symbol::REQUEST { "Request" } else { "Response" };
    match top.table(report, key, format!("the {key}"), true) {
        Some(table) => {
            let key_span = top.table.get_key_value(key).map_or(table.span, |(key, _)| span_of(key));
            fields(report, &table, name, key_span, key)
        }
        None => RawObject { name: name.to_owned(), span: Span::default(), fields: Vec::new() },
    }
}

/// An object's fields: each key is a field name, each value a field table.
fn fields(report: &mut Reporter<'_>, object: &Table<'_, '_>, name: &str, span: Span, path: &str) -> RawObject {
    let fields = object
        .table
        .iter()
        .filter_map(|(key, node)| {
            let path = format!("{path}.{}", key.get_ref());
            let DeValue::Table(table) = node.get_ref() else {
                report
                    .error(span_of(key), format!("`{path}` must be a field table, found {}", kind(node.get_ref())))
                    .help(format!(
                        "a field is a table: `[{path}]` followed by `type = ...` and `description = ...` lines"
                    ));
                return None;
            };
            let table = Table { table, span: span_of(node), what: format!("field `{path}`") };
            Some(field(report, &table, key, path))
        })
        .collect();
    RawObject { name: name.to_owned(), span, fields }
}

/// One field table.
fn field(
    report: &mut Reporter<'_>,
    table: &Table<'_, '_>,
    key: &Spanned<toml::de::DeString<'_>>,
    path: String,
) -> RawField {
    table.check_keys(report, symbol::FIELD_KEYS);
    let ty = table.string(report, symbol::TYPE, Some(("\"string\"", "a scalar (`string`, `integer`, `decimal`, `boolean`, `datetime`), a name from `[types]` or `[enums]`, with `[]` for an array")));
    let required = table.boolean(report, symbol::REQUIRED).unwrap_or(false);
    let max_length = table.positive(report, symbol::MAX_LENGTH).map(|max| max.value);
    let max_items = table.positive(report, symbol::MAX_ITEMS);
    let description = table.string(report, symbol::DESCRIPTION, Some(("\"...\"", "the doc page's 描述")));
    let example = table.string(report, symbol::EXAMPLE, None);
    RawField {
        name: key.get_ref().to_string(),
        path,
        span: span_of(key),
        ty,
        required,
        max_length,
        max_items,
        description: description.map(|d| d.value).unwrap_or_default(),
        example: example.map(|e| e.value),
    }
}

/// One `[enums.<Name>]` table: `VALUE = "meaning"` lines, at least one.
fn enumeration(report: &mut Reporter<'_>, name: &Spanned<toml::de::DeString<'_>>, node: &Node<'_>) -> Option<EnumType> {
    let path = format!("{}.{}", symbol::ENUMS, name.get_ref());
    let table = as_table(report, name.get_ref(), node, format!("enum `{}`", name.get_ref()))?;
    if table.table.is_empty() {
        report
            .error(table.span, format!("enum `{}` has no values", name.get_ref()))
            .help(format!("add its values under `[{path}]`, one `VALUE = \"meaning\"` line each"));
    }
    let values = table
        .table
        .iter()
        .filter_map(|(value, meaning)| match meaning.get_ref() {
            DeValue::String(text) => Some(EnumValue {
                value: value.get_ref().to_string(),
                description: text.to_string(),
                span: span_of(value),
            }),
            other => {
                report
                    .error(
                        span_of(meaning),
                        format!("the meaning of `{}` must be a string, found {}", value.get_ref(), kind(other)),
                    )
                    .help(format!("write `{} = \"...\"`: the value, then what it means", value.get_ref()));
                None
            }
        })
        .collect();
    Some(EnumType { name: name.get_ref().to_string(), description: String::new(), values, span: span_of(name) })
}

/// One `[errors.<CODE>]` table.
fn error_code(report: &mut Reporter<'_>, code: &Spanned<toml::de::DeString<'_>>, node: &Node<'_>) -> Option<ErrorCode> {
    let table = as_table(report, code.get_ref(), node, format!("error code `{}`", code.get_ref()))?;
    table.check_keys(report, symbol::ERROR_KEYS);
    let description = table.string(report, symbol::DESCRIPTION, Some(("\"...\"", "the doc page's 错误描述")));
    let solution = table.string(report, symbol::SOLUTION, None);
    Some(ErrorCode {
        code: code.get_ref().to_string(),
        gateway_code: symbol::BUSINESS_FAILED.to_owned(),
        description: description.map(|d| d.value).unwrap_or_default(),
        solution: solution.map(|s| s.value).unwrap_or_default(),
        span: span_of(code),
    })
}

/// The `[examples]` table: JSON texts, each checked, and what a stand-in gateway answers with them
/// (`match`, `not_found`), checked against the request's fields and the error codes.
fn examples(
    report: &mut Reporter<'_>,
    table: &Table<'_, '_>,
    method: Option<&str>,
    request_in: RequestIn,
    request: &RawObject,
    errors: &[ErrorCode],
) -> Examples {
    table.check_keys(report, symbol::EXAMPLE_KEYS);
    let mut read = |key: &str| {
        let text = table.string(report, key, None)?;
        // The example's keys, when it is a JSON object (other shapes are reported by the check).
        let keys = example::check(report, key, &text, method, request_in);
        Some((text.value, text.span, keys))
    };
    let request_example = read(symbol::REQUEST);
    let response = read(symbol::RESPONSE).map(|(text, ..)| text);
    let error = read(symbol::ERROR).map(|(text, ..)| text);
    if let Some((_, span, keys)) = &request_example {
        files_in_request_example(report, keys, *span, request);
    }
    let (request_example, example_keys) = request_example.map(|(text, _, keys)| (text, keys)).unzip();
    let match_fields = match string_list(report, table, symbol::MATCH) {
        Some(list) => match_fields(report, table, &list, request, example_keys.as_deref()),
        None => request
            .fields
            .iter()
            .filter(|field| field.required)
            .filter(|field| example_keys.as_ref().is_some_and(|keys| keys.contains(&field.name)))
            .map(|field| field.name.clone())
            .collect(),
    };
    let not_found = table
        .string(report, symbol::NOT_FOUND, None)
        .filter(|code| check_not_found(report, code, errors))
        .map(|code| code.value);
    Examples { request: request_example, response, error, match_fields, not_found }
}

/// Whether a raw field is a `file` (as written; its type is resolved later).
fn is_file(field: &RawField) -> bool {
    field.ty.as_ref().is_some_and(|ty| ty.value.trim() == symbol::FILE)
}

/// Reports `file` fields the request example (with these keys) has: it holds the text parameters only.
fn files_in_request_example(report: &mut Reporter<'_>, keys: &[String], span: Span, request: &RawObject) {
    for field in request.fields.iter().filter(|field| is_file(field) && keys.contains(&field.name)) {
        report
            .error(span, format!("the request example has `{}`, a file: it holds the text parameters only", field.name))
            .help(format!("remove `\"{}\"` from the request example: files are sent as multipart parts", field.name));
    }
}

/// An array of strings at `key`; `None` when absent or not an array (reported). Items that are not
/// strings are reported and left out.
fn string_list(report: &mut Reporter<'_>, table: &Table<'_, '_>, key: &str) -> Option<Vec<Located<String>>> {
    let node = table.table.get(key)?;
    let DeValue::Array(items) = node.get_ref() else {
        report
            .error(span_of(node), format!("`{key}` must be an array of strings, found {}", kind(node.get_ref())))
            .help(format!("write `{key} = [\"field_a\", \"field_b\"]`"));
        return None;
    };
    let mut list = Vec::with_capacity(items.len());
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(text) => list.push(Located { value: text.to_string(), span: span_of(item) }),
            other => {
                report
                    .error(span_of(item), format!("the items of `{key}` must be strings, found {}", kind(other)))
                    .help("quote the field name: `\"card_no\"`");
            }
        }
    }
    Some(list)
}

/// Checks the `match` list: request fields, each once, each in the request example.
fn match_fields(
    report: &mut Reporter<'_>,
    table: &Table<'_, '_>,
    list: &[Located<String>],
    request: &RawObject,
    example_keys: Option<&[String]>,
) -> Vec<String> {
    let key = symbol::MATCH;
    let field_names = || request.fields.iter().map(|field| field.name.as_str());
    if example_keys.is_none() {
        let span = table.table.get_key_value(key).map_or(table.span, |(name, _)| span_of(name));
        report
            .error(span, format!("`examples.{key}` needs a request example to compare requests with"))
            .help(format!("add `request = '''{{...}}'''` to `[examples]`, or remove `{key}`"));
    }
    let mut fields: Vec<String> = Vec::with_capacity(list.len());
    for name in list {
        if !field_names().any(|field| field == name.value) {
            let suggestion = suggest::nearest(&name.value, field_names());
            let help = if request.fields.is_empty() {
                "the request has no fields; remove it".to_owned()
            } else {
                format!("the request's fields are {}", suggest::list(field_names()))
            };
            report
                .error(
                    name.span,
                    format!(
                        "`examples.{key}` names `{}`, which is not a field of the request{}",
                        name.value,
                        suggest::did_you_mean(suggestion)
                    ),
                )
                .help(help);
        } else if fields.contains(&name.value) {
            report
                .error(name.span, format!("`examples.{key}` names `{}` twice", name.value))
                .help("name each field once");
        } else if request.fields.iter().any(|field| field.name == name.value && is_file(field)) {
            report
                .error(name.span, format!("`examples.{key}` names `{}`, a file", name.value))
                .help("a stand-in gateway compares text parameters only; remove it from `match`");
        } else if let Some(keys) = example_keys
            && !keys.contains(&name.value)
        {
            report
                .error(
                    name.span,
                    format!("`examples.{key}` names `{}`, which the request example does not have", name.value),
                )
                .help(format!("add `\"{}\"` to the request example, or remove it from `{key}`", name.value));
        } else {
            fields.push(name.value.clone());
        }
    }
    fields
}

/// Checks that `not_found` names one of the method's error codes; reports and returns false otherwise.
fn check_not_found(report: &mut Reporter<'_>, code: &Located<String>, errors: &[ErrorCode]) -> bool {
    let codes = || errors.iter().map(|error| error.code.as_str());
    if codes().any(|known| known == code.value) {
        return true;
    }
    let suggestion = suggest::nearest(&code.value, codes());
    let help = if errors.is_empty() {
        format!("declare it under `[errors.{}]` with its `description`", code.value)
    } else {
        format!("the method's error codes are {}", suggest::list(codes()))
    };
    report
        .error(
            code.span,
            format!(
                "`examples.{}` is `{}`, which is not one of the method's error codes{}",
                symbol::NOT_FOUND,
                code.value,
                suggest::did_you_mean(suggestion)
            ),
        )
        .help(help);
    false
}
