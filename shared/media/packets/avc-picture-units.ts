// What an H.264 picture packet IS, for its hash: lossless cutters (ffmpeg's concat demuxer, which
// LosslessCut uses) put the SPS/PPS parameter sets in-band before every key frame; hashing whole
// packets then calls every key frame replaced though the coded picture is the same. So a packet's
// NAL units (MP4/Matroska form: each after a big-endian length of the avcC's lengthSize bytes) are
// hashed, each behind a 4-byte length, leaving out only what cannot change the picture shown:
// access unit delimiters, end of sequence/stream and filler (9–12), and in-band parameter sets
// (7, 8, 13) byte-identical to one in the avcC. SEI (6) stays in: it can change what is shown
// (display orientation, frame packing, film grain, captions), and stream copy leaves it as it is.
// A parameter set that differs from the avcC's stays in the packet it comes with, so a changed
// size or cropping from there on is an edit there. The avcC's own parameter sets get one digest per
// track, compared once (parameter-sets-compare.ts): a copy that crops the picture by rewriting only
// its SPS (h264_metadata crop_*) has every coded picture the same and is still no same picture. A
// packet whose lengths do not parse is hashed whole, behind another first byte; the work is one pass
// over its bytes either way.
import type { HashFunction, StreamingHash } from './packet-hash.ts';
import { PACKET_HASH_BYTES } from './packet-hash.ts';
import type { TrackCoding } from '../types.ts';

export const PICTURE_HASH_NAME = 'sha256-64-vcl';

/** A picture track's hash method and the digest (16 hex digits) of its avcC's parameter sets. */
export interface PictureHashing {
  hash: typeof PICTURE_HASH_NAME;
  parameterSets: string;
}

const PICTURE = 1;
const WHOLE = 0;

