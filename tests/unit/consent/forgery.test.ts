// Property tests against forgers: thousands of forged exports — chains recomputed after a change,
// re-signed with a new key, receipts swapped, session exports that start elsewhere — all fail
// against the device's signatures or the client's receipts; the real exports and receipts pass.
// Seeded, so a failure names a case that can be replayed.

import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../shared/consent/chain.ts';
import { checkLogExport } from '../../../shared/consent/check-export.ts';
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import type { LogExport } from '../../../shared/consent/export-format.ts';
import { parseReceipt, receiptLine, type Receipt } from '../../../shared/consent/receipt.ts';
import { MEETINGS, pick, randomDraft, randomLog, seededRandom, type Random } from './sample-log.ts';
import { newDevice, signAt, signedFullExport, signedSessionExport, type TestDevice } from './test-device.ts';

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The log with entry `at` (0-based) replaced by another draft and everything after it re-sealed. */
function rewritten(log: readonly Entry[], at: number, random: Random): Entry[] {
  const out = log.slice(0, at);
  let head = at === 0 ? { seq: (log[0] as Entry).seq - 1, hash: (log[0] as Entry).prev } : { seq: (out.at(-1) as Entry).seq, hash: (out.at(-1) as Entry).hash };
  for (let i = at; i < log.length; i++) {
    const { seq: _s, prev: _p, hash: _h, ...draft } = log[i] as Entry;
    const changed: EntryDraft = i === at ? { ...randomDraft(random, new Date((log[i] as Entry).time)), meetingKey: draft.meetingKey, caseRef: draft.caseRef } : (draft as EntryDraft);
    const entry = sealEntry(changed, head);
    out.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return out;
}

interface Case {
  device: TestDevice;
  log: Entry[];
  /** Checkpoints given to the client as receipts (call ends). */
  given: Checkpoint[];
  exported: LogExport;
}

async function realCase(random: Random, device: TestDevice): Promise<Case> {
  const log = randomLog(random, between(random, 3, 30));
  const given: Checkpoint[] = [];
  for (let k = between(random, 1, 3); k > 0; k--) given.push(await signAt(device, log, between(random, 1, log.length)));
  return { device, log, given, exported: await signedFullExport(device, log, given) };
}

const receiptsOf = (points: Checkpoint[]): Receipt[] => points.map((point) => parseReceipt(receiptLine(point)));

type Forge = (real: Case, random: Random, stranger: TestDevice) => Promise<{ data: unknown; receipts: Receipt[]; what: string }>;

const FORGERIES: Record<string, Forge> = {
  'recomputed chain, signatures kept': async (real, random) => {
    const at = between(random, 0, real.log.length - 1);
    const data = roundTrip(real.exported);
    data.entries = rewritten(real.log, at, random);
    data.head = (data.entries.at(-1) as Entry).hash;
    return { data, receipts: [], what: `entry ${at}` };
  },
  'recomputed chain, checkpoints dropped': async (real, random) => {
    const at = between(random, 0, real.log.length - 1);
    const data = roundTrip(real.exported);
    data.entries = rewritten(real.log, at, random);
    data.head = (data.entries.at(-1) as Entry).hash;
    data.signing.checkpoints = data.signing.checkpoints.filter((point) => point.seq < (real.log[at] as Entry).seq);
    return { data, receipts: [], what: `entry ${at}` };
  },
  'recomputed chain, re-signed with a new key, checked against the receipts': async (real, random, stranger) => {
    const at = between(random, 0, Math.min(...real.given.map((point) => point.seq)) - 1);
    const forged = rewritten(real.log, at, random);
    return { data: await signedFullExport(stranger, forged), receipts: receiptsOf(real.given), what: `entry ${at}` };
  },
  'same chain, re-signed with a new key, checked against the receipts': async (real, _random, stranger) => ({
    data: await signedFullExport(stranger, real.log),
    receipts: receiptsOf(real.given),
    what: 'new key',
  }),
  'same chain, re-signed with a new key, checked against receipts typed from paper': async (real, _random, stranger) => ({
    data: await signedFullExport(stranger, real.log),
    receipts: real.given.map((point) => parseReceipt(`OPNAMEPACT-RECEIPT/1 seq=${point.seq} head=${point.head.slice(0, 20)} key=${point.keyFingerprint.slice(0, 16)}`)),
    what: 'new key, typed receipts',
  }),
  'new key, old public key kept': async (real, _random, stranger) => {
    const data = roundTrip(await signedFullExport(stranger, real.log));
    data.signing.publicKey = real.exported.signing.publicKey;
    data.signing.keyFingerprint = real.exported.signing.keyFingerprint;
    for (const point of data.signing.checkpoints) point.keyFingerprint = real.exported.signing.keyFingerprint;
    return { data, receipts: [], what: 'signatures by another key' };
  },
  'tail cut off, checked against the receipts': async (real) => {
    const last = Math.max(...real.given.map((point) => point.seq));
    const device = real.device;
    const kept = real.log.filter((entry) => entry.seq < last);
    return { data: await signedFullExport(device, kept, real.given), receipts: receiptsOf(real.given), what: `cut before ${last}` };
  },
  'swapped receipt: a receipt of another log': async (real, random, stranger) => {
    const other = randomLog(random, real.log.length);
    const point = await signAt(stranger, other, between(random, 1, other.length));
    return { data: real.exported, receipts: receiptsOf([point]), what: `stranger's ${point.seq}` };
  },
  'swapped receipt: another sequence number': async (real, random) => {
    const point = pick(random, real.given);
    const moved = { ...point, seq: point.seq === real.log.length ? point.seq - 1 : point.seq + 1 };
    const receipt = parseReceipt(receiptLine(moved));
    return { data: real.exported, receipts: [{ ...receipt, signature: null, time: null }], what: `${point.seq} as ${moved.seq}` };
  },
  'swapped receipt: signed time changed': async (real, random) => {
    const point = pick(random, real.given);
    return { data: real.exported, receipts: receiptsOf([{ ...point, time: '2026-11-30T10:00:00.000Z' }]), what: `${point.seq}` };
  },
  'session export starting later, its first items dropped': async (real, random, stranger) => {
    for (const meetingKey of MEETINGS) {
      const data = roundTrip(await signedSessionExport(real.device, real.log, { meetingKey }));
      // Later entries of the session, where one could start while still ending in an entry.
      const starts = data?.entries.map((item, index) => ('kind' in item && index > 0 ? index : -1)).filter((index) => index > 0) ?? [];
      if (data === null || starts.length === 0) continue;
      data.entries = data.entries.slice(pick(random, starts));
      // The checkpoint where the real export started now lies outside it: a forger drops it.
      data.signing.checkpoints = data.signing.checkpoints.filter((point) => point.seq >= (data.entries[0] as Entry).seq);
      return { data, receipts: [], what: `${meetingKey.slice(0, 4)} from ${(data.entries[0] as Entry).seq}` };
    }
    return (FORGERIES['session export starting elsewhere'] as Forge)(real, random, stranger);
  },
  'session export starting elsewhere': async (real, random) => {
    const session = (await signedSessionExport(real.device, real.log, { meetingKey: pick(random, MEETINGS) })) ?? (await signedSessionExport(real.device, real.log, { meetingKey: (real.log[0] as Entry).meetingKey as string }));
    const data = roundTrip(session as LogExport);
    const first = data.entries[0] as Entry;
    // A forged session: its own entries, re-sealed from a made-up starting point.
    const start = { seq: first.seq - 1 + between(random, -2, 2), hash: pick(random, ['f', '1', 'e']).repeat(64) };
    let head = start;
    data.entries = data.entries.filter((item): item is Entry => 'kind' in item).map((entry) => {
      const { seq: _s, prev: _p, hash: _h, ...draft } = entry;
      const sealed = sealEntry(draft as EntryDraft, head);
      head = { seq: sealed.seq, hash: sealed.hash };
      return sealed;
    });
    data.head = head.hash;
    return { data, receipts: [], what: `from ${start.seq}` };
  },
};

describe('forged exports fail against signatures and receipts (seeded property tests)', () => {
  it('refuses every one of 3000 forgeries, and passes every real export with its receipts', async () => {
    const stranger = await newDevice();
    const devices = [await newDevice(), await newDevice()];
    let refused = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const real = await realCase(random, pick(random, devices));
      const genuine = await checkLogExport(roundTrip(real.exported), receiptsOf(real.given));
      expect(genuine.ok, `seed ${seed}: the real export`).toBe(true);
      for (let round = 0; round < 10; round++) {
        const name = pick(random, Object.keys(FORGERIES));
        const { data, receipts, what } = await (FORGERIES[name] as Forge)(real, random, stranger);
        const result = await checkLogExport(roundTrip(data), receipts);
        expect(result.ok, `seed ${seed}: ${name} (${what}) was accepted`).toBe(false);
        refused++;
      }
    }
    expect(refused).toBe(3000);
  });

  it('passes every real session export, which starts at a signed checkpoint', async () => {
    const device = await newDevice();
    for (let seed = 501; seed <= 600; seed++) {
      const random = seededRandom(seed);
      const log = randomLog(random, between(random, 2, 25));
      const exported = await signedSessionExport(device, log, { meetingKey: pick(random, MEETINGS) });
      if (exported === null) continue;
      expect((await checkLogExport(roundTrip(exported))).ok, `seed ${seed}`).toBe(true);
    }
  });
});
