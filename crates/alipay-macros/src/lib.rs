//! The `#[alipay_api]` attribute.
use proc_macro::TokenStream;

/// Generates a method's types from its spec.
#[proc_macro_attribute]
pub fn alipay_api(_args: TokenStream, input: TokenStream) -> TokenStream {
    input
}
