//! `alipay bench`: drives one method through the real client (sign, send, verify) and measures calls/s,
//! latency percentiles and the client's CPU time per call.
//!
//! CPU is `getrusage(RUSAGE_SELF)` user + system time over the measured calls, divided by the calls: the
//! whole process. With `--gateway` that is the client alone. Without it a stand-in gateway is started: in
//! this process (its CPU then counts in the figure, which says so), as a child process (`alipay mock`, so
//! the figure is the client's alone), or both one after the other (the default).

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use alipay_core::{Client, ClientBuilder, Error, RequestOptions};
use alipay_mock::MockGateway;
use tokio::runtime::Runtime;
use tokio::task::JoinSet;

use super::mock;
use crate::cli::{BenchArgs, StandIn};
use crate::failure::{Failure, Outcome};
use crate::{client_setup, input, json_text, specs};

/// Runs `alipay bench`.
pub fn run(args: &BenchArgs) -> Outcome {
    if args.requests == 0 || args.concurrency == 0 {
        return Err(Failure::input("--requests and --concurrency must be at least 1"));
    }
    let plan = Plan::new(args)?;
    let runtime = client_runtime(plan.threads)?;

    let mut runs = Vec::new();
    match &args.gateway {
        Some(gateway) => {
            let client = external_client(args, gateway, &plan)?;
            runs.push(plan.measure(&runtime, &client, Where::External)?);
        }
        None => {
            let encrypt_key = args.encrypt_key.as_deref();
            if matches!(args.stand_in, StandIn::Both | StandIn::Child) {
                let child = ChildGateway::start(encrypt_key)?;
                let client = plan.configure(child.client_builder(encrypt_key)?)?;
                runs.push(plan.measure(&runtime, &client, Where::ChildProcess)?);
                child.stop();
            }
            if matches!(args.stand_in, StandIn::Both | StandIn::InProcess) {
                let (gateway_runtime, gateway) = in_process_gateway(encrypt_key)?;
                let client = plan.configure(gateway.client_builder())?;
                runs.push(plan.measure(&runtime, &client, Where::InProcess)?);
                drop(gateway);
                gateway_runtime.shutdown_timeout(Duration::from_secs(1));
            }
        }
    }

    if args.json {
        outln!("{}", plan.json(&runs));
    } else {
        plan.print(&runs);
    }
    Ok(())
}

/// What to run: the method, its content, how many calls, how many at once, on how many threads.
struct Plan {
    method: Arc<str>,
    biz_content: Arc<str>,
    requests: usize,
    concurrency: usize,
    warmup: usize,
    threads: usize,
    signing: (Option<alipay_core::SignType>, Option<alipay_core::Charset>),
    timeout: Duration,
}

impl Plan {
    fn new(args: &BenchArgs) -> Outcome<Self> {
        let common = specs::bundled_common()?;
        let spec = match specs::bundled_method(&args.method) {
            Some(bundled) => Some(
                specs::check_method(&specs::bundled_source(bundled), &common)
                    .map_err(|diagnostics| specs::diagnostics_failure(&diagnostics))?,
            ),
            // A method without a bundled spec can be driven against a real gateway, with its content given.
            None if args.gateway.is_some() && args.biz_content.is_some() => None,
            None => return Err(specs::unknown_method(&args.method)),
        };
        let text = match (&args.biz_content, &spec) {
            (Some(argument), _) => input::inline_or_file(argument, "biz_content file")?,
            (None, Some(spec)) => spec.examples.request.clone().ok_or_else(|| {
                Failure::input(format!("the spec of `{}` has no request example: give --biz-content", args.method))
            })?,
            (None, None) => return Err(specs::unknown_method(&args.method)),
        };
        specs::check_biz_content(&text, spec.as_ref())?;
        let threads = args.threads.unwrap_or_else(|| {
            if args.concurrency == 1 { 1 } else { std::thread::available_parallelism().map_or(1, usize::from) }
        });
        Ok(Self {
            method: args.method.as_str().into(),
            biz_content: json_text::compact(&text).into(),
            requests: args.requests,
            concurrency: args.concurrency,
            warmup: args.warmup,
            threads: threads.max(1),
            signing: (args.signing.sign_type, args.signing.charset),
            timeout: args.timeout,
        })
    }

    /// The sign type, charset and time limits of the command line, on a client builder.
    fn configure(&self, builder: ClientBuilder) -> Outcome<Client> {
        builder
            .sign_type(self.signing.0.unwrap_or_default())
            .charset(self.signing.1.unwrap_or_default())
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .build()
            .map_err(|error| Failure::input(error.to_string()))
    }

