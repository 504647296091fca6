//! Starting with fresh or given keys, what a test reads from a running gateway, the log of each call, the
//! errors of a configuration that cannot start, and stopping.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use alipay_core::{PrivateKey, RequestOptions};
use alipay_mock::{App, DEFAULT_APP_ID, MockGateway, StartError};
use common::*;

#[tokio::test]
async fn fresh_keys_and_a_ready_client() {
    let set = specs();
    let gateway = MockGateway::builder(set.specs, set.common).start().await.unwrap();
    assert_eq!(gateway.app_id(), DEFAULT_APP_ID);
    let url = gateway.url();
    assert!(url.starts_with("http://127.0.0.1:") && url.ends_with("/gateway.do"), "{url}");
    assert_ne!(gateway.addr().port(), 0);

    let private_pem = gateway.app_private_key_pem().unwrap();
    assert!(private_pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    let platform_pem = gateway.platform_public_key_pem();
    assert!(platform_pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    // The keys are fresh: not the fixtures, not each other.
    assert_ne!(platform_pem, ALIPAY_PUBLIC);
    assert_ne!(PrivateKey::from_text(&private_pem).unwrap().public_key_pem(), platform_pem);

    let client = gateway.client_builder().build().unwrap();
    let raw = client.execute_raw(NFC_SEND, NFC_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
    assert!(raw.verified);
    // A client with the fixture platform key does not trust this gateway.
    let wrong = alipay_core::Client::builder()
        .app_id(DEFAULT_APP_ID)
        .app_private_key(private_pem.as_str())
        .alipay_public_key(ALIPAY_PUBLIC)
        .gateway_url(&url)
        .build()
        .unwrap();
    let error = wrong.execute_raw(NFC_SEND, NFC_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap_err();
    assert!(matches!(error, alipay_core::Error::Signature { .. }), "{error:?}");

    // No key in Debug output.
    let debug = format!("{gateway:?} {:?}", gateway.app());
    let body_line = private_pem.lines().nth(1).unwrap();
    assert!(!debug.contains(body_line) && !debug.contains("MII"), "{debug}");
    gateway.shutdown().await.unwrap();
}

#[tokio::test]
async fn given_keys_are_used_and_handed_out() {
    let gateway = gateway().await;
    assert_eq!(gateway.platform_public_key_pem().trim(), ALIPAY_PUBLIC.trim());
    let private = PrivateKey::from_text(&gateway.app_private_key_pem().unwrap()).unwrap();
    assert_eq!(private.public_key_pem().trim(), APP_PUBLIC.trim());
    // Known by its public key only: no private key to hand out.
    let set = specs();
    let public_only = MockGateway::builder(set.specs, set.common)
        .app(App::from_public_key(APP_ID, APP_PUBLIC).unwrap())
        .start()
        .await
        .unwrap();
    assert!(public_only.app_private_key_pem().is_none());
    let client = alipay_core::Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE)
        .alipay_public_key(public_only.platform_public_key_pem())
        .gateway_url(&public_only.url())
        .build()
        .unwrap();
    client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
}

#[tokio::test]
async fn the_record_of_calls() {
    let gateway = gateway().await;
    let client = client(&gateway);
    client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
    client.execute_raw(NFC_SEND, "{}".to_owned(), &RequestOptions::new()).await.unwrap_err();
    let calls = gateway.calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].method(), Some(CARD_QUERY));
    assert_eq!(calls[0].app_id(), Some(APP_ID));
    assert_eq!(calls[0].http_method, "POST");
    assert_eq!((calls[0].code.as_deref(), calls[0].sub_code.as_deref()), (Some("10000"), None));
    assert!(calls[0].verified);
    let prepared = client.prepare_raw::<String>(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).unwrap();
    // The same string the client signed, but for the timestamp.
    let recorded = calls[0].sign_string.as_deref().unwrap();
    let without_time =
        |text: &str| text.split('&').filter(|pair| !pair.starts_with("timestamp=")).collect::<Vec<_>>().join("&");
    assert_eq!(without_time(recorded), without_time(prepared.sign_string()));
    assert_eq!((calls[1].code.as_deref(), calls[1].sub_code.as_deref()), (Some("40004"), Some("INVALID_PARAMETER")));
    gateway.clear_calls();
    assert!(gateway.calls().is_empty() && gateway.last_call().is_none());
}

#[tokio::test]
async fn a_gateway_that_records_nothing_still_answers() {
    let gateway = builder_with(Vec::new()).record_calls(false).start().await.unwrap();
    let client = client(&gateway);
    for _ in 0..3 {
        let answer = client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
        assert!(answer.verified);
    }
    assert!(gateway.calls().is_empty() && gateway.last_call().is_none());
}

/// A writer that keeps what the log writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn each_call_is_logged_with_its_method_app_and_outcome_and_no_secret() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_env_filter("alipay_mock=info")
        .finish();
    // The test runs on one thread, where the server's task runs too.
    let _guard = tracing::subscriber::set_default(subscriber);
    let gateway = gateway().await;
    let client = client(&gateway);
    let options = RequestOptions::new().app_auth_token("202401BBsecret");
    client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &options).await.unwrap();
    let params = Params::new(CARD_QUERY, CARD_EXAMPLE).signed_with(ALIPAY_PRIVATE, alipay_core::SignType::Rsa2);
    post_form(&gateway, &params).await;
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log.lines().filter(|line| line.contains("gateway call")).collect();
    assert_eq!(lines.len(), 2, "{log}");
    for expected in [format!("method=\"{CARD_QUERY}\""), format!("app_id=\"{APP_ID}\""), "code=\"10000\"".to_owned()] {
        assert!(lines[0].contains(&expected), "{expected} in {}", lines[0]);
    }
    assert!(
        lines[1].contains("code=\"40002\"") && lines[1].contains("sub_code=\"isv.invalid-signature\""),
        "{}",
        lines[1]
    );
    assert!(!log.contains("202401BB") && !log.contains("MII"), "{log}");
}

