// The device key in Firefox ESR: the background makes it, keeps the non-extractable CryptoKey in
// IndexedDB, signs exports and receipts with it, and the print page finds its session through the
// session-storage hand-off rather than the URL.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkLogExport } from '../../../shared/consent/check-export.ts';
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { LogExport } from '../../../shared/consent/export-format.ts';
import { parseReceipt, receiptLine } from '../../../shared/consent/receipt.ts';
import { launchFirefoxWithExtension, type ExtensionBrowser } from '../support/browsers.ts';

let run: ExtensionBrowser;

beforeAll(async () => {
  run = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await (run?.browser as Browser | undefined)?.close();
});

interface FirefoxRuntime {
  browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };
}

async function send<T>(page: Page, message: unknown): Promise<T> {
  const reply = await page.evaluate((m) => (globalThis as unknown as FirefoxRuntime).browser.runtime.sendMessage(m), message);
  if (!reply.ok) throw new Error(`${JSON.stringify(message)} failed: ${reply.error}`);
  return reply.value as T;
}

/** The print tab the log page opened. Firefox's remote protocol reports extension pages' URLs as
 *  about:blank, so each tab is asked for its own location. */
async function printPage(): Promise<Page> {
  for (let tries = 0; tries < 100; tries++) {
    for (const candidate of await run.browser.pages()) {
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${run.extensionOrigin}/print.html#`)) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the print page did not open');
}

test('Firefox: exports and receipts are signed by the device key, and the printout shows the receipt', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${run.extensionOrigin}/log.html`, { waitUntil: [] });
  await page.waitForSelector('h1', { timeout: 10_000 });
  for (const note of ['first', 'second']) {
    await send(page, { type: 'log/append', session: { meetingKey: null, caseRef: 'FF-1' }, fields: { kind: 'concerns-discussed' }, note });
  }
  const exported = await send<LogExport>(page, { type: 'log/export', session: { caseRef: 'FF-1' } });
  const check = await checkLogExport(JSON.parse(JSON.stringify(exported)));
  expect(check).toMatchObject({ ok: true, signatures: { state: 'verified', checkpoints: 2 } });
  const receipt = await send<Checkpoint>(page, { type: 'log/checkpoint', session: { caseRef: 'FF-1' } });
  expect(receipt).toEqual(exported.signing.checkpoints.at(-1));
  expect((await checkLogExport(exported, [parseReceipt(receiptLine(receipt))])).ok).toBe(true);

  await page.reload({ waitUntil: [] });
  await page.waitForSelector('[data-session]', { timeout: 10_000 });
  await page.click('[data-session]');
  await page.waitForSelector('[data-print]');
  await page.click('[data-print]');
  const print = await printPage();
  await print.waitForSelector('[data-receipt-line]', { timeout: 10_000 });
  expect(await print.evaluate(() => location.href)).toMatch(/\/print\.html#[0-9a-f]{24}$/);
  expect(await print.$eval('[data-receipt-line]', (element) => element.textContent)).toBe(receiptLine(receipt));
});
