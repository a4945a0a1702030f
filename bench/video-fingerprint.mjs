// The picture's fingerprint on a long 720p H.264 video (issue 14 item 4): generates MINUTES of
// 1280×720, 30 fps, 2 Mb/s H.264 with AAC sound (testsrc2 and a tone; once, kept under
// tests/.generated/bench/), then times, on this machine:
//   - the picture pass alone (verifier/node/decode-video.ts: ffmpeg at 5 frames a second, 32×32 gray,
//     and the signatures), against a plain full decode of the same picture by ffmpeg (-f null), in
//     the same run: the ratio says what the pass costs beyond decoding;
//   - the built CLI's `fingerprint` of the file (code, chunks, packets of every track, sound and
//     picture), and `compare` of the file with a re-encoded copy of its first REENCODED_MINUTES
//     (other encoder settings: the picture's packets cannot decide, so both pictures are decoded);
// each with × real time and peak RSS (GNU time's %M: the largest process, node or ffmpeg).
//
//   node bench/video-fingerprint.mjs               (one hour; builds the CLI first if dist/cli is missing)
//   VIDEO_MINUTES=10 node bench/video-fingerprint.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MINUTES = Number(process.env.VIDEO_MINUTES ?? 60);
const REENCODED_MINUTES = Math.min(MINUTES, 10);
const dir = join(root, 'tests/.generated/bench');
const cli = join(root, 'dist/cli/opnamepact.mjs');

function make(path, args) {
  if (existsSync(path)) return;
  const temp = `${path}.tmp.mp4`;
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, temp], { stdio: 'inherit' });
  renameSync(temp, path);
}

/** Wall seconds and peak RSS (MB) of a command, by GNU time. */
function timed(command, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mb: kb / 1024 };
}

const line = (what, seconds, length, mb) =>
  `${what.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s ${`${(length / seconds).toFixed(1)}×`.padStart(8)} real time${mb === undefined ? '' : `, peak RSS ${mb.toFixed(0)} MB`}`;

mkdirSync(dir, { recursive: true });
if (!existsSync(cli)) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
const seconds = MINUTES * 60;
const original = join(dir, `video-720p-${MINUTES}min.mp4`);
const copy = join(dir, `video-720p-${MINUTES}min-first-${REENCODED_MINUTES}min-reencoded.mp4`);
const started = performance.now();
make(original, [
  '-f', 'lavfi', '-i', `testsrc2=d=${seconds}:s=1280x720:r=30`, '-f', 'lavfi', '-i', `sine=f=300:d=${seconds}`,
  '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '2M', '-maxrate', '2M', '-bufsize', '4M', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k',
]);
make(copy, ['-i', original, '-t', String(REENCODED_MINUTES * 60), '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '30', '-c:a', 'copy']);
const made = (performance.now() - started) / 1000;

const { pictureSignatures } = await bundleModules(
  ["export { pictureSignatures } from './verifier/node/decode-video.ts';"],
  join(dir, 'decode-video-bundle.mjs'),
);
const load = loadavg()[0].toFixed(1);
const plain = timed('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-threads', '2', '-i', original, '-map', '0:v:0', '-f', 'null', '-']);
const t0 = performance.now();
const frames = await pictureSignatures(original, 'mp4');
const pass = (performance.now() - t0) / 1000;
const fingerprint = timed(process.execPath, [cli, 'fingerprint', original, '-o', join(dir, 'video-720p.fingerprint.json')]);
const compared = timed(process.execPath, [cli, 'compare', original, copy, '--json']);

console.log(`${MINUTES} min of 720p30 H.264 at 2 Mb/s (${new Date().toISOString()}, ${process.version}, load average ${load} before, ${loadavg()[0].toFixed(1)} after; files made in ${made.toFixed(0)} s)`);
console.log(line('plain ffmpeg decode of the picture (-f null)', plain.seconds, seconds, plain.mb));
console.log(line(`picture pass (${frames.length} frames signed)`, pass, seconds));
console.log(`  the picture pass takes ${(pass / plain.seconds).toFixed(2)} × the plain decode's time`);
console.log(line('opnamepact fingerprint (everything)', fingerprint.seconds, seconds, fingerprint.mb));
console.log(line(`opnamepact compare with ${REENCODED_MINUTES} min re-encoded`, compared.seconds, seconds, compared.mb));
