// npm run demo: makes a sample recording and an edited copy (no external tools: a synthetic WAV
// written here), then runs the built CLI on them the way a complaints handler would.
// Output goes to dist/demo/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli/opnamepact.mjs`;
const dir = `${root}dist/demo/`;
const RATE = 16000;
const SECONDS = 60;

/** 16-bit mono PCM: a voice-like tone whose pitch and loudness wander, over soft noise (xorshift32). */
function samples() {
  const pcm = new Int16Array(RATE * SECONDS);
  let x = 2463534242;
  let phase = 0;
  for (let i = 0; i < pcm.length; i++) {
    const t = i / RATE;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const pitch = 140 + 40 * Math.sin(2 * Math.PI * 0.31 * t) + 25 * Math.sin(2 * Math.PI * 1.7 * t);
    phase += (2 * Math.PI * pitch) / RATE;
    const syllables = Math.max(0, Math.sin(2 * Math.PI * 3.1 * t + Math.sin(t)));
    const voice = (Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase)) * syllables;
    pcm[i] = Math.round(6000 * voice + ((x & 0xffff) - 32768) / 40);
  }
  return pcm;
}

function wav(pcm) {
  const data = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

const at = (pcm, from, to) => pcm.subarray(from * RATE, to * RATE);
function joined(...parts) {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function run(title, args) {
  console.log(`\n$ opnamepact ${args.join(' ')}    # ${title}`);
  try {
    process.stdout.write(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' }));
  } catch (e) {
    // compare exits 1 for an edited copy: that is the answer, not a failure.
    if (e.status !== 1) throw e;
    process.stdout.write(e.stdout);
  }
}

mkdirSync(dir, { recursive: true });
const pcm = samples();
const original = `${dir}gesprek-origineel.wav`;
const edited = `${dir}gesprek-kopie.wav`;
const fingerprint = `${dir}gesprek-origineel.fingerprint.json`;
writeFileSync(original, wav(pcm));
// The copy: 20-25 s cut out, and 40-45 s moved to the 10 s mark.
writeFileSync(edited, wav(joined(at(pcm, 0, 10), at(pcm, 40, 45), at(pcm, 10, 20), at(pcm, 25, 40), at(pcm, 45, 60))));
console.log(`Sample recording: ${original} (60 s)`);
console.log(`Edited copy:      ${edited} (20-25 s cut out, 40-45 s moved to 0:10)`);

run('the recording code, the same as sha256sum', ['code', original]);
run('register the original as a fingerprint file', ['fingerprint', original, '-o', fingerprint]);
console.log(`(written to ${fingerprint})`);
run('compare the copy with the original file', ['compare', original, edited]);
run('compare the copy with the fingerprint file only', ['compare', fingerprint, edited, '--lang', 'en']);
