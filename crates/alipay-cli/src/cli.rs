//! The command line: commands, options and the environment variables behind them.

use std::path::PathBuf;
use std::time::Duration;

use alipay_core::{Charset, SignType};
use clap::{ArgGroup, Args, Parser, Subcommand};

use crate::failure::EXIT_STATUSES;

/// Sign, verify and call Alipay OpenAPI methods; inspect specs; run a stand-in gateway.
#[derive(Debug, Parser)]
#[command(name = "alipay", version, after_help = EXIT_STATUSES, max_term_width = 110)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a new RSA-2048 app key pair (应用私钥 and 应用公钥)
    Keygen(KeygenArgs),
    /// Print the exact string to sign for a set of parameters, and its signature
    Sign(SignArgs),
    /// Check the platform's signature on a response body or a notification
    Verify(VerifyArgs),
    /// Call a method: check biz_content against its spec, sign, send, verify, print the response node
    Call(CallArgs),
    /// Run the stand-in gateway on this machine
    Mock(MockArgs),
    /// Measure one method through the client: calls/s, p50/p99 latency, client CPU per call
    Bench(BenchArgs),
    /// Show the SDK at work against an in-process stand-in gateway
    Demo,
    /// Print the serial number (SN) of certificate files, as certificate mode computes it
    CertSn(CertSnArgs),
    /// List, check, show and expand method specs
    #[command(subcommand)]
    Spec(SpecCommand),
}

/// `alipay keygen`.
#[derive(Debug, Args)]
#[command(after_help = EXIT_STATUSES)]
pub struct KeygenArgs {
    /// Where to write the key files (created if missing)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,
    /// Overwrite key files that already exist there
    #[arg(long)]
    pub force: bool,
}

