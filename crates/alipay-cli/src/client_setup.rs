//! The client settings `alipay call` and `alipay bench` share: the gateway, how answers are verified (the
//! Alipay public key, or the three certificates of certificate mode) and the content-encryption key.

use std::path::Path;

use alipay_core::{ClientBuilder, Gateway};

use crate::cli::CertificateArgs;
use crate::failure::Outcome;
use crate::input;

/// `production`, `sandbox` or a URL.
pub fn gateway(builder: ClientBuilder, gateway: &str) -> ClientBuilder {
    match gateway.trim() {
        name if name.eq_ignore_ascii_case("production") => builder.gateway(Gateway::Production),
        name if name.eq_ignore_ascii_case("sandbox") => builder.gateway(Gateway::Sandbox),
        url => builder.gateway_url(url),
    }
}

/// The verification settings and the content-encryption key. In certificate mode the client reads the files,
/// checks them against the private key and reports every problem together, naming the setting and the file.
pub fn verification(
    mut builder: ClientBuilder,
    alipay_public_key: Option<&Path>,
    certificates: &CertificateArgs,
    encrypt_key: Option<&str>,
) -> Outcome<ClientBuilder> {
    if let Some(path) = alipay_public_key {
        builder = builder.verifier(input::public_key(path, "--alipay-public-key")?);
    }
    if let Some(path) = &certificates.app_cert {
        builder = builder.app_cert_path(path);
    }
    if let Some(path) = &certificates.alipay_cert {
        builder = builder.alipay_public_cert_path(path);
    }
    if let Some(path) = &certificates.alipay_root_cert {
        builder = builder.alipay_root_cert_path(path);
    }
    if let Some(key) = encrypt_key {
        builder = builder.encrypt_key(key);
    }
    Ok(builder)
}
