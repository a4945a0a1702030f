// The log store in real Chromium IndexedDB: append, list, export, verify, import, retention.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import type { LogExport } from '../../../shared/consent/export-format.ts';
import { checkLogExport } from '../../../shared/consent/check-export.ts';
import { verifyLogExport, verifyLogExportText } from '../../../shared/consent/verify.ts';
import { MEETINGS, randomCommon, randomDraft, seededRandom } from '../../unit/consent/sample-log.ts';
import { appendAll, call, openHarness, unwrap } from './browser.ts';
import { useHarness } from './fixture.ts';

const EXAMPLES = resolve(import.meta.dirname, '../../../docs/examples');
const NOW = '2026-11-29T10:00:00.000Z';

const harness = useHarness({ browser: true });
let page: Page;

function drafts(seed: number, count: number, from: Date): EntryDraft[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => randomDraft(random, new Date(from.getTime() + i * 60_000)));
}

beforeAll(async () => {
  page = await openHarness(harness.browser, harness.origin, 'store-test');
});

describe('log store in real Chromium IndexedDB', () => {
  const written: Entry[] = [];

  it('appends entries as one chain and lists them back, also by meeting and case', async () => {
    for (const draft of drafts(1, 12, new Date('2026-11-28T09:00:00Z'))) written.push(unwrap(await call(page, 'append', draft)));
    expect(written.map((entry) => entry.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(written.slice(1).every((entry, i) => entry.prev === written[i]?.hash)).toBe(true);
    expect(unwrap(await call(page, 'list'))).toEqual(written);
    const meeting = MEETINGS[0] as string;
    expect(unwrap(await call(page, 'list', { meetingKey: meeting }))).toEqual(written.filter((e) => e.meetingKey === meeting));
    expect(unwrap(await call(page, 'list', { caseRef: 'K19', kind: 'concerns-discussed' }))).toEqual(
      written.filter((e) => e.caseRef === 'K19' && e.kind === 'concerns-discussed'),
    );
    expect(unwrap(await call(page, 'head'))).toEqual({ seq: 12, hash: written[11]?.hash });
  });

  it('refuses an invalid entry with a clear error and writes nothing', async () => {
    const bad = { ...(drafts(2, 1, new Date(NOW))[0] as EntryDraft), caseRef: 'jan.jansen@example.nl' };
    const result = await call(page, 'append', bad);
    expect(result).toMatchObject({ ok: false, code: 'invalid-entry', message: expect.stringMatching(/caseRef.*e-mail.*nothing was written/) });
    const forward = await call(page, 'append', { ...randomCommon(seededRandom(3), new Date(NOW)), kind: 'correction', corrects: 13 });
    expect(forward).toMatchObject({ ok: false, code: 'invalid-entry', message: expect.stringMatching(/"corrects" must name an earlier entry/) });
    expect(unwrap(await call(page, 'list'))).toHaveLength(12);
  });

  it('exports the whole log: it verifies, and one changed byte breaks it', async () => {
    const exported = unwrap(await call(page, 'exportAll', NOW));
    expect(verifyLogExport(exported)).toMatchObject({ ok: true, entries: 12, head: written[11]?.hash });
    const text = JSON.stringify(exported, null, 2);
    const at = text.indexOf('"staff": "') + 10;
    const changed = text.slice(0, at) + (text[at] === 'X' ? 'Y' : 'X') + text.slice(at + 1);
    expect(verifyLogExportText(changed)).toMatchObject({ ok: false, firstBroken: { index: 0, reason: expect.stringMatching(/^hash mismatch/) } });
  });

  it('writes a fresh random nonce into every entry', () => {
    expect(written.every((entry) => /^[0-9a-f]{32}$/.test(entry.nonce ?? ''))).toBe(true);
    expect(new Set(written.map((entry) => entry.nonce)).size).toBe(written.length);
  });

  it('signs exports with a non-extractable device key made once, kept in IndexedDB', async () => {
    const key = unwrap(await call(page, 'deviceKey'));
    expect(key).toMatchObject({ extractable: false, algorithm: 'ECDSA', curve: 'P-256', usages: ['sign'] });
    const exported = unwrap(await call(page, 'exportAll', NOW)) as LogExport;
    expect(exported.signing).toMatchObject({ keyFingerprint: key.fingerprint, checkpoints: [{ seq: 12, head: written[11]?.hash, keyFingerprint: key.fingerprint }] });
    expect(await checkLogExport(exported)).toMatchObject({ ok: true, signatures: { state: 'verified', keyFingerprint: key.fingerprint } });
    const receipt = unwrap(await call(page, 'checkpoint', null, NOW));
    expect(receipt).toEqual(exported.signing.checkpoints.at(-1));
    expect(unwrap(await call(page, 'deviceKey')).fingerprint).toBe(key.fingerprint);
  });

  it('exports one session with links for the others, starting at a signed checkpoint, and it verifies', async () => {
    const meeting = MEETINGS[1] as string;
    const exported = unwrap(await call(page, 'exportSession', { meetingKey: meeting }, NOW)) as LogExport;
    const own = written.filter((entry) => entry.meetingKey === meeting);
    expect(exported.entries.filter((item) => 'kind' in item)).toEqual(own);
    expect(verifyLogExport(exported)).toMatchObject({ ok: true, head: own.at(-1)?.hash });
    expect(exported.signing.checkpoints.map((point) => point.seq)).toContain((own[0] as Entry).seq - 1);
    expect((await checkLogExport(exported)).ok).toBe(true);
    expect(unwrap(await call(page, 'exportSession', { caseRef: 'nobody' }, NOW))).toBeNull();
  });

  it('imports and verifies without touching the live log', async () => {
    const text = JSON.stringify(unwrap(await call(page, 'exportAll', NOW)));
    expect(unwrap(await call(page, 'importAndVerify', text))).toMatchObject({
      check: { ok: true, chain: { ok: true, entries: 12 }, signatures: { state: 'verified' } },
      live: { same: 12, absent: 0, firstDifferent: null },
    });
    const tampered = text.replace(`"seq":5,`, `"seq":6,`);
    expect(unwrap(await call(page, 'importAndVerify', tampered))).toMatchObject({ check: { ok: false, chain: { firstBroken: { index: 4 } } }, live: null });
    const newer = await call(page, 'importAndVerify', text.replace('"version":2', '"version":3'));
    expect(newer).toMatchObject({ ok: false, name: 'ConsentFormatError', message: expect.stringMatching(/version 3 is newer/) });
    const corrupt = await call(page, 'importAndVerify', text.slice(0, 200));
    expect(corrupt).toMatchObject({ ok: false, name: 'ConsentFormatError', message: expect.stringMatching(/not valid JSON/) });
    expect(unwrap(await call(page, 'list'))).toEqual(written);
  });

  it('gives a stable meeting key per install that reveals nothing of the meeting id', async () => {
    const key = unwrap(await call(page, 'meetingKeyFor', 'teams', '19:meeting_abc@thread.v2'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(unwrap(await call(page, 'meetingKeyFor', 'teams', '19:meeting_abc@thread.v2'))).toBe(key);
    expect(unwrap(await call(page, 'meetingKeyFor', 'teams', '19:meeting_abd@thread.v2'))).not.toBe(key);
    const other = await openHarness(harness.browser, harness.origin, 'store-test-other-install');
    expect(unwrap(await call(other, 'meetingKeyFor', 'teams', '19:meeting_abc@thread.v2'))).not.toBe(key);
    await other.close();
  });
});

describe('retention in real Chromium IndexedDB', () => {
  it('deletes entries older than the period, logs the deletion, and the chain still verifies', async () => {
    const retention = await openHarness(harness.browser, harness.origin, 'retention-test');
    const old = drafts(3, 8, new Date('2026-06-01T09:00:00Z'));
    const recent = drafts(4, 5, new Date('2026-11-20T09:00:00Z'));
    await appendAll(retention, [...old, ...recent]);
    const first = unwrap(await call(retention, 'applyRetention', NOW, 90));
    expect(first).toMatchObject({ deleted: 8, entry: { seq: 14, kind: 'retention-deleted', count: 8, through: { seq: 8 } } });
    const afterFirst = unwrap(await call(retention, 'exportAll', NOW));
    expect(afterFirst.entries.map((entry) => entry.seq)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(verifyLogExport(afterFirst)).toMatchObject({ ok: true, base: { seq: 8 } });

    expect(unwrap(await call(retention, 'applyRetention', NOW, 90))).toEqual({ deleted: 0, entry: null });

    const later = '2027-06-01T00:00:00.000Z';
    const second = unwrap(await call(retention, 'applyRetention', later, 30));
    expect(second).toMatchObject({ deleted: 6, entry: { seq: 15, through: { seq: 14 } } });
    const afterSecond = unwrap(await call(retention, 'exportAll', later));
    expect(verifyLogExport(afterSecond)).toMatchObject({ ok: true, entries: 1, base: { seq: 14 } });
    expect((await checkLogExport(afterSecond)).ok).toBe(true);
    expect(await call(retention, 'applyRetention', NOW, 0)).toMatchObject({ ok: false, code: 'invalid-period' });
    await retention.close();
  });
});

describe('the shipped example export', () => {
  // Written by tests/e2e/extension/consent-log.test.ts from a session logged through the extension.
  it('verifies, signed; the format 1 example still verifies, unsigned', async () => {
    const text = await readFile(resolve(EXAMPLES, 'consent-log.example.json'), 'utf8');
    expect(await checkLogExport(JSON.parse(text))).toMatchObject({ ok: true, version: 2, signatures: { state: 'verified' }, chain: { scope: 'session' } });
    const old = await readFile(resolve(EXAMPLES, 'consent-log.format-1.example.json'), 'utf8');
    expect(await checkLogExport(JSON.parse(old))).toMatchObject({ ok: true, version: 1, signatures: { state: 'unsigned' } });
  });
});
