// Work bounded by the file's size (issue 13 item 3; security review F9, F10): the two crafted 8 MB
// MP4 files of tests/fixtures/robustness/crafted-mp4.ts (32,800 samples listed in reverse; samples
// of 2 MiB starting 64 bytes apart, claiming some 70 GB) through the built CLI (`compare X X`, which
// runs the packet pass on both sides) and, in this process, through the CLI's random-access packet
// pass and the page's streaming one (4 MiB pieces), against a plain read of the same file.
//
//   node bench/crafted-mp4.mjs            (builds the CLI first if dist/cli is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;

async function loadModules() {
  // Two levels below tests/, so that the fixture's own path to tests/.generated/media/ still holds.
  return bundleModules(
    [
      "export { craftedMp4 } from './tests/fixtures/robustness/crafted-mp4.ts';",
      "export { StreamingPacketLayer, packetLayer } from './shared/media/packets/packet-layer.ts';",
      "export { nodeSha256 } from './verifier/node/node-sha256.ts';",
    ],
    join(root, 'tests/.generated/bench/crafted-bundle.mjs'),
  );
}

function memorySource(name, bytes) {
  return { name, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

async function seconds(run) {
  const times = [];
  let outcome = '';
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    outcome = await run();
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: times[RUNS >> 1], outcome };
}

const settle = (promise) => promise.then((layer) => (layer ? `${layer.result.packets.length} packets` : 'random access needed'), (error) => `refused: ${error.problem}`);

if (!existsSync(join(root, 'dist/cli/opnamepact.mjs'))) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
const { craftedMp4, packetLayer, StreamingPacketLayer, nodeSha256 } = await loadModules();
const loadBefore = loadavg()[0].toFixed(1);
const rows = [];
for (const kind of ['reversed', 'overlapping']) {
  const path = craftedMp4(kind);
  const bytes = new Uint8Array(readFileSync(path));
  const read = await seconds(async () => `${new Uint8Array(readFileSync(path)).length} bytes`);
  const cli = await seconds(async () => {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/opnamepact.mjs'), 'compare', path, path, '--json'], { encoding: 'utf8' });
    return `exit ${r.status}, ${JSON.parse(r.stdout).verdict}`;
  });
  const random = await seconds(() => settle(packetLayer(memorySource(path, bytes), nodeSha256)));
  const streaming = await seconds(() => {
    const layer = new StreamingPacketLayer(path, bytes.length, nodeSha256);
    const feed = async () => {
      for (let at = 0; at < bytes.length; at += 4 << 20) await layer.update(bytes.subarray(at, at + (4 << 20)));
      return layer.finish();
    };
    return settle(feed());
  });
  rows.push([kind, bytes.length, read, cli, random, streaming]);
}
console.log(`crafted 8 MB MP4 files (${new Date().toISOString()}, ${process.version}; medians of ${RUNS} runs, load average ${loadBefore} before, ${loadavg()[0].toFixed(1)} after)`);
console.log('| file | bytes | plain read | CLI compare X X (both sides) | packet pass, random access | packet pass, streaming (page) |');
console.log('|---|---|---|---|---|---|');
for (const [kind, size, read, cli, random, streaming] of rows) {
  const cell = ({ median, outcome }) => `${median.toFixed(2)} s (${outcome})`;
  console.log(`| ${kind} | ${size} | ${read.median.toFixed(3)} s | ${cell(cli)} | ${cell(random)} | ${cell(streaming)} |`);
}
