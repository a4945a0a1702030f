// Packet-layer cost on large video files. The headline: `opnamepact fingerprint` (which runs the
// packet pass beside its read) on the video file against the same command on bench/.data's random
// file, which has no container and so no packet work, per byte, in the same run, with the CLI's
// peak RSS. Then the parts, in this process: the packet pass as the CLI runs it (packetLayer over
// windowedFileSource: parse, hashing packets as they are found, reading the rest), the parse
// alone, and the web page's way, folded into one streaming read (StreamingPacketLayer), against a
// plain sequential read. Files are made once under bench/.data/ by looping a short encode with
// stream copy (fast), to BENCH_MEDIA_MB megabytes each (default 1024).
//
//   node bench/media-packets.mjs            (builds the CLI first if dist/cli is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';
import { makeRandomFile } from './random-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data');
const targetMb = Number(process.env.BENCH_MEDIA_MB ?? 1024);
mkdirSync(data, { recursive: true });

function ffmpeg(args) {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
}

/** A 20 s high-bitrate clip, looped by stream copy until the file reaches the target size. */
function makeLarge(ext, videoCodec, audioCodec) {
  const big = join(data, `large-${targetMb}.${ext}`);
  if (existsSync(big)) return big;
  const clip = join(data, `clip.${ext}`);
  if (!existsSync(clip)) {
    const video = videoCodec === 'libx264' ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '40M'] : ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '40M'];
    ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=d=20:s=1280x720:r=30', '-f', 'lavfi', '-i', 'anoisesrc=d=20:c=pink:r=48000:a=0.3', '-ac', '2', ...video, '-c:a', audioCodec, '-b:a', '128k', clip]);
  }
  const loops = Math.max(0, Math.ceil((targetMb * 1024 * 1024) / statSync(clip).size) - 1);
  ffmpeg(['-stream_loop', String(loops), '-i', clip, '-c', 'copy', big]);
  return big;
}

async function loadModules() {
  return bundleModules(
    [
      "export { readPackets } from './shared/media/read-packets.ts';",
      "export { portableSha256 } from './shared/media/packets/packet-hash.ts';",
      "export { StreamingPacketLayer, packetLayer } from './shared/media/packets/packet-layer.ts';",
      "export { openInput } from './verifier/node/open-input.ts';",
      "export { windowedFileSource } from './verifier/node/windowed-file-source.ts';",
      "export { nodeSha256 } from './verifier/node/node-sha256.ts';",
    ],
    join(data, 'media-bundle.mjs'),
  );
}

/** A sequential read in fresh 1 MiB pieces, as a file stream hands them out. */
function plainRead(path) {
  const started = performance.now();
  const fd = openSync(path, 'r');
  let total = 0;
  for (let n; (n = readSync(fd, new Uint8Array(1 << 20), 0, 1 << 20, null)) > 0; ) total += n;
  closeSync(fd);
  return { seconds: (performance.now() - started) / 1000, bytes: total };
}

/**
 * `opnamepact fingerprint` without its audio section: OPNAMEPACT_FFMPEG points at /bin/false, which
 * "fails to decode", so the figure is the byte and packet layers alone (audio decoding has its own
 * benchmark, audio-compare.mjs). The CLI reports its peak RSS (worker included).
 */
function fingerprintCli(path) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/opnamepact.mjs'), 'fingerprint', path, '-o', join(data, 'fp.json')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, OPNAMEPACT_FFMPEG: '/bin/false', OPNAMEPACT_REPORT_RSS: '1' },
  });
  const rss = /peak-rss-kib (\d+)/.exec(String(run.stderr));
  if (run.status !== 0 || !rss) throw new Error(`opnamepact fingerprint failed: ${run.stderr}`);
  return { seconds: (performance.now() - started) / 1000, rssMb: Number(rss[1]) / 1024 };
}

/** The CLI's packet pass on its own: packetLayer over the CLI's file source, or just the parse. */
async function packetPass(media, path, hash, parseOnly = false) {
  const input = await media.openInput(path);
  const source = media.windowedFileSource(input);
  const started = performance.now();
  const result = parseOnly ? await media.readPackets(source) : (await media.packetLayer(source, hash)).result;
  const seconds = (performance.now() - started) / 1000;
  await input.handle.close();
  return { seconds, packets: result.packets.length, audioBytes: [...result.packets].reduce((n, p) => n + p.size, 0) };
}

/**
 * The single-pass way: the file read once in 1 MiB pieces, each piece fed to StreamingPacketLayer
 * (as the fingerprint pass would); files that need random access then take packetLayer() on the file.
 */
async function singlePass(media, path, hash) {
  const started = performance.now();
  const fd = openSync(path, 'r');
  const size = statSync(path).size;
  const layer = new media.StreamingPacketLayer(path, size, hash);
  for (let n; ; ) {
    const buffer = new Uint8Array(1 << 20);
    n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    await layer.update(buffer.subarray(0, n));
  }
  closeSync(fd);
  let result = await layer.finish();
  const streamed = result !== null;
  if (!result) {
    const input = await media.openInput(path);
    result = await media.packetLayer(media.windowedFileSource(input), hash);
    await input.handle.close();
  }
  return { seconds: (performance.now() - started) / 1000, streamed, packets: result.result.packets.length };
}

