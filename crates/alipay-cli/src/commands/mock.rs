//! `alipay mock`: the stand-in gateway, serving every bundled method until Ctrl-C or SIGTERM.

use std::io::IsTerminal as _;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};

use alipay_core::cert::Certificate;
use alipay_core::{PrivateKey, PublicKey};
use alipay_mock::{App, CertificateMode, MockGateway, PlatformCertificate, Scenario};
use alipay_spec::Spec;

use crate::cli::MockArgs;
use crate::failure::{Failure, Outcome};
use crate::input::{self, io_reason};
use crate::{json_text, specs};

/// The first line `alipay mock` prints, followed by the gateway's URL (what `alipay bench` reads from its child).
pub(crate) const LISTENING: &str = "The stand-in gateway listens on ";

/// The key files written for fresh keys.
pub(crate) const APP_PRIVATE_KEY: &str = "app_private_key.pem";
const APP_PUBLIC_KEY: &str = "app_public_key.pem";
const ALIPAY_PRIVATE_KEY: &str = "alipay_private_key.pem";
pub(crate) const ALIPAY_PUBLIC_KEY: &str = "alipay_public_key.pem";

/// What the command line says in place of key files the tool does not have.
const APP_PRIVATE_KEY_FILE: &str = "APP_PRIVATE_KEY_FILE";
const ALIPAY_PUBLIC_KEY_FILE: &str = "ALIPAY_PUBLIC_KEY_FILE";
const ENCRYPT_KEY: &str = "ENCRYPT_KEY";

/// Runs `alipay mock`.
pub fn run(args: &MockArgs) -> Outcome {
    let common = specs::bundled_common()?;
    let methods = bundled_specs(&common)?;
    let example = example_call(&methods);
    let scenario = match &args.scenario {
        Some(path) => Some(Scenario::load(path).map_err(|diagnostics| specs::diagnostics_failure(&diagnostics))?),
        None => None,
    };
    let mut keys = Keys::new(args)?;
    let certificate_mode = certificate_mode(args, &mut keys)?;

    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(threads) = args.threads {
        runtime.worker_threads(usize::from(threads));
    }
    let runtime = runtime
        .thread_name("alipay-mock")
        .enable_all()
        .build()
        .map_err(|error| Failure::input(format!("cannot start the async runtime: {error}")))?;
    let _logging = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .with_env_filter(tracing_subscriber::EnvFilter::new(if args.quiet {
            "alipay_mock=warn"
        } else {
            "alipay_mock=info"
        }))
        .try_init();

    runtime.block_on(async {
        let mut builder = MockGateway::builder(methods, common)
            .addr(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)))
            .app(keys.app)
            // Nothing reads the record of a gateway run from the command line.
            .record_calls(false);
        builder = match (certificate_mode, keys.platform) {
            (Some(mode), _) => builder.certificate_mode(mode),
            (None, Some(platform)) => builder.platform_private_key(platform),
            (None, None) => builder,
        };
        if let Some(key) = &args.encrypt_key {
            builder = builder.encrypt_key(key.as_str());
        }
        if let Some(scenario) = scenario {
            builder = builder.scenario(scenario);
        }
        let gateway = builder.start().await.map_err(|error| Failure::input(error.to_string()))?;
        let signals = StopSignals::listen()?;

        outln!("{LISTENING}{}", gateway.url());
        outln!("  app_id: {}", gateway.app_id());
        outln!("  methods: every bundled spec (alipay spec list); answers from their examples");
        if let Some(sn) = gateway.platform_cert_sn() {
            outln!("  certificate mode: answers signed with platform certificate {sn} (alipay_cert_sn)");
        }
        if args.encrypt_key.is_some() {
            outln!("  content encryption: AES; encrypt_type=AES requests are decrypted, their answers encrypted");
        }
        match &keys.dir {
            KeyDir::Given => {}
            KeyDir::Kept(dir) => outln!("  fresh keys in {}", dir.display()),
            KeyDir::Temporary(dir) => {
                outln!("  fresh keys in {} (deleted when the gateway stops)", dir.path().display());
            }
        }
        for (what, path) in &keys.listing {
            outln!("    {what}: {}", path.display());
        }
        outln!();
        outln!("Call it:");
        let private_key = keys.app_private_key.as_deref().map_or_else(|| APP_PRIVATE_KEY_FILE.to_owned(), quote);
        let verification =
            match (&args.certificates.app_cert, &args.certificates.alipay_cert, &args.certificates.alipay_root_cert) {
                (Some(app), Some(platform), Some(roots)) => format!(
                    "--app-cert {} --alipay-cert {} --alipay-root-cert {}",
                    quote(app),
                    quote(platform),
                    quote(roots)
                ),
                _ => format!(
                    "--alipay-public-key {}",
                    keys.alipay_public_key.as_deref().map_or_else(|| ALIPAY_PUBLIC_KEY_FILE.to_owned(), quote)
                ),
            };
        let encryption =
            if args.encrypt_key.is_some() { format!(" --encrypt-key {ENCRYPT_KEY}") } else { String::new() };
        outln!(
            "alipay call {} --gateway {} --app-id {} --private-key {private_key} {verification}{encryption} \
             --biz-content {}",
            example.0,
            gateway.url(),
            quote_str(gateway.app_id()),
            quote_str(&example.1)
        );
        if matches!(keys.dir, KeyDir::Given) {
            let public_key = if args.certificates.app_cert.is_some() {
                String::new()
            } else {
                format!(", and {ALIPAY_PUBLIC_KEY_FILE} the public key of --alipay-private-key")
            };
            outln!("(with {APP_PRIVATE_KEY_FILE} the app private key of the app{public_key})");
        }
        if args.encrypt_key.is_some() {
            outln!("(with {ENCRYPT_KEY} the --encrypt-key given here)");
        }
        outln!();
        outln!("Ctrl-C stops it.");

        signals.received().await?;
        errln!("stopping the stand-in gateway");
        gateway
            .shutdown()
            .await
            .map_err(|error| Failure::transport(format!("the gateway did not stop cleanly: {error}")))
    })?;
    drop(keys.dir);
    Ok(())
}

