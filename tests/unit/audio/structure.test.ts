// "Too little structure" (shared/audio/structure.ts) on real PCM that ffmpeg makes: a steady tone and
// digital silence have too little, speech (espeak-ng) and quiet or loud noise
// have enough; and the point of it: a steady tone re-encoded to MP3 matches its original's bits no
// better than chance, where speech re-encoded matches nearly every bit.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { AudioFingerprinter } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import { popcount32 } from '../../../shared/audio/popcount.ts';
import { informativeShare, MIN_INFORMATIVE_SHARE, tooLittleStructure } from '../../../shared/audio/structure.ts';

const DIR = fileURLToPath(new URL('../../.generated/audio-structure/', import.meta.url));

const SOURCES: Record<string, string[]> = {
  tone: ['-f', 'lavfi', '-i', 'sine=f=440:d=10:r=44100'],
  silence: ['-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono', '-t', '10'],
  // speech: made by espeak-ng, see fingerprintOf.
  'quiet noise': ['-f', 'lavfi', '-i', 'anoisesrc=d=10:c=pink:r=44100:a=0.001:seed=1'],
  'loud noise': ['-f', 'lavfi', '-i', 'anoisesrc=d=10:c=pink:r=44100:a=0.3:seed=1'],
};

/** The fingerprint of `args` (ffmpeg inputs), optionally after a round trip through MP3. */
function fingerprintOf(name: string, args: string[], viaMp3 = false): Uint32Array {
  mkdirSync(DIR, { recursive: true });
  const wav = `${DIR}${name.replace(/ /g, '-')}.wav`;
  if (name === 'speech') execFileSync('espeak-ng', ['-v', 'nl', '-w', wav, 'Dit is een gesprek over de opname van vandaag, en niemand knipt of plakt zonder het te melden.']);
  else execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, wav]);
  let input = wav;
  if (viaMp3) {
    input = `${wav}.mp3`;
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-c:a', 'libmp3lame', '-b:a', '64k', input]);
  }
  const pcm = execFileSync('ffmpeg', ['-v', 'error', '-i', input, '-ac', '1', '-ar', String(AUDIO_PARAMS.sampleRate), '-f', 'f32le', '-'], { maxBuffer: 1 << 26 });
  const samples = new Float32Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.length));
  return new AudioFingerprinter().update(samples).finish().subFingerprints;
}

function bitErrorRate(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let differing = 0;
  for (let k = 0; k < n; k++) differing += popcount32((a[k]! ^ b[k]!) >>> 0);
  return differing / (32 * n);
}

describe('too little structure for the sound fingerprint', () => {
  test.each([
    ['tone', true],
    ['silence', true],
    ['speech', false],
    ['quiet noise', false],
    ['loud noise', false],
  ])('%s: too little structure is %s', (name, expected) => {
    const subFingerprints = fingerprintOf(name, SOURCES[name] ?? []);
    expect(tooLittleStructure({ subFingerprints })).toBe(expected);
    // Well clear of the threshold on either side, so the answer does not hang on a rounding.
    expect(Math.abs(informativeShare(subFingerprints) - MIN_INFORMATIVE_SHARE)).toBeGreaterThan(0.15);
  });

  test('why: a re-encoded tone matches its bits no better than chance, re-encoded speech nearly all', () => {
    expect(bitErrorRate(fingerprintOf('tone', SOURCES.tone!), fingerprintOf('tone', SOURCES.tone!, true))).toBeGreaterThan(0.4);
    expect(bitErrorRate(fingerprintOf('speech', []), fingerprintOf('speech', [], true))).toBeLessThan(0.1);
  });

  test('fewer than two sub-fingerprints: nothing to tell by', () => {
    expect(informativeShare(new Uint32Array(1))).toBe(0);
  });
});
