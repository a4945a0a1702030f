// The verifier page's client view on long video files, end to end as a client uses it: choose the
// file → the code (whole-file SHA-256, chunk hashes, the packet layer) → the sound's fingerprint
// (WebCodecs decoding in a worker) → the fingerprint file downloaded. Reports the time of each step
// and the browser's peak memory (PSS of its process tree) for the 1 GiB and the 4 GiB WebM that
// media-packets.mjs makes: memory should not grow with the file. Checks the code against openssl and
// that the downloaded fingerprint has its packet and audio sections.
//   npm run build:web && BENCH_MEDIA_MB=4096 node bench/media-packets.mjs   (once, makes the 4 GiB file)
//   node bench/web-large-video.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fingerprintInPage, launchChromium, pollPeakPss, serve, treePss } from './browser-bench.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/verifier/`;
const data = `${root}bench/.data/`;
const downloads = `${data}web-downloads/`;
const FILES = ['large-1024.webm', 'large-4096.webm'];

if (!existsSync(`${dist}index.html`)) throw new Error(`${dist}index.html: not built; run npm run build:web`);
for (const name of FILES) {
  if (!existsSync(data + name)) throw new Error(`${data}${name}: missing; make it with BENCH_MEDIA_MB=${name.match(/\d+/)[0]} node bench/media-packets.mjs`);
}

async function waitForDownload(since) {
  for (let i = 0; i < 600; i++) {
    const done = readdirSync(downloads).filter((n) => n.endsWith('.json') && statSync(downloads + n).mtimeMs >= since);
    if (done.length > 0 && !readdirSync(downloads).some((n) => n.endsWith('.crdownload'))) return JSON.parse(readFileSync(downloads + done[0], 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the fingerprint file was not downloaded');
}

async function clientRun(page, file) {
  const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' }).split(' ')[0];
  await page.reload({ waitUntil: 'load' });
  const pid = page.browser().process().pid;
  const baseline = treePss(pid);
  const peakPss = pollPeakPss(pid);
  const started = performance.now();
  const { seconds: codeSeconds, code } = await fingerprintInPage(page, file, { reload: false, timeout: 1_800_000 });
  const codePeak = peakPss();
  const audioPeak = pollPeakPss(pid);
  if (code !== expected) throw new Error(`${file}: the page's code ${code} differs from openssl's ${expected}`);
  const button = await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 3_600_000 });
  const audioSeconds = (performance.now() - started) / 1000;
  const peak = audioPeak();
  const since = Date.now() - 1000;
  await button.click();
  const fingerprint = await waitForDownload(since);
  return { codeSeconds, audioSeconds, baseline, codeGrown: codePeak - baseline, audioGrown: peak - baseline, packets: fingerprint.packets?.count ?? null, audio: fingerprint.audio !== undefined };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`load average before: ${load()}`);
rmSync(downloads, { recursive: true, force: true });
mkdirSync(downloads, { recursive: true });
const server = await serve(dist);
const browser = await launchChromium(3_600_000);
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'load' });
  for (const name of FILES) {
    const bytes = statSync(data + name).size;
    const r = await clientRun(page, data + name);
    const mib = (kib) => (kib / 1024).toFixed(0);
    console.log(
      `${name} (${(bytes / 2 ** 30).toFixed(2)} GiB): code after ${r.codeSeconds.toFixed(1)} s (${(bytes / 1e6 / r.codeSeconds).toFixed(0)} MB/s), ` +
        `sound's fingerprint after ${r.audioSeconds.toFixed(1)} s; browser PSS at peak +${mib(r.codeGrown)} MiB while hashing, ` +
        `+${mib(r.audioGrown)} MiB while decoding (${mib(r.baseline)} MiB before); ` +
        `fingerprint file: ${r.packets ?? 'no'} packets, ${r.audio ? 'with' : 'WITHOUT'} audio section`,
    );
  }
} finally {
  await browser.close();
  server.close();
  console.log(`load average after: ${load()}`);
}
