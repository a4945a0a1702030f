// Builds valid logs for the tests from a seeded PRNG, so every run checks the same cases.

import { sealEntry, GENESIS, noticeHash } from '../../../shared/consent/chain.ts';
import { seededRandom, type Random } from '../../support/seeded-random.ts';
import type { ChainPoint, Entry, EntryCommon, EntryDraft, KindFields } from '../../../shared/consent/entry.ts';
import type { LogSigning } from '../../../shared/consent/export-format.ts';

export { seededRandom, type Random };

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export const MEETINGS = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)];
const CASES = ['DV-2026-0142', 'DV-2026-0007', 'K19'];

const KIND_SAMPLES: KindFields[] = [
  { kind: 'client-records-audio', how: 'announced' },
  { kind: 'client-records-audio', how: 'noticed' },
  { kind: 'staff-asks-to-record', answer: 'granted' },
  { kind: 'video-request', outcome: 'referred' },
  { kind: 'video-staff-view', consulted: ['AB', 'teamleider'] },
  { kind: 'video-manager-decision', decision: 'refused', decidedOn: '2026-11-20' },
  { kind: 'video-conditions', outcome: 'signed-by-both' },
  { kind: 'platform-recording-started', startedBy: 'client', consentAsked: true },
  { kind: 'vulnerable-person-present', who: 'child' },
  { kind: 'copy', action: 'handed-over', direction: 'staff-to-client' },
  { kind: 'publish-request', requestedBy: 'client', request: 'share-with-third-party' },
  { kind: 'concerns-discussed' },
  { kind: 'recording-registered', party: 'client', code: null, shortCode: '3f2a9c01b7de' },
  { kind: 'recording-registered', party: 'staff', code: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', shortCode: null },
];

export function randomCommon(random: Random, time: Date): EntryCommon {
  const index = Math.floor(random() * MEETINGS.length);
  return {
    time: time.toISOString(),
    platform: pick(random, ['teams', 'meet', 'jitsi']),
    meetingKey: MEETINGS[index] as string,
    caseRef: CASES[index] as string,
    staff: pick(random, ['AB', 'C.D.', 'hulpverlener']),
    catalogue: { version: '2026.11', hash: noticeHash('catalogue') },
    noticeHash: random() < 0.5 ? null : noticeHash(`notice ${Math.floor(random() * 5)}`),
    note: random() < 0.3 ? '' : pick(random, ['Cliënt neemt op <b>voor zichzelf</b>', 'kopie "gemaild"? nee', 'ok 👍']),
  };
}

export function randomDraft(random: Random, time: Date): EntryDraft {
  return { ...randomCommon(random, time), ...pick(random, KIND_SAMPLES) };
}

export function randomLog(random: Random, length: number, start: ChainPoint = GENESIS): Entry[] {
  const log: Entry[] = [];
  let head = start;
  let time = Date.UTC(2026, 10, 1, 9);
  for (let i = 0; i < length; i++) {
    time += Math.floor(random() * 3_600_000);
    // A correction must name an earlier entry, so it is only drawn once there is one.
    const correction = head.seq > 0 && random() < 0.05;
    const draft: EntryDraft = correction
      ? { ...randomCommon(random, new Date(time)), kind: 'correction', corrects: Math.floor(random() * head.seq) + 1 }
      : randomDraft(random, new Date(time));
    const entry = sealEntry(draft, head);
    log.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return log;
}

/** For tests of the hash chain alone (verifyLogExport does not read `signing`). */
export const NO_SIGNING: LogSigning = { publicKey: '', keyFingerprint: '', checkpoints: [] };
