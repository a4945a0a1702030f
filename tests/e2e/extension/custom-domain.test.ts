// A custom call domain end to end: added in the options page, registered by the background with
// scripting.registerContentScripts, then detected with the generic hints. Headless Chromium cannot
// click the browser's permission prompt, so this test runs a copy of the built extension whose
// manifest already grants that one host (permissions.request then resolves without a prompt);
// everything else is the build as shipped.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { attachCamera, showState } from '../support/call-page.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { CHROME_EXTENSION_DIR, ROOT } from '../support/paths.ts';
import { waitForPrompt, waitForReminder } from '../support/reminder.ts';

const HOST = 'jitsi.zorg.example';
const COPY = `${ROOT}tests/.generated/extension/custom-domain`;

let run: ExtensionBrowser;

beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  cpSync(CHROME_EXTENSION_DIR, COPY, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${COPY}/manifest.json`, 'utf8')) as Record<string, unknown>;
  writeFileSync(`${COPY}/manifest.json`, JSON.stringify({ ...manifest, host_permissions: [`https://${HOST}/*`] }));
  run = await launchChromiumWithExtension({ extensionDir: COPY });
});

afterAll(async () => {
  await run?.browser.close();
});

test('a custom domain added in the options gets the reminder', async () => {
  const url = `https://${HOST}/overleg-42`;
  const before = await run.browser.newPage();
  const beforeServer = await serveFixtures(before);
  beforeServer.serve(url, fixtureHtml('custom', 'in-call'));
  await before.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(await before.$('opnamepact-reminder')).toBeNull();
  await before.close();

  const options = await run.browser.newPage();
  await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: 'load' });
  await options.type('form input', 'not a domain');
  await options.click('form button[type="submit"]');
  await options.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent === 'Not a valid domain name.', { timeout: 2000 });
  await options.$eval('form input', (input) => ((input as HTMLInputElement).value = ''));
  await options.type('form input', HOST);
  await options.click('form button[type="submit"]');
  await options.waitForFunction((host) => document.querySelector('[data-domains]')?.textContent?.includes(host) === true, { timeout: 2000 }, HOST);
  await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved', { timeout: 2000 });
  await options.close();

  const page = await run.browser.newPage();
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml('custom', 'lobby'));
  await page.goto(url, { waitUntil: 'load' });
  await attachCamera(page);
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(await page.$('opnamepact-reminder')).toBeNull();
  await showState(page, 'custom', 'in-call');
  await waitForReminder(page);
  await showState(page, 'custom', 'recording-nl');
  await waitForPrompt(page, 'The platform is recording this call');
  await showState(page, 'custom', 'ended');
  await waitForPrompt(page, 'Call ended');
  expect(server.unexpected).toEqual([]);
});
