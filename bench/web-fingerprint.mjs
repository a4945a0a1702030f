// The verifier page's fingerprint in headless Chromium, end to end (file input → worker →
// File.stream() → chunker + WebCrypto chunk hashes + WebAssembly SHA-256 → code on screen), on a
// 1 GiB random file; in the same run, the references: WebCrypto's one-shot SHA-256 of the same bytes
// (read into memory first, which the page never does), and sha256sum and openssl on the same file.
// First, peak memory while the page fingerprints a 256 MiB and a 4 GiB sparse file: the PSS of the
// browser's processes (shared pages split among their users, so other browsers running on the
// machine move it by tens of MiB) and, exact, the ArrayBuffer memory of the page's workers. Last,
// the streaming SHA-256 alone: the page's WebAssembly core against noble's and WebCrypto's one-shot,
// on the same bytes in Chromium. Each figure is the median of RUNS runs. Needs the built page:
//   npm run build:web && node bench/web-fingerprint.mjs
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import { fingerprintInPage, launchChromium, pollPeakPss, serve, treePss } from './browser-bench.mjs';
import { makeRandomFile } from './random-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/verifier/`;
const dataDir = `${root}bench/.data/`;
const GiB = 1024 ** 3;
const RUNS = 3;

if (!existsSync(`${dist}index.html`)) throw new Error(`${dist}index.html: not built; run npm run build:web`);
mkdirSync(dataDir, { recursive: true });

/** Peak ArrayBuffer memory (bytes) of the page's workers, polled until `stop()`. */
function pollWorkerBuffers(page) {
  let peak = 0;
  const poll = setInterval(async () => {
    let total = 0;
    for (const worker of page.workers()) {
      try {
        total += (await worker.client.send('Runtime.getHeapUsage')).backingStorageSize;
      } catch {
        // The worker ended while being asked.
      }
    }
    peak = Math.max(peak, total);
  }, 100);
  return () => {
    clearInterval(poll);
    return peak;
  };
}

/** Fingerprints a sparse file of `size` bytes in the page RUNS times, polling the browser's memory meanwhile. */
async function memoryRuns(page, size) {
  const sparse = `${dataDir}web-sparse-${size}.bin`;
  closeSync(openSync(sparse, 'w'));
  execFileSync('truncate', ['-s', String(size), sparse]);
  const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', sparse], { encoding: 'utf8' }).split(' ')[0];
  const pid = page.browser().process().pid;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload({ waitUntil: 'load' });
    const baseline = treePss(pid);
    const peakPss = pollPeakPss(pid);
    const stopBuffers = pollWorkerBuffers(page);
    const run = await fingerprintInPage(page, sparse, { reload: false });
    const peak = peakPss();
    const buffers = stopBuffers();
    if (run.code !== expected) throw new Error(`${sparse}: the page's code ${run.code} differs from openssl's ${expected}`);
    runs.push({ seconds: run.seconds, grown: peak - baseline, baseline, buffers });
  }
  const mib = (kib) => (kib / 1024).toFixed(0);
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(
    `${size / GiB} GiB sparse, median of ${RUNS}: ${mbps(size, m('seconds'))} MB/s; browser processes' PSS +${mib(m('grown'))} MiB at peak ` +
      `(runs ${runs.map((r) => `+${mib(r.grown)}`).join(', ')}; ${mib(m('baseline'))} MiB before); workers' ArrayBuffers ${(m('buffers') / 2 ** 20).toFixed(1)} MiB at peak`,
  );
}

