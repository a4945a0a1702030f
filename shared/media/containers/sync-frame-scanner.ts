// Walks a stream of self-delimiting frames (MP3, ADTS AAC): each header gives the frame's size. A
// header is trusted when the next frame's header agrees with it, so garbage or a damaged frame is
// skipped by searching for the next sync byte (0xFF) instead of failing the whole file; what was
// skipped, and a last frame cut short, are told to the caller.
import type { SourceReader } from '../source-reader.ts';

export interface SyncFrame {
  /** Whole frame, header included. */
  size: number;
  samples: number;
  sampleRate: number;
  channels: number;
  codec: string;
}

export type ParseHeader = (bytes: Uint8Array, index: number) => SyncFrame | null;

export interface ScanEnd {
  /** The last frame's offset and header when the stream ends inside it. */
  cutShort: { offset: number; frame: SyncFrame } | null;
}

/**
 * Calls `each` for every frame in [start, end) in order; `each` returns false to stop. `skip` is told
 * of each stretch between frames that holds no frame.
 */
export async function scanSyncFrames(
  reader: SourceReader,
  start: number,
  end: number,
  headerLength: number,
  parse: ParseHeader,
  each: (offset: number, frame: SyncFrame) => Promise<boolean>,
  skip: (offset: number, length: number) => void = () => {},
): Promise<ScanEnd> {
  let pos = start;
  let junkFrom = -1;
  const endJunk = (at: number) => {
    if (junkFrom >= 0 && at > junkFrom) skip(junkFrom, at - junkFrom);
    junkFrom = -1;
  };
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
      endJunk(pos);
      return { cutShort: { offset: pos, frame } };
    }
    if (frame && confirmed) {
      endJunk(pos);
      if (!(await each(pos, frame))) return { cutShort: null };
      locked = frame;
      pos += frame.size;
      continue;
    }
    locked = null;
    if (junkFrom < 0) junkFrom = pos;
    pos = await nextSyncByte(reader, pos + 1, end);
  }
  endJunk(Math.min(pos, end));
  return { cutShort: null };
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