    /// Warms up, then makes the measured calls and reads the process's CPU time around them.
    fn measure(&self, runtime: &Runtime, client: &Client, place: Where) -> Outcome<Run> {
        if self.warmup > 0 {
            runtime.block_on(self.drive(client, self.warmup))?;
        }
        let cpu_before = process_cpu();
        let started = Instant::now();
        let mut latencies = runtime.block_on(self.drive(client, self.requests))?;
        let elapsed = started.elapsed();
        let cpu = process_cpu().zip(cpu_before).map(|(after, before)| after - before);
        latencies.sort_unstable();
        Ok(Run { place, elapsed, latencies, cpu })
    }

    /// Makes `total` calls, `concurrency` at a time; the first failure stops the run.
    async fn drive(&self, client: &Client, total: usize) -> Outcome<Vec<Duration>> {
        let next = Arc::new(AtomicUsize::new(0));
        let mut workers = JoinSet::new();
        for _ in 0..self.concurrency.min(total) {
            let (client, next) = (client.clone(), Arc::clone(&next));
            let (method, biz_content) = (Arc::clone(&self.method), Arc::clone(&self.biz_content));
            let options = RequestOptions::new();
            workers.spawn(async move {
                let mut latencies = Vec::with_capacity(total / 8 + 1);
                while next.fetch_add(1, Ordering::Relaxed) < total {
                    let started = Instant::now();
                    client.execute_raw(&method, biz_content.to_string(), &options).await.map_err(call_failure)?;
                    latencies.push(started.elapsed());
                }
                Ok::<_, Failure>(latencies)
            });
        }
        let mut all = Vec::with_capacity(total);
        while let Some(joined) = workers.join_next().await {
            match joined {
                Ok(Ok(latencies)) => all.extend(latencies),
                Ok(Err(failure)) => {
                    workers.abort_all();
                    return Err(failure);
                }
                Err(error) => return Err(Failure::input(format!("a call task ended abnormally: {error}"))),
            }
        }
        Ok(all)
    }

    fn print(&self, runs: &[Run]) {
        outln!(
            "{}: {} calls (after {} warm-up calls), concurrency {}, {} client thread{}",
            self.method,
            self.requests,
            self.warmup,
            self.concurrency,
            self.threads,
            if self.threads == 1 { "" } else { "s" }
        );
        outln!("  {:<38} {:>9} {:>9} {:>9} {:>12}", "gateway", "calls/s", "p50 ms", "p99 ms", "CPU µs/call");
        for run in runs {
            let cpu = run.cpu_us_per_call().map_or_else(|| "n/a".to_owned(), |us| format!("{us:.1}"));
            outln!(
                "  {:<38} {:>9.1} {:>9.3} {:>9.3} {:>12}  ({})",
                run.place.describe(),
                run.calls_per_s(),
                run.percentile_ms(50.0),
                run.percentile_ms(99.0),
                cpu,
                run.place.cpu_covers()
            );
        }
    }

    /// One JSON line: the client-only run's figures at the top level (the child-process gateway's, or the
    /// external gateway's), the in-process run's under `in_process`.
    fn json(&self, runs: &[Run]) -> String {
        let main = runs.iter().find(|run| run.place != Where::InProcess).or(runs.first());
        let mut object = serde_json::Map::new();
        object.insert("method".into(), self.method.as_ref().into());
        object.insert("calls".into(), self.requests.into());
        object.insert("concurrency".into(), self.concurrency.into());
        object.insert("threads".into(), self.threads.into());
        if let Some(run) = main {
            object.extend(run.figures());
        }
        if main.is_some_and(|main| main.place != Where::InProcess)
            && let Some(run) = runs.iter().find(|run| run.place == Where::InProcess)
        {
            object.insert("in_process".into(), serde_json::Value::Object(run.figures().into_iter().collect()));
        }
        serde_json::Value::Object(object).to_string()
    }
}

/// Where the gateway of a run was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    External,
    ChildProcess,
    InProcess,
}

impl Where {
    fn name(self) -> &'static str {
        match self {
            Self::External => "external",
            Self::ChildProcess => "stand-in, child process",
            Self::InProcess => "stand-in, in process",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Self::External => "--gateway",
            Self::ChildProcess => "stand-in gateway, child process",
            Self::InProcess => "stand-in gateway, in this process",
        }
    }

    fn cpu_covers(self) -> &'static str {
        match self {
            Self::External | Self::ChildProcess => "client only",
            Self::InProcess => "client + gateway",
        }
    }
}

/// One measured run.
#[derive(Debug)]
struct Run {
    place: Where,
    elapsed: Duration,
    /// Sorted.
    latencies: Vec<Duration>,
    cpu: Option<Cpu>,
}

