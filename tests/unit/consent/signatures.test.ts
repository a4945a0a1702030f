// Signed checkpoints, receipts and format 1: what checkLogExport accepts and what it refuses.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogExport } from '../../../shared/consent/check-export.ts';
import type { Entry } from '../../../shared/consent/entry.ts';
import { parseReceipt, receiptLine, ReceiptError } from '../../../shared/consent/receipt.ts';
import { randomLog, seededRandom, MEETINGS } from './sample-log.ts';
import { newDevice, signAt, signedFullExport, signedSessionExport } from './test-device.ts';

const EXAMPLES = resolve(import.meta.dirname, '../../../docs/examples');

describe('receipt lines', () => {
  it('round-trips a signed checkpoint and reads a typed receipt with prefixes', async () => {
    const device = await newDevice();
    const log = randomLog(seededRandom(4), 5);
    const point = await signAt(device, log, 3);
    const line = receiptLine(point);
    expect(line).toMatch(/^OPNAMEPACT-RECEIPT\/1 seq=3 head=[0-9a-f]{64} key=[0-9a-f]{64} time=\S+ sig=\S+$/);
    expect(parseReceipt(`${line}\nGiven at call end.`)).toEqual({ seq: 3, head: point.head, key: point.keyFingerprint, time: point.time, signature: point.signature });
    const typed = parseReceipt(`OPNAMEPACT-RECEIPT/1 seq=3 head=${point.head.slice(0, 24).toUpperCase()} key=${point.keyFingerprint.slice(0, 16)}`);
    expect(typed).toMatchObject({ head: point.head.slice(0, 24), time: null, signature: null });
  });

  it.each([
    ['another prefix', 'RECEIPT seq=1 head=0123456789abcdef0123 key=0123456789abcdef', /must start with/],
    ['a short head', 'OPNAMEPACT-RECEIPT/1 seq=1 head=0123456789abcdef012 key=0123456789abcdef', /"head" must be 20 to 64/],
    ['no seq', 'OPNAMEPACT-RECEIPT/1 head=0123456789abcdef0123 key=0123456789abcdef', /"seq" must be a whole number/],
    ['a repeated part', 'OPNAMEPACT-RECEIPT/1 seq=1 seq=2 head=0123456789abcdef0123 key=0123456789abcdef', /appears twice/],
    ['an unknown part', 'OPNAMEPACT-RECEIPT/1 seq=1 constructor=1 head=0123456789abcdef0123 key=0123456789abcdef', /unknown part/],
    ['a signature over a prefix', 'OPNAMEPACT-RECEIPT/1 seq=1 head=0123456789abcdef0123 key=0123456789abcdef time=2026-11-29T10:00:00Z sig=AAAA', /needs its time and the whole/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseReceipt(text)).toThrow(ReceiptError);
    expect(() => parseReceipt(text)).toThrow(message);
  });
});

describe('checkLogExport', () => {
  const log = randomLog(seededRandom(9), 30);

  it('verifies a signed full export and its receipts', async () => {
    const device = await newDevice();
    const callEnd = await signAt(device, log, 12);
    const exported = await signedFullExport(device, log, [callEnd]);
    const result = await checkLogExport(JSON.parse(JSON.stringify(exported)), [parseReceipt(receiptLine(callEnd))]);
    expect(result).toMatchObject({ ok: true, version: 2, signatures: { state: 'verified', keyFingerprint: device.fingerprint, checkpoints: 2 }, receipts: [{ seq: 12, ok: true }] });
  });

  it('needs a checkpoint at the head, and at the start of a session export', async () => {
    const device = await newDevice();
    const full = await signedFullExport(device, log);
    full.signing.checkpoints = [];
    expect((await checkLogExport(full)).signatures).toMatchObject({ state: 'broken', problem: expect.stringMatching(/no signed checkpoint at the head/) });
    const session = (await signedSessionExport(device, log, { meetingKey: MEETINGS[1] as string }))!;
    session.signing.checkpoints = session.signing.checkpoints.slice(1);
    expect((await checkLogExport(session)).signatures).toMatchObject({ state: 'broken', problem: expect.stringMatching(/must start at a signed checkpoint/) });
    const unsigned = { ...(await signedFullExport(device, log)) } as Record<string, unknown>;
    delete unsigned['signing'];
    expect(await checkLogExport(unsigned)).toMatchObject({ ok: false, signatures: { problem: expect.stringMatching(/signatures missing/) } });
  });

  it('flags entry times that go backwards by sequence number, without breaking the log', async () => {
    const device = await newDevice();
    const { sealEntry } = await import('../../../shared/consent/chain.ts');
    const first = log[0] as Entry;
    const { seq: _s, prev: _p, hash: _h, ...draft } = first;
    const back = sealEntry({ ...draft, time: '2020-01-01T00:00:00.000Z' }, { seq: 1, hash: first.hash });
    const result = await checkLogExport(await signedFullExport(device, [first, back]));
    expect(result).toMatchObject({ ok: true, timeWarnings: [{ seq: 2, previousSeq: 1, time: '2020-01-01T00:00:00.000Z' }] });
  });

  it('reads a format 1 export as unsigned, and fails a receipt against it', async () => {
    const text = await readFile(resolve(EXAMPLES, 'consent-log.format-1.example.json'), 'utf8');
    const data = JSON.parse(text) as { head: string; entries: Entry[] };
    const result = await checkLogExport(data);
    expect(result).toMatchObject({ ok: true, version: 1, signatures: { state: 'unsigned', format: 1 } });
    const last = data.entries.at(-1) as Entry;
    const receipt = parseReceipt(`OPNAMEPACT-RECEIPT/1 seq=${last.seq} head=${data.head} key=${'ab'.repeat(32)}`);
    expect(await checkLogExport(data, [receipt])).toMatchObject({ ok: false, receipts: [{ ok: false, problem: expect.stringMatching(/no signatures \(format 1\)/) }] });
  });
});
