//! Certificate mode: serial numbers against the official SDKs, parsing, public keys, and the platform chain check.
//!
//! Test data: `tests/data/certs/` (see its README): the sandbox certificates of two open-source SDKs, and a test
//! PKI shaped like the platform's.

use alipay_core::cert::{self, Certificate, CertificateError, ChainError, Location};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use time::OffsetDateTime;
use time::macros::datetime;

fn read(path: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/certs/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn bundle(path: &str) -> Vec<Certificate> {
    cert::parse_bundle(read(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn text(path: &str) -> String {
    String::from_utf8(read(path)).unwrap()
}

/// `cert_sn` of `shared/fixtures/vectors/official-node-sdk.json` (alipay-sdk 4.14.0), for each certificate set.
const OFFICIAL_SNS: [(&str, &str, &str, &str); 2] = [
    (
        "gopay",
        "f5476a255774929671073404f7af2b90",
        "b09baa7d1d5b198c713b230c5a6ec8e7",
        "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6",
    ),
    (
        "smartwalle",
        "9c51a0ddeb34866e5a331e613f57bf0f",
        "05d88faef76d723019c5c14d3ecd014a",
        "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6",
    ),
];

const SANDBOX_CLASS2: &str = "CN=Ant Financial Certification Authority Class 2 R1 test,OU=Certification Authority \
                              test,O=Ant Financial test,C=CN";
const SANDBOX_R1: &str = "CN=Ant Financial Certification Authority R1 test,OU=Certification Authority test,O=Ant \
                          Financial,C=CN";

#[test]
fn serial_numbers_match_the_official_sdk() {
    for (set, app_sn, alipay_sn, root_sn) in OFFICIAL_SNS {
        let app = Certificate::from_pem(&text(&format!("{set}/appPublicCert.crt"))).unwrap();
        assert_eq!(cert::cert_sn(&app), app_sn, "{set} app_cert_sn");

        let platform = bundle(&format!("{set}/alipayPublicCert.crt"));
        assert_eq!(platform.len(), 2, "{set}: the platform certificate and its issuer");
        assert_eq!(cert::cert_sn(&platform[0]), alipay_sn, "{set} alipay_cert_sn");

        let roots = bundle(&format!("{set}/alipayRootCert.crt"));
        assert_eq!(cert::root_cert_sn(&roots).unwrap(), root_sn, "{set} alipay_root_cert_sn");
    }
}

#[test]
fn names_and_serials_are_the_ones_java_hashes() {
    // Values printed by tests/data/certs/CertSn.java (the JDK's X500Principal.getName(), as the Java SDK uses).
    let app = Certificate::from_pem(&text("gopay/appPublicCert.crt")).unwrap();
    assert_eq!(app.issuer(), SANDBOX_CLASS2);
    assert_eq!(app.subject(), "CN=2088721003236442-2021000122672388,OU=Alipay,O=lagmis6254@sandbox.com,C=CN");
    assert_eq!(app.serial_number(), "42717148698178438532160149381746046530");

    let platform = bundle("smartwalle/alipayPublicCert.crt");
    assert_eq!(
        platform[0].subject(),
        "CN=支付宝(中国)网络技术有限公司-2088721004113593,OU=Alipay,O=ddsumv5421@sandbox.com,C=CN"
    );
    assert_eq!(platform[0].serial_number(), "42717149582936021875350330600809583375");
    assert_eq!(platform[1].issuer(), SANDBOX_R1);
    assert_eq!(cert::cert_sn(&platform[1]), "191f9ccca4624632e4d66ce1417a00e0");
}

#[test]
fn root_serial_keeps_the_rsa_roots_in_bundle_order() {
    let roots = bundle("gopay/alipayRootCert.crt");
    let summary: Vec<(&str, &str, bool)> =
        roots.iter().map(|root| (root.subject(), root.signature_algorithm(), root.is_rsa_signed())).collect();
    assert_eq!(
        summary,
        [
            ("CN=ROOTCA,O=NRCAC,C=CN", "1.2.156.10197.1.501", false),
            (
                "CN=Ant Financial Certification Authority R1,OU=Certification Authority,O=Ant Financial,C=CN",
                "1.2.840.113549.1.1.11",
                true
            ),
            (
                "CN=Ant Financial Certification Authority E1,OU=Certification Authority,O=Ant Financial,C=CN",
                "1.2.840.10045.4.3.3",
                false
            ),
            (
                "CN=iTrusChina Class 2 Root CA - G3,OU=China Trust Network,O=iTrusChina,C=CN",
                "1.2.840.113549.1.1.5",
                true
            ),
        ]
    );
    assert_eq!(roots[0].serial_number(), "7629940819692799611");
    let rsa_sns = [cert::cert_sn(&roots[1]), cert::cert_sn(&roots[3])];
    assert_eq!(cert::root_cert_sn(&roots).unwrap(), rsa_sns.join("_"));
    // Order matters: the platform compares the joined text.
    let reversed: Vec<Certificate> = roots.iter().rev().cloned().collect();
    assert_eq!(cert::root_cert_sn(&reversed).unwrap(), format!("{}_{}", rsa_sns[1], rsa_sns[0]));
}

#[test]
fn a_root_bundle_without_rsa_roots_has_no_serial() {
    let roots = bundle("gopay/alipayRootCert.crt");
    let non_rsa = [roots[0].clone(), roots[2].clone()];
    let error = cert::root_cert_sn(&non_rsa).unwrap_err();
    assert_eq!(error, CertificateError::NoRsaRoot { found: 2 });
    assert!(error.to_string().contains("none is signed with RSA"), "{error}");
}

#[test]
fn names_that_need_escaping_are_written_like_java() {
    // Issuer: DC=example / C=CN / O="Ant, Inc.+Co" + UID=uid-1 / OU=" padded " / L=杭州 as a BMPString /
    // ST=浙江省 / emailAddress / serialNumber / CN=#1 "CA" <x>;y=z\w. Java names only CN, C, L, ST, O, OU, STREET, DC
    // and UID, writes other types as OID=#DER, and reads the BMPString's bytes as UTF-8 (0x67 0x6d 0x5d 0xde).
    let tricky = Certificate::from_pem(&text("test-pki/tricky-names.pem")).unwrap();
    assert_eq!(
        tricky.issuer(),
        "CN=\\#1 \\\"CA\\\" \\<x\\>\\;y\\=z\\\\w,2.5.4.5=#1305534e2d3432,\
         1.2.840.113549.1.9.1=#160e6361406578616d706c652e636f6d,ST=浙江省,L=gm]\u{fffd},OU=\\ padded\\ ,\
         O=Ant\\, Inc.\\+Co+UID=uid-1,C=CN,DC=example"
    );
    assert_eq!(tricky.serial_number(), "730368726734123118469632302676385618847016607180");
    assert_eq!(cert::cert_sn(&tricky), "b403b26cbdee85275e64ac85b1aa51ba");
}

#[test]
fn test_pki_serial_numbers_match_java() {
    // From CertSn.java: SHA-256, SHA-384 and SHA-512 signed certificates, short and long serials.
    let platform = bundle("test-pki/platform.pem");
    assert_eq!(cert::cert_sn(&platform[0]), "23efecc4d079275e25ba32f668da0b16");
    assert_eq!(platform[1].serial_number(), "16388");
    assert_eq!(cert::cert_sn(&platform[1]), "e3507356a99eda991504435c6e75820d");
    let app = Certificate::from_pem(&text("test-pki/app.pem")).unwrap();
    assert_eq!(app.signature_algorithm(), "1.2.840.113549.1.1.12");
    assert_eq!(cert::cert_sn(&app), "7b47a721519241a7d7b8cfb0fccf4afb");
    let legacy = bundle("test-pki/platform-sha1-root.pem");
    assert_eq!(cert::cert_sn(&legacy[0]), "b20c597491355ae1ce21e735699e6a08");
    assert_eq!(cert::cert_sn(&legacy[1]), "012504e2c3404b03309c9e184a7323e0");
}

#[test]
fn der_and_pem_give_the_same_certificate() {
    let from_pem = bundle("test-pki/platform.pem").remove(0);
    let der = read("test-pki/platform.der");
    let from_der = Certificate::from_der(&der).unwrap();
    assert_eq!(from_der, from_pem);
    assert_eq!(from_der.as_der(), der);
    assert_eq!(cert::parse_bundle(&der).unwrap(), [from_pem]);
}

#[test]
fn pem_text_around_and_between_blocks_is_ignored() {
    let pem = text("gopay/appPublicCert.crt");
    let decorated = format!("Bag Attributes\n    friendlyName: app\r\n{}\r\n\r\n# end\n", pem.replace('\n', "\r\n"));
    let app = Certificate::from_pem(&decorated).unwrap();
    assert_eq!(cert::cert_sn(&app), OFFICIAL_SNS[0].1);
}

#[test]
fn validity_is_read_in_utc() {
    let platform = bundle("gopay/alipayPublicCert.crt");
    assert_eq!(platform[0].not_before(), datetime!(2023-06-09 12:52:03 UTC));
    assert_eq!(platform[0].not_after(), datetime!(2024-06-08 12:52:03 UTC));
    assert!(platform[0].is_valid_at(datetime!(2024-01-01 00:00 +8)));
    assert!(platform[0].is_valid_at(datetime!(2024-06-08 12:52:03 UTC)));
    assert!(!platform[0].is_valid_at(datetime!(2024-06-08 12:52:04 UTC)));
    assert!(!platform[0].is_valid_at(datetime!(2023-06-09 12:52:02 UTC)));
}

#[test]
fn the_rsa_public_key_is_the_certificates_subject_public_key_info() {
    for (certificate, spki) in [
        ("gopay/alipayPublicCert.crt", "gopay/alipayPublicCert.spki.pem"),
        ("smartwalle/alipayPublicCert.crt", "smartwalle/alipayPublicCert.spki.pem"),
        ("test-pki/platform.pem", "test-pki/platform.spki.pem"),
    ] {
        let platform = bundle(certificate);
        let expected: String = text(spki).lines().filter(|line| !line.starts_with("-----")).collect();
        let key = platform[0].rsa_public_key_der().unwrap();
        assert_eq!(STANDARD.encode(key), expected, "{certificate}");
        assert_eq!(platform[0].public_key_der(), key);
        assert_eq!(platform[0].public_key_algorithm(), "1.2.840.113549.1.1.1");
    }
}

#[test]
fn an_ecc_key_is_not_an_rsa_key() {
    let roots = bundle("gopay/alipayRootCert.crt");
    let error = roots[2].rsa_public_key_der().unwrap_err();
    assert_eq!(
        error,
        CertificateError::NotRsaKey { subject: roots[2].subject().into(), algorithm: "1.2.840.10045.2.1".into() }
    );
    assert!(error.to_string().contains("not an RSA key"), "{error}");
    // The key is there all the same.
    assert_eq!(roots[2].public_key_der()[0], 0x30);
}

#[test]
fn debug_shows_what_the_certificate_is() {
    let app = Certificate::from_pem(&text("gopay/appPublicCert.crt")).unwrap();
    let debug = format!("{app:?}");
    assert!(debug.contains("subject: \"CN=2088721003236442-2021000122672388"), "{debug}");
    assert!(debug.contains("not_after: \"2024-06-13T12:52:02Z\""), "{debug}");
}

#[test]
fn unreadable_input_is_refused_with_its_place() {
    let pem = text("test-pki/platform.pem");
    let begin_lines: Vec<usize> = pem
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with("-----BEGIN"))
        .map(|(index, _)| index + 1)
        .collect();
    let second_block_line = begin_lines[1];

    assert_eq!(cert::parse_bundle("").unwrap_err(), CertificateError::NoCertificate);
    assert_eq!(cert::parse_bundle(" \n\t").unwrap_err(), CertificateError::NoCertificate);
    assert_eq!(cert::parse_bundle("just some text\n").unwrap_err(), CertificateError::NoCertificate);
    assert_eq!(cert::parse_bundle([0xff, 0xfe, 0x00]).unwrap_err(), CertificateError::NoCertificate);
    // Text that starts with `0` is text, not DER.
    assert_eq!(cert::parse_bundle("0 certificates here\n").unwrap_err(), CertificateError::NoCertificate);

    let key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n";
    let error = cert::parse_bundle(format!("{pem}{key}")).unwrap_err();
    let key_line = pem.lines().count() + 1;
    assert_eq!(error, CertificateError::NotACertificate { line: key_line, label: "PRIVATE KEY".into() });
    assert!(!error.to_string().contains("MIIEvQIBADANBg"), "{error}");

    let unterminated = pem.replacen("-----END CERTIFICATE-----", "", 2);
    assert_eq!(
        cert::parse_bundle(&unterminated).unwrap_err(),
        CertificateError::UnterminatedPem { line: 1, label: "CERTIFICATE".into() }
    );

    let bad_base64 = pem.replacen("MII", "M*I", 2);
    let error = cert::parse_bundle(&bad_base64).unwrap_err();
    assert!(
        matches!(error, CertificateError::Base64 { location: Location { index: 1, line: Some(1) }, .. }),
        "{error:?}"
    );

    // The second certificate cut short: its body loses a line.
    let mut lines: Vec<&str> = pem.lines().collect();
    lines.remove(second_block_line + 3);
    let error = cert::parse_bundle(lines.join("\n")).unwrap_err();
    let CertificateError::Malformed { location, reason } = &error else { panic!("expected Malformed, got {error:?}") };
    assert_eq!(*location, Location { index: 2, line: Some(second_block_line) });
    assert!(!reason.is_empty());
    assert!(
        error.to_string().starts_with(&format!("certificate 2 (PEM block at line {second_block_line})")),
        "{error}"
    );

    let der = read("test-pki/platform.der");
    let error = Certificate::from_der(&der[..der.len() - 1]).unwrap_err();
    assert!(
        matches!(error, CertificateError::Malformed { location: Location { index: 1, line: None }, .. }),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("certificate 1 (DER): not a valid X.509 certificate"), "{error}");
    let mut trailing = der.clone();
    trailing.push(0);
    assert!(matches!(Certificate::from_der(&trailing), Err(CertificateError::Malformed { .. })));
}

#[test]
fn from_pem_wants_exactly_one_certificate() {
    let error = Certificate::from_pem(&text("gopay/alipayPublicCert.crt")).unwrap_err();
    assert_eq!(error, CertificateError::NotOne { found: 2 });
    assert!(error.to_string().contains("cert::parse_bundle"), "{error}");
    assert_eq!(Certificate::from_pem("").unwrap_err(), CertificateError::NoCertificate);
}

// ---- The platform chain ----

const IN_2025: OffsetDateTime = datetime!(2025-01-01 00:00 +8);

fn test_roots() -> Vec<Certificate> {
    bundle("test-pki/roots.pem")
}

#[test]
fn a_platform_chain_verifies_to_the_root_bundle() {
    let roots = test_roots();
    let chain = bundle("test-pki/platform.pem");
    let platform = cert::verify_chain(&chain, &roots, IN_2025).unwrap();
    assert_eq!(platform, &chain[0]);
    assert_eq!(platform.subject(), "CN=Test Platform-2088000000000001,OU=Alipay,O=sandbox@example.com,C=CN");

    // In any order, the bottom of the chain is the platform certificate.
    let reversed = [chain[1].clone(), chain[0].clone()];
    assert_eq!(cert::verify_chain(&reversed, &roots, IN_2025).unwrap(), &chain[0]);
}

#[test]
fn a_chain_through_the_sha1_root_verifies() {
    // SHA-1 intermediate under the SHA-1 root, SHA-512 platform certificate.
    let chain = bundle("test-pki/platform-sha1-root.pem");
    assert_eq!(chain[1].signature_algorithm(), "1.2.840.113549.1.1.5");
    assert_eq!(chain[0].signature_algorithm(), "1.2.840.113549.1.1.13");
    assert_eq!(cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap(), &chain[0]);
}

#[test]
fn an_app_certificate_verifies_under_its_intermediate() {
    let chain = bundle("test-pki/platform.pem");
    let app = bundle("test-pki/app.pem");
    // SHA-384, with the intermediate given as a root.
    assert_eq!(cert::verify_chain(&app, &chain[1..], IN_2025).unwrap(), &app[0]);
}

#[test]
fn without_its_intermediate_the_platform_certificate_does_not_chain() {
    let chain = bundle("test-pki/platform.pem");
    let error = cert::verify_chain(&chain[..1], &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::UnknownIssuer {
            subject: chain[0].subject().into(),
            issuer: "CN=Test Class 2 R1,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
        }
    );
    assert!(error.to_string().contains("not a certificate of the root bundle"), "{error}");
}

#[test]
fn expiry_and_start_are_checked_at_the_time_given() {
    let roots = test_roots();
    let chain = bundle("test-pki/platform.pem");
    let at = datetime!(2030-01-01 00:00:01 UTC);
    let error = cert::verify_chain(&chain, &roots, at).unwrap_err();
    assert_eq!(
        error,
        ChainError::Expired { subject: chain[0].subject().into(), not_after: datetime!(2030-01-01 00:00 UTC), at }
    );
    assert_eq!(
        error.to_string(),
        "certificate `CN=Test Platform-2088000000000001,OU=Alipay,O=sandbox@example.com,C=CN` expired at \
         2030-01-01T00:00:00Z (checked at 2030-01-01T00:00:01Z): download the current platform certificate"
    );
    assert!(cert::verify_chain(&chain, &roots, datetime!(2030-01-01 00:00 UTC)).is_ok());

    let at = datetime!(2023-12-31 23:59:59 UTC);
    let error = cert::verify_chain(&chain, &roots, at).unwrap_err();
    assert_eq!(
        error,
        ChainError::NotYetValid { subject: chain[0].subject().into(), not_before: datetime!(2024-01-01 00:00 UTC), at }
    );
    assert!(error.to_string().contains("is not valid before 2024-01-01T00:00:00Z"), "{error}");
}

#[test]
fn a_chain_from_another_pki_is_refused() {
    let chain = bundle("test-pki/other-pki.pem");
    let error = cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::UnknownIssuer {
            subject: "CN=Other Class 2,OU=Certification Authority test,O=Other Trust,C=CN".into(),
            issuer: "CN=Other Root,OU=Certification Authority test,O=Other Trust,C=CN".into(),
        }
    );
}

#[test]
fn a_self_signed_certificate_is_refused() {
    let chain = bundle("test-pki/self-signed.pem");
    let error = cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap_err();
    assert!(matches!(&error, ChainError::UnknownIssuer { subject, issuer } if subject == issuer), "{error:?}");
    // Trusted as a root, it verifies its own signature.
    assert_eq!(cert::verify_chain(&chain, &chain, IN_2025).unwrap(), &chain[0]);
}

#[test]
fn an_impostor_root_name_does_not_verify() {
    // The intermediate names the real root as issuer but was signed by another key.
    let chain = bundle("test-pki/impostor.pem");
    let error = cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::BadSignature {
            subject: "CN=Test Class 2 R1,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
            issuer: "CN=Test Root R1,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
        }
    );
    assert!(error.to_string().contains("does not verify with the public key of"), "{error}");
}

#[test]
fn a_mixed_up_chain_does_not_verify() {
    // The impostor's platform certificate under the real intermediate: the names link, the signature does not.
    let impostor = bundle("test-pki/impostor.pem");
    let real = bundle("test-pki/platform.pem");
    let mixed = [impostor[0].clone(), real[1].clone()];
    let error = cert::verify_chain(&mixed, &test_roots(), IN_2025).unwrap_err();
    assert!(
        matches!(&error, ChainError::BadSignature { subject, .. } if subject == impostor[0].subject()),
        "{error:?}"
    );
}

/// Replaces the first occurrence of `from` by `to` (same length) in the DER: the signature no longer covers it.
fn tampered(certificate: &Certificate, from: &str, to: &str) -> Certificate {
    let mut der = certificate.as_der().to_vec();
    let at = der.windows(from.len()).position(|window| window == from.as_bytes()).expect("text to replace");
    der[at..at + to.len()].copy_from_slice(to.as_bytes());
    Certificate::from_der(&der).unwrap()
}

#[test]
fn an_altered_certificate_does_not_verify() {
    let chain = bundle("test-pki/platform.pem");
    let altered = [tampered(&chain[0], "2088000000000001", "2088000000000002"), chain[1].clone()];
    let error = cert::verify_chain(&altered, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::BadSignature {
            subject: "CN=Test Platform-2088000000000002,OU=Alipay,O=sandbox@example.com,C=CN".into(),
            issuer: "CN=Test Class 2 R1,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
        }
    );
}

#[test]
fn an_end_entity_cannot_issue() {
    let chain = bundle("test-pki/issued-by-end-entity.pem");
    let error = cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::IssuerNotCa {
            subject: "CN=Test Platform-2088000000000001,OU=Alipay,O=sandbox@example.com,C=CN".into(),
            issuer: "CN=Test End Entity,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
        }
    );
    assert!(error.to_string().contains("cA=false"), "{error}");
}

