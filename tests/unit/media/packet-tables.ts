// Synthetic packet tables for testing the section format and the comparison without media files:
// packet k of "recording" r gets a hash derived from (r, k), so equal labels mean equal packets.
import { PACKET_HASH_BYTES } from '../../../shared/media/packets/packet-hash.ts';
import type { PacketTable } from '../../../shared/media/packets/packet-table.ts';

/** A table of 20 ms packets (timebase 1000) whose contents are named by labels like 'a17'. */
export function tableOf(labels: string[], codec = 'opus'): PacketTable {
  const n = labels.length;
  const hashes = new Uint8Array(n * PACKET_HASH_BYTES);
  labels.forEach((label, i) => {
    let h = 2166136261;
    for (const c of label) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    for (let k = 0; k < PACKET_HASH_BYTES; k++) hashes[i * PACKET_HASH_BYTES + k] = (h >>> ((k % 4) * 8)) ^ (k * 37);
  });
  return {
    container: 'webm',
    codec,
    timebase: 1000,
    // As packetTable() makes them: ticks that fit in 32 bits are Int32Arrays.
    times: Int32Array.from(labels, (_, i) => i * 20),
    durations: new Int32Array(n).fill(20),
    hashes,
    truncated: false,
  };
}

/** Labels r0 … r(n-1) for recording r. */
export function run(recording: string, from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => `${recording}${from + i}`);
}
