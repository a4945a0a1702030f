// WebM and Matroska: the first audio track's frames, from SimpleBlocks and BlockGroups, laced or not.
// The walk is flat, element by element: it enters the Segment and each Cluster without needing their
// sizes (MediaRecorder leaves them unknown) and skips everything else by its size. Frame times are
// cluster timestamp + block offset; laced frames follow on by the codec's frame duration. A file cut
// short after its Tracks keeps the blocks that are whole, and says it ends early.
import { EBML_HEADER_MAX, ebmlChildren, ebmlFloat, ebmlHeaderIn, ebmlString, ebmlUint, readEbmlHeader, readVint, UNKNOWN_SIZE } from './ebml.ts';
import { parseBlock, type BlockFrames } from './matroska-block.ts';
import { MediaError } from '../media-error.ts';
import { opusPacketSamples } from './opus-toc.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { PacketList } from '../packets/packet-list.ts';
import type { SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput, TrackInfo } from '../types.ts';

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  cluster: 0x1f43b675,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  blockDuration: 0x9b,
  timecodeScale: 0x2ad7b1,
  trackEntry: 0xae,
  trackNumber: 0xd7,
  trackType: 0x83,
  codecId: 0x86,
  codecPrivate: 0x63a2,
  defaultDuration: 0x23e383,
  codecDelay: 0x56aa,
  audio: 0xe1,
  samplingFrequency: 0xb5,
  channels: 0x9f,
} as const;

const CODECS: [RegExp, string][] = [
  [/^A_OPUS/, 'opus'],
  [/^A_VORBIS/, 'vorbis'],
  [/^A_AAC/, 'aac'],
  [/^A_MPEG\/L3/, 'mp3'],
  [/^A_MPEG\/L2/, 'mp2'],
  [/^A_FLAC/, 'flac'],
  [/^A_PCM/, 'pcm'],
  [/^V_VP8/, 'vp8'],
  [/^V_VP9/, 'vp9'],
  [/^V_AV1/, 'av1'],
  [/^V_MPEG4\/ISO\/AVC/, 'h264'],
];

interface AudioTrack {
  number: number;
  codec: string;
  sampleRate: number;
  channels: number;
  /** Nanoseconds, 0 when not given. */
  defaultDuration: number;
  /** Nanoseconds of pre-roll (Opus pre-skip) that players drop: times are shifted back by it. */
  codecDelay: number;
  /** Already in the form decoders take (decoder-config.ts): OpusHead, Xiph-laced Vorbis headers, AudioSpecificConfig, fLaC + blocks. */
  codecPrivate: Uint8Array | undefined;
}

function codecName(id: string): string {
  return CODECS.find(([pattern]) => pattern.test(id))?.[1] ?? id.toLowerCase();
}

/** The first audio track, or the track numbered `wanted`; every track is listed in `tracks`. */
function parseTracks(data: Uint8Array, tracks: TrackInfo[], wanted?: number): AudioTrack | null {
  let audio: AudioTrack | null = null;
  for (const entry of ebmlChildren(data)) {
    if (entry.id !== ID.trackEntry) continue;
    const fields = ebmlChildren(entry.data);
    const get = (id: number) => fields.find((f) => f.id === id)?.data;
    const number = ebmlUint(get(ID.trackNumber) ?? new Uint8Array());
    const type = ebmlUint(get(ID.trackType) ?? new Uint8Array());
    const codec = codecName(ebmlString(get(ID.codecId) ?? new Uint8Array()));
    const kind = type === 2 ? 'audio' : type === 1 ? 'video' : 'other';
    tracks.push({ id: number, kind, codec });
    if (audio || (wanted === undefined ? kind !== 'audio' : number !== wanted)) continue;
    const settings = ebmlChildren(get(ID.audio) ?? new Uint8Array());
    const rate = settings.find((f) => f.id === ID.samplingFrequency);
    const channels = settings.find((f) => f.id === ID.channels);
    audio = {
      number,
      codec,
      sampleRate: rate ? ebmlFloat(rate.data) : 8000,
      channels: channels ? ebmlUint(channels.data) : 1,
      defaultDuration: ebmlUint(get(ID.defaultDuration) ?? new Uint8Array()),
      codecDelay: ebmlUint(get(ID.codecDelay) ?? new Uint8Array()),
      codecPrivate: get(ID.codecPrivate)?.slice(),
    };
  }
  return audio;
}

