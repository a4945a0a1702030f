// A file's packets as the comparison needs them: integer times in the container's timebase and one
// hash per packet. Made from a reader's result, or read back from a fingerprint file's section.
import type { PictureHashing } from './avc-picture-units.ts';
import { PACKET_HASH_BYTES } from './packet-hash.ts';
import type { MediaReadResult } from '../types.ts';

/** Container and codec names a section may carry. */
export const SECTION_NAME = /^[a-z0-9][a-z0-9.-]{0,31}$/;

/**
 * Times in ticks as 4-byte integers when every one fits, which an hour at 90 kHz does (some six hours
 * do): the tables are held for the whole comparison, so this is 8 bytes less a packet. Else doubles.
 */
export type TickColumn = Int32Array | Float64Array;

/** The column of `n` ticks `tick(i)` (called twice per index: once to see whether they fit). */
export function tickColumn(n: number, tick: (i: number) => number): TickColumn {
  let fits = true;
  for (let i = 0; i < n && fits; i++) {
    const t = tick(i);
    fits = t >= -0x80000000 && t <= 0x7fffffff;
  }
  const column = fits ? new Int32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = tick(i);
  return column;
}

export interface PacketTable {
  container: string;
  codec: string;
  /** Ticks per second of `times` and `durations`. */
  timebase: number;
  times: TickColumn;
  durations: TickColumn;
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
  const times = tickColumn(n, (i) => Math.round(result.packets.time(i) * result.timebase));
  const durations = tickColumn(n, (i) => Math.round(result.packets.duration(i) * result.timebase));
  const codec = result.codec !== null && SECTION_NAME.test(result.codec) ? result.codec : 'other';
  return { container: result.container, codec, timebase: result.timebase, times, durations, hashes, truncated: result.truncated };
}
