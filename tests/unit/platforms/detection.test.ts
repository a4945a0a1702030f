// Each adapter's detection on its fixture pages, run in real Chromium (no jsdom here): the
// extension's detection code is bundled and evaluated against every fixture, with a live fake
// camera stream attached where the fixture has video elements.
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OverrideHints } from '../../../extension/platforms/with-overrides.ts';
import { CHROMIUM } from '../../e2e/support/paths.ts';
import { attachCamera } from '../../e2e/support/call-page.ts';
import { fixtureHtml } from '../../e2e/support/fixture-server.ts';

const URLS: Readonly<Record<string, string>> = {
  'google-meet': 'https://meet.google.com/abc-defg-hij',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJj%40thread.v2/0',
  zoom: 'https://us05web.zoom.us/wc/81234567890/join',
  whereby: 'https://whereby.com/opnamepact-demo',
  jitsi: 'https://meet.jit.si/OpnamepactDemo',
  webex: 'https://acme.webex.com/meet/j.jansen',
  custom: 'https://jitsi.zorg.example/overleg',
};

const EXPECTED: Readonly<Record<string, { phase: string; recording: boolean }>> = {
  lobby: { phase: 'lobby', recording: false },
  'in-call': { phase: 'in-call', recording: false },
  'in-call-nl': { phase: 'in-call', recording: false },
  'recording-en': { phase: 'in-call', recording: true },
  'recording-nl': { phase: 'in-call', recording: true },
  ended: { phase: 'ended', recording: false },
};

let browser: Browser;
let page: Page;
let detector: string;

async function detect(platform: string, html: string, url = URLS[platform] ?? '', extra?: OverrideHints): Promise<unknown> {
  await page.setContent(html);
  await attachCamera(page);
  await page.evaluate(detector);
  const result = await page.evaluate(
    (target, hints) => (globalThis as unknown as { detector: { detectCall(url: string, extra?: OverrideHints): { platform: string; phase: string; recording: boolean } } }).detector.detectCall(target, hints ?? undefined),
    url,
    extra ?? null,
  );
  return { platform: result.platform, phase: result.phase, recording: result.recording };
}

beforeAll(async () => {
  const bundle = await build({ entryPoints: [new URL('./detect-entry.ts', import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'es2022' });
  detector = bundle.outputFiles[0]?.text ?? '';
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  page = await browser.newPage();
  // getUserMedia needs a secure context; a blank https origin without network gives one.
  await page.setRequestInterception(true);
  page.on('request', (request) => void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>t</title>' }));
  await page.goto('https://fixture.test/');
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(URLS))('%s', (platform) => {
  test.each(Object.entries(EXPECTED))('%s fixture', async (state, expected) => {
    expect(await detect(platform, fixtureHtml(platform, state))).toEqual({ platform, ...expected });
  });
});

describe('layering and fail-safety', () => {
  test('no platform hint but live media: in a call (when unsure, remind)', async () => {
    const html = '<main><video data-fixture-camera autoplay muted></video><video data-fixture-camera autoplay muted></video></main>';
    expect(await detect('google-meet', html)).toEqual({ platform: 'google-meet', phase: 'in-call', recording: false });
  });

  test('no hint and no live media: pending, no reminder yet', async () => {
    expect(await detect('teams', '<main><p>Loading…</p></main>')).toEqual({ platform: 'teams', phase: 'pending', recording: false });
  });

  test('a page that cannot hold a call is never a call, whatever it shows', async () => {
    const html = fixtureHtml('google-meet', 'recording-en');
    expect(await detect('google-meet', html, 'https://meet.google.com/landing')).toEqual({ platform: 'google-meet', phase: 'none', recording: false });
    expect(await detect('zoom', html, 'https://us05web.zoom.us/wc/leave')).toEqual({ platform: 'zoom', phase: 'none', recording: false });
  });

  test('a "Start recording" button is not a recording indicator', async () => {
    const html = `${fixtureHtml('google-meet', 'in-call')}<button aria-label="Start recording">rec</button><button>Opname starten</button>`;
    expect(await detect('google-meet', html)).toEqual({ platform: 'google-meet', phase: 'in-call', recording: false });
  });

  test('organisation hint overrides follow a platform that changed its page', async () => {
    const changed = '<main><div data-new-toolbar><span class="x-hangup" role="button">⏻</span></div><p class="x-rec">Live-opname</p></main>';
    expect(await detect('google-meet', changed)).toEqual({ platform: 'google-meet', phase: 'pending', recording: false });
    const extra = { inCall: [{ selector: '.x-hangup' }], recording: [{ selector: '.x-rec', text: 'opname' }] };
    expect(await detect('google-meet', changed, undefined, extra)).toEqual({ platform: 'google-meet', phase: 'in-call', recording: true });
  });

  test('a recorded video file is not live media', async () => {
    const html = '<main><video src="data:video/mp4;base64,AAAA" autoplay muted></video></main>';
    expect(await detect('whereby', html)).toEqual({ platform: 'whereby', phase: 'pending', recording: false });
  });
});
