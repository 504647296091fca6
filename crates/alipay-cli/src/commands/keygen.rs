//! `alipay keygen`: a new RSA-2048 app key pair, in every form the platform and the SDKs take.

use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use alipay_core::PrivateKey;

use crate::cli::KeygenArgs;
use crate::failure::{Failure, Outcome};
use crate::input::io_reason;

/// One file keygen writes.
struct KeyFile {
    name: &'static str,
    /// What it holds, for the listing.
    holds: &'static str,
    /// Whether it is a secret (written readable by the owner only).
    secret: bool,
}

const FILES: [KeyFile; 4] = [
    KeyFile {
        name: "app_private_pkcs1.pem",
        holds: "app private key (应用私钥), PKCS#1 PEM: give it to --private-key; keep it secret",
        secret: true,
    },
    KeyFile { name: "app_private_pkcs8.pem", holds: "the same key as PKCS#8 PEM, the form Java reads", secret: true },
    KeyFile { name: "app_public.pem", holds: "app public key (应用公钥), PEM", secret: false },
    KeyFile { name: "app_public.txt", holds: "app public key as one line of base64, for the console", secret: false },
];

/// Runs `alipay keygen`.
pub fn run(args: &KeygenArgs) -> Outcome {
    let dir = &args.out_dir;
    let paths: Vec<PathBuf> = FILES.iter().map(|file| dir.join(file.name)).collect();
    if !args.force {
        let existing: Vec<String> =
            paths.iter().filter(|path| path.exists()).map(|path| format!("`{}`", path.display())).collect();
        if !existing.is_empty() {
            return Err(Failure::input(format!(
                "{} already exist{}; refusing to overwrite keys (choose another --out-dir, or pass --force)",
                existing.join(", "),
                if existing.len() == 1 { "s" } else { "" }
            )));
        }
    }
    std::fs::create_dir_all(dir).map_err(|error| {
        Failure::input(format!("cannot create the folder `{}`: {}", dir.display(), io_reason(&error)))
    })?;

    let key = PrivateKey::generate().map_err(|error| Failure::input(error.to_string()))?;
    let public_base64 = key.public_key_base64();
    let contents = [key.to_pkcs1_pem(), key.to_pkcs8_pem()];
    let public = [key.public_key_pem(), format!("{public_base64}\n")];
    let texts = contents.iter().map(|text| text.as_str()).chain(public.iter().map(String::as_str));
    for ((file, path), text) in FILES.iter().zip(&paths).zip(texts) {
        write(path, text, file.secret)?;
    }

    outln!("A new RSA-2048 app key pair, in {}:", dir.display());
    let width = paths.iter().map(|path| path.display().to_string().len()).max().unwrap_or(0);
    for (file, path) in FILES.iter().zip(&paths) {
        outln!("  {:width$}  {}", path.display().to_string(), file.holds);
    }
    outln!();
    outln!("Upload this app public key (应用公钥) in the open platform console (接口加签方式 → 公钥):");
    outln!("{public_base64}");
    outln!();
    outln!("The console then shows the Alipay public key (支付宝公钥): save it to a file for --alipay-public-key.");
    Ok(())
}

/// Writes a key file; a secret one is readable by its owner only (on Unix).
pub(crate) fn write(path: &Path, text: &str, secret: bool) -> Outcome {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let fail =
        |error: std::io::Error| Failure::input(format!("cannot write `{}`: {}", path.display(), io_reason(&error)));
    let mut file = options.open(path).map_err(fail)?;
    // A file that existed keeps its old mode under `mode`; tighten it.
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(0o600)).map_err(fail)?;
    }
    file.write_all(text.as_bytes()).map_err(fail)
}
