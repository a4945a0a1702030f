// A call page that tries to read or trigger the extension's data: the closed shadow root, forged
// messages and events, the extension's files and the page's own storage. All attempts fail, and
// the reminder keeps working afterwards.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { listLog, openLogPage } from '../support/extension-log.ts';
import { attachCamera, showState } from '../support/call-page.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { readReminder, waitForPrompt, waitForReminder } from '../support/reminder.ts';

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
