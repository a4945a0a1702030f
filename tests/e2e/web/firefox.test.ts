// The built page in Firefox ESR, opened from file://: the recording code of a real WAV file and the
// verdict on a cut copy, so the page is known to work beyond Chromium.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIREFOX, ROOT } from '../support/paths.ts';
import { makeWebMedia, type WebMedia } from './make-web-media.ts';
import { text, timelineSegments, upload } from './page-driver.ts';

let browser: Browser;
let media: WebMedia;

beforeAll(async () => {
  media = makeWebMedia();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

it('computes the code and finds a cut in Firefox, from file://', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  await page.goto(`file://${ROOT}dist/verifier/index.html`);
  await upload(page, 'client-file', media.original);
  expect(await text(page, '#full-code')).toBe(createHash('sha256').update(readFileSync(media.original)).digest('hex'));

  await page.click('#tab-compare');
  await upload(page, 'original-file', media.original);
  await upload(page, 'copy-file', media.cut);
  await page.waitForSelector('[data-testid="verdict"][data-verdict="edited"]', { timeout: 60_000 });
  const [removed] = await timelineSegments(page);
  expect(removed).toMatchObject({ bar: 'original', kind: 'removed' });
  expect(removed!.start).toBeCloseTo(10, 3);
  expect(removed!.end).toBeCloseTo(15, 3);
  expect(errors).toEqual([]);
});
