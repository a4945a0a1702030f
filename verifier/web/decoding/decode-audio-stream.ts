// Streaming decoding for the audio layer, in a worker: the container readers list the audio
// packets, WebCodecs' AudioDecoder decodes them (WAV's PCM needs no decoder), and each piece of PCM
// goes through the resampler into the fingerprinter and is dropped, so memory stays flat for any
// length of recording. Null when this path cannot decode the file (no WebCodecs, a codec it does not
// support, a container the readers do not know): the page then uses decodeAudioData.
import { AudioFingerprinter, type AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { Resampler } from '../../../shared/audio/resampler.ts';
import { MediaError } from '../../../shared/media/media-error.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import type { MediaPackets } from '../hashing/media-transfer.ts';
import { webCodecsConfig } from './audio-decoder-config.ts';
import { packetBytes } from './audio-packet-bytes.ts';
import { isPcmCodec, pcmToPlanar } from '../../../shared/audio/pcm-samples.ts';
import { blobByteSource } from '../hashing/blob-byte-source.ts';
import { dequeued } from './decoder-dequeue.ts';

/** Chunks waiting in the decoder: enough to keep it busy, few enough to bound memory. */
const MAX_DECODE_QUEUE = 64;

export type DecodeProgress = (decodedSeconds: number, durationSeconds: number) => void;

/**
 * Planar PCM in, fingerprint out; counts the seconds decoded. The first `skipSeconds` are dropped:
 * the encoder's priming samples, which the readers place before time 0 (MP4 edit lists, the LAME
 * tag's delay, Opus pre-skip) and which ffmpeg drops too.
 */
class FingerprintSink {
  private resampler: Resampler | null = null;
  private readonly fingerprinter = new AudioFingerprinter();
  private skip = -1;
  decodedSeconds = 0;

  constructor(
    private readonly name: string,
    private readonly skipSeconds: number,
  ) {}

  add(planar: Float32Array[], sampleRate: number): void {
    this.resampler ??= new Resampler(sampleRate, planar.length);
    if (sampleRate !== this.resampler.inputRate || planar.length !== this.resampler.channels) {
      throw new Error(`${this.name}: the audio changes from ${this.resampler.inputRate} Hz, ${this.resampler.channels} channels to ${sampleRate} Hz, ${planar.length} channels`);
    }
    this.decodedSeconds += planar[0]!.length / sampleRate;
    if (this.skip < 0) this.skip = Math.round(this.skipSeconds * sampleRate);
    if (this.skip > 0) {
      const dropped = Math.min(this.skip, planar[0]!.length);
      this.skip -= dropped;
      planar = planar.map((channel) => channel.subarray(dropped));
    }
    this.fingerprinter.update(this.resampler.update(planar));
  }

  finish(): AudioFingerprint {
    if (this.resampler) this.fingerprinter.update(this.resampler.finish());
    return this.fingerprinter.finish();
  }
}

/**
 * @param known the file's container as the fingerprint pass read it; without it the container is
 * read here, a second pass over the whole file (for a long video, slice reads of every block header)
 * @param track the container's id of a further sound track to decode instead of the first
 * @throws Error naming the file when decoding starts but fails
 */
export async function decodeAudioStream(file: File, onProgress: DecodeProgress, known: MediaPackets | null = null, track?: number): Promise<AudioFingerprint | null> {
  let read: MediaPackets;
  try {
    read = known ?? (await readPackets(blobByteSource(file), track === undefined ? {} : { track }));
  } catch (error) {
    if (error instanceof MediaError) return null;
    throw error;
  }
  if (read.packets.length === 0 || read.truncated) return null;
  // An Opus decoder drops the pre-skip its OpusHead states itself (RFC 7845 §4.2).
  const primed = read.codec === 'opus' && read.decoderConfig !== undefined ? 0 : Math.max(0, -read.packets.time(0));
  const sink = new FingerprintSink(file.name, primed);
  const report = () => onProgress(sink.decodedSeconds, read.duration);
  if (isPcmCodec(read.codec) && read.sampleRate && read.channels) {
    for await (const { bytes } of packetBytes(file, read.packets)) {
      sink.add(pcmToPlanar(bytes, read.codec!, read.channels), read.sampleRate);
      report();
    }
    return sink.finish();
  }
  const config = webCodecsConfig(read);
  if (!config || typeof AudioDecoder === 'undefined') return null;
  const support = await AudioDecoder.isConfigSupported(config).catch(() => null);
  if (!support?.supported) return null;
  await decodeWithWebCodecs(file, read, config, sink, report);
  return sink.finish();
}

async function decodeWithWebCodecs(file: File, read: MediaPackets, config: AudioDecoderConfig, sink: FingerprintSink, report: () => void): Promise<void> {
  let failure: Error | null = null;
  const fail = (error: unknown) => (failure ??= new Error(`${file.name}: the audio cannot be decoded (${error instanceof Error ? error.message : String(error)})`));
  const decoder = new AudioDecoder({
    output: (data) => {
      try {
        if (!failure) sink.add(planarOf(data), data.sampleRate);
      } catch (error) {
        fail(error);
      } finally {
        data.close();
      }
    },
    error: fail,
  });
  try {
    decoder.configure(config);
    for await (const { index, bytes } of packetBytes(file, read.packets)) {
      if (failure) break;
      const [time, duration] = [read.packets.time(index), read.packets.duration(index)];
      decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: Math.round(time * 1e6), duration: Math.round(duration * 1e6), data: bytes }));
      while (decoder.decodeQueueSize > MAX_DECODE_QUEUE && !failure) await dequeued(decoder);
      report();
    }
    if (!failure) await decoder.flush();
  } catch (error) {
    fail(error);
  } finally {
    if (decoder.state !== 'closed') decoder.close();
  }
  if (failure) throw failure;
  report();
}

function planarOf(data: AudioData): Float32Array[] {
  return Array.from({ length: data.numberOfChannels }, (_, c) => {
    const plane = new Float32Array(data.numberOfFrames);
    data.copyTo(plane, { planeIndex: c, format: 'f32-planar' });
    return plane;
  });
}
