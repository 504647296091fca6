//! Starting, inspecting and stopping a gateway.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use alipay_core::aes::{AesKey, AesKeyError};
use alipay_core::{ClientBuilder, DateTime, KeyGenerationError, PrivateKey};
use alipay_spec::{Common, Diagnostics, Spec};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use zeroize::Zeroizing;

use crate::app::App;
use crate::certs::{CertificateMode, Certificates, NotCertificateMode, PlatformCertificate, PlatformSigner};
use crate::codes::Codes;
use crate::method::MethodEntry;
use crate::record::Call;
use crate::scenario::{Rule, Scenario, compile};
use crate::serve::{Shared, gateway};

/// The `app_id` of the app a gateway makes when none is given.
pub const DEFAULT_APP_ID: &str = "2021000000000001";

/// The path the gateway answers on.
pub const GATEWAY_PATH: &str = "/gateway.do";

/// The largest request body the gateway reads: room for uploads (a spec's files are usually at most a few
/// megabytes; `alipay.offline.material.image.upload` takes up to 5 MiB).
pub const MAX_REQUEST_BYTES: usize = 32 * 1024 * 1024;

/// A running stand-in gateway. Dropping it (or [`MockGateway::shutdown`]) stops it.
///
/// `Debug` output shows no key.
pub struct MockGateway {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

/// Configures and starts a [`MockGateway`]; made by [`MockGateway::builder`].
pub struct Builder {
    specs: Vec<Spec>,
    common: Common,
    apps: Vec<App>,
    platform_key: Option<PrivateKey>,
    certificate_mode: Option<CertificateMode>,
    encrypt_key: Option<Zeroizing<String>>,
    scenario: Scenario,
    addr: SocketAddr,
    fixed_time: Option<DateTime>,
    record_calls: bool,
}

/// Why a gateway did not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The common spec lacks codes the gateway answers with.
    #[error("the common spec lacks what the gateway answers with: {}", .0.join(", "))]
    Common(Vec<String>),
    /// A spec cannot be served (two specs of one method, an unreadable example).
    #[error("{0}")]
    Spec(String),
    /// The scenario names methods, fields or codes the specs do not have.
    #[error("the scenario does not fit the specs:\n{0}")]
    Scenario(Diagnostics),
    /// The content-encryption key is not a valid AES key (the message does not repeat it).
    #[error("encrypt_key: {0}")]
    EncryptKey(AesKeyError),
    /// Fresh keys could not be made.
    #[error(transparent)]
    Key(#[from] KeyGenerationError),
    /// The address could not be listened on.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
}

impl MockGateway {
    /// A builder for a gateway serving `specs`, with the gateway codes and common `sub_code`s of `common`.
    ///
    /// By default it listens on a free loopback port, accepts one app ([`DEFAULT_APP_ID`]) with fresh
    /// keys, signs with a fresh platform key, and answers every call from the specs.
    pub fn builder(specs: Vec<Spec>, common: Common) -> Builder {
        Builder {
            specs,
            common,
            apps: Vec::new(),
            platform_key: None,
            certificate_mode: None,
            encrypt_key: None,
            scenario: Scenario::new(),
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            fixed_time: None,
            record_calls: true,
        }
    }

