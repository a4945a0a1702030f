// The verdict's basis line: for one sound track the layer that decided, as always; for more tracks
// every compared track, grouped by what compared it, pictures first, in Dutch and English.
import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { basisLineText } from '../../../shared/report/basis-text.ts';
import { compareReportText } from '../../../shared/report/compare-text.ts';

const file = (sha: string) => ({ sha256: sha.repeat(64), bytes: 1000, container: 'mp4', duration: 20 });

const video: CompareReport = {
  verdict: 'edited',
  basis: 'packets',
  unit: 'seconds',
  original: file('a'),
  copy: file('b'),
  edits: [{ kind: 'replaced', original: [5, 12], copy: [5, 12], basis: 'packets', resolution: 0, tracks: ['picture'] }],
  compared: [
    { track: 'sound', basis: 'packets' },
    { track: 'picture', basis: 'packets' },
    { track: 'sound 2', basis: 'packets' },
  ],
};

describe('the basis line of a recording of one sound track', () => {
  it('names the layer that decided, as before', () => {
    const sound: CompareReport = { ...video, edits: [{ kind: 'removed', original: [0, 4], basis: 'packets' }] };
    delete sound.compared;
    expect(basisLineText(sound, 'nl')).toBe('Vastgesteld aan de hand van: de audiopakketten.');
    expect(basisLineText(sound, 'en')).toBe('Decided by: the audio packets.');
    expect(basisLineText({ ...sound, basis: 'audio', compared: [{ track: 'sound', basis: 'audio' }] }, 'en')).toBe('Decided by: the sound itself.');
  });
});

describe('the basis line of a recording of more tracks', () => {
  it('every track compared the same way: one phrase naming them all, pictures first', () => {
    expect(basisLineText(video, 'nl')).toBe('Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.');
    expect(basisLineText(video, 'en')).toBe('Decided by: the packets of picture, sound and sound 2.');
  });

  it('tracks compared in different ways: grouped by what compared them, each group named once', () => {
    const reencoded: CompareReport = {
      ...video,
      verdict: 'same-content',
      basis: 'audio',
      edits: [],
      compared: [
        { track: 'sound', basis: 'audio' },
        { track: 'sound 2', basis: 'audio' },
        { track: 'picture', basis: 'picture' },
      ],
    };
    expect(basisLineText(reencoded, 'nl')).toBe('Vastgesteld aan de hand van: beeld: hoe het eruitziet; geluid en geluid 2: hoe het klinkt.');
    expect(basisLineText(reencoded, 'en')).toBe('Decided by: picture: how it looks; sound and sound 2: how it sounds.');
    const soundFirst: CompareReport = { ...reencoded, compared: [{ track: 'sound', basis: 'packets' }, { track: 'picture', basis: 'picture' }, { track: 'sound 2', basis: 'packets' }] };
    expect(basisLineText(soundFirst, 'nl')).toBe('Vastgesteld aan de hand van: beeld: hoe het eruitziet; geluid en geluid 2: de pakketten.');
  });

  it('a track not compared is left out of the line (it is named apart, and the verdict says so)', () => {
    const partly: CompareReport = {
      ...video,
      verdict: 'same-content',
      edits: [],
      compared: [
        { track: 'sound', basis: 'packets' },
        { track: 'picture', basis: 'picture' },
      ],
      uncompared: [{ track: 'sound 2', code: 'only-one-side', side: 'original', reason: 'only the original has this track' }],
    };
    expect(basisLineText(partly, 'en')).toBe('Decided by: picture: how it looks; sound: the packets.');
    const soundOnly: CompareReport = { ...partly, compared: [{ track: 'sound', basis: 'packets' }], uncompared: [{ track: 'picture', code: 'unreadable', side: 'copy', reason: 'no packets' }, { track: 'sound 2', code: 'unreadable', side: 'copy', reason: 'no packets' }] };
    expect(basisLineText(soundOnly, 'nl')).toBe('Vastgesteld aan de hand van: de pakketten van geluid.');
    const text = compareReportText(partly, 'en').split('\n');
    expect(text.slice(0, 2)).toEqual(['NOT FULLY COMPARED: what could be compared is the same, but not every track could be compared (see below).', 'Decided by: picture: how it looks; sound: the packets.']);
  });

  it('a report made before `compared` existed keeps the layer’s line: its tracks’ bases are known only from their edits', () => {
    const older: CompareReport = { ...video };
    delete older.compared;
    expect(basisLineText(older, 'en')).toBe('Decided by: the audio packets.');
  });

  it('is the text report’s second line', () => {
    expect(compareReportText(video, 'en').split('\n')[1]).toBe('Decided by: the packets of picture, sound and sound 2.');
  });
});
