//! `Validate` and `FieldValue` impls: one `validator.field(...)` call per field; the rules live in the
//! runtime.

use alipay_spec::naming::field_ident;
use alipay_spec::{EnumType, Field, ObjectType};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::context::{Context, ident};

/// `impl Validate` (the object's own fields) and `impl FieldValue` (the object as a field of another).
pub(crate) fn object(cx: &Context, object: &ObjectType) -> TokenStream {
    let private = &cx.private;
    let name = ident(&object.name);
    let checks = object.fields.iter().map(|field| field_check(cx, field));
    let validator = if object.fields.is_empty() { quote!(_validator) } else { quote!(validator) };
    quote! {
        impl #private::Validate for #name {
            fn validate_into(&self, #validator: &mut #private::Validator) {
                #(#checks)*
            }
        }

        impl #private::FieldValue for #name {
            fn check(&self, validator: &mut #private::Validator, rules: #private::Rules) {
                validator.check_object(self, rules);
            }
        }
    }
}

/// `impl FieldValue` for an enumeration: its value must be one the spec lists.
pub(crate) fn enumeration(cx: &Context, enumeration: &EnumType) -> TokenStream {
    let private = &cx.private;
    let name = ident(&enumeration.name);
    quote! {
        impl #private::FieldValue for #name {
            fn check(&self, validator: &mut #private::Validator, rules: #private::Rules) {
                validator.check_enumeration(self, rules);
            }
        }
    }
}

/// The check of one field with its rules.
fn field_check(cx: &Context, field: &Field) -> TokenStream {
    let private = &cx.private;
    let name = &field.name;
    let field_name = ident(&field_ident(&field.name));
    let required = field.required;
    let max_length = option(field.max_length);
    let max_items = option(field.max_items);
    quote! {
        validator.field(#name, &self.#field_name, #private::Rules { required: #required, max_length: #max_length, max_items: #max_items });
    }
}

fn option(value: Option<u32>) -> TokenStream {
    match value {
        Some(value) => {
            let value = Literal::u32_unsuffixed(value);
            quote!(::core::option::Option::Some(#value))
        }
        None => quote!(::core::option::Option::None),
    }
}
