//! Semantic checks on the model: names that make valid, distinct Rust items, no impossible types, nothing
//! declared for nothing.

use std::collections::HashMap;

use crate::diagnostic::Reporter;
use crate::model::{ErrorCode, ObjectType, RequestIn, Span, Spec, TypeRef};
use crate::naming;
use crate::symbol;

/// Checks a resolved spec. `complete` is false when some field was left out because of an earlier error;
/// then the unused-type check is skipped, since it would blame a type for a mistake elsewhere.
pub(crate) fn validate(spec: &Spec, complete: bool, report: &mut Reporter<'_>) {
    for object in objects(spec) {
        field_names(object, report);
    }
    if spec.request_in == RequestIn::Params {
        parameter_names(&spec.request, report);
    }
    type_names(spec, report);
    for enumeration in &spec.enums {
        let values = enumeration.values.iter().map(|value| (value.value.as_str(), value.span));
        let owner = format!(" of enum `{}`", enumeration.name);
        variants(values, "value", &owner, report);
    }
    error_codes(&spec.errors, report);
    required_cycles(spec, report);
    if complete {
        unused_types(spec, report);
    }
}

/// The request, the response and the named types.
fn objects(spec: &Spec) -> impl Iterator<Item = &ObjectType> {
    [&spec.request, &spec.response].into_iter().chain(&spec.types)
}

/// A readable name for the object in messages.
fn object_label(object: &ObjectType) -> String {
    match object.name.as_str() {
        "Request" => "the request".to_owned(),
        "Response" => "the response".to_owned(),
        name => format!("type `{name}`"),
    }
}

/// Field names are snake_case ASCII and stay distinct as Rust identifiers.
fn field_names(object: &ObjectType, report: &mut Reporter<'_>) {
    let mut idents: HashMap<String, &str> = HashMap::new();
    for field in &object.fields {
        let name = field.name.as_str();
        if !naming::is_field_name(name) {
            let suggestion = naming::snake_case(name);
            let help = if name.is_empty() {
                "give the field a snake_case name, like `card_no`".to_owned()
            } else if name == "_" {
                "`_` alone cannot name a field; give it a snake_case name, like `card_no`".to_owned()
            } else if naming::is_field_name(&suggestion) {
                format!("did you mean `{suggestion}`?")
            } else {
                "field names start with a lowercase ASCII letter or `_`, followed by lowercase letters, digits and `_`"
                    .to_owned()
            };
            report
                .error(
                    field.span,
                    format!(
                        "invalid field name `{name}` in {}: field names are snake_case ASCII, `[a-z_][a-z0-9_]*`",
                        object_label(object)
                    ),
                )
                .help(help);
            continue;
        }
        let ident = naming::field_ident(name);
        if let Some(other) = idents.get(&ident) {
            report
                .error(
                    field.span,
                    format!(
                        "field `{name}` collides with field `{other}` in {}: both are `{ident}` in Rust",
                        object_label(object)
                    ),
                )
                .help("rename one of them");
        } else {
            idents.insert(ident, name);
        }
    }
}

/// Request fields that travel as parameters do not take the name of a common parameter.
fn parameter_names(request: &ObjectType, report: &mut Reporter<'_>) {
    for field in request.fields.iter().filter(|field| symbol::COMMON_PARAMS.contains(&field.name.as_str())) {
        report
            .error(
                field.span,
                format!("request field `{}` has the name of a common parameter of the gateway", field.name),
            )
            .help(format!(
                "with `{} = \"{}\"` each request field is a top-level parameter beside the common ones (`app_id`, \
                 `method`, `sign` ...), so their names must differ; check the field's name on the doc page",
                symbol::REQUEST_IN,
                symbol::IN_PARAMS,
            ));
    }
}

/// Type and enumeration names are UpperCamelCase, not reserved, and declared once.
fn type_names(spec: &Spec, report: &mut Reporter<'_>) {
    let named = spec
        .types
        .iter()
        .map(|ty| (ty.name.as_str(), ty.span, "type"))
        .chain(spec.enums.iter().map(|ty| (ty.name.as_str(), ty.span, "enum")));
    for (name, span, what) in named {
        if !naming::is_type_name(name) {
            let suggestion = naming::upper_camel_case(name);
            let help = if naming::is_type_name(&suggestion) {
                format!("did you mean `{suggestion}`?")
            } else {
                "a name starts with an uppercase ASCII letter, followed by ASCII letters and digits".to_owned()
            };
            report.error(span, format!("{what} name `{name}` is not UpperCamelCase")).help(help);
        } else if naming::RESERVED_TYPE_NAMES.contains(&name) {
            let help = match name {
                "Request" | "Response" | "SubCode" => {
                    format!("every method generates its own `{name}`; choose another name, such as `{name}Info`")
                }
                "Self" => "`Self` is a Rust keyword; choose another name".to_owned(),
                _ => format!("generated code uses the standard `{name}`; choose another name, such as `{name}Info`"),
            };
            report.error(span, format!("{what} name `{name}` is reserved")).help(help);
        }
    }
    for enumeration in &spec.enums {
        if spec.types.iter().any(|ty| ty.name == enumeration.name) {
            report
                .error(
                    enumeration.span,
                    format!("`{}` is declared both in `[types]` and in `[enums]`", enumeration.name),
                )
                .help("rename one of them: a field's `type` must name exactly one");
        }
    }
}

