// Walks a stream of self-delimiting frames (MP3, ADTS AAC): each header gives the frame's size. A
// header is trusted when the next frame's header agrees with it, so garbage or a damaged frame is
// skipped by searching for the next sync byte (0xFF) instead of failing the whole file.
import type { SourceReader } from './source-reader.ts';

export interface SyncFrame {
  /** Whole frame, header included. */
  size: number;
  samples: number;
  sampleRate: number;
  channels: number;
  codec: string;
}

export type ParseHeader = (bytes: Uint8Array, index: number) => SyncFrame | null;

/** Calls `each` for every frame in [start, end) in order; `each` returns false to stop. */
export async function scanSyncFrames(
  reader: SourceReader,
  start: number,
  end: number,
  headerLength: number,
  parse: ParseHeader,
  each: (offset: number, frame: SyncFrame) => Promise<boolean>,
): Promise<void> {
  let pos = start;
  let locked: SyncFrame | null = null;
  const agrees = (a: SyncFrame, b: SyncFrame) => a.sampleRate === b.sampleRate && a.codec === b.codec;
  while (pos + headerLength <= end) {
    reader.step(pos);
    const frame = parse(await reader.peek(pos, headerLength), 0);
    let confirmed = false;
    if (frame && pos + frame.size <= end) {
      if (locked && agrees(locked, frame)) confirmed = true;
      else if (pos + frame.size === end) confirmed = locked === null;
      else {
        const next = parse(await reader.peek(pos + frame.size, headerLength), 0);
        confirmed = next !== null && agrees(frame, next);
      }
    } else if (frame && locked && agrees(locked, frame)) {
      return; // the last frame is cut short: it holds no whole packet
    }
    if (frame && confirmed) {
      if (!(await each(pos, frame))) return;
      locked = frame;
      pos += frame.size;
      continue;
    }
    locked = null;
    pos = await nextSyncByte(reader, pos + 1, end);
  }
}

async function nextSyncByte(reader: SourceReader, from: number, end: number): Promise<number> {
  let pos = from;
  while (pos < end) {
    reader.step(pos);
    const piece = await reader.peek(pos, Math.min(4096, end - pos));
    const hit = piece.indexOf(0xff);
    if (hit >= 0) return pos + hit;
    pos += piece.length;
  }
  return end;
}