#[tokio::test]
async fn only_get_and_post_on_the_gateway_path() {
    let gateway = gateway().await;
    let other = reqwest::Client::new().get(gateway.url().replace("/gateway.do", "/other")).send().await.unwrap();
    assert_eq!(other.status().as_u16(), 404);
    let put = reqwest::Client::new().put(gateway.url()).send().await.unwrap();
    assert_eq!(put.status().as_u16(), 405);
}

#[tokio::test]
async fn configurations_that_cannot_start() {
    let set = specs();
    let error = MockGateway::builder(set.specs.clone(), alipay_spec::Common::default()).start().await.unwrap_err();
    assert!(matches!(&error, StartError::Common(lacking) if lacking.len() == 20), "{error}");
    assert!(error.to_string().starts_with(
        "the common spec lacks what the gateway answers with: gateway code `10000`, gateway code `40004`, sub_code `isv.missing-app-id`"
    ));

    let twice = vec![set.specs[0].clone(), set.specs[0].clone()];
    let error = MockGateway::builder(twice, set.common.clone()).start().await.unwrap_err();
    assert_eq!(error.to_string(), format!("two specs describe `{}`", set.specs[0].method));

    let running = gateway().await;
    let error = MockGateway::builder(set.specs, set.common).addr(running.addr()).start().await.unwrap_err();
    assert!(matches!(error, StartError::Bind { addr, .. } if addr == running.addr()));
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_server() {
    let gateway = gateway().await;
    let url = gateway.url();
    let client = client(&gateway);
    client.execute_raw(CARD_QUERY, CARD_EXAMPLE.to_owned(), &RequestOptions::new()).await.unwrap();
    gateway.shutdown().await.unwrap();
    let error = reqwest::Client::new().post(&url).send().await.unwrap_err();
    assert!(error.is_connect(), "{error:?}");

    let dropped = self::common::gateway().await;
    let url = dropped.url();
    drop(dropped);
    // Dropping only signals the server, which then stops on its own task.
    let mut stopped = false;
    for _ in 0..200 {
        if reqwest::Client::new().post(&url).send().await.is_err_and(|error| error.is_connect()) {
            stopped = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(stopped, "the dropped gateway still answers");
}
