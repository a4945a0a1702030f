// A further sound track compared by its sound when its packets cannot decide (re-encoded, another
// codec), on synthetic fingerprints; and its `audio` kept in the fingerprint file's `tracks` entry,
// validated on read.
import { describe, expect, test } from 'vitest';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import { writeAudioSection } from '../../../shared/audio/section.ts';
import { withTracks } from '../../../shared/compare/track-verdict.ts';
import { compareTracks } from '../../../shared/compare/track-compare.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { readTrackSection, writeTrackSection, type TrackWithSound } from '../../../shared/media/packets/track-section.ts';
import { at, fingerprintOf, flipBits, randomWords } from '../audio/synthetic-fingerprint.ts';
import { run, tableOf } from '../media/packet-tables.ts';

/** Sound-like words: neighbours differ in a few bits, as where the sound changes (structure.ts); the bits from the generator's high bits, its low ones repeat. */
function soundWords(n: number, seed: number): number[] {
  const flips = randomWords(2 * n, seed);
  const out = [flips[0]!];
  for (let k = 1; k < n; k++) out.push((out[k - 1]! ^ (1 << (flips[2 * k]! >>> 27)) ^ (1 << (flips[2 * k + 1]! >>> 27))) >>> 0);
  return out;
}

const words = soundWords(4000, 7);
const sound2 = (codec: string, audioWords: number[] | null): TrackWithSound[] => [
  { label: 'sound 2', kind: 'audio', id: 3, table: tableOf(run(codec, 0, 500), codec), ...(audioWords ? { audio: writeAudioSection(fingerprintOf(audioWords)) } : {}) },
];
// The original in MP2, the copy re-encoded to Opus: no packet is shared.
const original = sound2('mp2', words);
const file = { sha256: '00', bytes: 1, container: 'mp4', duration: 10 };
const sameSound: CompareReport = { verdict: 'same-content', basis: 'audio', unit: 'seconds', original: file, copy: file, edits: [] };

describe('a further sound track by its sound', () => {
  test('re-encoded without an edit: compared, no edit, nothing left uncompared', () => {
    const found = compareTracks(original, sound2('opus', flipBits(words, 0.03, 2)));
    expect(found).toMatchObject({ edits: [], uncompared: [] });
    expect(withTracks(sameSound, found)).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(withTracks(sameSound, found).uncompared).toBeUndefined();
  });

  test('re-encoded with words 1500–1800 cut: one removed stretch in "sound 2", on the sound', () => {
    const copy = sound2('opus', flipBits([...words.slice(0, 1500), ...words.slice(1800)], 0.03, 4));
    const report = withTracks(sameSound, compareTracks(original, copy));
    expect(report.verdict).toBe('edited');
    expect(report.edits).toHaveLength(1);
    expect(report.edits[0]).toMatchObject({ kind: 'removed', basis: 'audio', resolution: 0.3, tracks: ['sound 2'] });
    const removed = report.edits[0] as Extract<CompareReport['edits'][number], { kind: 'removed' }>;
    expect(Math.abs(removed.original[0] - at(1500))).toBeLessThan(0.3);
    expect(Math.abs(removed.original[1] - at(1800))).toBeLessThan(0.3);
  });

  test('another sound altogether: the track replaced whole', () => {
    const { edits } = compareTracks(original, sound2('opus', soundWords(4000, 99)));
    const whole = fingerprintOf(words).sampleCount / AUDIO_PARAMS.sampleRate;
    expect(edits).toEqual([{ kind: 'replaced', original: [0, whole], copy: [0, whole], basis: 'audio', resolution: 0.3, tracks: ['sound 2'] }]);
  });

  test('a side without the track’s sound, or silence on one side: named as not compared, never the same', () => {
    const unheard = compareTracks(original, sound2('opus', null));
    expect(unheard.edits).toEqual([]);
    expect(unheard.uncompared).toEqual([
      {
        track: 'sound 2',
        code: 'packets-undecided',
        packets: { code: 'codecs-differ', original: 'mp2', copy: 'opus' },
        plainSound: false,
        reason: 'its packets cannot decide (different codecs (mp2, opus)): re-encoded, or another codec',
      },
    ]);
    const silent = compareTracks(original, sound2('opus', new Array<number>(4000).fill(0)));
    expect(silent.uncompared[0]).toMatchObject({ code: 'packets-undecided', plainSound: true, reason: expect.stringMatching(/its sound carries too little to match/) });
    expect(withTracks(sameSound, silent).uncompared).toHaveLength(1);
  });

  test('equal packets still decide: the sound is not asked', () => {
    const found = compareTracks(original, sound2('mp2', soundWords(4000, 99)));
    expect(found).toMatchObject({ edits: [], uncompared: [] });
  });
});

describe('the tracks section keeps a sound track’s audio', () => {
  const section = (): Record<string, unknown>[] => JSON.parse(JSON.stringify(writeTrackSection(original))) as Record<string, unknown>[];

  test('written and read back as it was', () => {
    expect(section()[0]!.audio).toEqual(original[0]!.audio);
    expect(readTrackSection(section())).toEqual(original);
  });

  test('refused on a picture, or damaged, naming the track and the field', () => {
    const onPicture = [{ ...section()[0]!, label: 'picture', kind: 'video' }];
    expect(() => readTrackSection(onPicture)).toThrow('tracks[0]: has an audio section, but is not a sound track');
    const damaged = section();
    (damaged[0]!.audio as Record<string, unknown>).count = 3;
    expect(() => readTrackSection(damaged)).toThrow(/^tracks\[0\]: audio\.count: is 3, but \d+ samples give \d+$/);
  });
});
