// Every bad input ends with exit 2 and one line on stderr that names the file and the problem,
// never a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIR, makeMedia, type Media } from './make-media.ts';
import { CLI, runCli } from './run-cli.ts';

let media: Media;
const BAD = `${DIR}bad/`;

beforeAll(() => {
  media = makeMedia();
  mkdirSync(`${BAD}a-directory`, { recursive: true });
  writeFileSync(`${BAD}empty.wav`, '');
  const wav = readFileSync(media.original);
  const lying = Buffer.from(wav);
  lying.writeUInt16LE(0, 32); // blockAlign
  writeFileSync(`${BAD}lying.wav`, lying);
  writeFileSync(`${BAD}header-only.wav`, wav.subarray(0, 30));
  const fp = runCli(['fingerprint', media.original]).stdout;
  const json = JSON.parse(fp) as Record<string, any>;
  writeFileSync(`${BAD}malformed.json`, fp.slice(0, fp.length >> 1));
  writeFileSync(`${BAD}newer.json`, JSON.stringify({ ...json, version: 99 }));
  writeFileSync(`${BAD}inconsistent.json`, JSON.stringify({ ...json, file: { ...json.file, bytes: json.file.bytes + 1 } }));
  writeFileSync(`${BAD}other.json`, JSON.stringify({ hello: 'world' }));
  writeFileSync(`${BAD}unreadable.wav`, wav);
  chmodSync(`${BAD}unreadable.wav`, 0o000);
});

function expectError(args: string[], file: string, problem: RegExp): void {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('bad input: exit 2 with one line naming the file', () => {
  const cases: [string, string, RegExp][] = [
    ['missing', `${BAD}missing.wav`, /no such file/],
    ['directory', `${BAD}a-directory`, /is a directory/],
    ['empty', `${BAD}empty.wav`, /is empty/],
    ['lying WAV header', `${BAD}lying.wav`, /block size \(blockAlign\) of 0/],
    ['WAV cut inside its header', `${BAD}header-only.wav`, /truncated or lying header/],
  ];
  for (const [what, file, problem] of cases) {
    it(`${what}: code, fingerprint and compare (either side)`, () => {
      if (what.includes('WAV')) {
        // code hashes any bytes; only reading a WAV header can fail.
        expect(runCli(['code', file]).code).toBe(0);
      } else {
        expectError(['code', file], file, problem);
      }
      expectError(['fingerprint', file], file, problem);
      expectError(['compare', file, media.original], file, problem);
      expectError(['compare', media.original, file], file, problem);
    });
  }

  it('unreadable file (permission denied)', () => {
    if (process.getuid?.() !== 0) {
      expectError(['code', `${BAD}unreadable.wav`], `${BAD}unreadable.wav`, /permission denied/);
      return;
    }
    // Root reads anything, so run the CLI as nobody. Copy it and the file to a fresh folder under
    // the system temp dir, which nobody can reach whatever the permissions on the checkout's path.
    const dir = mkdtempSync(join(tmpdir(), 'opnamepact-unreadable-'));
    chmodSync(dir, 0o755);
    cpSync(dirname(CLI), `${dir}/cli`, { recursive: true });
    const file = `${dir}/unreadable.wav`;
    writeFileSync(file, readFileSync(media.original), { mode: 0o000 });
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--',
      process.execPath, `${dir}/cli/${basename(CLI)}`, 'code', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/permission denied/);
  });

  const fingerprints: [string, string, RegExp][] = [
    ['malformed', `${BAD}malformed.json`, /not valid JSON/],
    ['newer version', `${BAD}newer.json`, /version 99 was made by a newer Opnamepact/],
    ['inconsistent', `${BAD}inconsistent.json`, /contradicts itself: the chunk lengths add up to/],
    ['not a fingerprint', `${BAD}other.json`, /not an Opnamepact fingerprint file/],
  ];
  for (const [what, file, problem] of fingerprints) {
    it(`${what} fingerprint file`, () => {
      expectError(['compare', file, media.original], file, problem);
    });
  }

  it('an unwritable -o target', () => {
    expectError(['fingerprint', media.original, '-o', `${BAD}a-directory`], `${BAD}a-directory`, /cannot be written/);
  });

  it('usage errors', () => {
    for (const args of [[], ['frob'], ['compare', media.original], ['code', '--lang', 'de', media.original], ['code', '--bogus']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^opnamepact: .*\(see opnamepact --help\)/);
    }
  });

  it('verify-log: not JSON, not a log export', () => {
    expectError(['verify-log', `${BAD}malformed.json`], `${BAD}malformed.json`, /not valid JSON/);
    expectError(['verify-log', `${BAD}other.json`], `${BAD}other.json`, /.+/);
    expectError(['verify-log', `${BAD}missing.json`], `${BAD}missing.json`, /no such file/);
  });
});
