// AMR and AMR-WB storage format (RFC 4867 §5): a magic line, then frames of one table-of-contents
// byte and a payload whose size the frame type fixes. Every frame is 20 ms. A last frame cut short
// ends the file early.
import type { PacketCollector } from '../packets/packet-collector.ts';
import { ascii, type SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput } from '../types.ts';

const NB_MAGIC = '#!AMR\n';
const WB_MAGIC = '#!AMR-WB\n';
// Payload bytes per frame type; -1 marks types the format reserves.
const NB_SIZES = [12, 13, 15, 17, 19, 20, 26, 31, 5, -1, -1, -1, -1, -1, -1, 0];
const WB_SIZES = [17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0];

/** Bytes of the frame whose header byte is `toc` (header included), or -1 for a reserved or malformed header. */
export function amrFrameBytes(toc: number, wide: boolean): number {
  const payload = (wide ? WB_SIZES : NB_SIZES)[(toc >> 3) & 15]!;
  return payload < 0 || (toc & 0x83) !== 0 ? -1 : 1 + payload;
}

export function amrMagicLength(first: Uint8Array): number {
  if (ascii(first, 0, WB_MAGIC.length) === WB_MAGIC) return WB_MAGIC.length;
  if (ascii(first, 0, NB_MAGIC.length) === NB_MAGIC) return NB_MAGIC.length;
  return 0;
}

export async function readAmr(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const magic = amrMagicLength(await reader.peek(0, 9));
  if (magic === 0) reader.fail(0, 'not an AMR file (multichannel AMR is not supported)');
  const wide = magic === WB_MAGIC.length;
  const sampleRate = wide ? 16000 : 8000;
  const codec = wide ? 'amr-wb' : 'amr-nb';
  let pos = magic;
  let index = 0;
  let endsEarly: EndsEarly | undefined;
  while (pos < reader.size) {
    reader.step(pos);
    const toc = (await reader.bytes(pos, 1))[0]!;
    const bytes = amrFrameBytes(toc, wide);
    if (bytes < 0) reader.fail(pos, `invalid AMR frame header 0x${toc.toString(16)}`);
    if (pos + bytes > reader.size) {
      endsEarly = { offset: pos, reason: 'the last AMR frame is cut short' };
      break;
    }
    if (!out.add(pos, bytes, index * 0.02, 0.02)) break;
    pos += bytes;
    index++;
  }
  const output: ReaderOutput = {
    codec,
    sampleRate,
    channels: 1,
    timebase: 50,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec }],
    truncated: out.truncated,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}
