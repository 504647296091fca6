//! What a failed expansion still emits: the module, the user's items and a stub for every type name
//! that could be read, so that code using them reports the spec's errors and nothing else.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::ItemMod;

use crate::expand::assemble;

/// The module with stubs of `Request`, `Response`, `SubCode`, and of the object types and enumerations
/// the spec's text declares (read line by line, as the file may not parse), plus `errors`.
pub(crate) fn expand(
    module: ItemMod,
    method: Option<&str>,
    spec_text: Option<&str>,
    tracked: &[String],
    errors: TokenStream,
) -> TokenStream {
    let (objects, enums) = spec_text.map(declared_names).unwrap_or_default();
    let stub_doc = "Not generated: the spec has errors (see the compiler's messages).";
    let objects = ["Request", "Response"].into_iter().map(str::to_owned).chain(objects).map(|name| {
        let name = Ident::new(&name, Span::call_site());
        quote!(#[doc = #stub_doc] pub struct #name {})
    });
    let enums = std::iter::once("SubCode".to_owned()).chain(enums).map(|name| {
        let name = Ident::new(&name, Span::call_site());
        quote!(#[doc = #stub_doc] pub enum #name {})
    });
    let constants = method.map(|method| {
        let response_key = alipay_spec::naming::response_key(method);
        quote! {
            #[doc = #stub_doc]
            pub const METHOD: &str = #method;
            #[doc = #stub_doc]
            pub const RESPONSE_KEY: &str = #response_key;
        }
    });
    let tracking = alipay_codegen::track_files(tracked);
    let doc = match method {
        Some(method) => format!(" `{method}`: not generated, the spec has errors."),
        None => " Not generated: the attribute has errors.".to_owned(),
    };
    let items = quote! {
        #tracking
        #constants
        #(#objects)*
        #(#enums)*
    };
    let module = assemble(module, quote!(#[doc = #doc]), items);
    quote! {
        #errors
        #module
    }
}

/// The object type and enumeration names declared by the spec's table headers (`[types.Name.field]`,
/// `[enums.Name]`), in file order, without duplicates or names that are not identifiers.
fn declared_names(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut objects, mut enums) = (Vec::<String>::new(), Vec::<String>::new());
    for line in text.lines() {
        let Some(header) = line.trim().strip_prefix('[').and_then(|rest| rest.split(']').next()) else {
            continue;
        };
        let mut parts = header.split('.').map(str::trim);
        let list = match parts.next() {
            Some("types") => &mut objects,
            Some("enums") => &mut enums,
            _ => continue,
        };
        let Some(name) = parts.next() else { continue };
        let reserved = ["Request", "Response", "SubCode"].contains(&name);
        if alipay_spec::naming::is_type_name(name) && !reserved && !list.iter().any(|known| known == name) {
            list.push(name.to_owned());
        }
    }
    enums.retain(|name| !objects.contains(name));
    (objects, enums)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_from_table_headers() {
        let text = "method = \"x\"\n[types.CardUserInfo.user_id]\n[types.CardUserInfo.kind]\n [ types.Item.x ]\n\
                    [enums.Kind]\n[enums.bad-name]\n[types.Request.x]\n[request.x]\n[types.Kind.y]\nbroken = \n";
        let (objects, enums) = declared_names(text);
        assert_eq!(objects, ["CardUserInfo", "Item", "Kind"]);
        assert!(enums.is_empty());
    }
}
