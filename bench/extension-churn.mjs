// The content script's cost on a call page with heavy DOM churn: main-thread time per second
// (CDP Performance metrics TaskDuration and ScriptDuration) and JS heap, with and without the built
// extension, on the same page served at a Meet URL. Usage: node bench/extension-churn.mjs [seconds]
// (after `npm run build:ext`). Prints a table and one JSON line.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXTENSION = `${ROOT}dist/extension/chrome-mv3`;
const CALL_URL = 'https://meet.google.com/abc-defg-hij';
const SECONDS = Number(process.argv[2] ?? 5);
const ROUNDS = 3;
// Mutations per second the page makes: every 10 ms it adds, changes and removes 40 elements.
const CHURN = `
  const stage = document.createElement('section');
  document.body.append(stage);
  let mutations = 0;
  setInterval(() => {
    for (let i = 0; i < 40; i++) {
      const item = document.createElement('div');
      item.className = 'tile t' + (i % 7);
      item.setAttribute('aria-label', 'participant ' + i);
      item.textContent = 'tile ' + mutations;
      stage.append(item);
      item.classList.toggle('speaking');
      mutations += 3;
    }
    while (stage.childElementCount > 400) stage.firstElementChild.remove();
  }, 10);
  globalThis.mutationCount = () => mutations;
`;

if (!existsSync(`${EXTENSION}/manifest.json`)) {
  console.error(`${EXTENSION}: no built extension; run "npm run build:ext" first`);
  process.exit(2);
}

const fixture = readFileSync(`${ROOT}tests/fixtures/platforms/google-meet/in-call.html`, 'utf8').replace('</body>', `<script>${CHURN}</script></body>`);

async function measure(withExtension) {
  const browser = await puppeteer.launch({
    executablePath: '/usr/lib/chromium/chromium',
    pipe: true,
    enableExtensions: withExtension,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    if (withExtension) {
      const id = await browser.installExtension(EXTENSION);
      await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${id}/`));
    }
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url() === CALL_URL ? request.respond({ status: 200, contentType: 'text/html', body: fixture }) : request.abort()));
    await page.goto(CALL_URL, { waitUntil: 'load' });
    // Let the content script start and the reminder appear before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await session.send('HeapProfiler.collectGarbage');
    const before = await metrics();
    const mutationsBefore = await page.evaluate(() => globalThis.mutationCount());
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    const after = await metrics();
    const mutations = (await page.evaluate(() => globalThis.mutationCount())) - mutationsBefore;
    await session.send('HeapProfiler.collectGarbage');
    const settled = await metrics();
    const elapsed = after.Timestamp - before.Timestamp;
    return {
      taskMsPerSecond: ((after.TaskDuration - before.TaskDuration) / elapsed) * 1000,
      scriptMsPerSecond: ((after.ScriptDuration - before.ScriptDuration) / elapsed) * 1000,
      mutationsPerSecond: mutations / elapsed,
      heapMiB: settled.JSHeapUsedSize / 2 ** 20,
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = { without: [], with: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.without.push(await measure(false));
  runs.with.push(await measure(true));
}
const summary = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => [name, Object.fromEntries(Object.keys(list[0]).map((key) => [key, Number(median(list.map((r) => r[key])).toFixed(2))]))]),
);
console.log(`DOM churn, ${SECONDS} s per run, median of ${ROUNDS} runs (main thread ms per wall second; heap after GC)`);
console.log('                 task ms/s  script ms/s  mutations/s  heap MiB');
for (const [name, s] of Object.entries(summary)) {
  console.log(`${name.padEnd(16)} ${String(s.taskMsPerSecond).padStart(9)}  ${String(s.scriptMsPerSecond).padStart(11)}  ${String(s.mutationsPerSecond).padStart(11)}  ${String(s.heapMiB).padStart(8)}`);
}
console.log(JSON.stringify({ bench: 'extension-churn', seconds: SECONDS, rounds: ROUNDS, ...summary }));
