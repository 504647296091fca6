//! The attribute's arguments: `method = "..."` (required), `spec`, `common` and `crate` (optional).
//!
//! Every mistake is collected, so a user sees all of them at once.

use alipay_spec::naming::is_method_name;
use proc_macro2::{Span, TokenStream};
use syn::punctuated::Punctuated;
use syn::{Expr, ExprLit, Lit, LitStr, Meta, Token};

/// The argument names, in the order the docs give them.
const METHOD: &str = "method";
const SPEC: &str = "spec";
const COMMON: &str = "common";
const CRATE: &str = "crate";
const ARGUMENTS: [&str; 4] = [METHOD, SPEC, COMMON, CRATE];

/// The parsed arguments of `#[alipay_api(...)]`.
pub(crate) struct Args {
    /// `method = "alipay.marketing.card.query"`.
    pub method: LitStr,
    /// `spec = "path"`: the spec file, relative to the crate; `specs/<method>.toml` when absent.
    pub spec: Option<LitStr>,
    /// `common = "path"`: the common spec, relative to the crate; `specs/common.toml` when absent, or the
    /// common spec bundled with the macro crate when the crate has no `specs/common.toml`.
    pub common: Option<LitStr>,
    /// `crate = "path"`: how generated code names the runtime; `::alipay_apis` when absent.
    pub krate: Option<syn::Path>,
}

/// What could be read of arguments with mistakes: enough for the fallback.
pub(crate) struct Partial {
    /// The method, if given as a string.
    pub method: Option<LitStr>,
    /// Every mistake.
    pub error: syn::Error,
}

