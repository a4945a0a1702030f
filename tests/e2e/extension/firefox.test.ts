// Firefox smoke test: the Firefox build loads in Firefox ESR, its background answers, and the
// reminder appears on a call page.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { ROOT } from '../support/paths.ts';

let run: ExtensionBrowser;

beforeAll(async () => {
  run = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await (run?.browser as Browser | undefined)?.close();
});

test('Firefox: the extension loads and reminds on a Jitsi call page', async () => {
  const options = await run.browser.newPage();
  await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: [] });
  await options.waitForSelector('select', { timeout: 10_000 });
  expect(await options.$eval('select', (select) => (select as HTMLSelectElement).value)).toBe('auto');
  await options.close();

  const url = 'https://meet.jit.si/OpnamepactFirefox';
  const page = await run.browser.newPage();
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml('jitsi', 'in-call'));
  await page.goto(url, { waitUntil: 'load' });
  // The leave button is enough here: Firefox's fake camera is not needed for the DOM hint. Firefox's
  // remote protocol does not expose closed shadow roots to accessibility queries, so the test checks
  // that the overlay is painted where it belongs: the top-left point hits its (closed) host.
  await page.waitForFunction(() => document.elementFromPoint(40, 90)?.localName === 'opnamepact-reminder', { timeout: 5000 });
  await page.screenshot({ path: `${ROOT}docs/screenshots/reminder-jitsi-firefox.png` });
  expect(server.unexpected).toEqual([]);
});