/// `alipay cert-sn`.
#[derive(Debug, Args)]
#[command(after_help = CERT_SN_HELP)]
pub struct CertSnArgs {
    /// Certificate files (PEM, or one DER certificate)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// How `alipay cert-sn` decides which SN a file stands for.
const CERT_SN_HELP: &str = "\
Prints `FILE SN` for each file. Which SN depends on what the file holds:
  one certificate (appCertPublicKey_<app_id>.crt)        its SN: the request's app_cert_sn
  several roots, all self-issued (alipayRootCert.crt)    the root SN: the request's alipay_root_cert_sn
                                                         (the SNs of the RSA-signed roots joined with `_`)
  several, the first issued by another
  (alipayCertPublicKey_RSA2.crt: a certificate and its   the first one's SN: the response's alipay_cert_sn
  issuer)

Exit status:
  0  every file has an SN
  2  a file cannot be read or holds no usable certificate (the others are still printed)";

/// Public-key certificate mode (公钥证书模式): the three files of the open platform console, in place of the
/// Alipay public key.
#[derive(Debug, Args)]
pub struct CertificateArgs {
    /// The app certificate (appCertPublicKey_<app_id>.crt): certificate mode, with --alipay-cert and
    /// --alipay-root-cert
    #[arg(long, value_name = "FILE", env = "ALIPAY_APP_CERT", requires_all = ["alipay_cert", "alipay_root_cert"])]
    pub app_cert: Option<PathBuf>,
    /// The Alipay public key certificate (alipayCertPublicKey_RSA2.crt)
    #[arg(long, value_name = "FILE", env = "ALIPAY_CERT", requires = "app_cert")]
    pub alipay_cert: Option<PathBuf>,
    /// The Alipay root certificate bundle (alipayRootCert.crt)
    #[arg(long, value_name = "FILE", env = "ALIPAY_ROOT_CERT", requires = "app_cert")]
    pub alipay_root_cert: Option<PathBuf>,
}

/// The signature algorithm and charset of a request, shared by `sign`, `verify` and `call`.
#[derive(Debug, Args)]
pub struct SigningArgs {
    /// RSA2 (SHA256withRSA) or RSA (SHA1withRSA) [default: RSA2]
    #[arg(long, value_name = "RSA2|RSA", env = "ALIPAY_SIGN_TYPE")]
    pub sign_type: Option<SignType>,
    /// utf-8 or gbk (also gb2312): the bytes that are signed [default: utf-8]
    #[arg(long, value_name = "utf-8|gbk", env = "ALIPAY_CHARSET")]
    pub charset: Option<Charset>,
}

/// `alipay sign`.
#[derive(Debug, Args)]
#[command(after_help = EXIT_STATUSES)]
pub struct SignArgs {
    /// The app private key: PKCS#1 or PKCS#8 PEM, or bare base64
    #[arg(long, value_name = "FILE", env = "ALIPAY_PRIVATE_KEY")]
    pub private_key: PathBuf,
    /// Sign type and charset; when not given, the params' own `sign_type` and `charset` decide
    #[command(flatten)]
    pub signing: SigningArgs,
    /// A JSON object of the request's parameters, every value a string (`-`: standard input)
    #[arg(long, value_name = "FILE.json")]
    pub params: PathBuf,
    /// Print `{"sign_string": ..., "sign": ...}` instead of text
    #[arg(long)]
    pub json: bool,
}

/// `alipay verify`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("input").required(true).args(["response", "notify"])))]
#[command(after_help = EXIT_STATUSES)]
pub struct VerifyArgs {
    /// The Alipay public key (支付宝公钥) that signs responses and notifications
    #[arg(long, value_name = "FILE", env = "ALIPAY_PUBLIC_KEY")]
    pub alipay_public_key: PathBuf,
    /// A response body, exactly as received (`-`: standard input)
    #[arg(long, value_name = "FILE", requires = "method")]
    pub response: Option<PathBuf>,
    /// The method the response answers (its node is `<method with dots as underscores>_response`)
    #[arg(long, value_name = "METHOD", requires = "response")]
    pub method: Option<String>,
    /// A notification: its form body as posted, or a JSON object of its parameters (`-`: standard input)
    #[arg(long, value_name = "FILE")]
    pub notify: Option<PathBuf>,
    /// Notification rule v1 (payment notifications; the default): `sign` and `sign_type` are not signed
    #[arg(long, requires = "notify", conflicts_with = "v2")]
    pub v1: bool,
    /// Notification rule v2 (other gateway messages): only `sign` is not signed
    #[arg(long, requires = "notify")]
    pub v2: bool,
    /// Sign type and charset of the response; a notification's own parameters decide when not given
    #[command(flatten)]
    pub signing: SigningArgs,
}

/// `alipay call`.
#[derive(Debug, Args)]
#[command(after_help = EXIT_STATUSES)]
pub struct CallArgs {
    /// The method, e.g. alipay.marketing.card.query
    pub method: String,
    /// The biz_content: JSON text, or @FILE (@-: standard input)
    #[arg(long, value_name = "JSON|@FILE", default_value = "{}")]
    pub biz_content: String,
    /// The method's spec file, instead of the bundled spec
    #[arg(long, value_name = "FILE", conflicts_with = "no_spec")]
    pub spec: Option<PathBuf>,
    /// Send without checking biz_content against a spec (for a method that has none yet)
    #[arg(long)]
    pub no_spec: bool,
    /// The gateway: a URL, `sandbox` or `production`
    #[arg(long, value_name = "URL", env = "ALIPAY_GATEWAY")]
    pub gateway: String,
    /// The app's id on the open platform
    #[arg(long, value_name = "ID", env = "ALIPAY_APP_ID")]
    pub app_id: String,
    /// The app private key (应用私钥): PKCS#1 or PKCS#8 PEM, or bare base64
    #[arg(long, value_name = "FILE", env = "ALIPAY_PRIVATE_KEY")]
    pub private_key: PathBuf,
    /// The Alipay public key (支付宝公钥) that signs responses (public-key mode; else the certificates below)
    #[arg(long, value_name = "FILE", env = "ALIPAY_PUBLIC_KEY", required_unless_present = "app_cert")]
    pub alipay_public_key: Option<PathBuf>,
    /// Certificate mode: the app, Alipay and root certificates instead of --alipay-public-key
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// The content-encryption key (接口内容加密, AES, base64 as the console shows it): biz_content and the answer
    /// travel encrypted
    #[arg(long, value_name = "BASE64", env = "ALIPAY_ENCRYPT_KEY", hide_env_values = true)]
    pub encrypt_key: Option<String>,
    /// Sign type and charset of the request
    #[command(flatten)]
    pub signing: SigningArgs,
    /// app_auth_token, for a third-party app acting for a merchant
    #[arg(long, value_name = "TOKEN", env = "ALIPAY_APP_AUTH_TOKEN", hide_env_values = true)]
    pub app_auth_token: Option<String>,
    /// notify_url: where the platform posts notifications about this call
    #[arg(long, value_name = "URL")]
    pub notify_url: Option<String>,
    /// The time limit of the whole call: seconds, or a number with `s` or `ms`
    #[arg(long, value_name = "DURATION", env = "ALIPAY_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub timeout: Duration,
    /// Print the string to sign, the signature and the parameters sent on stderr
    #[arg(long)]
    pub show_request: bool,
    /// Print the verified node exactly as received instead of indented
    #[arg(long)]
    pub raw: bool,
}

/// `alipay mock`.
#[derive(Debug, Args)]
#[command(after_help = EXIT_STATUSES)]
#[command(group(ArgGroup::new("app_key").args(["app_public_key", "app_cert"]).multiple(true)))]
pub struct MockArgs {
    /// The port to listen on, on 127.0.0.1 (0: a free one)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port: u16,
    /// The app_id the gateway accepts
    #[arg(long, value_name = "ID", default_value = "2021000000000001")]
    pub app_id: String,
    /// The app public key that verifies requests (fresh keys are made when not given; in certificate mode, the
    /// app certificate's key when not given)
    #[arg(long, value_name = "FILE", requires = "alipay_private_key")]
    pub app_public_key: Option<PathBuf>,
    /// The platform private key that signs responses (fresh keys are made when not given); in certificate mode,
    /// the key of --alipay-cert
    #[arg(long, value_name = "FILE", requires = "app_key")]
    pub alipay_private_key: Option<PathBuf>,
    /// Certificate mode: requests must carry the SNs of the app certificate and of the root bundle, answers are
    /// signed with --alipay-private-key and carry --alipay-cert's SN, which the certificate download serves
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// Accept encrypt_type=AES with this content-encryption key (base64) and encrypt the answers to it
    #[arg(long, value_name = "BASE64", env = "ALIPAY_ENCRYPT_KEY", hide_env_values = true)]
    pub encrypt_key: Option<String>,
    /// A scenario file: canned answers per method
    #[arg(long, value_name = "FILE")]
    pub scenario: Option<PathBuf>,
    /// Where to write fresh keys (default: a new temporary folder)
    #[arg(long, value_name = "DIR", conflicts_with_all = ["app_public_key", "alipay_private_key"])]
    pub keys_out: Option<PathBuf>,
    /// Threads answering calls [default: one per CPU]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// No line per call on standard error (start-up lines and warnings are still written)
    #[arg(long)]
    pub quiet: bool,
}

/// `alipay bench`.
#[derive(Debug, Args)]
#[command(after_help = EXIT_STATUSES)]
pub struct BenchArgs {
    /// The method, e.g. alipay.marketing.card.query
    pub method: String,
    /// The biz_content: JSON text, or @FILE (@-: standard input) [default: the spec's request example]
    #[arg(long, value_name = "JSON|@FILE")]
    pub biz_content: Option<String>,
    /// How many calls to measure
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub requests: usize,
    /// How many calls are in flight at once
    #[arg(long, value_name = "C", default_value_t = 1)]
    pub concurrency: usize,
    /// Calls made before measuring (connections, caches)
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub warmup: usize,
    /// Client threads [default: 1 at concurrency 1, else one per CPU]
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// The gateway: a URL, `sandbox` or `production`; without it, a stand-in gateway is started (--stand-in)
    #[arg(long, value_name = "URL", env = "ALIPAY_GATEWAY")]
    pub gateway: Option<String>,
    /// The app's id on the open platform (with --gateway)
    #[arg(long, value_name = "ID", env = "ALIPAY_APP_ID")]
    pub app_id: Option<String>,
    /// The app private key (应用私钥): PKCS#1 or PKCS#8 PEM, or bare base64 (with --gateway)
    #[arg(long, value_name = "FILE", env = "ALIPAY_PRIVATE_KEY")]
    pub private_key: Option<PathBuf>,
    /// The Alipay public key (支付宝公钥) that signs responses (with --gateway)
    #[arg(long, value_name = "FILE", env = "ALIPAY_PUBLIC_KEY")]
    pub alipay_public_key: Option<PathBuf>,
    /// Certificate mode instead of --alipay-public-key (with --gateway; the stand-in gateway makes fresh keys)
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// The content-encryption key (base64): biz_content and answers travel encrypted; without --gateway the
    /// stand-in gateway is given it too
    #[arg(long, value_name = "BASE64", env = "ALIPAY_ENCRYPT_KEY", hide_env_values = true)]
    pub encrypt_key: Option<String>,
    /// Sign type and charset of the requests
    #[command(flatten)]
    pub signing: SigningArgs,
    /// The time limit of each call: seconds, or a number with `s` or `ms`
    #[arg(long, value_name = "DURATION", env = "ALIPAY_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub timeout: Duration,
    /// Where the stand-in gateway runs when no --gateway is given
    #[arg(long, value_enum, value_name = "WHERE", default_value_t = StandIn::Both)]
    pub stand_in: StandIn,
    /// Print one JSON line: calls, concurrency, calls_per_s, p50_ms, p99_ms, cpu_us_per_call ...
    #[arg(long)]
    pub json: bool,
}

/// Where `alipay bench` runs the stand-in gateway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StandIn {
    /// A child process (`alipay mock`): the CPU figure is the client's alone
    Child,
    /// This process: the CPU figure holds the gateway's work too
    InProcess,
    /// Both, one run each
    Both,
}

