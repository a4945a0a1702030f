import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../shared/consent/chain.ts';
import type { Entry } from '../../../shared/consent/entry.ts';
import { buildFullExport, buildSessionExport, type LogExport } from '../../../shared/consent/export-format.ts';
import { ConsentFormatError, verifyLogExport, verifyLogExportText } from '../../../shared/consent/verify.ts';
import { MEETINGS, NO_SIGNING, randomDraft, randomLog, seededRandom } from './sample-log.ts';

const NOW = '2026-11-29T10:00:00.000Z';
const clone = <T>(value: T): T => structuredClone(value);
const firstBroken = (data: unknown) => {
  const result = verifyLogExport(data);
  if (result.ok) throw new Error('expected a broken log');
  return result.firstBroken;
};

describe('verifyLogExport on intact exports', () => {
  const log = randomLog(seededRandom(1), 40);

  it('accepts a full export and reports its size and head', () => {
    const result = verifyLogExport(buildFullExport(log, NOW, NO_SIGNING));
    expect(result).toMatchObject({ ok: true, entries: 40, head: log[39]?.hash, scope: 'all', base: { seq: 0 } });
  });

  it('accepts an empty log, whose head is the genesis hash', () => {
    expect(verifyLogExport(buildFullExport([], NOW, NO_SIGNING))).toMatchObject({ ok: true, entries: 0, head: '0'.repeat(64) });
  });

  it('accepts a session export: own entries in full, others as links, head = last own entry', () => {
    const exported = buildSessionExport(log, { meetingKey: MEETINGS[0] as string }, NOW, NO_SIGNING) as LogExport;
    const full = exported.entries.filter((item) => 'kind' in item) as Entry[];
    expect(full.every((entry) => entry.meetingKey === MEETINGS[0])).toBe(true);
    expect(exported.entries.some((item) => !('kind' in item))).toBe(true);
    const result = verifyLogExport(exported);
    expect(result).toMatchObject({ ok: true, scope: 'session', head: full.at(-1)?.hash });
  });

  it('accepts a session export by case reference, and survives a JSON round trip', () => {
    const exported = buildSessionExport(log, { caseRef: 'K19' }, NOW, NO_SIGNING);
    expect(verifyLogExportText(JSON.stringify(exported, null, 2)).ok).toBe(true);
  });

  it('gives no session export for a session without entries', () => {
    expect(buildSessionExport(log, { caseRef: 'nobody' }, NOW, NO_SIGNING)).toBeNull();
  });

  it('accepts a log whose start was deleted by retention, when a retention entry records it', () => {
    const kept = log.slice(10);
    const deleted = log[9] as Entry;
    const retention = sealEntry(
      {
        kind: 'retention-deleted', count: 10, before: '2026-11-02T00:00:00.000Z',
        through: { seq: deleted.seq, hash: deleted.hash },
        time: NOW, platform: 'none', meetingKey: null, caseRef: null, staff: 'system', catalogue: null, noticeHash: null, note: '',
      },
      { seq: (log.at(-1) as Entry).seq, hash: (log.at(-1) as Entry).hash },
    );
    expect(verifyLogExport(buildFullExport([...kept, retention], NOW, NO_SIGNING)).ok).toBe(true);
    expect(firstBroken(buildFullExport(kept, NOW, NO_SIGNING))).toMatchObject({ index: 0, seq: 11 });
    expect(firstBroken(buildFullExport(kept, NOW, NO_SIGNING)).reason).toMatch(/no retention entry records deleting/);
  });
});

