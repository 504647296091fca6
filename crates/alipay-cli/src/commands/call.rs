//! `alipay call`: check `biz_content` against the method's spec, sign, send, verify, print the node.

use alipay_core::{Client, DateTime, Error, PlatformCertificateError, PlatformError, PreparedRequest, RequestOptions};
use alipay_spec::{Common, ErrorCode, RequestIn, Spec};

use crate::cli::CallArgs;
use crate::failure::{Failure, Outcome};
use crate::{client_setup, input, json_text, specs};

/// Runs `alipay call`.
pub fn run(args: &CallArgs) -> Outcome {
    let text = input::inline_or_file(&args.biz_content, "biz_content file")?;
    let common = specs::bundled_common()?;
    let spec = method_spec(args, &common)?;
    specs::check_biz_content(&text, spec.as_ref())?;

    let client = client(args)?;
    // One timestamp for what is shown and what is sent, so `--show-request` shows the signed request.
    let mut options = RequestOptions::new().timestamp(DateTime::now());
    if let Some(token) = &args.app_auth_token {
        options = options.app_auth_token(token.clone());
    }
    if let Some(url) = &args.notify_url {
        options = options.notify_url(url.clone());
    }
    let biz_content = json_text::compact(&text);
    if args.show_request {
        let prepared = client.prepare_raw::<String>(&args.method, biz_content.clone(), &options).map_err(failure)?;
        show_request(&prepared);
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure::input(format!("cannot start the async runtime: {error}")))?;
    match runtime.block_on(client.execute_raw(&args.method, biz_content, &options)) {
        Ok(response) => {
            let node = if args.raw { response.node } else { json_text::indent(&response.node) };
            outln!("{node}");
            Ok(())
        }
        Err(Error::Platform(error)) => Err(platform_failure(&error, spec.as_ref(), &common, args)),
        Err(other) => Err(failure(other)),
    }
}

/// The platform's failure with what the spec (or the common spec) says of its `sub_code`. The
/// `app_auth_token` is a secret: the platform may quote it in `sub_msg` (an `isv.invalid-signature` answer
/// quotes the string it verified), so it is hidden there.
fn platform_failure(error: &PlatformError, spec: Option<&Spec>, common: &Common, args: &CallArgs) -> Failure {
    let mut message = format!("the platform answered code {} ({})", error.code, error.msg);
    if !error.verified {
        message.push_str(", in an unsigned answer that could not be verified");
    }
    if let Some(sub_code) = &error.sub_code {
        message.push_str(&format!("\n  sub_code: {sub_code}"));
    }
    if let Some(sub_msg) = &error.sub_msg {
        let sub_msg = match args.app_auth_token.as_deref().filter(|token| !token.is_empty()) {
            Some(token) => sub_msg.replace(token, "<hidden>"),
            None => sub_msg.clone(),
        };
        message.push_str(&format!("\n  sub_msg: {sub_msg}"));
    }
    if let Some(known) = error.sub_code.as_deref().and_then(|code| documented(spec, common, code)) {
        message.push_str(&format!("\n  description: {}", known.description.trim()));
        if !known.solution.trim().is_empty() {
            message.push_str(&format!("\n  solution: {}", known.solution.trim()));
        }
    }
    Failure::platform(message)
}

/// The spec to check `biz_content` against: `--spec FILE`, else the bundled one; none with `--no-spec`.
fn method_spec(args: &CallArgs, common: &Common) -> Outcome<Option<Spec>> {
    if args.no_spec {
        return Ok(None);
    }
    let spec = match &args.spec {
        Some(path) => {
            let file = specs::source_file(path)?;
            specs::check_method(&file, common).map_err(|diagnostics| specs::diagnostics_failure(&diagnostics))?
        }
        None => {
            let bundled = specs::bundled_method(&args.method).ok_or_else(|| {
                let mut failure = specs::unknown_method(&args.method);
                failure.message.push_str(" with --spec FILE, or pass --no-spec to send without checking");
                failure
            })?;
            specs::check_method(&specs::bundled_source(bundled), common)
                .map_err(|diagnostics| specs::diagnostics_failure(&diagnostics))?
        }
    };
    if spec.request_in == RequestIn::Params {
        return Err(Failure::input(format!(
            "`{}` takes its fields as request parameters (request_in = \"params\"), not as biz_content; `alipay \
             call` sends biz_content only, so call it through its generated type",
            spec.method
        )));
    }
    if spec.method != args.method {
        return Err(Failure::input(format!(
            "the spec is for `{}`, but the call is to `{}`; call `{}` or give the spec of `{}`",
            spec.method, args.method, spec.method, args.method
        )));
    }
    Ok(Some(spec))
}

/// The client configured by the command line; every configuration problem reported together.
fn client(args: &CallArgs) -> Outcome<Client> {
    let signer = input::private_key(&args.private_key, "--private-key")?;
    let builder = Client::builder()
        .app_id(args.app_id.clone())
        .signer(signer)
        .sign_type(args.signing.sign_type.unwrap_or_default())
        .charset(args.signing.charset.unwrap_or_default())
        .timeout(args.timeout)
        .connect_timeout(args.timeout);
    let builder = client_setup::verification(
        builder,
        args.alipay_public_key.as_deref(),
        &args.certificates,
        args.encrypt_key.as_deref(),
    )?;
    client_setup::gateway(builder, &args.gateway).build().map_err(|error| Failure::input(error.to_string()))
}

/// The string to sign, the signature and the parameters, on stderr. The `app_auth_token` is a secret: its
/// value is shown as `<hidden>`, in the string to sign too.
fn show_request(prepared: &PreparedRequest) {
    let mut sign_string = prepared.sign_string().to_owned();
    if let Some(token) = prepared.param("app_auth_token") {
        sign_string = sign_string.replace(&format!("app_auth_token={token}"), "app_auth_token=<hidden>");
    }
    errln!("string to sign ({} bytes):", prepared.charset());
    errln!("{sign_string}");
    errln!("sign: {}", prepared.sign());
    errln!("parameters sent (form body, {}):", prepared.content_type());
    let width = prepared.params().map(|(name, _)| name.len()).max().unwrap_or(0);
    for (name, value) in prepared.params() {
        let value = if name == "app_auth_token" { "<hidden>" } else { value };
        errln!("  {name:width$}  {value}");
    }
    errln!("  {:width$}  {}", "sign", prepared.sign());
    errln!();
}

/// What the spec (or the common spec) says about a `sub_code`.
fn documented<'a>(spec: Option<&'a Spec>, common: &'a Common, code: &str) -> Option<&'a ErrorCode> {
    spec.into_iter().flat_map(|spec| &spec.errors).chain(&common.sub_codes).find(|known| known.code == code)
}

/// A call's error as a failure with its exit status.
pub(crate) fn failure(error: Error) -> Failure {
    let message = error.to_string();
    match error {
        Error::Platform(_) => Failure::platform(message),
        Error::Signature { .. } => Failure::signature(message),
        Error::Timeout { .. }
        | Error::Connect { .. }
        | Error::Http { .. }
        | Error::BodyTooLarge { .. }
        | Error::Truncated { .. }
        | Error::Transport(_)
        | Error::Response(_)
        | Error::Decode { .. } => Failure::transport(message),
        // A download that failed fails as its call did; a certificate that cannot be trusted leaves the answer
        // unverified.
        Error::Certificate { source: PlatformCertificateError::Download { source, .. }, .. } => {
            Failure { status: failure(*source).status, message }
        }
        Error::Certificate { .. } => Failure::signature(message),
        // Nothing was sent, or the answer needs configuration the tool does not have.
        _ => Failure::input(message),
    }
}
