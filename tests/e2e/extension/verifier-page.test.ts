// The verifier page shipped inside the extension, in real Chromium: opened from the popup's link,
// a real WAV file through the file input gives its recording code (= sha256) with the workers and
// WebAssembly running under the extension's CSP; identical and cut copies get their verdicts; the
// client view shows the catalogue's client wording; axe passes; and nothing goes over the network.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ProtocolError, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CATALOGUE } from '../../../shared/rules/index.ts';
import { seriousViolations } from '../support/axe.ts';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { openLogPage } from '../support/extension-log.ts';
import { recordExtensionNetwork, type NetworkRecorder } from '../support/extension-network.ts';
import { text, timelineSegments, upload } from '../web/page-driver.ts';
import { compareOnPage } from './verifier-driver.ts';
import { makeVerifierMedia, type VerifierMedia } from './verifier-media.ts';

let run: ExtensionBrowser;
let network: NetworkRecorder;
let media: VerifierMedia;
let verifier: Page;
const errors: string[] = [];

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** On a freshly loaded page, so each comparison starts from empty inputs. */
async function compare(original: string, copy: string): Promise<string | null> {
  await verifier.reload({ waitUntil: 'load' });
  return compareOnPage(verifier, original, copy);
}

beforeAll(async () => {
  media = makeVerifierMedia();
  run = await launchChromiumWithExtension();
  network = await recordExtensionNetwork(run.browser, run.extensionOrigin);
});

afterAll(async () => {
  await network?.stop();
  await run?.browser.close();
});

test('the popup links to the verifier page, which opens in the language of the settings', async () => {
  const tab = await run.browser.newPage();
  const extension = (await run.browser.extensions()).get(run.extensionId);
  if (extension === undefined) throw new Error('extension not listed');
  await extension.triggerAction(tab);
  const popupTarget = await run.browser.waitForTarget((candidate) => candidate.url() === `${run.extensionOrigin}/popup.html`);
  const popup = await popupTarget.asPage();
  const link = await popup.waitForSelector('[data-open-verifier]');
  expect(await link!.evaluate((element) => element.textContent)).toBe('Check a recording');
  // The popup closes as the new tab takes the focus, sometimes before the click is acknowledged.
  const opened = run.browser.waitForTarget((candidate) => candidate.url() === `${run.extensionOrigin}/verifier.html`);
  await link!.click().catch((error: unknown) => {
    if (!(error instanceof ProtocolError && /Target closed/.test(error.message))) throw error;
  });
  const target = await opened;
  verifier = await target.asPage();
  verifier.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  verifier.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await verifier.setViewport({ width: 1100, height: 900 });
  await verifier.waitForSelector('#tab-client');
  expect(await verifier.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('the log page links to it too', async () => {
  const log = await openLogPage(run);
  expect(await log.$eval('h1 + p [data-open-verifier]', (link) => [(link as HTMLAnchorElement).href, link.getAttribute('target')])).toEqual([
    `${run.extensionOrigin}/verifier.html`,
    '_blank',
  ]);
  await log.close();
});

test('the recording code is the sha256 of the file, and the client reads the client wording', async () => {
  await upload(verifier, 'client-file', media.original);
  expect(await text(verifier, '#full-code')).toBe(sha256(media.original));
  const shown = await verifier.$$eval('.rules li', (items) => items.map((item) => item.textContent));
  expect(shown).toEqual(CATALOGUE.rules.filter((rule) => rule.audience.includes('client')).map((rule) => rule.clientText?.en));
  // Offered once the sound's analysis has ended: the audio worker ran and answered.
  await verifier.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 60_000 });
  expect(await seriousViolations(verifier)).toEqual([]);
});

test('an identical copy is identical; a cut copy is edited, with the cut on the timeline', async () => {
  expect(await compare(media.original, media.identical)).toBe('identical');
  expect(await compare(media.original, media.cut)).toBe('edited');
  const [removed, ...rest] = await timelineSegments(verifier);
  expect(rest).toEqual([]);
  expect(removed).toMatchObject({ bar: 'original', kind: 'removed' });
  expect(removed!.start).toBeCloseTo(4, 3);
  expect(removed!.end).toBeCloseTo(6, 3);
  expect(await seriousViolations(verifier)).toEqual([]);
});

test('no script error or CSP violation, and no network request from the extension', () => {
  expect(errors).toEqual([]);
  expect(network.requests).toEqual([]);
});
