// Load generator for etc/bench/event-registration.sh: POSTs <count> registrations to <url> with <concurrency> in
// flight over keep-alive connections (Node's fetch), e-mails person-<prefix>-<n>@bench.test; prints one line per
// request, "<status> <seconds>", like curl's -w '%{http_code} %{time_total}'.
//   node registration-load.mjs <url> <count> <concurrency> <prefix>
const [url, countText, concurrencyText, prefix] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText);
let next = 1;
const lines = [];

async function worker() {
  while (next <= count) {
    const n = next++;
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `Person ${n}`, email: `person-${prefix}-${n}@bench.test`, utmSource: ' WeChat ' }),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    lines.push(`${status} ${((performance.now() - started) / 1000).toFixed(4)}`);
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
process.stdout.write(lines.join('\n') + '\n');