/** The page's WebAssembly SHA-256 against noble's (the shared code's) on the same 256 MiB, in Chromium. */
async function shaRun(browser) {
  const bundle = await build({
    stdin: {
      contents: `import { sha256 } from '@noble/hashes/sha2.js';
        import { StreamingSha256 } from './verifier/web/hashing/streaming-sha256.ts';
        globalThis.shaRates = async (size) => {
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
          const rate = async (make) => {
            const start = performance.now();
            const h = await make();
            for (let i = 0; i < size; i += 2 << 20) h.update(bytes.subarray(i, i + (2 << 20)));
            h.digest();
            return size / 1e6 / ((performance.now() - start) / 1000);
          };
          const oneShot = async () => {
            const start = performance.now();
            await crypto.subtle.digest('SHA-256', bytes);
            return size / 1e6 / ((performance.now() - start) / 1000);
          };
          const wasm = [];
          const noble = [];
          const webCrypto = [];
          for (let i = 0; i < ${RUNS}; i++) {
            wasm.push(await rate(() => StreamingSha256.create()));
            noble.push(await rate(() => sha256.create()));
            webCrypto.push(await oneShot());
          }
          return { wasm, noble, webCrypto };
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  // A page of the served origin: WebCrypto needs a secure context.
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`, { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const { wasm, noble, webCrypto } = await page.evaluate((size) => globalThis.shaRates(size), GiB / 4);
  await page.close();
  const rates = (values) => `${median(values).toFixed(0)} MB/s  (runs ${values.map((v) => v.toFixed(0)).join(', ')})`;
  console.log(`SHA-256 alone in Chromium, 256 MiB in memory, median of ${RUNS}`);
  console.log(`  page's WebAssembly core          ${rates(wasm)}`);
  console.log(`  noble (pure JS)                  ${rates(noble)}`);
  console.log(`  WebCrypto one-shot               ${rates(webCrypto)}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mbps = (bytes, seconds) => (bytes / 1e6 / seconds).toFixed(0);

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`load average before: ${load()}`);
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(900_000);
try {
  const page = await browser.newPage();
  // The page's reader gives up a read of the file that stalls (a Chromium bug) and says so.
  let stalls = 0;
  page.on('console', (message) => (stalls += message.text().includes('stalled') ? 1 : 0));
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });

  // Memory first, on a fresh page (the reference below holds 1 GiB in the renderer): the peak for
  // 4 GiB should match the peak for 256 MiB if memory stays flat.
  for (const size of [GiB / 4, 4 * GiB]) await memoryRuns(page, size);

  const big = `${dataDir}web-random-1g.bin`;
  makeRandomFile(big, GiB);
  execFileSync('cat', [big], { stdio: ['ignore', 'ignore', 'inherit'] });
  const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', big], { encoding: 'utf8' }).split(' ')[0];
  const page1 = [];
  const reference = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await fingerprintInPage(page, big);
    if (run.code !== expected) throw new Error(`the page's code ${run.code} differs from openssl's ${expected}`);
    page1.push(run.seconds);
    // Reference on the same File: read it whole, then one WebCrypto digest (the digest alone timed).
    reference.push(
      await page.evaluate(async () => {
        const file = document.querySelector('#client-file').files[0];
        const bytes = await file.arrayBuffer();
        const start = performance.now();
        await crypto.subtle.digest('SHA-256', bytes);
        return (performance.now() - start) / 1000;
      }),
    );
  }
  const pageSeconds = median(page1);
  const refSeconds = median(reference);
  console.log(`1 GiB random, median of ${RUNS} (busy shared machine: figures are noisy)`);
  console.log(`  page fingerprint, end to end     ${mbps(GiB, pageSeconds)} MB/s  (${pageSeconds.toFixed(2)} s; runs ${page1.map((s) => s.toFixed(2)).join(', ')})`);
  console.log(`  WebCrypto one-shot SHA-256       ${mbps(GiB, refSeconds)} MB/s  (${refSeconds.toFixed(2)} s, bytes already in memory)`);
  console.log(`  ratio page / WebCrypto           ${(refSeconds / pageSeconds).toFixed(2)}`);
  // Native references on the same (cached) file: sha256sum, and openssl (SHA-NI on this CPU).
  for (const [label, command, args] of [
    ['sha256sum', 'sha256sum', [big]],
    ['openssl dgst -sha256', 'openssl', ['dgst', '-sha256', big]],
  ]) {
    const seconds = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      execFileSync(command, args);
      seconds.push((performance.now() - start) / 1000);
    }
    console.log(`  ${label.padEnd(32)} ${mbps(GiB, median(seconds))} MB/s`);
  }
  console.log(`reads given up as stalled (and read again) in all runs above: ${stalls}`);
  await shaRun(browser);
} finally {
  await browser.close();
  server.close();
  console.log(`load average after: ${load()}`);
}
