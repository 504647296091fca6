// Drives the official Node SDK (alipay-sdk, pinned in package.json) against a gateway: N calls of one method
// at a given concurrency, each response's signature verified (validateSign), and prints one JSON line with
// the same keys as `alipay bench --json`: calls, concurrency, calls_per_s, p50_ms, p99_ms, cpu_us_per_call.
//
//   TZ=Asia/Shanghai node bench.mjs --gateway http://127.0.0.1:PORT/gateway.do --app-id 2021000000000001 \
//     --private-key app_private_pkcs1.pem --alipay-public-key alipay_public.pem --requests 2000 --concurrency 32
//
// The SDK signs `timestamp` in the host's local time, so run it with TZ=Asia/Shanghai (China time), which is
// what the gateway checks. CPU is process.cpuUsage() (user + system) over the measured calls, divided by calls.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AlipaySdk } from 'alipay-sdk';

const { values: args } = parseArgs({
  options: {
    gateway: { type: 'string' },
    'app-id': { type: 'string', default: '2021000000000001' },
    'private-key': { type: 'string' },
    'key-type': { type: 'string', default: 'PKCS1' },
    'alipay-public-key': { type: 'string' },
    method: { type: 'string', default: 'alipay.marketing.card.query' },
    'biz-content': {
      type: 'string',
      default: '{"target_card_no":"0000001","target_card_no_type":"BIZ_CARD"}',
    },
    requests: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '50' },
  },
});

for (const required of ['gateway', 'private-key', 'alipay-public-key']) {
  if (!args[required]) {
    console.error(`--${required} is required`);
    process.exit(2);
  }
}
if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Shanghai') {
  console.error('warning: TZ is not Asia/Shanghai; the SDK signs local time and the gateway may refuse it');
}

const sdk = new AlipaySdk({
  appId: args['app-id'],
  privateKey: readFileSync(args['private-key'], 'ascii'),
  keyType: args['key-type'],
  alipayPublicKey: readFileSync(args['alipay-public-key'], 'ascii'),
  gateway: args.gateway,
  signType: 'RSA2',
  timeout: 30000,
});
const bizContent = JSON.parse(args['biz-content']);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);

async function call() {
  const result = await sdk.exec(args.method, { bizContent }, { validateSign: true });
  if (result.code !== '10000') {
    throw new Error(`the gateway answered ${result.code} ${result.subCode ?? ''} ${result.subMsg ?? ''}`);
  }
}

async function run(total, latencies) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      const started = process.hrtime.bigint();
      await call();
      latencies?.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

// Warm up: connections, JIT.
await run(Math.min(Number(args.warmup), requests), null);

const latencies = [];
const cpuStart = process.cpuUsage();
const started = process.hrtime.bigint();
await run(requests, latencies);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);

latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
console.log(
  JSON.stringify({
    client: 'alipay-sdk (Node) 4.14.0',
    method: args.method,
    calls: requests,
    concurrency,
    seconds: Number(seconds.toFixed(3)),
    calls_per_s: Number((requests / seconds).toFixed(1)),
    p50_ms: Number(percentile(50).toFixed(3)),
    p99_ms: Number(percentile(99).toFixed(3)),
    cpu_us_per_call: Number(((cpu.user + cpu.system) / requests).toFixed(1)),
    cpu_user_us_per_call: Number((cpu.user / requests).toFixed(1)),
    cpu_system_us_per_call: Number((cpu.system / requests).toFixed(1)),
  }),
);
