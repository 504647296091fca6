//! Spec types to Rust types, and the serde attributes each field needs.

use alipay_spec::{Field, Scalar, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

use crate::context::{Context, ident};

/// The Rust type of a spec type: string -> `String`, integer -> `i64`, decimal -> `Decimal`,
/// boolean -> `bool`, datetime -> `DateTime`, file -> `FileItem`, `T[]` -> `Vec<T>`, named types by name.
pub(crate) fn rust_type(cx: &Context, ty: &TypeRef) -> TokenStream {
    let private = &cx.private;
    match ty {
        TypeRef::Scalar(Scalar::String) => quote!(::std::string::String),
        TypeRef::Scalar(Scalar::Integer) => quote!(i64),
        TypeRef::Scalar(Scalar::Decimal) => quote!(#private::Decimal),
        TypeRef::Scalar(Scalar::Boolean) => quote!(bool),
        TypeRef::Scalar(Scalar::DateTime) => quote!(#private::DateTime),
        TypeRef::Scalar(Scalar::File) => quote!(#private::FileItem),
        TypeRef::Object(name) | TypeRef::Enum(name) => {
            let name = ident(name);
            quote!(#name)
        }
        TypeRef::Array(item) => {
            let item = rust_type(cx, item);
            quote!(::std::vec::Vec<#item>)
        }
    }
}

/// The type of a field of `owner`: the spec type, boxed if it breaks a recursion, in `Option` unless
/// required.
pub(crate) fn field_type(cx: &Context, owner: &str, field: &Field) -> TokenStream {
    let mut ty = rust_type(cx, &field.ty);
    if cx.recursion.is_boxed(owner, &field.name) {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    if field.required { ty } else { quote!(::core::option::Option<#ty>) }
}

/// Whether a field's constructor parameter and setter take `impl Into<String>`.
pub(crate) fn is_string(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Scalar(Scalar::String))
}

/// The `#[serde(...)]` attribute of a field, if it needs one: the JSON name when the Rust name differs,
/// `default` and `skip_serializing_if` for optional fields, and the lenient integer deserialisers
/// (the platform sends integers both as numbers and as strings). A file is never serialised: it is sent as a
/// multipart part, and the request's serialisation is its text parameters.
pub(crate) fn serde_attribute(cx: &Context, field: &Field, rust_name: &str) -> TokenStream {
    if field.ty.is_file() {
        return quote!(#[serde(skip)]);
    }
    let mut parts = Vec::new();
    if rust_name.strip_prefix("r#").unwrap_or(rust_name) != field.name {
        let name = &field.name;
        parts.push(quote!(rename = #name));
    }
    if !field.required {
        parts.push(quote!(default, skip_serializing_if = "::core::option::Option::is_none"));
    }
    let lenient = match (&field.ty, field.required) {
        (TypeRef::Scalar(Scalar::Integer), true) => Some("i64"),
        (TypeRef::Scalar(Scalar::Integer), false) => Some("option_i64"),
        (TypeRef::Array(item), true) if **item == TypeRef::Scalar(Scalar::Integer) => Some("vec_i64"),
        (TypeRef::Array(item), false) if **item == TypeRef::Scalar(Scalar::Integer) => Some("option_vec_i64"),
        _ => None,
    };
    if let Some(function) = lenient {
        let path = format!("{}::{function}", cx.lenient_text);
        parts.push(quote!(deserialize_with = #path));
    }
    if parts.is_empty() { quote!() } else { quote!(#[serde(#(#parts),*)]) }
}
