// Receipts in the built extension, in real Chromium: a call ends, the reminder's button opens the
// receipt in the log page, where it is shown and printed; then the log page's own console (what a
// staff member with DevTools could do) rewrites an entry, re-seals the chain and throws away the
// stale signatures. The new export verifies INTACT on its own and BROKEN against the client's
// earlier receipt, in the built CLI and in the extension's verifier page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entry } from '../../../shared/consent/entry.ts';
import { parseReceipt } from '../../../shared/consent/receipt.ts';
import { runCli } from '../../cli/run-cli.ts';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { showState, stopCamera } from '../support/call-page.ts';
import { exportThrough, listLog, openLogPage, sendFrom } from '../support/extension-log.ts';
import { ROOT } from '../support/paths.ts';
import { inReminder, logNotice, waitForPrompt, waitForReminder } from '../support/reminder.ts';
import { openFixtureCall } from './fixture-call.ts';

const GENERATED = `${ROOT}tests/.generated/log-receipts`;
const CALL_URL = 'https://meet.google.com/rec-eipt-end';

let run: ExtensionBrowser;
let logPage: Page;
let receiptLine = '';

beforeAll(async () => {
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });
  run = await launchChromiumWithExtension();
  const session = await run.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  logPage = await openLogPage(run);
  expect(await sendFrom(logPage, { type: 'settings/save', settings: { staffInitials: 'MvdB' } })).toMatchObject({ ok: true });
});

afterAll(async () => {
  await run?.browser.close();
});

/** Rewrites entry 1 in the live IndexedDB and re-seals every hash after it, as a console would. */
function rewriteAndReseal(page: Page): Promise<{ before: string; after: string }> {
  return page.evaluate(async () => {
    const canonical = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value);
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
    };
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('opnamepact-log'));
    const entries = (await request(db.transaction('entries').objectStore('entries').getAll())) as Record<string, unknown>[];
    const before = JSON.stringify({ how: entries[0]?.['how'] });
    (entries[0] as Record<string, unknown>)['how'] = 'noticed';
    let prev = entries[0]?.['prev'] as string;
    for (const entry of entries) {
      entry['prev'] = prev;
      const { hash: _old, ...rest } = entry;
      entry['hash'] = hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(rest))));
      prev = entry['hash'] as string;
    }
    const tx = db.transaction(['entries', 'checkpoints'], 'readwrite');
    for (const entry of entries) tx.objectStore('entries').put(entry);
    // The old signed checkpoints would give the rewrite away: a careful rewriter drops them.
    tx.objectStore('checkpoints').clear();
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
    return { before, after: JSON.stringify({ how: entries[0]?.['how'] }) };
  });
}

async function verifyInPage(file: string, receipts: string): Promise<{ ok: string | null; text: string }> {
  const page = await run.browser.newPage();
  await page.goto(`${run.extensionOrigin}/verifier.html`, { waitUntil: 'load' });
  await page.click('#tab-log');
  await page.waitForSelector('#log-receipts');
  if (receipts !== '') await page.type('#log-receipts', receipts);
  await ((await page.$('#log-file')) as ElementHandle<HTMLInputElement>).uploadFile(file);
  // The check runs again as receipts change: wait for the result that lists the receipt.
  await page.waitForFunction(
    (withReceipt) => {
      const findings = document.querySelector('[data-testid="log-findings"]')?.textContent ?? '';
      return document.querySelector('[data-testid="log-verdict"]') !== null && (!withReceipt || /receipt|bewijsje/i.test(findings));
    },
    { polling: 50 },
    receipts !== '',
  );
  const result = await page.$eval('[data-testid="log-verdict"]', (element) => ({ ok: element.getAttribute('data-ok'), text: document.querySelector('[data-testid="log-findings"]')?.textContent ?? '' }));
  await page.close();
  return result;
}

