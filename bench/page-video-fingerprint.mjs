// The page's picture fingerprint on long 720p H.264 (issue 14 item 4): the page's own decoding worker
// (verifier/web/decoding/decode-picture-worker.ts: our MP4 reader's packets → WebCodecs VideoDecoder → frames
// sampled at 5 a second → 32×32 luma area average → signatures), bundled as it is into a bench page
// and run in headless Chromium on a ~1 GiB file and on a quarter of it, so memory can be seen not to
// grow with length. Reports the wall time, × real time, the browser's peak memory (PSS of its process
// tree over the idle page, and the largest single process's RSS, sampled from /proc every 200 ms),
// and the ratio to a plain ffmpeg decode of the same picture (two threads) timed in the same run.
//
// The videos are made once under bench/.data/ (9 minutes of 1280×720, 30 fps, 4 Mb/s H.264 with AAC,
// x264 ultrafast, a keyframe every 2 s; the long one is that stream copied four times over) and
// deleted afterwards unless KEEP_VIDEOS=1.
//   node bench/page-video-fingerprint.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, serve } from './browser-bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data/page-video/');
const site = join(data, 'site/');
const PART_MINUTES = 9;
const COPIES = 4;

function ffmpeg(args) {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], { stdio: 'inherit' });
}

function makeVideos() {
  const part = join(data, `720p-${PART_MINUTES}min.mp4`);
  const long = join(data, `720p-${PART_MINUTES * COPIES}min.mp4`);
  if (!existsSync(part)) {
    const s = PART_MINUTES * 60;
    ffmpeg([
      '-f', 'lavfi', '-i', `testsrc2=d=${s}:s=1280x720:r=30`, '-f', 'lavfi', '-i', `sine=f=300:d=${s}`,
      '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '4M', '-maxrate', '4M', '-bufsize', '8M', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k',
      `${part}.tmp.mp4`,
    ]);
    renameSync(`${part}.tmp.mp4`, part);
  }
  if (!existsSync(long)) {
    const list = join(data, 'parts.txt');
    writeFileSync(list, Array(COPIES).fill(`file '${part}'\n`).join(''));
    ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', `${long}.tmp.mp4`]);
    renameSync(`${long}.tmp.mp4`, long);
  }
  return [part, long];
}

/** The page's worker, bundled as the page bundles it, and a bench page that runs it on a chosen file. */
async function makeSite() {
  mkdirSync(site, { recursive: true });
  await build({ entryPoints: [join(root, 'verifier/web/decoding/decode-picture-worker.ts')], bundle: true, format: 'esm', platform: 'browser', outfile: join(site, 'worker.js'), logLevel: 'error' });
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><title>picture bench</title><input type="file" id="file"><script type="module">
document.getElementById('file').onchange = (event) => {
  const file = event.target.files[0];
  const worker = new Worker('worker.js', { type: 'module' });
  const started = performance.now();
  window.result = new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') return;
      worker.terminate();
      if (data.type === 'done') resolve({ seconds: (performance.now() - started) / 1000, frames: data.video ? data.video.count : null });
      else reject(new Error(data.message));
    };
  });
  worker.postMessage({ file, track: Number(document.body.dataset.track) });
};
</script>`,
  );
}

function ffprobe(file, entries) {
  return execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', entries, '-of', 'default=nw=1:nk=1', file], { encoding: 'utf8' }).trim().split('\n');
}

/** Descendants of `pid` (itself included). */
function tree(pid) {
  const children = new Map();
  for (const entry of execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
    const [p, parent] = entry.trim().split(/\s+/).map(Number);
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const out = [];
  const visit = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return out;
}

/** KiB of `field` (Pss or Rss) of each process of the tree. */
function memory(pids, field) {
  return pids.map((p) => {
    try {
      return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  });
}

function sampleMemory(pid) {
  const pids = tree(pid);
  let pss = 0;
  let rss = 0;
  const poll = () => {
    pss = Math.max(pss, memory(pids, 'Pss').reduce((a, b) => a + b, 0));
    rss = Math.max(rss, ...memory(pids, 'Rss'));
  };
  poll();
  const timer = setInterval(poll, 200);
  return () => {
    clearInterval(timer);
    poll();
    return { pss, rss };
  };
}

mkdirSync(data, { recursive: true });
const made = performance.now();
const videos = makeVideos();
console.log(`videos made in ${((performance.now() - made) / 1000).toFixed(0)} s`);
await makeSite();
const server = await serve(site);
const browser = await launchChromium(3_600_000);
const mib = (kib) => (kib / 1024).toFixed(0);
try {
  for (const file of videos) {
    const duration = Number(ffprobe(file, 'format=duration').find((l) => l) ?? NaN);
    const track = Number.parseInt(ffprobe(file, 'stream=id')[0], 16);
    const load = loadavg()[0].toFixed(1);
    const native = spawnSync('/usr/bin/time', ['-f', '%e %M', 'ffmpeg', '-hide_banner', '-loglevel', 'error', '-nostdin', '-threads', '2', '-i', file, '-map', '0:v:0', '-f', 'null', '-'], { encoding: 'utf8' });
    const [nativeSeconds, nativeKb] = native.stderr.trim().split('\n').pop().split(' ').map(Number);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'load' });
    await page.evaluate((id) => (document.body.dataset.track = String(id)), track);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = memory(tree(browser.process().pid), 'Pss').reduce((a, b) => a + b, 0);
    const peak = sampleMemory(browser.process().pid);
    const input = await page.$('#file');
    await input.uploadFile(file);
    const { seconds, frames } = await page.evaluate(async () => {
      while (!window.result) await new Promise((resolve) => setTimeout(resolve, 20));
      return window.result;
    });
    const { pss, rss } = peak();
    await page.close();
    const gib = statSync(file).size / 2 ** 30;
    console.log(
      `${file.slice(data.length)} (${gib.toFixed(2)} GiB, ${(duration / 60).toFixed(1)} min; load ${load} before, ${loadavg()[0].toFixed(1)} after): ` +
        `page ${seconds.toFixed(1)} s, ${(duration / seconds).toFixed(1)}× real time, ${frames} signatures; ` +
        `browser PSS +${mib(pss - idle)} MiB over the idle page (${mib(idle)} MiB), largest process RSS ${mib(rss)} MiB; ` +
        `ffmpeg -threads 2 plain decode ${nativeSeconds.toFixed(1)} s (${(duration / nativeSeconds).toFixed(1)}×, RSS ${mib(nativeKb)} MiB); page / ffmpeg ${(seconds / nativeSeconds).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
  if (process.env.KEEP_VIDEOS !== '1') rmSync(data, { recursive: true, force: true });
}
