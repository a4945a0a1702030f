// The consent log in the built extension, in real Chromium with a persistent profile: a session
// logged from the overlay on a fixture call page and completed in the log page, exported and
// checked with the built CLI (and failing with one byte changed), the printable page, import and
// verify, two tabs logging at once, the service worker stopped mid-write, forged messages refused,
// and everything still there after a browser restart.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { Entry } from '../../../shared/consent/entry.ts';
import { receiptLine } from '../../../shared/consent/receipt.ts';
import { verifyLogExportText } from '../../../shared/consent/verify.ts';
import { runCli } from '../../cli/run-cli.ts';
import { seriousViolations } from '../support/axe.ts';
import { extensionWorker, launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { exportThrough, listLog, openLogPage, sendFrom } from '../support/extension-log.ts';
import { recordExtensionNetwork, type NetworkRecorder } from '../support/extension-network.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { ROOT } from '../support/paths.ts';
import { inReminder, logNotice } from '../support/reminder.ts';
import { openFixtureCall } from '../log/fixture-call.ts';

const GENERATED = `${ROOT}tests/.generated/log-extension`;
const PROFILE = `${GENERATED}/profile`;
const SCREENSHOTS = `${ROOT}docs/screenshots`;
const EXAMPLE = `${ROOT}docs/examples/consent-log.example.json`;
const EXAMPLE_RECEIPT = `${ROOT}docs/examples/consent-log.receipt.txt`;
const CALL_URL = 'https://meet.google.com/ses-sion-log';
// The verifier page's tests change this note in the shipped example.
const CONCERNS_NOTE = 'Cliënt wil het gesprek thuis rustig naluisteren.';
const HTML_NOTE = '<img src=x onerror="document.title=\'owned\'"><b>bold</b> & co';

let run: ExtensionBrowser;
let network: NetworkRecorder;
let logPage: Page;

async function launch(): Promise<void> {
  run = await launchChromiumWithExtension({ userDataDir: PROFILE });
  network = await recordExtensionNetwork(run.browser, run.extensionOrigin);
  // Exports are offered as downloads; the test reads them from their blob URL instead.
  const session = await run.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
}

/** Chooses a quick action in the overlay, then one of its notices, and waits until it is logged. */
async function logFromOverlay(region: ElementHandle<Element>, action: string, notice: string): Promise<void> {
  await (await inReminder(region, `[data-action="${action}"]`)).click();
  await logNotice(region, notice);
}

async function addInLogPage(kind: string, values: Record<string, string>, note = ''): Promise<void> {
  await logPage.bringToFront();
  const before = await logPage.$eval('[data-add-status]', (element) => element.textContent ?? '');
  await logPage.select('#entry-kind', kind);
  for (const [name, value] of Object.entries(values)) {
    const tag = await logPage.$eval(`[name="${name}"]`, (element) => element.tagName);
    if (tag === 'SELECT') await logPage.select(`[name="${name}"]`, value);
    else await logPage.type(`[name="${name}"]`, value);
  }
  if (note !== '') await logPage.type('#entry-note', note);
  await logPage.click('[data-add-entry] button[type="submit"]');
  await logPage.waitForFunction((old) => {
    const text = document.querySelector('[data-add-status]')?.textContent ?? '';
    return text !== old && text !== '';
  }, { polling: 50 }, before);
  const status = await logPage.$eval('[data-add-status]', (element) => element.textContent ?? '');
  expect(status).toMatch(/^Logged as no\. \d+$/);
}

async function waitForEntries(count: number): Promise<void> {
  await logPage.waitForFunction((n) => document.querySelectorAll('ol.entries li').length === n, { timeout: 5000, polling: 50 }, count);
}

beforeAll(async () => {
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await launch();
});

afterAll(async () => {
  await network?.stop().catch(() => undefined);
  await run?.browser.close();
});

describe('a session from the overlay to the client file', () => {
  let session: Entry[] = [];
  let sessionExport = '';
  let receipt = '';

  test('the overlay logs one-click notices with the call’s platform and a meeting key, never the URL; the log page adds to the meeting', async () => {
    logPage = await openLogPage(run);
    expect(await sendFrom(logPage, { type: 'settings/save', settings: { staffInitials: 'MvdB' } })).toMatchObject({ ok: true });
    const { call, server, region } = await openFixtureCall(run.browser, CALL_URL);
    await logFromOverlay(region, 'client-records-audio', 'audio-announced');

    // During the call, the staff member notes in the log page why the client records.
    await logPage.bringToFront();
    await logPage.reload({ waitUntil: 'load' });
    await logPage.waitForSelector('[data-session]');
    await logPage.click('[data-session]');
    await waitForEntries(1);
    await addInLogPage('concerns-discussed', {}, CONCERNS_NOTE);

    await call.bringToFront();
    await logFromOverlay(region, 'vulnerable-present', 'child-present');
    await logFromOverlay(region, 'client-asks-video', 'video-referred');
    expect(server.unexpected).toEqual([]);

    const log = await listLog(logPage);
    expect(log.map((entry) => entry.kind)).toEqual(['client-records-audio', 'concerns-discussed', 'vulnerable-person-present', 'video-request']);
    for (const entry of log) {
      expect(entry).toMatchObject({ platform: 'google-meet', staff: 'MvdB', caseRef: null });
      expect(entry.meetingKey).toMatch(/^[0-9a-f]{64}$/);
    }
    // The overlay cites the notice shown; the log page's entry showed none.
    expect(log.map((entry) => entry.noticeHash !== null)).toEqual([true, false, true, true]);
    expect(new Set(log.map((entry) => entry.meetingKey)).size).toBe(1);
    expect(JSON.stringify(log)).not.toContain('ses-sion-log');
    await call.close();
  });

  test('the log page completes the video procedure; a note with HTML stays text', async () => {
    await logPage.bringToFront();
    await logPage.reload({ waitUntil: 'load' });
    await logPage.waitForSelector('[data-session]');
    await logPage.click('[data-session]');
    await waitForEntries(4);
    await addInLogPage('video-staff-view', { consulted: 'AB, CD' });
    await addInLogPage('video-manager-decision', { decision: 'allowed', decidedOn: '11292026' });
    await addInLogPage('video-conditions', { outcome: 'signed-by-both', caseRef: 'DV-2026-0142' }, HTML_NOTE);
    await waitForEntries(7);
    const steps = await logPage.$$eval('[data-video-steps] li', (items) => items.map((item) => item.getAttribute('data-done')));
    expect(steps).toEqual(['true', 'true', 'true', 'true']);

    const note = await logPage.$eval('ol.entries li:last-child [data-note]', (element) => ({ text: element.textContent, children: element.children.length }));
    expect(note).toEqual({ text: HTML_NOTE, children: 0 });
    expect(await logPage.$('ol.entries img, ol.entries b')).toBeNull();
    expect(await logPage.title()).not.toBe('owned');
  });

  test('both parties’ codes: the staff file hashed in a worker, a typed client code; a mismatch says what to do', async () => {
    const recording = `${GENERATED}/staff-copy.bin`;
    const bytes = createHash('sha512').update('opnamepact').digest();
    writeFileSync(recording, Buffer.concat(Array.from({ length: 40_000 }, () => bytes)));
    const code = createHash('sha256').update(readFileSync(recording)).digest('hex');

    const input = (await logPage.$('#staff-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(recording);
    await logPage.waitForFunction((short) => document.querySelector('[data-staff-code]')?.textContent === short, { timeout: 10_000, polling: 50 }, `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8, 12)}`);

    await logPage.type('#client-code', 'ffff 0000 1111');
    await logPage.click('[data-codes] form button');
    await logPage.waitForSelector('[data-code-match="differ"]');
    expect(await logPage.$eval('[data-code-match]', (element) => element.textContent)).toContain('opnamepact compare');
    expect(await logPage.$eval('[data-codes] [data-open-verifier]', (link) => (link as HTMLAnchorElement).href)).toBe(`${run.extensionOrigin}/verifier.html`);

    await logPage.type('#client-code', `${code.slice(0, 4).toUpperCase()}-${code.slice(4, 8)} ${code.slice(8, 12)}`);
    await logPage.click('[data-codes] form button');
    // Only the short form was typed: 48 bits agree, which is no proof of the same file.
    await logPage.waitForSelector('[data-code-match="short-only"]');
    expect(await logPage.$eval('[data-code-match]', (element) => element.textContent)).toBe('First 12 digits agree; compare the full code or the file to confirm.');
    // Every registration gives a receipt for the client, at the session's last entry.
    await logPage.waitForFunction(() => document.querySelector('[data-receipt]')?.getAttribute('data-receipt-seq') === String(document.querySelectorAll('ol.entries li').length), { polling: 50 });
    await waitForEntries(10);
    session = (await listLog(logPage)).filter((entry) => entry.meetingKey !== null);
    expect(session.filter((entry) => entry.kind === 'recording-registered')).toMatchObject([
      { party: 'staff', code, shortCode: null },
      { party: 'client', code: null, shortCode: 'ffff00001111' },
      { party: 'client', code: null, shortCode: code.slice(0, 12) },
    ]);
    expect(await seriousViolations(logPage)).toEqual([]);
    await logPage.screenshot({ path: `${SCREENSHOTS}/log-page.png`, fullPage: true });
  });

  test('the session export passes the built verify-log; the same export with one byte changed fails', async () => {
    sessionExport = await exportThrough(logPage, '[data-export-session]');
    const file = `${GENERATED}/session.json`;
    writeFileSync(file, sessionExport);
    const intact = runCli(['verify-log', file]);
    expect(intact.code, intact.stderr).toBe(0);

    const changed = sessionExport.replace('"how": "announced"', '"how": "announcer"');
    expect(changed.length).toBe(sessionExport.length);
    expect(changed).not.toBe(sessionExport);
    writeFileSync(`${GENERATED}/session-changed.json`, changed);
    const broken = runCli(['verify-log', `${GENERATED}/session-changed.json`]);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/hash mismatch/);

    const exported = JSON.parse(sessionExport) as { scope: string; entries: Entry[]; head: string };
    expect(exported.scope).toBe('session');
    expect(exported.entries.map((entry) => entry.seq)).toEqual(session.map((entry) => entry.seq));
    expect(exported.head).toBe(session.at(-1)?.hash);

    // The receipt for this session is the checkpoint the export signed at its last entry.
    const checkpoint = await sendFrom(logPage, { type: 'log/checkpoint', session: { meetingKey: session[0]?.meetingKey } });
    receipt = receiptLine(checkpoint.value as Checkpoint);
    expect(runCli(['verify-log', file, '--receipt', receipt]).code).toBe(0);
    expect(runCli(['verify-log', `${GENERATED}/session-changed.json`, '--receipt', receipt]).code).toBe(1);

    if (process.env.UPDATE_EXAMPLES === '1') {
      writeFileSync(EXAMPLE, sessionExport);
      writeFileSync(EXAMPLE_RECEIPT, `${receipt}\nThe receipt of the example session (docs/examples/consent-log.example.json), as the client got it.\n`);
    }
    const example = runCli(['verify-log', EXAMPLE, '--receipt', EXAMPLE_RECEIPT]);
    expect(example.code, `${EXAMPLE}: ${example.stdout}${example.stderr}`).toBe(0);

    // The verifier page says the same about the codes: only the short forms agree.
    const verifier = await run.browser.newPage();
    await verifier.goto(`${run.extensionOrigin}/verifier.html`, { waitUntil: 'load' });
    await verifier.click('#tab-log');
    await ((await verifier.waitForSelector('#log-file')) as ElementHandle<HTMLInputElement>).uploadFile(file);
    const codes = await verifier.waitForSelector('[data-testid="log-codes"]');
    expect(await codes!.evaluate((element) => [element.getAttribute('data-match'), element.textContent])).toEqual(['short-only', 'First 12 digits agree; compare the full code or the file to confirm.']);
    await verifier.close();
  });

  test('the printable page shows the session as a document with the head hash and the span', async () => {
    await logPage.click('[data-print]');
    const target = await run.browser.waitForTarget((candidate) => candidate.url().startsWith(`${run.extensionOrigin}/print.html`));
    const print = await target.asPage();
    await print.setViewport({ width: 900, height: 1200 });
    await print.waitForSelector('[data-print-head]');
    const first = session[0];
    const last = session.at(-1);
    expect(await print.$eval('[data-print-head]', (element) => element.textContent)).toBe(last?.hash);
    expect(await print.$eval('[data-print-span]', (element) => element.textContent)).toBe(`${first?.seq} – ${last?.seq}`);
    // The URL names no session (it would sit in the browser history), and the receipt is printed.
    expect(print.url()).toMatch(/\/print\.html#[0-9a-f]{24}$/);
    expect(await print.$eval('[data-receipt-line]', (element) => element.textContent)).toBe(receipt);
    expect(await print.$eval('[data-print-codes]', (element) => element.getAttribute('data-print-codes'))).toBe('short-only');
    expect(await print.$$eval('tbody tr', (rows) => rows.length)).toBe(session.length);
    expect(await print.$eval('tbody tr:nth-child(7) .note', (element) => element.textContent)).toBe(HTML_NOTE);
    expect(await seriousViolations(print)).toEqual([]);
    await print.emulateMediaType('print');
    expect(await print.$eval('button.no-print', (element) => getComputedStyle(element).display)).toBe('none');
    await print.emulateMediaType('screen');
    await print.screenshot({ path: `${SCREENSHOTS}/log-print.png`, fullPage: true });
    await print.close();
  });

  test('import and verify: intact, changed, unreadable and newer exports each get one clear line; the live log is untouched', async () => {
    const before = await listLog(logPage);
    const importFile = async (name: string, text: string): Promise<{ state: string | null; text: string }> => {
      const path = `${GENERATED}/${name}`;
      writeFileSync(path, text);
      const previous = await logPage.$eval('body', () => document.querySelector('[data-import-result]')?.textContent ?? '');
      await ((await logPage.$('#import-file')) as ElementHandle<HTMLInputElement>).uploadFile(path);
      await logPage.waitForFunction((old) => (document.querySelector('[data-import-result]')?.textContent ?? '') !== old, { timeout: 5000, polling: 50 }, previous);
      return logPage.$eval('[data-import-result]', (element) => ({ state: element.getAttribute('data-import-result'), text: element.textContent ?? '' }));
    };
    const intact = await importFile('intact.json', sessionExport);
    expect(intact).toMatchObject({ state: 'ok', text: expect.stringContaining(`Intact: the chain verifies (${session.length})`) });
    expect(intact.text).toMatch(/signed with device key [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
    const unsigned = JSON.parse(sessionExport) as { signing?: unknown };
    delete unsigned.signing;
    expect(await importFile('unsigned.json', JSON.stringify(unsigned))).toMatchObject({ state: 'broken', text: expect.stringContaining('signatures missing') });
    const changed = await importFile('changed.json', sessionExport.replace('"how": "announced"', '"how": "announcer"'));
    expect(changed).toMatchObject({ state: 'broken', text: expect.stringContaining(`#${session[0]?.seq}: hash mismatch`) });
    expect((await importFile('garbage.json', '{"format": "opnamepact-consent-log", "version": 1, ')).text).toMatch(/^garbage\.json: not a consent log export: not valid JSON/);
    const newer = sessionExport.replace('"version": 2', '"version": 3');
    expect((await importFile('newer.json', newer)).text).toMatch(/^newer\.json: consent log export format version 3 is newer than this Opnamepact reads/);
    expect(await listLog(logPage)).toEqual(before);
  });
});

describe('robustness and security', () => {
  const append = (caseRef: string, note: string) => ({ type: 'log/append', session: { meetingKey: null, caseRef }, fields: { kind: 'concerns-discussed' }, note });

  test('two tabs logging at the same time lose nothing and form one chain', async () => {
    const other = await openLogPage(run);
    const before = (await listLog(logPage)).length;
    const burst = (page: Page, tab: string) =>
      page.evaluate(
        (messages) => Promise.all(messages.map((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m))),
        Array.from({ length: 25 }, (_, i) => append(`TAB-${tab}`, `${tab}${i}`)),
      );
    const replies = await Promise.all([burst(logPage, 'A'), burst(other, 'B')]);
    expect(replies.flat().every((reply) => reply.ok)).toBe(true);
    const log = await listLog(logPage);
    expect(log.length).toBe(before + 50);
    expect(new Set(log.slice(before).map((entry) => entry.note)).size).toBe(50);
    const full = verifyLogExportText(await exportThrough(logPage, '[data-export-all]'));
    expect(full).toMatchObject({ ok: true, entries: log.length });
    await other.close();
  });

  test('the service worker stopped mid-write leaves no half entry and a chain that verifies', async () => {
    // Everything so far made no network request. The recorder's DevTools sessions on the worker
    // would keep a stopped worker from starting again, so it ends here (a new one runs after the restart).
    expect(network.requests).toEqual([]);
    await network.stop();
    const before = (await listLog(logPage)).length;
    const sent = 3000;
    // The page counts the replies it got, so the test can tell when appends are under way
    // without asking the (busy) worker.
    const pending = logPage.evaluate((messages) => {
      const scope = globalThis as unknown as { replies: number; chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
      scope.replies = 0;
      return Promise.allSettled(messages.map((m) => scope.chrome.runtime.sendMessage(m).finally(() => scope.replies++)));
    }, Array.from({ length: sent }, (_, i) => append('SW-STOP', `s${i}`)));
    // Stop the worker (closing its DevTools target) once some appends are done and most are
    // still in flight.
    const worker = await extensionWorker(run.browser, run.extensionId);
    await logPage.waitForFunction(() => ((globalThis as unknown as { replies?: number }).replies ?? 0) >= 20, { polling: 5 });
    await worker.close();
    const settled = await pending;
    const confirmed = settled.filter((result) => result.status === 'fulfilled' && result.value?.ok === true).length;
    expect(confirmed).toBeLessThan(sent);

    // The next message wakes the worker again; the log holds every confirmed append, whole.
    const after = (await listLog(logPage)).slice(before);
    expect(after.length).toBeGreaterThanOrEqual(confirmed);
    expect(after.length).toBeLessThanOrEqual(sent);
    expect(new Set(after.map((entry) => entry.note)).size).toBe(after.length);
    const full = verifyLogExportText(await exportThrough(logPage, '[data-export-all]'));
    expect(full).toMatchObject({ ok: true, entries: before + after.length });
  });

  test('forged and malformed messages are refused; a web page cannot reach the background at all', async () => {
    expect(await sendFrom(logPage, { type: 'log/wipe' })).toEqual({ ok: false, error: 'unknown or malformed message' });
    const count = (await listLog(logPage)).length;
    const refusals = await Promise.all([
      sendFrom(logPage, { type: 'log/append', session: { meetingKey: null, caseRef: 'X1' }, fields: { kind: 'retention-deleted', count: 99, before: '2026-01-01T00:00:00.000Z', through: { seq: 1, hash: '0'.repeat(64) } }, note: '' }),
      sendFrom(logPage, { type: 'log/append', session: { meetingKey: 'a'.repeat(64), caseRef: null }, fields: { kind: 'concerns-discussed' }, note: '' }),
      sendFrom(logPage, { type: 'log/append', session: { meetingKey: null, caseRef: 'jan@example.org' }, fields: { kind: 'concerns-discussed' }, note: '' }),
      sendFrom(logPage, { type: 'log/append', session: { meetingKey: null, caseRef: 'X1' }, fields: { kind: 'concerns-discussed', seq: 1 }, note: '' }),
      sendFrom(logPage, { type: 'log/register-code', session: { meetingKey: null, caseRef: 'X1' }, party: 'client', code: 'not a code', note: '' }),
    ]);
    expect(refusals.map((reply) => reply.ok)).toEqual([false, false, false, false, false]);
    expect(refusals.map((reply) => reply.error)).toEqual([
      expect.stringContaining('only retention itself logs a deletion'),
      expect.stringContaining('this meeting is not in the log'),
      expect.stringContaining('looks like an e-mail address'),
      expect.stringContaining('field "seq" is not part of this entry kind'),
      expect.stringContaining('not a recording code'),
    ]);
    // A page cannot set the time or the staff member either: the background's values win.
    const sneaky = await sendFrom(logPage, { type: 'log/append', session: { meetingKey: null, caseRef: 'X1' }, fields: { kind: 'concerns-discussed', time: '2000-01-01T00:00:00.000Z', staff: 'Mallory' }, note: '' });
    expect(sneaky.ok).toBe(true);
    expect(sneaky.value).toMatchObject({ staff: 'MvdB', kind: 'concerns-discussed' });
    expect(Math.abs(Date.parse((sneaky.value as Entry).time) - Date.now())).toBeLessThan(60_000);
    expect((await listLog(logPage)).length).toBe(count + 1);

    const web = await run.browser.newPage();
    const server = await serveFixtures(web);
    server.serve('https://meet.google.com/web-page-msg', fixtureHtml('google-meet', 'in-call'));
    await web.goto('https://meet.google.com/web-page-msg', { waitUntil: 'load' });
    expect(await web.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await web.close();
  });
});

test('after a browser restart with the same profile, the whole log is still there and verifies', async () => {
  const before = await listLog(logPage);
  await run.browser.close();
  await launch();
  logPage = await openLogPage(run);
  expect(await listLog(logPage)).toEqual(before);
  expect(verifyLogExportText(await exportThrough(logPage, '[data-export-all]'))).toMatchObject({ ok: true, entries: before.length });
  expect(network.requests).toEqual([]);
});
