import { describe, expect, it } from 'vitest';
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import {
  AudioSectionError,
  audioSectionToWrite,
  readAudioSection,
  subFingerprintCount,
  validateAudioSection,
  writeAudioSection,
  type AudioSection,
} from '../../../shared/audio/section.ts';

function randomFingerprint(seconds: number): AudioFingerprint {
  const sampleCount = Math.round(seconds * AUDIO_PARAMS.sampleRate);
  const count = subFingerprintCount(sampleCount);
  let s = 7;
  const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  return {
    sampleCount,
    subFingerprints: Uint32Array.from({ length: count }, next),
    loudness: Uint8Array.from({ length: Math.ceil(count / AUDIO_PARAMS.loudnessBlock) }, () => next() & 255),
  };
}

function section(seconds = 10): AudioSection {
  return writeAudioSection(randomFingerprint(seconds));
}

function refuse(changes: Record<string, unknown>, message: RegExp): void {
  const value = { ...section(), ...changes };
  expect(() => readAudioSection(value)).toThrow(AudioSectionError);
  expect(() => readAudioSection(value)).toThrow(message);
}

describe('audio section', () => {
  it('round-trips through JSON', () => {
    const fp = randomFingerprint(10);
    const back = readAudioSection(JSON.parse(JSON.stringify(writeAudioSection(fp))));
    expect(back.subFingerprints).toEqual(fp.subFingerprints);
    expect(back.loudness).toEqual(fp.loudness);
    expect(back.sampleCount).toBe(fp.sampleCount);
  });

  it('is the same text, fields in the same order, whether its sub-fingerprints are text or bytes base64\'d as written', () => {
    const fp = randomFingerprint(30);
    const written = writeAudioSection(fp);
    expect(Object.keys(written)).toEqual(['algorithm', 'version', ...Object.keys(AUDIO_PARAMS), 'sampleCount', 'count', 'subFingerprints', 'loudness']);
    expect(JSON.stringify(audioSectionToWrite(fp))).toBe(JSON.stringify(written));
  });

  it('stores sub-fingerprints as little-endian uint32', () => {
    const sampleCount = AUDIO_PARAMS.frameSize + AUDIO_PARAMS.hop;
    const s = writeAudioSection({ sampleCount, subFingerprints: Uint32Array.of(0x04030201), loudness: Uint8Array.of(9) });
    expect(s.subFingerprints).toBe('AQIDBA==');
  });

  it('keeps an hour of audio under 2 MB', () => {
    const text = JSON.stringify(section(3600));
    expect(text.length).toBeLessThan(2_000_000);
    expect(text.length).toBeGreaterThan(1_600_000);
  });

  it('keeps the section as written when used as the file reader’s validator', () => {
    const s = section();
    expect(validateAudioSection(s)).toBe(s);
  });

  it('refuses a section that is not an object', () => {
    expect(() => readAudioSection([1, 2])).toThrow(/^audio section: is not an object/);
    expect(() => readAudioSection(null)).toThrow(/not an object/);
  });

  it('refuses another algorithm, a newer or broken version and other parameters', () => {
    refuse({ algorithm: 'chromaprint' }, /audio\.algorithm: is "chromaprint"/);
    refuse({ version: 2 }, /audio\.version: is 2, made by a newer Opnamepact.*update Opnamepact/);
    refuse({ version: '1' }, /audio\.version: is "1", expected 1/);
    refuse({ hop: 128 }, /audio\.hop: is 128, version 1 requires 64/);
    refuse({ sampleRate: 8000 }, /audio\.sampleRate/);
  });

  it('refuses counts that do not follow from the sample count', () => {
    refuse({ sampleCount: -1 }, /audio\.sampleCount: is -1/);
    refuse({ sampleCount: 1.5 }, /audio\.sampleCount/);
    refuse({ sampleCount: 13 * 3600 * AUDIO_PARAMS.sampleRate }, /more than 12 hours/);
    refuse({ count: section().count + 1 }, /audio\.count: is \d+, but \d+ samples give \d+/);
  });

  it('refuses binary fields of the wrong size or spelling', () => {
    const s = section();
    refuse({ subFingerprints: s.subFingerprints.slice(4) }, /audio\.subFingerprints: has \d+ characters, expected \d+/);
    refuse({ loudness: 42 }, /audio\.loudness: is missing or not a string/);
    refuse({ loudness: `${s.loudness.slice(0, -4)}@@@@` }, /audio\.loudness: is not canonical base64/);
  });
});
