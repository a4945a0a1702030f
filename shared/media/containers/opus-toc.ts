// An Opus packet's duration from its TOC byte (RFC 6716 §3.1), in 48 kHz samples. Ogg and Matroska
// give times per page or block, not per packet; this gives each packet its own.
const SILK_MS = [10, 20, 40, 60];
const CELT_MS = [2.5, 5, 10, 20];

/** Samples of the packet whose first bytes are at `packet[at]`. */
export function opusPacketSamples(packet: Uint8Array, at = 0): number {
  const toc = packet[at];
  if (toc === undefined) return 0;
  const config = toc >> 3;
  const frameMs = config < 12 ? SILK_MS[config % 4]! : config < 16 ? (config % 2 ? 20 : 10) : CELT_MS[config % 4]!;
  const code = toc & 3;
  const frames = code === 0 ? 1 : code < 3 ? 2 : (packet[at + 1] ?? 0) & 0x3f;
  return frameMs * 48 * frames;
}
