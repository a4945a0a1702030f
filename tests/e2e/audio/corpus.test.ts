// The generated corpus end to end: decode with ffmpeg, fingerprint, align, and hold every finding
// to the ground truth within 0.3 s. Unedited, louder and noisier copies must show no edit at all.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { alignAudio, type AudioAlignment } from '../../../shared/compare/audio-align.ts';
import type { Edit } from '../../../shared/compare/report.ts';
import { fingerprintAudioFile } from '../../../verifier/node/decode-audio-fingerprint.ts';
import { CORPUS_CASES, makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';

const DIR = join(import.meta.dirname, '../../.generated/audio');
const TOLERANCE = 0.3;

let manifest: CorpusManifest;
const results = new Map<string, AudioAlignment>();
const errors: { name: string; error: number }[] = [];

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
  const original = await fingerprintAudioFile(join(DIR, manifest.original));
  const queue = [...manifest.cases];
  // Two at a time: ffmpeg decodes one file while this process fingerprints the other.
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const copy: AudioFingerprint = await fingerprintAudioFile(join(DIR, c.file));
      results.set(c.name, alignAudio(original, copy));
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

  it.each(CORPUS_CASES)('%s matches its ground truth', (name) => {
    const c = manifest.cases.find((k) => k.name === name)!;
    const result = results.get(c.name)!;
    expect(result.verdict, c.name).toBe(c.verdict);
    if (c.verdict === 'unrelated') return;
    const fits = c.expected.map((want) => worstError(result.edits, want)).filter((e): e is number[] => e !== null);
    expect(fits.length, `${c.name}: got ${JSON.stringify(result.edits)}`).toBeGreaterThan(0);
    const best = fits.reduce((a, b) => (Math.max(...a) <= Math.max(...b) ? a : b));
    for (const error of best) errors.push({ name: c.name, error });
    expect(Math.max(0, ...best), `${c.name}: got ${JSON.stringify(result.edits)}`).toBeLessThanOrEqual(TOLERANCE);
    for (const edit of result.edits) expect(edit.confidence).toBeGreaterThan(0.5);
  });
});
