//! `alipay spec list | check | show | expand`: the bundled specs, and the attribute's own diagnostics.

mod common;

use std::path::{Path, PathBuf};

use alipay_spec::SourceFile;
use common::{run, write};

/// The workspace's `specs/` folder, which the tool bundles.
fn workspace_specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

fn spec_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(workspace_specs())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "toml"))
        .collect();
    files.sort();
    files
}

fn common() -> alipay_spec::Common {
    let path = workspace_specs().join("common.toml");
    alipay_spec::parse_common(&SourceFile::new("specs/common.toml", std::fs::read_to_string(path).unwrap())).unwrap()
}

#[test]
fn list_names_every_bundled_method_with_its_title() {
    let out = run(["spec", "list"]);
    assert_eq!(out.status, 0, "{out:?}");
    let methods: Vec<PathBuf> = spec_files().into_iter().filter(|path| !path.ends_with("common.toml")).collect();
    assert_eq!(out.stdout.lines().count(), methods.len(), "{}", out.stdout);
    for path in methods {
        let spec = alipay_spec::load_spec(&path, "spec").unwrap();
        let line =
            out.stdout.lines().find(|line| line.starts_with(&spec.method)).unwrap_or_else(|| panic!("{}", out.stdout));
        assert!(line.ends_with(&spec.title), "{line}");
    }
    assert!(out.stdout.contains("会员卡查询"));
}

#[test]
fn check_accepts_the_workspace_specs() {
    let files = spec_files();
    let out = run(&files);
    assert_eq!(out.status, 2, "no command given: {out:?}");
    let mut args = vec!["spec".into(), "check".into()];
    args.extend(files.iter().map(|path| path.clone().into_os_string()));
    let out = run(args);
    assert_eq!(out.status, 0, "{out:?}");
    assert_eq!(out.stdout.lines().filter(|line| line.starts_with("ok: ")).count(), files.len(), "{}", out.stdout);
    assert!(out.stdout.contains("(alipay.marketing.card.query)"), "{}", out.stdout);
    assert!(out.stdout.contains("common.toml (the common spec)"), "{}", out.stdout);
}

