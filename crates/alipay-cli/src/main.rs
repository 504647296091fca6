//! `alipay`: the command-line tool of the Alipay OpenAPI SDK.
//!
//! ```text
//! alipay keygen --out-dir keys/                                # a new RSA-2048 app key pair
//! alipay sign --private-key app.pem --params params.json       # the exact string to sign, and its signature
//! alipay verify --alipay-public-key alipay.pem --response body.json --method alipay.trade.query
//! alipay verify --alipay-public-key alipay.pem --notify notify.txt
//! alipay call alipay.marketing.card.query --biz-content @card.json \
//!     --gateway sandbox --app-id 2021... --private-key app.pem --alipay-public-key alipay.pem
//! alipay mock                                                  # a stand-in gateway on 127.0.0.1
//! alipay demo                                                  # the SDK at work, end to end
//! alipay bench alipay.marketing.card.query --requests 2000 --concurrency 32   # calls/s, latency, CPU per call
//! alipay spec list | check FILE... | show METHOD | expand METHOD
//! alipay cert-sn appCertPublicKey_2021....crt alipayRootCert.crt    # app_cert_sn, alipay_root_cert_sn
//! ```
//!
//! Every option of `sign`, `verify` and `call` that configures an app can also come from the environment:
//! `ALIPAY_GATEWAY`, `ALIPAY_APP_ID`, `ALIPAY_PRIVATE_KEY` (a file path), `ALIPAY_PUBLIC_KEY` (the file path
//! of the Alipay public key), `ALIPAY_SIGN_TYPE`, `ALIPAY_CHARSET`, `ALIPAY_APP_AUTH_TOKEN`, `ALIPAY_TIMEOUT`;
//! for certificate mode `ALIPAY_APP_CERT`, `ALIPAY_CERT` and `ALIPAY_ROOT_CERT` (file paths, in place of
//! `ALIPAY_PUBLIC_KEY`), and for content encryption `ALIPAY_ENCRYPT_KEY` (the AES key, base64).
//!
//! Errors are sentences on stderr that never quote key material. The exit status tells outcomes apart:
//! 0 success, 1 a demo step misbehaved, 2 usage or input error, 3 platform error (a code other than
//! `10000`), 4 signature verification failure, 5 transport failure.
//!
//! Signing, verification and the client are `alipay-core`'s: the tool signs exactly what the library
//! signs. Spec diagnostics and expansions are `alipay-spec`'s and `alipay-codegen`'s, exactly what the
//! `#[alipay_api]` attribute reports and generates. The bundled specs are those `alipay-apis` generates its
//! methods from (`alipay_apis::specs`).

/// `println!` that never panics: a closed stdout (`alipay spec expand X | head`) just drops the rest.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod cli;
mod client_setup;
mod commands;
mod failure;
mod input;
mod json_text;
mod specs;

use std::process::ExitCode;

use clap::Parser as _;

use crate::cli::{Cli, Command};
use crate::failure::Status;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Keygen(args) => commands::keygen::run(&args),
        Command::Sign(args) => commands::sign::run(&args),
        Command::Verify(args) => commands::verify::run(&args),
        Command::Call(args) => commands::call::run(&args),
        Command::Mock(args) => commands::mock::run(&args),
        Command::Bench(args) => commands::bench::run(&args),
        Command::Demo => commands::demo::run(),
        Command::CertSn(args) => commands::cert_sn::run(&args),
        Command::Spec(command) => commands::spec::run(&command),
    };
    match result {
        Ok(()) => Status::Success.into(),
        Err(failure) => {
            errln!("error: {failure}");
            failure.status.into()
        }
    }
}
