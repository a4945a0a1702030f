import { describe, expect, it } from 'vitest';
import { combineLayers, wantsSound } from '../../../shared/compare/combine-layers.ts';
import { compare } from '../../../shared/compare/compare.ts';
import type { CompareInput, CompareLayer } from '../../../shared/compare/layer.ts';
import type { Basis, CompareReport, Edit } from '../../../shared/compare/report.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { prngBytes } from '../fingerprint/test-data.ts';

const file = { sha256: '0'.repeat(64), bytes: 1, container: 'webm', duration: 60 };

function report(basis: Basis, edits: Edit[], resolution: number, unit: 'seconds' | 'bytes' = 'seconds'): CompareReport {
  return { verdict: edits.length ? 'edited' : 'same-content', basis, unit, original: file, copy: file, edits, resolution };
}

/** What a cut of 22.15–23.15 s, re-encoded with the original's encoder, looks like to the packet layer. */
const cutPackets = report(
  'packets',
  [
    { kind: 'replaced', original: [22.13, 23.25], copy: [22.13, 22.25] },
    { kind: 'replaced', original: [23.47, 23.55], copy: [22.47, 22.55] },
    { kind: 'replaced', original: [40.01, 40.05], copy: [39.01, 39.05] },
  ],
  0,
);

describe('combineLayers', () => {
  it('a re-encoded cut: the sound explains the differing packets as one removed second', () => {
    const heard = report('audio', [{ kind: 'removed', original: [22.19, 23.19], confidence: 1 }], 0.3);
    const r = combineLayers(cutPackets, heard);
    expect(r).toMatchObject({ verdict: 'edited', basis: 'audio', resolution: 0.3 });
    expect(r.edits).toEqual([{ kind: 'removed', original: [22.19, 23.19], confidence: 1, basis: 'audio', resolution: 0.3 }]);
  });

  it('packets that differ where the sound agrees are no edit', () => {
    const r = combineLayers(cutPackets, report('audio', [], 0.3));
    expect(r).toMatchObject({ verdict: 'same-content', basis: 'audio', edits: [] });
  });

  it('a lossless cut stays exact to the packet; the sound is not asked to place it', () => {
    const exact = report('packets', [{ kind: 'removed', original: [10, 11] }], 0);
    const heard = report('audio', [{ kind: 'removed', original: [10.1, 11.1] }], 0.3);
    expect(combineLayers(exact, heard).edits).toEqual([{ kind: 'removed', original: [10, 11], basis: 'packets', resolution: 0 }]);
  });

  it('a lossless move beside differing packets is told once, by the packets', () => {
    const exact = report(
      'packets',
      [
        { kind: 'moved', original: [40, 45], copy: [10, 15] },
        { kind: 'replaced', original: [15, 15.2], copy: [15, 15.2] },
      ],
      0,
    );
    const heard = report('audio', [{ kind: 'moved', original: [40.05, 45.02], copy: [10.05, 15.02] }], 0.3);
    expect(combineLayers(exact, heard).edits).toEqual([{ kind: 'moved', original: [40, 45], copy: [10, 15], basis: 'packets', resolution: 0 }]);
  });

  it('a replacement the sound confirms keeps the exact layer’s finer bounds', () => {
    const exact = report('packets', [{ kind: 'replaced', original: [30, 34], copy: [30, 34] }], 0);
    const heard = report('audio', [{ kind: 'replaced', original: [30.1, 33.9], copy: [30.1, 33.9] }], 0.3);
    const r = combineLayers(exact, heard);
    expect(r.edits).toEqual([{ kind: 'replaced', original: [30, 34], copy: [30, 34], basis: 'packets', resolution: 0 }]);
    expect(r.basis).toBe('audio');
  });

  it('PCM samples that differ are different sound: exact bytes need no explaining', () => {
    const exact = report('bytes', [{ kind: 'replaced', original: [33, 33.13], copy: [33, 33.13] }], 1 / 16000);
    expect(wantsSound(exact)).toBe(false);
    expect(wantsSound({ ...exact, resolution: 8.2 })).toBe(true);
  });

  it('bytes placed through a byte→time map: a cut between frames stands, bytes differing in place need the sound', () => {
    const { resolution: _r, ...mapped } = report('bytes', [{ kind: 'removed', original: [0, 26] }], 0);
    expect(wantsSound(mapped)).toBe(false);
    expect(wantsSound({ ...mapped, edits: [{ kind: 'replaced', original: [22.1, 170.7], copy: [22.1, 169.7] }] })).toBe(true);
  });

  it('chunk-level byte edits are placed by the sound, and the sound’s edits elsewhere are ignored', () => {
    const exact = report('bytes', [{ kind: 'replaced', original: [9.1, 12.7], copy: [9.1, 17.7] }], 8.2);
    const heard = report(
      'audio',
      [
        { kind: 'moved', original: [39.9, 45], copy: [9.9, 15] },
        { kind: 'removed', original: [50, 51] },
      ],
      0.3,
    );
    expect(combineLayers(exact, heard).edits).toEqual([{ kind: 'moved', original: [39.9, 45], copy: [9.9, 15], basis: 'audio', resolution: 0.3 }]);
  });

  it('edits placed only in bytes: the sound explains the whole file', () => {
    const exact = report('bytes', [{ kind: 'replaced', original: [0, 34233], copy: [0, 34233] }], 262144, 'bytes');
    const heard = report('audio', [{ kind: 'removed', original: [22.2, 23.2] }], 0.3);
    const r = combineLayers(exact, heard);
    expect(r).toMatchObject({ unit: 'seconds', basis: 'audio' });
    expect(r.edits).toEqual([{ kind: 'removed', original: [22.2, 23.2], basis: 'audio', resolution: 0.3 }]);
  });
});

describe('compare asks the sound only when it has something to explain', () => {
  const side = (name: string): CompareInput => ({ fingerprint: fingerprintOf(name, prngBytes(300_000, name.length)) });
  const layer = (basis: Basis, result: CompareReport | null): CompareLayer & { asked: number } => ({
    basis,
    asked: 0,
    async compare() {
      this.asked++;
      return result;
    },
  });

  it('exact edits alone: no decoding, and `layers` lists what was asked', async () => {
    const sound = layer('audio', report('audio', [], 0.3));
    const exact = layer('packets', report('packets', [{ kind: 'removed', original: [10, 11] }], 0));
    const r = await compare(side('a.webm'), side('copy.webm'), [exact, sound]);
    expect(sound.asked).toBe(0);
    expect(r.layers).toEqual([{ basis: 'packets', verdict: 'edited' }]);
    expect(r.edits).toEqual([{ kind: 'removed', original: [10, 11], basis: 'packets', resolution: 0 }]);
  });

  it('differing packets: the sound is asked and both layers are listed', async () => {
    const sound = layer('audio', report('audio', [{ kind: 'removed', original: [22.19, 23.19] }], 0.3));
    const r = await compare(side('a.webm'), side('copy.webm'), [layer('packets', cutPackets), sound]);
    expect(sound.asked).toBe(1);
    expect(r.layers).toEqual([
      { basis: 'packets', verdict: 'edited' },
      { basis: 'audio', verdict: 'edited' },
    ]);
    expect(r.edits.map((e) => e.basis)).toEqual(['audio']);
  });
});
