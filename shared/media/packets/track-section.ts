// The fingerprint file's `tracks` section: the packet tables of the tracks beside the first sound
// (track-tables.ts), each as a `packets` section (packet-section.ts) with its label, kind and id, so
// a copy's picture is compared against the original's without the original. A track that could not
// be read keeps its label and the problem. A further sound track keeps its perceptual fingerprint
// too (`audio`, as the top-level section), so a re-encoded one is compared by its sound. Read back
// with every field checked.
import { validateAudioSection, type AudioSection } from '../../audio/section.ts';
import { readPacketSection, writePacketSection, type PacketSection } from './packet-section.ts';
import type { TrackTable } from './track-tables.ts';

/** More tracks than this is no recording (a phone writes two or three). */
export const MAX_TRACKS = 32;
const LABEL = /^(sound|picture)( [1-9][0-9]?)?$/;
const MAX_PROBLEM = 500;

export interface TrackSectionEntry {
  label: string;
  kind: 'audio' | 'video';
  id: number;
  packets?: PacketSection;
  problem?: string;
  audio?: AudioSection;
}

/** A track with, for a further sound track that ffmpeg decoded, its sound's fingerprint. */
export interface TrackWithSound extends TrackTable {
  audio?: AudioSection;
}

export class TrackSectionError extends Error {
  override readonly name = 'TrackSectionError';
}

export function writeTrackSection(tracks: readonly TrackWithSound[]): TrackSectionEntry[] {
  return tracks.map(({ label, kind, id, table, problem, audio }) => ({
    label,
    kind,
    id,
    ...(table ? { packets: writePacketSection(table) } : { problem: problem ?? 'no packets' }),
    ...(audio ? { audio } : {}),
  }));
}

/** @throws TrackSectionError (or PacketSectionError for a track's packets) naming the track and the field */
export function readTrackSection(value: unknown): TrackWithSound[] {
  if (!Array.isArray(value)) throw new TrackSectionError('tracks: is not a list');
  if (value.length > MAX_TRACKS) throw new TrackSectionError(`tracks: lists more than ${MAX_TRACKS} tracks`);
  const labels = new Set<string>();
  return value.map((entry: unknown, i): TrackWithSound => {
    const fail = (problem: string): never => {
      throw new TrackSectionError(`tracks[${i}]: ${problem}`);
    };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail('is not an object');
    const e = entry as Record<string, unknown>;
    if (typeof e.label !== 'string' || !LABEL.test(e.label) || e.label === 'sound') fail('label is not "picture", "picture 2", "sound 2", …');
    const label = e.label as string;
    if (labels.has(label)) fail(`label "${label}" is listed twice`);
    labels.add(label);
    const kind = label.startsWith('sound') ? 'audio' : 'video';
    if (e.kind !== kind) fail(`kind is not "${kind}" for "${label}"`);
    if (!Number.isSafeInteger(e.id) || (e.id as number) < 0) fail('id is not a whole number');
    const id = e.id as number;
    const sound = e.audio === undefined ? {} : { audio: soundOf(e.audio, kind, fail) };
    if (e.packets !== undefined) {
      if (e.problem !== undefined) fail('has both packets and a problem');
      try {
        return { label, kind, id, table: readPacketSection(e.packets), ...sound };
      } catch (error) {
        return fail((error as Error).message);
      }
    }
    if (typeof e.problem !== 'string' || e.problem.length > MAX_PROBLEM) fail('has neither packets nor a problem of at most 500 characters');
    return { label, kind, id, table: null, problem: e.problem as string, ...sound };
  });
}

function soundOf(value: unknown, kind: 'audio' | 'video', fail: (problem: string) => never): AudioSection {
  if (kind !== 'audio') fail('has an audio section, but is not a sound track');
  try {
    return validateAudioSection(value);
  } catch (error) {
    return fail((error as Error).message);
  }
}
