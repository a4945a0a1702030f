// The reminder, popup and options page in real Chromium: keyboard use, quick actions recorded by
// the background with the hash of the notice shown, the chat announcement copied, axe-core with no
// serious or critical violations, and the README screenshots.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entry } from '../../../shared/consent/entry.ts';
import { CATALOGUE, catalogueHash, noticeText, noticeTextHash, rulesFor } from '../../../shared/rules/index.ts';
import { seriousViolations } from '../support/axe.ts';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { recordExtensionNetwork, type NetworkRecorder } from '../support/extension-network.ts';
import { openPopupFor, popupReport } from '../support/extension-popup.ts';
import { listLog, openLogPage } from '../support/extension-log.ts';
import { attachCamera } from '../support/call-page.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { ROOT } from '../support/paths.ts';
import { inReminder, logNotice, readReminder, waitForPrompt, waitForReminder } from '../support/reminder.ts';

const SCREENSHOTS = `${ROOT}docs/screenshots`;

let run: ExtensionBrowser;
let network: NetworkRecorder;

async function openCall(url: string, platform: string): Promise<Page> {
  const page = await run.browser.newPage();
  await page.setViewport({ width: 1100, height: 700 });
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml(platform, 'in-call'));
  await page.goto(url, { waitUntil: 'load' });
  await attachCamera(page);
  return page;
}

async function loggedEntries(): Promise<Entry[]> {
  const page = await openLogPage(run);
  const entries = await listLog(page);
  await page.close();
  return entries;
}

beforeAll(async () => {
  run = await launchChromiumWithExtension();
  network = await recordExtensionNetwork(run.browser, run.extensionOrigin);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await network?.stop();
  await run?.browser.close();
});

