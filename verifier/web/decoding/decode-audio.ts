// The audio layer's fallback decoding in the browser, for what the streaming decoder
// (decode-audio-stream.ts) cannot do: decodeAudioData reads whatever the browser can play
// (MP3, AAC/M4A, Opus and Vorbis in Ogg or WebM, WAV, FLAC), and an OfflineAudioContext mixes to mono
// and resamples to the fingerprint's analysis rate, as ffmpeg does in Node. The file is decoded
// whole: Web Audio has no streaming decoder, so memory grows with the recording (an hour of decoded
// 48 kHz stereo is ~1.4 GB), which is why the CLI is the tool for long recordings.

import { AudioFingerprinter, type AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';

/** Four 2nd-order sections at 2300 Hz: 8th order, about -29 dB where 3.5 kHz would fold onto 2 kHz. */
const LOWPASS_STAGES = 4;
const LOWPASS_HZ = 2300;

/** Mono PCM at AUDIO_PARAMS.sampleRate. @throws Error naming `name` when the browser cannot decode it */
export async function decodeAudioInBrowser(bytes: ArrayBuffer, name: string): Promise<Float32Array> {
  let decoded: AudioBuffer;
  try {
    decoded = await new OfflineAudioContext(1, 1, 44100).decodeAudioData(bytes);
  } catch (e) {
    throw new Error(`${name}: the browser cannot decode the audio (${e instanceof Error ? e.message : String(e)})`);
  }
  return resample(await bandLimitToMono(decoded));
}

/**
 * Mixes to mono (the standard speaker rules: (L + R) / 2) and low-passes below the analysis rate's
 * Nyquist frequency. Web Audio resamples a buffer source by interpolation without an anti-alias
 * filter; without this, speech above 2.8 kHz would fold into the fingerprint's bands (measured:
 * 12 % of bits differed from ffmpeg's decoding, 1 % with the filter).
 */
async function bandLimitToMono(decoded: AudioBuffer): Promise<AudioBuffer> {
  const context = new OfflineAudioContext(1, decoded.length, decoded.sampleRate);
  const source = new AudioBufferSourceNode(context, { buffer: decoded });
  let node: AudioNode = source;
  for (let i = 0; i < LOWPASS_STAGES; i++) {
    const filter = new BiquadFilterNode(context, { type: 'lowpass', frequency: LOWPASS_HZ, Q: Math.SQRT1_2 });
    node.connect(filter);
    node = filter;
  }
  node.connect(context.destination);
  source.start();
  return context.startRendering();
}

async function resample(mono: AudioBuffer): Promise<Float32Array> {
  const rate = AUDIO_PARAMS.sampleRate;
  const context = new OfflineAudioContext(1, Math.max(1, Math.round(mono.duration * rate)), rate);
  const source = new AudioBufferSourceNode(context, { buffer: mono });
  source.connect(context.destination);
  source.start();
  return (await context.startRendering()).getChannelData(0);
}

export async function fingerprintAudioInBrowser(bytes: ArrayBuffer, name: string): Promise<AudioFingerprint> {
  return new AudioFingerprinter().update(await decodeAudioInBrowser(bytes, name)).finish();
}