/** The avcC record's NAL length size and parameter sets (ISO/IEC 14496-15 §5.3.3.1), or null when it does not parse. */
export function avcConfig(avcC: Uint8Array): { lengthSize: number; parameterSets: Uint8Array[] } | null {
  if (avcC.length < 7 || avcC[0] !== 1) return null;
  const lengthSize = (avcC[4]! & 3) + 1;
  if (lengthSize === 3) return null;
  const parameterSets: Uint8Array[] = [];
  let at = 5;
  for (const countMask of [0x1f, 0xff]) {
    if (at >= avcC.length) return null;
    const count = avcC[at++]! & countMask;
    for (let k = 0; k < count; k++) {
      if (at + 2 > avcC.length) return null;
      const length = (avcC[at]! << 8) | avcC[at + 1]!;
      if (at + 2 + length > avcC.length) return null;
      parameterSets.push(avcC.subarray(at + 2, at + 2 + length));
      at += 2 + length;
    }
  }
  return { lengthSize, parameterSets };
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

function lengthPrefix(length: number): Uint8Array {
  return new Uint8Array([length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff]);
}

const DROPPED = (type: number) => type >= 9 && type <= 12;
const PARAMETER_SET = (type: number) => type === 7 || type === 8 || type === 13;

/** Whether a packet's NAL unit lengths add up to exactly its bytes (none zero). */
export function nalLengthsParse(bytes: Uint8Array, lengthSize: number): boolean {
  for (let at = 0; at < bytes.length; ) {
    if (at + lengthSize > bytes.length) return false;
    let length = 0;
    for (let k = 0; k < lengthSize; k++) length = length * 256 + bytes[at + k]!;
    at += lengthSize + length;
    if (length === 0 || at > bytes.length) return false;
  }
  return true;
}

/**
 * Hashes a packet's NAL units as they stream past in pieces; a second hash of the whole packet runs
 * alongside, for a packet whose lengths turn out not to parse.
 */
class PictureStream implements StreamingHash {
  private readonly picture: StreamingHash;
  private header = new Uint8Array(4);
  private headerFill = 0;
  /** Bytes of the current NAL unit still to come; 0 while its length is being read. */
  private left = 0;
  private mode: 'keep' | 'drop' | 'hold' = 'keep';
  private held: Uint8Array = new Uint8Array(0);
  private heldFill = 0;
  /** The next byte is a NAL unit's first (its type), which sets the mode. */
  private unitStart = false;
  private broken = false;

  /** `whole`: null when the packet is known to parse (its bytes at hand, checked by nalLengthsParse). */
  constructor(
    base: HashFunction,
    private readonly lengthSize: number,
    private readonly known: readonly Uint8Array[],
    private readonly longestKnown: number,
    private readonly whole: StreamingHash | null,
  ) {
    this.picture = base.create();
    this.picture.update(new Uint8Array([PICTURE]));
  }

  update(bytes: Uint8Array): this {
    this.whole?.update(bytes);
    for (let at = 0; at < bytes.length && !this.broken; ) {
      if (this.left === 0) {
        this.header[this.headerFill++] = bytes[at++]!;
        if (this.headerFill === this.lengthSize) this.begin();
        continue;
      }
      const piece = bytes.subarray(at, at + Math.min(this.left, bytes.length - at));
      at += piece.length;
      this.take(piece);
    }
    return this;
  }

  /** A length read; the unit's type, in its first byte, sets the mode when that byte comes. */
  private begin(): void {
    let length = 0;
    for (let k = 0; k < this.lengthSize; k++) length = length * 256 + this.header[k]!;
    this.headerFill = 0;
    if (length === 0) this.broken = true;
    this.left = length;
    this.unitStart = true;
  }

  private take(piece: Uint8Array): void {
    if (this.unitStart) {
      const type = piece[0]! & 0x1f;
      this.unitStart = false;
      this.heldFill = 0;
      if (DROPPED(type)) this.mode = 'drop';
      else if (PARAMETER_SET(type) && this.left <= this.longestKnown) {
        this.mode = 'hold';
        this.held = new Uint8Array(this.left);
      } else {
        this.mode = 'keep';
        this.picture.update(lengthPrefix(this.left));
      }
    }
    this.left -= piece.length;
    if (this.mode === 'keep') this.picture.update(piece);
    else if (this.mode === 'hold') {
      this.held.set(piece, this.heldFill);
      this.heldFill += piece.length;
      if (this.left === 0 && !this.known.some((set) => equal(set, this.held))) {
        this.picture.update(lengthPrefix(this.held.length));
        this.picture.update(this.held);
      }
    }
  }

  digest(): Uint8Array {
    const parsed = !this.broken && this.left === 0 && this.headerFill === 0;
    return parsed || !this.whole ? this.picture.digest() : this.whole.digest();
  }
}

/** Packets up to this size are hashed in one call over bytes gathered in a buffer kept for the track. */
const ONCE_LIMIT = 1024 * 1024;

/**
 * The bytes PictureStream hashes, gathered for one call of the base hash: a hash state, a header
 * and a length prefix per packet made a hundred thousand objects an hour that the collector had to
 * sweep, and grew the CLI's heap by some 35 MB on three hours of video.
 */
class OnceScratch {
  private buffer = new Uint8Array(64 * 1024);

  constructor(
    private readonly lengthSize: number,
    private readonly known: readonly Uint8Array[],
  ) {}

  /** The marker, then each NAL unit that counts (not dropped, not a known parameter set) behind its 4-byte length. `bytes` must parse. */
  picture(bytes: Uint8Array): Uint8Array {
    const out = this.room(1 + bytes.length + (4 * bytes.length) / (this.lengthSize + 1));
    let fill = 0;
    out[fill++] = PICTURE;
    for (let at = 0; at < bytes.length; ) {
      let length = 0;
      for (let k = 0; k < this.lengthSize; k++) length = length * 256 + bytes[at + k]!;
      const unit = bytes.subarray(at + this.lengthSize, at + this.lengthSize + length);
      at += this.lengthSize + length;
      const type = unit[0]! & 0x1f;
      if (DROPPED(type) || (PARAMETER_SET(type) && this.known.some((set) => equal(set, unit)))) continue;
      out[fill++] = length >>> 24;
      out[fill++] = (length >>> 16) & 0xff;
      out[fill++] = (length >>> 8) & 0xff;
      out[fill++] = length & 0xff;
      out.set(unit, fill);
      fill += length;
    }
    return out.subarray(0, fill);
  }

  /** The marker for a packet whose lengths do not parse, then its bytes. */
  whole(bytes: Uint8Array): Uint8Array {
    const out = this.room(1 + bytes.length);
    out[0] = WHOLE;
    out.set(bytes, 1);
    return out.subarray(0, 1 + bytes.length);
  }

  private room(bytes: number): Uint8Array {
    if (this.buffer.length < bytes) this.buffer = new Uint8Array(Math.ceil(bytes));
    return this.buffer;
  }
}

/** The first PACKET_HASH_BYTES of the hash of parameter sets, each behind its length, as hex. */
function parameterSetsDigest(base: HashFunction, parameterSets: readonly Uint8Array[]): string {
  const hash = base.create();
  for (const set of parameterSets) {
    hash.update(lengthPrefix(set.length));
    hash.update(set);
  }
  return [...hash.digest().subarray(0, PACKET_HASH_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The hash function for the packets of an H.264 track with this avcC and the digest of the avcC's
 * parameter sets, or null when the avcC does not parse (the track's packets are then hashed whole).
 */
export function avcPictureHash(base: HashFunction, avcC: Uint8Array): { hash: HashFunction; parameterSets: string } | null {
  const config = avcConfig(avcC);
  if (!config) return null;
  const { lengthSize, parameterSets } = config;
  const longest = parameterSets.reduce((most, set) => Math.max(most, set.length), 0);
  const whole = () => {
    const hash = base.create();
    hash.update(new Uint8Array([WHOLE]));
    return hash;
  };
  const scratch = new OnceScratch(lengthSize, parameterSets);
  const hash: HashFunction = {
    create: () => new PictureStream(base, lengthSize, parameterSets, longest, whole()),
    once(bytes, out, at) {
      const parses = nalLengthsParse(bytes, lengthSize);
      if (bytes.length <= ONCE_LIMIT) return base.once(parses ? scratch.picture(bytes) : scratch.whole(bytes), out, at);
      const state = parses ? new PictureStream(base, lengthSize, parameterSets, longest, null) : whole();
      state.update(bytes);
      out.set(state.digest().subarray(0, PACKET_HASH_BYTES), at);
    },
  };
  return { hash, parameterSets: parameterSetsDigest(base, parameterSets) };
}

/** How a track's packets are hashed: its NAL units for H.264 with an avcC that parses, else whole. */
export function trackHashing(base: HashFunction, coding: TrackCoding | undefined): { hash: HashFunction; method?: PictureHashing } {
  const picture = coding?.codec === 'h264' && coding.decoderConfig ? avcPictureHash(base, coding.decoderConfig) : null;
  return picture ? { hash: picture.hash, method: { hash: PICTURE_HASH_NAME, parameterSets: picture.parameterSets } } : { hash: base };
}
