// A spec with one mistake, used by code that names its types: the spec's error is the only error (the
// attribute still emits the module and stubs of the types, so nothing else fails).
#![deny(missing_docs)]
//! A crate using a method whose spec has an error.

use alipay_apis::alipay_api;

#[alipay_api(method = "alipay.test.ui.query", spec = "tests/ui/fallback.toml")]
pub mod ui_query {
    /// An item written in the module is kept.
    pub fn describe(_request: &Request) -> &'static str {
        METHOD
    }
}

/// Names every type of the spec.
pub fn handle(
    request: ui_query::Request,
    _response: ui_query::Response,
    _card: ui_query::CardInfo,
    _kind: Option<ui_query::CardKind>,
    _code: Option<ui_query::SubCode>,
) -> &'static str {
    ui_query::describe(&request)
}

fn main() {
    let _ = ui_query::RESPONSE_KEY;
}
