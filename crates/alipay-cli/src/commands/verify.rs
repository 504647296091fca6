//! `alipay verify`: what the platform signed in a response body or a notification, and whether the
//! signature holds.

use std::borrow::Cow;
use std::path::Path;

use alipay_core::response::{NodeKind, ResponseBody};
use alipay_core::{Notification, PublicKey, response_key};

use crate::cli::VerifyArgs;
use crate::failure::{Failure, Outcome};
use crate::input;

/// Runs `alipay verify`.
pub fn run(args: &VerifyArgs) -> Outcome {
    let key = input::public_key(&args.alipay_public_key, "--alipay-public-key")?;
    match (&args.response, &args.method, &args.notify) {
        (Some(path), Some(method), _) => response(args, &key, path, method),
        (_, _, Some(path)) => notification(args, &key, path),
        // clap requires one input, and --method with --response.
        _ => Err(Failure::input("give --response FILE --method METHOD, or --notify FILE")),
    }
}

fn response(args: &VerifyArgs, key: &PublicKey, path: &Path, method: &str) -> Outcome {
    let sign_type = args.signing.sign_type.unwrap_or_default();
    let charset = args.signing.charset.unwrap_or_default();
    let bytes = input::read_bytes(path, "response file")?;
    let text = charset
        .decode(&bytes)
        .map_err(|error| Failure::input(format!("the response file `{}`: {error}", path.display())))?;
    let response_key = response_key(method);
    let body = ResponseBody::parse(&text, &response_key)
        .map_err(|error| Failure::input(format!("the response file `{}`: {error}", path.display())))?;
    let node_name = match body.kind() {
        NodeKind::Method => response_key.as_str(),
        NodeKind::Error => alipay_core::response::ERROR_RESPONSE_KEY,
    };
    outln!("signed content: the text of `{node_name}`, exactly as it appears in the body ({charset} bytes):");
    outln!("{}", body.node());
    outln!();
    if let Some(sn) = body.alipay_cert_sn() {
        outln!("alipay_cert_sn: {sn}");
    }
    match body.verify(key, sign_type, charset) {
        Ok(Cow::Borrowed(_)) => {
            outln!("verified: the {sign_type} signature matches the signed content and the Alipay public key");
            Ok(())
        }
        Ok(Cow::Owned(unescaped)) => {
            outln!(
                "verified: the {sign_type} signature matches the signed content with every `\\/` read as `/` \
                 (the platform signed the unescaped text):"
            );
            outln!("{unescaped}");
            Ok(())
        }
        Err(error) => Err(Failure::signature(format!("the response does not verify: {error}"))),
    }
}

fn notification(args: &VerifyArgs, key: &PublicKey, path: &Path) -> Outcome {
    let bytes = input::read_bytes(path, "notification file")?;
    let what = format!("the notification file `{}`", path.display());
    let notification = if bytes.trim_ascii_start().starts_with(b"{") {
        let text = String::from_utf8(bytes)
            .map_err(|_| Failure::input(format!("{what} looks like JSON but is not UTF-8 text")))?;
        Notification::from_pairs(input::string_params(&text, &what)?)
    } else {
        Notification::from_form_body(bytes.trim_ascii())
    }
    .map_err(|error| Failure::input(format!("{what}: {error}")))?;

    let sign_type = super::sign_type(args.signing.sign_type, notification.get("sign_type"), &what)?;
    let charset = notification.charset().map_err(|error| Failure::input(format!("{what}: {error}")))?;
    if let Some(given) = args.signing.charset.filter(|given| *given != charset) {
        return Err(Failure::input(format!(
            "--charset (or ALIPAY_CHARSET) says {given} but {what} is {charset} (its own `charset` parameter, utf-8 \
             when absent, decides)"
        )));
    }
    let (rule, sign_string) = if args.v2 {
        ("v2 (every parameter except `sign`)", notification.sign_string_v2())
    } else {
        ("v1 (every parameter except `sign` and `sign_type`)", notification.sign_string_v1())
    };
    outln!("signed content by rule {rule}, sorted, values URL-decoded ({charset} bytes):");
    outln!("{sign_string}");
    outln!();
    let verified =
        if args.v2 { notification.verify_v2(key, sign_type) } else { notification.verify_v1(key, sign_type) };
    match verified {
        Ok(()) => {
            outln!("verified: the {sign_type} signature matches the signed content and the Alipay public key");
            Ok(())
        }
        Err(error) => {
            let hint = if args.v2 {
                " (a payment notification is signed by rule v1: try without --v2)"
            } else {
                " (a gateway message other than a payment notification is signed by rule v2: try --v2)"
            };
            let hint = if matches!(
                error,
                alipay_core::NotificationError::Signature(alipay_core::SignatureError::Mismatch { .. })
            ) {
                hint
            } else {
                ""
            };
            Err(Failure::signature(format!("{error}{hint}")))
        }
    }
}