#[test]
fn ecc_signatures_are_not_verified() {
    let chain = bundle("test-pki/ecc-chain.pem");
    let error = cert::verify_chain(&chain, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::UnsupportedAlgorithm {
            subject: "CN=Test Class 2 E1,OU=Certification Authority test,O=Alipay RS Test,C=CN".into(),
            algorithm: "1.2.840.10045.4.3.3".into(),
            issuer_key_algorithm: "1.2.840.10045.2.1".into(),
        }
    );
}

#[test]
fn certificates_that_do_not_link_are_refused() {
    assert_eq!(cert::verify_chain(&[], &test_roots(), IN_2025).unwrap_err(), ChainError::Empty);

    let platform = bundle("test-pki/platform.pem");
    let other = bundle("test-pki/other-pki.pem");
    let unlinked = [platform[0].clone(), other[1].clone()];
    let error = cert::verify_chain(&unlinked, &test_roots(), IN_2025).unwrap_err();
    assert_eq!(
        error,
        ChainError::Incomplete { subjects: vec![platform[0].subject().into(), other[1].subject().into()] }
    );
    assert!(error.to_string().starts_with("the certificates do not form one chain"), "{error}");

    let two_self_signed = [bundle("test-pki/self-signed.pem").remove(0), test_roots().remove(1)];
    assert!(matches!(cert::verify_chain(&two_self_signed, &test_roots(), IN_2025), Err(ChainError::Incomplete { .. })));
}

