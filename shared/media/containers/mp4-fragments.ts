// Fragmented MP4 (ISO/IEC 14496-12 §8.8), as Safari's MediaRecorder and `-movflags frag_keyframe`
// write it: each moof's traf for the chosen track gives a base offset (tfhd), a start time (tfdt) and
// runs of samples (trun) whose sizes and durations fall back to tfhd, then trex, defaults.
import type { AddSample } from './mp4-sample-table.ts';
import { childBox, childBoxes } from './mp4-boxes.ts';
import { u32be, u64be } from '../source-reader.ts';

export interface TrackDefaults {
  duration: number;
  size: number;
}

/** trex defaults of one track from moov/mvex, zero when absent. */
export function trackDefaults(moov: Uint8Array, trackId: number): TrackDefaults {
  const mvex = childBox(moov, 'mvex');
  const trex = mvex ? childBoxes(mvex).find((b) => b.type === 'trex' && u32be(b.data, 4) === trackId) : undefined;
  return trex ? { duration: u32be(trex.data, 12), size: u32be(trex.data, 16) } : { duration: 0, size: 0 };
}

export interface FragmentState {
  /** Decode time where the next fragment starts when it has no tfdt, in timescale units. */
  nextTime: number;
}

/** Adds the chosen track's samples of one moof that starts at file offset `moofStart`; false to stop. */
export function readFragment(
  moof: Uint8Array,
  moofStart: number,
  trackId: number,
  timescale: number,
  defaults: TrackDefaults,
  state: FragmentState,
  fail: (problem: string) => never,
  add: AddSample,
): boolean {
  let previousEnd = moofStart;
  for (const traf of childBoxes(moof)) {
    if (traf.type !== 'traf') continue;
    const tfhd = childBox(traf.data, 'tfhd');
    if (!tfhd || tfhd.length < 8) fail('traf without tfhd');
    const flags = u32be(tfhd, 0) & 0xffffff;
    let p = 8;
    const base = flags & 0x1 ? u64be(tfhd, p) : flags & 0x20000 ? moofStart : previousEnd;
    if (flags & 0x1) p += 8;
    if (flags & 0x2) p += 4;
    const duration = flags & 0x8 ? u32be(tfhd, p) : defaults.duration;
    if (flags & 0x8) p += 4;
    const size = flags & 0x10 ? u32be(tfhd, p) : defaults.size;
    if (p + (flags & 0x10 ? 4 : 0) > tfhd.length) fail('tfhd is shorter than its flags say');
    const mine = u32be(tfhd, 4) === trackId;
    const tfdt = childBox(traf.data, 'tfdt');
    let time = tfdt ? (tfdt[0] === 1 ? u64be(tfdt, 4) : u32be(tfdt, 4)) : state.nextTime;
    let dataEnd = base;
    for (const trun of childBoxes(traf.data)) {
      if (trun.type !== 'trun') continue;
      const t = trun.data;
      const tf = u32be(t, 0) & 0xffffff;
      const count = u32be(t, 4);
      let q = 8;
      let offset = dataEnd;
      if (tf & 0x1) {
        offset = base + (u32be(t, q) | 0);
        q += 4;
      }
      if (tf & 0x4) q += 4;
      const fields = [0x100, 0x200, 0x400, 0x800].filter((bit) => tf & bit).length;
      if (q + count * fields * 4 > t.length) fail(`trun lists ${count} samples but has room for fewer`);
      if (!mine && !(tf & 0x200)) {
        // Another track's run: only where its data ends matters, and without sizes that is arithmetic.
        dataEnd = offset + count * size;
        continue;
      }
      for (let i = 0; i < count; i++) {
        const d = tf & 0x100 ? u32be(t, (q += 4) - 4) : duration;
        const s = tf & 0x200 ? u32be(t, (q += 4) - 4) : size;
        if (tf & 0x400) q += 4;
        const cto = tf & 0x800 ? u32be(t, (q += 4) - 4) | 0 : 0;
        if (mine && !add(offset, s, (time + cto) / timescale, d / timescale)) return false;
        offset += s;
        time += d;
      }
      dataEnd = offset;
    }
    previousEnd = dataEnd;
    if (mine) state.nextTime = time;
  }
  return true;
}
