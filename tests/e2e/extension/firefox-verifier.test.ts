// The extension's verifier page in Firefox ESR: reached from the popup's link, it computes a real
// WAV file's recording code (= sha256) and finds a cut, with its workers and WebAssembly running
// under Firefox's extension CSP.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { text, timelineSegments, upload } from '../web/page-driver.ts';
import { compareOnPage } from './verifier-driver.ts';
import { makeVerifierMedia, type VerifierMedia } from './verifier-media.ts';

let run: ExtensionBrowser;
let media: VerifierMedia;

beforeAll(async () => {
  media = makeVerifierMedia();
  run = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await (run?.browser as Browser | undefined)?.close();
});

test('Firefox: the verifier page from the popup link computes the code and finds a cut', async () => {
  const popup = await run.browser.newPage();
  await popup.goto(`${run.extensionOrigin}/popup.html`, { waitUntil: [] });
  const link = await popup.waitForSelector('[data-open-verifier]', { timeout: 10_000 });
  const href = await link!.evaluate((element) => (element as HTMLAnchorElement).href);
  expect(href).toBe(`${run.extensionOrigin}/verifier.html`);
  await popup.close();

  // Firefox's remote protocol does not report tabs an extension page opens, so the test follows the
  // link's address itself (the Chromium test clicks it).
  const page = await run.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  await page.goto(href, { waitUntil: [] });
  await upload(page, 'client-file', media.original);
  expect(await text(page, '#full-code')).toBe(createHash('sha256').update(readFileSync(media.original)).digest('hex'));
  // Offered once the sound's analysis has ended: the audio worker ran and answered.
  await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 60_000 });

  expect(await compareOnPage(page, media.original, media.cut)).toBe('edited');
  const segments = await timelineSegments(page);
  expect(segments.map(({ bar, kind, start, end }) => [bar, kind, start.toFixed(3), end.toFixed(3)])).toEqual([['original', 'removed', '4.000', '6.000']]);
  expect(errors).toEqual([]);
});
