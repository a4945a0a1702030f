// Bytes a reader passes over because they belong to no frame or page: listed (at most MAX_SKIPPED
// stretches) so the report can say the file holds data that is not part of the recording.
import type { SourceReader } from './source-reader.ts';
import { MAX_SKIPPED, type ReaderOutput, type SkippedBytes } from './types.ts';

export class SkippedList {
  private readonly list: SkippedBytes[] = [];

  /** Notes a stretch; empty ones are ignored. An arrow, so it can be passed as a callback. */
  readonly add = (offset: number, length: number): void => {
    if (length > 0 && this.list.length < MAX_SKIPPED) this.list.push({ offset, length });
  };

  /** Puts the list on a reader's output when it holds anything. */
  into(output: ReaderOutput): void {
    if (this.list.length > 0) output.skipped = this.list;
  }
}

/** Offset of the first non-zero byte at or after `from` (the file's size when there is none). */
export async function skipZeros(reader: SourceReader, from: number): Promise<number> {
  let pos = from;
  while (pos < reader.size) {
    reader.step(pos);
    const piece = await reader.peek(pos, 4096);
    let k = 0;
    while (k < piece.length && piece[k] === 0) k++;
    if (k < piece.length) return pos + k;
    pos += piece.length;
  }
  return pos;
}
