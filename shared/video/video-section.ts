// The fingerprint file's `video` section: the picture's frame signatures (frame-signature.ts), so a
// re-encoded copy's picture is compared against the original's without the original. Five frames a
// second of 8 hash bytes, a brightness byte and a flat bit: about 220 KB of base64 an hour. Read
// back with every field and length checked before anything is decoded.
import { decodeBase64, encodeBase64 } from '../fingerprint/base64.ts';
import type { FrameSignature } from './frame-signature.ts';
import { VIDEO_PARAMS } from './params.ts';

export const VIDEO_HASH = 'dct-64';
/** A day at 5 frames a second. */
export const MAX_VIDEO_FRAMES = 24 * 3600 * VIDEO_PARAMS.fps;

export interface VideoSection {
  fps: number;
  size: number;
  hash: typeof VIDEO_HASH;
  count: number;
  /** base64 of 8 bytes a frame: the hash's high and low halves, big-endian. */
  hashes: string;
  /** base64 of a byte a frame: the rounded mean gray level. */
  means: string;
  /** base64 of a bit a frame (least significant first): 1 for a flat frame. */
  flat: string;
}

export class VideoSectionError extends Error {
  override readonly name = 'VideoSectionError';
}

export function writeVideoSection(frames: readonly FrameSignature[]): VideoSection {
  const hashes = new Uint8Array(frames.length * 8);
  const view = new DataView(hashes.buffer);
  const means = new Uint8Array(frames.length);
  const flat = new Uint8Array(Math.ceil(frames.length / 8));
  frames.forEach((f, k) => {
    view.setUint32(k * 8, f.high);
    view.setUint32(k * 8 + 4, f.low);
    means[k] = Math.round(f.mean);
    if (f.flat) flat[k >> 3]! |= 1 << (k & 7);
  });
  return { fps: VIDEO_PARAMS.fps, size: VIDEO_PARAMS.size, hash: VIDEO_HASH, count: frames.length, hashes: encodeBase64(hashes), means: encodeBase64(means), flat: encodeBase64(flat) };
}

function fail(field: string, problem: string): never {
  throw new VideoSectionError(`video.${field}: ${problem}`);
}

function bytesOf(field: string, value: unknown, length: number): Uint8Array {
  if (typeof value !== 'string' || value.length !== Math.ceil(length / 3) * 4) fail(field, `is not ${length} bytes of base64`);
  const bytes = decodeBase64(value);
  if (!bytes) fail(field, 'is not canonical base64');
  return bytes;
}

/** @throws VideoSectionError naming the field and the problem */
export function readVideoSection(value: unknown): FrameSignature[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('', 'is not an object');
  const s = value as Record<string, unknown>;
  if (s.fps !== VIDEO_PARAMS.fps) fail('fps', `is not ${VIDEO_PARAMS.fps}`);
  if (s.size !== VIDEO_PARAMS.size) fail('size', `is not ${VIDEO_PARAMS.size}`);
  if (s.hash !== VIDEO_HASH) fail('hash', `is not "${VIDEO_HASH}"`);
  const count = s.count;
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_VIDEO_FRAMES) fail('count', `is not an integer from 0 to ${MAX_VIDEO_FRAMES}`);
  const n = count as number;
  const hashes = bytesOf('hashes', s.hashes, n * 8);
  const means = bytesOf('means', s.means, n);
  const flat = bytesOf('flat', s.flat, Math.ceil(n / 8));
  const view = new DataView(hashes.buffer, hashes.byteOffset, hashes.byteLength);
  return Array.from({ length: n }, (_, k): FrameSignature => {
    const isFlat = (flat[k >> 3]! >> (k & 7)) & 1;
    const high = view.getUint32(k * 8);
    const low = view.getUint32(k * 8 + 4);
    if (isFlat && (high !== 0 || low !== 0)) fail('flat', `frame ${k} is flat but has a hash`);
    return { high, low, mean: means[k]!, flat: isFlat === 1 };
  });
}
