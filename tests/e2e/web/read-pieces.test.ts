// readPieces over both kinds of stream a browser's File.stream() can be (a byte stream, a plain
// stream): every byte comes through once, in order, piece by piece.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { readPieces } from '../../../verifier/web/read-pieces.ts';

const data = randomBytes(5 * 1024 * 1024 + 12_345);
const SOURCE_PIECE = 700_001;

function stream(type: 'bytes' | undefined): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    ...(type ? { type } : {}),
    pull(controller: ReadableStreamDefaultController<Uint8Array> | ReadableByteStreamController) {
      if (at >= data.length) return controller.close();
      controller.enqueue(new Uint8Array(data.subarray(at, at + SOURCE_PIECE)));
      at += SOURCE_PIECE;
    },
  } as UnderlyingDefaultSource<Uint8Array>);
}

it.each([['a byte stream', 'bytes'] as const, ['a plain stream', undefined] as const])('passes %s on, piece by piece', async (_name, type) => {
  const parts: Buffer[] = [];
  for await (const piece of readPieces(stream(type))) parts.push(Buffer.from(piece));
  expect(Buffer.concat(parts).equals(data)).toBe(true);
  expect(parts.length).toBe(Math.ceil(data.length / SOURCE_PIECE));
});
