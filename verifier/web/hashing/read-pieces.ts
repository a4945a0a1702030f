// Reads a file into buffers the caller lends (`take`), so reading a 4 GB file allocates nothing per
// piece: stream pieces left as garbage in a worker whose small heap seldom triggers a collection let
// memory climb by hundreds of MiB. A byte stream (Chromium's and Firefox's File.stream()) is read
// with a BYOB reader straight into the lent buffers; any other stream's pieces are copied into them.
// In Chromium 156 a BYOB read of a File stream sometimes never resolves (mid-file, about 1 run in 4
// for 4 GiB, the code worker idle meanwhile). The file cannot change under a File, so a read that
// stalls is given up and the block it was filling read again from a new stream at the block's start.

export interface PieceSource {
  size: number;
  /** A stream of the bytes from `start` to the end (File: file.slice(start).stream()). */
  open(start: number): ReadableStream<Uint8Array>;
}

/** How long a read may take before it counts as stalled; doubled at each stall, so a slow disk still gets through. */
const STALL_MS = 10_000;

type Take = () => Promise<ArrayBuffer>;

export const fileSource = (file: Blob): PieceSource => ({ size: file.size, open: (start) => file.slice(start).stream() });

/**
 * Yields each lent buffer once full (the last when the source ends, unless it got no bytes) as a
 * view from its start; the buffer is then the caller's again, to keep or transfer. A source that
 * turns out shorter than its size ends early, leaving the caller to notice.
 */
export async function* readPieces(source: PieceSource, take: Take, stallMs = STALL_MS): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const stream = source.open(0);
  yield* isByteStream(stream) ? readInto(source, stream, take, stallMs) : copyInto(stream, take);
}

function isByteStream(stream: ReadableStream<Uint8Array>): boolean {
  try {
    stream.getReader({ mode: 'byob' }).releaseLock();
    return true;
  } catch {
    return false;
  }
}

async function* readInto(source: PieceSource, first: ReadableStream<Uint8Array>, take: Take, stallMs: number): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  let reader = first.getReader({ mode: 'byob' });
  let start = 0;
  while (start < source.size) {
    let buffer = await take();
    const bytes = buffer.byteLength;
    const length = Math.min(bytes, source.size - start);
    let fill = 0;
    let ended = false;
    while (fill < length && !ended) {
      // The read takes the buffer over and gives it back in its result.
      const result = await within(reader.read(new Uint8Array(buffer, fill, length - fill)), stallMs);
      if (result === 'stalled') {
        // The stalled read keeps the buffer, and the bytes in it: a new one, from the block's start.
        // How the abandoned stream ends does not matter.
        reader.cancel().catch(() => undefined);
        console.warn(`a read of the file stalled for ${stallMs} ms; reading on from byte ${start} in a new stream`);
        reader = source.open(start).getReader({ mode: 'byob' });
        buffer = new ArrayBuffer(bytes);
        fill = 0;
        stallMs *= 2;
      } else {
        if (!result.value) throw new Error('the file stream was cancelled');
        buffer = result.value.buffer;
        fill += result.value.length;
        ended = result.done;
      }
    }
    if (fill > 0) yield new Uint8Array(buffer, 0, fill);
    start += fill;
    if (ended) return;
  }
  await reader.cancel();
}

/** The promise's result, or 'stalled' if it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'stalled'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), ms)));
  try {
    return await Promise.race([promise, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

async function* copyInto(stream: ReadableStream<Uint8Array>, take: Take): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  let block: Uint8Array<ArrayBuffer> | null = null;
  let fill = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = 0; at < value.length; ) {
      block ??= new Uint8Array(await take());
      const count = Math.min(block.length - fill, value.length - at);
      block.set(value.subarray(at, at + count), fill);
      fill += count;
      at += count;
      if (fill === block.length) {
        yield block;
        block = null;
        fill = 0;
      }
    }
  }
  if (block && fill > 0) yield block.subarray(0, fill);
}
