// A ByteSource over a file on disk, for tests: reads through a file handle, never the whole file.
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../../../shared/media/byte-source.ts';

export interface ClosableByteSource extends ByteSource {
  close(): void;
}

export function fileByteSource(path: string): ClosableByteSource {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    name: basename(path),
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(n);
      let got = 0;
      while (got < n) {
        const r = readSync(fd, buffer, got, n - got, offset + got);
        if (r === 0) break;
        got += r;
      }
      return buffer.subarray(0, got);
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
  };
}
