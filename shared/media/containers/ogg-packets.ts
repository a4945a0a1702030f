// Ogg Opus and Ogg Vorbis: packets of the first Opus or Vorbis stream are put together from page
// segments (a packet may span pages; it then has several `parts`). Each packet's duration comes from
// the codec (Opus TOC byte, Vorbis block sizes); the first page with a granule position anchors the
// running sample count, and Opus pre-skip is subtracted, so times match what a player shows. A
// chained file (logical streams one after another, as two .opus files joined end to end) is read
// link by link: a stream of the same codec and rate that begins after the chosen one has ended
// continues it, its times following on from where the previous link's audio ends. Bytes that are not
// a valid page (junk between pages, a damaged page) are skipped to the next valid page and listed;
// a last page cut short ends the file early.
import { oggDecoderConfig } from '../decoder-config.ts';
import { opusPacketSamples } from './opus-toc.ts';
import { readOggPage, type OggPage } from './ogg-page.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { PacketList } from '../packets/packet-list.ts';
import { ascii, u16le, u32le, type SourceReader } from '../source-reader.ts';
import { SkippedList } from '../skipped-bytes.ts';
import type { EndsEarly, ReaderOutput, TrackInfo } from '../types.ts';
import { OggResync } from './ogg-resync.ts';
import { vorbisBlockSizes, vorbisModes, vorbisPacketBlock, type VorbisBlocks } from './vorbis-modes.ts';

function codecOf(first: Uint8Array): { codec: string; kind: TrackInfo['kind'] } {
  if (ascii(first, 0, 8) === 'OpusHead') return { codec: 'opus', kind: 'audio' };
  if (ascii(first, 0, 7) === '\x01vorbis') return { codec: 'vorbis', kind: 'audio' };
  if (ascii(first, 0, 5) === '\x7fFLAC') return { codec: 'flac', kind: 'audio' };
  if (ascii(first, 0, 8) === 'Speex   ') return { codec: 'speex', kind: 'audio' };
  if (ascii(first, 0, 7) === '\x80theora') return { codec: 'theora', kind: 'video' };
  return { codec: 'unknown', kind: 'other' };
}

async function gather(reader: SourceReader, parts: number[], limit: number): Promise<Uint8Array> {
  let total = 0;
  for (let i = 1; i < parts.length; i += 2) total += parts[i]!;
  const bytes = new Uint8Array(Math.min(total, limit));
  let filled = 0;
  for (let i = 0; i < parts.length && filled < bytes.length; i += 2) {
    const piece = await reader.bytes(parts[i]!, Math.min(parts[i + 1]!, bytes.length - filled));
    bytes.set(piece, filled);
    filled += piece.length;
  }
  return bytes;
}

class OggStreamState {
  readonly ticks: number[] = [];
  headers: Uint8Array[] = [];
  vorbis: VorbisBlocks | null = null;
  previousBlock = 0;
  anchor: { index: number; granule: number } | null = null;
  parts: number[] = [];
  /** The granule position of the link's last page that has one, -1 before. */
  lastGranule = -1;
  /** The stream's last page (end of stream) has been read. */
  ended = false;

  constructor(
    readonly codec: 'opus' | 'vorbis',
    /** Ticks per second (Opus always counts at 48 kHz; Vorbis at its sample rate). */
    readonly rate: number,
    /** Index in the reader's packets of this link's first packet. */
    readonly first: number,
  ) {}

  get headerCount(): number {
    return this.codec === 'opus' ? 2 : 3;
  }
}

export async function readOgg(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const tracks: TrackInfo[] = [];
  const serials = new Set<number>();
  const links: OggStreamState[] = [];
  let state: OggStreamState | null = null;
  let chosenSerial = -1;
  let offset = 0;
  let done = false;
  const skipped = new SkippedList();
  let endsEarly: EndsEarly | undefined;
  const resync = new OggResync(reader);
  while (offset < reader.size && !done) {
    reader.step(offset);
    const found = await resync.pageAt(offset);
    if (found.page === null) {
      if (found.cutShort) endsEarly = { offset, reason: 'the last Ogg page is cut short' };
      else skipped.add(offset, reader.size - offset);
      break;
    }
    if (found.page.offset > offset) {
      skipped.add(offset, found.page.offset - offset);
      // A packet open across the lost bytes cannot be put together.
      if (state) state.parts = [];
    }
    const page = found.page;
    offset = page.offset;
    // A new logical stream: its first page, or (in a damaged file) a serial number not seen before.
    if (page.first || !serials.has(page.serial)) {
      serials.add(page.serial);
      const first = await reader.peek(offset + page.headerLength, 16);
      const { codec, kind } = codecOf(first);
      const link = (codec === 'opus' || codec === 'vorbis') && (state === null || (state.ended && state.codec === codec && state.rate === rateOf(codec, first)));
      // A chained file's later link goes on with the sound it follows: it is not a track of its own.
      if (!link || state === null) tracks.push({ id: page.serial, kind, codec });
      if (link) {
        state = new OggStreamState(codec, rateOf(codec, first), out.packets.length);
        links.push(state);
        chosenSerial = page.serial;
      }
    }
    if (state && page.serial === chosenSerial) {
      done = !(await takePage(reader, page, state, out));
      if (page.granule >= 0) state.lastGranule = page.granule;
      state.ended = page.last;
    }
    offset += page.size;
  }
  if (!state) {
    return { codec: tracks[0]?.codec ?? null, timebase: 1, packets: new PacketList(), tracks, truncated: false, note: 'no Opus or Vorbis stream' };
  }
  const output = finish(reader, links, out, tracks);
  if (endsEarly) output.endsEarly = endsEarly;
  skipped.into(output);
  return output;
}

