// Small real recordings for the extension's verifier page, made at test time with sox into their own
// folder: a 12 s WAV (tones and noise), a byte-identical copy, and a copy without 4.0–6.0 s.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../.generated/extension-verifier/', import.meta.url));

export interface VerifierMedia {
  original: string;
  identical: string;
  /** The original without 4.0–6.0 s, cut to the sample. */
  cut: string;
}

/** `-R`: repeatable noise, so every run tests the same bytes. */
const sox = (...args: string[]): void => {
  execFileSync('sox', ['-R', ...args], { stdio: 'pipe' });
};

export function makeVerifierMedia(): VerifierMedia {
  mkdirSync(DIR, { recursive: true });
  const media: VerifierMedia = { original: `${DIR}sessie.wav`, identical: `${DIR}sessie-kopie.wav`, cut: `${DIR}sessie-geknipt.wav` };
  sox('-n', '-r', '16000', '-b', '16', '-c', '1', media.original, 'synth', '12', 'sine', '300-900', 'synth', '12', 'pinknoise', 'mix', 'vol', '0.3');
  copyFileSync(media.original, media.identical);
  const head = `${DIR}head.wav`;
  const tail = `${DIR}tail.wav`;
  sox(media.original, head, 'trim', '0', '=4');
  sox(media.original, tail, 'trim', '6');
  sox(head, tail, media.cut);
  return media;
}
