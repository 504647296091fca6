//! Rust names derived from spec names: field identifiers, enum variants, the response key, module names.
//!
//! The code generator and the checker share these functions, so a spec that passes the checker always
//! expands to valid, collision-free identifiers.

/// The variant every generated enumeration keeps for values its spec does not list.
pub const FALLBACK_VARIANT: &str = "Unknown";

/// Type names a spec may not declare: the items generated for every method, `Self`, and the prelude
/// names generated code relies on.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Request", "Response", "SubCode", "Self", "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box",
];

/// Rust's keywords (strict and reserved, edition 2024): field names among them are written as raw identifiers.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a trailing `_` instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate"];

/// Whether `word` is a Rust keyword (strict or reserved, edition 2024).
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// Whether `name` is a valid field name: snake_case ASCII, `[a-z_][a-z0-9_]*`, and not `_` alone.
pub fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = matches!(chars.next(), Some('a'..='z' | '_'));
    first_ok && name != "_" && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

/// Whether `name` is a valid type name: an UpperCamelCase ASCII identifier, `[A-Z][A-Za-z0-9]*`
/// (acronyms allowed, as in `MdCodeInfoDTO`).
pub fn is_type_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The Rust identifier of a field, as text: the name itself, `r#name` for a keyword, or `name_` for the
/// keywords that cannot be raw (`self`, `super`, `crate`).
///
/// ```
/// use alipay_spec::naming::field_ident;
/// assert_eq!(field_ident("card_no"), "card_no");
/// assert_eq!(field_ident("type"), "r#type");
/// assert_eq!(field_ident("self"), "self_");
/// ```
pub fn field_ident(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        format!("{name}_")
    } else if is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// The words of a name: runs of ASCII letters and digits, split again at case boundaries
/// (`cardNo` -> `card`, `No`; `HTTPServer` -> `HTTP`, `Server`). Anything else separates words.
pub fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for run in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|run| !run.is_empty()) {
        let bytes = run.as_bytes();
        let mut start = 0;
        for i in 1..bytes.len() {
            let (prev, here) = (bytes[i - 1], bytes[i]);
            let next_is_lower = bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            let lower_to_upper = (prev.is_ascii_lowercase() || prev.is_ascii_digit()) && here.is_ascii_uppercase();
            let acronym_end = prev.is_ascii_uppercase() && here.is_ascii_uppercase() && next_is_lower;
            if lower_to_upper || acronym_end {
                words.push(&run[start..i]);
                start = i;
            }
        }
        words.push(&run[start..]);
    }
    words
}

/// `text` in UpperCamelCase: each word of [`words`] capitalised, the rest lowercased, joined.
/// Empty when `text` has no ASCII letter or digit.
pub fn upper_camel_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in words(text) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// `text` in snake_case: the words of [`words`], lowercased, joined with `_`.
pub fn snake_case(text: &str) -> String {
    words(text).iter().map(|word| word.to_ascii_lowercase()).collect::<Vec<_>>().join("_")
}

/// The Rust variant name of an enumeration value or a `sub_code`: [`upper_camel_case`], prefixed with `V`
/// when it would start with a digit, and `Self_` for `Self`. Empty when the value has no ASCII letter or
/// digit (the checker rejects such values).
///
/// ```
/// use alipay_spec::naming::variant_name;
/// assert_eq!(variant_name("D_QR_CODE"), "DQrCode");
/// assert_eq!(variant_name("isv.invalid-signature"), "IsvInvalidSignature");
/// assert_eq!(variant_name("10000"), "V10000");
/// ```
pub fn variant_name(value: &str) -> String {
    let name = upper_camel_case(value);
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else if name == "Self" {
        "Self_".to_owned()
    } else {
        name
    }
}

/// The key of a method's signed response node: `alipay.marketing.card.query` ->
/// `alipay_marketing_card_query_response`.
///
/// ```
/// assert_eq!(
///     alipay_spec::naming::response_key("alipay.marketing.card.query"),
///     "alipay_marketing_card_query_response"
/// );
/// ```
pub fn response_key(method: &str) -> String {
    format!("{}_response", method.replace('.', "_"))
}

