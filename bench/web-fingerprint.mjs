// The verifier page's fingerprint in headless Chromium, end to end (file input → worker →
// File.stream() → chunker + WebCrypto chunk hashes + WebAssembly SHA-256 → code on screen), on a
// 1 GiB random file; in the same run, the reference: WebCrypto's one-shot SHA-256 of the same bytes
// (read into memory first, which the page never does). First, peak memory (PSS) of the browser's
// processes while the page fingerprints a 256 MiB and a 4 GiB sparse file. Last, the streaming
// SHA-256 alone: the page's WebAssembly core against noble's, on the same bytes in Chromium. Needs the built page:
//   npx vite build --config verifier/web/vite.config.ts && node bench/web-fingerprint.mjs
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/verifier/`;
const dataDir = `${root}bench/.data/`;
const GiB = 1024 ** 3;
const RUNS = 3;

if (!existsSync(`${dist}index.html`)) throw new Error(`${dist}index.html: not built; run npx vite build --config verifier/web/vite.config.ts`);
mkdirSync(dataDir, { recursive: true });

function makeRandomFile(path, size) {
  if (existsSync(path) && statSync(path).size === size) return;
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024 * 1024);
  for (let done = 0; done < size; done += block.length) writeSync(fd, randomFillSync(block), 0, Math.min(block.length, size - done));
  closeSync(fd);
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = `${dir}${path === '/' ? 'index.html' : path.slice(1)}`;
    if (path.includes('..') || !existsSync(file)) return response.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Proportional set size (KiB: shared pages split among their users) of a process and all its descendants. */
function treePss(pid) {
  let total = 0;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while being listed.
    }
  }
  const visit = (p) => {
    try {
      total += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

async function fingerprintInPage(page, file) {
  await page.reload({ waitUntil: 'load' });
  const input = await page.waitForSelector('#client-file');
  const started = performance.now();
  await input.uploadFile(file);
  const shown = await page.waitForSelector('#full-code, .error', { timeout: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  const error = await shown.evaluate((e) => (e.classList.contains('error') ? e.textContent : null));
  if (error) throw new Error(`the page reported: ${error}`);
  const code = await page.$eval('#full-code', (e) => e.textContent.trim());
  return { seconds, code };
}

/** Fingerprints a sparse file of `size` bytes in the page, polling the browser's memory meanwhile. */
async function memoryRun(page, size) {
  const sparse = `${dataDir}web-sparse-${size}.bin`;
  closeSync(openSync(sparse, 'w'));
  execFileSync('truncate', ['-s', String(size), sparse]);
  const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', sparse], { encoding: 'utf8' }).split(' ')[0];
  const pid = page.browser().process().pid;
  const baseline = treePss(pid);
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, treePss(pid))), 200);
  const run = await fingerprintInPage(page, sparse);
  clearInterval(poll);
  if (run.code !== expected) throw new Error(`${sparse}: the page's code ${run.code} differs from openssl's ${expected}`);
  const mib = (kib) => (kib / 1024).toFixed(0);
  console.log(`${size / GiB} GiB sparse: ${mbps(size, run.seconds)} MB/s; browser processes' PSS ${mib(baseline)} MiB before, peak ${mib(peak)} MiB (+${mib(peak - baseline)})`);
}

/** The page's WebAssembly SHA-256 against noble's (the shared code's) on the same 256 MiB, in Chromium. */
async function shaRun(browser) {
  const bundle = await build({
    stdin: {
      contents: `import { sha256 } from '@noble/hashes/sha2.js';
        import { StreamingSha256 } from './verifier/web/streaming-sha256.ts';
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
          const wasm = [];
          const noble = [];
          for (let i = 0; i < ${RUNS}; i++) {
            wasm.push(await rate(() => StreamingSha256.create()));
            noble.push(await rate(() => sha256.create()));
          }
          return { wasm, noble };
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const { wasm, noble } = await page.evaluate((size) => globalThis.shaRates(size), GiB / 4);
  await page.close();
  console.log(`streaming SHA-256 in Chromium, 256 MiB in memory, median of ${RUNS}`);
  console.log(`  page's WebAssembly core          ${median(wasm).toFixed(0)} MB/s`);
  console.log(`  noble (pure JS)                  ${median(noble).toFixed(0)} MB/s`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mbps = (bytes, seconds) => (bytes / 1e6 / seconds).toFixed(0);

const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: '/usr/lib/chromium/chromium',
  headless: true,
  // A 4 GiB file on a busy machine takes minutes; puppeteer's default is 3.
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });

  // Memory first, on a fresh page (the reference below holds 1 GiB in the renderer): the peak for
  // 4 GiB should match the peak for 256 MiB if memory stays flat.
  for (const size of [GiB / 4, 4 * GiB]) await memoryRun(page, size);

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
  await shaRun(browser);
} finally {
  await browser.close();
  server.close();
}
