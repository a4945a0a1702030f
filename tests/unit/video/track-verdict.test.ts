// The verdict over every track, on synthetic packet tables: the picture's edits join the sound's, an
// edit at the same place in both is one edit in both, and a track that cannot be compared is named
// (never silently the same).
import { describe, expect, test } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { compareTracks } from '../../../shared/compare/track-compare.ts';
import { withTracks } from '../../../shared/compare/track-verdict.ts';
import type { TrackTable } from '../../../shared/media/packets/track-tables.ts';
import { run, tableOf } from '../media/packet-tables.ts';

const file = { sha256: '00', bytes: 1, container: 'webm', duration: 10 };
const sameSound: CompareReport = { verdict: 'same-content', basis: 'packets', unit: 'seconds', original: file, copy: file, edits: [] };
const picture = (labels: string[], codec = 'vp8'): TrackTable[] => [{ label: 'picture', kind: 'video', id: 1, table: tableOf(labels, codec) }];
// 500 packets of 20 ms: 10 s.
const original = picture(run('v', 0, 500));

describe('every track in the verdict', () => {
  test('the picture replaced 4–6 s with the sound the same: edited, in the picture only', () => {
    const copy = picture([...run('v', 0, 200), ...run('black', 0, 100), ...run('v', 300, 500)]);
    const report = withTracks(sameSound, compareTracks(original, copy));
    expect(report.verdict).toBe('edited');
    expect(report.edits).toEqual([{ kind: 'replaced', original: [4, 6], copy: [4, 6], basis: 'packets', resolution: 0, tracks: ['picture'] }]);
  });

  test('a cut in sound and picture at the same place is one edit in both; a differing byte stretch is no track’s', () => {
    const copy = picture(run('v', 100, 500));
    const cutSound: CompareReport = {
      ...sameSound,
      verdict: 'edited',
      edits: [
        { kind: 'removed', original: [0, 2.02], basis: 'packets', resolution: 0 },
        { kind: 'replaced', original: [8, 8.5], copy: [6, 6.5], basis: 'bytes', resolution: 0 },
      ],
    };
    const report = withTracks(cutSound, compareTracks(original, copy));
    expect(report.edits.map((e) => [e.kind, e.tracks])).toEqual([
      ['removed', ['sound', 'picture']],
      ['replaced', undefined],
    ]);
  });

  test('two picture edits within half a second of one sound edit: the first joins it, the second stays its own', () => {
    // Packets of 20 ms: two picture stretches replaced, 4.00–4.06 s and 4.10–4.16 s.
    const copy = picture([...run('v', 0, 200), ...run('x', 0, 3), ...run('v', 203, 205), ...run('y', 0, 3), ...run('v', 208, 500)]);
    const soundEdit: CompareReport = { ...sameSound, verdict: 'edited', edits: [{ kind: 'replaced', original: [4, 4.06], copy: [4, 4.06], basis: 'packets', resolution: 0 }] };
    const report = withTracks(soundEdit, compareTracks(original, copy));
    expect(report.edits.map((e) => [e.kind, e.tracks])).toEqual([
      ['replaced', ['sound', 'picture']],
      ['replaced', ['picture']],
    ]);
  });

  test('a re-encoded picture is named as not compared, and the verdict does not change to edited', () => {
    const report = withTracks(sameSound, compareTracks(original, picture(run('other', 0, 500))));
    expect(report.verdict).toBe('same-content');
    expect(report.uncompared).toEqual([
      {
        track: 'picture',
        code: 'packets-undecided',
        packets: { code: 'few-identical', shared: 0, shorter: 500 },
        plainSound: false,
        reason: "its packets cannot decide (only 0 of the shorter file's 500 packets are identical): re-encoded, or another codec",
      },
    ]);
  });

  test('a track only one file has, and a side whose tracks are not known, are named', () => {
    expect(compareTracks(original, []).uncompared).toEqual([{ track: 'picture', code: 'only-one-side', side: 'original', reason: 'only the original has this track' }]);
    expect(compareTracks(undefined, original).uncompared).toEqual([
      { track: 'picture', code: 'tracks-unknown', side: 'original', reason: 'the original has no packets of this track (it has none, or its fingerprint file was made before tracks were kept)' },
    ]);
  });

  test('every compared track is listed with what compared it, the first sound by the layer that decided', () => {
    const same = withTracks(sameSound, compareTracks(original, picture(run('v', 0, 500))));
    expect(same).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(same.compared).toEqual([
      { track: 'sound', basis: 'packets' },
      { track: 'picture', basis: 'packets' },
    ]);
    expect(withTracks(sameSound, compareTracks(original, picture(run('other', 0, 500)))).compared).toEqual([{ track: 'sound', basis: 'packets' }]);
  });

  test('files with one sound track only keep their report as it is', () => {
    expect(withTracks(sameSound, compareTracks([], []))).toBe(sameSound);
    expect(withTracks(sameSound, compareTracks(undefined, undefined))).toBe(sameSound);
  });
});
