//! What one call of `alipay.marketing.card.query` costs the client, next to its RSA floor.
//!
//! Every group holds a `floor/...` benchmark: the raw RSA work of the same backend that the measured path
//! cannot avoid (one signature with the app key, one verification with the platform key). The rest of a
//! group is measured beside it, so that the overhead of everything else is a ratio;
//! `scripts/bench-report.py` prints those ratios from criterion's results.
//!
//! - `request/<backend>`: `prepare` (validate, serialise `biz_content`, build the string to sign, sign,
//!   encode the form body) beside `floor/sign`.
//! - `response/<backend>`: `extract` (find the node's exact text), `decode` (typed decoding of the node
//!   alone), `decode_response` (charset, extraction, verification, status, typed decoding) beside
//!   `floor/verify`.
//! - `call/<backend>`, wall time: `whole/static-server` (a whole typed call against a static loopback
//!   server that answers a pre-signed body, so the server costs next to nothing) and
//!   `whole/stand-in-gateway` (against `alipay-mock` on its own thread: it verifies and validates each call,
//!   and signs the documented answer once, reusing that signature) beside `floor/sign+verify`.
//! - `call-cpu/<backend>`: the same static-server call and floor, measured in CPU time of the calling
//!   thread (which runs the client, its tokio runtime and its connection), not wall time; and
//!   `transport/http-post`, a bare `reqwest` POST of the same form body answered with the same body (no
//!   signing, verification or decoding): what the HTTP exchange alone costs; and `floor+transport`, the
//!   three raw steps in a row (sign, POST, verify), so that whole - (floor+transport) is the SDK's own
//!   work, cache effects of the RSA code on the HTTP code included in both.
//!
//! ```sh
//! cargo bench --features pure-rust --bench client     # both backends
//! python3 scripts/bench-report.py                      # the ratios
//! ```

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use alipay_apis::marketing_card_query::{RESPONSE_KEY, Request, Response};
use alipay_apis::response::ResponseBody;
use alipay_apis::{Client, PrivateKey, SignType, Signer as _};
use alipay_mock::{App, MockGateway, load_specs};
use criterion::{Criterion, criterion_group, criterion_main};

use common::static_gateway::StaticGateway;
use common::{Backend, thread_cpu};

/// A URL nothing is sent to, for clients that only prepare or decode.
const UNUSED_GATEWAY: &str = "http://127.0.0.1:9/gateway.do";

/// The platform's signature over [`common::NODE`], raw.
fn node_signature() -> Vec<u8> {
    let platform = PrivateKey::from_text(common::ALIPAY_PRIVATE_KEY).expect("the test key parses");
    platform.sign(SignType::Rsa2, common::NODE.as_bytes()).expect("the node signs")
}

/// The bytes one call signs: its string to sign.
fn sign_string_bytes(client: &Client) -> Vec<u8> {
    client.prepare(&common::request()).expect("the documented request prepares").sign_string().as_bytes().to_vec()
}

fn request(c: &mut Criterion) {
    let request = common::request();
    for backend in Backend::all() {
        let client = backend.client_builder().gateway_url(UNUSED_GATEWAY).build().expect("the client builds");
        let signer = backend.signer();
        let message = sign_string_bytes(&client);
        let mut group = c.benchmark_group(format!("request/{}", backend.name()));
        group.bench_function("floor/sign", |b| b.iter(|| signer.sign(SignType::Rsa2, black_box(&message))));
        group.bench_function("prepare", |b| b.iter(|| client.prepare(black_box(&request)).map(|p| p.sign().len())));
        group.finish();
    }
}

fn response(c: &mut Criterion) {
    let body = common::signed_body();
    let signature = node_signature();
    for backend in Backend::all() {
        let client = backend.client_builder().gateway_url(UNUSED_GATEWAY).build().expect("the client builds");
        let verifier = backend.verifier();
        client.decode_response::<Request>(body.as_bytes()).expect("the signed body verifies and decodes");
        let mut group = c.benchmark_group(format!("response/{}", backend.name()));
        group.bench_function("floor/verify", |b| {
            b.iter(|| verifier.verify(SignType::Rsa2, black_box(common::NODE.as_bytes()), black_box(&signature)))
        });
        group.bench_function("extract", |b| b.iter(|| ResponseBody::parse(black_box(&body), RESPONSE_KEY).is_ok()));
        group
            .bench_function("decode", |b| b.iter(|| serde_json::from_str::<Response>(black_box(common::NODE)).is_ok()));
        group.bench_function("decode_response", |b| {
            b.iter(|| client.decode_response::<Request>(black_box(body.as_bytes())).is_ok())
        });
        group.finish();
    }
}