describe('a receipt at call end pins the log from outside', () => {
  test('the call ends, the reminder’s button opens the receipt: shown, copyable as one line, printable', async () => {
    const { call, server, region } = await openFixtureCall(run.browser, CALL_URL);
    await (await inReminder(region, '[data-action="client-records-audio"]')).click();
    await logNotice(region, 'audio-announced');
    await stopCamera(call);
    await showState(call, 'google-meet', 'ended', '/landing');
    await waitForPrompt(call, 'Call ended');

    const ended = await waitForReminder(call);
    await (await inReminder(ended, '[data-receipt-button]')).click();
    const target = await run.browser.waitForTarget((candidate) => candidate.url() === `${run.extensionOrigin}/log.html#receipt`);
    const receiptPage = await target.asPage();
    await receiptPage.waitForSelector('[data-receipt-line]');
    receiptLine = await receiptPage.$eval('[data-receipt-line]', (element) => element.textContent ?? '');
    const receipt = parseReceipt(receiptLine);
    const log = await listLog(receiptPage);
    expect(receipt).toMatchObject({ seq: log.length, head: (log.at(-1) as Entry).hash });
    expect(await receiptPage.$eval('[data-receipt-field="head"]', (element) => element.textContent)).toBe(receipt.head.slice(0, 24).match(/.{4}/g)?.join(' '));
    expect(await receiptPage.$eval('[data-receipt-field="key"]', (element) => element.textContent)).toBe(receipt.key.slice(0, 16).match(/.{4}/g)?.join(' '));
    expect(await receiptPage.$eval('svg.qr path', (path) => (path.getAttribute('d') ?? '').length)).toBeGreaterThan(1000);
    // "Copy the line" puts exactly the one line on the clipboard, for the call's chat.
    await run.browser.defaultBrowserContext().overridePermissions(run.extensionOrigin, ['clipboard-read', 'clipboard-sanitized-write']);
    await receiptPage.bringToFront();
    await receiptPage.click('[data-copy-receipt]');
    await receiptPage.waitForFunction(() => document.querySelector('[data-receipt] [role="status"]')?.textContent === 'Copied.', { polling: 50 });
    expect(await receiptPage.evaluate(() => navigator.clipboard.readText())).toBe(receiptLine);
    expect(server.unexpected).toEqual([]);

    // Printed: the receipt stays, the buttons go; Chromium's own print to PDF renders it.
    await receiptPage.emulateMediaType('print');
    expect(await receiptPage.$eval('[data-receipt]', (element) => getComputedStyle(element).display)).not.toBe('none');
    expect(await receiptPage.$eval('[data-print-receipt]', (element) => getComputedStyle(element.parentElement as Element).display)).toBe('none');
    const pdf = await receiptPage.pdf({ format: 'A4' });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await receiptPage.emulateMediaType('screen');
    await receiptPage.close();
    await call.close();

    const file = `${GENERATED}/before.json`;
    writeFileSync(file, await exportThrough(logPage, '[data-export-all]'));
    const cli = runCli(['verify-log', file, '--receipt', receiptLine]);
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
  });

  test('rewritten and re-sealed from the log page: INTACT alone, BROKEN against the receipt, in the CLI and the page', async () => {
    expect(await rewriteAndReseal(logPage)).toEqual({ before: '{"how":"announced"}', after: '{"how":"noticed"}' });
    await logPage.reload({ waitUntil: 'load' });
    const file = `${GENERATED}/rewritten.json`;
    writeFileSync(file, await exportThrough(logPage, '[data-export-all]'));

    const alone = runCli(['verify-log', file, '--lang', 'en']);
    expect(alone.code, alone.stdout + alone.stderr).toBe(0);
    expect(alone.stdout).toMatch(/^INTACT: .*\nSigned with device key /);
    const against = runCli(['verify-log', file, '--receipt', receiptLine, '--lang', 'en']);
    expect(against.code).toBe(1);
    expect(against.stdout).toMatch(/^BROKEN: .*receipt.*\nSigned with device key .*\nReceipt #\d+ .*DOES NOT AGREE: at sequence \d+ the export holds head .*the log was changed after the receipt was given/s);

    expect(await verifyInPage(file, '')).toMatchObject({ ok: 'true' });
    const inPage = await verifyInPage(file, receiptLine);
    expect(inPage.ok).toBe('false');
    expect(inPage.text).toMatch(/the log was changed after the receipt was given/);
  });
});
