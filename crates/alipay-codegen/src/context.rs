//! What every part of the expansion shares: the paths generated code names the runtime by.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use alipay_spec::Spec;

use crate::Options;
use crate::recursion::Recursion;

/// The runtime paths of one expansion.
pub(crate) struct Context {
    /// `<crate>::__private`: everything generated code names lives there.
    pub private: TokenStream,
    /// `<crate>::__private::serde`, for the derives.
    pub serde: TokenStream,
    /// The same path as text, for `#[serde(crate = "...")]`.
    pub serde_text: String,
    /// `<crate>::__private::lenient` as text, for `deserialize_with`.
    pub lenient_text: String,
    /// The fields boxed to break recursion.
    pub recursion: Recursion,
}

impl Context {
    pub(crate) fn new(options: &Options, spec: &Spec) -> Self {
        let krate = &options.crate_path;
        let krate_text = path_text(krate);
        Self {
            private: quote!(#krate::__private),
            serde: quote!(#krate::__private::serde),
            serde_text: format!("{krate_text}::__private::serde"),
            lenient_text: format!("{krate_text}::__private::lenient"),
            recursion: Recursion::of(spec),
        }
    }
}

/// A path as compact text (`::alipay_apis`), the way serde's string attributes expect it.
fn path_text(path: &syn::Path) -> String {
    let mut text = String::new();
    if path.leading_colon.is_some() {
        text.push_str("::");
    }
    for (index, segment) in path.segments.iter().enumerate() {
        if index > 0 {
            text.push_str("::");
        }
        text.push_str(&segment.ident.to_string());
    }
    text
}

/// An identifier from the spec crate's naming functions, which give raw identifiers as `r#type`.
pub(crate) fn ident(text: &str) -> Ident {
    match text.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(text, Span::call_site()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_text_is_compact() {
        assert_eq!(path_text(&syn::parse_quote!(::alipay_apis)), "::alipay_apis");
        assert_eq!(path_text(&syn::parse_quote!(crate::runtime)), "crate::runtime");
        assert_eq!(path_text(&syn::parse_quote!(my_sdk)), "my_sdk");
    }

    #[test]
    fn raw_identifiers_are_kept_raw() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("card_no").to_string(), "card_no");
    }
}
