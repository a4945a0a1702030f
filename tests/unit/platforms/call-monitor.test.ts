// The call monitor itself (extension/detect/call-monitor.ts) in real Chromium: it follows a meeting
// into a same-origin iframe, re-observes the iframe's document after it navigates, lets a reconnect
// blip pass, ends the call by itself when the grace period runs out with no further DOM change, and
// on a custom domain follows an embedded room's IFrame API events.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { END_GRACE_MS } from '../../../extension/detect/phase-machine.ts';
import { fixtureBody, fixtureHtml } from '../../e2e/support/fixture-server.ts';
import { bundleEntry, openDetectionPage, type DetectionPage } from './detection-page.ts';

interface Change {
  at: number;
  phase: string;
  recording: boolean;
  cue: string | null;
}

let run: DetectionPage;
let monitor: string;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function startMonitor(url: string): Promise<void> {
  await run.open(url);
  await run.page.evaluate(monitor);
}

async function changes(): Promise<Change[]> {
  return run.page.evaluate(() => (globalThis as unknown as { monitorChanges: Change[] }).monitorChanges);
}

async function waitFor(predicate: (last: Change | undefined) => boolean, timeout = 3000): Promise<Change[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const seen = await changes();
    if (predicate(seen.at(-1))) return seen;
    if (Date.now() > until) throw new Error(`monitor never got there: ${JSON.stringify(seen)}`);
    await sleep(50);
  }
}

beforeAll(async () => {
  run = await openDetectionPage();
  monitor = await bundleEntry('watch-entry.ts');
});

afterAll(async () => {
  await run?.browser.close();
});

test('Zoom PWA: the meeting inside iframe#webclient, also after the iframe navigates', async () => {
  const outer = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1';
  run.serve(outer, fixtureHtml('zoom', 'pwa-outer'));
  run.serve('https://app.zoom.us/wc/81234567890/join?from=pwa', fixtureHtml('zoom', 'lobby'));
  await startMonitor(outer);
  await waitFor((last) => last?.phase === 'lobby');
  const frame = run.page.frames()[1];
  if (frame === undefined) throw new Error('no iframe');
  await frame.evaluate((html) => {
    document.body.innerHTML = html;
  }, fixtureBody('zoom', 'in-call'));
  await waitFor((last) => last?.phase === 'in-call');
  // The client loads a new document in its frame: the monitor must watch that one too.
  run.serve('https://app.zoom.us/wc/81234567890/join?from=pwa&step=2', fixtureHtml('zoom', 'in-call'));
  await frame.evaluate(() => location.assign('https://app.zoom.us/wc/81234567890/join?from=pwa&step=2'));
  await sleep(600);
  const inner = run.page.frames()[1];
  await inner?.evaluate((html) => {
    document.body.insertAdjacentHTML('beforeend', html);
  }, '<div class="sr-only" aria-live="assertive">Recording is started</div>');
  await waitFor((last) => last?.recording === true);
  await inner?.evaluate((html) => {
    document.body.innerHTML = html;
  }, fixtureBody('zoom', 'ended'));
  await waitFor((last) => last?.phase === 'ended');
});

test('a reconnect blip passes; controls gone for good end the call after the grace period, with no further DOM change', async () => {
  const url = 'https://meet.jit.si/OpnamepactDemo';
  run.serve(url, fixtureHtml('jitsi', 'in-call'));
  await startMonitor(url);
  await waitFor((last) => last?.phase === 'in-call');
  await run.page.evaluate(() => {
    const call = document.querySelector('#videoconference_page');
    call?.remove();
    setTimeout(() => call !== null && document.body.append(call), 3000);
  });
  await sleep(3600);
  expect((await changes()).map((change) => change.phase)).not.toContain('pending');
  const goneAt = await run.page.evaluate(() => {
    document.querySelector('#videoconference_page')?.remove();
    return performance.now();
  });
  const seen = await waitFor((last) => last?.phase === 'pending', END_GRACE_MS + 3000);
  const ended = seen.at(-1)?.at ?? 0;
  // Not before the controls have been gone for the grace period, and soon after (checks are throttled to 250 ms).
  expect(ended - goneAt).toBeGreaterThanOrEqual(END_GRACE_MS);
  expect(ended - goneAt).toBeLessThan(END_GRACE_MS + 1500);
}, 30_000);

test('a custom domain follows an embedded Jitsi room through its IFrame API', async () => {
  const url = 'https://consult.zorg.example/overleg';
  run.serve(url, fixtureHtml('custom', 'embed-jitsi'));
  await startMonitor(url);
  const room = run.page.frames().find((frame) => frame.url().startsWith('https://meet.jit.si'));
  const post = (data: Record<string, unknown>): Promise<void> =>
    room?.evaluate((message) => parent.postMessage(message, '*'), JSON.stringify({ postis: true, scope: 'jitsi_meet_external_api_0', method: 'message', params: { type: 'event', data } })) ?? Promise.resolve();
  await post({ name: 'video-conference-joined', roomName: 'opnamepactoverleg' });
  await waitFor((last) => last?.phase === 'in-call' && last.cue === 'jitsi iframe api · joined');
  await post({ name: 'recording-status-changed', on: true, mode: 'file' });
  await waitFor((last) => last?.recording === true);
  await post({ name: 'video-conference-left', roomName: 'opnamepactoverleg' });
  await waitFor((last) => last?.phase === 'ended');
});
