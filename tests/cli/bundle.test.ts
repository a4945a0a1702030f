// The complaints handler's case in the built CLI: `opnamepact case` on a signed log export with both
// parties' codes, the staff's original and a client's edited copy (real WAV made with espeak-ng and
// sox), the evidence bundle it writes, and `opnamepact verify-bundle` on it, on a bundle with a
// changed byte, and on the shipped example.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseLog } from '../unit/case/case-log.ts';
import { DIR, makeMedia, type Media } from './make-media.ts';
import { fingerprintFile, runCli } from './run-cli.ts';

const EXAMPLES = resolve(import.meta.dirname, '../../docs/examples');
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

let media: Media;
let logPath: string;
let receipt: string;
const bundle = `${DIR}case.bundle.json`;

beforeAll(async () => {
  media = makeMedia();
  const code = sha256(media.original);
  // Both parties registered the same recording; the client presents a copy with 10 s cut out.
  const log = await caseLog(code, { code });
  logPath = `${DIR}case-log.json`;
  writeFileSync(logPath, JSON.stringify(log.export, null, 2));
  receipt = log.receipt;
});

describe('opnamepact case', () => {
  it('names the client\'s registration as not matching the edited copy, compares it, and writes a bundle', () => {
    const r = runCli(['case', logPath, media.original, media.copies.cut, '--receipt', receipt, '--bundle', bundle, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.log).toMatchObject({ ok: true, signatures: { state: 'verified' }, receipts: [{ seq: 3, ok: true }] });
    expect(out.original.lookup.verdict).toBe('registered');
    const [copy] = out.copies;
    expect(copy.name).toBe('cut.wav');
    expect(copy.lookup.verdict).toBe('none');
    expect(copy.lookup.registrations.map((m: { party: string; match: string }) => [m.party, m.match])).toEqual([
      ['staff', 'differ'],
      ['client', 'differ'],
    ]);
    expect(copy.report.verdict).toBe('edited');
    expect(copy.report.edits).toHaveLength(1);
    const [edit] = copy.report.edits;
    expect(edit.kind).toBe('removed');
    // From two fingerprint files a WAV cut is placed by the sound, to its stated resolution.
    expect(edit.basis).toBe('audio');
    expect(Math.abs(edit.original[0] - 20)).toBeLessThanOrEqual(edit.resolution);
    expect(Math.abs(edit.original[1] - 30)).toBeLessThanOrEqual(edit.resolution);
    expect(out.bundle.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(readFileSync(bundle, 'utf8')).sha256).toBe(out.bundle.sha256);
  });

  it('says in text whose registration the copy matches, and prints the bundle\'s SHA-256', () => {
    const r = runCli(['case', logPath, `${fingerprintFile(media.original)}`, media.copies.identical, '--lang', 'en', '--bundle', `${DIR}identical.bundle.json`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Consent log: intact\.\n/);
    expect(r.stdout).toMatch(/Copy identical\.wav:\nmatches the staff member's registration \(no\. 2, 2026-11-29T09:50:00\.000Z, google-meet, DV-2026-0142/);
    expect(r.stdout).toMatch(/matches the client's registration \(no\. 3/);
    expect(r.stdout).toMatch(/\nEvidence bundle: .*identical\.bundle\.json\nSHA-256: [0-9a-f]{64}\n$/);
  });

  it('with only the client\'s short code, says only that the first 12 digits agree', async () => {
    const code = sha256(media.original);
    const log = await caseLog(code, { shortCode: code.slice(0, 12) });
    const path = `${DIR}case-log-short.json`;
    writeFileSync(path, JSON.stringify(log.export));
    const r = runCli(['case', path, media.original, media.copies.identical, '--json']);
    const lookup = JSON.parse(r.stdout).copies[0].lookup;
    expect(lookup.verdict).toBe('registered');
    expect(lookup.registrations.map((m: { match: string }) => m.match)).toEqual(['match', 'short-only']);
  });

  it('checks several copies in one case, each looked up and compared', () => {
    const r = runCli(['case', logPath, media.original, media.copies.cut, media.copies.identical, media.copies.insert, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const copies = JSON.parse(r.stdout).copies as { name: string; lookup: { verdict: string }; report: { verdict: string } }[];
    expect(copies.map((c) => [c.name, c.lookup.verdict, c.report.verdict])).toEqual([
      ['cut.wav', 'none', 'edited'],
      ['identical.wav', 'registered', 'identical'],
      ['insert.wav', 'none', 'edited'],
    ]);
  });

  it('refuses bad input with exit 2 naming the file', () => {
    const notLog = runCli(['case', media.original, media.original, media.copies.cut]);
    expect(notLog).toMatchObject({ code: 2, stderr: expect.stringMatching(/original\.wav: not a log export/) });
    const noCopy = runCli(['case', logPath, media.original]);
    expect(noCopy).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: opnamepact case/) });
    const badBundle = runCli(['compare', media.original, media.copies.cut, '--bundle', 'x.json']);
    expect(badBundle).toMatchObject({ code: 2, stderr: expect.stringMatching(/--bundle is only for case/) });
  });
});

describe('opnamepact verify-bundle', () => {
  it('accepts the bundle case wrote, in text and JSON', () => {
    const r = runCli(['verify-bundle', bundle, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Evidence bundle intact: its result follows from its contents\.\nSHA-256: [0-9a-f]{64}\nMade with: opnamepact \d+\.\d+\.\d+\n$/);
  });

  it('fails a bundle with any one changed byte (exit 1), naming what no longer holds', () => {
    const text = readFileSync(bundle, 'utf8');
    const tampered = (name: string, changed: string): ReturnType<typeof runCli> => {
      expect(changed).not.toBe(text);
      writeFileSync(`${DIR}${name}`, changed);
      return runCli(['verify-bundle', `${DIR}${name}`, '--json', '--lang', 'en']);
    };
    // An edit's start moved by a digit: the hash and the re-run comparison both disagree.
    const start = text.indexOf('"original":[') + '"original":['.length;
    const digit = text[start] === '1' ? '2' : '1';
    const moved = tampered('moved.bundle.json', text.slice(0, start) + digit + text.slice(start + 1));
    expect(moved.code).toBe(1);
    const check = JSON.parse(moved.stdout);
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toMatch(/not the stated/);
    expect(check.problems.join('\n')).toMatch(/cut\.wav: the stored report does not follow from the two fingerprint files/);
    // A space added: not the canonical bytes.
    expect(tampered('space.bundle.json', text.replace('{"created', '{ "created')).code).toBe(1);
    // The client's registration in the embedded log changed: the log check fails.
    const logged = tampered('log.bundle.json', text.replace('"party":"client"', '"party":"staff"'));
    expect(logged.code).toBe(1);
    expect(JSON.parse(logged.stdout).problems.join('\n')).toMatch(/log check differs/);
  });

  it('fails a bundle re-sealed after its report was changed: the report must follow from the fingerprints', async () => {
    const { bundleText, sealBundle } = await import('../../shared/bundle/seal-bundle.ts');
    const data = JSON.parse(readFileSync(bundle, 'utf8'));
    data.result.copies[0].report.edits[0].original[1] += 1;
    const resealed = sealBundle(data.input, data.result, { tool: data.tool, createdAt: data.createdAt });
    writeFileSync(`${DIR}resealed.bundle.json`, bundleText(resealed));
    const r = runCli(['verify-bundle', `${DIR}resealed.bundle.json`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cut\.wav: the stored report does not follow from the two fingerprint files/);
    expect(r.stdout).not.toMatch(/not the stated/);
  });

  it('accepts the shipped example bundle (docs/examples/case.bundle.example.json)', () => {
    const r = runCli(['verify-bundle', `${EXAMPLES}/case.bundle.example.json`, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses a file that is not a bundle with exit 2 naming it', () => {
    expect(runCli(['verify-bundle', logPath])).toMatchObject({ code: 2, stderr: expect.stringMatching(/case-log\.json: not an evidence bundle/) });
    expect(runCli(['verify-bundle', `${DIR}missing.json`])).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json/) });
  });
});
