// A call page that tries to read or trigger the extension's data: the closed shadow root, forged
// messages and events, the extension's files and the page's own storage. All attempts fail, and
// the reminder keeps working afterwards. A decoy laid over the reminder (F4 in the security
// review) cannot turn the staff member's click into a log entry.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { listLog, openLogPage } from '../support/extension-log.ts';
import { attachCamera, showState } from '../support/call-page.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { guardStatus, inReminder, logNotice, readReminder, waitForPrompt, waitForReminder, waitForSettled } from '../support/reminder.ts';

let run: ExtensionBrowser;

beforeAll(async () => {
  run = await launchChromiumWithExtension();
});

afterAll(async () => {
  await run?.browser.close();
});

test('a hostile call page can neither read nor drive the extension', async () => {
  const url = 'https://meet.google.com/hos-tile-pge';
  const page = await run.browser.newPage();
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml('hostile', 'in-call'));
  await page.goto(url, { waitUntil: 'load' });
  await attachCamera(page);
  await waitForReminder(page);

  const report = await page.evaluate((id) => (window as unknown as { attack(id: string): Promise<Record<string, unknown>> }).attack(id), run.extensionId);
  expect(report.hostFound).toBe(true);
  expect(report.shadowRoot).toBe(false);
  expect(report.attachShadow).toBe('NotSupportedError');
  expect(report.textThroughHost).toBe('');
  expect(report.runtimeInPage).toBe(false);
  expect(report.fetchExtensionFile).toBe('TypeError');
  expect(report.localStorageKeys).toEqual([]);
  expect(report.sessionStorageKeys).toEqual([]);
  // The extension posts nothing to the page (WXT's default would post the extension's id).
  expect(report.messagesSeen).toEqual([]);

  // No forged message reached the background: the consent log is still empty.
  const log = await openLogPage(run);
  expect(await listLog(log)).toEqual([]);
  await log.close();

  // The forged "newer script started" event did not stop the content script: the reminder is
  // still there and still reacts to the call.
  const reminder = await waitForReminder(page);
  expect((await readReminder(reminder)).collapsed).toBe(false);
  await showState(page, 'google-meet', 'recording-en');
  await waitForPrompt(page, 'The platform is recording this call');

  // Removing the overlay's host from the page does not get rid of the reminder for long.
  await page.evaluate(() => document.querySelector('opnamepact-reminder')?.remove());
  await page.waitForFunction(() => document.querySelector('opnamepact-reminder') !== null, { timeout: 1500 });
  await waitForPrompt(page, 'The platform is recording this call');
  expect(server.unexpected).toEqual([]);
});

async function openHostile(url: string): Promise<Page> {
  const page = await run.browser.newPage();
  await page.setViewport({ width: 1100, height: 700 });
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml('hostile', 'in-call'));
  await page.goto(url, { waitUntil: 'load' });
  await attachCamera(page);
  return page;
}

/** A trusted mouse click in the middle of an element of the reminder, as the staff member's would be. */
async function clickCentre(page: Page, element: ElementHandle<Element>): Promise<void> {
  const box = await element.boundingBox();
  if (box === null) throw new Error('element not drawn');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('a decoy over the reminder, a faded reminder or a click right after it changed log nothing; a clear click does', async () => {
  const page = await openHostile('https://meet.google.com/dec-oyov-erl');
  const region = await waitForReminder(page);
  await waitForSettled(region);
  const panel = await region.boundingBox();
  if (panel === null) throw new Error('reminder not drawn');

  // The page draws a fake "Reconnect" dialog over the whole panel and lets clicks through to it.
  await page.evaluate((box) => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.style.cssText = `position:fixed;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;z-index:2147483647;pointer-events:none;background:#fff`;
    decoy.innerHTML = '<p>Your connection was interrupted.</p><button>Reconnect</button>';
    document.documentElement.append(decoy);
  }, panel);
  await waitForSettled(region, false);
  await clickCentre(page, await inReminder(region, '[data-notice="concerns-discussed"]'));
  expect(await guardStatus(region)).toBe('The reminder was covered, so that click did not count. Click again.');
  await clickCentre(page, await inReminder(region, '[data-dismiss]'));
  expect(await guardStatus(region)).toContain('covered');

  // The page fades the reminder almost to nothing. Its host's own styles are locked (WXT's
  // `:host { all: initial !important }`), so the page fades its whole <html>, the host's parent.
  await page.evaluate(() => {
    document.getElementById('decoy')?.remove();
    document.documentElement.style.opacity = '0.05';
  });
  await new Promise((resolve) => setTimeout(resolve, 700));
  await clickCentre(page, await inReminder(region, '[data-notice="concerns-discussed"]'));
  expect(await guardStatus(region)).toContain('covered');

  // Uncovered, but the panel just changed (collapsed and opened again): too soon to count.
  await page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
  await waitForSettled(region);
  await clickCentre(page, await inReminder(region, '[data-toggle]'));
  await clickCentre(page, await inReminder(region, '[data-toggle]'));
  await clickCentre(page, await inReminder(region, '[data-notice="concerns-discussed"]'));
  expect(await guardStatus(region)).toBe('The reminder had just appeared or moved, so that click did not count. Click again.');

  const log = await openLogPage(run);
  expect(await listLog(log)).toEqual([]);

  // Uncovered and still: the same click counts.
  await page.bringToFront();
  await logNotice(region, 'concerns-discussed');
  expect(await guardStatus(region)).toBe('');
  expect((await listLog(log)).map((entry) => entry.kind)).toEqual(['concerns-discussed']);
  await log.close();
  await page.close();
});
