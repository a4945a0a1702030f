// The consent log from the test side: open the extension's log page, send messages from it (an
// extension page, so the background treats them as the page's) and read the file it offered for
// download.
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../../shared/consent/entry.ts';
import type { ExtensionBrowser } from './browsers.ts';

export async function openLogPage(run: ExtensionBrowser): Promise<Page> {
  const page = await run.browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(`${run.extensionOrigin}/log.html`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
  return page;
}

interface ChromeRuntime {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** The background's raw reply ({ ok, value } or { ok: false, error }) to a message from `page`. */
export function sendFrom(page: Page, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate((m) => (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
}

export async function listLog(page: Page): Promise<Entry[]> {
  const reply = await sendFrom(page, { type: 'log/list' });
  if (!reply.ok) throw new Error(`log/list failed: ${reply.error}`);
  return reply.value as Entry[];
}

/** Clicks an export button and returns the text of the file it offered (from its blob URL). */
export async function exportThrough(page: Page, button: string): Promise<string> {
  // Puppeteer's click waits for animation frames, which a tab in the background never gets.
  await page.bringToFront();
  const before = await page.$eval('[data-export-link]', (link) => (link as HTMLAnchorElement).href);
  await page.click(button);
  await page.waitForFunction((old) => (document.querySelector('[data-export-link]') as HTMLAnchorElement).href !== old, { polling: 50 }, before);
  return page.$eval('[data-export-link]', async (link) => (await fetch((link as HTMLAnchorElement).href)).text());
}
