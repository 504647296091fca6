//! Client-side order strings: the signed parameters handed to the Alipay app (`sdk_execute`) or to the buyer's
//! browser (`page_execute`), made without calling the gateway.
//!
//! The parameters are exactly those of a [`PreparedRequest`] (what `execute` would send, signed the same way),
//! URL-encoded as `application/x-www-form-urlencoded` in the request's charset: each value percent-encoded as
//! bytes in that charset, a space as `+` (as the Java and Python SDKs write it; the Node SDK writes `%20`, which
//! decodes the same). Values are encoded in the output only, never in the string to sign.
//!
//! The platform accepts the parameters in any order (it sorts them to rebuild the string to sign), so the order
//! only matters to reproduce another SDK's output byte for byte. [`ParamOrder::sorted`], the default, is the Java
//! SDK's layout: every parameter, `sign` among them, sorted by name.

use std::borrow::Cow;

use crate::client::Client;
use crate::error::Error;
use crate::method::Method;
use crate::request::{PreparedRequest, RequestOptions, url_encode};

/// The parameter that a page payment's form carries in its body rather than in its action URL.
const FORM_FIELD: &str = "biz_content";

/// The order of the parameters in an order string or a page payment URL.
///
/// ```
/// use alipay_core::ParamOrder;
///
/// // The Java SDK's layout: all sorted by name (the default).
/// assert_eq!(ParamOrder::sorted(), ParamOrder::default());
/// // The Python SDK's sdk_execute: these first, in this order, then any other parameter, sorted.
/// let python =
///     ParamOrder::new(["timestamp", "app_id", "method", "charset", "format", "version", "sign_type", "sign"]);
/// # let _ = python;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParamOrder {
    first: Vec<Cow<'static, str>>,
}

impl ParamOrder {
    /// Every parameter, `sign` among them, sorted by name: the Java SDK's layout.
    pub fn sorted() -> Self {
        Self::default()
    }

    /// The parameters named, in this order (names the request does not have are skipped), then the others,
    /// sorted by name.
    pub fn new<I, S>(first: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<Cow<'static, str>>,
    {
        Self { first: first.into_iter().map(Into::into).collect() }
    }

    /// `pairs` in this order.
    fn arrange<'a>(&self, mut pairs: Vec<(&'a str, &'a str)>) -> Vec<(&'a str, &'a str)> {
        let mut arranged = Vec::with_capacity(pairs.len());
        for name in &self.first {
            if let Some(index) = pairs.iter().position(|(key, _)| *key == name.as_ref()) {
                arranged.push(pairs.remove(index));
            }
        }
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        arranged.extend(pairs);
        arranged
    }
}

/// How a page payment (`alipay.trade.page.pay`, `alipay.trade.wap.pay`) reaches the gateway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMethod {
    /// A URL to redirect the buyer's browser to, every parameter in its query.
    Get,
    /// An HTML form that the browser posts to the gateway as soon as it loads: the parameters in its action URL,
    /// `biz_content` in a hidden field (long contents stay out of the URL).
    Post,
}

impl PreparedRequest {
    /// The parameters and `sign`, URL-encoded in the request's charset and laid out in `order`: the order string
    /// of an app payment (`sdkExecute`), handed to the Alipay app as it is.
    pub fn query_string(&self, order: &ParamOrder) -> String {
        url_encode(self.arranged(order, |_| true).into_iter(), self.charset())
    }

    /// The URL that carries the request to `gateway` ([`PageMethod::Get`]).
    pub fn page_url(&self, gateway: &str, order: &ParamOrder) -> String {
        with_query(gateway, &self.query_string(order))
    }

