// A fixture call page at a real platform URL, with the fake camera playing and the extension's
// reminder up: where the consent log's end-to-end tests start logging.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { attachCamera } from '../support/call-page.ts';
import { fixtureHtml, serveFixtures, type FixtureServer } from '../support/fixture-server.ts';
import { waitForReminder } from '../support/reminder.ts';

export async function openFixtureCall(browser: Browser, url: string): Promise<{ call: Page; server: FixtureServer; region: ElementHandle<Element> }> {
  const call = await browser.newPage();
  await call.setViewport({ width: 1100, height: 700 });
  const server = await serveFixtures(call);
  server.serve(url, fixtureHtml('google-meet', 'in-call'));
  await call.goto(url, { waitUntil: 'load' });
  await attachCamera(call);
  return { call, server, region: await waitForReminder(call) };
}