/** Ticks per second of a stream from its identification header (0 when the header is cut short). */
function rateOf(codec: 'opus' | 'vorbis', id: Uint8Array): number {
  return codec === 'opus' ? 48000 : u32le(id, 12);
}

/** Adds the packets that end on this page; false when the packet cap stops the reader. */
async function takePage(reader: SourceReader, page: OggPage, state: OggStreamState, out: PacketCollector): Promise<boolean> {
  const continued = (await reader.bytes(page.offset + 5, 1))[0]! & 1;
  // A packet left open must go on in a continuation page; one that starts a page mid-packet lost its head.
  let skipping = continued === 1 && state.parts.length === 0 && (state.ticks.length > 0 || state.headers.length > 0);
  if (!continued) state.parts = [];
  let pos = page.offset + page.headerLength;
  let partStart = pos;
  let partLength = 0;
  let ended = false;
  for (const lace of page.lacing) {
    partLength += lace;
    pos += lace;
    if (lace === 255) continue;
    if (!skipping && partLength + state.parts.length > 0) {
      state.parts.push(partStart, partLength);
      if (!(await takePacket(reader, state, out))) return false;
      ended = true;
    }
    state.parts = [];
    skipping = false;
    partStart = pos;
    partLength = 0;
  }
  if (partLength > 0 && !skipping) state.parts.push(partStart, partLength);
  if (ended && page.granule >= 0 && state.anchor === null && state.ticks.length > 0) {
    state.anchor = { index: state.ticks.length - 1, granule: page.granule };
  }
  return true;
}

async function takePacket(reader: SourceReader, state: OggStreamState, out: PacketCollector): Promise<boolean> {
  const parts = state.parts;
  if (state.headers.length < state.headerCount) {
    state.headers.push(await gather(reader, parts, 1 << 20));
    if (state.codec === 'vorbis' && state.headers.length === 3) {
      const sizes = vorbisBlockSizes(state.headers[0]!);
      const modes = vorbisModes(state.headers[2]!);
      if (!sizes || !modes) reader.fail(parts[0]!, 'unreadable Vorbis headers');
      state.vorbis = { ...sizes, modeLong: modes };
    }
    return true;
  }
  let size = 0;
  for (let i = 1; i < parts.length; i += 2) size += parts[i]!;
  if (size === 0) return true;
  const head = await gather(reader, parts, 2);
  let ticks: number;
  if (state.vorbis) {
    if ((head[0]! & 1) !== 0) return true;
    const block = vorbisPacketBlock(head, state.vorbis);
    // As FFmpeg does, the first packet counts as following a short block, so times match ffprobe's.
    ticks = (state.previousBlock || state.vorbis.short) / 4 + block / 4;
    state.previousBlock = block;
  } else ticks = opusPacketSamples(head);
  state.ticks.push(ticks);
  return out.add(parts[0]!, size, 0, 0, parts.length > 2 ? parts : undefined);
}

function finish(reader: SourceReader, links: OggStreamState[], out: PacketCollector, tracks: TrackInfo[]): ReaderOutput {
  const state = links[0]!;
  const id = state.headers[0];
  if (!id || id.length < 16) reader.fail(0, `missing ${state.codec} identification header`);
  const channels = state.codec === 'opus' ? id[9]! : id[11]!;
  const rate = state.rate;
  if (rate === 0) reader.fail(0, 'Vorbis header gives a sample rate of 0');
  // Each link's times count from its own start; a later link starts where the one before ends.
  let linkStart = 0;
  links.forEach((link, k) => {
    const preSkip = link.codec === 'opus' ? u16le(link.headers[0] ?? new Uint8Array(), 10) : 0;
    const cumulative = new Float64Array(link.ticks.length + 1);
    link.ticks.forEach((t, i) => (cumulative[i + 1] = cumulative[i]! + t));
    const base = link.anchor ? link.anchor.granule - cumulative[link.anchor.index + 1]! : 0;
    const end = links[k + 1]?.first ?? out.packets.length;
    const packets = out.packets;
    for (let i = link.first; i < end; i++) {
      packets.setTime(i, linkStart + (base + cumulative[i - link.first]! - preSkip) / rate);
      packets.setDuration(i, link.ticks[i - link.first]! / rate);
    }
    // Where the link's audio ends: its last granule position, less the pre-skip players drop.
    const last = end > link.first ? end - 1 : -1;
    linkStart = link.lastGranule >= 0 ? linkStart + (link.lastGranule - preSkip) / rate : last >= 0 ? packets.time(last) + packets.duration(last) : linkStart;
  });
  return {
    codec: state.codec,
    sampleRate: state.codec === 'opus' ? u32le(id, 12) || 48000 : rate,
    channels,
    decoderConfig: oggDecoderConfig(state.codec, state.headers),
    timebase: rate,
    packets: out.packets,
    tracks,
    truncated: out.truncated,
  };
}