#[test]
fn check_reports_located_diagnostics_exactly_as_the_attribute_does() {
    let text = std::fs::read_to_string(workspace_specs().join("alipay.marketing.card.query.toml")).unwrap();
    let broken = text.replacen("required = true", "requried = true", 1).replacen(
        "type = \"CardUserInfo\"",
        "type = \"CardUserInfoo\"",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "alipay.marketing.card.query.toml", &broken);

    let out = run(["spec".as_ref(), "check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    let expected = alipay_spec::parse_spec(&SourceFile::new(path.display().to_string(), broken)).unwrap_err();
    assert_eq!(expected.len(), 2, "{expected}");
    assert!(out.stderr.contains(&expected.to_string()), "{}\n--- expected ---\n{expected}", out.stderr);
    assert!(out.stderr.contains("unknown key `requried`; did you mean `required`?"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("--> {}:9:1", path.display())), "{}", out.stderr);
    assert!(out.stderr.contains("2 errors in 1 spec file"), "{}", out.stderr);
    assert!(!out.stdout.contains("ok:"), "{}", out.stdout);
}

#[test]
fn check_applies_the_common_codes() {
    let text = std::fs::read_to_string(workspace_specs().join("alipay.commerce.transport.nfccard.send.toml")).unwrap();
    let clash = format!("{text}\n[errors.\"isv.invalid-signature\"]\ndescription = \"验签出错\"\n");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "clash.toml", &clash);
    let out = run(["spec".as_ref(), "check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    let file = SourceFile::new(path.display().to_string(), clash);
    let spec = alipay_spec::parse_spec(&file).unwrap();
    let expected = alipay_spec::check_against_common(&spec, &file, &common()).unwrap_err();
    assert!(out.stderr.contains(&expected.to_string()), "{}\n--- expected ---\n{expected}", out.stderr);
    assert!(out.stderr.contains("is already a common sub_code"), "{}", out.stderr);

    // A good file beside a bad one: both reported, exit 2.
    let good = workspace_specs().join("alipay.marketing.card.query.toml");
    let missing = dir.path().join("missing.toml");
    let out = run(["spec".as_ref(), "check".as_ref(), good.as_os_str(), path.as_os_str(), missing.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stdout.contains("ok: "), "{}", out.stdout);
    assert!(out.stderr.contains("cannot read the spec file") && out.stderr.contains("no such file"), "{}", out.stderr);
    assert!(out.stderr.contains("2 errors in 2 spec files"), "{}", out.stderr);
}

#[test]
fn show_prints_fields_enumerations_and_error_codes() {
    let out = run(["spec", "show", "alipay.marketing.card.query"]);
    assert_eq!(out.status, 0, "{out:?}");
    let text = &out.stdout;
    assert!(text.starts_with("alipay.marketing.card.query — 会员卡查询\n"), "{text}");
    for expected in [
        "Request (biz_content)",
        "├── target_card_no: string, required, max length 32",
        "target_card_no_type: TargetCardNoType (one of BIZ_CARD, D_QR_CODE, D_BAR_CODE), required, max length 64",
        "card_user_info: CardUserInfo (object), optional",
        "│   ├── user_uni_id: string, required, max length 32",
        "front_text_list: CardFrontTextDTO[] (object), optional, max length 1024 each, max 4 items",
        "example: 2088302463082075",
        "Enumerations",
        "    D_QR_CODE   动态二维码(业务卡号对应的)",
        "Error codes (sub_code)",
        "  CARD_NOT_EXIT (code 40004)\n      会员卡不存在\n      solution: 确认卡信息",
        "common codes every method can answer",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("isv.invalid-signature (code"), "common codes only on demand");

    let all = run(["spec", "show", "alipay.marketing.card.query", "--all-codes"]);
    assert!(all.stdout.contains("Common codes (specs/common.toml)"), "{}", all.stdout);
    assert!(all.stdout.contains("  isv.invalid-signature (code 40002)"), "{}", all.stdout);

    // A file shows the same.
    let path = workspace_specs().join("alipay.marketing.card.query.toml");
    let by_file = run(["spec".as_ref(), "show".as_ref(), path.as_os_str()]);
    assert_eq!(by_file.stdout, out.stdout);

    // A method whose fields travel as parameters says so.
    let text = std::fs::read_to_string(&path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let params = write(dir.path(), "params.toml", text.replacen("title =", "request_in = \"params\"\ntitle =", 1));
    let out = run(["spec".as_ref(), "show".as_ref(), params.as_os_str()]);
    assert_eq!(out.status, 0, "{out:?}");
    assert!(out.stdout.contains("\nRequest (request parameters beside the common ones"), "{}", out.stdout);
}

#[test]
fn show_and_expand_refuse_unknown_methods_and_broken_files() {
    let out = run(["spec", "show", "alipay.marketing.card.querry"]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("did you mean `alipay.marketing.card.query`?"), "{}", out.stderr);

    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "x.toml", "method = \"alipay.a.b\"\n");
    let out = run(["spec".as_ref(), "expand".as_ref(), path.as_os_str()]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains(&format!("--> {}", path.display())), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}

#[test]
fn expand_prints_what_the_attribute_generates() {
    for path in spec_files().into_iter().filter(|path| !path.ends_with("common.toml")) {
        let spec = alipay_spec::load_spec(&path, "spec").unwrap();
        let expected = alipay_codegen::expand_pretty(&spec, &common(), &alipay_codegen::Options::default()).unwrap();
        for name in [spec.method.clone(), path.display().to_string()] {
            let out = run(["spec", "expand", name.as_str()]);
            assert_eq!(out.status, 0, "{out:?}");
            assert_eq!(out.stdout.trim_end(), expected.trim_end(), "{name}");
            assert!(out.stdout.contains("pub struct Request"), "{name}");
            assert!(out.stdout.contains(&format!("pub const METHOD: &str = \"{}\";", spec.method)), "{name}");
        }
    }
}
