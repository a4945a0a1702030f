// The generated corpus end to end: decode with ffmpeg, fingerprint, and compare every case twice,
// against the original file and against its fingerprint file (the one the built CLI writes, read
// back with the sections the CLI reads), through the one comparison (shared/compare/compare.ts). Both must match the ground truth
// within 0.3 s with the same verdict. Unedited, louder and noisier copies must show no edit at all.
// Then a cut re-encoded with the original's own encoder and settings (Opus in WebM, AAC in M4A),
// whose packets agree up to the cut, through the built CLI: one removed second, both times.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAudioSection, writeAudioSection } from '../../../shared/audio/section.ts';
import { compare } from '../../../shared/compare/compare.ts';
import type { CompareInput } from '../../../shared/compare/layer.ts';
import type { CompareReport, Edit } from '../../../shared/compare/report.ts';
import { readFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { readPacketSection } from '../../../shared/media/packets/packet-section.ts';
import { readTrackSection } from '../../../shared/media/packets/track-section.ts';
import { readVideoSection } from '../../../shared/video/video-section.ts';
import { fingerprintAudioFile } from '../../../verifier/node/decode-audio-fingerprint.ts';
import { compareJson, fingerprintFile } from '../../cli/run-cli.ts';
import { corpusWebm, CORPUS_CASES, makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';
import { memorySource } from '../../unit/fingerprint/test-data.ts';

const DIR = join(import.meta.dirname, '../../.generated/audio');
const TOLERANCE = 0.3;
const SIDES = ['file', 'fingerprint file'] as const;

let manifest: CorpusManifest;
const results = new Map<string, Record<(typeof SIDES)[number], CompareReport>>();
const errors: { name: string; error: number }[] = [];

/** A file as the comparison sees it: its fingerprint with the audio section, and its bytes. */
async function input(file: string): Promise<CompareInput> {
  const path = join(DIR, file);
  const bytes = new Uint8Array(readFileSync(path));
  const fingerprint = { ...fingerprintOf(file, bytes), audio: writeAudioSection(await fingerprintAudioFile(path)) };
  return { fingerprint, source: memorySource(file, bytes) };
}

function endpoints(edit: Edit): number[] {
  switch (edit.kind) {
    case 'removed':
      return [...edit.original];
    case 'inserted':
      return [...edit.copy, ...(edit.from ?? [])];
    case 'replaced':
    case 'moved':
      return [...edit.original, ...edit.copy];
  }
}

/** The largest endpoint error against one expected list, or null when kinds or shapes differ. */
function worstError(got: Edit[], want: Edit[]): number[] | null {
  if (got.length !== want.length) return null;
  const out: number[] = [];
  for (let i = 0; i < got.length; i++) {
    const g = got[i]!;
    const w = want[i]!;
    if (g.kind !== w.kind) return null;
    if (g.kind === 'inserted' && w.kind === 'inserted' && (g.from === null) !== (w.from === null)) return null;
    const a = endpoints(g);
    const b = endpoints(w);
    a.forEach((t, k) => out.push(Math.abs(t - b[k]!)));
  }
  return out;
}

beforeAll(async () => {
  manifest = await makeCorpus(DIR);
  const original = await input(manifest.original);
  const written = readFileSync(fingerprintFile(join(DIR, manifest.original)), 'utf8');
  const stored = readFingerprintFile(written, { sections: { packets: readPacketSection, tracks: readTrackSection, video: readVideoSection, audio: validateAudioSection } });
  // The CLI's own file, with the sections a WAV's has: the sound's and the 20 ms PCM blocks'.
  expect(stored.pcm).toBeDefined();
  expect(stored.audio).toBeDefined();
  const queue = [...manifest.cases];
  // Two at a time: ffmpeg decodes one file while this process fingerprints the other.
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const copy = await input(c.file);
      results.set(c.name, { file: await compare(original, copy), 'fingerprint file': await compare({ fingerprint: stored }, copy) });
    }
  };
  await Promise.all([worker(), worker()]);
  // About a minute on an idle two-core machine; the margin is for a machine shared with other jobs.
}, 400_000);

