//! The expansion of the repository's real specs: it parses as Rust and has the items the runtime expects.

use std::path::Path;

use alipay_codegen::{Options, expand_pretty};
use alipay_spec::{Common, SourceFile, Spec, parse_common, parse_spec};

fn read(relative: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative);
    SourceFile::new(relative, std::fs::read_to_string(&path).unwrap())
}

fn load(method: &str) -> (Spec, Common) {
    let spec = parse_spec(&read(&format!("specs/{method}.toml"))).unwrap_or_else(|errors| panic!("{errors}"));
    let common = parse_common(&read("specs/common.toml")).unwrap_or_else(|errors| panic!("{errors}"));
    (spec, common)
}

#[test]
fn marketing_card_query() {
    let (spec, common) = load("alipay.marketing.card.query");
    let code = expand_pretty(&spec, &common, &Options::default()).unwrap();
    for expected in [
        "pub const METHOD: &str = \"alipay.marketing.card.query\";",
        "pub const RESPONSE_KEY: &str = \"alipay_marketing_card_query_response\";",
        "pub struct Request {",
        "pub struct Response {",
        "pub struct CardUserInfo {",
        "pub struct MerchantCard {",
        "pub enum TargetCardNoType {",
        "pub enum SubCode {",
        "IspUnknowError,",
        "CardNotExit,",
        "impl ::alipay_apis::__private::Method for Request {",
    ] {
        assert!(code.contains(expected), "missing `{expected}` in:\n{code}");
    }
}
