// The whole check as text, in Dutch and English: the verdict line first, then one line for the
// signatures, one per receipt and one per time that goes backwards.
import { describe, expect, it } from 'vitest';
import type { LogCheck } from '../../../shared/consent/check-export.ts';
import { logCheckText } from '../../../shared/report/log-check-text.ts';

const HEAD = 'ab'.repeat(32);
const KEY = 'cd'.repeat(32);
const intact: LogCheck = {
  ok: true,
  version: 2,
  chain: { ok: true, entries: 3, head: HEAD, scope: 'all', base: { seq: 0, hash: '0'.repeat(64) } },
  signatures: { state: 'verified', keyFingerprint: KEY, checkpoints: 2 },
  receipts: [{ seq: 3, head: HEAD, ok: true, problem: null }],
  timeWarnings: [],
};

describe('logCheckText', () => {
  it('says intact, by which key, and that each receipt agrees', () => {
    expect(logCheckText(intact, 'en')).toBe(
      `INTACT: the log is unbroken (3 entries, last hash ${HEAD}).\nSigned with device key cdcd cdcd cdcd cdcd (2 signed checkpoint(s) valid).\nReceipt #3 abab abab abab abab abab: agrees with the export.\n`,
    );
    expect(logCheckText(intact, 'nl')).toMatch(/^INTACT: het logboek is ongeschonden .*\nOndertekend met apparaatsleutel cdcd cdcd cdcd cdcd .*\nBewijsje #3 abab .*: klopt met de export\.\n$/);
  });

  it('says broken when a receipt disagrees or the signatures do not hold, though the chain is whole', () => {
    const receipt: LogCheck = { ...intact, ok: false, receipts: [{ seq: 3, head: HEAD, ok: false, problem: 'the log was changed after the receipt was given' }] };
    expect(logCheckText(receipt, 'nl')).toMatch(/^GEBROKEN: de keten zelf is heel, maar de export klopt niet met een bewijsje.*\n.*\nBewijsje #3 .*: KLOPT NIET: the log was changed/);
    const signatures: LogCheck = { ...intact, ok: false, signatures: { state: 'broken', problem: 'no signed checkpoint at the head' }, receipts: [] };
    expect(logCheckText(signatures, 'en')).toBe('BROKEN: the chain itself is whole, but the device signatures do not hold.\nSignatures do not hold: no signed checkpoint at the head\n');
  });

  it('says a format 1 export is unsigned, and warns about times that go backwards', () => {
    const old: LogCheck = {
      ...intact,
      version: 1,
      signatures: { state: 'unsigned', format: 1 },
      receipts: [],
      timeWarnings: [{ seq: 3, time: '2026-01-01T00:00:00.000Z', previousSeq: 2, previousTime: '2026-11-29T10:00:00.000Z' }],
    };
    expect(logCheckText(old, 'en')).toMatch(/\nNo signatures \(format 1\): .*\nWarning: entry #3 \(2026-01-01T00:00:00\.000Z\) is earlier than #2 .*backdated\.\n$/);
    expect(logCheckText(old, 'nl')).toMatch(/\nGeen handtekeningen \(formaat 1\).*\nLet op: vermelding #3 .* eerder dan #2 .*geantedateerd\.\n$/);
  });
});
