//! Type names -> [`TypeRef`]s: the raw spec becomes the model.
//!
//! Reports unknown type names (with the known ones and the nearest), arrays of arrays, and `max_items` on a
//! field that is not an array. A named type or enumeration takes its description from the first field that
//! uses it; `Request` and `Response` have none (the spec's title and description describe the method).

use crate::diagnostic::Reporter;
use crate::model::{Field, ObjectType, RequestIn, Scalar, Spec, TypeRef};
use crate::parse::{Located, RawField, RawObject, RawSpec};
use crate::suggest;
use crate::symbol;

/// The model built from a raw spec, and whether every field made it into it (a field whose type is missing
/// or unknown is left out, so checks that need every field, like unused types, are skipped).
pub(crate) struct Resolved {
    pub spec: Spec,
    pub complete: bool,
}

/// Resolves every field's type.
pub(crate) fn resolve(raw: RawSpec, report: &mut Reporter<'_>) -> Resolved {
    let request_in = raw.request_in.map(|request_in| request_in.value).unwrap_or_default();
    let mut resolver = Resolver {
        report,
        types: raw.types.iter().map(|ty| ty.name.clone()).collect(),
        enums: raw.enums.iter().map(|ty| ty.name.clone()).collect(),
        complete: true,
        request_in,
        owner: Owner::Request,
    };
    let request = resolver.object(raw.request, Owner::Request);
    let response = resolver.object(raw.response, Owner::Response);
    let types: Vec<ObjectType> = raw.types.into_iter().map(|ty| resolver.object(ty, Owner::Type)).collect();
    let mut spec = Spec {
        method: raw.method.map(|method| method.value).unwrap_or_default(),
        title: raw.title,
        description: raw.description,
        request_in,
        request,
        response,
        types,
        enums: raw.enums,
        errors: raw.errors,
        examples: raw.examples,
    };
    describe_named_types(&mut spec);
    Resolved { spec, complete: resolver.complete }
}

/// Gives each named type and enumeration the description of the first field that uses it.
fn describe_named_types(spec: &mut Spec) {
    let uses: Vec<(String, String)> = std::iter::once(&spec.request)
        .chain(std::iter::once(&spec.response))
        .chain(&spec.types)
        .flat_map(|object| &object.fields)
        .filter_map(|field| match field.ty.item() {
            TypeRef::Object(name) | TypeRef::Enum(name) => Some((name.clone(), field.description.clone())),
            _ => None,
        })
        .collect();
    for (name, description) in uses {
        let target = spec
            .types
            .iter_mut()
            .find(|ty| ty.name == name)
            .map(|ty| &mut ty.description)
            .or_else(|| spec.enums.iter_mut().find(|ty| ty.name == name).map(|ty| &mut ty.description));
        if let Some(target) = target.filter(|target| target.is_empty()) {
            *target = description;
        }
    }
}

struct Resolver<'r, 'a> {
    report: &'r mut Reporter<'a>,
    types: Vec<String>,
    enums: Vec<String>,
    complete: bool,
    /// Where the request's fields travel: `file` fields need them to travel as parameters.
    request_in: RequestIn,
    /// The kind of object whose fields are being resolved.
    owner: Owner,
}

/// The kind of object a field belongs to: only the request's own fields may be files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Request,
    Response,
    Type,
}

impl Resolver<'_, '_> {
    fn object(&mut self, raw: RawObject, owner: Owner) -> ObjectType {
        self.owner = owner;
        let fields = raw.fields.into_iter().map(|field| self.field(field)).collect();
        ObjectType { name: raw.name, description: String::new(), fields, span: raw.span }
    }

    /// The field with its type resolved. A field whose type is missing or wrong (already reported) stays
    /// in the model as a `string`, so that its name is still checked; the spec is then never returned.
    fn field(&mut self, raw: RawField) -> Field {
        let ty = raw.ty.as_ref().and_then(|ty| self.type_ref(ty));
        if let (Some(ty), Some(text)) = (&ty, &raw.ty)
            && ty.item().is_file()
        {
            self.check_file(ty, text, &raw.path);
        }
        let resolved = ty.is_some();
        self.complete &= resolved;
        let ty = ty.unwrap_or(TypeRef::Scalar(Scalar::String));
        if let Some(max_items) = &raw.max_items
            && resolved
            && !ty.is_array()
        {
            self.report
                .error(max_items.span, format!("`max_items` applies to arrays only, but `{}` is a `{ty}`", raw.path))
                .help(format!("remove `max_items`, or make the field an array: `type = \"{ty}[]\"`"));
        }
        Field {
            name: raw.name,
            ty,
            required: raw.required,
            max_length: raw.max_length,
            max_items: raw.max_items.map(|max| max.value),
            description: raw.description,
            example: raw.example,
            span: raw.span,
        }
    }

