// The packets of every track beside the sound the packet layer reads (the first audio track): the
// picture and any further sound tracks, each read, hashed and timed as a table of its own, so an
// edit of the picture alone is found to the frame. A track is named by its kind and place among
// tracks of that kind ("picture", "sound 2"), which is how tracks of two files are paired.
import type { ByteSource } from '../byte-source.ts';
import { MediaError } from '../media-error.ts';
import { portableSha256, type HashFunction } from './packet-hash.ts';
import { packetLayer } from './packet-layer.ts';
import type { PacketTable } from './packet-table.ts';
import type { TrackInfo } from '../types.ts';

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

/** The tables of every track but the first audio one; one pass over the file per track. */
export async function otherTrackTables(source: ByteSource, tracks: readonly TrackInfo[], hash: HashFunction = portableSha256): Promise<TrackTable[]> {
  const out: TrackTable[] = [];
  for (const { track, label } of labelTracks(tracks)) {
    if (label === 'sound') continue;
    try {
      const { table } = await packetLayer(source, hash, { track: track.id });
      out.push({ label, kind: track.kind, id: track.id, table, ...(table ? {} : { problem: 'the track holds no packets' }) });
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      out.push({ label, kind: track.kind, id: track.id, table: null, problem: error.message });
    }
  }
  return out;
}
