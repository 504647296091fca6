//! Object types (`Request`, `Response`, the named types) as structs with a constructor and setters.

use alipay_spec::ObjectType;
use alipay_spec::naming::field_ident;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::context::{Context, ident};
use crate::docs::{self, Doc};
use crate::types::{field_type, is_string, rust_type, serde_attribute};

/// Clippy's default limit on a function's parameters; a constructor with more says it means it.
const MANY_ARGUMENTS: usize = 7;

/// The struct of an object type, its derives, and `new` plus setters.
pub(crate) fn expand(cx: &Context, object: &ObjectType, doc: &Doc) -> TokenStream {
    let name = ident(&object.name);
    let serde = &cx.serde;
    let serde_text = &cx.serde_text;
    let doc = doc.outer();

    let names: Vec<String> = object.fields.iter().map(|field| field_ident(&field.name)).collect();
    let idents: Vec<Ident> = names.iter().map(|name| ident(name)).collect();

    let fields = object.fields.iter().zip(&names).zip(&idents).map(|((field, rust_name), field_name)| {
        let doc = docs::field(field).outer();
        let serde_attribute = serde_attribute(cx, field, rust_name);
        let ty = field_type(cx, &object.name, field);
        quote! {
            #doc
            #serde_attribute
            pub #field_name: #ty,
        }
    });

    let all_optional = object.fields.iter().all(|field| !field.required);
    let default = all_optional.then(|| quote!(::core::default::Default,));
    let constructor = constructor(cx, object, &idents);
    let setters = object.fields.iter().zip(&idents).filter(|(field, _)| !field.required).map(|(field, field_name)| {
        let setter = if field_name == "new" { format_ident!("with_new") } else { field_name.clone() };
        let summary = field.description.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default();
        let doc = Doc::new().paragraph(format!("Sets `{}`: {}", field.name, docs::escape(summary))).outer();
        let (parameter, value) = if is_string(&field.ty) {
            (quote!(impl ::core::convert::Into<::std::string::String>), quote!(#field_name.into()))
        } else if cx.recursion.is_boxed(&object.name, &field.name) {
            (rust_type(cx, &field.ty), quote!(::std::boxed::Box::new(#field_name)))
        } else {
            (rust_type(cx, &field.ty), quote!(#field_name))
        };
        quote! {
            #doc
            pub fn #setter(mut self, #field_name: #parameter) -> Self {
                self.#field_name = ::core::option::Option::Some(#value);
                self
            }
        }
    });

    quote! {
        #doc
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, #default #serde::Serialize, #serde::Deserialize)]
        #[serde(crate = #serde_text)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            #constructor
            #(#setters)*
        }
    }
}

/// `new`, taking the required fields in spec order; the optional ones start as `None`.
fn constructor(cx: &Context, object: &ObjectType, idents: &[Ident]) -> TokenStream {
    let required: Vec<_> = object.fields.iter().zip(idents).filter(|(field, _)| field.required).collect();
    let parameters = required.iter().map(|(field, field_name)| {
        let ty = if is_string(&field.ty) {
            quote!(impl ::core::convert::Into<::std::string::String>)
        } else {
            rust_type(cx, &field.ty)
        };
        quote!(#field_name: #ty)
    });
    let values = object.fields.iter().zip(idents).map(|(field, field_name)| {
        if !field.required {
            quote!(#field_name: ::core::option::Option::None)
        } else if is_string(&field.ty) {
            quote!(#field_name: #field_name.into())
        } else {
            quote!(#field_name)
        }
    });
    let doc = if object.fields.is_empty() {
        format!("Creates a `{}`.", object.name)
    } else if required.is_empty() {
        format!("Creates a `{}` with every field unset; set them with the setters.", object.name)
    } else if required.len() == object.fields.len() {
        format!("Creates a `{}` from its fields.", object.name)
    } else {
        format!("Creates a `{}` from its required fields; set the optional ones with the setters.", object.name)
    };
    let doc = Doc::new().paragraph(doc).outer();
    let allow = (required.len() > MANY_ARGUMENTS).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        #doc
        #allow
        pub fn new(#(#parameters),*) -> Self {
            Self { #(#values),* }
        }
    }
}
