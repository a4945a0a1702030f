// Audio layer cost on hour-long recordings: fingerprint speed (× real time, pure and with ffmpeg
// decoding), the built CLI's `compare` of two re-encoded one-hour recordings, decoding included
// (target ≤ 15 s, RSS ≤ 400 MB on a two-core machine; median of 3), and its parts in process. The recordings are made once under
// bench/.data/: an hour of espeak-ng speech (every sentence in a different voice, speed and pitch, so
// nothing repeats) over pink noise, as AAC 64k (original) and as MP3 64k with a 10 s cut (copy).
//
//   node bench/audio-compare.mjs
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data/audio');
const run = promisify(execFile);
mkdirSync(data, { recursive: true });

const HOUR = 3600;
const VOICES = ['nl', 'nl+f2', 'nl+f3', 'nl+f4', 'nl+m1', 'nl+m3', 'nl+m7'];

/** The audio modules and the decode worker, bundled from TypeScript into bench/.data/audio/. */
async function bundle() {
  const node = { bundle: true, format: 'esm', platform: 'node', logLevel: 'error' };
  const modules = ['shared/audio/fingerprint.ts', 'shared/compare/audio-align.ts', 'verifier/node/decode-audio.ts',
    'verifier/node/decode-audio-fingerprint.ts', 'verifier/node/decode-audio-threaded.ts', 'tests/fixtures/audio/sentences.ts'];
  const out = join(data, 'audio-bundle.mjs');
  const contents = modules.map((m) => `export * from './${m}';`).join('\n');
  await build({ ...node, stdin: { contents, resolveDir: root, loader: 'ts' }, outfile: out });
  const worker = join(data, 'decode-audio-worker.mjs');
  await build({ ...node, entryPoints: [join(root, 'verifier/node/decode-audio-worker.ts')], outfile: worker });
  return { mod: await import(pathToFileURL(out).href), workerUrl: pathToFileURL(worker) };
}

/** An hour of speech: sentence i in voice i mod 7, speed and pitch from i, a pause after each. */
async function makeHour(SENTENCES) {
  const original = join(data, 'hour.m4a');
  const copy = join(data, 'hour-cut.mp3');
  if (existsSync(original) && existsSync(copy)) return { original, copy };
  const parts = join(data, 'parts');
  mkdirSync(parts, { recursive: true });
  const list = [];
  let total = 0;
  let next = 0;
  const jobs = [];
  while (total < HOUR) {
    const i = next++;
    const file = join(parts, `s${i}.wav`);
    list.push(file);
    total += 5.2; // typical sentence plus pause; trimmed to exactly an hour below
    jobs.push(async () => {
      const raw = `${file}.raw.wav`;
      const voice = ['-v', VOICES[i % VOICES.length], '-s', String(130 + ((i * 7) % 50)), '-p', String(30 + ((i * 13) % 50))];
      const args = [...voice, '-w', raw, SENTENCES[i % SENTENCES.length]];
      await run('espeak-ng', args);
      await run('sox', [raw, '-r', '16000', file, 'pad', '0', String(0.3 + (i % 5) * 0.1)]);
    });
  }
  let at = 0;
  await Promise.all([0, 1].map(async () => {
    while (at < jobs.length) await jobs[at++]();
  }));
  const listFile = join(data, 'parts.txt');
  writeFileSync(listFile, list.map((f) => `file '${f}'`).join('\n'));
  const speech = join(data, 'hour.wav');
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', listFile,
    '-f', 'lavfi', '-i', `anoisesrc=d=${HOUR}:c=pink:a=0.01:r=16000`, '-filter_complex', '[0:a][1:a]amix=inputs=2:duration=first:normalize=0',
    '-t', String(HOUR), '-ar', '16000', '-ac', '1', speech]);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', speech, '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '64k', original]);
  // The copy: a 10 s cut at 20 minutes, re-encoded to MP3.
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', speech, '-af', "aselect='not(between(t,1200,1210))',asetpts=N/SR/TB",
    '-c:a', 'libmp3lame', '-b:a', '64k', copy]);
  return { original, copy };
}

