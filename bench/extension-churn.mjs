// The content script's cost on a call page with heavy DOM churn: main-thread time per second
// (CDP Performance metrics TaskDuration and ScriptDuration) and JS heap, with and without the built
// extension, and the time its own code takes (a CPU profile). Two pages: the churn in the top document (a Meet call), and the churn inside a
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
const fixture = (platform, state) => readFileSync(`${ROOT}tests/fixtures/platforms/${platform}/${state}.html`, 'utf8');

// The Zoom PWA's outer page holds the meeting in iframe#webclient; its src is the inner page's URL.
const ZOOM_PWA = 'https://app.zoom.us/wc/81234567891/join?fromPWA=1';
const ZOOM_FRAME = 'https://app.zoom.us/wc/81234567890/join?from=pwa';
const SCENARIOS = {
  top: { url: 'https://meet.google.com/abc-defg-hij', routes: { 'https://meet.google.com/abc-defg-hij': withChurn(fixture('google-meet', 'in-call')) }, churn: (page) => page.mainFrame() },
  frame: {
    url: ZOOM_PWA,
    routes: { [ZOOM_PWA]: fixture('zoom', 'pwa-outer'), [ZOOM_FRAME]: withChurn(fixture('zoom', 'in-call')) },
    churn: (page) => page.frames().find((frame) => frame.url() === ZOOM_FRAME),
  },
};

if (!existsSync(`${EXTENSION}/manifest.json`)) {
  console.error(`${EXTENSION}: no built extension; run "npm run build:ext" first`);
  process.exit(2);
}

/**
 * Milliseconds per second that the main thread spent with the extension's code on its stack (a CPU
 * profile over `seconds`, sampled every 0.2 ms): the content script's own cost, natives it calls
 * included, which the load of a shared machine blurs far less than the difference of two runs.
 */
async function extensionMsPerSecond(session, seconds) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { profile } = await session.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const inExtension = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at)) if (nodes.get(at).callFrame.url.startsWith('chrome-extension://')) return true;
    return false;
  };
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  return (profile.samples.filter(inExtension).length * msPerSample) / seconds;
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
    const extensionMs = withExtension ? await extensionMsPerSecond(session, SECONDS) : 0;
    return {
      taskMsPerSecond: ((after.TaskDuration - before.TaskDuration) / elapsed) * 1000,
      scriptMsPerSecond: ((after.ScriptDuration - before.ScriptDuration) / elapsed) * 1000,
      mutationsPerSecond: mutations / elapsed,
      heapMiB: settled.JSHeapUsedSize / 2 ** 20,
      extensionMsPerSecond: extensionMs,
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
console.log('                 task ms/s  script ms/s  mutations/s  heap MiB  extension ms/s  reminder');
for (const [name, s] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(16)} ${String(s.taskMsPerSecond).padStart(9)}  ${String(s.scriptMsPerSecond).padStart(11)}  ${String(s.mutationsPerSecond).padStart(11)}  ${String(s.heapMiB).padStart(8)}  ${String(s.extensionMsPerSecond).padStart(14)}  ${s.reminderShown === 1 ? 'shown' : 'none'}`,
  );
}
console.log(JSON.stringify({ bench: 'extension-churn', extension: EXTENSION, seconds: SECONDS, rounds: ROUNDS, ...summary }));
