// The built CLI against receipts: `opnamepact verify-log <export> --receipt …` on a signed export
// made with a WebCrypto device key, on the shipped examples, and on bad receipts.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../shared/consent/chain.ts';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import { receiptLine } from '../../../shared/consent/receipt.ts';
import { runCli } from '../../cli/run-cli.ts';
import { randomLog, seededRandom } from '../../unit/consent/sample-log.ts';
import { newDevice, signAt, signedFullExport } from '../../unit/consent/test-device.ts';

const EXAMPLES = resolve(import.meta.dirname, '../../../docs/examples');
const dir = mkdtempSync(join(tmpdir(), 'opnamepact-receipts-'));

function write(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

describe('opnamepact verify-log --receipt', () => {
  it('accepts a signed export with its receipts, and refuses it re-sealed or re-signed (exit 1)', async () => {
    const device = await newDevice();
    const log = randomLog(seededRandom(21), 12);
    const given = await signAt(device, log, 7);
    const exported = write('signed.json', await signedFullExport(device, log, [given]));
    const line = receiptLine(given);
    const receiptFile = write('receipt.txt', `${line}\nFor the client file.\n`);

    const ok = runCli(['verify-log', exported, '--receipt', line, '--receipt', receiptFile, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, chainIntact: true, version: 2, signatures: { state: 'verified' }, receipts: [{ seq: 7, ok: true }, { seq: 7, ok: true }] });
    expect(runCli(['verify-log', exported, '--receipt', line, '--lang', 'en']).stdout).toMatch(/^INTACT: .*\nSigned with device key .*\nReceipt #7 .*: agrees with the export\.\n$/);

    // Entry 3 rewritten and everything after it re-sealed, then signed with a new key: intact alone…
    const forged = log.slice(0, 2);
    for (const entry of log.slice(2)) {
      const { seq: _s, prev: _p, hash: _h, ...draft } = entry;
      const head = forged.at(-1) as Entry;
      forged.push(sealEntry({ ...(draft as EntryDraft), note: entry.seq === 3 ? 'rewritten' : draft.note }, { seq: head.seq, hash: head.hash }));
    }
    const reSigned = write('re-signed.json', await signedFullExport(await newDevice(), forged));
    expect(runCli(['verify-log', reSigned]).code).toBe(0);
    // …broken against the client's receipt.
    const broken = runCli(['verify-log', reSigned, '--receipt', line, '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^BROKEN: the chain itself is whole, but the export does not agree with a receipt.*\nReceipt #7 .*DOES NOT AGREE: the export is signed by key/s);

    // Re-sealed with the old signatures kept: broken without any receipt.
    const kept = JSON.parse(readFileSync(exported, 'utf8')) as { entries: Entry[]; head: string };
    kept.entries = forged;
    kept.head = (forged.at(-1) as Entry).hash;
    const reSealed = runCli(['verify-log', write('re-sealed.json', kept), '--json']);
    expect(reSealed.code).toBe(1);
    expect(JSON.parse(reSealed.stdout)).toMatchObject({ ok: false, chainIntact: true, signatures: { state: 'broken', problem: expect.stringMatching(/does not hold the signed head/) } });
  });

  it('accepts the shipped example export together with its receipt file', () => {
    const result = runCli(['verify-log', join(EXAMPLES, 'consent-log.example.json'), '--receipt', join(EXAMPLES, 'consent-log.receipt.txt'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, version: 2, signatures: { state: 'verified' }, receipts: [{ ok: true }] });
  });

  it('reads a format 1 export as unsigned (exit 0), and refuses a receipt against it (exit 1)', () => {
    const old = join(EXAMPLES, 'consent-log.format-1.example.json');
    const result = runCli(['verify-log', old, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No signatures \(format 1\)/);
    const { head, entries } = JSON.parse(readFileSync(old, 'utf8')) as { head: string; entries: Entry[] };
    const receipt = `OPNAMEPACT-RECEIPT/1 seq=${(entries.at(-1) as Entry).seq} head=${head} key=${'ab'.repeat(8)}`;
    expect(runCli(['verify-log', old, '--receipt', receipt]).code).toBe(1);
  });

  it('names a receipt it cannot read (exit 2)', () => {
    const old = join(EXAMPLES, 'consent-log.format-1.example.json');
    const typo = runCli(['verify-log', old, '--receipt', 'OPNAMEPACT-RECEIPT/1 seq=x head=00 key=00']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/--receipt "OPNAMEPACT-RECEIPT\/1 seq=x.*": malformed receipt: "seq"/);
    const missing = runCli(['verify-log', old, '--receipt', join(dir, 'no-such-receipt.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-receipt\.txt: .*no such file/);
    const elsewhere = runCli(['code', old, '--receipt', 'OPNAMEPACT-RECEIPT/1']);
    expect(elsewhere).toMatchObject({ code: 2, stderr: expect.stringMatching(/--receipt is only for verify-log/) });
  });
});
