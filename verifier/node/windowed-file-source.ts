// A ByteSource for the packet pass: synchronous reads from the page cache. Container readers and
// packet hashing ask for many small pieces in file order (a header per WebM block, each audio
// packet); as asynchronous reads each would be a thread-pool round trip, which measured 3 s per GiB
// of WebM, where a synchronous read of a 64 KiB window takes microseconds. readInto() refills the
// reader's one window buffer, so no buffer is allocated per window (allocating and collecting a
// fresh one per window was the largest cost in a profile of the pass on a 1 GiB WebM, some 14 000
// windows); read() gives a fresh buffer, for callers that keep what they read. Every few
// milliseconds the pass gives way to the event loop, so the process stays responsive (progress,
// Ctrl-C, a worker's messages) through a pass of several seconds.
import { readSync } from 'node:fs';
import type { ByteSource } from '../../shared/media/byte-source.ts';
import { InputError } from './input-error.ts';
import type { OpenedInput } from './open-input.ts';

/** The longest the pass runs before the event loop gets a turn. */
const SLICE_MS = 2;

export function windowedFileSource(input: OpenedInput): ByteSource {
  let sliceStart = performance.now();
  const giveWay = async (): Promise<void> => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resume) => setImmediate(resume));
    sliceStart = performance.now();
  };
  const fill = (offset: number, into: Uint8Array): number => {
    const length = Math.max(0, Math.min(into.length, input.size - offset));
    let done = 0;
    while (done < length) {
      let n: number;
      try {
        n = readSync(input.handle.fd, into, done, length - done, offset + done);
      } catch (e) {
        throw new InputError(input.path, `cannot be read (${(e as { code?: string }).code ?? String(e)})`);
      }
      if (n === 0) throw new InputError(input.path, 'changed while it was being read (it became shorter)');
      done += n;
    }
    return length;
  };
  return {
    name: input.path,
    size: input.size,
    read: async (offset, length) => {
      await giveWay();
      const bytes = new Uint8Array(Math.max(0, Math.min(length, input.size - offset)));
      fill(offset, bytes);
      return bytes;
    },
    readInto: async (offset, into) => {
      await giveWay();
      return fill(offset, into);
    },
  };
}
