// A moov track's sample table (ISO/IEC 14496-12 §8.6–8.7) expanded to packets: sizes (stsz or
// stz2), chunk offsets (stco or co64), samples per chunk (stsc), decode deltas (stts) and
// composition offsets (ctts). Every entry count is checked against its box before it is used.
import { childBox } from './mp4-boxes.ts';
import { u16be, u32be, u64be } from '../source-reader.ts';

export type AddSample = (offset: number, size: number, time: number, duration: number) => boolean;

function entries(box: Uint8Array | null, header: number, width: number, fail: (problem: string) => never, name: string): number {
  if (!box) return 0;
  const count = u32be(box, header - 4);
  if (header + count * width > box.length) fail(`${name} lists ${count} entries but has room for fewer`);
  return count;
}

function sampleSizes(stbl: Uint8Array, fail: (problem: string) => never): { count: number; size: (i: number) => number } {
  const stsz = childBox(stbl, 'stsz');
  if (stsz) {
    const fixed = u32be(stsz, 4);
    const count = fixed ? u32be(stsz, 8) : entries(stsz, 12, 4, fail, 'stsz');
    return { count, size: fixed ? () => fixed : (i) => u32be(stsz, 12 + 4 * i) };
  }
  const stz2 = childBox(stbl, 'stz2');
  if (!stz2) fail('the sample table has neither stsz nor stz2');
  const bits = stz2[7]!;
  if (bits !== 4 && bits !== 8 && bits !== 16) fail(`stz2 field size ${bits} is not 4, 8 or 16`);
  const count = u32be(stz2, 8);
  if (12 + Math.ceil((count * bits) / 8) > stz2.length) fail(`stz2 lists ${count} entries but has room for fewer`);
  const size = bits === 16 ? (i: number) => u16be(stz2, 12 + 2 * i) : bits === 8 ? (i: number) => stz2[12 + i]! : (i: number) => (stz2[12 + (i >> 1)]! >> (i & 1 ? 0 : 4)) & 15;
  return { count, size };
}

/** Calls `add` for each sample in decode order; stops when it returns false. */
export function expandSampleTable(stbl: Uint8Array, timescale: number, fail: (problem: string) => never, add: AddSample): void {
  const sizes = sampleSizes(stbl, fail);
  const stco = childBox(stbl, 'stco');
  const co64 = childBox(stbl, 'co64');
  const chunkCount = stco ? entries(stco, 8, 4, fail, 'stco') : entries(co64, 8, 8, fail, 'co64');
  const chunkOffset = stco ? (c: number) => u32be(stco, 8 + 4 * c) : (c: number) => u64be(co64!, 8 + 8 * c);
  const stsc = childBox(stbl, 'stsc');
  const stscCount = entries(stsc, 8, 12, fail, 'stsc');
  const stts = childBox(stbl, 'stts');
  const sttsCount = entries(stts, 8, 8, fail, 'stts');
  const ctts = childBox(stbl, 'ctts');
  const cttsCount = entries(ctts, 8, 8, fail, 'ctts');
  const signedCtts = ctts?.[0] === 1;

  let sample = 0;
  let dts = 0;
  let sttsIndex = 0;
  let sttsLeft = sttsCount > 0 ? u32be(stts!, 8) : 0;
  let cttsIndex = 0;
  let cttsLeft = cttsCount > 0 ? u32be(ctts!, 8) : 0;
  for (let s = 0; s < stscCount && sample < sizes.count; s++) {
    const first = u32be(stsc!, 8 + 12 * s);
    const next = s + 1 < stscCount ? u32be(stsc!, 8 + 12 * (s + 1)) : chunkCount + 1;
    const perChunk = u32be(stsc!, 12 + 12 * s);
    if (first < 1 || next <= first || next > chunkCount + 1) fail(`stsc entry ${s} has chunk numbers out of order`);
    for (let chunk = first; chunk < next && sample < sizes.count; chunk++) {
      let offset = chunkOffset(chunk - 1);
      for (let k = 0; k < perChunk && sample < sizes.count; k++, sample++) {
        while (sttsLeft === 0 && sttsIndex + 1 < sttsCount) sttsLeft = u32be(stts!, 8 + 8 * ++sttsIndex);
        const delta = sttsCount > 0 ? u32be(stts!, 12 + 8 * sttsIndex) : 0;
        sttsLeft--;
        while (cttsLeft === 0 && cttsIndex + 1 < cttsCount) cttsLeft = u32be(ctts!, 8 + 8 * ++cttsIndex);
        const raw = cttsCount > 0 ? u32be(ctts!, 12 + 8 * cttsIndex) : 0;
        cttsLeft--;
        const composition = signedCtts ? raw | 0 : raw;
        const size = sizes.size(sample);
        if (!add(offset, size, (dts + composition) / timescale, delta / timescale)) return;
        offset += size;
        dts += delta;
      }
    }
  }
}
