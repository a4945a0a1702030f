// Ogg Opus and Ogg Vorbis: packets of the first Opus or Vorbis stream are put together from page
// segments (a packet may span pages; it then has several `parts`). Each packet's duration comes from
// the codec (Opus TOC byte, Vorbis block sizes); the first page with a granule position anchors the
// running sample count, and Opus pre-skip is subtracted, so times match what a player shows.
import { opusPacketSamples } from './opus-toc.ts';
import { readOggPage, type OggPage } from './ogg-page.ts';
import type { PacketCollector } from './packet-collector.ts';
import { ascii, u16le, u32le, type SourceReader } from './source-reader.ts';
import type { ReaderOutput, TrackInfo } from './types.ts';
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

  constructor(readonly codec: 'opus' | 'vorbis') {}

  get headerCount(): number {
    return this.codec === 'opus' ? 2 : 3;
  }
}

export async function readOgg(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const tracks: TrackInfo[] = [];
  let chosen: number | null = null;
  let state: OggStreamState | null = null;
  let offset = 0;
  let done = false;
  while (offset < reader.size && !done) {
    reader.step(offset);
    const page = await readOggPage(reader, offset);
    if (!tracks.some((t) => t.id === page.serial)) {
      const { codec, kind } = codecOf(await reader.peek(offset + page.headerLength, 8));
      tracks.push({ id: page.serial, kind, codec });
      if (chosen === null && (codec === 'opus' || codec === 'vorbis')) {
        chosen = page.serial;
        state = new OggStreamState(codec);
      }
    }
    if (state && page.serial === chosen) done = !(await takePage(reader, page, state, out));
    offset += page.size;
  }
  if (!state) {
    return { codec: tracks[0]?.codec ?? null, timebase: 1, packets: [], tracks, truncated: false, note: 'no Opus or Vorbis stream' };
  }
  return finish(reader, state, out, tracks);
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
  const packet = parts.length > 2 ? { offset: parts[0]!, size, time: 0, duration: 0, parts: [...parts] } : { offset: parts[0]!, size, time: 0, duration: 0 };
  return out.add(packet);
}

function finish(reader: SourceReader, state: OggStreamState, out: PacketCollector, tracks: TrackInfo[]): ReaderOutput {
  const id = state.headers[0];
  if (!id || id.length < 16) reader.fail(0, `missing ${state.codec} identification header`);
  const channels = state.codec === 'opus' ? id[9]! : id[11]!;
  const rate = state.codec === 'opus' ? 48000 : u32le(id, 12);
  if (rate === 0) reader.fail(0, 'Vorbis header gives a sample rate of 0');
  const preSkip = state.codec === 'opus' ? u16le(id, 10) : 0;
  const cumulative = new Float64Array(state.ticks.length + 1);
  state.ticks.forEach((t, i) => (cumulative[i + 1] = cumulative[i]! + t));
  const base = state.anchor ? state.anchor.granule - cumulative[state.anchor.index + 1]! : 0;
  out.packets.forEach((p, i) => {
    p.time = (base + cumulative[i]! - preSkip) / rate;
    p.duration = state.ticks[i]! / rate;
  });
  return {
    codec: state.codec,
    sampleRate: state.codec === 'opus' ? u32le(id, 12) || 48000 : rate,
    channels,
    timebase: rate,
    packets: out.packets,
    tracks,
    truncated: out.truncated,
  };
}
