// ByteSources over a file on disk or bytes in memory, for tests: the file is read through a file
// handle, never whole. Both offer readInto, as the CLI's source does, so readers run with their
// window refilled in place. readInto first scribbles over the whole buffer that `into` is part of,
// so a reader that kept a view of an earlier read across a later one sees garbage, not old bytes.
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../../../shared/media/byte-source.ts';

export interface ClosableByteSource extends ByteSource {
  close(): void;
}

function scribble(into: Uint8Array): void {
  new Uint8Array(into.buffer).fill(0xa5);
}

export function fileByteSource(path: string): ClosableByteSource {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const fill = (offset: number, into: Uint8Array): number => {
    const n = Math.max(0, Math.min(into.length, size - offset));
    let got = 0;
    while (got < n) {
      const r = readSync(fd, into, got, n - got, offset + got);
      if (r === 0) break;
      got += r;
    }
    return got;
  };
  return {
    name: basename(path),
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      return buffer.subarray(0, fill(offset, buffer));
    },
    async readInto(offset, into) {
      scribble(into);
      return fill(offset, into);
    },
    close: () => closeSync(fd),
  };
}

export function memoryByteSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    async read(offset, length) {
      return bytes.subarray(offset, Math.min(bytes.length, offset + length));
    },
    async readInto(offset, into) {
      scribble(into);
      const piece = bytes.subarray(offset, Math.min(bytes.length, offset + into.length));
      into.set(piece);
      return piece.length;
    },
  };
}

/** The source with read() only, as the browser's Blob source is: every read a fresh buffer. */
export function freshReadsOnly(source: ByteSource): ByteSource {
  return { name: source.name, size: source.size, read: (offset, length) => source.read(offset, length) };
}