impl Run {
    fn calls_per_s(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    /// The nearest-rank percentile, in milliseconds.
    fn percentile_ms(&self, percent: f64) -> f64 {
        percentile(&self.latencies, percent).as_secs_f64() * 1e3
    }

    fn cpu_us_per_call(&self) -> Option<f64> {
        self.cpu.map(|cpu| cpu.total().as_secs_f64() * 1e6 / self.latencies.len() as f64)
    }

    fn figures(&self) -> Vec<(String, serde_json::Value)> {
        let round = |value: f64, digits: i32| {
            let scale = 10f64.powi(digits);
            serde_json::Value::from((value * scale).round() / scale)
        };
        let per_call = |time: Duration| round(time.as_secs_f64() * 1e6 / self.latencies.len() as f64, 1);
        vec![
            ("gateway".into(), self.place.name().into()),
            ("cpu_covers".into(), self.place.cpu_covers().into()),
            ("seconds".into(), round(self.elapsed.as_secs_f64(), 3)),
            ("calls_per_s".into(), round(self.calls_per_s(), 1)),
            ("p50_ms".into(), round(self.percentile_ms(50.0), 3)),
            ("p99_ms".into(), round(self.percentile_ms(99.0), 3)),
            ("cpu_us_per_call".into(), self.cpu_us_per_call().map_or(serde_json::Value::Null, |us| round(us, 1))),
            ("cpu_user_us_per_call".into(), self.cpu.map_or(serde_json::Value::Null, |cpu| per_call(cpu.user))),
            ("cpu_system_us_per_call".into(), self.cpu.map_or(serde_json::Value::Null, |cpu| per_call(cpu.system))),
        ]
    }
}

/// The nearest-rank percentile of sorted values.
fn percentile(sorted: &[Duration], percent: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// User and system CPU time of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cpu {
    user: Duration,
    system: Duration,
}

impl Cpu {
    fn total(self) -> Duration {
        self.user + self.system
    }
}

impl std::ops::Sub for Cpu {
    type Output = Cpu;

    fn sub(self, earlier: Cpu) -> Cpu {
        Cpu { user: self.user.saturating_sub(earlier.user), system: self.system.saturating_sub(earlier.system) }
    }
}

/// `getrusage(RUSAGE_SELF)`: every thread of the process.
#[cfg(unix)]
fn process_cpu() -> Option<Cpu> {
    use nix::sys::resource::{UsageWho, getrusage};
    let usage = getrusage(UsageWho::RUSAGE_SELF).ok()?;
    let duration = |time: nix::sys::time::TimeVal| {
        Duration::from_secs(u64::try_from(time.tv_sec()).ok()?)
            .checked_add(Duration::from_micros(u64::try_from(time.tv_usec()).ok()?))
    };
    Some(Cpu { user: duration(usage.user_time())?, system: duration(usage.system_time())? })
}

#[cfg(not(unix))]
fn process_cpu() -> Option<Cpu> {
    None
}

/// The client's runtime: one thread, or a pool of `threads` workers.
fn client_runtime(threads: usize) -> Outcome<Runtime> {
    let built = if threads == 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(threads).enable_all().build()
    };
    built.map_err(|error| Failure::input(format!("cannot start the async runtime: {error}")))
}

/// A client of `--gateway` with the key files of the command line.
fn external_client(args: &BenchArgs, gateway: &str, plan: &Plan) -> Outcome<Client> {
    let verifies = args.alipay_public_key.is_some() || args.certificates.app_cert.is_some();
    let missing: Vec<&str> = [
        (args.app_id.is_none(), "--app-id (ALIPAY_APP_ID)"),
        (args.private_key.is_none(), "--private-key (ALIPAY_PRIVATE_KEY)"),
        (!verifies, "--alipay-public-key (ALIPAY_PUBLIC_KEY) or the certificates of certificate mode (--app-cert ...)"),
    ]
    .into_iter()
    .filter_map(|(missing, name)| missing.then_some(name))
    .collect();
    let (Some(app_id), Some(private_key), true) = (&args.app_id, &args.private_key, verifies) else {
        return Err(Failure::input(format!("--gateway needs {}", missing.join(", "))));
    };
    let builder = Client::builder().app_id(app_id.clone()).signer(input::private_key(private_key, "--private-key")?);
    let builder = client_setup::verification(
        builder,
        args.alipay_public_key.as_deref(),
        &args.certificates,
        args.encrypt_key.as_deref(),
    )?;
    plan.configure(client_setup::gateway(builder, gateway))
}

