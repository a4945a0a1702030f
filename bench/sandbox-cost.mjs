// What the ffmpeg sandbox (verifier/node/sandboxed-spawn.ts) costs: one decode of a 10 s AAC file
// to PCM, as the CLI runs it, through the sandbox and directly, alternated (RUNS each, medians),
// the one-time probe, and the built CLI's `compare` of that file with a re-encode (both sides
// decoded) with bwrap on PATH and without it. Needs bwrap; the media come from the tests'
// generator (tests/fixtures/media), made once under tests/.generated/media/.
//
//   node bench/sandbox-cost.mjs
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = join(root, 'bench/.data/sandbox');
const RUNS = 15;
mkdirSync(data, { recursive: true });

// Two levels below tests/, so that the fixture's own path to tests/.generated/media/ still holds.
const bundle = join(root, 'tests/.generated/bench/sandbox-bundle.mjs');
const contents = ["export * from './verifier/node/sandboxed-spawn.ts';", "export * from './verifier/node/decode-audio.ts';", "export * from './tests/fixtures/media/make-media.ts';"].join('\n');
await build({ bundle: true, format: 'esm', platform: 'node', logLevel: 'error', stdin: { contents, resolveDir: root, loader: 'ts' }, outfile: bundle });
const mod = await import(pathToFileURL(bundle).href);
mod.ensureMedia();
const input = mod.mediaPath('aac.m4a');
const copy = mod.derive('sandbox-opus.ogg', ['-i', input, '-c:a', 'libopus', '-b:a', '48k']);
const ffmpeg = mod.findFfmpeg();

const decodeArgs = (path) => ['-v', 'error', '-nostdin', '-f', 'mov', '-i', `file:${path}`, '-map', '0:a:0', '-ac', '1', '-ar', '5512', '-f', 'f32le', '-'];
const timed = (child) =>
  new Promise((resolve) => {
    const start = performance.now();
    child.stdout.resume();
    child.stderr.resume();
    child.on('close', () => resolve(performance.now() - start));
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let t = performance.now();
const sandbox = mod.decoderSandbox(ffmpeg);
const probe = performance.now() - t;
if (sandbox.sandbox !== 'bubblewrap') throw new Error(`no sandbox here: ${sandbox.reason}`);
const inside = [];
const outside = [];
for (let i = 0; i < RUNS; i++) {
  inside.push(await timed(mod.spawnDecoder(ffmpeg, input, decodeArgs)));
  outside.push(await timed(spawn(ffmpeg, decodeArgs(input), { stdio: ['ignore', 'pipe', 'pipe'] })));
}

// The CLI without the sandbox: a PATH of /usr/bin's programs but bwrap.
const noBwrap = join(data, 'bin-without-bwrap');
if (!existsSync(noBwrap)) {
  mkdirSync(noBwrap);
  for (const name of readdirSync('/usr/bin')) if (name !== 'bwrap') symlinkSync(join('/usr/bin', name), join(noBwrap, name));
}
execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
const cli = join(root, 'dist/cli/opnamepact.mjs');
const compare = (path) => {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, 'compare', input, copy, '--json'], { encoding: 'utf8', env: { ...process.env, PATH: path } });
  const ms = performance.now() - start;
  return { ms, sandbox: JSON.parse(r.stdout).decoder?.sandbox };
};
const cliInside = [];
const cliOutside = [];
for (let i = 0; i < 5; i++) {
  cliInside.push(compare(process.env.PATH));
  cliOutside.push(compare(noBwrap));
}
if (cliInside.some((r) => r.sandbox !== 'bubblewrap') || cliOutside.some((r) => r.sandbox !== 'none')) throw new Error('the CLI did not run as intended');

const f = (ms) => `${ms.toFixed(0)} ms`;
console.log(`ffmpeg sandbox cost, load average ${loadavg().map((l) => l.toFixed(1)).join(', ')}:`);
console.log(`  probe (bwrap + ffmpeg -version, once per thread):  ${f(probe)}`);
console.log(`  decode 10 s AAC to PCM, median of ${RUNS}:              sandboxed ${f(median(inside))}, direct ${f(median(outside))}, cost ${f(median(inside) - median(outside))} per spawn`);
console.log(`  CLI compare (both sides decoded), median of 5:     sandboxed ${f(median(cliInside.map((r) => r.ms)))}, without ${f(median(cliOutside.map((r) => r.ms)))}`);
