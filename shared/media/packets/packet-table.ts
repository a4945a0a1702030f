// A file's packets as the comparison needs them: integer times in the container's timebase and one
// hash per packet. Made from a reader's result, or read back from a fingerprint file's section.
import type { PictureHashing } from './avc-picture-units.ts';
import { PACKET_HASH_BYTES } from './packet-hash.ts';
import type { MediaReadResult } from '../types.ts';

/** Container and codec names a section may carry. */
export const SECTION_NAME = /^[a-z0-9][a-z0-9.-]{0,31}$/;

export interface PacketTable {
  container: string;
  codec: string;
  /** Ticks per second of `times` and `durations`. */
  timebase: number;
  times: Float64Array;
  durations: Float64Array;
  /** PACKET_HASH_BYTES per packet. */
  hashes: Uint8Array;
  /** The reader stopped at its packet cap: the table does not cover the whole file. */
  truncated: boolean;
  /** How `hashes` were made when not over whole packets (PACKET_HASH_NAME): an H.264 picture's NAL units. */
  picture?: PictureHashing;
}

/** The table of a read's packets (the chosen track's, or another's with the file's container). */
export function packetTable(result: Pick<MediaReadResult, 'container' | 'codec' | 'timebase' | 'packets' | 'truncated'>, hashes: Uint8Array): PacketTable {
  const n = result.packets.length;
  if (hashes.length !== n * PACKET_HASH_BYTES) throw new RangeError(`${hashes.length} hash bytes for ${n} packets`);
  const times = new Float64Array(n);
  const durations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    times[i] = Math.round(result.packets.time(i) * result.timebase);
    durations[i] = Math.round(result.packets.duration(i) * result.timebase);
  }
  const codec = result.codec !== null && SECTION_NAME.test(result.codec) ? result.codec : 'other';
  return { container: result.container, codec, timebase: result.timebase, times, durations, hashes, truncated: result.truncated };
}
