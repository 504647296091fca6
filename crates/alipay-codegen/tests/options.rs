//! What the options and unusual field names change in the expansion.

use alipay_codegen::{Options, expand, expand_items, expand_pretty, module_doc, pretty, track_files};
use alipay_spec::{Common, SourceFile, Spec, parse_spec};

fn spec(fields: &str) -> Spec {
    let text = format!(
        "method = \"alipay.test.options.query\"\ntitle = \"选项\"\ndescription = \"Options.\"\n\n{fields}\n[response]\n"
    );
    parse_spec(&SourceFile::new("options.toml", text)).unwrap_or_else(|errors| panic!("{errors}"))
}

const CARD_NO: &str = "[request.card_no]\ntype = \"string\"\nrequired = true\ndescription = \"卡号\"\n";

#[test]
fn the_crate_path_names_every_runtime_item() {
    let options = Options { crate_path: syn::parse_quote!(crate::runtime), ..Options::default() };
    let code = expand_pretty(&spec(CARD_NO), &Common::default(), &options).unwrap();
    assert!(code.contains("#[serde(crate = \"crate::runtime::__private::serde\")]"), "{code}");
    assert!(code.contains("impl crate::runtime::__private::Method for Request"), "{code}");
    assert!(!code.contains("alipay_apis"), "{code}");
}

#[test]
fn tracked_files_become_include_bytes() {
    let files = vec!["/abs/specs/a.toml".to_owned(), "/abs/specs/common.toml".to_owned()];
    let tracked = track_files(&files).to_string();
    assert_eq!(
        tracked,
        "const _ : & [u8] = include_bytes ! (\"/abs/specs/a.toml\") ; \
         const _ : & [u8] = include_bytes ! (\"/abs/specs/common.toml\") ;"
    );
    let options = Options { tracked_files: files, ..Options::default() };
    let items = expand_items(&spec(CARD_NO), &Common::default(), &options).to_string();
    assert!(items.starts_with(&tracked), "{items}");
    let without = expand_items(&spec(CARD_NO), &Common::default(), &Options::default()).to_string();
    assert!(!without.contains("include_bytes"));
}

#[test]
fn the_module_docs_come_from_the_title_and_description() {
    let spec = spec(CARD_NO);
    let outer = module_doc(&spec).to_string();
    assert!(outer.starts_with("# [doc = \" 选项 (`alipay.test.options.query`)\"]"), "{outer}");
    let file = pretty(expand(&spec, &Common::default(), &Options::default())).unwrap();
    assert!(file.starts_with("//! 选项 (`alipay.test.options.query`)\n//!\n//! Options.\n"), "{file}");
}

#[test]
fn a_setter_never_shadows_the_constructor() {
    let fields = format!("{CARD_NO}\n[request.new]\ntype = \"boolean\"\ndescription = \"是否新卡\"\n");
    let code = expand_pretty(&spec(&fields), &Common::default(), &Options::default()).unwrap();
    assert!(code.contains("pub fn new(card_no: impl ::core::convert::Into<::std::string::String>) -> Self"), "{code}");
    assert!(code.contains("pub fn with_new(mut self, new: bool) -> Self"), "{code}");
}

#[test]
fn the_expansion_is_deterministic() {
    let spec = spec(CARD_NO);
    let first = expand(&spec, &Common::default(), &Options::default()).to_string();
    assert_eq!(first, expand(&spec, &Common::default(), &Options::default()).to_string());
}

/// A spec whose fields travel as parameters, with `fields`.
fn params_spec(fields: &str) -> Spec {
    let text = format!(
        "method = \"alipay.test.image.upload\"\ntitle = \"上传\"\ndescription = \"Upload.\"\nrequest_in = \"params\"\n\n\
         {fields}\n[response]\n"
    );
    parse_spec(&SourceFile::new("upload.toml", text)).unwrap_or_else(|errors| panic!("{errors}"))
}

const IMAGE_NAME: &str = "[request.image_name]\ntype = \"string\"\nrequired = true\ndescription = \"名称\"\n";

#[test]
fn a_params_request_says_so_and_lists_its_files() {
    let fields = format!(
        "{IMAGE_NAME}\n[request.image]\ntype = \"file\"\nrequired = true\nmax_length = 1024\ndescription = \"图片\"\n\
         \n[request.thumbnail]\ntype = \"file\"\ndescription = \"缩略图\"\n"
    );
    let code = expand_pretty(&params_spec(&fields), &Common::default(), &Options::default()).unwrap();
    assert!(
        code.contains(
            "const REQUEST_IN: ::alipay_apis::__private::RequestIn = ::alipay_apis::__private::RequestIn::Params;"
        ),
        "{code}"
    );
    assert!(code.contains("(\"image\", ::core::option::Option::Some(&self.image)),"), "{code}");
    assert!(code.contains("(\"thumbnail\", self.thumbnail.as_ref()),"), "{code}");
    // Files are never serialised; the required one is a constructor parameter, the optional one a setter.
    assert!(code.contains("#[serde(skip)]\n    pub image: ::alipay_apis::__private::FileItem,"), "{code}");
    assert!(
        code.contains("#[serde(skip)]\n    pub thumbnail: ::core::option::Option<::alipay_apis::__private::FileItem>,"),
        "{code}"
    );
    assert!(code.contains("image: ::alipay_apis::__private::FileItem,\n    ) -> Self"), "{code}");
    assert!(
        code.contains("pub fn thumbnail(mut self, thumbnail: ::alipay_apis::__private::FileItem) -> Self"),
        "{code}"
    );
    assert!(code.contains("/// Required. At most 1024 bytes."), "{code}");
}

#[test]
fn a_params_request_without_files_keeps_the_default_files() {
    let code = expand_pretty(&params_spec(IMAGE_NAME), &Common::default(), &Options::default()).unwrap();
    assert!(code.contains("RequestIn::Params;"), "{code}");
    assert!(!code.contains("fn files"), "{code}");
    // A `biz_content` request says nothing: the trait's defaults.
    let code = expand_pretty(&spec(CARD_NO), &Common::default(), &Options::default()).unwrap();
    assert!(!code.contains("REQUEST_IN") && !code.contains("fn files"), "{code}");
    assert!(code.contains("The request parameters (`biz_content`)"), "{code}");
}