    /// The gateway's URL: `http://127.0.0.1:<port>/gateway.do`.
    pub fn url(&self) -> String {
        format!("http://{}{GATEWAY_PATH}", self.addr)
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The apps it accepts, the first one being the default app.
    pub fn apps(&self) -> &[App] {
        &self.shared.apps
    }

    /// The first app.
    pub fn app(&self) -> &App {
        // The builder always leaves at least one app.
        &self.shared.apps[0]
    }

    /// The first app's `app_id`.
    pub fn app_id(&self) -> &str {
        self.app().app_id()
    }

    /// The first app's private key as PKCS#8 PEM, when the gateway made or was given it: what a client
    /// signs with. A secret: zeroed when dropped.
    pub fn app_private_key_pem(&self) -> Option<Zeroizing<String>> {
        self.app().private_key().map(PrivateKey::to_pkcs8_pem)
    }

    /// The platform public key (支付宝公钥) as PEM: what a client verifies answers with (in certificate mode,
    /// the key of the current platform certificate).
    pub fn platform_public_key_pem(&self) -> String {
        self.shared.signer().key().public_key_pem()
    }

    /// Whether the gateway is in certificate mode ([`Builder::certificate_mode`]).
    pub fn is_certificate_mode(&self) -> bool {
        self.shared.certificates.is_some()
    }

    /// In certificate mode, the SN of the platform certificate answers are signed with now (their
    /// `alipay_cert_sn`).
    pub fn platform_cert_sn(&self) -> Option<String> {
        self.shared.signer().cert_sn().map(str::to_owned)
    }

    /// In certificate mode, the file of the platform certificate answers are signed with now: what a client
    /// configures as `alipay_public_cert`.
    pub fn platform_cert_pem(&self) -> Option<String> {
        self.shared.signer().chain_pem().map(str::to_owned)
    }

    /// In certificate mode, the root bundle: what a client configures as `alipay_root_cert`.
    pub fn root_cert_pem(&self) -> Option<&str> {
        self.shared.certificates.as_ref().map(|certificates| certificates.roots_pem.as_str())
    }

    /// Signs every answer from now on with `certificate` (its key, its SN as `alipay_cert_sn`), as the platform
    /// does when it renews its certificate, and adds it to the certificates the download method serves (the
    /// earlier ones stay). Calls in progress finish with the certificate they started with.
    pub fn rotate_platform_certificate(&self, certificate: PlatformCertificate) -> Result<(), NotCertificateMode> {
        let certificates = self.shared.certificates.as_ref().ok_or(NotCertificateMode)?;
        certificates.store(certificate.stored());
        tracing::info!(alipay_cert_sn = certificate.sn(), "platform certificate rotated");
        *self.shared.signer.write().unwrap_or_else(PoisonError::into_inner) =
            Arc::new(PlatformSigner::certificate(certificate));
        Ok(())
    }

    /// A client builder set up for the first app and this gateway: `app_id`, app private key (when
    /// known), URL, the content-encryption key (when the gateway has one) and either the platform public key
    /// or, in certificate mode with an app certificate given, the three certificates (the current platform
    /// certificate). Add options, then `build()`.
    pub fn client_builder(&self) -> ClientBuilder {
        let mut builder = alipay_core::Client::builder().app_id(self.app_id()).gateway_url(&self.url());
        let certificates = self.shared.certificates.as_ref();
        builder = match (
            certificates.and_then(|certificates| certificates.app_cert_pem.as_ref()),
            self.platform_cert_pem(),
        ) {
            (Some(app_cert), Some(platform_cert)) => builder
                .app_cert(app_cert.as_bytes())
                .alipay_public_cert(platform_cert)
                .alipay_root_cert(self.root_cert_pem().unwrap_or_default()),
            _ => builder.alipay_public_key(self.platform_public_key_pem()),
        };
        if let Some(key) = &self.shared.encrypt_key_base64 {
            builder = builder.encrypt_key(key.as_str());
        }
        match self.app_private_key_pem() {
            Some(pem) => builder.app_private_key(pem.as_str()),
            None => builder,
        }
    }

    /// The calls received so far, oldest first (none when [`Builder::record_calls`] turned recording off).
    pub fn calls(&self) -> Vec<Call> {
        self.shared.calls.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The last call received.
    pub fn last_call(&self) -> Option<Call> {
        self.shared.calls.lock().unwrap_or_else(PoisonError::into_inner).last().cloned()
    }

    /// Forgets the calls received so far.
    pub fn clear_calls(&self) {
        self.shared.calls.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }

    /// Adds a rule after the current ones, checked against the specs.
    pub fn add_rule(&self, rule: Rule) -> Result<(), Diagnostics> {
        let mut rules = self.shared.rules.write().unwrap_or_else(PoisonError::into_inner);
        let compiled = compile(&Scenario::new().rule(rule), &self.shared.methods, &self.shared.codes, rules.len() + 1)?;
        rules.extend(compiled);
        Ok(())
    }

    /// Replaces every rule with those of `scenario`, checked against the specs; on error the current
    /// rules stay.
    pub fn set_scenario(&self, scenario: &Scenario) -> Result<(), Diagnostics> {
        let compiled = compile(scenario, &self.shared.methods, &self.shared.codes, 1)?;
        *self.shared.rules.write().unwrap_or_else(PoisonError::into_inner) = compiled;
        Ok(())
    }

    /// Stops accepting calls, lets the calls in progress finish, and waits for the server to end.
    pub async fn shutdown(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.server.take() {
            Some(server) => server.await.unwrap_or_else(|error| Err(std::io::Error::other(error))),
            None => Ok(()),
        }
    }
}

impl Drop for MockGateway {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl fmt::Debug for MockGateway {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockGateway")
            .field("url", &self.url())
            .field("apps", &self.shared.apps)
            .field("methods", &self.shared.methods.iter().map(MethodEntry::name).collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// Accepts this app; the first app added is the default one. Without any, an app
    /// [`DEFAULT_APP_ID`] with fresh keys is made.
    pub fn app(mut self, app: App) -> Self {
        self.apps.push(app);
        self
    }

    /// Signs answers with this platform private key instead of a fresh one.
    pub fn platform_private_key(mut self, key: PrivateKey) -> Self {
        self.platform_key = Some(key);
        self
    }

    /// Puts the gateway in public-key certificate mode: requests must carry the `app_cert_sn` and
    /// `alipay_root_cert_sn` of `mode` (else `40002` `isv.invalid-app-cert-sn` /
    /// `isv.invalid-alipay-root-cert-sn`), answers are signed with the platform certificate's key and carry its SN
    /// as `alipay_cert_sn`, and `alipay.open.app.alipaycert.download` hands out the certificates of `mode` (and
    /// those the gateway rotates to, [`MockGateway::rotate_platform_certificate`]). Replaces
    /// [`Builder::platform_private_key`].
    pub fn certificate_mode(mut self, mode: CertificateMode) -> Self {
        self.certificate_mode = Some(mode);
        self
    }

    /// Decrypts content (接口内容加密) with this AES key (base64, as the console gives it; checked by
    /// [`Builder::start`]): a request with `encrypt_type=AES` has its
    /// `biz_content` decrypted after its signature is checked over the ciphertext (a ciphertext that does not
    /// decrypt gets `40002` `isv.invalid-encrypt`), and its answer node is encrypted, as the platform does.
    /// Requests without `encrypt_type` are answered in clear. Without a key, `encrypt_type` is refused.
    pub fn encrypt_key(mut self, base64: impl Into<String>) -> Self {
        self.encrypt_key = Some(Zeroizing::new(base64.into()));
        self
    }

    /// Answers from `scenario`'s rules first.
    pub fn scenario(mut self, scenario: Scenario) -> Self {
        self.scenario = scenario;
        self
    }

    /// Listens on `addr` instead of a free loopback port.
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Checks `timestamp` against this China time instead of the clock (to replay recorded calls).
    pub fn fixed_time(mut self, now: DateTime) -> Self {
        self.fixed_time = Some(now);
        self
    }

    /// Whether calls are recorded for [`MockGateway::calls`] (they are by default). A long-running gateway that
    /// nobody inspects turns it off, so that its memory stays flat however many calls it answers.
    pub fn record_calls(mut self, record: bool) -> Self {
        self.record_calls = record;
        self
    }

    /// Checks the configuration, binds the address and starts serving on the current tokio runtime.
    pub async fn start(self) -> Result<MockGateway, StartError> {
        let codes = Codes::new(&self.common).map_err(StartError::Common)?;
        let mut methods: Vec<MethodEntry> = Vec::with_capacity(self.specs.len());
        for spec in self.specs {
            if methods.iter().any(|method| method.name() == spec.method) {
                return Err(StartError::Spec(format!("two specs describe `{}`", spec.method)));
            }
            methods.push(MethodEntry::new(spec, &codes).map_err(StartError::Spec)?);
        }
        let rules = compile(&self.scenario, &methods, &codes, 1).map_err(StartError::Scenario)?;
        let apps = if self.apps.is_empty() { vec![App::generate(DEFAULT_APP_ID)?] } else { self.apps };
        let encrypt_key = match &self.encrypt_key {
            Some(base64) => Some(AesKey::from_base64(base64).map_err(StartError::EncryptKey)?),
            None => None,
        };
        let certificates = self.certificate_mode.as_ref().map(Certificates::new);
        let signer = match (self.certificate_mode, self.platform_key) {
            (Some(mode), _) => PlatformSigner::certificate(mode.platform),
            (None, Some(key)) => PlatformSigner::key_only(key),
            (None, None) => PlatformSigner::key_only(PrivateKey::generate()?),
        };
        let shared = Arc::new(Shared {
            methods,
            codes,
            apps,
            signer: RwLock::new(Arc::new(signer)),
            certificates,
            encrypt_key,
            encrypt_key_base64: self.encrypt_key,
            fixed_time: self.fixed_time,
            rules: RwLock::new(rules),
            calls: Mutex::new(Vec::new()),
            record_calls: self.record_calls,
        });

        let listener = tokio::net::TcpListener::bind(self.addr)
            .await
            .map_err(|source| StartError::Bind { addr: self.addr, source })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind { addr: self.addr, source })?;
        let router = Router::new()
            .route(GATEWAY_PATH, get(gateway).post(gateway))
            .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
            .with_state(Arc::clone(&shared));
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        tracing::info!(url = %format!("http://{addr}{GATEWAY_PATH}"), "stand-in gateway listening");
        Ok(MockGateway { shared, addr, stop: Some(stop), server: Some(server) })
    }
}

impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("methods", &self.specs.iter().map(|spec| spec.method.as_str()).collect::<Vec<_>>())
            .field("apps", &self.apps)
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}
