// The picture's fingerprint and memory with length on 720p H.264 (issue 14): for each of
// VIDEO_MINUTES (default 10, 60 and 180) it generates that many minutes of 1280×720, 30 fps, 2 Mb/s
// H.264 with AAC sound (testsrc2 and a tone; a length over an hour that is a multiple of one made
// before is that file joined to itself by ffmpeg's concat demuxer, stream copy: three hours in seconds),
// the same remuxed to Matroska with Opus sound (the WebM reader's walk), and a re-encoded copy of the
// first REENCODED_MINUTES (other encoder settings: the picture's packets cannot decide, so both
// pictures are decoded), in a temporary folder deleted at the end. Then it times, on this machine, in
// the same run:
//   - sha256sum of the file and a plain full decode of the picture by ffmpeg (-f null), the yardsticks;
//   - the picture pass alone (verifier/node/decode-video.ts: ffmpeg at 5 frames a second, 32×32 gray,
//     and the signatures);
//   - the built CLI's `fingerprint` of the MP4 and the Matroska file (code, chunks, packets of every
//     track, the sound's and the picture's fingerprints), and `compare` of the MP4 with the copy;
// each with × real time and the CLI's own peak RSS (OPNAMEPACT_REPORT_RSS: node with its worker
// threads; ffmpeg's is GNU time's %M). With OPNAMEPACT_CLI_BEFORE=path/to/opnamepact.mjs (an older
// build) the CLI rows are run with that build too, for a before/after in the same run.
//
//   node bench/video-fingerprint.mjs                       (10, 60 and 180 min; builds the CLI if dist/cli is missing)
//   VIDEO_MINUTES=5,20 node bench/video-fingerprint.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LENGTHS = (process.env.VIDEO_MINUTES ?? '10,60,180').split(',').map(Number);
const REENCODED_MINUTES = 5;
/** Longer lengths are joined from the longest one made that divides them. */
const ENCODED_UP_TO = 60;
const cli = join(root, 'dist/cli/opnamepact.mjs');
const before = process.env.OPNAMEPACT_CLI_BEFORE;

const ffmpeg = (args) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-nostdin', ...args], { stdio: 'inherit' });

/** Wall seconds and peak RSS (MB) of a command: the CLI's own report when it gives one, else GNU time's %M. */
function timed(command, args) {
  const r = spawnSync('/usr/bin/time', ['-f', 'time %e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, OPNAMEPACT_REPORT_RSS: '1' },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [seconds, kb] = r.stderr.match(/^time (\S+) (\d+)$/m).slice(1).map(Number);
  const own = r.stderr.match(/^peak-rss-kib (\d+)$/m);
  return { seconds, mb: (own ? Number(own[1]) : kb) / 1024 };
}

const line = (what, seconds, length, mb) =>
  `  ${what.padEnd(52)} ${seconds.toFixed(1).padStart(7)} s ${`${(length / seconds).toFixed(1)}×`.padStart(8)} real time${mb === undefined ? '' : `, peak RSS ${mb.toFixed(0).padStart(4)} MB`}`;

if (!existsSync(cli)) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'opnamepact-bench-video-'));
try {
  const { pictureSignatures } = await bundleModules(["export { pictureSignatures } from './verifier/node/decode-video.ts';"], join(dir, 'decode-video-bundle.mjs'));
  const builds = before ? [['now', cli], ['before', before]] : [['now', cli]];
  const made = [];
  for (const minutes of [...LENGTHS].sort((a, b) => a - b)) {
    const seconds = minutes * 60;
    const original = join(dir, `video-720p-${minutes}min.mp4`);
    const matroska = join(dir, `video-720p-${minutes}min.mkv`);
    const copy = join(dir, `video-720p-${minutes}min-first-${REENCODED_MINUTES}min-reencoded.mp4`);
    const started = performance.now();
    const part = minutes > ENCODED_UP_TO ? made.filter((m) => minutes % m === 0).pop() : undefined;
    if (part) {
      const joinedTo = (file, into) => {
        const list = join(dir, 'concat.txt');
        writeFileSync(list, `file '${file}'\n`.repeat(minutes / part));
        ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', into]);
      };
      joinedTo(join(dir, `video-720p-${part}min.mp4`), original);
      joinedTo(join(dir, `video-720p-${part}min.mkv`), matroska);
    } else {
      ffmpeg([
        '-f', 'lavfi', '-i', `testsrc2=d=${seconds}:s=1280x720:r=30`, '-f', 'lavfi', '-i', `sine=f=300:d=${seconds}`,
        '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '2M', '-maxrate', '2M', '-bufsize', '4M', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k', original,
      ]);
      ffmpeg(['-i', original, '-c:v', 'copy', '-c:a', 'libopus', '-b:a', '48k', matroska]);
    }
    made.push(minutes);
    ffmpeg(['-i', original, '-t', String(Math.min(minutes, REENCODED_MINUTES) * 60), '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '30', '-c:a', 'copy', copy]);
    const making = (performance.now() - started) / 1000;

    const load = loadavg()[0].toFixed(1);
    const sha = timed('sha256sum', [original]);
    const plain = timed('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-threads', '2', '-i', original, '-map', '0:v:0', '-f', 'null', '-']);
    const t0 = performance.now();
    const frames = await pictureSignatures(original, 'mp4');
    const pass = (performance.now() - t0) / 1000;
    const rows = [];
    const commands = [
      ['fingerprint (MP4)', ['fingerprint', original, '-o', join(dir, 'fingerprint.json')]],
      ['fingerprint (Matroska, Opus)', ['fingerprint', matroska, '-o', join(dir, 'fingerprint.json')]],
      [`compare (MP4, ${REENCODED_MINUTES} min re-encoded)`, ['compare', original, copy, '--json']],
    ];
    // The builds take turns on each command, so a change in the machine's load falls on both.
    for (const [what, args] of commands) for (const [build, path] of builds) rows.push([`${build}: opnamepact ${what}`, timed(process.execPath, [path, ...args])]);

    console.log(`${minutes} min of 720p30 H.264 at 2 Mb/s (${new Date().toISOString()}, ${process.version}, load average ${load} before, ${loadavg()[0].toFixed(1)} after; files made in ${making.toFixed(0)} s${part ? ` by joining the ${part} min files` : ''})`);
    console.log(line('sha256sum', sha.seconds, seconds, sha.mb));
    console.log(line('plain ffmpeg decode of the picture (-f null)', plain.seconds, seconds, plain.mb));
    console.log(line(`picture pass (${frames.length} frames signed)`, pass, seconds));
    for (const [what, r] of rows) console.log(`${line(what, r.seconds, seconds, r.mb)}; ${(r.seconds / plain.seconds).toFixed(2)} × the decode, ${(r.seconds / sha.seconds).toFixed(1)} × sha256sum`);
    // The original and its remux stay for longer lengths to be joined from; the copy goes.
    rmSync(copy);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
