//! Enumerations: the documented values as variants, any other value kept in `Unknown(String)`.
//!
//! Each enum gets small impls that call the runtime's shared code (`Enumeration`'s provided methods,
//! `__private::enumeration::{serialize, deserialize}`), not derived string matches.

use alipay_spec::EnumType;
use alipay_spec::naming::variant_name;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::context::{Context, ident};
use crate::docs::{self, Doc};

/// One known value of an enumeration.
pub(crate) struct Variant {
    /// The variant's name.
    pub ident: Ident,
    /// The value as sent.
    pub value: String,
    /// The variant's doc comment.
    pub doc: Doc,
}

/// A named enumeration of a spec.
pub(crate) fn expand(cx: &Context, enumeration: &EnumType) -> TokenStream {
    let name = ident(&enumeration.name);
    let doc = Doc::new()
        .text(&enumeration.description)
        .paragraph("A value the platform adds later decodes as `Unknown`, so decoding never fails on it.");
    let variants: Vec<Variant> = enumeration
        .values
        .iter()
        .map(|value| Variant {
            ident: ident(&variant_name(&value.value)),
            value: value.value.clone(),
            doc: Doc::new().paragraph(format!("{}: {}", docs::code(&value.value), docs::escape(&value.description))),
        })
        .collect();
    expand_enumeration(cx, &name, &doc, &variants)
}

/// The enum, `impl Enumeration`, serde, `Display` and `From<&str>`; shared with the `SubCode` enum.
pub(crate) fn expand_enumeration(cx: &Context, name: &Ident, doc: &Doc, variants: &[Variant]) -> TokenStream {
    let private = &cx.private;
    let serde = &cx.serde;
    let doc = doc.outer();
    let variant_docs = variants.iter().map(|variant| variant.doc.outer());
    let idents: Vec<&Ident> = variants.iter().map(|variant| &variant.ident).collect();
    let values = variants.iter().map(|variant| &variant.value);
    let indexes: Vec<Literal> = (0..variants.len()).map(Literal::usize_unsuffixed).collect();
    let other_known = (!variants.is_empty()).then(|| quote!(_ => "",));

    quote! {
        #doc
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #idents,)*
            /// A value this version does not know, kept as sent.
            Unknown(::std::string::String),
        }

        impl #private::Enumeration for #name {
            const VALUES: &'static [&'static str] = &[#(#values),*];

            fn known_index(&self) -> ::core::option::Option<usize> {
                match self {
                    #(Self::#idents => ::core::option::Option::Some(#indexes),)*
                    Self::Unknown(_) => ::core::option::Option::None,
                }
            }

            fn from_known_index(index: usize) -> Self {
                match index {
                    #(#indexes => Self::#idents,)*
                    _ => Self::Unknown(::std::string::String::new()),
                }
            }

            fn from_unknown(value: ::std::string::String) -> Self {
                Self::Unknown(value)
            }

            fn unknown_text(&self) -> &str {
                match self {
                    Self::Unknown(value) => value,
                    #other_known
                }
            }
        }

        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                #private::enumeration::serialize(self, serializer)
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                #private::enumeration::deserialize(deserializer)
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(#private::Enumeration::as_str(self))
            }
        }

        impl ::core::convert::From<&str> for #name {
            fn from(text: &str) -> Self {
                #private::Enumeration::from_text(text)
            }
        }
    }
}
