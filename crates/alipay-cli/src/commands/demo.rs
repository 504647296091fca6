//! `alipay demo`: the SDK at work, end to end, for a person seeing it for the first time.
//!
//! It starts the stand-in gateway in-process with fresh keys and makes four calls through the generated
//! types of `alipay-apis` and the real client: a member card query (the documented example), an NFC card
//! status sync, a query for a card that does not exist (a business error with the spec's description and
//! solution), and a call signed with the wrong private key (the gateway refuses the signature). Each call
//! shows the signed request, the verified response node and the typed result, then whether it behaved as
//! expected. The exit status is 0 only when every step did, so CI can run it.

use std::fmt::Debug;

use alipay_apis::commerce_transport_nfccard_send as nfccard_send;
use alipay_apis::marketing_card_query as card_query;
use alipay_apis::response::ResponseBody;
use alipay_apis::{Client, Error, Method, PrivateKey};
use alipay_mock::MockGateway;

use crate::failure::{Failure, Outcome, Status};
use crate::json_text;

/// How many characters of a signature are shown.
const SIGN_SHOWN: usize = 32;

/// Runs `alipay demo`.
pub fn run() -> Outcome {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure::input(format!("cannot start the async runtime: {error}")))?;
    runtime.block_on(demo())
}

async fn demo() -> Outcome {
    let common = crate::specs::bundled_common()?;
    let specs = super::mock::bundled_specs(&common)?;
    let gateway = MockGateway::builder(specs, common).start().await.map_err(|error| demo_failed(error.to_string()))?;
    let client = gateway.client_builder().build().map_err(|error| demo_failed(error.to_string()))?;

    outln!("alipay demo: typed calls through the real client, against a stand-in gateway");
    outln!();
    outln!("The stand-in gateway listens on {} (this process, fresh RSA-2048 keys).", gateway.url());
    outln!("It verifies each request with the app public key, checks biz_content against the method's spec,");
    outln!("answers from the spec's examples and signs every answer with its own platform key.");
    outln!("The client signs with the app private key and verifies answers with the platform public key.");

    let mut steps = Steps::default();

    steps.heading(1, "Query a member card: the documented example", card_query::METHOD);
    let request = card_query::Request::new("0000001", card_query::TargetCardNoType::BizCard)
        .card_user_info(card_query::CardUserInfo::new("2088302463082075", card_query::UserUniIdType::Uid));
    let result = call(&client, &gateway, &request).await;
    steps.check(match &result {
        Ok(response) => expect(
            response.card_info.biz_card_no.is_some() && !response.schema_url.is_empty(),
            format!(
                "code 10000: card {} ({}), opened {}",
                response.card_info.biz_card_no.as_deref().unwrap_or("?"),
                response.card_info.level.as_deref().unwrap_or("no level"),
                response.card_info.open_date
            ),
        ),
        Err(error) => Err(format!("expected the card, got: {error}")),
    });

    steps.heading(2, "Sync an NFC card's status", nfccard_send::METHOD);
    let request = nfccard_send::Request::new("12345678", "12345678", nfccard_send::CardStatus::Freeze);
    let result = call(&client, &gateway, &request).await;
    steps.check(match &result {
        Ok(_) => Ok("code 10000: the status is synced".to_owned()),
        Err(error) => Err(format!("expected success, got: {error}")),
    });

    steps.heading(3, "Query a card that does not exist: a business error", card_query::METHOD);
    let request = card_query::Request::new("0000404", card_query::TargetCardNoType::BizCard);
    let result = call(&client, &gateway, &request).await;
    steps.check(match &result {
        Err(Error::Platform(failure)) if failure.sub_code == Some(card_query::SubCode::CardNotExit) => {
            outln!("  what the spec says of {}:", card_query::SubCode::CardNotExit);
            outln!("    description: {}", failure.description().unwrap_or("(none)"));
            outln!("    solution:    {}", failure.solution().unwrap_or("(none)"));
            expect(
                failure.verified && failure.description().is_some() && failure.solution().is_some(),
                format!("code {} with sub_code CARD_NOT_EXIT, in a signed answer", failure.code),
            )
        }
        Ok(_) => Err("expected CARD_NOT_EXIT, got a card".to_owned()),
        Err(error) => Err(format!("expected CARD_NOT_EXIT, got: {error}")),
    });

    steps.heading(4, "A client configured with the wrong private key", card_query::METHOD);
    let wrong_key = PrivateKey::generate().map_err(|error| demo_failed(error.to_string()))?;
    let wrong_client =
        gateway.client_builder().signer(wrong_key).build().map_err(|error| demo_failed(error.to_string()))?;
    let request = card_query::Request::new("0000001", card_query::TargetCardNoType::BizCard);
    let result = call(&wrong_client, &gateway, &request).await;
    steps.check(match &result {
        Err(Error::Platform(failure))
            if failure.sub_code.as_ref().is_some_and(|code| code.to_string() == "isv.invalid-signature") =>
        {
            if let Some(description) = failure.description() {
                outln!("  what the common spec says of isv.invalid-signature: {description}");
            }
            if let Some(solution) = failure.solution() {
                outln!("    solution: {solution}");
            }
            Ok(format!("code {}: the gateway refused the signature (isv.invalid-signature)", failure.code))
        }
        Ok(_) => Err("expected isv.invalid-signature, but the call succeeded".to_owned()),
        Err(error) => Err(format!("expected isv.invalid-signature, got: {error}")),
    });

    let _ = gateway.shutdown().await;
    steps.finish()
}

