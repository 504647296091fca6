//! The `#[alipay_api]` attribute: an Alipay OpenAPI method's types, generated from its spec file.
//!
//! Use it through `alipay-apis`, which re-exports what the generated code needs. The pipeline, one file
//! per stage: `attr` parses the arguments, `load` reads the spec and `common.toml` and hands them to
//! `alipay-spec`, `validate` checks the attribute against them, `expand` calls `alipay-codegen`, and
//! `fallback` emits stubs beside the errors when something is wrong.

mod attr;
mod expand;
mod fallback;
mod load;
mod validate;

use proc_macro::TokenStream;

/// Generates the types of one OpenAPI method inside an inline module, from the method's spec.
///
/// ```ignore
/// #[alipay_api(method = "alipay.marketing.card.query")]
/// pub mod marketing_card_query {}
/// ```
///
/// Arguments:
/// - `method = "..."` (required): the method name; it must be the spec's.
/// - `spec = "path"`: the spec file, relative to the crate's directory; `specs/<method>.toml` by default.
/// - `common = "path"`: the shared codes; `specs/common.toml` by default.
/// - `crate = "path"`: how the generated code names the runtime; `::alipay_apis` by default.
///
/// The module gets `METHOD`, `RESPONSE_KEY`, `Request`, `Response`, every named type and enumeration of
/// the spec, and `SubCode`; items written inside the module are kept. Every mistake in the attribute or
/// the spec is a compile error that names the spec file, line and column.
#[proc_macro_attribute]
pub fn alipay_api(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::alipay_api(args.into(), input.into()).into()
}