const seconds = (t0) => (performance.now() - t0) / 1000;
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** One `opnamepact compare --json` run: wall seconds, the CLI's own peak RSS (MB), its exit code and report. */
function cliCompare(original, copy) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/opnamepact.mjs'), 'compare', original, copy, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, OPNAMEPACT_REPORT_RSS: '1' },
  });
  const wall = seconds(t0);
  const rss = /peak-rss-kib (\d+)/.exec(run.stderr);
  if (run.status !== 1 || !rss) throw new Error(`opnamepact compare failed (${run.status}): ${run.stderr}`);
  return { wall, rssMb: Number(rss[1]) / 1024, report: JSON.parse(run.stdout) };
}

const { mod, workerUrl } = await bundle();
const { original, copy } = await makeHour(mod.SENTENCES);
execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });

const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/.*load average: /, '');
const loadBefore = load();
const cliRuns = [0, 1, 2].map(() => cliCompare(original, copy));
const cliWall = median(cliRuns.map((r) => r.wall));
const cliRss = Math.max(...cliRuns.map((r) => r.rssMb));
const loadAfter = load();

let t0 = performance.now();
const cpu0 = process.cpuUsage();
const [a, b] = await Promise.all([original, copy].map((file) => mod.fingerprintAudioFileInWorker(file, { workerUrl })));
const fingerprints = seconds(t0);
const t1 = performance.now();
const result = mod.alignAudio(a, b);
const align = seconds(t1);
const compare = seconds(t0);
// CPU of this process (both worker threads and the alignment); ffmpeg runs in child processes.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

// Peak memory of the comparison, before the pure measurement below holds an hour of PCM.
const rssMb = process.resourceUsage().maxRSS / 1024;

// Pure fingerprint speed: PCM decoded into memory first, then fingerprinted.
const parts = [];
await mod.decodeAudio(original, (p) => parts.push(p));
t0 = performance.now();
const fingerprinter = new mod.AudioFingerprinter();
for (const p of parts) fingerprinter.update(p);
fingerprinter.finish();
const pure = seconds(t0);
parts.length = 0;

t0 = performance.now();
await mod.fingerprintAudioFile(original);
const decoded = seconds(t0);

console.log(`opnamepact compare, two 1 h re-encoded recordings (AAC 64k vs MP3 64k with a 10 s cut), built CLI, 3 runs:`);
console.log(`  wall:                          median ${cliWall.toFixed(1)} s (${cliRuns.map((r) => r.wall.toFixed(1)).join(', ')}; target ≤ 15 s)`);
console.log(`  peak RSS of the CLI:           ${cliRss.toFixed(0)} MB (target ≤ 400 MB; plus two ffmpeg processes ~20 MB each)`);
console.log(`  load average before / after:   ${loadBefore} / ${loadAfter}`);
console.log(`  report: ${cliRuns[0].report.verdict} on ${cliRuns[0].report.basis}: ${JSON.stringify(cliRuns[0].report.edits)}`);
console.log(`audio fingerprint, 1 h of audio (in process; figures are wall-clock):`);
console.log(`  fingerprint from PCM:          ${pure.toFixed(1)} s = ${(HOUR / pure).toFixed(0)}× real time`);
console.log(`  decode (ffmpeg, AAC) + print:  ${decoded.toFixed(1)} s = ${(HOUR / decoded).toFixed(0)}× real time`);
console.log(`the same comparison's parts, in process:`);
console.log(`  decode + fingerprint both:     ${fingerprints.toFixed(1)} s (one worker thread each)`);
console.log(`  align:                         ${align.toFixed(2)} s`);
console.log(`  total:                         ${compare.toFixed(1)} s (target ≤ 15 s)`);
console.log(`  CPU of this process:           ${cpuSeconds.toFixed(1)} s (ffmpeg's decoding not included)`);
console.log(`  peak RSS of this process:      ${rssMb.toFixed(0)} MB (target ≤ 400 MB; ffmpeg processes ~20 MB each)`);
console.log(`  verdict ${result.verdict}: ${JSON.stringify(result.edits)}`);
