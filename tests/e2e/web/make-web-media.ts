// Real media for the verifier page's e2e tests, made at test time with sox and ffmpeg into
// tests/.generated/web/: a 40 s recording (tones and noise, 16 kHz mono 16-bit, no stretch of
// digital silence), an unrelated one, copies edited exactly to the sample (one also re-encoded to
// MP3), and 10 s MP3 and M4A
// recordings with stream-copy cuts (ffmpeg -c copy keeps 2–7 s: packets stay byte-identical).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WEB_MEDIA_DIR = fileURLToPath(new URL('../../.generated/web/', import.meta.url));

export interface WebMedia {
  original: string;
  identical: string;
  /** The original without 10.0–15.0 s. */
  cut: string;
  /** The cut, re-encoded to MP3: no bytes or packets in common with the original. */
  reencodedCut: string;
  unrelated: string;
  /** A large sparse file (zeros), for cancel and responsiveness. */
  large: string;
  /** Compressed recordings and their stream-copy cuts keeping 2–7 s. */
  compressed: { mp3: { original: string; cut: string }; m4a: { original: string; cut: string } };
}

const ffmpeg = (...args: string[]): void => {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'pipe' });
};

/** 10 s of tone and noise (fixed seed) in `codec`, and its stream-copy cut keeping 2–7 s. */
function compressed(original: string, cut: string, codec: string[]): { original: string; cut: string } {
  ffmpeg('-f', 'lavfi', '-i', 'anoisesrc=d=10:c=pink:r=48000:a=0.25:seed=7', '-f', 'lavfi', '-i', 'sine=f=330:d=10:r=48000',
    '-filter_complex', 'amix=inputs=2', '-ac', '1', ...codec, original);
  ffmpeg('-i', original, '-ss', '2', '-t', '5', '-c', 'copy', cut);
  return { original, cut };
}

/** `-R`: repeatable noise, so every run tests the same bytes. */
const sox = (...args: string[]): void => {
  execFileSync('sox', ['-R', ...args], { stdio: 'pipe' });
};

export function makeWebMedia(): WebMedia {
  mkdirSync(WEB_MEDIA_DIR, { recursive: true });
  const at = (name: string): string => `${WEB_MEDIA_DIR}${name}`;
  const media: WebMedia = {
    original: at('gesprek.wav'),
    identical: at('gesprek-kopie.wav'),
    cut: at('gesprek-geknipt.wav'),
    reencodedCut: at('gesprek-geknipt-hercodeerd.mp3'),
    unrelated: at('ander-gesprek.wav'),
    large: at('groot.bin'),
    compressed: {
      mp3: { original: at('gesprek.mp3'), cut: at('gesprek-geknipt.mp3') },
      m4a: { original: at('gesprek.m4a'), cut: at('gesprek-geknipt.m4a') },
    },
  };
  const format = ['-r', '16000', '-b', '16', '-c', '1'];
  sox('-n', ...format, media.original, 'synth', '40', 'sine', '300-900', 'synth', '40', 'pinknoise', 'mix', 'vol', '0.3');
  sox('-n', ...format, media.unrelated, 'synth', '35', 'brownnoise', 'vol', '0.4');
  copyFileSync(media.original, media.identical);
  const head = at('cut-head.wav');
  const tail = at('cut-tail.wav');
  sox(media.original, head, 'trim', '0', '=10');
  sox(media.original, tail, 'trim', '15');
  sox(head, tail, media.cut);
  ffmpeg('-i', media.cut, '-c:a', 'libmp3lame', '-b:a', '64k', media.reencodedCut);
  execFileSync('truncate', ['-s', String(600 * 1024 * 1024), media.large]);
  compressed(media.compressed.mp3.original, media.compressed.mp3.cut, ['-c:a', 'libmp3lame', '-b:a', '128k']);
  compressed(media.compressed.m4a.original, media.compressed.m4a.cut, ['-c:a', 'aac', '-b:a', '96k']);
  return media;
}