/// A module name for a method's generated items: the method without its `alipay.` prefix, segments joined
/// with `_` (`alipay.marketing.card.query` -> `marketing_card_query`); a keyword gets a trailing `_`.
///
/// ```
/// assert_eq!(alipay_spec::naming::module_name("alipay.marketing.card.query"), "marketing_card_query");
/// assert_eq!(alipay_spec::naming::module_name("zhima.credit.score.get"), "zhima_credit_score_get");
/// ```
pub fn module_name(method: &str) -> String {
    let name = method.strip_prefix("alipay.").unwrap_or(method).replace('.', "_");
    if is_keyword(&name) { format!("{name}_") } else { name }
}

/// Whether `method` is a method name: at least three lowercase dot-separated segments, each
/// `[a-z][a-z0-9]*` (`alipay.marketing.card.query`, `zhima.credit.score.get`).
pub fn is_method_name(method: &str) -> bool {
    let segments: Vec<&str> = method.split('.').collect();
    segments.len() >= 3
        && segments.iter().all(|segment| {
            let mut chars = segment.chars();
            matches!(chars.next(), Some('a'..='z')) && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_idents() {
        assert_eq!(field_ident("card_no"), "card_no");
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("gen"), "r#gen");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("super"), "super_");
        assert_eq!(field_ident("crate"), "crate_");
        assert_eq!(field_ident("union"), "union");
    }

    #[test]
    fn field_names() {
        for good in ["card_no", "_x", "type", "a1", "x__y"] {
            assert!(is_field_name(good), "{good}");
        }
        for bad in ["", "_", "user-id", "2fa", "cardNo", "Card", "a b", "名"] {
            assert!(!is_field_name(bad), "{bad}");
        }
    }

    #[test]
    fn type_names() {
        for good in ["CardUserInfo", "MdCodeInfoDTO", "A", "V2"] {
            assert!(is_type_name(good), "{good}");
        }
        for bad in ["", "cardInfo", "Card_Info", "2A", "Card-Info"] {
            assert!(!is_type_name(bad), "{bad}");
        }
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("BIZ_CARD"), "BizCard");
        assert_eq!(variant_name("biz-card"), "BizCard");
        assert_eq!(variant_name("D_QR_CODE"), "DQrCode");
        assert_eq!(variant_name("isv.invalid-signature"), "IsvInvalidSignature");
        assert_eq!(variant_name("ACQ.SYSTEM_ERROR"), "AcqSystemError");
        assert_eq!(variant_name("10000"), "V10000");
        assert_eq!(variant_name("cardNo"), "CardNo");
        assert_eq!(variant_name("HTTPServer"), "HttpServer");
        assert_eq!(variant_name("v2Card"), "V2Card");
        assert_eq!(variant_name("UNKNOWN"), "Unknown");
        assert_eq!(variant_name("SELF"), "Self_");
        assert_eq!(variant_name("是"), "");
        assert_eq!(variant_name(""), "");
    }

    #[test]
    fn snake() {
        assert_eq!(snake_case("user-id"), "user_id");
        assert_eq!(snake_case("cardNo"), "card_no");
        assert_eq!(snake_case("MdCodeInfoDTO"), "md_code_info_dto");
    }

    #[test]
    fn methods() {
        assert!(is_method_name("alipay.marketing.card.query"));
        assert!(is_method_name("alipay.commerce.transport.nfccard.send"));
        assert!(is_method_name("zhima.credit.score.get"));
        for bad in
            ["alipay", "alipay.card", "Alipay.card.query", "alipay..query", "alipay.card.query.", "alipay.card_x.query"]
        {
            assert!(!is_method_name(bad), "{bad}");
        }
        assert_eq!(
            response_key("alipay.commerce.transport.nfccard.send"),
            "alipay_commerce_transport_nfccard_send_response"
        );
        assert_eq!(module_name("alipay.commerce.transport.nfccard.send"), "commerce_transport_nfccard_send");
    }
}
