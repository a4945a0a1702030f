// The fingerprint file's `tracks` section: the picture's and further sound tracks' tables survive the
// round trip exactly, a track that could not be read keeps its problem, and anything doctored is
// refused naming the track and the field.
import { describe, expect, test } from 'vitest';
import { MAX_TRACKS, readTrackSection, writeTrackSection } from '../../../shared/media/packets/track-section.ts';
import type { TrackTable } from '../../../shared/media/packets/track-tables.ts';
import { run, tableOf } from '../media/packet-tables.ts';

const tracks: TrackTable[] = [
  { label: 'picture', kind: 'video', id: 1, table: tableOf(run('v', 0, 250), 'h264') },
  { label: 'sound 2', kind: 'audio', id: 3, table: null, problem: 'a 12-byte sample lies outside the file (at byte 40)' },
];

function section(): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(writeTrackSection(tracks))) as Record<string, unknown>[];
}

describe('tracks section', () => {
  test('round-trips exactly, a track that could not be read with its problem', () => {
    expect(readTrackSection(section())).toEqual(tracks);
  });

  test.each<[string, (s: Record<string, unknown>[]) => unknown, string]>([
    ['not a list', () => ({}), 'tracks: is not a list'],
    ['too many tracks', (s) => Array.from({ length: MAX_TRACKS + 1 }, () => s[0]), `tracks: lists more than ${MAX_TRACKS} tracks`],
    ['the first sound (the packets section holds it)', (s) => ((s[0]!.label = 'sound'), (s[0]!.kind = 'audio'), s), 'tracks[0]: label is not "picture", "picture 2", "sound 2", …'],
    ['a label twice', (s) => ((s[1] = { ...s[0] }), s), 'tracks[1]: label "picture" is listed twice'],
    ['a kind that is not the label’s', (s) => ((s[0]!.kind = 'audio'), s), 'tracks[0]: kind is not "video" for "picture"'],
    ['a fractional id', (s) => ((s[0]!.id = 1.5), s), 'tracks[0]: id is not a whole number'],
    ['packets and a problem', (s) => ((s[0]!.problem = 'x'), s), 'tracks[0]: has both packets and a problem'],
    ['neither packets nor a problem', (s) => (delete s[1]!.problem, s), 'tracks[1]: has neither packets nor a problem of at most 500 characters'],
    ['doctored packets', (s) => (((s[0]!.packets as Record<string, unknown>).count = 7), s), 'tracks[0]: packets.hashes: is not 56 bytes of base64'],
  ])('refuses %s', (_name, doctor, message) => {
    expect(() => readTrackSection(doctor(section()))).toThrow(message);
  });
});
