//! `alipay sign`: the exact string the client library signs for a set of parameters, and its signature.

use alipay_core::{Signer as _, sign_base64, sign_string};
use serde::Serialize;

use crate::cli::SignArgs;
use crate::failure::{Failure, Outcome};
use crate::input;

/// The `--json` output, in this key order.
#[derive(Serialize)]
struct Signed<'a> {
    sign_string: &'a str,
    sign: &'a str,
}

/// Runs `alipay sign`.
pub fn run(args: &SignArgs) -> Outcome {
    let source = format!("the params file `{}`", args.params.display());
    let text = input::read_text(&args.params, "params file")?;
    let params = input::string_params(&text, &source)?;
    let declared = |name: &str| params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    let sign_type = super::sign_type(args.signing.sign_type, declared("sign_type"), &source)?;
    let charset = super::charset(args.signing.charset, declared("charset"), &source)?;
    let key = input::private_key(&args.private_key, "--private-key")?;
    key.supports(sign_type).map_err(|error| Failure::input(error.to_string()))?;

    let sign_string = sign_string(params.iter().map(|(key, value)| (key.as_str(), value.as_str())));
    let bytes =
        charset.encode(&sign_string).map_err(|error| Failure::input(format!("cannot sign in {charset}: {error}")))?;
    let sign = sign_base64(&key, sign_type, &bytes).map_err(|error| Failure::input(error.to_string()))?;

    if args.json {
        let output = Signed { sign_string: &sign_string, sign: &sign };
        outln!("{}", serde_json::to_string(&output).map_err(|error| Failure::input(error.to_string()))?);
        return Ok(());
    }
    for (key, value) in &params {
        if key == "sign" {
            errln!("note: the params hold a `sign`; it is never part of the string to sign");
        } else if value.is_empty() {
            errln!("note: `{key}` is empty, so it is left out of the string to sign (as the platform does)");
        }
    }
    outln!("string to sign ({sign_type} = {}, over its {charset} bytes):", sign_type.algorithm());
    outln!("{sign_string}");
    outln!();
    outln!("sign:");
    outln!("{sign}");
    Ok(())
}
