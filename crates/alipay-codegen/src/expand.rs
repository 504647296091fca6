//! The whole expansion of one spec: the pipeline's last stage, assembling what the other files generate.

use alipay_spec::naming::{field_ident, response_key};
use alipay_spec::{Common, RequestIn, Spec};
use proc_macro2::TokenStream;
use quote::quote;

use crate::context::{Context, ident};
use crate::docs::{self, Doc};
use crate::{Options, enumeration, object, sub_code, validate};

/// The items of a method's module, as a file: the module's docs as inner attributes, then
/// [`expand_items`]. This is what `alipay spec expand` prints and what the golden tests compare.
pub fn expand(spec: &Spec, common: &Common, options: &Options) -> TokenStream {
    let doc = doc(spec).inner();
    let items = expand_items(spec, common, options);
    quote! {
        #doc
        #items
    }
}

/// The module's docs as outer `#[doc]` attributes: the spec's title, method and description.
pub fn module_doc(spec: &Spec) -> TokenStream {
    doc(spec).outer()
}

fn doc(spec: &Spec) -> Doc {
    Doc::new()
        .paragraph(format!("{} ({})", docs::escape(spec.title.trim()), docs::code(&spec.method)))
        .text(&spec.description)
        .paragraph(match spec.request_in {
            RequestIn::BizContent => {
                "`Request` is the `biz_content` to send, `Response` the answer of a successful call and `SubCode` \
                 the `sub_code` of a failed one."
            }
            RequestIn::Params => {
                "`Request` is the parameters to send (each a top-level parameter, files as multipart parts), \
                 `Response` the answer of a successful call and `SubCode` the `sub_code` of a failed one."
            }
        })
}

/// The items of a method's module: constants, tracked files, types, impls.
pub fn expand_items(spec: &Spec, common: &Common, options: &Options) -> TokenStream {
    let cx = Context::new(options, spec);
    let private = &cx.private;
    let method = &spec.method;
    let response_key = response_key(method);

    let tracked = track_files(&options.tracked_files);
    let method_doc = Doc::new().paragraph(format!("The method name: {}.", docs::code(method))).outer();
    let response_key_doc =
        Doc::new().paragraph(format!("The key of the signed response node: {}.", docs::code(&response_key))).outer();

    let request_doc = match spec.request_in {
        RequestIn::BizContent => {
            Doc::new().paragraph(format!("The request parameters (`biz_content`) of {}.", docs::code(method)))
        }
        RequestIn::Params => {
            Doc::new().paragraph(format!("The request parameters of {}.", docs::code(method))).paragraph(
                "Each field is a top-level parameter, signed with the common ones (not in `biz_content`); a file is \
                 sent as a `multipart/form-data` part and is not signed.",
            )
        }
    }
    .text(&spec.request.description);
    let response_doc = Doc::new()
        .paragraph(format!(
            "The answer of a successful {} call: the response node's fields beside `code` and `msg`.",
            docs::code(method)
        ))
        .text(&spec.response.description);
    let roots = [(&spec.request, request_doc), (&spec.response, response_doc)];
    let named = spec.types.iter().map(|object| (object, Doc::new().text(&object.description)));
    let objects = roots.into_iter().chain(named).map(|(object, doc)| {
        let structure = object::expand(&cx, object, &doc);
        let validate = validate::object(&cx, object);
        quote!(#structure #validate)
    });

    let enums = spec.enums.iter().map(|enumeration| {
        let expanded = enumeration::expand(&cx, enumeration);
        let validate = validate::enumeration(&cx, enumeration);
        quote!(#expanded #validate)
    });
    let sub_code = sub_code::expand(&cx, spec, common);
    let request_in = request_in(&cx, spec);

    quote! {
        #tracked

        #method_doc
        pub const METHOD: &str = #method;

        #response_key_doc
        pub const RESPONSE_KEY: &str = #response_key;

        #(#objects)*
        #(#enums)*
        #sub_code

        impl #private::Method for Request {
            const NAME: &'static str = METHOD;
            const RESPONSE_KEY: &'static str = RESPONSE_KEY;
            type Response = Response;
            type SubCode = SubCode;
            #request_in
        }
    }
}

/// For a request whose fields travel as parameters, the `Method` items that say so: `REQUEST_IN`, and `files`
/// when it has `file` fields. Nothing for a `biz_content` request: the trait's defaults.
fn request_in(cx: &Context, spec: &Spec) -> TokenStream {
    let private = &cx.private;
    if spec.request_in == RequestIn::BizContent {
        return quote!();
    }
    let files: Vec<TokenStream> = spec
        .file_fields()
        .map(|field| {
            let name = &field.name;
            let field_name = ident(&field_ident(name));
            let file = if field.required {
                quote!(::core::option::Option::Some(&self.#field_name))
            } else {
                quote!(self.#field_name.as_ref())
            };
            quote!((#name, #file))
        })
        .collect();
    let files = (!files.is_empty()).then(|| {
        quote! {
            fn files(&self) -> ::std::vec::Vec<(&'static str, &#private::FileItem)> {
                #private::files([#(#files),*])
            }
        }
    });
    quote! {
        const REQUEST_IN: #private::RequestIn = #private::RequestIn::Params;
        #files
    }
}

/// `const _: &[u8] = include_bytes!("<path>");` for each file: the compiler then lists the files in
/// cargo's dep-info, so editing one rebuilds the crate. Paths must be absolute.
pub fn track_files(paths: &[String]) -> TokenStream {
    quote!(#(const _: &[u8] = include_bytes!(#paths);)*)
}
