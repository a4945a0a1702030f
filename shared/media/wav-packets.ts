// WAV (RIFF, RF64, EXTENSIBLE): PCM has no codec packets, so fixed blocks of frames stand in for them.
// Blocks start at the data chunk, so a copy with the same samples behind a different header (a
// remux to RF64, added metadata chunks) has the same blocks, and a cut at a block boundary shows.
import { MAX_PIECE, type SourceReader } from './source-reader.ts';
import type { PacketCollector } from './packet-collector.ts';
import type { ReaderOutput } from './types.ts';
import { parseWavHeader, WAV_HEAD_BYTES, WavHeaderError, type WavHeader } from './wav-header.ts';

export const WAV_BLOCK_FRAMES = 1024;

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
  return h.format === 'other' ? `wav-0x${h.formatTag.toString(16)}` : h.format;
}

export async function readWav(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const h = await header(reader);
  const blockBytes = WAV_BLOCK_FRAMES * h.blockAlign;
  const end = h.dataOffset + h.frames * h.blockAlign;
  for (let offset = h.dataOffset, frame = 0; offset < end; offset += blockBytes, frame += WAV_BLOCK_FRAMES) {
    const frames = Math.min(WAV_BLOCK_FRAMES, h.frames - frame);
    if (!out.add(offset, frames * h.blockAlign, frame / h.sampleRate, frames / h.sampleRate)) break;
  }
  const codec = codecName(h);
  return {
    codec,
    sampleRate: h.sampleRate,
    channels: h.channels,
    timebase: h.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec }],
    truncated: out.truncated,
  };
}
