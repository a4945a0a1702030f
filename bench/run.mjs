// npm run bench: throughput of `opnamepact fingerprint` against `openssl dgst -sha256` and
// `sha256sum` on the same generated 1 GiB file in the same run (median of 3, every file read once
// first so all runs read from the page cache), with peak RSS; then the CLI's peak RSS on a 4 GiB
// sparse file. Peak RSS: the CLI reports its own (process.resourceUsage().maxRSS, worker included)
// when OPNAMEPACT_REPORT_RSS=1; for the native tools /proc/<pid>/status VmHWM is polled.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { makeRandomFile } from './random-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}bench/.data/`;
const cli = `${root}dist/cli/opnamepact.mjs`;
const GiB = 1024 ** 3;
const RUNS = 3;

function makeSparseFile(path, size) {
  closeSync(openSync(path, 'w'));
  return run('truncate', ['-s', String(size), path]);
}

/** Runs a command; resolves with wall time, peak RSS in KiB and stderr. */
function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        // The process has just ended.
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      const reported = /peak-rss-kib (\d+)/.exec(stderr);
      resolve({ seconds, rssKiB: reported ? Number(reported[1]) : hwm, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, cmd, args, size, env) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(cmd, args, env));
  const seconds = median(runs.map((r) => r.seconds));
  const rssKiB = Math.max(...runs.map((r) => r.rssKiB));
  return { label, seconds, mbps: size / 1e6 / seconds, rssMB: rssKiB / 1024 };
}

if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build:cli first`);
mkdirSync(dataDir, { recursive: true });
const file = `${dataDir}random-1GiB.bin`;
console.log(`generating ${file} …`);
makeRandomFile(file, GiB);
console.log('warming the page cache (each tool reads the file once) …');
await run('cat', [file]);

const fingerprint = ['fingerprint', file, '-o', '/dev/null'];
const rssEnv = { OPNAMEPACT_REPORT_RSS: '1' };
const results = [];
for (const [label, cmd, args, env] of [
  ['openssl dgst -sha256', 'openssl', ['dgst', '-sha256', file]],
  ['sha256sum', 'sha256sum', [file]],
  ['opnamepact fingerprint', process.execPath, [cli, ...fingerprint], rssEnv],
]) {
  await run(cmd, args, env);
  results.push(await measure(label, cmd, args, GiB, env));
}
const openssl = results[0];
console.log(`\n1 GiB random file, median of ${RUNS} runs (MB = 10^6 bytes); load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}:\n`);
console.log('| tool | MB/s | × openssl | peak RSS MB |');
console.log('|---|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.label} | ${r.mbps.toFixed(0)} | ${(r.mbps / openssl.mbps).toFixed(2)} | ${r.rssMB.toFixed(0)} |`);
}

const sparse = `${dataDir}sparse-4GiB.bin`;
await makeSparseFile(sparse, 4 * GiB);
const big = await run(process.execPath, [cli, 'fingerprint', sparse, '-o', '/dev/null'], rssEnv);
console.log(`\n4 GiB sparse file: opnamepact fingerprint ${((4 * GiB) / 1e6 / big.seconds).toFixed(0)} MB/s, peak RSS ${(big.rssKiB / 1024).toFixed(0)} MB`);
