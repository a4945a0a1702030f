// WAV (RIFF, RF64, EXTENSIBLE). PCM has no codec packets, so fixed blocks of frames stand in for
// them; blocks start at the data chunk, so a copy with the same samples behind a different header (a
// remux to RF64, added metadata chunks) has the same blocks, and a cut at a block boundary shows.
// Compressed WAV, as dictaphones and call recorders write it, has real packets: an ADPCM or GSM 6.10
// block (blockAlign bytes, samplesPerBlock samples, the last one cut to the `fact` count), or an MP3
// frame (format 0x55), the same bytes an .mp3 remux holds. A data chunk cut short gives the whole
// packets that are there, and says it ends early.
import { parseMpegFrame } from './mp3-packets.ts';
import { MAX_PIECE, type SourceReader } from '../source-reader.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { scanSyncFrames } from './sync-frame-scanner.ts';
import type { ReaderOutput } from '../types.ts';
import { parseWavHeader, WAV_HEAD_BYTES, wavBlockCodec, wavEndsEarly, WavHeaderError, type WavHeader } from './wav-header.ts';

export const WAV_BLOCK_FRAMES = 1024;
const MP3_TAG = 0x55;

async function header(reader: SourceReader): Promise<WavHeader> {
  let want = WAV_HEAD_BYTES;
  for (;;) {
    reader.step(0);
    try {
      return parseWavHeader(await reader.peek(0, want), reader.size);
    } catch (error) {
      if (!(error instanceof WavHeaderError)) throw error;
      const needed = error.neededBytes ?? 0;
      if (error.problem !== 'head-too-short' || needed <= want || needed > MAX_PIECE || want >= reader.size) reader.fail(0, error.message);
      want = needed;
    }
  }
}

/** Names as FFmpeg spells them (pcm_s16le → pcm-s16le), so equal samples in another container match. */
function codecName(h: WavHeader): string {
  if (h.format === 'pcm') return h.bitsPerSample === 8 ? 'pcm-u8' : `pcm-s${h.bitsPerSample}le`;
  if (h.format === 'float') return `pcm-f${h.bitsPerSample}le`;
  if (h.format !== 'other') return h.format;
  return wavBlockCodec(h.formatTag) ?? (h.formatTag === MP3_TAG ? 'mp3' : `wav-0x${h.formatTag.toString(16)}`);
}

/** PCM (and formats of unknown blocks): runs of WAV_BLOCK_FRAMES frames. */
function addFrameBlocks(h: WavHeader, out: PacketCollector): void {
  const blockBytes = WAV_BLOCK_FRAMES * h.blockAlign;
  const end = h.dataOffset + h.frames * h.blockAlign;
  for (let offset = h.dataOffset, frame = 0; offset < end; offset += blockBytes, frame += WAV_BLOCK_FRAMES) {
    const frames = Math.min(WAV_BLOCK_FRAMES, h.frames - frame);
    if (!out.add(offset, frames * h.blockAlign, frame / h.sampleRate, frames / h.sampleRate)) return;
  }
}

/** ADPCM and GSM: one packet per codec block; the last block holds what `frames` leaves. */
function addCodecBlocks(h: WavHeader, perBlock: number, out: PacketCollector): void {
  for (let offset = h.dataOffset, frame = 0; frame < h.frames; offset += h.blockAlign, frame += perBlock) {
    const frames = Math.min(perBlock, h.frames - frame);
    if (!out.add(offset, h.blockAlign, frame / h.sampleRate, frames / h.sampleRate)) return;
  }
}

/** MP3 in WAV: the MPEG frames of the data chunk, timed by their own sample counts. */
async function addMpegFrames(h: WavHeader, reader: SourceReader, out: PacketCollector): Promise<void> {
  let ticks = 0;
  await scanSyncFrames(reader, h.dataOffset, h.dataOffset + h.dataBytes, 4, parseMpegFrame, async (offset, frame) => {
    const samples = (frame.samples * h.sampleRate) / frame.sampleRate;
    const added = out.add(offset, frame.size, ticks / h.sampleRate, samples / h.sampleRate);
    ticks += samples;
    return added;
  });
}

export async function readWav(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const h = await header(reader);
  if (h.formatTag === MP3_TAG) await addMpegFrames(h, reader, out);
  else if (h.samplesPerBlock !== undefined) addCodecBlocks(h, h.samplesPerBlock, out);
  else addFrameBlocks(h, out);
  const codec = codecName(h);
  const output: ReaderOutput = {
    codec,
    sampleRate: h.sampleRate,
    channels: h.channels,
    timebase: h.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec }],
    truncated: out.truncated,
  };
  const cut = wavEndsEarly(h);
  if (cut) {
    const last = out.packets.length - 1;
    output.endsEarly = { offset: last >= 0 ? out.packets.end(last) : h.dataOffset, reason: cut.reason };
  }
  return output;
}
