import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { concat, memorySource, prngBytes, wavBytes, type WavSpec } from '../fingerprint/test-data.ts';

// 16 kHz mono 16-bit: 32 000 bytes per second; 100 s of sample bytes.
const RATE = 32_000;
const samples = prngBytes(100 * RATE, 201);
const spec: WavSpec = { sampleRate: 16_000, extraChunks: [{ id: 'LIST', body: new TextEncoder().encode('INFOISFT....opnamepact') }] };
const original = wavBytes(samples, spec);

async function run(copy: Uint8Array) {
  const fp = (b: Uint8Array, name: string) => fingerprintOf(name, b);
  return compare(
    { fingerprint: fp(original, 'o.wav'), source: memorySource('o.wav', original) },
    { fingerprint: fp(copy, 'c.wav'), source: memorySource('c.wav', copy) },
  );
}

describe('comparing PCM WAV files', () => {
  it('reports a cut in seconds of the original', async () => {
    const r = await run(wavBytes(concat(samples.subarray(0, 30 * RATE), samples.subarray(42 * RATE)), spec));
    expect(r).toMatchObject({ verdict: 'edited', unit: 'seconds', basis: 'bytes' });
    expect(r.original.duration).toBe(100);
    expect(r.copy.duration).toBe(88);
    expect(r.edits).toHaveLength(1);
    const [edit] = r.edits;
    expect(edit?.kind).toBe('removed');
    if (edit?.kind !== 'removed') return;
    // Byte-exact up to bytes that happen to match across the cut: within one sample.
    expect(edit.original[0]).toBeCloseTo(30, 4);
    expect(edit.original[1]).toBeCloseTo(42, 4);
  });

  it('from a fingerprint alone, reports only the audio around a cut, not the changed header', async () => {
    const copy = wavBytes(concat(samples.subarray(0, 30 * RATE), samples.subarray(42 * RATE)), spec);
    const r = await compare({ fingerprint: fingerprintOf('o.wav', original) }, { fingerprint: fingerprintOf('c.wav', copy) });
    expect(r.verdict).toBe('edited');
    expect(r.edits).toHaveLength(1);
    const e = r.edits[0]!;
    expect(e.kind === 'removed' || e.kind === 'replaced').toBe(true);
    if (e.kind !== 'removed' && e.kind !== 'replaced') return;
    // Within a maximum chunk (256 KiB = 8.2 s here) of the true cut on either side.
    expect(e.original[0]).toBeLessThanOrEqual(30);
    expect(e.original[0]).toBeGreaterThan(30 - 8.2);
    expect(e.original[1]).toBeGreaterThanOrEqual(42);
    expect(e.original[1]).toBeLessThan(42 + 8.2);
    expect(r.resolution).toBeCloseTo(262_144 / RATE, 6);
  });

  it('reports a short moved stretch (no chunk of it intact) in both timelines', async () => {
    const s = (a: number, b: number) => samples.subarray(a * RATE, b * RATE);
    const r = await run(wavBytes(concat(s(0, 10), s(20, 60), s(10, 20), s(60, 100)), spec));
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toMatchObject({ kind: 'moved' });
    const e = r.edits[0];
    if (e?.kind !== 'moved') return;
    expect(e.original[0]).toBeCloseTo(10, 4);
    expect(e.original[1]).toBeCloseTo(20, 4);
    expect(e.copy[0]).toBeCloseTo(50, 4);
  });

  it('calls a header-only change the same content', async () => {
    const retagged = wavBytes(samples, { ...spec, extraChunks: [{ id: 'LIST', body: new TextEncoder().encode('INFOISFT....other tool') }] });
    const r = await run(retagged);
    expect(r).toMatchObject({ verdict: 'same-content', basis: 'bytes', unit: 'seconds', edits: [] });
  });

  it('stays in bytes when the sample format differs', async () => {
    const r = await run(wavBytes(samples, { ...spec, sampleRate: 32_000 }));
    expect(r.unit).toBe('bytes');
    expect(r.verdict).toBe('edited');
  });
});