    /// The auto-submitting HTML form that posts the request to `gateway` ([`PageMethod::Post`]). Attribute
    /// values are HTML-escaped; the form declares the request's charset (`accept-charset`) so that the browser
    /// sends `biz_content` in the bytes that were signed.
    pub fn page_form(&self, gateway: &str, order: &ParamOrder) -> String {
        let charset = self.charset();
        let in_url = self.arranged(order, |name| name != FORM_FIELD);
        let action = with_query(gateway, &url_encode(in_url.into_iter(), charset));
        let fields = self.arranged(order, |name| name == FORM_FIELD);
        let mut html =
            String::with_capacity(action.len() + fields.iter().map(|(_, value)| value.len() * 2).sum::<usize>() + 400);
        html.push_str(r#"<form id="alipay_submit" name="alipay_submit" method="post" action=""#);
        push_escaped(&mut html, &action);
        html.push_str(r#"" accept-charset=""#);
        html.push_str(charset.as_str());
        html.push_str("\">\n");
        for (name, value) in fields {
            html.push_str(r#"<input type="hidden" name=""#);
            push_escaped(&mut html, name);
            html.push_str(r#"" value=""#);
            push_escaped(&mut html, value);
            html.push_str("\">\n");
        }
        html.push_str("<noscript><input type=\"submit\" value=\"Continue to Alipay\"></noscript>\n</form>\n");
        html.push_str("<script>document.forms[\"alipay_submit\"].submit();</script>");
        html
    }

    /// The page payment for `method`: [`PreparedRequest::page_url`] or [`PreparedRequest::page_form`].
    pub fn page(&self, gateway: &str, method: PageMethod, order: &ParamOrder) -> String {
        match method {
            PageMethod::Get => self.page_url(gateway, order),
            PageMethod::Post => self.page_form(gateway, order),
        }
    }

    /// The parameters and `sign` that `keep` selects, in `order`.
    fn arranged(&self, order: &ParamOrder, keep: impl Fn(&str) -> bool) -> Vec<(&str, &str)> {
        let pairs = self.params().chain([("sign", self.sign())]).filter(|(name, _)| keep(name)).collect();
        order.arrange(pairs)
    }
}

/// `base?query`, or `base&query` when the base already has a query.
fn with_query(base: &str, query: &str) -> String {
    let separator = if base.contains('?') { '&' } else { '?' };
    let mut url = String::with_capacity(base.len() + 1 + query.len());
    url.push_str(base);
    url.push(separator);
    url.push_str(query);
    url
}

/// HTML-escapes text for a double-quoted attribute value (and for element content).
fn push_escaped(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            c => html.push(c),
        }
    }
}

impl Client {
    /// The order string of an app payment (`alipay.trade.app.pay`): the request validated, signed and
    /// URL-encoded, for the Alipay app to send. Nothing is sent. See [`Client::sdk_execute_with`].
    pub fn sdk_execute<M: Method>(&self, request: &M) -> Result<String, Error<M::SubCode>> {
        self.sdk_execute_with(request, &RequestOptions::default(), &ParamOrder::default())
    }

    /// [`Client::sdk_execute`] with per-request options (`notify_url` ...) and a parameter order.
    pub fn sdk_execute_with<M: Method>(
        &self,
        request: &M,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error<M::SubCode>> {
        Ok(self.prepare_with(request, options)?.query_string(order))
    }

    /// [`Client::sdk_execute`] for a method without a spec, from its name and `biz_content` JSON.
    pub fn sdk_execute_raw(
        &self,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error> {
        Ok(self.prepare_raw(method, biz_content, options)?.query_string(order))
    }

    /// A page payment (`alipay.trade.page.pay`, `alipay.trade.wap.pay`): the URL to redirect the buyer to
    /// ([`PageMethod::Get`]) or the auto-submitting HTML form to serve ([`PageMethod::Post`]), addressed to the
    /// configured gateway. Nothing is sent. See [`Client::page_execute_with`].
    pub fn page_execute<M: Method>(&self, request: &M, method: PageMethod) -> Result<String, Error<M::SubCode>> {
        self.page_execute_with(request, method, &RequestOptions::default(), &ParamOrder::default())
    }

    /// [`Client::page_execute`] with per-request options (`return_url`, `notify_url` ...) and a parameter order.
    pub fn page_execute_with<M: Method>(
        &self,
        request: &M,
        method: PageMethod,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error<M::SubCode>> {
        Ok(self.prepare_with(request, options)?.page(self.config().gateway(), method, order))
    }

    /// [`Client::page_execute`] for a method without a spec, from its name and `biz_content` JSON.
    pub fn page_execute_raw(
        &self,
        method: &str,
        biz_content: String,
        page: PageMethod,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error> {
        Ok(self.prepare_raw(method, biz_content, options)?.page(self.config().gateway(), page, order))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_parameters_come_first_then_the_rest_sorted() {
        let pairs = vec![("b", "2"), ("sign", "s"), ("a", "1"), ("c", "3")];
        let order = ParamOrder::new(["c", "missing", "sign"]);
        assert_eq!(order.arrange(pairs.clone()), [("c", "3"), ("sign", "s"), ("a", "1"), ("b", "2")]);
        assert_eq!(ParamOrder::sorted().arrange(pairs), [("a", "1"), ("b", "2"), ("c", "3"), ("sign", "s")]);
    }

    #[test]
    fn attribute_values_are_escaped() {
        let mut html = String::new();
        push_escaped(&mut html, r#"{"a":"x & <y> 'z'"}"#);
        assert_eq!(html, "{&quot;a&quot;:&quot;x &amp; &lt;y&gt; &#39;z&#39;&quot;}");
    }

    #[test]
    fn a_gateway_with_a_query_gets_the_parameters_appended() {
        assert_eq!(with_query("https://gw/gateway.do", "a=1"), "https://gw/gateway.do?a=1");
        assert_eq!(with_query("https://gw/gateway.do?charset=utf-8", "a=1"), "https://gw/gateway.do?charset=utf-8&a=1");
    }
}
