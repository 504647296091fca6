//! `alipay call` against the stand-in gateway (started here through `alipay-mock`'s API): every exit status.

mod common;

use std::path::{Path, PathBuf};

use alipay_mock::{MockGateway, Rule, Scenario};
use common::{data, run_command, write};
use serde_json::Value;

/// A stand-in gateway on a free loopback port, and the key files a client needs for it. The gateway stops
/// before its runtime (fields drop in order).
struct Gateway {
    gateway: MockGateway,
    /// Runs the gateway's server while the test waits for the tool.
    _runtime: tokio::runtime::Runtime,
    dir: tempfile::TempDir,
    app_private_key: PathBuf,
    alipay_public_key: PathBuf,
}

const CARD_QUERY: &str = "alipay.marketing.card.query";
const DOCUMENTED: &str = r#"{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}"#;

impl Gateway {
    fn start(scenario: Scenario) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let specs = alipay_mock::load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")).unwrap();
        let gateway =
            runtime.block_on(MockGateway::builder(specs.specs, specs.common).scenario(scenario).start()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let app_private_key = write(dir.path(), "app_private.pem", gateway.app_private_key_pem().unwrap().as_str());
        let alipay_public_key = write(dir.path(), "alipay_public.pem", gateway.platform_public_key_pem());
        Self { gateway, _runtime: runtime, dir, app_private_key, alipay_public_key }
    }

    /// `alipay call METHOD` configured for this gateway by options, then `extra`.
    fn call(&self, method: &str, extra: &[&str]) -> common::Run {
        self.call_with(method, &self.app_private_key, &self.alipay_public_key, extra)
    }

    fn call_with(&self, method: &str, private_key: &Path, public_key: &Path, extra: &[&str]) -> common::Run {
        let mut command = common::alipay();
        command.args(["call", method, "--gateway", &self.gateway.url(), "--app-id", self.gateway.app_id()]);
        command.arg("--private-key").arg(private_key).arg("--alipay-public-key").arg(public_key);
        command.args(extra);
        let run = run_command(&mut command);
        common::assert_no_key_material(&run.stdout);
        common::assert_no_key_material(&run.stderr);
        run
    }
}

