// The page's chunk hashing (WebCrypto, which Node has too) gives the shared Fingerprinter's chunk
// list however the stream is split into pieces, including chunks that span many pieces.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Chunker } from '../../../shared/fingerprint/chunker.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { ChunkDigests } from '../../../verifier/web/hashing/chunk-digests.ts';

const data = new Uint8Array(randomBytes(3 * 1024 * 1024 + 777));
const expected = fingerprintOf('x', data).chunks;

async function chunksOf(pieceSizes: (index: number) => number): Promise<{ lengths: Uint32Array; hashes: Uint8Array }> {
  const chunker = new Chunker();
  const digests = new ChunkDigests(4);
  for (let at = 0, i = 0; at < data.length; i++) {
    const piece = data.slice(at, at + pieceSizes(i));
    await digests.update(piece, chunker.update(piece));
    at += piece.length;
  }
  return digests.finish(chunker.finish());
}

describe('ChunkDigests', () => {
  it.each([
    ['one piece', () => data.length],
    ['2 MiB pieces', () => 2 * 1024 * 1024],
    ['pieces of 1 byte, then 70 000', (i: number) => (i % 2 === 0 ? 1 : 70_000)],
    ['4 KiB pieces (chunks span dozens)', () => 4096],
    ['pieces of growing odd sizes', (i: number) => 1 + ((i * 7919) % 300_000)],
  ])('gives the shared chunk list with %s', async (_name, sizes) => {
    const { lengths, hashes } = await chunksOf(sizes);
    expect(Array.from(lengths)).toEqual(Array.from(expected.lengths));
    expect(Buffer.from(hashes).equals(Buffer.from(expected.hashes))).toBe(true);
  });
});