describe('the reminder', () => {
  test('keyboard: Escape collapses, arrow keys move, Escape again closes it for this call and gives focus back', async () => {
    const page = await openCall('https://meet.google.com/abc-defg-hij', 'google-meet');
    const region = await waitForReminder(page);
    await page.screenshot({ path: `${SCREENSHOTS}/reminder-google-meet-en.png` });

    // Keyboard focus starts in the call page (its mute button) and moves into the reminder.
    await page.focus('button[aria-label="Turn off microphone"]');
    const toggle = await inReminder(region, '[data-toggle]');
    await toggle.focus();
    await page.keyboard.press('Escape');
    expect((await readReminder(region)).collapsed).toBe(true);
    await page.keyboard.press('Enter');
    expect((await readReminder(region)).collapsed).toBe(false);

    const handle = await inReminder(region, '.handle');
    const before = await region.boundingBox();
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const after = await region.boundingBox();
    expect(after?.x).toBe((before?.x ?? 0) + 16);
    expect(after?.y).toBe((before?.y ?? 0) + 16);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('opnamepact-reminder') === null, { timeout: 1000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Turn off microphone');
    await page.close();
  });

  test('a quick action shows its rules; its notice is logged with the hash of the notice shown', async () => {
    const page = await openCall('https://meet.google.com/qui-ckac-tio', 'google-meet');
    const region = await waitForReminder(page);
    await (await inReminder(region, '[data-action="client-asks-video"]')).click();
    const shown = await readReminder(region);
    const videoRules = rulesFor(CATALOGUE, 'client-asks-video');
    expect(shown.rules).toEqual(videoRules.map((rule) => rule.id));
    await page.screenshot({ path: `${SCREENSHOTS}/reminder-video-request-en.png` });
    await logNotice(region, 'video-refused-portrait-right');

    const records = await loggedEntries();
    const record = records.at(-1);
    expect(record).toMatchObject({
      kind: 'video-request',
      outcome: 'refused-portrait-right',
      platform: 'google-meet',
      catalogue: { version: CATALOGUE.version, hash: catalogueHash(CATALOGUE) },
      noticeHash: noticeTextHash(noticeText(videoRules, 'en')),
    });
    expect(record?.meetingKey).toMatch(/^[0-9a-f]{64}$/);
    // The key is salted and hashed: the meeting code appears nowhere in what was stored.
    expect(JSON.stringify(records)).not.toContain('qui-ckac-tio');
    await page.close();
  });

  test('the announcement for the chat is copied to the clipboard', async () => {
    await run.browser.defaultBrowserContext().overridePermissions('https://meet.google.com', ['clipboard-read', 'clipboard-sanitized-write']);
    const page = await openCall('https://meet.google.com/cop-ytex-tcb', 'google-meet');
    const region = await waitForReminder(page);
    await (await inReminder(region, '[data-copy-announcement]')).click();
    await page.waitForFunction(async (expected) => (await navigator.clipboard.readText()) === expected, { timeout: 2000 }, CATALOGUE.announcement.en);
    await page.close();
  });

  test('axe-core: no serious or critical violations in the overlay', async () => {
    const page = await openCall('https://meet.google.com/axe-chec-kov', 'google-meet');
    const region = await waitForReminder(page);
    await (await inReminder(region, '[data-action="staff-wants-to-record"]')).click();
    // axe cannot enter a closed shadow root (nor can page scripts, which is the point), so the
    // rendered overlay, styles included, is copied into an open one on a blank page and checked there.
    const markup = await region.evaluate((element) => (element.getRootNode() as ShadowRoot).innerHTML);
    const blank = await run.browser.newPage();
    await blank.setContent('<!doctype html><html lang="en"><head><title>overlay</title></head><body><main><div id="host"></div></main></body></html>');
    await blank.evaluate((html) => {
      const root = document.getElementById('host')?.attachShadow({ mode: 'open' });
      if (root !== undefined) root.innerHTML = html;
    }, markup);
    expect(await seriousViolations(blank)).toEqual([]);
    await blank.close();
    await page.close();
  });
});

describe('popup and options', () => {
  test('the popup shows the current tab’s call and logs a notice for it', async () => {
    const page = await openCall('https://meet.google.com/pop-upst-ate', 'google-meet');
    await waitForReminder(page);
    const popup = await openPopupFor(run, page);
    await popup.waitForFunction(() => document.querySelector('[data-tab-state]')?.textContent === 'Google Meet: In a call', { timeout: 2000 });
    // The detection health line names the platform cue that decided (no fallback, no override).
    const health = await popup.$eval('[data-detection-health]', (line) => line.textContent ?? '');
    expect(health).toMatch(/^Detection: phase from: google-meet · \w+ · .+ \((VERIFIED|INFERRED)\)/);
    expect(health).not.toContain('fallback only');
    await popup.click('[data-action="client-records-audio"]');
    await popup.click('[data-notice="audio-noticed"]');
    await popup.waitForFunction(() => document.querySelector('[data-log-status]')?.textContent?.startsWith('Logged') === true, { timeout: 2000 });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-en.png` });
    await popup.close();
    // Read after the popup closed: opening the log page takes the focus, which closes a popup.
    expect((await loggedEntries()).at(-1)).toMatchObject({ kind: 'client-records-audio', how: 'noticed', platform: 'google-meet' });
    await page.close();
  });

  test('the popup says "fallback only" when only live media, no platform cue, says a call runs', async () => {
    // A Meet URL whose page shows two live videos and nothing a Meet cue knows.
    const url = 'https://meet.google.com/fal-lbac-kon';
    const page = await run.browser.newPage();
    const server = await serveFixtures(page);
    server.serve(url, '<!doctype html><html lang="en"><head><title>call</title></head><body><video data-fixture-camera autoplay muted playsinline></video><video data-fixture-camera autoplay muted playsinline></video></body></html>');
    await page.goto(url, { waitUntil: 'load' });
    await attachCamera(page);
    await waitForReminder(page, 'en', 5000);
    expect((await popupReport(run, page)).health).toContain('fallback only: no cue of this platform matched');
    await page.close();
  });

  test('options: axe passes; choosing Dutch makes the next reminder Dutch', async () => {
    const options = await run.browser.newPage();
    await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('select');
    expect(await seriousViolations(options)).toEqual([]);
    await options.select('select', 'nl');
    await options.waitForFunction(() => document.documentElement.querySelector('main')?.getAttribute('lang') === 'nl', { timeout: 2000 });
    await options.screenshot({ path: `${SCREENSHOTS}/options-nl.png`, fullPage: true });
    await options.close();

    const page = await openCall('https://teams.microsoft.com/l/meetup-join/19%3ameeting_bmw%40thread.v2/0', 'teams');
    await waitForReminder(page, 'nl');
    await page.screenshot({ path: `${SCREENSHOTS}/reminder-teams-nl.png` });
    await page.evaluate((html) => {
      document.body.insertAdjacentHTML('beforeend', html);
    }, '<div data-tid="call-recording-banner" role="status">Opname is gestart.</div>');
    await waitForPrompt(page, 'Het platform neemt dit gesprek op', 'nl');
    await page.close();
  });
});

test('the popup, the options page and the service worker made no network request', () => {
  expect(network.requests).toEqual([]);
});
