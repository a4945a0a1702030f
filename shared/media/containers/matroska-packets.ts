// WebM and Matroska: the first audio track's frames, from SimpleBlocks and BlockGroups, laced or not.
// The walk is flat, element by element: it enters the Segment and each Cluster without needing their
// sizes (MediaRecorder leaves them unknown) and skips everything else by its size. Frame times are
// cluster timestamp + block offset; laced frames follow on by the codec's frame duration. A file cut
// short after its Tracks keeps the blocks that are whole, and says it ends early. With `other`, the
// blocks of every other audio and video track are taken in the same walk, each into its own
// collector (a track is picked by the block's track number), each stopping on its own.
import { EBML_HEADER_MAX, ebmlChildren, ebmlFloat, ebmlHeaderIn, ebmlString, ebmlUint, readEbmlHeader, readVint, UNKNOWN_SIZE } from './ebml.ts';
import { parseBlock, type BlockFrames } from './matroska-block.ts';
import { MediaError } from '../media-error.ts';
import { opusPacketSamples } from './opus-toc.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { PacketList } from '../packets/packet-list.ts';
import type { SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput, TrackCoding, TrackInfo, TrackPackets } from '../types.ts';

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

interface MatroskaTrack {
  number: number;
  kind: TrackInfo['kind'];
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

/** Every track's settings, in the file's order; each is also listed in `tracks`. */
function parseTracks(data: Uint8Array, tracks: TrackInfo[]): MatroskaTrack[] {
  const parsed: MatroskaTrack[] = [];
  for (const entry of ebmlChildren(data)) {
    if (entry.id !== ID.trackEntry) continue;
    const fields = ebmlChildren(entry.data);
    const get = (id: number) => fields.find((f) => f.id === id)?.data;
    const number = ebmlUint(get(ID.trackNumber) ?? new Uint8Array());
    const type = ebmlUint(get(ID.trackType) ?? new Uint8Array());
    const codec = codecName(ebmlString(get(ID.codecId) ?? new Uint8Array()));
    const kind = type === 2 ? 'audio' : type === 1 ? 'video' : 'other';
    tracks.push({ id: number, kind, codec });
    const settings = ebmlChildren(get(ID.audio) ?? new Uint8Array());
    const rate = settings.find((f) => f.id === ID.samplingFrequency);
    const channels = settings.find((f) => f.id === ID.channels);
    parsed.push({
      number,
      kind,
      codec,
      sampleRate: rate ? ebmlFloat(rate.data) : 8000,
      channels: channels ? ebmlUint(channels.data) : 1,
      defaultDuration: ebmlUint(get(ID.defaultDuration) ?? new Uint8Array()),
      codecDelay: ebmlUint(get(ID.codecDelay) ?? new Uint8Array()),
      codecPrivate: get(ID.codecPrivate)?.slice(),
    });
  }
  return parsed;
}

/** One track being read: its collector and where its walk stands. */
interface TrackReading {
  track: MatroskaTrack;
  out: PacketCollector;
  /** False once its packet cap is reached or it failed. */
  going: boolean;
  endsEarly?: EndsEarly;
  /** Seconds a BlockGroup states for its one frame, by packet index (few blocks state one). */
  blockDurations: Map<number, number>;
  failure?: MediaError;
}

/** Seconds per frame of a laced or unlaced frame whose first bytes are at `bytes[at]`, or NaN when only the next block can tell. */
function frameSeconds(track: MatroskaTrack, bytes: Uint8Array, at: number): number {
  if (track.codec === 'opus') return opusPacketSamples(bytes, at) / 48000;
  if (track.defaultDuration > 0) return track.defaultDuration / 1e9;
  if (track.codec === 'aac') return 1024 / track.sampleRate;
  return Number.NaN;
}

export async function readMatroska(reader: SourceReader, out: PacketCollector, track?: number, other?: (id: number, coding: TrackCoding) => PacketCollector): Promise<ReaderOutput> {
  const head = await readEbmlHeader(reader, 0);
  if (head.id !== ID.ebml || head.size === UNKNOWN_SIZE) reader.fail(0, 'no EBML header');
  let pos = head.headerLength + head.size;
  const seg = await readEbmlHeader(reader, pos);
  if (seg.id !== ID.segment) reader.fail(pos, 'no Matroska Segment after the EBML header');
  pos += seg.headerLength;
  const end = seg.size === UNKNOWN_SIZE ? reader.size : Math.min(reader.size, pos + seg.size);
  const tracks: TrackInfo[] = [];
  // Set by chooseTracks(); typed so, as the walk's closures assign it.
  let main = null as TrackReading | null;
  const others: TrackReading[] = [];
  /** The tracks being read, by TrackNumber: a block's track number picks its reading. */
  const byNumber = new Map<number, TrackReading>();
  let scale = 1_000_000;
  let clusterTime = 0;
  // Without the chosen track the walk goes on to the end, as it always has (a malformed element later still fails it).
  const mainGoing = () => main === null || main.going;
  const going = () => mainGoing() || others.some((r) => r.going);

  /** A block's track stops here: its cap is reached (false), or it failed. False when no track goes on. */
  function stopped(r: TrackReading, error?: unknown): boolean {
    if (error !== undefined && (r === main || !(error instanceof MediaError))) throw error;
    if (error !== undefined) r.failure = error as MediaError;
    r.going = false;
    return going();
  }

  /** The reading a block at `trackAt` of `bytes` belongs to, or null when its track is not read (video, or stopped). */
  function readingAt(bytes: Uint8Array, trackAt: number): { r: TrackReading; length: number } | null {
    const number = readVint(bytes, trackAt, true);
    const r = number ? byNumber.get(number.value) : undefined;
    return r?.going ? { r, length: number!.length } : null;
  }

  /** Adds a block's frames, each lasting `seconds[k]`; false when the packet cap stops the track. */
  function addFrames(r: TrackReading, offset: number, parsed: BlockFrames, duration: number, seconds: number[]): boolean {
    let time = ((clusterTime + parsed.relativeTime) * scale - r.track.codecDelay) / 1e9;
    for (let k = 0; k < parsed.frames.length; k++) {
      const [at, length] = parsed.frames[k]!;
      if (!r.out.add(offset + at, length, time, seconds[k]!)) return false;
      if (parsed.frames.length === 1 && duration > 0) r.blockDurations.set(r.out.packets.length - 1, (duration * scale) / 1e9);
      time += Number.isNaN(seconds[k]!) ? 0 : seconds[k]!;
    }
    return true;
  }

  /**
   * A block taken from the window alone, without a read or a promise, when the window holds all it
   * needs (nearly always: a GiB of WebM has some 160 000 blocks). True when taken (or not read),
   * false when no track goes on, null when readBlock() must read.
   */
  function heldBlock(offset: number, size: number, duration: number): boolean | null {
    if (byNumber.size === 0) return true;
    const windowBytes = reader.windowBytes;
    const trackAt = reader.heldAt(offset, 8);
    if (trackAt < 0) return null;
    // The track number comes first; blocks of tracks not read are not read further.
    const found = readingAt(windowBytes, trackAt);
    if (!found) return true;
    const { r } = found;
    try {
      // An unlaced block (nearly every audio block) is one frame after a 3-byte head, read in place.
      const at = found.length + 3;
      if (size >= at && reader.heldAt(offset, at + 2) === trackAt && ((windowBytes[trackAt + at - 1]! >> 1) & 3) === 0) {
        const relativeTime = ((windowBytes[trackAt + found.length]! << 8) | windowBytes[trackAt + found.length + 1]!) << 16 >> 16;
        const time = ((clusterTime + relativeTime) * scale - r.track.codecDelay) / 1e9;
        if (!r.out.add(offset + at, size - at, time, frameSeconds(r.track, windowBytes, trackAt + at))) return stopped(r);
        if (duration > 0) r.blockDurations.set(r.out.packets.length - 1, (duration * scale) / 1e9);
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
        seconds.push(frameSeconds(r.track, windowBytes, frameAt));
      }
      return addFrames(r, offset, parsed, duration, seconds) || stopped(r);
    } catch (error) {
      return stopped(r, error);
    }
  }

  /** heldBlock(), reading what the window does not hold. */
  async function readBlock(offset: number, size: number, duration: number): Promise<boolean> {
    if (byNumber.size === 0) return true;
    const found = readingAt(await reader.peek(offset, 8), 0);
    if (!found) return true;
    const { r } = found;
    try {
      const parsed = parseBlock(await reader.peek(offset, Math.min(size, 4096)), size);
      if (!parsed) reader.fail(offset, 'malformed Matroska block');
      const seconds: number[] = [];
      for (const [at] of parsed.frames) seconds.push(frameSeconds(r.track, await reader.peek(offset + at, 2), 0));
      return addFrames(r, offset, parsed, duration, seconds) || stopped(r);
    } catch (error) {
      return stopped(r, error);
    }
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

  /** The chosen track and, with `other`, every other audio and video track; a track listed again keeps its packets. */
  function chooseTracks(parsed: MatroskaTrack[]): void {
    const chosen = parsed.find((t) => (track === undefined ? t.kind === 'audio' : t.number === track)) ?? null;
    const reading = (t: MatroskaTrack, collector: PacketCollector): TrackReading => ({ track: t, out: collector, going: true, blockDurations: new Map() });
    if (!chosen) main = null;
    else if (main) main.track = chosen;
    else main = reading(chosen, out);
    byNumber.clear();
    if (main) byNumber.set(main.track.number, main);
    if (!other) return;
    for (const t of parsed) {
      if (t.kind === 'other' || byNumber.has(t.number)) continue;
      let r = others.find((o) => o.track.number === t.number);
      if (r) r.track = t;
      else others.push((r = reading(t, other(t.number, { codec: t.codec, decoderConfig: t.codecPrivate }))));
      byNumber.set(t.number, r);
    }
  }

  try {
    while (pos < end) {
      reader.step(pos);
      // Some 160 000 elements per GiB: the header is parsed in the window, without a view or a promise.
      let bytes = reader.windowBytes;
      let at = reader.heldAt(pos, EBML_HEADER_MAX);
      if (at < 0) {
        bytes = await reader.peek(pos, EBML_HEADER_MAX);
        at = 0;
      }
      const el = headerOrCut(() => ebmlHeaderIn(reader, pos, bytes, at), reader.size - pos < EBML_HEADER_MAX && main !== null);
      if (!el) {
        for (const r of [main, ...others]) if (r?.going) r.endsEarly = { offset: pos, reason: 'the file ends inside an element header' };
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
        if (!main || el.id === ID.tracks) reader.fail(pos, `element 0x${el.id.toString(16)} runs past the end of the file`);
        const reason = `the last ${el.id === ID.simpleBlock || el.id === ID.blockGroup ? 'block' : 'element'} is cut short`;
        for (const r of [main, ...others]) if (r?.going) r.endsEarly = { offset: pos, reason };
        break;
      }
      if (el.id === ID.info) {
        const field = ebmlChildren(await reader.bytes(data, el.size)).find((f) => f.id === ID.timecodeScale);
        if (field) scale = ebmlUint(field.data) || 1_000_000;
      } else if (el.id === ID.tracks) {
        chooseTracks(parseTracks(await reader.bytes(data, el.size), tracks));
      } else if (el.id === ID.timecode) {
        clusterTime = ebmlUint(await reader.bytes(data, Math.min(el.size, 8)));
      } else if (el.id === ID.simpleBlock) {
        if (!(heldBlock(data, el.size, 0) ?? (await readBlock(data, el.size, 0)))) break;
      } else if (el.id === ID.blockGroup) {
        if (!(await blockGroup(data, el.size))) break;
      }
      pos = data + el.size;
    }
  } catch (error) {
    // Past the chosen track's end, a malformed element fails only the tracks still being read.
    if (mainGoing() || !(error instanceof MediaError)) throw error;
    for (const r of others) if (r.going) stopped(r, error);
  }
  const timebase = 1e9 / scale;
  const otherOutput = other ? { others: others.map((r) => packetsOf(r, timebase)) } : {};
  if (!main) return { codec: null, timebase, packets: new PacketList(), tracks, truncated: false, note: 'no audio track', ...otherOutput };
  const { track: chosen, endsEarly } = main;
  fillDurations(out.packets, main.blockDurations);
  const output: ReaderOutput = {
    codec: chosen.codec,
    sampleRate: chosen.sampleRate,
    channels: chosen.channels,
    decoderConfig: chosen.codecPrivate,
    timebase,
    packets: out.packets,
    tracks,
    truncated: out.truncated,
    ...otherOutput,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}

function packetsOf(r: TrackReading, timebase: number): TrackPackets {
  if (!r.failure) fillDurations(r.out.packets, r.blockDurations);
  const { number, codec } = r.track;
  return { id: number, codec, timebase, packets: r.out.packets, truncated: r.out.truncated, ...(r.failure && { failure: r.failure }) };
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
