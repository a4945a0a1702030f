// MP3 (and MPEG layer I/II) files: tags skipped, frames walked with resync, the Xing/Info/VBRI frame
// left out (it carries no audio, and a remux drops or rewrites it). Times count samples from the
// first frame, less the decoder delay that frame's LAME tag declares. Zero bytes before the tags or
// the first frame, and junk between frames, are skipped and listed; a last frame cut short ends the
// file early.
import { parseMpegAudioHeader, vbrInfo } from './mpeg-audio-frame.ts';
import { skipId3v2, tagsAtEnd } from './mp3-tags.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import type { SourceReader } from '../source-reader.ts';
import { SkippedList, skipZeros } from '../skipped-bytes.ts';
import { scanSyncFrames, type SyncFrame } from './sync-frame-scanner.ts';
import type { ReaderOutput } from '../types.ts';

export function parseMpegFrame(bytes: Uint8Array, index: number): SyncFrame | null {
  const h = parseMpegAudioHeader(bytes, index);
  return h && { size: h.size, samples: h.samples, sampleRate: h.sampleRate, channels: h.channels, codec: `mp${h.layer}` };
}

export async function readMp3(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const skipped = new SkippedList();
  const lead = await skipZeros(reader, 0);
  skipped.add(0, lead);
  const start = await skipId3v2(reader, lead);
  const end = await tagsAtEnd(reader, start);
  let first: SyncFrame | null = null;
  let ticks = 0;
  let delay = 0;
  const { cutShort } = await scanSyncFrames(reader, start, end, 4, parseMpegFrame, async (offset, frame) => {
    if (first === null) {
      first = frame;
      const header = parseMpegAudioHeader(await reader.bytes(offset, 4), 0)!;
      const info = vbrInfo(await reader.bytes(offset, Math.min(frame.size, 256)), header);
      if (info) {
        delay = info.delay;
        return true;
      }
    }
    const rate = first.sampleRate;
    const samples = (frame.samples * rate) / frame.sampleRate;
    const added = out.add(offset, frame.size, (ticks - delay) / rate, samples / rate);
    ticks += samples;
    return added;
  }, skipped.add);
  const head = first as SyncFrame | null;
  if (head === null) reader.fail(start, 'no MPEG audio frame found');
  const output: ReaderOutput = {
    codec: head.codec,
    sampleRate: head.sampleRate,
    channels: head.channels,
    timebase: head.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec: head.codec }],
    truncated: out.truncated,
  };
  if (cutShort) output.endsEarly = { offset: cutShort.offset, reason: 'the last MPEG audio frame is cut short' };
  skipped.into(output);
  return output;
}
