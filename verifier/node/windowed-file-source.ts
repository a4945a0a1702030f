// A ByteSource for the packet pass: synchronous reads through a 64 KiB window. Container readers and
// packet hashing ask for many small pieces in file order (a header per WebM block, each audio packet);
// as asynchronous reads each would be a thread-pool round trip, which measured 3 s per GiB of WebM.
// From the page cache a synchronous read of a window takes microseconds. Each window is a fresh
// buffer, as readers keep views of earlier reads.
import { readSync } from 'node:fs';
import type { ByteSource } from '../../shared/media/byte-source.ts';
import { InputError } from './input-error.ts';
import type { OpenedInput } from './open-input.ts';

const WINDOW = 64 * 1024;

export function windowedFileSource(input: OpenedInput): ByteSource {
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  const load = (offset: number, length: number): Uint8Array => {
    const bytes = new Uint8Array(Math.max(0, Math.min(length, input.size - offset)));
    let done = 0;
    while (done < bytes.length) {
      let n: number;
      try {
        n = readSync(input.handle.fd, bytes, done, bytes.length - done, offset + done);
      } catch (e) {
        throw new InputError(input.path, `cannot be read (${(e as { code?: string }).code ?? String(e)})`);
      }
      if (n === 0) throw new InputError(input.path, 'changed while it was being read (it became shorter)');
      done += n;
    }
    return bytes;
  };
  return {
    name: input.path,
    size: input.size,
    read: async (offset, length) => {
      const end = Math.min(offset + length, input.size);
      if (offset >= windowStart && end <= windowStart + window.length) return window.subarray(offset - windowStart, end - windowStart);
      if (length > WINDOW) return load(offset, length);
      window = load(offset, WINDOW);
      windowStart = offset;
      return window.subarray(0, end - offset);
    },
  };
}
