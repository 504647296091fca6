//! `alipay cert-sn` on the fixtures' certificates (`tests/data/certs`, see `tests/data/SOURCES.md`): the SNs the
//! official Node SDK computes for the same files (`official-node-sdk.json`, `cert_sn`).

mod common;

use common::{data, run, write};

#[test]
fn each_file_gets_the_sn_the_official_sdk_computes() {
    let vectors = common::node_vectors();
    for set in ["gopay", "smartwalle"] {
        let expected = &vectors["cert_sn"][set];
        let files = [
            ("appPublicCert.crt", "app_cert_sn"),
            ("alipayPublicCert.crt", "alipay_cert_sn"),
            ("alipayRootCert.crt", "alipay_root_cert_sn"),
        ];
        let paths: Vec<_> = files.iter().map(|(file, _)| data(&format!("certs/{set}/{file}"))).collect();
        let out = run(std::iter::once("cert-sn".as_ref()).chain(paths.iter().map(|path| path.as_os_str())));
        assert_eq!(out.status, 0, "{}", out.stderr);
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 3, "{}", out.stdout);
        for ((path, (_, field)), line) in paths.iter().zip(files).zip(lines) {
            let sn = expected[field].as_str().unwrap();
            assert_eq!(line, format!("{} {sn}", path.display()), "{set} {field}");
        }
    }
}

#[test]
fn the_test_pki_files_give_the_sns_certificate_mode_sends() {
    let out = run([
        "cert-sn".as_ref(),
        data("certs/test-pki/client-app.pem").as_os_str(),
        data("certs/test-pki/client-platform.pem").as_os_str(),
        data("certs/test-pki/roots.pem").as_os_str(),
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let sns: Vec<&str> = out.stdout.lines().map(|line| line.rsplit(' ').next().unwrap()).collect();
    assert_eq!(
        sns,
        [
            "78e0fae14925b88bdea95443dd5be8e8",
            "8b8596b71181e6e756d15d5774fdd570",
            "076244d1255af4da804aea87653ac7bd_45d7777dfe79a098fecf37659d18951f"
        ]
    );
}

#[test]
fn files_without_a_certificate_are_reported_together_and_the_others_still_printed() {
    let dir = tempfile::tempdir().unwrap();
    let key = data("alipay_public.pem");
    let empty = write(dir.path(), "empty.crt", "");
    let missing = dir.path().join("missing.crt");
    let good = data("certs/gopay/appPublicCert.crt");
    let out = run(["cert-sn".as_ref(), key.as_os_str(), good.as_os_str(), empty.as_os_str(), missing.as_os_str()]);
    assert_eq!(out.status, 2);
    assert_eq!(out.stdout, format!("{} f5476a255774929671073404f7af2b90\n", good.display()));
    assert!(out.stderr.starts_with("error: 3 files have no certificate SN:\n"), "{}", out.stderr);
    let public_key = format!("`{}`: the PEM block at line 1 holds a `PUBLIC KEY`, not a certificate", key.display());
    assert!(out.stderr.contains(&public_key), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("`{}`: no certificate found", empty.display())), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("`{}`: no such file", missing.display())), "{}", out.stderr);

    // One file: the problem alone.
    let out = run(["cert-sn".as_ref(), empty.as_os_str()]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.starts_with(&format!("error: `{}`: no certificate found", empty.display())), "{}", out.stderr);

    // Files are required.
    assert_eq!(run(["cert-sn"]).status, 2);
}