/// The stand-in gateway, on a runtime (and thread) of its own, knowing the benches' keys.
fn stand_in_gateway() -> (tokio::runtime::Runtime, MockGateway) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("stand-in-gateway")
        .enable_all()
        .build()
        .expect("a runtime starts");
    let specs = load_specs(&Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")).expect("the specs load");
    let app = App::from_private_key(common::APP_ID, common::APP_PRIVATE_KEY).expect("the test key parses");
    let platform = PrivateKey::from_text(common::ALIPAY_PRIVATE_KEY).expect("the test key parses");
    let gateway = runtime
        .block_on(
            MockGateway::builder(specs.specs, specs.common)
                .app(app)
                .platform_private_key(platform)
                .record_calls(false)
                .start(),
        )
        .expect("the stand-in gateway starts");
    (runtime, gateway)
}

fn call(c: &mut Criterion) {
    let static_gateway = StaticGateway::start(&common::signed_body()).expect("the static gateway starts");
    let (_gateway_runtime, stand_in) = stand_in_gateway();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime starts");
    let request = common::request();
    let signature = node_signature();

    for backend in Backend::all() {
        let signer = backend.signer();
        let verifier = backend.verifier();
        let to_static = backend.client_builder().gateway_url(static_gateway.url()).build().expect("the client builds");
        let to_stand_in = backend.client_builder().gateway_url(&stand_in.url()).build().expect("the client builds");
        for client in [&to_static, &to_stand_in] {
            runtime.block_on(client.execute(&request)).expect("the documented call succeeds");
        }
        let message = sign_string_bytes(&to_static);
        let floor = || {
            let signed = signer.sign(SignType::Rsa2, black_box(&message));
            let verified = verifier.verify(SignType::Rsa2, black_box(common::NODE.as_bytes()), black_box(&signature));
            (signed.is_ok(), verified.is_ok())
        };
        let whole = |client: &Client| runtime.block_on(client.execute(black_box(&request))).is_ok();
        let http = reqwest::Client::new();
        let form_body = to_static.prepare(&request).expect("the documented request prepares");
        let post = || {
            runtime.block_on(async {
                let response = http
                    .post(static_gateway.url())
                    .header(reqwest::header::CONTENT_TYPE, form_body.content_type())
                    .body(form_body.form_body_bytes())
                    .send()
                    .await?;
                response.bytes().await
            })
        };
        assert!(post().expect("the static gateway answers").starts_with(b"{"));

        let mut group = c.benchmark_group(format!("call/{}", backend.name()));
        group.bench_function("floor/sign+verify", |b| b.iter(floor));
        group.bench_function("whole/static-server", |b| b.iter(|| whole(&to_static)));
        group.bench_function("whole/stand-in-gateway", |b| b.iter(|| whole(&to_stand_in)));
        group.finish();

        let mut group = c.benchmark_group(format!("call-cpu/{}", backend.name()));
        group.bench_function("floor/sign+verify", |b| {
            b.iter_custom(|iterations| {
                let start = thread_cpu();
                for _ in 0..iterations {
                    black_box(floor());
                }
                thread_cpu() - start
            })
        });
        group.bench_function("whole/static-server", |b| {
            b.iter_custom(|iterations| {
                let start = thread_cpu();
                for _ in 0..iterations {
                    black_box(whole(&to_static));
                }
                thread_cpu() - start
            })
        });
        group.bench_function("floor+transport/sign+post+verify", |b| {
            b.iter_custom(|iterations| {
                let start = thread_cpu();
                for _ in 0..iterations {
                    let signed = signer.sign(SignType::Rsa2, black_box(&message)).is_ok();
                    let posted = post().is_ok();
                    let verified = verifier.verify(SignType::Rsa2, black_box(common::NODE.as_bytes()), &signature);
                    black_box((signed, posted, verified.is_ok()));
                }
                thread_cpu() - start
            })
        });
        group.bench_function("transport/http-post", |b| {
            b.iter_custom(|iterations| {
                let start = thread_cpu();
                for _ in 0..iterations {
                    black_box(post().map(|body| body.len()).ok());
                }
                thread_cpu() - start
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    targets = request, response, call
}
criterion_main!(benches);
