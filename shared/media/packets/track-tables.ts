// The packets of every track beside the sound the packet layer reads (the first audio track): the
// picture and any further sound tracks, each hashed and timed as a table of its own, so an edit of
// the picture alone is found to the frame. They are read in the same walk as the sound
// (ReadOptions.everyTrack), not in a walk of their own each. A track is named by its kind and place
// among tracks of that kind ("picture", "sound 2"), which is how tracks of two files are paired.
import { MediaError } from '../media-error.ts';
import type { PacketTable } from './packet-table.ts';
import type { MediaReadResult, TrackInfo, TrackPackets } from '../types.ts';

export interface TrackTable {
  /** "picture", "picture 2", "sound 2", …: the first audio track, "sound", is the packet layer's own. */
  label: string;
  kind: 'audio' | 'video';
  /** The container's id of the track (MP4 track_ID, Matroska TrackNumber). */
  id: number;
  /** Null when the track could not be read; `problem` says why. */
  table: PacketTable | null;
  problem?: string;
}

/** Audio and video tracks with their labels, in the container's order. */
export function labelTracks(tracks: readonly TrackInfo[]): { track: TrackInfo & { kind: 'audio' | 'video' }; label: string }[] {
  const seen = { audio: 0, video: 0 };
  const labelled: { track: TrackInfo & { kind: 'audio' | 'video' }; label: string }[] = [];
  for (const track of tracks) {
    if (track.kind === 'other') continue;
    const n = ++seen[track.kind];
    const word = track.kind === 'audio' ? 'sound' : 'picture';
    labelled.push({ track: { ...track, kind: track.kind }, label: n === 1 ? word : `${word} ${n}` });
  }
  return labelled;
}

/**
 * The tables of every track but the first audio one, from a read with `everyTrack`; `tableOf` hashes
 * a track's packets into its table (null without packets; a MediaError when they cannot be had). A
 * track the read holds no packets of (an Ogg file's Theora picture: the Ogg reader reads one sound;
 * a malformed file giving two tracks one id) has no table, and says why: it is then compared by how
 * it looks or sounds, or named as not compared. It once got the sound's table, and an Ogg picture
 * blacked out for seconds was "the same" because its sound was.
 */
export async function trackTables(result: Pick<MediaReadResult, 'tracks' | 'others'>, tableOf: (track: TrackPackets) => Promise<PacketTable | null>): Promise<TrackTable[]> {
  const out: TrackTable[] = [];
  for (const { track, label } of labelTracks(result.tracks)) {
    if (label === 'sound') continue;
    const read = result.others?.find((other) => other.id === track.id);
    try {
      if (read?.failure) throw read.failure;
      if (!read) {
        out.push({ label, kind: track.kind, id: track.id, table: null, problem: `the ${track.codec} packets of this track are not read in this container` });
        continue;
      }
      const table = await tableOf(read);
      out.push({ label, kind: track.kind, id: track.id, table, ...(table ? {} : { problem: 'the track holds no packets' }) });
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      out.push({ label, kind: track.kind, id: track.id, table: null, problem: error.message });
    }
  }
  return out;
}