/** Seconds per frame of a laced or unlaced frame whose first bytes are at `bytes[at]`, or NaN when only the next block can tell. */
function frameSeconds(track: AudioTrack, bytes: Uint8Array, at: number): number {
  if (track.codec === 'opus') return opusPacketSamples(bytes, at) / 48000;
  if (track.defaultDuration > 0) return track.defaultDuration / 1e9;
  if (track.codec === 'aac') return 1024 / track.sampleRate;
  return Number.NaN;
}

export async function readMatroska(reader: SourceReader, out: PacketCollector, track?: number): Promise<ReaderOutput> {
  const head = await readEbmlHeader(reader, 0);
  if (head.id !== ID.ebml || head.size === UNKNOWN_SIZE) reader.fail(0, 'no EBML header');
  let pos = head.headerLength + head.size;
  const seg = await readEbmlHeader(reader, pos);
  if (seg.id !== ID.segment) reader.fail(pos, 'no Matroska Segment after the EBML header');
  pos += seg.headerLength;
  const end = seg.size === UNKNOWN_SIZE ? reader.size : Math.min(reader.size, pos + seg.size);
  const tracks: TrackInfo[] = [];
  let audio: AudioTrack | null = null;
  let scale = 1_000_000;
  let clusterTime = 0;
  let endsEarly: EndsEarly | undefined;
  /** Seconds a BlockGroup states for its one frame, by packet index (few blocks state one). */
  const blockDurations = new Map<number, number>();

  /** Adds an audio block's frames, each lasting `seconds[k]`; false when the packet cap stops the reader. */
  function addFrames(track: AudioTrack, offset: number, parsed: BlockFrames, duration: number, seconds: number[]): boolean {
    let time = ((clusterTime + parsed.relativeTime) * scale - track.codecDelay) / 1e9;
    for (let k = 0; k < parsed.frames.length; k++) {
      const [at, length] = parsed.frames[k]!;
      if (!out.add(offset + at, length, time, seconds[k]!)) return false;
      if (parsed.frames.length === 1 && duration > 0) blockDurations.set(out.packets.length - 1, (duration * scale) / 1e9);
      time += Number.isNaN(seconds[k]!) ? 0 : seconds[k]!;
    }
    return true;
  }

  /**
   * A block taken from the window alone, without a read or a promise, when the window holds all it
   * needs (nearly always: a GiB of WebM has some 160 000 blocks). True when taken, false when the
   * packet cap stops the reader, null when readBlock() must read.
   */
  function heldBlock(offset: number, size: number, duration: number): boolean | null {
    if (!audio) return true;
    const windowBytes = reader.windowBytes;
    const trackAt = reader.heldAt(offset, 8);
    if (trackAt < 0) return null;
    // The track number comes first; other tracks' blocks (video) are not read further.
    const track = readVint(windowBytes, trackAt, true);
    if (track?.value !== audio.number) return true;
    // An unlaced block (nearly every audio block) is one frame after a 3-byte head, read in place.
    const at = track.length + 3;
    if (size >= at && reader.heldAt(offset, at + 2) === trackAt && ((windowBytes[trackAt + at - 1]! >> 1) & 3) === 0) {
      const relativeTime = ((windowBytes[trackAt + track.length]! << 8) | windowBytes[trackAt + track.length + 1]!) << 16 >> 16;
      const time = ((clusterTime + relativeTime) * scale - audio.codecDelay) / 1e9;
      if (!out.add(offset + at, size - at, time, frameSeconds(audio, windowBytes, trackAt + at))) return false;
      if (duration > 0) blockDurations.set(out.packets.length - 1, (duration * scale) / 1e9);
      return true;
    }
    const head = reader.held(offset, Math.min(size, 4096));
    if (!head) return null;
    const parsed = parseBlock(head, size);
    if (!parsed) reader.fail(offset, 'malformed Matroska block');
    const seconds: number[] = [];
    for (const [at] of parsed.frames) {
      const frameAt = reader.heldAt(offset + at, 2);
      if (frameAt < 0) return null;
      seconds.push(frameSeconds(audio, windowBytes, frameAt));
    }
    return addFrames(audio, offset, parsed, duration, seconds);
  }

  /** heldBlock(), reading what the window does not hold. */
  async function readBlock(offset: number, size: number, duration: number): Promise<boolean> {
    if (!audio) return true;
    if (readVint(await reader.peek(offset, 8), 0, true)?.value !== audio.number) return true;
    const parsed = parseBlock(await reader.peek(offset, Math.min(size, 4096)), size);
    if (!parsed) reader.fail(offset, 'malformed Matroska block');
    const seconds: number[] = [];
    for (const [at] of parsed.frames) seconds.push(frameSeconds(audio, await reader.peek(offset + at, 2), 0));
    return addFrames(audio, offset, parsed, duration, seconds);
  }

  async function blockGroup(data: number, size: number): Promise<boolean> {
    let blockAt = -1;
    let blockSize = 0;
    let duration = 0;
    for (let at = data; at < data + size; ) {
      reader.step(at);
      const child = await readEbmlHeader(reader, at);
      const body = at + child.headerLength;
      if (child.size === UNKNOWN_SIZE || body + child.size > data + size) reader.fail(at, 'malformed BlockGroup');
      if (child.id === ID.block) {
        blockAt = body;
        blockSize = child.size;
      } else if (child.id === ID.blockDuration) duration = ebmlUint(await reader.bytes(body, Math.min(child.size, 8)));
      at = body + child.size;
    }
    return blockAt < 0 || (heldBlock(blockAt, blockSize, duration) ?? readBlock(blockAt, blockSize, duration));
  }

  while (pos < end) {
    reader.step(pos);
    // Some 160 000 elements per GiB: the header is parsed in the window, without a view or a promise.
    let bytes = reader.windowBytes;
    let at = reader.heldAt(pos, EBML_HEADER_MAX);
    if (at < 0) {
      bytes = await reader.peek(pos, EBML_HEADER_MAX);
      at = 0;
    }
    const el = headerOrCut(() => ebmlHeaderIn(reader, pos, bytes, at), reader.size - pos < EBML_HEADER_MAX && audio !== null);
    if (!el) {
      endsEarly = { offset: pos, reason: 'the file ends inside an element header' };
      break;
    }
    const data = pos + el.headerLength;
    if (el.id === ID.cluster || el.id === ID.segment) {
      pos = data;
      continue;
    }
    if (el.size === UNKNOWN_SIZE) reader.fail(pos, `element 0x${el.id.toString(16)} has an unknown size`);
    if (data + el.size > reader.size) {
      // Cut short after the tracks were read: what came before is the recording that is there.
      if (!audio || el.id === ID.tracks) reader.fail(pos, `element 0x${el.id.toString(16)} runs past the end of the file`);
      endsEarly = { offset: pos, reason: `the last ${el.id === ID.simpleBlock || el.id === ID.blockGroup ? 'block' : 'element'} is cut short` };
      break;
    }
    if (el.id === ID.info) {
      const field = ebmlChildren(await reader.bytes(data, el.size)).find((f) => f.id === ID.timecodeScale);
      if (field) scale = ebmlUint(field.data) || 1_000_000;
    } else if (el.id === ID.tracks) {
      audio = parseTracks(await reader.bytes(data, el.size), tracks, track);
    } else if (el.id === ID.timecode) {
      clusterTime = ebmlUint(await reader.bytes(data, Math.min(el.size, 8)));
    } else if (el.id === ID.simpleBlock) {
      if (!(heldBlock(data, el.size, 0) ?? (await readBlock(data, el.size, 0)))) break;
    } else if (el.id === ID.blockGroup) {
      if (!(await blockGroup(data, el.size))) break;
    }
    pos = data + el.size;
  }
  if (!audio) return { codec: null, timebase: 1e9 / scale, packets: new PacketList(), tracks, truncated: false, note: 'no audio track' };
  fillDurations(out.packets, blockDurations);
  const output: ReaderOutput = {
    codec: audio.codec,
    sampleRate: audio.sampleRate,
    channels: audio.channels,
    decoderConfig: audio.codecPrivate,
    timebase: 1e9 / scale,
    packets: out.packets,
    tracks,
    truncated: out.truncated,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}

/** The header `parse` reads, or null when it cannot be read and `cut` says the file may end inside it. */
function headerOrCut<T>(parse: () => T, cut: boolean): T | null {
  try {
    return parse();
  } catch (error) {
    if (cut && error instanceof MediaError) return null;
    throw error;
  }
}

/**
 * Frames whose codec does not state a duration last until the next block starts; the frames of one
 * laced block share that span evenly.
 */
function fillDurations(packets: PacketList, blockDurations: ReadonlyMap<number, number>): void {
  for (let i = 0; i < packets.length; ) {
    const firstTime = packets.time(i);
    if (!Number.isNaN(packets.duration(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < packets.length && packets.time(j) === firstTime && Number.isNaN(packets.duration(j))) j++;
    const given = blockDurations.get(i);
    const span = given !== undefined ? given : j < packets.length ? Math.max(0, packets.time(j) - firstTime) : (i > 0 ? packets.duration(i - 1) : 0) * (j - i);
    for (let k = i; k < j; k++) {
      packets.setTime(k, firstTime + (span * (k - i)) / (j - i));
      packets.setDuration(k, span / (j - i));
    }
    i = j;
  }
}
