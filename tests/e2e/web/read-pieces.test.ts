// readPieces: every byte of a file comes through once, in order, in the buffers lent to it, each
// full but the last: in Node (whose Blob stream is a plain stream: its pieces are copied), from a
// byte stream that stalls once (the read is given up and the block read again from a new stream),
// and in Chromium (a File's byte stream, read straight into the lent buffers).
import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { fileSource, readPieces, type PieceSource } from '../../../verifier/web/hashing/read-pieces.ts';
import { QUIET_CHROMIUM_ARGS } from '../support/browsers.ts';
import { CHROMIUM } from '../support/paths.ts';

const MiB = 1024 * 1024;
const BUFFER = MiB;

interface Read {
  /** Whether the bytes came through in order, complete. */
  same: boolean;
  blocks: number[];
  lent: number;
  /** Whether every block started a buffer of the lent size. */
  inLent: boolean;
}

/** Reads `source` with readPieces, comparing against `data` (also run in Chromium, bundled). */
async function readAll(read: typeof readPieces, source: PieceSource, data: Uint8Array, bufferBytes: number, stallMs?: number): Promise<Read> {
  let lent = 0;
  const take = async (): Promise<ArrayBuffer> => {
    lent++;
    return new ArrayBuffer(bufferBytes);
  };
  const blocks: number[] = [];
  let same = true;
  let inLent = true;
  let at = 0;
  for await (const block of read(source, take, stallMs)) {
    inLent &&= block.byteOffset === 0 && block.buffer.byteLength === bufferBytes;
    for (let i = 0; i < block.length && same; i++) same = block[i] === data[at + i];
    at += block.length;
    blocks.push(block.length);
  }
  return { same: same && at === data.length, blocks, lent, inLent };
}

function expectBlocks(result: Read, size: number): void {
  expect(result.same).toBe(true);
  expect(result.inLent).toBe(true);
  expect(result.blocks.length).toBe(Math.ceil(size / BUFFER));
  expect(result.blocks.slice(0, -1).every((length) => length === BUFFER)).toBe(true);
  expect(result.lent).toBe(result.blocks.length);
}

/** A byte stream of `data` from `start` in pieces of 700,001 bytes that, if `stallAt` is given, stops giving bytes there. */
function byteStream(data: Uint8Array, start: number, stallAt: number | null): ReadableStream<Uint8Array> {
  let at = start;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (at >= data.length) return controller.close();
      if (stallAt !== null && at >= stallAt) return;
      const end = Math.min(data.length, at + 700_001, stallAt ?? Infinity);
      controller.enqueue(data.slice(at, end));
      at = end;
    },
  });
}

describe('readPieces', () => {
  it.each([
    ['5 MiB and a bit', 5 * MiB + 12_345],
    ['exactly 3 buffers', 3 * BUFFER],
    ['less than a buffer', 999],
  ])('passes %s of a Blob on in full lent buffers, the last one partly filled', async (_size, size) => {
    const data = randomBytes(size);
    expectBlocks(await readAll(readPieces, fileSource(new Blob([data])), data, BUFFER), size);
  });

  it('yields nothing for an empty Blob', async () => {
    expect((await readAll(readPieces, fileSource(new Blob([])), new Uint8Array(0), BUFFER)).blocks).toEqual([]);
  });

  it('gives up a stalled read of a byte stream and reads that block again from a new stream', async () => {
    const size = 5 * MiB + 12_345;
    const data = new Uint8Array(randomBytes(size));
    const opened: number[] = [];
    const source: PieceSource = {
      size,
      open: (start) => {
        opened.push(start);
        return byteStream(data, start, opened.length === 1 ? 2 * MiB + 123_456 : null);
      },
    };
    expectBlocks(await readAll(readPieces, source, data, BUFFER, 50), size);
    expect(opened).toEqual([0, 2 * MiB]);
  });

  it("reads a File's byte stream in Chromium straight into the lent buffers", async () => {
    const bundle = await build({
      stdin: {
        contents: `export { fileSource, readPieces } from './verifier/web/hashing/read-pieces.ts';\nexport const readAll = ${readAll.toString()};`,
        resolveDir: new URL('../../../', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'reading',
    });
    const size = 20 * MiB + 4321;
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: QUIET_CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const result = await page.evaluate(
        async (size, bufferBytes) => {
          const reading = (globalThis as unknown as { reading: { readPieces: typeof readPieces; fileSource: typeof fileSource; readAll: typeof readAll } }).reading;
          const data = new Uint8Array(size);
          for (let at = 0; at < size; at += 65536) crypto.getRandomValues(data.subarray(at, at + 65536));
          const file = new File([data], 'x.bin');
          // Throws unless the File's stream is a byte stream: the path under test.
          file.stream().getReader({ mode: 'byob' });
          return reading.readAll(reading.readPieces, reading.fileSource(file), data, bufferBytes);
        },
        size,
        BUFFER,
      );
      expectBlocks(result, size);
    } finally {
      await browser.close();
    }
  });
});
