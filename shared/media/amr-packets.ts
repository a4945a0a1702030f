// AMR and AMR-WB storage format (RFC 4867 §5): a magic line, then frames of one table-of-contents
// byte and a payload whose size the frame type fixes. Every frame is 20 ms.
import type { PacketCollector } from './packet-collector.ts';
import { ascii, type SourceReader } from './source-reader.ts';
import type { ReaderOutput } from './types.ts';

const NB_MAGIC = '#!AMR\n';
const WB_MAGIC = '#!AMR-WB\n';
// Payload bytes per frame type; -1 marks types the format reserves.
const NB_SIZES = [12, 13, 15, 17, 19, 20, 26, 31, 5, -1, -1, -1, -1, -1, -1, 0];
const WB_SIZES = [17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0];

export function amrMagicLength(first: Uint8Array): number {
  if (ascii(first, 0, WB_MAGIC.length) === WB_MAGIC) return WB_MAGIC.length;
  if (ascii(first, 0, NB_MAGIC.length) === NB_MAGIC) return NB_MAGIC.length;
  return 0;
}

export async function readAmr(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const magic = amrMagicLength(await reader.peek(0, 9));
  if (magic === 0) reader.fail(0, 'not an AMR file (multichannel AMR is not supported)');
  const wide = magic === WB_MAGIC.length;
  const sizes = wide ? WB_SIZES : NB_SIZES;
  const sampleRate = wide ? 16000 : 8000;
  const codec = wide ? 'amr-wb' : 'amr-nb';
  let pos = magic;
  let index = 0;
  while (pos < reader.size) {
    reader.step(pos);
    const toc = (await reader.bytes(pos, 1))[0]!;
    const payload = sizes[(toc >> 3) & 15]!;
    if (payload < 0 || (toc & 0x83) !== 0) reader.fail(pos, `invalid AMR frame header 0x${toc.toString(16)}`);
    if (pos + 1 + payload > reader.size) reader.fail(pos, 'the file ends inside an AMR frame');
    if (!out.add(pos, 1 + payload, index * 0.02, 0.02)) break;
    pos += 1 + payload;
    index++;
  }
  return {
    codec,
    sampleRate,
    channels: 1,
    timebase: 50,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec }],
    truncated: out.truncated,
  };
}