    /// Reports a `file` where files cannot go: outside the request's own fields, in an array, or in a request
    /// whose fields travel in `biz_content`.
    fn check_file(&mut self, ty: &TypeRef, text: &Located<String>, path: &str) {
        let (message, help) = match self.owner {
            Owner::Response => (
                format!("`{path}` is a `file`, but only request fields can be files"),
                "a response carries no files: use `string` for a file's id or address".to_owned(),
            ),
            Owner::Type => (
                format!("`{path}` is a `file`, but files are top-level request fields only"),
                format!("move it to `[{}.<field>]`, or use `string` for a file's id or address", symbol::REQUEST),
            ),
            Owner::Request if ty.is_array() => (
                format!("arrays of files are not supported: `{}`", text.value),
                "declare one `file` field per file: each is sent as its own multipart part".to_owned(),
            ),
            Owner::Request if self.request_in == RequestIn::BizContent => (
                format!("`{path}` is a `file`, which cannot travel in `biz_content`"),
                format!(
                    "add `{} = \"{}\"` at the top of the spec: each request field is then a top-level parameter, \
                     and files are multipart parts",
                    symbol::REQUEST_IN,
                    symbol::IN_PARAMS
                ),
            ),
            Owner::Request => return,
        };
        self.report.error(text.span, message).help(help);
    }

    /// The type written as `text`: a scalar, a named type or enumeration, or one of those with `[]`.
    fn type_ref(&mut self, text: &Located<String>) -> Option<TypeRef> {
        let (name, depth) = split_array(&text.value);
        if depth > 1 {
            self.report
                .error(text.span, format!("arrays of arrays are not supported: `{}`", text.value))
                .help("wrap the inner array in an object type in `[types]`, and make the field an array of it");
            return None;
        }
        let item = self.named(name, text)?;
        Some(if depth == 1 { TypeRef::Array(Box::new(item)) } else { item })
    }

    fn named(&mut self, name: &str, text: &Located<String>) -> Option<TypeRef> {
        if let Some(scalar) = Scalar::from_name(name) {
            return Some(TypeRef::Scalar(scalar));
        }
        if self.types.iter().any(|ty| ty == name) {
            return Some(TypeRef::Object(name.to_owned()));
        }
        if self.enums.iter().any(|ty| ty == name) {
            return Some(TypeRef::Enum(name.to_owned()));
        }
        let files = self.owner == Owner::Request && self.request_in == RequestIn::Params;
        let known: Vec<&str> = symbol::SCALAR_NAMES
            .iter()
            .copied()
            .chain(files.then_some(symbol::FILE))
            .chain(self.types.iter().map(String::as_str))
            .chain(self.enums.iter().map(String::as_str).filter(|name| !self.types.iter().any(|ty| ty == name)))
            .collect();
        let doc_name = symbol::DOC_PAGE_TYPE_NAMES.iter().find(|(doc, _)| *doc == name);
        let suggestion = doc_name.map(|(_, ours)| *ours).or_else(|| suggest::nearest(name, known.iter().copied()));
        let message = if name.trim().is_empty() {
            "the type is empty".to_owned()
        } else {
            format!("unknown type `{name}`{}", suggest::did_you_mean(suggestion))
        };
        let mut help = format!("the known types are {}; add `[]` for an array", suggest::list(known));
        if let Some((doc, ours)) = doc_name {
            help = format!("the doc pages' `{doc}` is `{ours}` in a spec; {help}");
        }
        self.report.error(text.span, message).help(help);
        None
    }
}

/// The item name of a type text and how many `[]` follow it (spaces allowed before each `[]`).
fn split_array(text: &str) -> (&str, usize) {
    let mut name = text;
    let mut depth = 0;
    while let Some(inner) = name.trim_end_matches(' ').strip_suffix(symbol::ARRAY_SUFFIX) {
        name = inner;
        depth += 1;
    }
    if depth > 0 { (name.trim_end_matches(' '), depth) } else { (name, 0) }
}

#[cfg(test)]
mod tests {
    use super::split_array;

    #[test]
    fn array_suffixes() {
        assert_eq!(split_array("string"), ("string", 0));
        assert_eq!(split_array("string[]"), ("string", 1));
        assert_eq!(split_array("CardFrontTextDTO []"), ("CardFrontTextDTO", 1));
        assert_eq!(split_array("string[][]"), ("string", 2));
        assert_eq!(split_array("string [] []"), ("string", 2));
        assert_eq!(split_array("string "), ("string ", 0));
        assert_eq!(split_array("[]"), ("", 1));
    }
}
