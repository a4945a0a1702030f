// The content script's cost on a call page with heavy DOM churn: main-thread time per second
// (CDP Performance metrics TaskDuration and ScriptDuration) and JS heap, with and without the built
// extension. Two pages: the churn in the top document (a Meet call), and the churn inside a
// same-origin iframe that holds the meeting, as Zoom's PWA at app.zoom.us does (the content script
// reads such frames from the top page). Usage: node bench/extension-churn.mjs [seconds]
// (after `npm run build:ext`; OPNAMEPACT_EXTENSION_DIR measures another build). Prints a table and
// one JSON line.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXTENSION = process.env.OPNAMEPACT_EXTENSION_DIR ?? `${ROOT}dist/extension/chrome-mv3`;
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

const withChurn = (html) => html.replace('</body>', `<script>${CHURN}</script></body>`);
const fixture = (platform) => readFileSync(`${ROOT}tests/fixtures/platforms/${platform}/in-call.html`, 'utf8');

const ZOOM_PWA = 'https://app.zoom.us/wc/81234567890/join';
const ZOOM_FRAME = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1&_x_zm_rtaid=frame';
const SCENARIOS = {
  top: { url: 'https://meet.google.com/abc-defg-hij', routes: { 'https://meet.google.com/abc-defg-hij': withChurn(fixture('google-meet')) }, churn: (page) => page.mainFrame() },
  frame: {
    url: ZOOM_PWA,
    routes: {
      // The PWA's shell: the meeting runs in iframe#webclient.pwa-webclient__iframe (platform-cues.md).
      [ZOOM_PWA]: `<!doctype html><html><head><meta charset="utf-8"><title>Zoom</title></head><body><iframe id="webclient" class="pwa-webclient__iframe" src="${ZOOM_FRAME}" style="border:0;width:100vw;height:100vh"></iframe></body></html>`,
      [ZOOM_FRAME]: withChurn(fixture('zoom')),
    },
    churn: (page) => page.frames().find((frame) => frame.url() === ZOOM_FRAME),
  },
};

if (!existsSync(`${EXTENSION}/manifest.json`)) {
  console.error(`${EXTENSION}: no built extension; run "npm run build:ext" first`);
  process.exit(2);
}

async function measure(scenario, withExtension) {
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
    page.on('request', (request) => {
      const body = scenario.routes[request.url()];
      void (body === undefined ? request.abort() : request.respond({ status: 200, contentType: 'text/html', body }));
    });
    await page.goto(scenario.url, { waitUntil: 'load' });
    const churning = scenario.churn(page);
    // Let the content script start and the reminder appear before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reminderShown = await page.evaluate(() => (document.querySelector('opnamepact-reminder') === null ? 0 : 1));
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await session.send('HeapProfiler.collectGarbage');
    const before = await metrics();
    const mutationsBefore = await churning.evaluate(() => globalThis.mutationCount());
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    const after = await metrics();
    const mutations = (await churning.evaluate(() => globalThis.mutationCount())) - mutationsBefore;
    await session.send('HeapProfiler.collectGarbage');
    const settled = await metrics();
    const elapsed = after.Timestamp - before.Timestamp;
    return {
      taskMsPerSecond: ((after.TaskDuration - before.TaskDuration) / elapsed) * 1000,
      scriptMsPerSecond: ((after.ScriptDuration - before.ScriptDuration) / elapsed) * 1000,
      mutationsPerSecond: mutations / elapsed,
      heapMiB: settled.JSHeapUsedSize / 2 ** 20,
      reminderShown,
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = {};
for (const [name, scenario] of Object.entries(SCENARIOS)) {
  const runs = { without: [], with: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.without.push(await measure(scenario, false));
    runs.with.push(await measure(scenario, true));
  }
  for (const [which, list] of Object.entries(runs)) {
    summary[`${name} ${which}`] = Object.fromEntries(Object.keys(list[0]).map((key) => [key, Number(median(list.map((r) => r[key])).toFixed(2))]));
  }
}
console.log(`DOM churn, ${SECONDS} s per run, median of ${ROUNDS} runs (main thread ms per wall second; heap after GC)`);
console.log('                 task ms/s  script ms/s  mutations/s  heap MiB  reminder');
for (const [name, s] of Object.entries(summary)) {
  console.log(`${name.padEnd(16)} ${String(s.taskMsPerSecond).padStart(9)}  ${String(s.scriptMsPerSecond).padStart(11)}  ${String(s.mutationsPerSecond).padStart(11)}  ${String(s.heapMiB).padStart(8)}  ${s.reminderShown === 1 ? 'shown' : 'none'}`);
}
console.log(JSON.stringify({ bench: 'extension-churn', extension: EXTENSION, seconds: SECONDS, rounds: ROUNDS, ...summary }));
