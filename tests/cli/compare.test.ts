// The built CLI on real WAV files edited with sox. With both files at hand the comparison is exact
// to the byte, so ranges are checked to 10 ms (160 samples): slack for bytes that happen to match
// across an edit boundary. From the original's fingerprint file the same edits come out, placed to
// a 20 ms block by its pcm section; a version 1 file has none, and the sound in its audio section
// places what the chunks cannot.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '../../shared/compare/report.ts';
import { DIR, makeMedia, RATE, type Media } from './make-media.ts';
import { compareJson, runCli } from './run-cli.ts';

let media: Media;
beforeAll(() => {
  media = makeMedia();
});

const written = new Set<string>();

/** The file's fingerprint file, written once per run (makeMedia() makes new noise each run). */
function fingerprintOf(path: string): string {
  const out = `${path}.fingerprint.json`;
  if (!written.has(out)) expect(runCli(['fingerprint', path, '-o', out]).code).toBe(0);
  written.add(out);
  return out;
}

/** Same kinds and shapes, every time within `tolerance` seconds. */
function expectNear(got: Edit[], want: Edit[], tolerance: number): void {
  const plain = got.map(({ basis: _basis, resolution: _resolution, ...e }) => e);
  expect(plain.map((e) => e.kind)).toEqual(want.map((e) => e.kind));
  const numbers = (x: unknown): number[] => JSON.stringify(x).match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  const a = numbers(plain);
  const b = numbers(want);
  expect(a).toHaveLength(b.length);
  a.forEach((t, i) => expect(Math.abs(t - b[i]!), `${JSON.stringify(plain)} vs ${JSON.stringify(want)}`).toBeLessThanOrEqual(tolerance + 1e-6));
}

/**
 * Edits with every number rounded to 10 ms, for exact comparison with the expected edits; each must
 * rest on the bytes, to the sample (16 kHz), and those two fields are left out of the result.
 */
