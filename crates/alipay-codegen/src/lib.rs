//! Generates the Rust types of an Alipay OpenAPI method from its spec.
//!
//! The `#[alipay_api]` attribute, the `alipay` tool (`alipay spec expand`) and the golden tests all call
//! [`expand`]: one resolved, validated [`Spec`] (from [`alipay_spec::parse_spec`]) plus the shared
//! [`Common`] codes in, the items of the method's module out:
//!
//! - `METHOD` and `RESPONSE_KEY`, and one `include_bytes!` per tracked file, so that editing a spec
//!   rebuilds the crate that uses it;
//! - `Request` (the `biz_content`), `Response` and every named object type as a `#[non_exhaustive]` struct
//!   with `new(required...)` and one setter per optional field;
//! - every named enumeration, and `SubCode` (the method's business codes, then the common ones), as a
//!   `#[non_exhaustive]` enum that keeps values it does not know in an `Unknown(String)` variant;
//! - `Validate`/`FieldValue` impls that check the spec's rules, and `impl Method for Request` (which, for a
//!   request whose fields travel as parameters, says so and lists its `file` fields).
//!
//! Generated code names the runtime only through `<crate>::__private`, so its users need no other
//! dependency. The expansion is deterministic: the same spec always gives the same text.
//!
//! ```
//! use alipay_codegen::{Options, expand_pretty};
//! use alipay_spec::{Common, Examples, ObjectType, RequestIn, Span, Spec};
//!
//! let object = |name: &str| ObjectType {
//!     name: name.to_owned(),
//!     description: String::new(),
//!     fields: Vec::new(),
//!     span: Span::default(),
//! };
//! let spec = Spec {
//!     method: "alipay.demo.ping".to_owned(),
//!     title: "Ping".to_owned(),
//!     description: "Checks that the gateway answers.".to_owned(),
//!     request_in: RequestIn::BizContent,
//!     request: object("Request"),
//!     response: object("Response"),
//!     types: Vec::new(),
//!     enums: Vec::new(),
//!     errors: Vec::new(),
//!     examples: Examples::default(),
//! };
//! let code = expand_pretty(&spec, &Common::default(), &Options::default()).unwrap();
//! assert!(code.contains(r#"pub const RESPONSE_KEY: &str = "alipay_demo_ping_response";"#));
//! assert!(code.contains("pub struct Request {}"));
//! ```

mod context;
mod docs;
mod enumeration;
mod expand;
mod object;
mod recursion;
mod sub_code;
mod types;
mod validate;

use proc_macro2::TokenStream;

pub use alipay_spec::{Common, Spec};
pub use expand::{expand, expand_items, module_doc, track_files};

/// How to expand a spec.
#[derive(Clone)]
pub struct Options {
    /// The path generated code names the runtime crate by; `::alipay_apis` unless set.
    pub crate_path: syn::Path,
    /// Files whose edits must rebuild the generated code (the spec and `common.toml`), as absolute paths.
    /// Each becomes `const _: &[u8] = include_bytes!("<path>");`, which puts the file in cargo's dep-info.
    pub tracked_files: Vec<String>,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let crate_path = &self.crate_path;
        f.debug_struct("Options")
            .field("crate_path", &quote::quote!(#crate_path).to_string())
            .field("tracked_files", &self.tracked_files)
            .finish()
    }
}

impl Default for Options {
    fn default() -> Self {
        Self { crate_path: syn::parse_quote!(::alipay_apis), tracked_files: Vec::new() }
    }
}

/// [`expand`], formatted as a Rust source file with `prettyplease`.
///
/// # Errors
///
/// Fails only if the expansion is not valid Rust, which would be a bug of this crate.
pub fn expand_pretty(spec: &Spec, common: &Common, options: &Options) -> syn::Result<String> {
    pretty(expand(spec, common, options))
}

/// Formats a token stream holding a whole file's items (inner attributes first) with `prettyplease`.
///
/// # Errors
///
/// Fails if `tokens` is not a valid Rust file.
pub fn pretty(tokens: TokenStream) -> syn::Result<String> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
