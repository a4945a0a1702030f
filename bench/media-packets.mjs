// Packet-layer cost on large video files. The headline: `opnamepact fingerprint` (which reads the
// packet table in its single pass) on the video file against the same command on bench/.data's
// random file, which has no container and so no packet work, per byte, in the same run. Then the
// parts: reading the audio packet table and hashing the packets, against a plain sequential read;
// as a second pass over the file (packetLayer) and folded into one streaming read
// (StreamingPacketLayer). Files are made once under bench/.data/ by looping a short encode with
// stream copy (fast), to BENCH_MEDIA_MB megabytes each (default 1024).
//
//   node bench/media-packets.mjs            (builds the CLI first if dist/cli is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
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
  const out = join(data, 'media-bundle.mjs');
  await build({
    stdin: {
      contents: [
        "export { readPackets } from './shared/media/read-packets.ts';",
        "export { hashPackets } from './shared/media/packet-hash.ts';",
        "export { fileByteSource } from './tests/unit/media/node-byte-source.ts';",
        "export { StreamingPacketLayer, packetLayer } from './shared/media/packet-layer.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  return import(pathToFileURL(out).href);
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
 * benchmark, audio-compare.mjs).
 */
function fingerprintCli(path) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/opnamepact.mjs'), 'fingerprint', path, '-o', join(data, 'fp.json')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, OPNAMEPACT_FFMPEG: '/bin/false' },
  });
  if (run.status !== 0) throw new Error(`opnamepact fingerprint failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const nodeSha256 = () => {
  const h = createHash('sha256');
  return { update: (b) => h.update(b), digest: () => new Uint8Array(h.digest()) };
};

async function packetLayer(media, path, createHash) {
  const source = media.fileByteSource(path);
  const started = performance.now();
  const result = await media.readPackets(source);
  const parsed = performance.now();
  const audioBytes = result.packets.reduce((n, p) => n + p.size, 0);
  await media.hashPackets(source, result.packets, createHash);
  source.close();
  return { parse: (parsed - started) / 1000, hash: (performance.now() - parsed) / 1000, packets: result.packets.length, audioBytes };
}

/**
 * The single-pass way: the file read once in 1 MiB pieces, each piece fed to StreamingPacketLayer
 * (as the fingerprint pass would); files that need random access then take packetLayer() on the file.
 */
async function singlePass(media, path, createHash) {
  const started = performance.now();
  const fd = openSync(path, 'r');
  const size = statSync(path).size;
  const layer = new media.StreamingPacketLayer(path, size, createHash);
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
    const source = media.fileByteSource(path);
    result = await media.packetLayer(source, createHash);
    source.close();
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
const noPackets = await median(() => fingerprintCli(randomFile), (s) => s);
const noPacketsSecondsPerByte = noPackets / statSync(randomFile).size;
const rows = [];
for (const [ext, video, audio] of [['mp4', 'libx264', 'aac'], ['webm', 'libvpx', 'libopus']]) {
  const path = makeLarge(ext, video, audio);
  plainRead(path); // warm the page cache so every measurement reads from memory
  const read = await median(() => plainRead(path), (r) => r.seconds);
  const fingerprint = await median(() => fingerprintCli(path), (s) => s);
  const noble = await median(() => packetLayer(media, path), (r) => r.parse + r.hash);
  const node = await median(() => packetLayer(media, path, nodeSha256), (r) => r.parse + r.hash);
  const single = await median(() => singlePass(media, path, nodeSha256), (r) => r.seconds);
  const overhead = fingerprint / (noPacketsSecondsPerByte * read.bytes) - 1;
  rows.push({ ext, mb: read.bytes / 2 ** 20, read: read.seconds, fingerprint, overhead, noble, node, single });
}
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`packet layer on large video files (${new Date().toISOString()}, ${process.version}; medians of ${RUNS} runs on a shared 2-core machine, load average ${load})`);
console.log(`opnamepact fingerprint on the 1 GiB random file (no packet layer): ${noPackets.toFixed(2)} s = ${(2 ** 30 / 1e6 / noPackets).toFixed(0)} MB/s`);
for (const r of rows) {
  console.log(
    `${r.ext}: ${r.mb.toFixed(0)} MiB, ${r.node.packets} audio packets (${(r.node.audioBytes / 2 ** 20).toFixed(1)} MiB)\n` +
      `  opnamepact fingerprint (with the packet layer) ${r.fingerprint.toFixed(2)} s = ${((r.mb * 2 ** 20) / 1e6 / r.fingerprint).toFixed(0)} MB/s: ` +
      `the packet layer adds ${(100 * r.overhead).toFixed(1)}% per byte over the random file\n` +
      `  plain read ${r.read.toFixed(2)} s\n` +
      `  parse ${r.node.parse.toFixed(2)} s (${((100 * r.node.parse) / r.read).toFixed(0)}% of a plain read); ` +
      `hash with node:crypto ${r.node.hash.toFixed(2)} s, with noble ${r.noble.hash.toFixed(2)} s\n` +
      `  packet layer (parse + node:crypto hash) = ${((100 * (r.node.parse + r.node.hash)) / r.fingerprint).toFixed(1)}% of fingerprint time; ` +
      `with noble ${((100 * (r.noble.parse + r.noble.hash)) / r.fingerprint).toFixed(1)}%\n` +
      `  single pass (read + StreamingPacketLayer${r.single.streamed ? '' : ', then packetLayer() as the file needs random access'}) ${r.single.seconds.toFixed(2)} s: ` +
      `packet layer adds ${(r.single.seconds - r.read).toFixed(2)} s over the plain read = ${((100 * (r.single.seconds - r.read)) / r.fingerprint).toFixed(1)}% of fingerprint time`,
  );
}
console.log(`max RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