describe('verifyLogExport names the first broken entry', () => {
  const exported = buildFullExport(randomLog(seededRandom(2), 12), NOW, NO_SIGNING);

  it('hash mismatch when a field changes', () => {
    const data = clone(exported);
    (data.entries[4] as Entry).note = 'changed';
    expect(firstBroken(data)).toEqual({ index: 4, seq: 5, reason: expect.stringMatching(/^hash mismatch/) });
  });

  it('sequence gap when an entry is deleted', () => {
    const data = clone(exported);
    data.entries.splice(6, 1);
    expect(firstBroken(data)).toMatchObject({ index: 6, reason: expect.stringMatching(/^sequence gap/) });
  });

  it('reordering when two entries are swapped', () => {
    const data = clone(exported);
    [data.entries[3], data.entries[7]] = [data.entries[7] as Entry, data.entries[3] as Entry];
    expect(firstBroken(data)).toMatchObject({ index: 3, reason: expect.stringMatching(/^reordering/) });
  });

  it('prev mismatch when an entry is re-sealed with its right sequence but a wrong link', () => {
    const data = clone(exported);
    const target = data.entries[5] as Entry;
    const forged = sealEntry({ ...randomDraft(seededRandom(9), new Date(target.time)) }, { seq: 5, hash: 'f'.repeat(64) });
    data.entries[5] = forged;
    expect(firstBroken(data)).toMatchObject({ index: 5, reason: expect.stringMatching(/^prev mismatch/) });
  });

  it('head mismatch when the tail is cut and the head kept', () => {
    const data = clone(exported);
    data.entries.length = 10;
    expect(firstBroken(data)).toMatchObject({ index: 10, reason: expect.stringMatching(/^head mismatch/) });
  });

  it('invalid entry when a re-sealed entry breaks the schema', () => {
    const data = clone(exported);
    const { hash: _h, seq: _s, prev: _p, ...draft } = data.entries[11] as Entry;
    const previous = data.entries[10] as Entry;
    data.entries[11] = sealEntry({ ...draft, caseRef: 'jan@example.nl' }, { seq: previous.seq, hash: previous.hash });
    data.head = (data.entries[11] as Entry).hash;
    expect(firstBroken(data)).toMatchObject({ index: 11, reason: expect.stringMatching(/caseRef.*e-mail/) });
  });

  it('an entry of another session inside a session export', () => {
    const log = randomLog(seededRandom(5), 30);
    const data = buildSessionExport(log, { meetingKey: MEETINGS[0] as string }, NOW, NO_SIGNING) as LogExport;
    data.session = { meetingKey: MEETINGS[1] as string };
    expect(firstBroken(data)).toMatchObject({ index: 0, reason: 'entry of another session inside a session export' });
  });

  it('a link inside a full export', () => {
    const data = clone(exported);
    const { seq, prev, hash } = data.entries[2] as Entry;
    data.entries[2] = { seq, prev, hash };
    expect(firstBroken(data)).toMatchObject({ index: 2, reason: expect.stringMatching(/content missing/) });
  });
});

describe('verifyLogExport refuses what is not a readable export', () => {
  const exported = buildFullExport(randomLog(seededRandom(3), 3), NOW, NO_SIGNING);
  it.each([
    ['an array', [], /expected a JSON object/],
    ['another format', { ...exported, format: 'opnamepact-fingerprint' }, /not a consent log export: "format"/],
    ['a newer version', { ...exported, version: 3 }, /format version 3 is newer than this Opnamepact reads \(version 2\)/],
    ['a broken version', { ...exported, version: '1' }, /malformed.*"version"/],
    ['entries that are not a list', { ...exported, entries: {} }, /malformed.*"entries"/],
    ['a bad head', { ...exported, head: 42 }, /malformed.*"head"/],
    ['an unknown field', { ...exported, extra: 1 }, /malformed.*unknown field "extra"/],
    ['a session without its key', { ...exported, scope: 'session' }, /malformed.*"session"/],
  ])('%s', (_name, data, message) => {
    expect(() => verifyLogExport(data)).toThrow(ConsentFormatError);
    expect(() => verifyLogExport(data)).toThrow(message);
  });

  it('text that is not JSON', () => {
    expect(() => verifyLogExportText('{"format":')).toThrow(/not valid JSON/);
  });
});
