//! `alipay cert-sn`: the serial number (SN) of each certificate file, as the platform and the official SDKs compute
//! it.
//!
//! What a file is decides which SN is printed:
//!
//! - one certificate (the app certificate `appCertPublicKey_<app_id>.crt`): its SN, the request's `app_cert_sn`;
//! - several certificates that are all roots, self-issued (the root bundle `alipayRootCert.crt`): the root SN, the
//!   request's `alipay_root_cert_sn` (the SNs of its RSA-signed roots joined with `_`);
//! - several certificates, the first issued by another (the platform certificate file
//!   `alipayCertPublicKey_RSA2.crt`: the platform's certificate followed by its issuer): the first certificate's
//!   SN, the response's `alipay_cert_sn`.

use std::path::Path;

use alipay_core::cert::{self, Certificate, CertificateError};

use crate::cli::CertSnArgs;
use crate::failure::{Failure, Outcome};
use crate::input;

/// Runs `alipay cert-sn`: one `FILE SN` line per file on stdout; the files that cannot be read are reported
/// together on stderr, and the exit status is then 2.
pub fn run(args: &CertSnArgs) -> Outcome {
    let mut problems = Vec::new();
    for path in &args.files {
        match sn_of_file(path) {
            Ok(sn) => outln!("{} {sn}", path.display()),
            Err(problem) => problems.push(problem),
        }
    }
    match problems.len() {
        0 => Ok(()),
        1 => Err(Failure::input(problems.remove(0))),
        count => Err(Failure::input(format!("{count} files have no certificate SN:\n  {}", problems.join("\n  ")))),
    }
}

/// The SN a file stands for, or a sentence saying why it has none.
fn sn_of_file(path: &Path) -> Result<String, String> {
    let bytes = input::read_bytes(path, "certificate file").map_err(|failure| failure.message)?;
    let certificates = cert::parse_bundle(bytes).map_err(|error| describe(path, &error))?;
    sn(&certificates).map_err(|error| describe(path, &error))
}

/// The SN of a file's certificates, by the rule of the module's documentation.
pub(crate) fn sn(certificates: &[Certificate]) -> Result<String, CertificateError> {
    match certificates {
        [] => Err(CertificateError::NoCertificate),
        [single] => Ok(cert::cert_sn(single)),
        several if several.iter().all(|certificate| certificate.issuer() == certificate.subject()) => {
            cert::root_cert_sn(several)
        }
        [first, ..] => Ok(cert::cert_sn(first)),
    }
}

fn describe(path: &Path, error: &CertificateError) -> String {
    format!("`{}`: {error}", path.display())
}
