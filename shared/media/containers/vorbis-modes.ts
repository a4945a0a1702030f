// Vorbis packet durations need each packet's block size, which depends on its mode; the modes sit at
// the end of the setup header. Reading that header forward means decoding codebooks, so, as FFmpeg's
// vorbis parser does, read the mode list backward from the framing bit instead.
export interface VorbisBlocks {
  short: number;
  long: number;
  /** Per mode: true for the long block. */
  modeLong: boolean[];
}

/** Block sizes from the identification header (packet type 1). */
export function vorbisBlockSizes(id: Uint8Array): { short: number; long: number } | null {
  const b = id[28];
  if (b === undefined) return null;
  const short = 1 << (b & 15);
  const long = 1 << (b >> 4);
  return short >= 64 && long >= short && long <= 8192 ? { short, long } : null;
}

/** Block flag of each mode, from the setup header (packet type 5), or null if it cannot be found. */
export function vorbisModes(setup: Uint8Array): boolean[] | null {
  let pos = setup.length * 8 - 1;
  const bit = () => ((setup[pos >> 3]! >> (pos-- & 7)) & 1);
  const bits = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | bit();
    return v;
  };
  while (pos > 97 && bit() === 0);
  const framing = pos;
  let count = 0;
  let found = 0;
  while (pos >= 97) {
    if (bits(8) > 63 || bits(16) !== 0 || bits(16) !== 0) break;
    bit();
    if (++count > 64) break;
    const back = pos;
    if (bits(6) + 1 === count) found = count;
    pos = back;
  }
  if (found === 0) return null;
  pos = framing;
  const modes = new Array<boolean>(found);
  for (let i = found - 1; i >= 0; i--) {
    pos -= 40;
    modes[i] = bit() === 1;
  }
  return modes;
}

/** Samples a Vorbis audio packet adds, given the previous packet's block size (0 for the first). */
export function vorbisPacketBlock(packet: Uint8Array, blocks: VorbisBlocks): number {
  const modeBits = Math.ceil(Math.log2(blocks.modeLong.length));
  const mode = ((packet[0] ?? 0) >> 1) & ((1 << modeBits) - 1);
  return blocks.modeLong[mode] ? blocks.long : blocks.short;
}
