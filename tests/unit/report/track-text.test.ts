// A report's tracks: listed pictures first, each with what compared it and the edits in it, in
// Dutch and English; a report of one sound track has no such list.
import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import type { UncomparedTrack } from '../../../shared/compare/uncompared-track.ts';
import { compareReportText } from '../../../shared/report/compare-text.ts';
import { reportTracks } from '../../../shared/report/report-tracks.ts';

const ONLY_ORIGINAL: UncomparedTrack = { track: 'sound 2', code: 'only-one-side', side: 'original', reason: 'only the original has this track' };
const file = (sha: string) => ({ sha256: sha.repeat(64), bytes: 1000, container: 'mp4', duration: 20 });

const video: CompareReport = {
  verdict: 'edited',
  basis: 'packets',
  unit: 'seconds',
  original: file('a'),
  copy: file('b'),
  edits: [
    { kind: 'removed', original: [0, 4], basis: 'packets', resolution: 0, tracks: ['sound', 'sound 2', 'picture'] },
    { kind: 'replaced', original: [5, 12], copy: [1, 8], basis: 'picture', resolution: 0.2, tracks: ['picture'] },
  ],
  compared: [
    { track: 'sound', basis: 'packets' },
    { track: 'picture', basis: 'picture' },
  ],
  uncompared: [ONLY_ORIGINAL],
};

describe('the tracks of a report', () => {
  it('pictures first, then sounds by number; each with its basis (none when not compared) and its edits', () => {
    expect(reportTracks(video)).toEqual([
      { track: 'picture', basis: 'picture', edits: [0, 1] },
      { track: 'sound', basis: 'packets', edits: [0] },
      { track: 'sound 2', basis: null, uncompared: ONLY_ORIGINAL, edits: [0] },
    ]);
  });

  it('one sound track: no list', () => {
    const sound: CompareReport = { ...video, edits: [{ kind: 'removed', original: [0, 4], tracks: ['sound'] }], compared: [{ track: 'sound', basis: 'audio' }] };
    delete sound.uncompared;
    expect(reportTracks(sound)).toEqual([]);
    expect(reportTracks({ ...sound, edits: [], compared: undefined })).toEqual([]);
  });

  it('an edit that names no track (found in the bytes) is counted in every track', () => {
    const bytes: CompareReport = { ...video, edits: [...video.edits, { kind: 'replaced', original: [15, 16], copy: [11, 12], basis: 'bytes' }] };
    expect(reportTracks(bytes).map((k) => k.edits)).toEqual([[0, 1, 2], [0, 2], [0, 2]]);
  });

  it('a report without `compared` takes a track’s basis from its edits', () => {
    expect(reportTracks({ ...video, compared: undefined }).map((k) => k.basis)).toEqual(['packets', 'packets', null]);
  });
});

describe('the text report lists every track', () => {
  it('in English: what compared each track, the edits in it, and each edit’s tracks in the same order', () => {
    const lines = compareReportText(video, 'en').split('\n');
    const at = lines.indexOf('Per track:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  picture: compared by the picture itself (how it looks); edits 1, 2',
      '  sound: compared by its packets (exact); edit 1',
      '  sound 2: NOT compared',
    ]);
    expect(lines).toContain('NOT COMPARED: sound 2 (only the original has this track).');
    expect(lines.find((l) => l.startsWith('  1. '))).toMatch(/ \(picture, sound, sound 2\) \[packets, exact\]$/);
    expect(lines.find((l) => l.startsWith('  2. '))).toMatch(/ \(picture\) \[picture, ± 0\.2 s\]$/);
  });

  it('in Dutch', () => {
    const lines = compareReportText(video, 'nl').split('\n');
    const at = lines.indexOf('Per spoor:');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  beeld: vergeleken op het beeld zelf (hoe het eruitziet); wijzigingen 1, 2',
      '  geluid: vergeleken op de pakketten (exact); wijziging 1',
      '  geluid 2: NIET vergeleken',
    ]);
    expect(lines.find((l) => l.startsWith('  1. '))).toMatch(/ \(beeld, geluid, geluid 2\) \[pakketten, exact\]$/);
  });

  it('a recording of one sound track has no per-track list', () => {
    const sound: CompareReport = { verdict: 'edited', basis: 'audio', unit: 'seconds', original: file('a'), copy: file('b'), edits: [{ kind: 'removed', original: [0, 4] }] };
    expect(compareReportText(sound, 'en')).not.toContain('Per track');
    expect(compareReportText(sound, 'nl')).not.toContain('Per spoor');
  });
});
