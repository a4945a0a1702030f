// The picture's perceptual fingerprint in the page, in a worker: the container readers list the
// picture track's packets, WebCodecs' VideoDecoder decodes them from the first key frame on (with a
// bounded queue, so memory stays flat for any length), the frames ffmpeg's fps filter would keep
// are reduced to 32×32 gray (shared/video/area-downscale.ts; from the luma plane of Chromium's I420
// frames, or the luma computed back from Firefox's BGRX ones: shared/video/rgb-luma.ts) and signed,
// and every frame is closed as soon as it arrives. The CLI does the same with ffmpeg (verifier/node/decode-video.ts).
import { MediaError } from '../../../shared/media/media-error.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import type { MediaReadResult } from '../../../shared/media/types.ts';
import { AreaDownscaler } from '../../../shared/video/area-downscale.ts';
import { frameSignature, type FrameSignature } from '../../../shared/video/frame-signature.ts';
import { sampleCounts } from '../../../shared/video/frame-sampling.ts';
import { isKeyFrame } from '../../../shared/video/key-frame.ts';
import { rgbToLuma, type RgbOrder } from '../../../shared/video/rgb-luma.ts';
import { FRAME_BYTES } from '../../../shared/video/params.ts';
import { packetBytes } from './audio-packet-bytes.ts';
import { blobByteSource } from '../hashing/blob-byte-source.ts';
import { dequeued } from './decoder-dequeue.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';
import { videoDecoderConfig } from './video-decoder-config.ts';

/** Chunks waiting in the decoder: enough to keep it busy, few enough that decoded frames do not pile up. */
const MAX_DECODE_QUEUE = 16;
/** Decoded formats whose first plane is 8-bit luma, as VideoFrame.copyTo lays them out (Chromium's). */
const LUMA_FIRST = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);
/** Decoded formats of 4 bytes a pixel, whose luma is computed back (Firefox's BGRX). */
const RGB: Partial<Record<VideoPixelFormat, RgbOrder>> = { RGBA: 'rgb', RGBX: 'rgb', BGRA: 'bgr', BGRX: 'bgr' };

/** Kept frames waiting to be reduced at most: each holds a decoded picture. */
const MAX_REDUCTIONS = 4;

const microseconds = (seconds: number): number => Math.round(seconds * 1e6);

/** Where each kept frame's signatures go: its first output index and how many outputs it fills. */
type Plan = Map<number, { first: number; count: number }>;

function samplingPlan(read: MediaReadResult, from: number): { plan: Plan; total: number } {
  const times: number[] = [];
  let end = -Infinity;
  for (let i = from; i < read.packets.length; i++) {
    times.push(read.packets.time(i));
    end = Math.max(end, read.packets.time(i) + read.packets.duration(i));
  }
  times.sort((a, b) => a - b);
  const counts = sampleCounts(times, end);
  const plan: Plan = new Map();
  let total = 0;
  counts.forEach((count, k) => {
    if (count === 0) return;
    plan.set(microseconds(times[k]!), { first: total, count });
    total += count;
  });
  return { plan, total };
}

/** Signatures in output order; a planned frame the decoder never gave leaves the one before it showing, as ffmpeg's filter would. */
class SignatureSink {
  readonly signatures: FrameSignature[] = [];
  private readonly gray = new Uint8Array(FRAME_BYTES);
  private readonly downscaler = new AreaDownscaler();
  private buffer = new Uint8Array(0);
  /** Luma computed from an RGB frame. */
  private luma = new Uint8Array(0);

  constructor(
    private readonly name: string,
    private readonly plan: Plan,
  ) {}

  /** Whether `frame` is one the sampling keeps; the caller closes every other one at once. */
  wants(frame: VideoFrame): boolean {
    return this.plan.has(frame.timestamp);
  }

  /** Reduces a kept frame and closes it. */
  async add(frame: VideoFrame): Promise<void> {
    try {
      const planned = this.plan.get(frame.timestamp)!;
      const format = frame.format;
      const rgb = format === null ? undefined : RGB[format];
      if (format === null || (!LUMA_FIRST.has(format) && !rgb)) throw new Error(`${this.name}: the picture decodes to frames of format ${format ?? 'unknown'}, which this page cannot reduce to gray`);
      const rect = frame.visibleRect!;
      const { width, height } = rect;
      const size = frame.allocationSize({ rect });
      if (this.buffer.length < size) this.buffer = new Uint8Array(size);
      const [first] = await frame.copyTo(this.buffer, { rect });
      const { offset, stride } = first!;
      if (rgb && this.luma.length < width * height) this.luma = new Uint8Array(width * height);
      // The matrix the browser converted with: the frame's own, else the usual default (BT.709 for HD, BT.601 below).
      const matrix = frame.colorSpace.matrix === 'bt709' || (frame.colorSpace.matrix !== 'smpte170m' && frame.colorSpace.matrix !== 'bt470bg' && height >= 720) ? 'bt709' : 'bt601';
      const plane = rgb ? rgbToLuma(this.buffer, offset, stride, width, height, rgb, matrix, this.luma) : { data: this.buffer, offset, stride, width, height };
      const signature = frameSignature(this.downscaler.reduce(plane, this.gray));
      this.fill(planned.first, signature);
      for (let k = 0; k < planned.count; k++) this.signatures.push(signature);
    } finally {
      frame.close();
    }
  }

