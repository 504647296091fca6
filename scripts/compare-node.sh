#!/usr/bin/env bash
# The official Node SDK (alipay-sdk 4.14.0) and this SDK's client (`alipay bench`), side by side in one run,
# against the SAME stand-in gateway (`alipay mock`, a process of its own, so neither client's CPU figure
# holds the gateway's): alipay.marketing.card.query, N calls at concurrency 1 and 32 each.
#
#   scripts/compare-node.sh                 # N=2000, 3 rounds
#   REQUESTS=5000 ROUNDS=5 scripts/compare-node.sh
#
# Each round runs Node then Rust at each concurrency, back to back, so that both meet the same machine; the
# summary gives every round's ratios and their median (a shared machine moves single runs by tens of percent).
#
# Needs cargo, node >= 18 and npm (`npm ci` installs the pinned SDK into scripts/node-bench/node_modules).
# Environment: REQUESTS (default 2000), ROUNDS (default 3), CONCURRENCY (default "1 32"), ALIPAY (an alipay
# binary; default: built with `cargo build --release -p alipay-cli`), CARGO_TARGET_DIR as usual.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${REQUESTS:-2000}"
rounds="${ROUNDS:-3}"
concurrency_levels="${CONCURRENCY:-1 32}"
method="alipay.marketing.card.query"
biz_content='{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}'
keys="$root/crates/alipay-core/tests/data" # throw-away test keys (shared/fixtures/keys)

for tool in cargo node npm python3; do
  command -v "$tool" >/dev/null || { echo "compare-node.sh needs $tool on PATH" >&2; exit 2; }
done

if [[ -z "${ALIPAY:-}" ]]; then
  echo "== building the alipay tool (release)" >&2
  (cd "$root" && cargo build --release -p alipay-cli --quiet)
  ALIPAY="${CARGO_TARGET_DIR:-$root/target}/release/alipay"
fi

if [[ ! -d "$root/scripts/node-bench/node_modules/alipay-sdk" ]]; then
  echo "== npm ci (alipay-sdk 4.14.0)" >&2
  (cd "$root/scripts/node-bench" && npm ci --no-audit --no-fund --loglevel=error)
fi

work="$(mktemp -d)"
gateway_pid=""
cleanup() {
  if [[ -n "$gateway_pid" ]]; then kill "$gateway_pid" 2>/dev/null || true; wait "$gateway_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The stand-in gateway knows the app by the test app public key and signs with the test platform key.
"$ALIPAY" mock --quiet --port 0 --app-public-key "$keys/app_public.pem" --alipay-private-key "$keys/alipay_private_pkcs1.pem" \
  >"$work/gateway.out" 2>/dev/null &
gateway_pid=$!
url=""
for _ in $(seq 100); do
  url="$(sed -n 's/^The stand-in gateway listens on \(http[^ ]*\).*/\1/p' "$work/gateway.out")"
  [[ -n "$url" ]] && break
  kill -0 "$gateway_pid" 2>/dev/null || { echo "the stand-in gateway did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "the stand-in gateway did not say where it listens" >&2; exit 1; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "== gateway: $url (alipay mock, pid $gateway_pid); $requests calls of $method per run" >&2

results="$work/results.jsonl"
for round in $(seq "$rounds"); do
  for concurrency in $concurrency_levels; do
    echo "== round $round: Node SDK, concurrency $concurrency" >&2
    (cd "$root/scripts/node-bench" && TZ=Asia/Shanghai node bench.mjs --gateway "$url" \
      --private-key "$keys/app_private_pkcs1.pem" --key-type PKCS1 --alipay-public-key "$keys/alipay_public.pem" \
      --method "$method" --biz-content "$biz_content" --requests "$requests" --concurrency "$concurrency") \
      | sed "s/^{/{\"client_name\":\"node\",\"round\":$round,/" >>"$results"
    echo "== round $round: alipay bench (alipay-rs, aws-lc-rs), concurrency $concurrency" >&2
    "$ALIPAY" bench "$method" --gateway "$url" --app-id 2021000000000001 \
      --private-key "$keys/app_private_pkcs1.pem" --alipay-public-key "$keys/alipay_public.pem" \
      --biz-content "$biz_content" --requests "$requests" --concurrency "$concurrency" --json \
      | sed "s/^{/{\"client_name\":\"rust\",\"round\":$round,/" >>"$results"
  done
done
echo "== load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$results" <<'EOF'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
by = {(row["round"], row["concurrency"], row["client_name"]): row for row in rows}
print(f"{'round':>5} {'client':<6} {'conc':>4} {'calls':>6} {'calls/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'CPU µs/call':>12}")
for key in sorted(by):
    row = by[key]
    print(f"{key[0]:>5} {key[2]:<6} {key[1]:>4} {row['calls']:>6} {row['calls_per_s']:>9.1f} {row['p50_ms']:>8.3f} "
          f"{row['p99_ms']:>8.3f} {row['cpu_us_per_call']:>12.1f}")
print()
listed = lambda values: ", ".join(f"{value:.2f}" for value in values)
for concurrency in sorted({key[1] for key in by}):
    throughput, cpu = [], []
    for round_ in sorted({key[0] for key in by}):
        node, rust = by.get((round_, concurrency, "node")), by.get((round_, concurrency, "rust"))
        if node and rust:
            throughput.append(rust["calls_per_s"] / node["calls_per_s"])
            cpu.append(node["cpu_us_per_call"] / rust["cpu_us_per_call"])
    if throughput:
        print(f"concurrency {concurrency}: throughput rust/node median {statistics.median(throughput):.2f}x "
              f"({listed(throughput)}); CPU per call node/rust median {statistics.median(cpu):.2f}x ({listed(cpu)})")
EOF
