import { describe, expect, it } from 'vitest';
import { GENESIS, sealEntry } from '../../../shared/consent/chain.ts';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import { buildFullExport, buildSessionExport, type LogExport } from '../../../shared/consent/export-format.ts';
import { sessionPrintModel } from '../../../shared/consent/print-model.ts';
import { MEETINGS, NO_SIGNING, randomDraft, seededRandom } from './sample-log.ts';

const NOW = '2026-11-29T10:00:00.000Z';
const CODE = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function chain(drafts: EntryDraft[]): Entry[] {
  const log: Entry[] = [];
  for (const draft of drafts) log.push(sealEntry(draft, log.at(-1) ?? GENESIS));
  return log;
}

describe('sessionPrintModel', () => {
  const random = seededRandom(4);
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));
  const other = { ...randomDraft(random, at(1)), meetingKey: MEETINGS[1] as string, caseRef: 'K19' };
  const mine = (minute: number) => ({ ...randomDraft(random, at(minute)), meetingKey: MEETINGS[0] as string, caseRef: 'DV-1' });
  const register = (minute: number, party: 'staff' | 'client', code: string | null, shortCode: string | null): EntryDraft => ({
    ...mine(minute), kind: 'recording-registered', party, code, shortCode,
  });

  it('spans the session, counts the other sessions inside it and reports matching codes', () => {
    const log = chain([other, mine(2), other, register(3, 'staff', CODE, null), other, register(4, 'client', null, CODE.slice(0, 12)), other]);
    const model = sessionPrintModel(buildSessionExport(log, { meetingKey: MEETINGS[0] as string }, NOW, NO_SIGNING) as LogExport);
    expect(model).toMatchObject({ firstSeq: 2, lastSeq: 6, head: log[5]?.hash, otherEntries: 2, codes: { match: 'short-only' } });
    expect(model.entries.map((entry) => entry.seq)).toEqual([2, 4, 6]);
  });

  it('reports a mismatch, or no verdict while one party has not registered', () => {
    const mismatch = chain([register(1, 'staff', CODE, null), register(2, 'client', null, 'e3b0c44298fd')]);
    expect(sessionPrintModel(buildSessionExport(mismatch, { caseRef: 'DV-1' }, NOW, NO_SIGNING) as LogExport).codes.match).toBe('differ');
    const single = chain([register(1, 'staff', CODE, null)]);
    expect(sessionPrintModel(buildSessionExport(single, { caseRef: 'DV-1' }, NOW, NO_SIGNING) as LogExport).codes).toMatchObject({ client: null, match: null });
  });

  it('refuses a full export', () => {
    expect(() => sessionPrintModel(buildFullExport(chain([mine(1)]), NOW, NO_SIGNING))).toThrow(/session export/);
  });
});