/// The stand-in gateway in this process, on a runtime (and thread) of its own, with the content-encryption
/// key when there is one (its client builder carries it too).
fn in_process_gateway(encrypt_key: Option<&str>) -> Outcome<(Runtime, MockGateway)> {
    let common = specs::bundled_common()?;
    let methods = super::mock::bundled_specs(&common)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("stand-in-gateway")
        .enable_all()
        .build()
        .map_err(|error| Failure::input(format!("cannot start the gateway's runtime: {error}")))?;
    let gateway = runtime
        .block_on(async {
            let mut builder = MockGateway::builder(methods, common).record_calls(false);
            if let Some(key) = encrypt_key {
                builder = builder.encrypt_key(key);
            }
            builder.start().await
        })
        .map_err(|error| Failure::input(format!("the stand-in gateway did not start: {error}")))?;
    Ok((runtime, gateway))
}

/// The stand-in gateway as a child process: `alipay mock` with fresh keys in a temporary folder. Killed
/// when dropped.
struct ChildGateway {
    child: Child,
    url: String,
    keys: tempfile::TempDir,
}

impl ChildGateway {
    /// Starts `alipay mock`, with the content-encryption key when there is one (in its environment, not on its
    /// command line).
    fn start(encrypt_key: Option<&str>) -> Outcome<Self> {
        let program = std::env::current_exe()
            .map_err(|error| Failure::input(format!("cannot find this program to start `alipay mock`: {error}")))?;
        let keys = tempfile::Builder::new()
            .prefix("alipay-bench-keys-")
            .tempdir()
            .map_err(|error| Failure::input(format!("cannot create a temporary folder: {error}")))?;
        let mut command = Command::new(program);
        command.env_remove("ALIPAY_ENCRYPT_KEY");
        if let Some(key) = encrypt_key {
            command.env("ALIPAY_ENCRYPT_KEY", key);
        }
        let mut child = command
            .args(["mock", "--quiet", "--port", "0", "--keys-out"])
            .arg(keys.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| Failure::input(format!("cannot start `alipay mock`: {error}")))?;
        let stdout = child.stdout.take().ok_or_else(|| Failure::input("`alipay mock` has no output"))?;
        let mut gateway = Self { child, url: String::new(), keys };
        for line in BufReader::new(stdout).lines() {
            let line = line.map_err(|error| Failure::input(format!("cannot read `alipay mock`: {error}")))?;
            if let Some(url) = line.strip_prefix(mock::LISTENING) {
                gateway.url = url.trim().to_owned();
                // Its output after this line goes nowhere: `alipay mock` ignores a closed standard output.
                return Ok(gateway);
            }
        }
        Err(Failure::input("`alipay mock` stopped before it said where it listens"))
    }

    fn client_builder(&self, encrypt_key: Option<&str>) -> Outcome<ClientBuilder> {
        let private_key = input::private_key(&self.keys.path().join(mock::APP_PRIVATE_KEY), "the gateway's app key")?;
        let public_key = input::public_key(&self.keys.path().join(mock::ALIPAY_PUBLIC_KEY), "the gateway's key")?;
        let builder = Client::builder()
            .app_id(alipay_mock::DEFAULT_APP_ID)
            .signer(private_key)
            .verifier(public_key)
            .gateway_url(&self.url);
        Ok(match encrypt_key {
            Some(key) => builder.encrypt_key(key),
            None => builder,
        })
    }

    fn stop(self) {
        // Dropping kills it.
    }
}

impl Drop for ChildGateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A failed call stops the run: a benchmark of failing calls measures nothing useful. The exit status is the one
/// `alipay call` gives the same failure.
fn call_failure(error: Error) -> Failure {
    let failure = super::call::failure(error);
    Failure { status: failure.status, message: format!("a call failed, so the run stops: {}", failure.message) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let values: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&values, 50.0), Duration::from_millis(50));
        assert_eq!(percentile(&values, 99.0), Duration::from_millis(99));
        assert_eq!(percentile(&values, 100.0), Duration::from_millis(100));
        assert_eq!(percentile(&values[..1], 99.0), Duration::from_millis(1));
        assert_eq!(percentile(&[], 50.0), Duration::ZERO);
    }

    #[cfg(unix)]
    #[test]
    fn process_cpu_grows_with_work() {
        // Work until the process has used 20 ms of CPU: the measure must see it, however busy the machine
        // is (a loaded machine only makes this take longer in wall time).
        let before = process_cpu().unwrap();
        let started = Instant::now();
        let mut x = 0u64;
        let used = loop {
            for _ in 0..100_000 {
                x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
            }
            let used = process_cpu().unwrap() - before;
            if used.total() >= Duration::from_millis(20) || started.elapsed() > Duration::from_secs(60) {
                break used;
            }
        };
        assert!(used.total() >= Duration::from_millis(20), "{used:?} of CPU after {:?}", started.elapsed());
    }
}