// ---- The sandbox certificates ----

#[test]
fn sandbox_platform_certificates_do_not_reach_the_shipped_root_bundle() {
    // The sandbox intermediate is issued by "... R1 test", which the bundle (production roots) does not hold: the
    // chain check refuses it by name, as the Java SDK's would.
    for set in ["gopay", "smartwalle"] {
        let chain = bundle(&format!("{set}/alipayPublicCert.crt"));
        let roots = bundle(&format!("{set}/alipayRootCert.crt"));
        let error = cert::verify_chain(&chain, &roots, datetime!(2024-01-01 12:00 +8)).unwrap_err();
        assert_eq!(
            error,
            ChainError::UnknownIssuer { subject: SANDBOX_CLASS2.into(), issuer: SANDBOX_R1.into() },
            "{set}"
        );
    }
}

#[test]
fn sandbox_certificates_verify_under_their_intermediate() {
    let at = datetime!(2024-01-01 12:00 +8);
    for set in ["gopay", "smartwalle"] {
        let chain = bundle(&format!("{set}/alipayPublicCert.crt"));
        let intermediate = &chain[1..];
        assert_eq!(cert::verify_chain(&chain[..1], intermediate, at).unwrap(), &chain[0], "{set}");
        // smartwalle's app certificate was re-issued in 2025, after the intermediate expired: an anchor's own
        // validity is not checked, the certificate's is.
        let app = bundle(&format!("{set}/appPublicCert.crt"));
        let app_at = app[0].not_before() + time::Duration::DAY;
        assert_eq!(cert::verify_chain(&app, intermediate, app_at).unwrap(), &app[0], "{set}");

        let altered = [tampered(&chain[0], "Alipay", "Alipaz")];
        let error = cert::verify_chain(&altered, intermediate, at).unwrap_err();
        assert!(matches!(error, ChainError::BadSignature { .. }), "{set}: {error:?}");

        let error = cert::verify_chain(&chain[..1], intermediate, datetime!(2025-01-01 00:00 +8)).unwrap_err();
        assert!(matches!(error, ChainError::Expired { .. }), "{set}: {error:?}");
    }
}

#[test]
fn a_certificate_set_does_not_verify_under_another_pki() {
    let sandbox = bundle("gopay/alipayPublicCert.crt");
    let error = cert::verify_chain(&sandbox, &test_roots(), datetime!(2024-01-01 12:00 +8)).unwrap_err();
    assert!(matches!(error, ChainError::UnknownIssuer { .. }), "{error:?}");

    let test_platform = bundle("test-pki/platform.pem");
    let error = cert::verify_chain(&test_platform, &bundle("gopay/alipayRootCert.crt"), IN_2025).unwrap_err();
    assert!(matches!(error, ChainError::UnknownIssuer { .. }), "{error:?}");
    // Nor under the sandbox intermediate.
    let error = cert::verify_chain(&test_platform[..1], &sandbox[1..], IN_2025).unwrap_err();
    assert!(matches!(error, ChainError::UnknownIssuer { .. }), "{error:?}");
}