/// Signs, sends and verifies one call, printing the signed request, the verified node and the typed result.
async fn call<M>(client: &Client, gateway: &MockGateway, request: &M) -> Result<M::Response, Error<M::SubCode>>
where
    M: Method,
    M::Response: Debug,
{
    let prepared = match client.prepare(request) {
        Ok(prepared) => prepared,
        Err(error) => {
            outln!("  the request was not sent: {error}");
            return Err(error);
        }
    };
    outln!("Signed request ({}, {} bytes):", client.config().sign_type(), prepared.charset());
    outln!("  string to sign: {}", prepared.sign_string());
    outln!("  sign:           {}", shortened(prepared.sign()));

    let body = match client.send::<M::SubCode>(&prepared).await {
        Ok(body) => body,
        Err(error) => {
            outln!("  the call failed in transit: {error}");
            return Err(error);
        }
    };
    if let Some(call) = gateway.last_call() {
        let same = call.sign_string.as_deref() == Some(prepared.sign_string());
        let verdict = match (same, call.verified) {
            (true, true) => "verified it over the same string",
            (true, false) => "checked the same string, and the signature does NOT verify with the app public key",
            (false, _) => "checked another string",
        };
        outln!("  the gateway {verdict}");
    }

    let result = client.decode_response::<M>(&body);
    let text = String::from_utf8_lossy(&body);
    let node = ResponseBody::parse(&text, M::RESPONSE_KEY).ok();
    let verified = !matches!(result, Err(Error::Signature { .. } | Error::Response(_)));
    match node.filter(|_| verified) {
        Some(node) => {
            outln!("Verified response node:");
            for line in json_text::indent(node.node()).lines() {
                outln!("  {line}");
            }
        }
        None => outln!("The response did not verify; nothing of it is shown."),
    }
    outln!("Typed result:");
    let rendered = match &result {
        Ok(response) => format!("Ok({response:#?})"),
        Err(error) => format!("Err({error:#?})"),
    };
    for line in tighten_debug(&rendered).lines() {
        outln!("  {line}");
    }
    result
}

/// Pretty `Debug` output with each wrapper of one plain value on one line: `Some(\n    "x",\n),` becomes
/// `Some("x"),`.
fn tighten_debug(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        if let (true, Some(inner), Some(close)) = (line.ends_with('('), lines.get(index + 1), lines.get(index + 2)) {
            let inner = inner.trim();
            let plain = !inner.ends_with(['(', '[', '{']);
            if plain && matches!(close.trim(), ")" | "),") {
                out.push_str(line);
                out.push_str(inner.trim_end_matches(','));
                out.push_str(close.trim());
                out.push('\n');
                index += 3;
                continue;
            }
        }
        out.push_str(line);
        out.push('\n');
        index += 1;
    }
    out
}

/// A signature cut to its first characters, with its length.
fn shortened(sign: &str) -> String {
    match sign.char_indices().nth(SIGN_SHOWN) {
        Some((end, _)) => format!("{}… ({} characters of base64)", &sign[..end], sign.len()),
        None => sign.to_owned(),
    }
}

fn expect(ok: bool, what: String) -> Result<String, String> {
    if ok { Ok(what) } else { Err(format!("unexpected: {what}")) }
}

fn demo_failed(message: String) -> Failure {
    Failure { status: Status::DemoFailed, message: format!("the demo could not run: {message}") }
}

/// The steps run so far, and those that did not behave as expected.
#[derive(Default)]
struct Steps {
    count: usize,
    failed: Vec<String>,
}

impl Steps {
    fn heading(&mut self, number: usize, title: &str, method: &str) {
        self.count += 1;
        outln!();
        outln!("── {number}. {title} ({method}) ──");
    }

    fn check(&mut self, outcome: Result<String, String>) {
        match outcome {
            Ok(what) => outln!("✓ as expected: {what}"),
            Err(what) => {
                outln!("✗ {what}");
                self.failed.push(format!("step {}: {what}", self.count));
            }
        }
    }

    fn finish(self) -> Outcome {
        outln!();
        if self.failed.is_empty() {
            outln!("All {} steps behaved as expected.", self.count);
            return Ok(());
        }
        Err(Failure {
            status: Status::DemoFailed,
            message: format!(
                "{} of {} steps did not behave as expected:\n  {}",
                self.failed.len(),
                self.count,
                self.failed.join("\n  ")
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_is_tightened() {
        #[derive(Debug)]
        #[allow(dead_code)] // Read through Debug.
        struct Card {
            number: Option<String>,
            level: Option<Vec<u8>>,
            none: Option<u8>,
        }
        let card = Card { number: Some("000001".to_owned()), level: Some(vec![1]), none: None };
        assert_eq!(
            tighten_debug(&format!("{card:#?}")),
            "Card {\n    number: Some(\"000001\"),\n    level: Some(\n        [\n            1,\n        ],\n    ),\n    none: None,\n}\n"
        );
    }

    #[test]
    fn signatures_are_shortened() {
        assert_eq!(shortened("abc"), "abc");
        let sign = "A".repeat(344);
        assert_eq!(shortened(&sign), format!("{}… (344 characters of base64)", "A".repeat(SIGN_SHOWN)));
    }
}
