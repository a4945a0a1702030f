// Real WAV media for the CLI tests, made at test time with espeak-ng and sox into
// tests/.generated/cli/: about 71 s of Dutch speech over soft pink noise (16 kHz mono 16-bit;
// the noise means no stretch is digital silence, so every edit boundary is unambiguous), and
// edited copies made with sox trim and concatenation, exact to the sample.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIR = fileURLToPath(new URL('../.generated/cli/', import.meta.url));
export const RATE = 16_000;

const DUTCH =
  'Goedemiddag. Dit is een gesprek over de opname van vandaag. We spreken af dat niemand de opname knipt ' +
  'of plakt zonder dat te melden. De cliënt mag de opname terugluisteren. Kopieën worden op verzoek uitgewisseld.';
const ENGLISH =
  'This is a different recording. It talks about the weather, the train timetable and a recipe for soup, ' +
  'and it has nothing to do with the conversation in the original file.';

const sox = (...args: string[]): void => {
  execFileSync('sox', args, { stdio: 'pipe' });
};

/** Speech repeated to a length, over pink noise, as 16 kHz mono 16-bit PCM. */
function speech(out: string, text: string, voice: string, repeat: number): void {
  const raw = `${DIR}${voice}-raw.wav`;
  const speechOnly = `${DIR}${voice}-speech.wav`;
  const noise = `${DIR}${voice}-noise.wav`;
  execFileSync('espeak-ng', ['-v', voice, '-s', '160', '-w', raw, text], { stdio: 'pipe' });
  sox(raw, '-r', String(RATE), '-b', '16', '-c', '1', speechOnly, 'repeat', String(repeat));
  const seconds = execFileSync('soxi', ['-D', speechOnly], { encoding: 'utf8' }).trim();
  sox('-n', '-r', String(RATE), '-b', '16', '-c', '1', noise, 'synth', seconds, 'pinknoise', 'vol', '0.05');
  sox('-m', speechOnly, noise, out);
}

/** Pieces of `source` (seconds; end null = to the end) joined into `out`. */
function splice(out: string, pieces: [string, number, number | null][]): void {
  const parts = pieces.map(([source, start, end], i) => {
    const part = `${out}.part${i}.wav`;
    sox(source, part, 'trim', String(start), ...(end === null ? [] : [`=${end}`]));
    return part;
  });
  sox(...parts, out);
}

export interface Media {
  original: string;
  other: string;
  copies: Record<'cut' | 'insert' | 'replace' | 'move' | 'trimHead' | 'trimTail' | 'identical', string>;
}

export function makeMedia(): Media {
  mkdirSync(DIR, { recursive: true });
  const original = `${DIR}original.wav`;
  const other = `${DIR}other.wav`;
  const copies: Media['copies'] = {
    cut: `${DIR}cut.wav`,
    insert: `${DIR}insert.wav`,
    replace: `${DIR}replace.wav`,
    move: `${DIR}move.wav`,
    trimHead: `${DIR}trim-head.wav`,
    trimTail: `${DIR}trim-tail.wav`,
    identical: `${DIR}identical.wav`,
  };
  speech(original, DUTCH, 'nl', 4);
  speech(other, ENGLISH, 'en', 5);
  splice(copies.cut, [[original, 0, 20], [original, 30, null]]);
  splice(copies.insert, [[original, 0, 40], [other, 0, 5], [original, 40, null]]);
  splice(copies.replace, [[original, 0, 50], [other, 0, 5], [original, 55, null]]);
  splice(copies.move, [[original, 0, 10], [original, 20, 40], [original, 10, 20], [original, 40, null]]);
  sox(original, copies.trimHead, 'trim', '5');
  sox(original, copies.trimTail, 'trim', '0', '=60');
  copyFileSync(original, copies.identical);
  return { original, other, copies };
}
