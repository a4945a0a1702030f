// The fingerprint file's pcm section: written and read back, refused when it does not fit the WAV,
// and used by the byte layer to place edits to a 20 ms block with only the copy at hand.
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { readFingerprintFile, writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { blockCount, blockRange, pcmBlockFrames, PcmBlockHasher, pcmDataRange, PCM_HASH_BYTES } from '../../../shared/fingerprint/pcm-blocks.ts';
import { concat, memorySource, prngBytes, wavBytes, type WavSpec } from '../fingerprint/test-data.ts';

const BYTES_PER_SECOND = 32_000;
const spec: WavSpec = { sampleRate: 16_000 };
const samples = prngBytes(60 * BYTES_PER_SECOND, 301);
const original = wavBytes(samples, spec);
const at = (seconds: number): number => Math.round(seconds * 16_000) * 2;

/** The original's fingerprint with its pcm section, as `opnamepact fingerprint` writes it. */
function withBlocks(bytes: Uint8Array): Fingerprint {
  const fp = fingerprintOf('o.wav', bytes);
  const wav = fp.file.wav!;
  const blockFrames = pcmBlockFrames(wav)!;
  const count = blockCount(wav, blockFrames);
  const hashes = new Uint8Array(count * PCM_HASH_BYTES);
  for (let k = 0; k < count; k++) {
    const [s, e] = blockRange(wav, blockFrames, k);
    hashes.set(sha256(bytes.subarray(s, e)).subarray(0, PCM_HASH_BYTES), k * PCM_HASH_BYTES);
  }
  return { ...fp, pcm: { blockFrames, hashes } };
}

const stored = readFingerprintFile(writeFingerprintFile(withBlocks(original)));

async function fromFingerprint(copy: Uint8Array) {
  return compare({ fingerprint: stored }, { fingerprint: fingerprintOf('c.wav', copy), source: memorySource('c.wav', copy) });
}

describe('the pcm section', () => {
  it('is written as version 2 and read back; a version 1 file without it still reads', () => {
    const text = writeFingerprintFile(withBlocks(original));
    expect(JSON.parse(text)).toMatchObject({ version: 2, pcm: { blockFrames: 320, hash: 'sha256-64', count: 3000 } });
    expect(stored.pcm?.hashes.length).toBe(3000 * PCM_HASH_BYTES);
    const v1 = JSON.parse(text) as Record<string, unknown>;
    delete v1.pcm;
    expect(readFingerprintFile(JSON.stringify({ ...v1, version: 1 })).pcm).toBeUndefined();
  });

  it('PcmBlockHasher, fed the data chunk in pieces of any size, gives the same hashes', () => {
    const fp = fingerprintOf('o.wav', original);
    const wav = fp.file.wav!;
    const [start, end] = pcmDataRange(wav);
    for (const piece of [1, 639, 640, 641, 100_000]) {
      const hasher = new PcmBlockHasher(wav, pcmBlockFrames(wav)!, sha256);
      for (let at = start; at < end; at += piece) hasher.update(original.subarray(at, Math.min(end, at + piece)));
      expect(hasher.finish(), `pieces of ${piece}`).toEqual(withBlocks(original).pcm);
    }
  });

  it('is refused when it does not fit the WAV, naming the field', () => {
    const data = JSON.parse(writeFingerprintFile(withBlocks(original))) as { pcm: Record<string, unknown> };
    const broken = (pcm: Record<string, unknown>): string => JSON.stringify({ ...data, pcm: { ...data.pcm, ...pcm } });
    expect(() => readFingerprintFile(broken({ count: 2999 }))).toThrow(/"pcm" section: pcm\.count is 2999, but the data chunk holds 3000 blocks/);
    expect(() => readFingerprintFile(broken({ blockFrames: 441 }))).toThrow(/pcm\.blockFrames is 441, expected 320 at 16000 Hz/);
    expect(() => readFingerprintFile(broken({ hashes: 'AAAA' }))).toThrow(/pcm\.hashes has the wrong length/);
  });
});

describe('a WAV edited off the 20 ms grid, against its fingerprint file', () => {
  it('a cut: one removed stretch within 0.05 s, resting on the bytes at 0.02 s', async () => {
    const r = await fromFingerprint(wavBytes(concat(samples.subarray(0, at(20.0131)), samples.subarray(at(30.0077))), spec));
    expect(r).toMatchObject({ verdict: 'edited', basis: 'bytes', resolution: 0.02 });
    expect(r.edits).toHaveLength(1);
    const [cut] = r.edits;
    expect(cut).toMatchObject({ kind: 'removed', basis: 'bytes', resolution: 0.02 });
    if (cut?.kind !== 'removed') return;
    expect(Math.abs(cut.original[0] - 20.0131)).toBeLessThan(0.05);
    expect(Math.abs(cut.original[1] - 30.0077)).toBeLessThan(0.05);
  });

  it('a move: one moved stretch, both places within 0.05 s', async () => {
    const [a, b, c] = [at(10.0071), at(15.0113), at(40.0037)];
    const copy = wavBytes(concat(samples.subarray(0, a), samples.subarray(b, c), samples.subarray(a, b), samples.subarray(c)), spec);
    const r = await fromFingerprint(copy);
    expect(r.edits.map((e) => e.kind), JSON.stringify(r.edits)).toEqual(['moved']);
    const [move] = r.edits;
    if (move?.kind !== 'moved') return;
    const near = (x: number, y: number): boolean => Math.abs(x - y) < 0.05;
    // Either the 5 s stretch moved later, or the 25 s one earlier: both tell the same copy.
    const later = near(move.original[0], 10.0071) && near(move.original[1], 15.0113) && near(move.copy[0], 35.0);
    const earlier = near(move.original[0], 15.0113) && near(move.original[1], 40.0037) && near(move.copy[0], 10.0071);
    expect(later || earlier, JSON.stringify(move)).toBe(true);
  });
});