/// Every bundled method spec.
pub(crate) fn bundled_specs(common: &alipay_spec::Common) -> Outcome<Vec<Spec>> {
    specs::bundled_methods()
        .map(|bundled| {
            specs::check_method(&specs::bundled_source(bundled), common)
                .map_err(|diagnostics| specs::diagnostics_failure(&diagnostics))
        })
        .collect()
}

/// A method and its documented request, for the ready-to-paste command line.
fn example_call(methods: &[Spec]) -> (String, String) {
    methods
        .iter()
        .find_map(|spec| {
            spec.examples.request.as_deref().map(|request| (spec.method.clone(), json_text::compact(request)))
        })
        .unwrap_or_else(|| ("<method>".to_owned(), "{}".to_owned()))
}

/// Where the keys are.
enum KeyDir {
    /// Given on the command line.
    Given,
    /// Fresh, in `--keys-out`.
    Kept(PathBuf),
    /// Fresh, in a temporary folder removed when the gateway stops.
    Temporary(tempfile::TempDir),
}

/// The gateway's keys, and the files a client needs.
struct Keys {
    app: App,
    /// Taken by certificate mode, whose platform certificate holds it.
    platform: Option<PrivateKey>,
    dir: KeyDir,
    /// The files written, described.
    listing: Vec<(&'static str, PathBuf)>,
    app_private_key: Option<PathBuf>,
    alipay_public_key: Option<PathBuf>,
}

impl Keys {
    fn new(args: &MockArgs) -> Outcome<Self> {
        if args.certificates.app_cert.is_some() && args.alipay_private_key.is_none() {
            return Err(Failure::input(
                "certificate mode needs --alipay-private-key: the private key of --alipay-cert, which signs the answers \
                 (a stand-in gateway cannot make certificates)",
            ));
        }
        if let Some(alipay_private) = &args.alipay_private_key {
            let app = match (&args.app_public_key, &args.certificates.app_cert) {
                (Some(app_public), _) => {
                    let text = input::read_text(app_public, "app public key file")?;
                    App::from_public_key(args.app_id.clone(), &text).map_err(|error| {
                        Failure::input(format!("--app-public-key `{}`: {error}", app_public.display()))
                    })?
                }
                (None, Some(app_cert)) => app_of_certificate(&args.app_id, app_cert)?,
                (None, None) => {
                    return Err(Failure::input("--alipay-private-key needs --app-public-key or --app-cert"));
                }
            };
            let platform = input::private_key(alipay_private, "--alipay-private-key")?;
            return Ok(Self {
                app,
                platform: Some(platform),
                dir: KeyDir::Given,
                listing: Vec::new(),
                app_private_key: None,
                alipay_public_key: None,
            });
        }

        let (dir, path) = match &args.keys_out {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|error| {
                    Failure::input(format!("cannot create the folder `{}`: {}", dir.display(), io_reason(&error)))
                })?;
                (KeyDir::Kept(dir.clone()), dir.clone())
            }
            None => {
                let temporary = tempfile::Builder::new()
                    .prefix("alipay-mock-keys-")
                    .tempdir()
                    .map_err(|error| Failure::input(format!("cannot create a temporary folder: {error}")))?;
                let path = temporary.path().to_owned();
                (KeyDir::Temporary(temporary), path)
            }
        };
        let app = App::generate(args.app_id.clone()).map_err(|error| Failure::input(error.to_string()))?;
        let platform = PrivateKey::generate().map_err(|error| Failure::input(error.to_string()))?;
        let app_key = app.private_key().ok_or_else(|| Failure::input("a generated app has its private key"))?;
        let files: [(&'static str, &str, String, bool); 4] = [
            (
                "app private key (--private-key of alipay call)",
                APP_PRIVATE_KEY,
                app_key.to_pkcs8_pem().to_string(),
                true,
            ),
            (
                "Alipay public key (--alipay-public-key of alipay call)",
                ALIPAY_PUBLIC_KEY,
                platform.public_key_pem(),
                false,
            ),
            ("app public key (--app-public-key of alipay mock)", APP_PUBLIC_KEY, app_key.public_key_pem(), false),
            (
                "platform private key (--alipay-private-key of alipay mock)",
                ALIPAY_PRIVATE_KEY,
                platform.to_pkcs8_pem().to_string(),
                true,
            ),
        ];
        let mut listing = Vec::with_capacity(files.len());
        for (what, name, text, secret) in files {
            let file = path.join(name);
            super::keygen::write(&file, &text, secret)?;
            listing.push((what, file));
        }
        Ok(Self {
            app,
            platform: Some(platform),
            dir,
            listing,
            app_private_key: Some(path.join(APP_PRIVATE_KEY)),
            alipay_public_key: Some(path.join(ALIPAY_PUBLIC_KEY)),
        })
    }
}

