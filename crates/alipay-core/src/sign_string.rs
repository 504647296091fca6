//! The string to sign: the protocol's canonical form of a set of parameters.

/// Builds the string to sign from parameters, as the protocol defines it: the `sign` parameter itself and
/// every parameter with an empty value are left out, the rest are sorted by key in byte order and joined
/// as `key=value` with `&`, with values raw (not URL-encoded).
///
/// The same rule serves requests (all parameters except `sign`), responses of a stand-in gateway, and
/// notifications (whose `v1` rule also leaves out `sign_type`: filter it out before calling this).
///
/// ```
/// let params = [("method", "alipay.trade.query"), ("app_id", "2021000000000001"), ("return_url", ""), ("sign", "x")];
/// assert_eq!(alipay_core::sign_string(params), "app_id=2021000000000001&method=alipay.trade.query");
/// ```
///
/// Note: the official Node SDK keeps empty values (`return_url=`); the Java SDK and the platform drop
/// them, and so does this function.
pub fn sign_string<I, K, V>(params: I) -> String
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut pairs: Vec<(K, V)> =
        params.into_iter().filter(|(key, value)| !value.as_ref().is_empty() && key.as_ref() != "sign").collect();
    // A stable sort keeps repeated keys in the order given.
    pairs.sort_by(|(a, _), (b, _)| a.as_ref().cmp(b.as_ref()));
    let length = pairs.iter().map(|(key, value)| key.as_ref().len() + value.as_ref().len() + 2).sum();
    let mut out = String::with_capacity(length);
    for (key, value) in &pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key.as_ref());
        out.push('=');
        out.push_str(value.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sign_string;

    #[test]
    fn sorts_by_key_bytes_and_keeps_values_raw() {
        let params = [("b", "2 & 3"), ("B", "upper"), ("a_b", "x"), ("a", "1")];
        // Byte order: `B` (0x42) < `a` < `a_b` < `b`.
        assert_eq!(sign_string(params), "B=upper&a=1&a_b=x&b=2 & 3");
    }

    #[test]
    fn drops_empty_values_and_the_sign() {
        assert_eq!(sign_string([("sign", "abc"), ("x", ""), ("y", "1")]), "y=1");
        assert_eq!(sign_string(Vec::<(String, String)>::new()), "");
    }
}