/// `alipay spec ...`.
#[derive(Debug, Subcommand)]
pub enum SpecCommand {
    /// List the bundled methods, with their titles
    List,
    /// Check spec files with the `#[alipay_api]` attribute's own diagnostics
    #[command(after_help = EXIT_STATUSES)]
    Check {
        /// Spec files (a file named common.toml is checked as the common spec)
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The common spec to check error codes against, instead of the bundled one
        #[arg(long, value_name = "FILE")]
        common: Option<PathBuf>,
    },
    /// Show a method's fields, enumerations and error codes
    #[command(after_help = EXIT_STATUSES)]
    Show {
        /// A bundled method, or a spec file
        #[arg(value_name = "METHOD|FILE")]
        spec: String,
        /// Also list the common sub_codes every method can answer
        #[arg(long)]
        all_codes: bool,
        /// The common spec, instead of the bundled one
        #[arg(long, value_name = "FILE")]
        common: Option<PathBuf>,
    },
    /// Print the Rust code `#[alipay_api]` generates for a spec
    #[command(after_help = EXIT_STATUSES)]
    Expand {
        /// A bundled method, or a spec file
        #[arg(value_name = "METHOD|FILE")]
        spec: String,
        /// The common spec, instead of the bundled one
        #[arg(long, value_name = "FILE")]
        common: Option<PathBuf>,
    },
}

/// Parses `30`, `30s`, `1.5s` or `1500ms`.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    let (number, scale) = if let Some(number) = trimmed.strip_suffix("ms") {
        (number, 0.001)
    } else if let Some(number) = trimmed.strip_suffix('s') {
        (number, 1.0)
    } else {
        (trimmed, 1.0)
    };
    let expected = "expected seconds (`30`, `2.5s`) or milliseconds (`1500ms`), more than zero";
    let value: f64 = number.trim().parse().map_err(|_| format!("`{text}` is not a duration: {expected}"))?;
    if !(value.is_finite() && value > 0.0) {
        return Err(format!("`{text}` is not a usable time limit: {expected}"));
    }
    Duration::try_from_secs_f64(value * scale).map_err(|_| format!("`{text}` is too long: {expected}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("2.5s"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_duration("1500ms"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("0").unwrap_err().contains("more than zero"));
        assert!(parse_duration("soon").unwrap_err().contains("`soon` is not a duration"));
        assert!(parse_duration("-1s").is_err());
    }
}
