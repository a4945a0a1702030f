// Whether a coded picture can be decoded on its own (a key frame), read from its own first bytes, so
// decoding can start at the first one and each chunk is labelled as WebCodecs asks, whatever the
// container says (MP4's sync sample table and Matroska's key flag are not kept by the readers).

/** Bits from the most significant, of a byte array. */
function bit(bytes: Uint8Array, index: number): number {
  return ((bytes[index >> 3] ?? 0) >> (7 - (index & 7))) & 1;
}

/** H.264 in MP4/Matroska form: NAL units each after a big-endian length of `lengthSize` bytes; an IDR slice (type 5) is a key frame. */
function h264Key(bytes: Uint8Array, lengthSize: number): boolean {
  for (let at = 0; at + lengthSize < bytes.length; ) {
    let length = 0;
    for (let k = 0; k < lengthSize; k++) length = length * 256 + bytes[at + k]!;
    const type = bytes[at + lengthSize]! & 0x1f;
    if (type === 5) return true;
    if (type === 1) return false;
    at += lengthSize + length;
  }
  return false;
}

/** VP9's uncompressed header (VP9 bitstream spec §6.2): frame marker, profile, show_existing_frame, frame_type 0 = key. */
function vp9Key(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bit(bytes, 0) !== 1 || bit(bytes, 1) !== 0) return false;
  const profile = bit(bytes, 2) | (bit(bytes, 3) << 1);
  let at = profile === 3 ? 5 : 4;
  if (bit(bytes, at++) === 1) return false;
  return bit(bytes, at) === 0;
}

/** AV1's temporal unit (low-overhead OBUs with sizes): a frame (header) OBU that shows a new frame of frame_type 0 = key. */
function av1Key(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; ) {
    const header = bytes[at]!;
    const type = (header >> 3) & 15;
    let p = at + 1 + ((header >> 2) & 1);
    if (!((header >> 1) & 1)) return false;
    let size = 0;
    for (let k = 0; k < 8; k++) {
      const b = bytes[p++] ?? 0;
      size += (b & 0x7f) * 2 ** (7 * k);
      if (!(b & 0x80)) break;
    }
    if (type === 3 || type === 6) {
      const payload = bytes.subarray(p, p + 1);
      return bit(payload, 0) === 0 && bit(payload, 1) === 0 && bit(payload, 2) === 0;
    }
    at = p + size;
  }
  return false;
}

/**
 * @param codec the readers' codec name (h264, vp8, vp9, av1)
 * @param h264LengthSize bytes of each NAL unit's length (from the avcC record), for H.264
 */
export function isKeyFrame(codec: string, bytes: Uint8Array, h264LengthSize = 4): boolean {
  switch (codec) {
    case 'h264':
      return h264Key(bytes, h264LengthSize);
    case 'vp8':
      return bytes.length > 0 && (bytes[0]! & 1) === 0;
    case 'vp9':
      return vp9Key(bytes);
    case 'av1':
      return av1Key(bytes);
    default:
      return false;
  }
}