const RUNS = 3;

/** Runs a measurement RUNS times and keeps the run with the median `key`: the machine is shared. */
async function median(measure, key) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  return runs.sort((a, b) => key(a) - key(b))[Math.floor(RUNS / 2)];
}

if (!existsSync(join(root, 'dist/cli/opnamepact.mjs'))) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
const media = await loadModules();
const randomFile = join(data, 'random-1GiB.bin');
makeRandomFile(randomFile, 2 ** 30);
plainRead(randomFile);
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
const videos = [['mp4', 'libx264', 'aac'], ['webm', 'libvpx', 'libopus']].map(([ext, video, audio]) => ({ ext, path: makeLarge(ext, video, audio) }));
// The CLI runs go round the three files in turn, and each round's video run is set against the same
// round's random-file run, so a change of load on the shared machine moves both sides alike.
const cliRuns = new Map([randomFile, ...videos.map((v) => v.path)].map((path) => [path, []]));
for (let round = 0; round < RUNS; round++) {
  for (const [path, runs] of cliRuns) {
    plainRead(path); // the page cache holds every file, so every run reads from memory
    runs.push(fingerprintCli(path));
  }
}
const noPacketRuns = cliRuns.get(randomFile);
const noPackets = [...noPacketRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)];
const rows = [];
for (const { ext, path } of videos) {
  const read = await median(() => plainRead(path), (r) => r.seconds);
  const runs = cliRuns.get(path);
  const fingerprint = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)];
  fingerprint.rssMb = Math.max(...runs.map((r) => r.rssMb));
  const perRound = runs.map((r, i) => r.seconds / read.bytes / (noPacketRuns[i].seconds / statSync(randomFile).size) - 1).sort((a, b) => a - b);
  const overhead = perRound[Math.floor(RUNS / 2)];
  const parse = await median(() => packetPass(media, path, media.nodeSha256, true), (r) => r.seconds);
  const node = await median(() => packetPass(media, path, media.nodeSha256), (r) => r.seconds);
  const noble = await median(() => packetPass(media, path, media.portableSha256), (r) => r.seconds);
  const single = await median(() => singlePass(media, path, media.nodeSha256), (r) => r.seconds);
  rows.push({ ext, mb: read.bytes / 2 ** 20, read: read.seconds, fingerprint, overhead, perRound, parse, noble, node, single });
}
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`packet layer on large video files (${new Date().toISOString()}, ${process.version}; medians of ${RUNS} runs on a shared 2-core machine, load average ${loadBefore} before, ${load} after)`);
console.log(
  `opnamepact fingerprint on the 1 GiB random file (no packet layer): ${noPackets.seconds.toFixed(2)} s = ${(2 ** 30 / 1e6 / noPackets.seconds).toFixed(0)} MB/s, ` +
    `peak RSS ${Math.max(...noPacketRuns.map((r) => r.rssMb)).toFixed(0)} MB`,
);
for (const r of rows) {
  console.log(
    `${r.ext}: ${r.mb.toFixed(0)} MiB, ${r.node.packets} audio packets (${(r.node.audioBytes / 2 ** 20).toFixed(1)} MiB)\n` +
      `  opnamepact fingerprint (with the packet layer) ${r.fingerprint.seconds.toFixed(2)} s = ${((r.mb * 2 ** 20) / 1e6 / r.fingerprint.seconds).toFixed(0)} MB/s, peak RSS ${r.fingerprint.rssMb.toFixed(0)} MB: ` +
      `the packet layer adds ${(100 * r.overhead).toFixed(1)}% per byte over the random file (median of the rounds: ${r.perRound.map((o) => `${(100 * o).toFixed(0)}%`).join(', ')})\n` +
      `  plain read ${r.read.toFixed(2)} s\n` +
      `  packet pass alone (as the CLI runs it) ${r.node.seconds.toFixed(2)} s = ${((100 * r.node.seconds) / r.fingerprint.seconds).toFixed(1)}% of fingerprint time; ` +
      `of which the parse ${r.parse.seconds.toFixed(2)} s; with noble's SHA-256 instead of node:crypto ${r.noble.seconds.toFixed(2)} s\n` +
      `  single pass (read + StreamingPacketLayer${r.single.streamed ? '' : ', then packetLayer() as the file needs random access'}) ${r.single.seconds.toFixed(2)} s: ` +
      `packet layer adds ${(r.single.seconds - r.read).toFixed(2)} s over the plain read = ${((100 * (r.single.seconds - r.read)) / r.fingerprint.seconds).toFixed(1)}% of fingerprint time`,
  );
}
console.log(`max RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
