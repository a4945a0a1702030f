// The WebCodecs AudioDecoderConfig for what the container readers found: the codec string of the
// WebCodecs codec registry and the description bytes the reader took from the container. Null when
// WebCodecs has no registration for the codec (AMR, MP2, AC-3, …): the page then falls back.
import type { MediaReadResult } from '../../../shared/media/types.ts';

/** AAC's codec string names the audio object type, the first 5 bits of the AudioSpecificConfig (31 escapes to 6 more). */
function aacCodecString(config: Uint8Array): string {
  const first = config[0]! >> 3;
  const objectType = first === 31 ? 32 + (((config[0]! & 7) << 3) | (config[1]! >> 5)) : first;
  return `mp4a.40.${objectType}`;
}

export function webCodecsConfig(read: Pick<MediaReadResult, 'codec' | 'decoderConfig' | 'sampleRate' | 'channels'>): AudioDecoderConfig | null {
  const { codec, decoderConfig, sampleRate, channels } = read;
  if (!sampleRate || !channels) return null;
  const base = { sampleRate, numberOfChannels: channels };
  switch (codec) {
    case 'aac':
      return decoderConfig && decoderConfig.length >= 2 ? { ...base, codec: aacCodecString(decoderConfig), description: decoderConfig } : null;
    case 'mp3':
      return { ...base, codec: 'mp3' };
    // Opus always decodes at 48 kHz; the header's rate is only the input's.
    case 'opus':
      return { ...base, sampleRate: 48000, codec: 'opus', ...(decoderConfig && { description: decoderConfig }) };
    case 'vorbis':
    case 'flac':
      return decoderConfig ? { ...base, codec, description: decoderConfig } : null;
    default:
      return null;
  }
}
