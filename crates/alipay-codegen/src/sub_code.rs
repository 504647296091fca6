//! The `SubCode` enum: a method's business error codes, then the common ones, then `Unknown`.

use alipay_spec::naming::variant_name;
use alipay_spec::{Common, ErrorCode, Spec};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::context::{Context, ident};
use crate::docs::{self, Doc};
use crate::enumeration::{Variant, expand_enumeration};

/// The codes of the enum, in order: the spec's own, then the common ones. The spec checks
/// (`check_against_common`) refuse a spec whose code shares a variant with a common one, so none repeats.
pub(crate) fn codes<'a>(spec: &'a Spec, common: &'a Common) -> Vec<&'a ErrorCode> {
    spec.errors.iter().chain(&common.sub_codes).collect()
}

/// `SubCode` with `impl SubCode` (`INFO`: each known code's description and solution).
pub(crate) fn expand(cx: &Context, spec: &Spec, common: &Common) -> TokenStream {
    let private = &cx.private;
    let codes = codes(spec, common);
    let name = format_ident!("SubCode");
    let doc = Doc::new().paragraph(format!("The `sub_code`s of `{}`.", spec.method)).paragraph(
        "Its business error codes first (the doc page's 业务错误码), then the common codes any method may \
             answer; a code the platform adds later decodes as `Unknown`. Each known code's description and \
             solution are in `SubCode::INFO`, and `info()` gives them for one value.",
    );
    let variants: Vec<Variant> = codes
        .iter()
        .map(|code| {
            let mut text = format!("{}: {}", docs::code(&code.code), one_line(&code.description));
            if !code.solution.trim().is_empty() {
                text.push_str(" — ");
                text.push_str(&one_line(&code.solution));
            }
            Variant {
                ident: ident(&variant_name(&code.code)),
                value: code.code.clone(),
                doc: Doc::new().paragraph(text),
            }
        })
        .collect();
    let enumeration = expand_enumeration(cx, &name, &doc, &variants);
    let info = codes.iter().map(|code| {
        let (text, description, solution) = (&code.code, code.description.trim(), code.solution.trim());
        quote!(#private::CodeInfo { code: #text, description: #description, solution: #solution })
    });
    quote! {
        #enumeration

        impl #private::SubCode for SubCode {
            const INFO: &'static [#private::CodeInfo] = &[#(#info),*];
        }
    }
}

/// Spec text as one escaped line.
fn one_line(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    docs::escape(&lines.join(" "))
}
