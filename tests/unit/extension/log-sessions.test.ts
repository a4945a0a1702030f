// Sessions of the log page and how entries are put into words.
import { describe, expect, test } from 'vitest';
import { sealEntry, GENESIS } from '../../../shared/consent/chain.ts';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import { describeEntry } from '../../../extension/ui/log/describe-entry.ts';
import { groupSessions } from '../../../extension/ui/log/sessions.ts';

function chain(drafts: EntryDraft[]): Entry[] {
  const entries: Entry[] = [];
  for (const draft of drafts) entries.push(sealEntry(draft, entries.at(-1) ?? GENESIS));
  return entries;
}

const base = { time: '2026-11-29T09:00:00.000Z', platform: 'teams', staff: 'AB', catalogue: null, noticeHash: null, note: '' };
const M1 = '1'.repeat(64);
const M2 = '2'.repeat(64);

describe('sessions', () => {
  const log = chain([
    { ...base, meetingKey: M1, caseRef: null, kind: 'concerns-discussed' },
    { ...base, meetingKey: M2, caseRef: null, kind: 'client-records-audio', how: 'noticed' },
    { ...base, meetingKey: M1, caseRef: 'DV-1', kind: 'copy', action: 'requested', direction: 'staff-to-client' },
    { ...base, platform: 'none', meetingKey: null, caseRef: 'DV-9', kind: 'concerns-discussed' },
    { ...base, platform: 'none', meetingKey: null, caseRef: null, kind: 'retention-deleted', count: 3, before: base.time, through: { seq: 3, hash: '3'.repeat(64) } },
  ]);

  test('group by meeting, else by case reference; retention belongs to none; newest first', () => {
    const sessions = groupSessions(log);
    expect(sessions.map((session) => session.id)).toEqual(['c:DV-9', `m:${M1}`, `m:${M2}`]);
    expect(sessions[1]?.entries.map((entry) => entry.seq)).toEqual([1, 3]);
    expect(sessions[1]?.caseRef).toBe('DV-1');
  });

  test('entries in words: kind and values in the language asked, codes in their short form', () => {
    const [registered] = chain([{ ...base, meetingKey: M1, caseRef: null, kind: 'recording-registered', party: 'client', code: null, shortCode: 'abcdef012345' }]);
    expect(describeEntry(registered as Entry, 'en')).toEqual({ title: 'Recording code registered', details: ['Party: client', 'Short code: abcd ef01 2345'] });
    expect(describeEntry(log[1] as Entry, 'nl')).toEqual({ title: 'Cliënt neemt geluid op', details: ['Hoe: opgemerkt, niet aangekondigd'] });
  });
});