  /** Pads up to output `until` with the last signature (a planned frame that did not come). */
  fill(until: number, next: FrameSignature | null = null): void {
    while (this.signatures.length < until) {
      const last = this.signatures[this.signatures.length - 1] ?? next;
      if (!last) return;
      this.signatures.push(last);
    }
  }
}

/**
 * @param track the picture track's container id (MP4 track_ID, Matroska TrackNumber)
 * @returns null when this browser cannot decode the picture (no WebCodecs, a codec it lacks, a
 * container the readers do not know, no key frame)
 * @throws Error naming the file when decoding starts but fails
 */
export async function decodePictureStream(file: File, track: number, onProgress: DecodeProgress): Promise<FrameSignature[] | null> {
  let read: MediaReadResult;
  try {
    read = await readPackets(blobByteSource(file), { track });
  } catch (error) {
    if (error instanceof MediaError) return null;
    throw error;
  }
  if (read.packets.length === 0 || read.truncated || typeof VideoDecoder === 'undefined') return null;
  const lengthSize = read.codec === 'h264' && read.decoderConfig && read.decoderConfig.length > 4 ? (read.decoderConfig[4]! & 3) + 1 : 4;
  const codec = read.codec ?? '';
  const packets = packetBytes(file, read.packets);
  // Decoding starts at the first key frame (ffmpeg drops what comes before it too).
  let first = await packets.next();
  while (!first.done && !isKeyFrame(codec, first.value.bytes, lengthSize)) first = await packets.next();
  if (first.done) return null;
  const { index: firstIndex, bytes: firstBytes } = first.value;
  const config = videoDecoderConfig(read.container, read.codec, read.decoderConfig, firstBytes);
  if (!config) return null;
  const support = await VideoDecoder.isConfigSupported(config).catch(() => null);
  if (!support?.supported) return null;
  const { plan, total } = samplingPlan(read, firstIndex);
  const sink = new SignatureSink(file.name, plan);
  const start = read.packets.time(firstIndex);
  let decodedSeconds = 0;
  let failure: Error | null = null;
  const fail = (error: unknown): void => {
    failure ??= error instanceof Error && error.message.startsWith(file.name) ? error : new Error(`${file.name}: the picture cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
  };
  // Kept frames are reduced one after another; every other frame is closed as it comes.
  let reducing = Promise.resolve();
  let reductions = 0;
  const decoder = new VideoDecoder({
    output: (frame) => {
      decodedSeconds = Math.max(decodedSeconds, frame.timestamp / 1e6 - start);
      if (failure || !sink.wants(frame)) return frame.close();
      reductions++;
      reducing = reducing.then(() => (failure ? frame.close() : sink.add(frame).catch(fail))).finally(() => reductions--);
    },
    error: fail,
  });
  const report = () => onProgress(decodedSeconds, read.duration);
  try {
    decoder.configure(config);
    const chunk = (index: number, bytes: Uint8Array, key: boolean) =>
      new EncodedVideoChunk({ type: key ? 'key' : 'delta', timestamp: microseconds(read.packets.time(index)), duration: microseconds(read.packets.duration(index)), data: bytes });
    decoder.decode(chunk(firstIndex, firstBytes, true));
    for (let next = await packets.next(); !next.done && !failure; next = await packets.next()) {
      const { index, bytes } = next.value;
      decoder.decode(chunk(index, bytes, isKeyFrame(codec, bytes, lengthSize)));
      while ((decoder.decodeQueueSize > MAX_DECODE_QUEUE || reductions > MAX_REDUCTIONS) && !failure) await (reductions > MAX_REDUCTIONS ? reducing : dequeued(decoder));
      report();
    }
    if (!failure) await decoder.flush();
    await reducing;
  } catch (error) {
    fail(error);
  } finally {
    if (decoder.state !== 'closed') decoder.close();
  }
  if (failure) throw failure;
  // Frames are matched to the plan by their times; none matching would be an empty picture, not a fingerprint.
  if (sink.signatures.length === 0 && total > 0) throw new Error(`${file.name}: the picture's decoded frames carry none of its packets' times`);
  sink.fill(total);
  report();
  return sink.signatures;
}