/// Business error codes make distinct variant names of the method's `SubCode`.
fn error_codes(errors: &[ErrorCode], report: &mut Reporter<'_>) {
    variants(errors.iter().map(|error| (error.code.as_str(), error.span)), "error code", "", report);
}

/// Values that become enum variants: each has a name, not the fallback's, and no two share one.
/// Messages call each value "{what} `value`{owner}": "value `X` of enum `Kind`", "error code `X`".
pub(crate) fn variants<'a>(
    values: impl IntoIterator<Item = (&'a str, Span)>,
    what: &str,
    owner: &str,
    report: &mut Reporter<'_>,
) {
    let mut seen: HashMap<String, (&str, Span)> = HashMap::new();
    for (value, span) in values {
        let name = naming::variant_name(value);
        if name.is_empty() {
            report
                .error(
                    span,
                    format!("{what} `{value}`{owner} has no ASCII letter or digit to make a Rust variant name from"),
                )
                .help("variant names come from the ASCII letters and digits of the value: `D_QR_CODE` is `DQrCode`");
        } else if name == naming::FALLBACK_VARIANT {
            report
                .error(span, format!("{what} `{value}`{owner} would be the variant `{name}`, which is reserved for values the spec does not list"))
                .help(format!("remove it: the generated enum keeps every unlisted value, `{value}` included, in `{name}(String)`"));
        } else if let Some((other, other_span)) = seen.get(&name) {
            let (line, _) = report.file().line_col(other_span.start);
            report
                .error(
                    span,
                    format!(
                        "{what} `{value}`{owner} collides with `{other}` (line {line}): both are the variant `{name}`"
                    ),
                )
                .help("values must stay distinct after conversion to UpperCamelCase; remove one of them");
        } else {
            seen.insert(name, (value, span));
        }
    }
}

/// No cycle of required, non-array object fields: such a type has no finite value.
fn required_cycles(spec: &Spec, report: &mut Reporter<'_>) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Done,
    }
    struct Walk<'s> {
        spec: &'s Spec,
        state: Vec<State>,
        /// The fields followed from the walk's start: (type index, field index).
        path: Vec<(usize, usize)>,
    }
    impl Walk<'_> {
        fn index(&self, name: &str) -> Option<usize> {
            self.spec.types.iter().position(|ty| ty.name == name)
        }
        fn visit(&mut self, ty: usize, report: &mut Reporter<'_>) {
            self.state[ty] = State::OnPath;
            for (field_index, field) in self.spec.types[ty].fields.iter().enumerate() {
                let TypeRef::Object(target) = &field.ty else {
                    continue;
                };
                let Some(target) = self.index(target).filter(|_| field.required) else {
                    continue;
                };
                self.path.push((ty, field_index));
                match self.state[target] {
                    State::New => self.visit(target, report),
                    State::OnPath => self.report(target, report),
                    State::Done => {}
                }
                self.path.pop();
            }
            self.state[ty] = State::Done;
        }
        fn report(&self, target: usize, report: &mut Reporter<'_>) {
            let start = self.path.iter().position(|(ty, _)| *ty == target).unwrap_or(0);
            let steps: Vec<String> = self.path[start..]
                .iter()
                .map(|&(ty, field)| {
                    let ty = &self.spec.types[ty];
                    let field = &ty.fields[field];
                    format!("`{}.{}` requires `{}`", ty.name, field.name, field.ty)
                })
                .collect();
            let &(ty, field) = self.path.last().expect("a cycle has a step");
            report
                .error(self.spec.types[ty].fields[field].span, format!("required fields form a cycle: {}", steps.join(", ")))
                .help("no finite value has these types; make one of these fields optional (remove `required = true`) or an array");
        }
    }
    let mut walk = Walk { spec, state: vec![State::New; spec.types.len()], path: Vec::new() };
    for ty in 0..spec.types.len() {
        if walk.state[ty] == State::New {
            walk.visit(ty, report);
        }
    }
}

/// Every named type and enumeration is reachable from the request or the response.
fn unused_types(spec: &Spec, report: &mut Reporter<'_>) {
    let mut used: Vec<&str> = Vec::new();
    let mut queue: Vec<&ObjectType> = vec![&spec.request, &spec.response];
    while let Some(object) = queue.pop() {
        for field in &object.fields {
            match field.ty.item() {
                TypeRef::Object(name) if !used.contains(&name.as_str()) => {
                    used.push(name);
                    queue.extend(spec.object_type(name));
                }
                TypeRef::Enum(name) if !used.contains(&name.as_str()) => used.push(name),
                _ => {}
            }
        }
    }
    let declared = spec
        .types
        .iter()
        .map(|ty| (ty.name.as_str(), ty.span, "type"))
        .chain(spec.enums.iter().map(|ty| (ty.name.as_str(), ty.span, "enum")));
    for (name, span, what) in declared {
        // An enum named like a type is reported as a duplicate; fields that name it resolve to the type.
        let shadowed = what == "enum" && spec.object_type(name).is_some();
        if !used.contains(&name) && !shadowed {
            report
                .error(span, format!("{what} `{name}` is declared but not used by the request or the response"))
                .help(format!("remove it, or use it as a field's `type` (`{name}` or `{name}[]`)"));
        }
    }
}