afterAll(() => {
  if (errors.length === 0) return;
  const sorted = errors.map((e) => e.error).sort((a, b) => a - b);
  const summary = {
    endpoints: sorted.length,
    median: sorted[Math.floor(sorted.length / 2)],
    worst: errors.reduce((w, e) => (e.error > w.error ? e : w)),
  };
  writeFileSync(join(DIR, 'errors.json'), JSON.stringify(summary, null, 2));
  console.log(`audio corpus: boundary error median ${summary.median!.toFixed(3)} s, worst ${summary.worst.error.toFixed(3)} s (${summary.worst.name})`);
});

describe('audio corpus', () => {
  it('has the cases the issue asks for', () => {
    expect(manifest.cases.map((c) => c.name)).toEqual(CORPUS_CASES);
    for (const edit of ['cut-1s', 'cut-10s', 'paste-3s', 'replaced-4s', 'swapped', 'trimmed', 'unedited']) {
      for (const codec of ['mp3', 'aac', 'opus', 'tel']) expect(CORPUS_CASES).toContain(`${edit}/${codec}`);
    }
    expect(CORPUS_CASES).toEqual(expect.arrayContaining(['plus-6db/aac', 'noise-20db/mp3', 'unrelated/mp3']));
  });

  it.each(CORPUS_CASES)('%s matches its ground truth, against the file and against its fingerprint file', (name) => {
    const c = manifest.cases.find((k) => k.name === name)!;
    for (const side of SIDES) {
      const result = results.get(c.name)![side];
      const label = `${c.name} against the original ${side}: got ${JSON.stringify(result.edits)}`;
      expect(result.verdict, label).toBe(c.verdict);
      if (c.verdict === 'unrelated') continue;
      const fits = c.expected.map((want) => worstError(result.edits, want)).filter((e): e is number[] => e !== null);
      expect(fits.length, label).toBeGreaterThan(0);
      const best = fits.reduce((a, b) => (Math.max(...a) <= Math.max(...b) ? a : b));
      for (const error of best) errors.push({ name: `${c.name} (${side})`, error });
      expect(Math.max(0, ...best), label).toBeLessThanOrEqual(TOLERANCE);
      for (const edit of result.edits) expect(edit).toMatchObject({ basis: 'audio', resolution: TOLERANCE });
      for (const edit of result.edits) expect(edit.confidence).toBeGreaterThan(0.5);
    }
  });
});

describe('a cut re-encoded with the original’s own encoder and settings (built CLI)', () => {
  // What the exact layer says first: WebM's packets agree up to the cut, so the packet layer calls it
  // edited. An M4A re-encode shares only its bytes before the cut (about 13 % of the file, a couple
  // of 64 KiB chunks or none, depending on where the chunk boundaries fall in those bytes), so the
  // byte layer may call it edited or unrelated; either way the sound decides the edit.
  const variants: [string, () => [string, string], string, readonly string[]][] = [
    ['Opus in WebM', () => [corpusWebm(DIR, 'unedited'), corpusWebm(DIR, 'cut-1s')], 'packets', ['edited']],
    ['AAC in M4A', () => [join(DIR, 'unedited.m4a'), join(DIR, 'cut-1s.m4a')], 'bytes', ['edited', 'unrelated']],
  ];
  it.each(variants)('%s: one removed second, against the file and against its fingerprint file', (_, files, exactLayer, exactVerdicts) => {
    const [original, copy] = files();
    const cut = manifest.cases.find((k) => k.name === 'cut-1s/opus')!.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
    for (const side of [original, fingerprintFile(original)]) {
      const { exit, report } = compareJson(side, copy);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'audio' });
      expect(report.layers).toHaveLength(2);
      expect(report.layers![0]!.basis).toBe(exactLayer);
      expect(exactVerdicts).toContain(report.layers![0]!.verdict);
      expect(report.layers![1]).toEqual({ basis: 'audio', verdict: 'edited' });
      expect(report.edits.map((e) => e.kind), JSON.stringify(report.edits)).toEqual(['removed']);
      const [removed] = report.edits as Extract<Edit, { kind: 'removed' }>[];
      expect(removed).toMatchObject({ basis: 'audio', resolution: TOLERANCE });
      expect(Math.abs(removed!.original[0] - cut.original[0])).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(removed!.original[1] - cut.original[1])).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});
