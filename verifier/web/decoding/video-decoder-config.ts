// The WebCodecs VideoDecoderConfig for a picture track the readers found: the codec string of the
// WebCodecs codec registry, made from the configuration record the container keeps (H.264's avcC,
// VP9's vpcC, AV1's av1C) or, for VP9 in WebM that has none, from the first key frame's profile.
// Null for codecs WebCodecs has no registration for here (H.265 without a decoder, MPEG-4 part 2, …).
import type { ContainerName } from '../../../shared/media/types.ts';

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
const dec2 = (n: number): string => String(n).padStart(2, '0');

/** avc1.PPCCLL: profile, constraint flags and level, bytes 1–3 of the AVCDecoderConfigurationRecord. */
function avcCodec(avcC: Uint8Array): string | null {
  return avcC.length >= 7 && avcC[0] === 1 ? `avc1.${hex2(avcC[1]!)}${hex2(avcC[2]!)}${hex2(avcC[3]!)}` : null;
}

/** vp09.PP.LL.DD from vpcC (a full box: version and flags, then profile, level, bit depth in the high 4 bits), or the key frame's profile at level 1.0. */
function vp9Codec(vpcC: Uint8Array | undefined, firstKey: Uint8Array | undefined): string {
  if (vpcC && vpcC.length >= 7) return `vp09.${dec2(vpcC[4]!)}.${dec2(vpcC[5]!)}.${dec2(vpcC[6]! >> 4)}`;
  const b = firstKey?.[0] ?? 0x80;
  const profile = ((b >> 5) & 1) | (((b >> 4) & 1) << 1);
  return `vp09.${dec2(profile)}.10.${profile >= 2 ? '10' : '08'}`;
}

/** av01.P.LLT.DD from av1C: profile and level in byte 1, tier and bit depth in byte 2 (AV1 ISOBMFF binding §2.3.3). */
function av1Codec(av1C: Uint8Array): string | null {
  if (av1C.length < 4 || (av1C[0]! & 0x7f) !== 1) return null;
  const profile = av1C[1]! >> 5;
  const level = av1C[1]! & 31;
  const tier = (av1C[2]! >> 7) & 1 ? 'H' : 'M';
  const depth = (av1C[2]! >> 6) & 1 ? ((av1C[2]! >> 5) & 1 ? 12 : 10) : 8;
  return `av01.${profile}.${dec2(level)}${tier}.${dec2(depth)}`;
}

/**
 * @param decoderConfig the container's configuration record, if any (WebM's VP9 CodecPrivate is a
 * feature list, not vpcC, and is not used)
 * @param firstKey the first key frame's bytes (VP9 without vpcC names its profile there)
 */
export function videoDecoderConfig(container: ContainerName, codec: string | null, decoderConfig: Uint8Array | undefined, firstKey?: Uint8Array): VideoDecoderConfig | null {
  // Software decoding is as fast here and behaves the same everywhere; the browser may still choose.
  const base = { hardwareAcceleration: 'no-preference' as const };
  switch (codec) {
    case 'h264': {
      const string = decoderConfig && avcCodec(decoderConfig);
      return string ? { ...base, codec: string, description: decoderConfig } : null;
    }
    case 'vp8':
      return { ...base, codec: 'vp8' };
    case 'vp9':
      return { ...base, codec: vp9Codec(container === 'mp4' ? decoderConfig : undefined, firstKey) };
    case 'av1': {
      const string = decoderConfig && av1Codec(decoderConfig);
      return string ? { ...base, codec: string, description: decoderConfig } : null;
    }
    default:
      return null;
  }
}