#[test]
fn the_documented_call_succeeds_and_prints_the_verified_node() {
    let gateway = Gateway::start(Scenario::new());
    let out = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED]);
    assert_eq!(out.status, 0, "{out:?}");
    let node: Value = serde_json::from_str(&out.stdout).expect("the node is JSON");
    assert_eq!(node["code"], "10000");
    assert_eq!(node["schema_url"], "alipays://platformapi/startapp?appId=20000021&b=m&p=111");
    assert_eq!(node["card_info"]["front_text_list"][0]["label"], "专业");
    assert!(out.stdout.starts_with("{\n  \""), "indented: {}", out.stdout);

    // --raw: the verified text itself, in the gateway's order; the same JSON.
    let raw = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED, "--raw"]);
    assert_eq!(raw.status, 0, "{raw:?}");
    assert_eq!(serde_json::from_str::<Value>(&raw.stdout).unwrap(), node);
    assert!(raw.stdout.contains(r#""msg":"Success""#), "as the gateway wrote it: {}", raw.stdout);
}

#[test]
fn show_request_prints_exactly_what_the_gateway_verified() {
    let gateway = Gateway::start(Scenario::new());
    let dir = tempfile::tempdir().unwrap();
    // A pretty file is sent compact: whitespace between tokens goes, strings stay.
    let file = write(
        dir.path(),
        "card.json",
        "{\n  \"target_card_no\": \"0000001\",\n  \"target_card_no_type\": \"BIZ_CARD\",\n  \"ext_info\": \"a b\"\n}\n",
    );
    let biz_content = format!("@{}", file.display());
    let out = gateway.call(
        CARD_QUERY,
        &[
            "--biz-content",
            &biz_content,
            "--show-request",
            "--notify-url",
            "https://example.com/n",
            "--app-auth-token",
            "secret-token",
        ],
    );
    assert_eq!(out.status, 0, "{out:?}");
    let call = gateway.gateway.last_call().unwrap();
    assert!(call.verified);
    let verified = call.sign_string.unwrap();
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(lines[0].starts_with("string to sign"), "{}", out.stderr);
    // The shown string is the one the gateway checked, but for the secret token.
    assert_eq!(lines[1], verified.replace("app_auth_token=secret-token", "app_auth_token=<hidden>"));
    assert!(verified.contains("app_auth_token=secret-token&"));
    assert!(
        verified
            .contains(r#"biz_content={"target_card_no":"0000001","target_card_no_type":"BIZ_CARD","ext_info":"a b"}&"#)
    );
    assert!(verified.contains("&notify_url=https://example.com/n&"));
    assert_eq!(lines[2], format!("sign: {}", call.params.iter().find(|(k, _)| k == "sign").unwrap().1));
    assert!(out.stderr.contains("app_auth_token  <hidden>"), "{}", out.stderr);
    assert!(!out.stderr.contains("secret-token") && !out.stdout.contains("secret-token"));
    assert_eq!(call.params.iter().find(|(k, _)| k == "app_auth_token").unwrap().1, "secret-token");
}

#[test]
fn a_business_error_is_exit_3_with_the_specs_description_and_solution() {
    let gateway = Gateway::start(Scenario::new());
    let out = gateway
        .call(CARD_QUERY, &["--biz-content", r#"{"target_card_no":"0000404","target_card_no_type":"BIZ_CARD"}"#]);
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stdout.is_empty());
    for expected in [
        "error: the platform answered code 40004 (Business Failed)",
        "  sub_code: CARD_NOT_EXIT",
        "  sub_msg: 会员卡不存在",
        "  description: 会员卡不存在",
        "  solution: 确认卡信息",
    ] {
        assert!(out.stderr.contains(expected), "missing {expected:?} in {}", out.stderr);
    }

    // A common code gets the common spec's text.
    let scenario = Scenario::new().rule(Rule::new(CARD_QUERY).failure(alipay_mock::Failure::new("isp.unknow-error")));
    let busy = Gateway::start(scenario);
    let out = busy.call(CARD_QUERY, &["--biz-content", DOCUMENTED]);
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.contains("code 20000"), "{}", out.stderr);
    assert!(out.stderr.contains("  solution: 稍后重试"), "{}", out.stderr);
}

#[test]
fn a_wrong_private_key_is_refused_by_the_platform_with_exit_3() {
    let gateway = Gateway::start(Scenario::new());
    let out = gateway.call_with(
        CARD_QUERY,
        &data("app_private_pkcs1.pem"),
        &gateway.alipay_public_key,
        &["--biz-content", DOCUMENTED],
    );
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.contains("code 40002"), "{}", out.stderr);
    assert!(out.stderr.contains("  sub_code: isv.invalid-signature"), "{}", out.stderr);
    assert!(out.stderr.contains("  description: "), "{}", out.stderr);

    // The gateway quotes the string it verified, app_auth_token included; the tool hides the token.
    let out = gateway.call_with(
        CARD_QUERY,
        &data("app_private_pkcs1.pem"),
        &gateway.alipay_public_key,
        &["--biz-content", DOCUMENTED, "--app-auth-token", "secret-token"],
    );
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.contains("app_auth_token=<hidden>"), "{}", out.stderr);
    assert!(!out.stderr.contains("secret-token"), "{}", out.stderr);
}

