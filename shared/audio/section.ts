// The fingerprint file's `audio` section (docs/formats-audio.md): the perceptual fingerprint with
// the parameters that made it. Sub-fingerprints are base64 of little-endian uint32s; an hour takes
// about 1.7 MB. Reading checks every field, and that the counts follow from the sample count,
// before decoding, so a damaged or doctored section is refused with a message naming the field.

import { Base64Bytes, decodeBase64, encodeBase64 } from '../fingerprint/base64.ts';
import type { AudioFingerprint } from './fingerprint.ts';
import { AUDIO_FINGERPRINT_VERSION, AUDIO_PARAMS } from './params.ts';

export const AUDIO_ALGORITHM = 'haitsma-kalker';
/** Longer audio is refused: 12 hours, about 21 MB of section. */
export const MAX_AUDIO_SECONDS = 12 * 3600;

export interface AudioSection {
  algorithm: typeof AUDIO_ALGORITHM;
  version: number;
  sampleRate: number;
  frameSize: number;
  hop: number;
  bands: number;
  lowHz: number;
  highHz: number;
  loudnessBlock: number;
  /** Mono samples at sampleRate that were fingerprinted. */
  sampleCount: number;
  count: number;
  /** base64 of `count` little-endian uint32s. */
  subFingerprints: string;
  /** base64 of one byte per loudnessBlock sub-fingerprints (half-dB steps from -100 dB). */
  loudness: string;
}

export class AudioSectionError extends Error {
  override readonly name = 'AudioSectionError';
}

function fail(field: string, problem: string): never {
  throw new AudioSectionError(`${field ? `audio.${field}` : 'audio section'}: ${problem}`);
}

/** Sub-fingerprints that `sampleCount` samples yield: one per hop after the first two frames. */
export function subFingerprintCount(sampleCount: number): number {
  const { frameSize, hop } = AUDIO_PARAMS;
  if (sampleCount < frameSize) return 0;
  return Math.max(0, Math.floor((sampleCount - frameSize) / hop));
}

/** Whether this machine stores a uint32 little-endian, as the section does (nearly every one): its words are then the section's bytes as they are. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export function writeAudioSection(fp: AudioFingerprint): AudioSection {
  return audioSection(fp, encodeBase64);
}

/** The section for the fingerprint file's writer: the sub-fingerprints base64'd as they are written, not held as text. */
export function audioSectionToWrite(fp: AudioFingerprint): Omit<AudioSection, 'subFingerprints'> & { subFingerprints: Base64Bytes } {
  return audioSection(fp, (bytes) => new Base64Bytes(bytes));
}

/** The section's fields in the file's order, the sub-fingerprints' bytes as `words` makes them. */
function audioSection<T>(fp: AudioFingerprint, words: (bytes: Uint8Array) => T): Omit<AudioSection, 'subFingerprints'> & { subFingerprints: T } {
  return {
    algorithm: AUDIO_ALGORITHM,
    version: AUDIO_FINGERPRINT_VERSION,
    ...AUDIO_PARAMS,
    sampleCount: fp.sampleCount,
    count: fp.subFingerprints.length,
    subFingerprints: words(littleEndianBytes(fp.subFingerprints)),
    loudness: encodeBase64(fp.loudness),
  };
}

/** The words as little-endian bytes: a view on a little-endian machine (three hours' 3.7 MB are not copied), else a copy. */
function littleEndianBytes(words: Uint32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]!, true);
  return bytes;
}

function base64Field(section: Record<string, unknown>, field: string, byteLength: number): Uint8Array {
  const text = section[field];
  const expectedChars = Math.ceil(byteLength / 3) * 4;
  if (typeof text !== 'string') fail(field, 'is missing or not a string');
  if (text.length !== expectedChars) fail(field, `has ${text.length} characters, expected ${expectedChars} for ${byteLength} bytes`);
  const bytes = decodeBase64(text);
  if (!bytes) fail(field, 'is not canonical base64');
  return bytes;
}

/** Validates a parsed `audio` section. @throws AudioSectionError naming the field and the problem */
export function readAudioSection(value: unknown): AudioFingerprint {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('', 'is not an object');
  const section = value as Record<string, unknown>;
  if (section.algorithm !== AUDIO_ALGORITHM) fail('algorithm', `is ${JSON.stringify(section.algorithm)}, expected "${AUDIO_ALGORITHM}"`);
  const version = section.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > AUDIO_FINGERPRINT_VERSION) {
    fail('version', `is ${version}, made by a newer Opnamepact; this one reads version ${AUDIO_FINGERPRINT_VERSION}: update Opnamepact`);
  }
  if (version !== AUDIO_FINGERPRINT_VERSION) fail('version', `is ${JSON.stringify(version)}, expected ${AUDIO_FINGERPRINT_VERSION}`);
  for (const [name, expected] of Object.entries(AUDIO_PARAMS)) {
    if (section[name] !== expected) fail(name, `is ${JSON.stringify(section[name])}, version ${AUDIO_FINGERPRINT_VERSION} requires ${expected}`);
  }
  const sampleCount = section.sampleCount;
  if (typeof sampleCount !== 'number' || !Number.isSafeInteger(sampleCount) || sampleCount < 0) {
    fail('sampleCount', `is ${JSON.stringify(sampleCount)}, expected a whole number ≥ 0`);
  }
  if (sampleCount > MAX_AUDIO_SECONDS * AUDIO_PARAMS.sampleRate) fail('sampleCount', `is more than ${MAX_AUDIO_SECONDS / 3600} hours of audio`);
  const count = subFingerprintCount(sampleCount);
  if (section.count !== count) fail('count', `is ${JSON.stringify(section.count)}, but ${sampleCount} samples give ${count}`);
  const bytes = base64Field(section, 'subFingerprints', count * 4);
  const loudness = base64Field(section, 'loudness', Math.ceil(count / AUDIO_PARAMS.loudnessBlock));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const subFingerprints = new Uint32Array(count);
  for (let i = 0; i < count; i++) subFingerprints[i] = view.getUint32(i * 4, true);
  return { subFingerprints, loudness, sampleCount };
}

/**
 * For readFingerprintFile's `sections.audio`: checks the section and keeps it in its file form, so
 * that writing the fingerprint again writes the same section.
 */
export function validateAudioSection(value: unknown): AudioSection {
  readAudioSection(value);
  return value as AudioSection;
}