/// An app known by the key of its certificate.
fn app_of_certificate(app_id: &str, path: &Path) -> Outcome<App> {
    let fail = |reason: String| Failure::input(format!("--app-cert `{}`: {reason}", path.display()));
    let text = input::read_text(path, "app certificate file")?;
    let certificate = Certificate::from_pem(&text).map_err(|error| fail(error.to_string()))?;
    let der = certificate.rsa_public_key_der().map_err(|error| fail(error.to_string()))?;
    let key = PublicKey::from_spki_der(der).map_err(|error| fail(error.to_string()))?;
    Ok(App::with_public_key(app_id, key))
}

/// The certificate mode of `--app-cert`, `--alipay-cert` and `--alipay-root-cert`, which takes the platform key.
fn certificate_mode(args: &MockArgs, keys: &mut Keys) -> Outcome<Option<CertificateMode>> {
    let files = &args.certificates;
    let (Some(app), Some(platform), Some(roots)) = (&files.app_cert, &files.alipay_cert, &files.alipay_root_cert)
    else {
        return Ok(None);
    };
    let key = keys.platform.take().ok_or_else(|| Failure::input("certificate mode needs --alipay-private-key"))?;
    let platform_text = input::read_text(platform, "Alipay certificate file")?;
    let platform = PlatformCertificate::new(&platform_text, key)
        .map_err(|error| Failure::input(format!("--alipay-cert `{}`: {error}", platform.display())))?;
    let roots_text = input::read_text(roots, "root certificate file")?;
    let app_text = input::read_text(app, "app certificate file")?;
    CertificateMode::new(platform, &roots_text, &app_text)
        .map(Some)
        .map_err(|error| Failure::input(format!("certificate mode: {error}")))
}

/// Ctrl-C and, on Unix, SIGTERM: listened for from creation on, so a signal that comes as soon as the
/// gateway says it is ready is not missed.
struct StopSignals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignals {
    fn listen() -> Outcome<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let fail = |error: std::io::Error| Failure::input(format!("cannot listen for Ctrl-C and SIGTERM: {error}"));
            Ok(Self {
                interrupt: signal(SignalKind::interrupt()).map_err(fail)?,
                terminate: signal(SignalKind::terminate()).map_err(fail)?,
            })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    /// Waits for one of the signals.
    async fn received(mut self) -> Outcome {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => {}
                _ = self.terminate.recv() => {}
            }
            Ok(())
        }
        #[cfg(not(unix))]
        tokio::signal::ctrl_c().await.map_err(|error| Failure::input(format!("cannot listen for Ctrl-C: {error}")))
    }
}

/// A path as a shell word.
fn quote(path: &Path) -> String {
    quote_str(&path.display().to_string())
}

/// Text as one shell word: as it is when it is plain, else in single quotes.
fn quote_str(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | ':' | '=' | ',' | '@'));
    if plain { text.to_owned() } else { format!("'{}'", text.replace('\'', r"'\''")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words() {
        assert_eq!(quote_str("/tmp/keys/app.pem"), "/tmp/keys/app.pem");
        assert_eq!(quote_str(r#"{"a":"b c"}"#), r#"'{"a":"b c"}'"#);
        assert_eq!(quote_str("it's"), r"'it'\''s'");
        assert_eq!(quote_str(""), "''");
    }
}