function rounded(edits: Edit[]): unknown {
  for (const e of edits) expect(e).toMatchObject({ basis: 'bytes', resolution: 1 / RATE });
  const plain = edits.map(({ basis: _basis, resolution: _resolution, ...e }) => e);
  return JSON.parse(JSON.stringify(plain, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
}

const duration = (path: string): number => Number(execFileSync('soxi', ['-D', path], { encoding: 'utf8' }));

describe('opnamepact compare on WAV files made by sox', () => {
  it('identical, against the file and against its fingerprint file', () => {
    for (const original of [media.original, fingerprintOf(media.original)]) {
      const { exit, report } = compareJson(original, media.copies.identical);
      expect(exit).toBe(0);
      expect(report).toMatchObject({ verdict: 'identical', basis: 'bytes', unit: 'seconds', edits: [] });
      expect(report.original.container).toBe('wav');
      expect(report.original.duration).toBeCloseTo(duration(media.original), 3);
    }
  });

  it('unrelated, against the file and against its fingerprint file', () => {
    for (const original of [media.original, fingerprintOf(media.original)]) {
      const { exit, report } = compareJson(original, media.other);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'unrelated', edits: [] });
    }
  });

  const cases: [keyof Media['copies'], () => Edit[]][] = [
    ['cut', () => [{ kind: 'removed', original: [20, 30] }]],
    ['insert', () => [{ kind: 'inserted', copy: [40, 45], from: null }]],
    ['replace', () => [{ kind: 'replaced', original: [50, 55], copy: [50, 55] }]],
    ['move', () => [{ kind: 'moved', original: [10, 20], copy: [30, 40] }]],
    ['trimHead', () => [{ kind: 'removed', original: [0, 5] }]],
    ['trimTail', () => [{ kind: 'removed', original: [60, Math.round(duration(media.original) * 100) / 100] }]],
  ];
  for (const [name, expected] of cases) {
    it(`${name}: verdict edited, exit 1, the edit in seconds`, () => {
      const { exit, report } = compareJson(media.original, media.copies[name]);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'bytes', unit: 'seconds' });
      expect(rounded(report.edits)).toEqual(expected());
    });

    it(`${name}: the same edit from the original's fingerprint file, to a 20 ms block`, () => {
      const { exit, report } = compareJson(fingerprintOf(media.original), media.copies[name]);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'bytes', unit: 'seconds', resolution: 0.02 });
      expectNear(report.edits, expected(), 0.02);
    });
  }

  it('a cut off the 20 ms grid, from the fingerprint file: placed within 0.05 s, as from the file', () => {
    const copy = `${DIR}cut-off-grid.wav`;
    const [from, to] = [20.0131, 30.0077];
    execFileSync('sox', [media.original, `${copy}.head.wav`, 'trim', '0', `=${from}`], { stdio: 'pipe' });
    execFileSync('sox', [media.original, `${copy}.tail.wav`, 'trim', String(to)], { stdio: 'pipe' });
    execFileSync('sox', [`${copy}.head.wav`, `${copy}.tail.wav`, copy], { stdio: 'pipe' });
    const exact = compareJson(media.original, copy).report.edits;
    expectNear(exact, [{ kind: 'removed', original: [from, to] }], 1 / RATE);
    const { report } = compareJson(fingerprintOf(media.original), copy);
    expectNear(report.edits, [{ kind: 'removed', original: [from, to] }], 0.05);
  });

  it('replaced bytes inside the audio', () => {
    const path = `${DIR}bytes-replaced.wav`;
    const bytes = readFileSync(media.original);
    const at = 44 + 33 * RATE * 2; // sox writes a 44-byte header; 33 s in
    for (let i = 0; i < 4000; i++) bytes[at + i] = (bytes[at + i]! + 1 + (i % 7)) & 0xff;
    writeFileSync(path, bytes);
    const { report } = compareJson(media.original, path);
    expect(rounded(report.edits)).toEqual([{ kind: 'replaced', original: [33, 33.13], copy: [33, 33.13] }]);
    // From the fingerprint file, to its 20 ms blocks.
    const fromFingerprint = compareJson(fingerprintOf(media.original), path).report;
    expect(fromFingerprint).toMatchObject({ verdict: 'edited', basis: 'bytes', resolution: 0.02 });
    expectNear(fromFingerprint.edits, [{ kind: 'replaced', original: [33, 33.125], copy: [33, 33.125] }], 0.02);
  });

  it('a retagged copy (ffmpeg -c copy with metadata) has the same content: exit 0', () => {
    const path = `${DIR}retagged.wav`;
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', media.original, '-c', 'copy', '-metadata', 'title=kopie', path]);
    for (const original of [media.original, fingerprintOf(media.original)]) {
      const { exit, report } = compareJson(original, path);
      expect(report).toMatchObject({ verdict: 'same-content', unit: 'seconds', edits: [] });
      expect(exit).toBe(0);
    }
  });

  it('reads RF64 and WAVE_FORMAT_EXTENSIBLE files written by ffmpeg', () => {
    const ffmpeg = (input: string, output: string, ...args: string[]): string => {
      execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', input, ...args, output]);
      return output;
    };
    const rf64 = ffmpeg(media.original, `${DIR}rf64.wav`, '-rf64', 'always');
    const rf64Cut = ffmpeg(media.copies.cut, `${DIR}rf64-cut.wav`, '-rf64', 'always');
    expect(readFileSync(rf64).subarray(0, 4).toString()).toBe('RF64');
    const cut = compareJson(rf64, rf64Cut).report;
    expect(rounded(cut.edits)).toEqual([{ kind: 'removed', original: [20, 30] }]);
    expectNear(compareJson(fingerprintOf(rf64), rf64Cut).report.edits, [{ kind: 'removed', original: [20, 30] }], 0.02);
    expect(compareJson(media.original, rf64).report.verdict).toBe('same-content');
    expect(compareJson(fingerprintOf(media.original), rf64).report.verdict).toBe('same-content');

    const extensible = ffmpeg(media.original, `${DIR}extensible.wav`, '-c:a', 'pcm_s24le', '-ac', '3');
    const fp = JSON.parse(runCli(['fingerprint', extensible]).stdout) as { file: { wav: Record<string, unknown>; duration: number } };
    expect(fp.file.wav).toMatchObject({ extensible: true, format: 'pcm', channels: 3, bitsPerSample: 24, blockAlign: 9 });
    expect(fp.file.duration).toBeCloseTo(duration(media.original), 3);
  });

  it('a fingerprint file without the pcm section (version 1): the chunks around the edit are explained by the sound', () => {
    const v1 = `${DIR}original.v1.fingerprint.json`;
    const fp = JSON.parse(readFileSync(fingerprintOf(media.original), 'utf8')) as Record<string, unknown>;
    delete fp.pcm;
    writeFileSync(v1, JSON.stringify({ ...fp, version: 1 }));
    expect(compareJson(v1, media.copies.identical).report.verdict).toBe('identical');
    const { exit, report } = compareJson(v1, media.copies.cut);
    expect(exit).toBe(1);
    expect(report).toMatchObject({ verdict: 'edited', basis: 'audio' });
    expect(report.layers).toEqual([
      { basis: 'bytes', verdict: 'edited' },
      { basis: 'audio', verdict: 'edited' },
    ]);
    expect(report.edits).toHaveLength(1);
    expect(report.edits[0]).toMatchObject({ kind: 'removed', basis: 'audio', resolution: 0.3 });
    expectNear(report.edits.map(({ confidence: _c, ...e }) => e as Edit), [{ kind: 'removed', original: [20, 30] }], 0.3);
  });

  it('prints the report in Dutch by default and in English on request', () => {
    const nl = runCli(['compare', media.original, media.copies.cut]);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toMatch(/^BEWERKT/);
    expect(nl.stdout).toMatch(/verwijderd: 00:20\.0–00:30\.0 van het origineel \(10,0 s\)/);
    const en = runCli(['compare', media.original, media.copies.cut, '--lang', 'en']);
    expect(en.stdout).toMatch(/^EDITED/);
    expect(en.stdout).toMatch(/removed: 00:20\.0–00:30\.0 of the original \(10\.0 s\)/);
    expect(runCli(['compare', media.original, media.copies.cut], { LANG: 'en_GB.UTF-8' }).stdout).toMatch(/^EDITED/);
    expect(runCli(['compare', media.original, media.copies.identical]).stdout).toMatch(/^IDENTIEK/);
  });

  it('works on a copy renamed with spaces', () => {
    const path = `${DIR}kopie met spaties.wav`;
    copyFileSync(media.copies.move, path);
    expect(compareJson(media.original, path).report.edits).toHaveLength(1);
  });
});
