// Chained Ogg: logical streams one after another in one file, as two .opus (or .ogg Vorbis) files
// joined end to end. The reader goes on through every link of the same codec and rate: each link's
// packets and hashes as when read alone, its times following on from where the previous link ends.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { derive, ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { concat } from '../fingerprint/test-data.ts';
import { memoryByteSource } from './node-byte-source.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

// A second link unlike the first: another noise seed, mono, 3 s.
function secondLink(codec: 'libopus' | 'libvorbis'): string {
  return derive(`link-${codec}.ogg`, ['-f', 'lavfi', '-i', 'anoisesrc=d=3:c=white:r=48000:a=0.2:seed=11', '-ac', '1', '-c:a', codec, ...(codec === 'libopus' ? ['-b:a', '32k'] : ['-q:a', '2'])]);
}

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

async function layerOf(name: string, bytes: Uint8Array) {
  const layer = await packetLayer(memoryByteSource(name, bytes));
  if (!layer.table) throw new Error(`${name} has no packets`);
  return { packets: [...layer.result.packets], table: layer.table, result: layer.result };
}

describe('chained Ogg', () => {
  test.each([
    ['opus', 'opus.ogg', 'libopus'],
    ['vorbis', 'vorbis.ogg', 'libvorbis'],
  ] as const)('%s: two links read as one stream, times continuing', async (codec, firstName, encoder) => {
    const first = bytesOf(mediaPath(firstName));
    const second = bytesOf(secondLink(encoder));
    const a = await layerOf('a.ogg', first);
    const b = await layerOf('b.ogg', second);
    const chain = await layerOf('chain.ogg', concat(first, second, first));
    expect(chain.result.codec).toBe(codec);
    // One sound: a later link goes on with it, and is no track of its own.
    expect(chain.result.tracks.map((t) => t.codec)).toEqual([codec]);
    expect(chain.packets).toHaveLength(2 * a.packets.length + b.packets.length);
    const links = [
      { alone: a, shift: 0 },
      { alone: b, shift: first.length },
      { alone: a, shift: first.length + second.length },
    ];
    let at = 0;
    let previousEnd = -Infinity;
    for (const { alone, shift } of links) {
      const mine = chain.packets.slice(at, at + alone.packets.length);
      expect(mine.map((p) => [p.offset - shift, p.size])).toEqual(alone.packets.map((p) => [p.offset, p.size]));
      expect(chain.table.hashes.subarray(at * 8, (at + alone.packets.length) * 8)).toEqual(alone.table.hashes);
      // The same times as alone, moved by one amount: where the previous link's audio ends (for
      // Opus its last granule position less the pre-skip, within a frame of its last packet's end).
      const moved = mine[0]!.time - alone.packets[0]!.time;
      mine.forEach((p, i) => expect(p.time - alone.packets[i]!.time).toBeCloseTo(moved, 9));
      if (at === 0) expect(moved).toBe(0);
      else expect(Math.abs(moved - previousEnd)).toBeLessThanOrEqual(0.0201);
      const last = mine[mine.length - 1]!;
      previousEnd = last.time + last.duration;
      at += alone.packets.length;
    }
    expect(chain.result.duration).toBeGreaterThan(2 * a.result.duration + b.result.duration - 0.1);
  });

  test('a link of another codec is listed as a track of its own, not read; the next link of the chosen codec goes on', async () => {
    const opus = bytesOf(mediaPath('opus.ogg'));
    const vorbis = bytesOf(mediaPath('vorbis.ogg'));
    const a = await layerOf('a.ogg', opus);
    const chain = await layerOf('mixed.ogg', concat(opus, vorbis, opus));
    expect(chain.result.tracks.map((t) => t.codec)).toEqual(['opus', 'vorbis']);
    expect(chain.packets).toHaveLength(2 * a.packets.length);
    expect(chain.packets[a.packets.length]!.offset).toBe(a.packets[0]!.offset + opus.length + vorbis.length);
  });
});