#[test]
fn a_wrong_alipay_public_key_fails_verification_with_exit_4() {
    let gateway = Gateway::start(Scenario::new());
    let out = gateway.call_with(
        CARD_QUERY,
        &gateway.app_private_key,
        &data("alipay_public.pem"),
        &["--biz-content", DOCUMENTED],
    );
    assert_eq!(out.status, 4, "{out:?}");
    assert!(out.stderr.contains("cannot be trusted"), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "nothing unverified is printed: {}", out.stdout);

    // An unsigned answer is not trusted either.
    let unsigned = Gateway::start(Scenario::new().rule(Rule::new(CARD_QUERY).unsigned()));
    let out = unsigned.call(CARD_QUERY, &["--biz-content", DOCUMENTED]);
    assert_eq!(out.status, 4, "{out:?}");
}

#[test]
fn transport_failures_are_exit_5() {
    // Connection refused: a port that was free a moment ago.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let gateway = Gateway::start(Scenario::new());
    let url = format!("http://127.0.0.1:{port}/gateway.do");
    let mut command = common::alipay();
    command.args(["call", CARD_QUERY, "--gateway", &url, "--app-id", "2021000000000001", "--biz-content", DOCUMENTED]);
    command
        .arg("--private-key")
        .arg(&gateway.app_private_key)
        .arg("--alipay-public-key")
        .arg(&gateway.alipay_public_key);
    let out = run_command(&mut command);
    assert_eq!(out.status, 5, "{out:?}");
    assert!(out.stderr.contains(&format!("cannot connect to the gateway at {url}")), "{}", out.stderr);

    let scenario = Scenario::new()
        .rule(Rule::new(CARD_QUERY).when("target_card_no", "proxy").status(502).body("<html>Bad Gateway</html>"))
        .rule(Rule::new(CARD_QUERY).when("target_card_no", "slow").delay(std::time::Duration::from_secs(5)))
        .rule(Rule::new(CARD_QUERY).when("target_card_no", "html").body("<html>maintenance</html>"));
    let gateway = Gateway::start(scenario);
    let card = |number: &str| format!(r#"{{"target_card_no":"{number}","target_card_no_type":"BIZ_CARD"}}"#);

    let out = gateway.call(CARD_QUERY, &["--biz-content", &card("proxy")]);
    assert_eq!(out.status, 5, "{out:?}");
    assert!(out.stderr.contains("HTTP 502") && out.stderr.contains("Bad Gateway"), "{}", out.stderr);

    let out = gateway.call(CARD_QUERY, &["--biz-content", &card("slow"), "--timeout", "300ms"]);
    assert_eq!(out.status, 5, "{out:?}");
    assert!(out.stderr.contains("no complete answer from the gateway within 300ms"), "{}", out.stderr);

    let out = gateway.call(CARD_QUERY, &["--biz-content", &card("html")]);
    assert_eq!(out.status, 5, "{out:?}");
    assert!(out.stderr.contains("maintenance"), "{}", out.stderr);
}

#[test]
fn bad_input_is_exit_2_and_nothing_is_sent() {
    let gateway = Gateway::start(Scenario::new());

    let out =
        gateway.call(CARD_QUERY, &["--biz-content", r#"{"target_card_no":"","card_user_info":{"user_uni_id":"x"}}"#]);
    assert_eq!(out.status, 2, "{out:?}");
    for expected in [
        "the biz_content breaks the spec of `alipay.marketing.card.query` (nothing was sent):",
        "  `target_card_no` is required but empty",
        "  `target_card_no_type` is required but missing",
        "  `card_user_info.user_uni_id_type` is required but missing",
    ] {
        assert!(out.stderr.contains(expected), "missing {expected:?} in {}", out.stderr);
    }

    let out = gateway.call(CARD_QUERY, &["--biz-content", r#"{"target_card_no": "1", "#]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("--biz-content is not JSON"), "{}", out.stderr);

    let out = gateway.call(CARD_QUERY, &["--biz-content", "@/no/such/file.json"]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("/no/such/file.json") && out.stderr.contains("no such file"), "{}", out.stderr);

    let out = gateway.call("alipay.trade.query", &["--biz-content", r#"{"out_trade_no":"T1"}"#]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("no bundled spec for `alipay.trade.query`"), "{}", out.stderr);
    assert!(out.stderr.contains("--no-spec"), "{}", out.stderr);

    let out = gateway.call_with(
        CARD_QUERY,
        &data("app_public.pem"),
        &gateway.alipay_public_key,
        &["--biz-content", DOCUMENTED],
    );
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("--private-key") && out.stderr.contains("this is a public key"), "{}", out.stderr);

    let out = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED, "--sign-type", "RSA3"]);
    assert_eq!(out.status, 2, "{out:?}");

    assert!(gateway.gateway.calls().is_empty(), "nothing reached the gateway");

    // Without a gateway: a usage error naming the option and its variable.
    let mut command = common::alipay();
    command.args(["call", CARD_QUERY, "--app-id", "1", "--private-key", "k", "--alipay-public-key", "k"]);
    let out = run_command(&mut command);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("--gateway"), "{}", out.stderr);
}

#[test]
fn a_method_without_a_spec_is_sent_with_no_spec_and_the_platform_decides() {
    let gateway = Gateway::start(Scenario::new());
    let out = gateway.call("alipay.trade.query", &["--biz-content", r#"{"out_trade_no":"T1"}"#, "--no-spec"]);
    assert_eq!(out.status, 3, "{out:?}");
    assert!(out.stderr.contains("isv.invalid-method"), "{}", out.stderr);
    assert_eq!(gateway.gateway.calls().len(), 1);
}

#[test]
fn a_spec_file_replaces_the_bundled_spec() {
    let gateway = Gateway::start(Scenario::new());
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/alipay.marketing.card.query.toml"),
    )
    .unwrap();
    // A stricter local copy: card numbers of at most 4 characters.
    let strict = text.replacen("max_length = 32", "max_length = 4", 1);
    let file = write(gateway.dir.path(), "strict.toml", strict);
    let spec = file.display().to_string();
    let out = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED, "--spec", &spec]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("`target_card_no` is 7 characters long; at most 4 are allowed"), "{}", out.stderr);

    // A method whose fields travel as parameters is refused, not sent as biz_content.
    let params = text.replacen("description = \"根据", "request_in = \"params\"\ndescription = \"根据", 1);
    assert_ne!(params, text);
    let file = write(gateway.dir.path(), "params.toml", params);
    let spec = file.display().to_string();
    let out = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED, "--spec", &spec]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("takes its fields as request parameters"), "{}", out.stderr);

    // The spec of another method is refused.
    let other = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/alipay.commerce.transport.nfccard.send.toml");
    let other = other.display().to_string();
    let out = gateway.call(CARD_QUERY, &["--biz-content", DOCUMENTED, "--spec", &other]);
    assert_eq!(out.status, 2, "{out:?}");
    assert!(out.stderr.contains("the spec is for `alipay.commerce.transport.nfccard.send`"), "{}", out.stderr);
}

#[test]
fn the_configuration_can_come_from_the_environment() {
    let gateway = Gateway::start(Scenario::new());
    let mut command = common::alipay();
    command
        .env("ALIPAY_GATEWAY", gateway.gateway.url())
        .env("ALIPAY_APP_ID", gateway.gateway.app_id())
        .env("ALIPAY_PRIVATE_KEY", &gateway.app_private_key)
        .env("ALIPAY_PUBLIC_KEY", &gateway.alipay_public_key)
        .env("ALIPAY_SIGN_TYPE", "RSA")
        .env("ALIPAY_CHARSET", "gbk")
        .env("ALIPAY_TIMEOUT", "10s")
        .args(["call", CARD_QUERY, "--biz-content", DOCUMENTED]);
    let out = run_command(&mut command);
    assert_eq!(out.status, 0, "{out:?}");
    let node: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(node["card_info"]["front_text_list"][0]["value"], "金融贸易", "GBK answer decoded");
    let call = gateway.gateway.last_call().unwrap();
    assert_eq!(call.param("sign_type"), Some("RSA"));
    assert_eq!(call.param("charset"), Some("gbk"));
}
