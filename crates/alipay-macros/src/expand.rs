//! The attribute's pipeline: parse the attribute, load the files, check them against each other, and
//! expand (or fall back to stubs with every error).

use alipay_codegen::Options;
use alipay_spec::Diagnostics;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{AttrStyle, Item, ItemMod, LitStr};

use crate::{attr, fallback, load, validate};

/// `#[alipay_api(args)] input`.
pub(crate) fn alipay_api(args: TokenStream, input: TokenStream) -> TokenStream {
    let module = match module(input) {
        Ok(module) => module,
        Err(error_and_input) => return error_and_input,
    };
    let args = match attr::parse(args) {
        Ok(args) => args,
        Err(partial) => {
            let method = partial.method.map(|method| method.value());
            return fallback::expand(module, method.as_deref(), None, &[], partial.error.to_compile_error());
        }
    };

    let method = args.method.value();
    let loaded = load::load(&args);
    let tracked: Vec<String> = [&loaded.spec.tracked, &loaded.common.tracked].into_iter().flatten().cloned().collect();
    let (spec, common) = (&loaded.spec, &loaded.common);

    let errors = match (&spec.parsed, &common.parsed, &spec.file) {
        (Ok(parsed_spec), Ok(parsed_common), Some(spec_file)) => {
            match validate::check(&method, parsed_spec, spec_file, parsed_common) {
                Ok(()) => {
                    let options = Options {
                        crate_path: args.krate.clone().unwrap_or(Options::default().crate_path),
                        tracked_files: tracked,
                    };
                    let doc = alipay_codegen::module_doc(parsed_spec);
                    let items = alipay_codegen::expand_items(parsed_spec, parsed_common, &options);
                    return assemble(module, doc, items);
                }
                Err(diagnostics) => compile_errors(&diagnostics, &spec.literal),
            }
        }
        _ => {
            let mut errors = TokenStream::new();
            if let Err(diagnostics) = &spec.parsed {
                errors.extend(compile_errors(diagnostics, &spec.literal));
            }
            if let Err(diagnostics) = &common.parsed {
                errors.extend(compile_errors(diagnostics, &common.literal));
            }
            errors
        }
    };
    let spec_text = spec.file.as_ref().map(|file| file.text.as_str());
    fallback::expand(module, Some(&method), spec_text, &tracked, errors)
}

/// The inline module the attribute is on; otherwise an error, followed by the item unchanged.
fn module(input: TokenStream) -> Result<ItemMod, TokenStream> {
    let message = match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Mod(module)) if module.content.is_some() => return Ok(module),
        Ok(Item::Mod(_)) => {
            "`#[alipay_api]` needs an inline module to fill, like `pub mod marketing_card_query {}`, not `mod name;`"
        }
        Ok(_) => {
            "`#[alipay_api]` goes on an inline module, like `pub mod marketing_card_query {}`: it generates the method's types inside it"
        }
        Err(error) => return Err(error.to_compile_error()),
    };
    let error = syn::Error::new(proc_macro2::Span::call_site(), message).to_compile_error();
    Err(quote!(#error #input))
}

/// One `compile_error!` per diagnostic, each pointing at `literal` and carrying the spec file's
/// location in its text.
fn compile_errors(diagnostics: &Diagnostics, literal: &LitStr) -> TokenStream {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let text = diagnostic.to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            syn::Error::new(literal.span(), text).to_compile_error()
        })
        .collect()
}

/// The module with the generated docs first, the user's attributes, the generated items, then the user's
/// own items.
pub(crate) fn assemble(module: ItemMod, doc: TokenStream, items: TokenStream) -> TokenStream {
    let ItemMod { attrs, vis, unsafety, mod_token, ident, content, .. } = module;
    let (inner, outer): (Vec<_>, Vec<_>) =
        attrs.into_iter().partition(|attr| matches!(attr.style, AttrStyle::Inner(_)));
    let user_items = content.map(|(_, items)| items).unwrap_or_default();
    quote! {
        #doc
        #(#outer)*
        #vis #unsafety #mod_token #ident {
            #(#inner)*
            #items
            #(#user_items)*
        }
    }
}