/// Parses the arguments, collecting every mistake.
pub(crate) fn parse(args: TokenStream) -> Result<Args, Partial> {
    let mut errors = Errors::default();
    let metas = match syn::parse::Parser::parse2(Punctuated::<Meta, Token![,]>::parse_terminated, args) {
        Ok(metas) => metas,
        Err(error) => {
            let message = format!(
                "{error}; expected `{METHOD} = \"...\"`, optionally followed by `, {SPEC} = \"...\"`, `, {COMMON} = \"...\"` or `, {CRATE} = \"...\"`"
            );
            return Err(Partial { method: None, error: syn::Error::new(error.span(), message) });
        }
    };

    let (mut method, mut spec, mut common, mut krate) = (None, None, None, None);
    let mut method_given = false;
    for meta in metas {
        let path = meta.path();
        let name = match path.get_ident() {
            Some(ident) => ident.to_string(),
            None => quote::quote!(#path).to_string().replace(' ', ""),
        };
        let slot = match name.as_str() {
            METHOD => &mut method,
            SPEC => &mut spec,
            COMMON => &mut common,
            CRATE => &mut krate,
            _ => {
                errors.push(path, unknown_argument(&name));
                continue;
            }
        };
        method_given |= name == METHOD;
        let Some(value) = string_value(&meta, &name, &mut errors) else {
            continue;
        };
        if slot.is_some() {
            errors.push(path, format!("`{name}` is given twice; give it once"));
        } else {
            *slot = Some(value);
        }
    }

    if let Some(method) = method.as_ref().filter(|method| !is_method_name(&method.value())) {
        errors.push(
            method,
            format!(
                "`{}` is not a method name: expected lowercase segments separated by dots, like `alipay.marketing.card.query`",
                method.value()
            ),
        );
    }
    for literal in spec.iter().chain(&common) {
        if literal.value().trim().is_empty() {
            errors.push(literal, "the path is empty; give the spec file's path relative to the crate, like `specs/alipay.marketing.card.query.toml`");
        }
    }
    let krate = krate.and_then(|literal: LitStr| match literal.parse::<syn::Path>() {
        Ok(path) => Some(path),
        Err(_) => {
            errors.push(
                &literal,
                format!("`{}` is not a path; expected the runtime crate's path, like `::alipay_apis`", literal.value()),
            );
            None
        }
    });

    match (method, errors.0) {
        (Some(method), None) => Ok(Args { method, spec, common, krate }),
        (None, Some(error)) if method_given => Err(Partial { method: None, error }),
        (None, error) => {
            let missing = syn::Error::new(
                Span::call_site(),
                "missing `method = \"...\"`: name the OpenAPI method, like `#[alipay_api(method = \"alipay.marketing.card.query\")]`",
            );
            let error = match error {
                Some(mut error) => {
                    error.combine(missing);
                    error
                }
                None => missing,
            };
            Err(Partial { method: None, error })
        }
        (Some(method), Some(error)) => Err(Partial { method: Some(method), error }),
    }
}

/// The string value of `name = "..."`, or a mistake.
fn string_value(meta: &Meta, name: &str, errors: &mut Errors) -> Option<LitStr> {
    let example = match name {
        METHOD => "\"alipay.marketing.card.query\"",
        SPEC => "\"specs/alipay.marketing.card.query.toml\"",
        COMMON => "\"specs/common.toml\"",
        _ => "\"::alipay_apis\"",
    };
    match meta {
        Meta::NameValue(name_value) => match &name_value.value {
            Expr::Lit(ExprLit { lit: Lit::Str(literal), .. }) => Some(literal.clone()),
            other => {
                errors.push(other, format!("`{name}` takes a string literal, like `{name} = {example}`"));
                None
            }
        },
        other => {
            errors.push(other, format!("`{name}` takes a value, like `{name} = {example}`"));
            None
        }
    }
}

/// The message for an argument the attribute does not take, with the closest known one.
fn unknown_argument(name: &str) -> String {
    let closest = ARGUMENTS
        .iter()
        .map(|known| (strsim::jaro_winkler(name, known), known))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let known = ARGUMENTS.map(|known| format!("`{known}`")).join(", ");
    match closest {
        Some((_, known_name)) => {
            format!("unknown argument `{name}`; did you mean `{known_name}`? (the arguments are {known})")
        }
        None => format!("unknown argument `{name}`; the arguments are {known}"),
    }
}

/// Mistakes, combined into one `syn::Error` that renders as one `compile_error!` each.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, tokens: impl quote::ToTokens, message: impl std::fmt::Display) {
        let error = syn::Error::new_spanned(tokens, message);
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn messages(error: &syn::Error) -> Vec<String> {
        error.clone().into_iter().map(|error| error.to_string()).collect()
    }

    #[test]
    fn every_argument() {
        let args =
            parse(quote!(method = "alipay.a.b", spec = "x.toml", common = "c.toml", crate = "crate::rt")).ok().unwrap();
        assert_eq!(args.method.value(), "alipay.a.b");
        assert_eq!(args.spec.unwrap().value(), "x.toml");
        assert_eq!(args.common.unwrap().value(), "c.toml");
        let krate = args.krate.unwrap();
        assert_eq!(quote!(#krate).to_string(), "crate :: rt");
    }

    #[test]
    fn every_mistake_at_once() {
        let partial =
            parse(quote!(method = "alipay.a.b", sepc = "x.toml", common = 1, crate = "not a path")).err().unwrap();
        assert_eq!(partial.method.unwrap().value(), "alipay.a.b");
        assert_eq!(
            messages(&partial.error),
            [
                "unknown argument `sepc`; did you mean `spec`? (the arguments are `method`, `spec`, `common`, `crate`)",
                "`common` takes a string literal, like `common = \"specs/common.toml\"`",
                "`not a path` is not a path; expected the runtime crate's path, like `::alipay_apis`",
            ]
        );
    }

    #[test]
    fn missing_method() {
        let partial = parse(quote!(spec = "x.toml")).err().unwrap();
        assert!(partial.method.is_none());
        assert_eq!(messages(&partial.error).len(), 1);
        assert!(messages(&partial.error)[0].starts_with("missing `method = \"...\"`"));
    }

    #[test]
    fn duplicates_and_bad_method_names() {
        let partial = parse(quote!(method = "alipay.a.b", method = "Alipay Card")).err().unwrap();
        assert_eq!(messages(&partial.error), ["`method` is given twice; give it once"]);
        let partial = parse(quote!(method = "Alipay Card")).err().unwrap();
        assert!(messages(&partial.error)[0].starts_with("`Alipay Card` is not a method name"));
    }

    #[test]
    fn a_method_that_is_not_a_string_is_not_also_missing() {
        let partial = parse(quote!(method = alipay.a.b)).err().unwrap();
        assert_eq!(
            messages(&partial.error),
            ["`method` takes a string literal, like `method = \"alipay.marketing.card.query\"`"]
        );
    }

    #[test]
    fn syntax_errors() {
        let partial = parse(quote!(method: "x")).err().unwrap();
        assert!(messages(&partial.error)[0].contains("expected `method = \"...\"`"), "{:?}", messages(&partial.error));
    }
}
