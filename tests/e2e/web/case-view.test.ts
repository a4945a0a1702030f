// The case view of the built verifier page in real headless Chromium: a signed log export in which
// the staff member and the client both registered the original's code, the staff's original and a
// client's edited copy (a 40 s WAV with 10–15 s cut out, made by sox). The page names the client's
// registration as not matching, shows the edit, plays it (the media elements' source and time are
// read), draws its strips, downloads the evidence bundle, which the built CLI and the page both
// accept, and both refuse with one byte changed; a second copy in the same case; the original as
// a fingerprint file; a WebM video whose copy plays with its picture. Screenshots of
// the view and its printed A4 report. Completing a video copy (the shared 20 s H.264 fixtures, with
// a second sound track) shows a bar per decoding that reaches its end; stopping it ends its workers
// and keeps the copy out of the case until its file is chosen again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.ts';
import { caseLog } from '../../unit/case/case-log.ts';
import { seriousViolations } from '../support/axe.ts';
import { ROOT } from '../support/paths.ts';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { makeWebMedia, WEB_MEDIA_DIR, type WebMedia } from './make-web-media.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, text, upload, waitForDownload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = `${ROOT}dist/verifier/`;
const SCREENSHOTS = `${ROOT}docs/screenshots/`;
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

let media: WebMedia;
let server: StaticServer;
let browser: Browser;
let opened: OpenedPage;
let page: Page;
let downloads: string;
let logPath: string;

interface Player {
  src: string;
  currentTime: number;
  paused: boolean;
}

const player = (side: 'original' | 'copy'): Promise<Player> =>
  page.$eval(`#case-player-${side}`, (e) => {
    const m = e as HTMLMediaElement;
    return { src: m.src, currentTime: m.currentTime, paused: m.paused };
  });

/** Dark pixels on a strip's canvas: the drawn waveform. */
const inkOf = (testId: string): Promise<number> =>
  page.$eval(`[data-testid="${testId}"]`, (c) => {
    const canvas = c as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 200 && pixels[i]! < 60 && pixels[i + 1]! < 60) ink++;
    return ink;
  });

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npm run build:web"`);
  media = makeWebMedia();
  const code = sha256(media.original);
  const log = await caseLog(code, { code });
  logPath = `${WEB_MEDIA_DIR}case-log.json`;
  writeFileSync(logPath, JSON.stringify(log.export, null, 2));
  downloads = `${WEB_MEDIA_DIR}case-downloads`;
  rmSync(downloads, { recursive: true, force: true });
  mkdirSync(downloads, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
  opened = await openPage(browser, `${server.origin}/index.html`, downloads);
  page = opened.page;
  await page.setViewport({ width: 1100, height: 900 });
  await page.click('#tab-case');
  await upload(page, 'case-log-file', logPath);
  await upload(page, 'case-original-file', media.original);
  await upload(page, 'case-copy-file', media.cut);
  await page.waitForSelector('[data-testid="case-result"]', { timeout: 90_000 });
});

afterAll(async () => {
  if (opened) expectOwnRequestsOnly([opened], server.origin);
  await browser?.close();
  await server?.close();
});

describe('case view', () => {
  it("names the client's registration as not matching the copy, and the original as the staff's", async () => {
    expect(await page.$eval('[data-testid="case-log"]', (e) => e.getAttribute('data-ok'))).toBe('true');
    const lookups = await page.$$eval('[data-testid$="-lookup"]', (nodes) =>
      nodes.map((n) => ({
        which: n.getAttribute('data-testid'),
        verdict: n.getAttribute('data-verdict'),
        rows: [...n.querySelectorAll('li')].map((li) => [li.getAttribute('data-party'), li.getAttribute('data-match')]),
      })),
    );
    expect(lookups).toEqual([
      { which: 'case-original-lookup', verdict: 'registered', rows: [['staff', 'match'], ['client', 'match']] },
      { which: 'case-copy-lookup', verdict: 'none', rows: [['staff', 'differ'], ['client', 'differ']] },
    ]);
    const copyText = await page.$eval('[data-testid="case-copy-lookup"]', (e) => (e as HTMLElement).innerText);
    expect(copyText).toMatch(/De code komt met geen enkele registratie overeen\./);
    expect(copyText).toMatch(/Registratie nr\. 3 van de cliënt, 2026-11-29 09:51:00 UTC.*komt niet overeen/);
  });

  it('shows the edit in the report, its timeline and its row', async () => {
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    expect(await page.$$eval('[data-testid="case-edit"]', (rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(['removed']);
    expect(await page.$$eval('[data-testid="edit-table"] tbody tr', (rows) => rows.length)).toBe(1);
    // The copy's bar marks the join, at 10 s of the copy (to the report's 0.3 s).
    const joins = await page.$$eval('[data-testid="case-result"] [data-testid="copy-join"]', (lines) => lines.map((l) => Number(l.getAttribute('data-at'))));
    expect(joins).toHaveLength(1);
    expect(Math.abs(joins[0]! - 10)).toBeLessThan(0.35);
  });

  it('plays the original around the edit and the copy around the join from the chosen files, A/B, and stops at the end', async () => {
    await page.click('[data-testid="play-original-0"]');
    await page.waitForFunction(() => !(document.querySelector('#case-player-original') as HTMLMediaElement).paused);
    const a = await player('original');
    expect(a.src).toMatch(/^blob:/);
    // The cut is 10–15 s of the original: heard from 3 s before it.
    expect(a.currentTime).toBeGreaterThanOrEqual(7 - 0.3);
    expect(a.currentTime).toBeLessThan(8.5);
    await page.waitForFunction(() => (document.querySelector('#case-player-original') as HTMLMediaElement).currentTime > 7.5);
    await page.click('[data-testid="switch-0"]');
    await page.waitForFunction(() => !(document.querySelector('#case-player-copy') as HTMLMediaElement).paused);
    const b = await player('copy');
    expect(b.src).toMatch(/^blob:/);
    expect(b.src).not.toBe(a.src);
    expect((await player('original')).paused).toBe(true);
    // The same moment on the other side: the join is at 10 s of the copy, heard from 7 s.
    expect(b.currentTime).toBeGreaterThanOrEqual(7.3);
    expect(b.currentTime).toBeLessThan(9.5);
    expect(await page.$eval('[data-testid="switch-0"]', (e) => e.getAttribute('disabled'))).toBeNull();
    // Stopped at the end of the stretch (the join + 3 s), not played on.
    await page.waitForFunction(() => (document.querySelector('#case-player-copy') as HTMLMediaElement).paused, { timeout: 15_000 });
    const end = await player('copy');
    expect(end.currentTime).toBeGreaterThanOrEqual(12.9);
    expect(end.currentTime).toBeLessThan(13.6);
    // Keyboard: the play button is reached and pressed with the keyboard.
    await page.focus('[data-testid="play-copy-0"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !(document.querySelector('#case-player-copy') as HTMLMediaElement).paused);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#case-player-copy') as HTMLMediaElement).paused);
  });

  it("draws both sides' strips around the edit, aligned, with the edit marked", async () => {
    for (const id of ['strip-original-0', 'strip-copy-0']) {
      await page.waitForSelector(`[data-testid="${id}"][data-state="drawn"]`, { timeout: 30_000 });
      expect(await inkOf(id)).toBeGreaterThan(500);
    }
    const windows = await page.$$eval('canvas[data-window]', (nodes) => nodes.map((n) => n.getAttribute('data-window')!.split(' ').map(Number)));
    expect(windows).toHaveLength(2);
    const [original, copy] = windows as [number[], number[]];
    expect(original[0]).toBeCloseTo(7, 0);
    expect(original[1]).toBeCloseTo(18, 0);
    expect(copy[0]).toBeCloseTo(7, 0);
    expect(copy[1]).toBeCloseTo(13, 0);
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    expect(await seriousViolations(page, '.case-view')).toEqual([]);
  });

  it('downloads the evidence bundle, which the CLI and the page accept, and both refuse with a byte changed', async () => {
    const shown = (await page.$eval('[data-testid="bundle-sha256"]', (e) => e.textContent ?? '')).trim();
    await page.click('#download-bundle');
    const text = await waitForDownload(downloads, '.bundle.json');
    const name = readdirSync(downloads).find((n) => n.endsWith('.bundle.json'))!;
    const path = `${WEB_MEDIA_DIR}page.bundle.json`;
    renameSync(`${downloads}/${name}`, path);
    expect(JSON.parse(text).sha256).toBe(shown);
    const ok = runCli(['verify-bundle', path, '--json']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, sha256: shown });

    await upload(page, 'bundle-file', path);
    await page.waitForSelector('[data-testid="bundle-check"][data-ok="true"]');

    // One byte: the client's registration said to be the staff's.
    const at = text.indexOf('"party":"client"') + '"party":"'.length;
    const tampered = `${WEB_MEDIA_DIR}page-tampered.bundle.json`;
    writeFileSync(tampered, `${text.slice(0, at)}k${text.slice(at + 1)}`);
    expect(runCli(['verify-bundle', tampered]).code).toBe(1);
    await upload(page, 'bundle-file', tampered);
    await page.waitForSelector('[data-testid="bundle-check"][data-ok="false"]');
  });

  it('checks several copies in one case: each is looked up, and the report shown is chosen', async () => {
    await page.click('#case-add-copy');
    await upload(page, 'case-copy-file-2', media.identical);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-copy-lookup"]').length === 2, { timeout: 60_000 });
    expect(await page.$$eval('[data-testid="case-copy-lookup"]', (nodes) => nodes.map((n) => n.getAttribute('data-verdict')))).toEqual(['none', 'registered']);
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    await page.select('#case-shown-copy', '1');
    await page.waitForSelector('[data-testid="verdict"][data-verdict="identical"]');
    expect(await page.$$('[data-testid="case-edit"]')).toHaveLength(0);
    await page.select('#case-shown-copy', '0');
    await page.waitForSelector('[data-testid="strip-copy-0"][data-state="drawn"]', { timeout: 30_000 });
    expect(await seriousViolations(page, '.case-view')).toEqual([]);
  });

  it('screenshots the case view and its printed A4 report', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}verifier-case.png`, fullPage: true });
    const pdfPath = `${WEB_MEDIA_DIR}case-report.pdf`;
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(pdfPath, pdf);
    const pages = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    expect(Number(pages)).toBeGreaterThanOrEqual(1);
    const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/SHA-256 van de bewijsbundel/);
    // The print holds the case, not the pickers; the timeline and the strips are in it.
    expect(printed).not.toMatch(/Logboek-export \(JSON\)/);
    expect(printed).toMatch(/Tijdlijn[\s\S]*Elke bewerking beluisteren en bekijken/);
    await page.click('#language');
    const english = `${WEB_MEDIA_DIR}case-report-en.pdf`;
    writeFileSync(english, await page.pdf({ format: 'A4', printBackground: true }));
    expect(execFileSync('pdftotext', [english, '-'], { encoding: 'utf8' })).toMatch(/Complaint case[\s\S]*The code matches no registration\.[\s\S]*SHA-256 of the evidence bundle/);
    await page.click('#language');
    for (const n of [1, 2]) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdfPath, `${SCREENSHOTS}verifier-case-print-${n}`]);
      expect(existsSync(`${SCREENSHOTS}verifier-case-print-${n}.png`)).toBe(true);
    }
  });

  it('takes the original as its fingerprint file: the case and the copy play, the original cannot', async () => {
    const fingerprint = `${WEB_MEDIA_DIR}gesprek.wav.fingerprint.json`;
    const made = runCli(['fingerprint', media.original, '-o', fingerprint]);
    expect(made.code).toBe(0);
    const second = await openPage(browser, `${server.origin}/index.html`, downloads);
    try {
      await second.page.click('#tab-case');
      await upload(second.page, 'case-log-file', logPath);
      await upload(second.page, 'case-original-file', fingerprint);
      await upload(second.page, 'case-copy-file', media.cut);
      await second.page.waitForSelector('[data-testid="case-result"]', { timeout: 90_000 });
      expect(await second.page.$eval('[data-testid="case-original-lookup"]', (e) => e.getAttribute('data-verdict'))).toBe('registered');
      expect(await second.page.$eval('[data-testid="play-original-0"]', (e) => (e as HTMLButtonElement).disabled)).toBe(true);
      expect(await second.page.$eval('[data-testid="play-copy-0"]', (e) => (e as HTMLButtonElement).disabled)).toBe(false);
      // The bundle holds the fingerprint file exactly as it was chosen.
      const bundle = await second.page.evaluate(() => document.querySelector('[data-testid="bundle-sha256"]')?.textContent);
      expect(bundle).toMatch(/^[0-9a-f]{64}$/);
      await second.page.click('#download-bundle');
      const text = await waitForDownload(downloads, `${bundle!.slice(0, 12)}.bundle.json`);
      expect(JSON.parse(text).input.original.fingerprint).toBe(readFileSync(fingerprint, 'utf8'));
      expectOwnRequestsOnly([second], server.origin);
    } finally {
      await second.page.close();
    }
  });

  it('plays a video copy with its picture (<video>), from the edit\'s stretch', async () => {
    // 12 s of a test picture (VP8) with pink noise and a tone (Opus); the copy without 4–7 s, re-encoded.
    const video = `${WEB_MEDIA_DIR}case-video.webm`;
    const cut = `${WEB_MEDIA_DIR}case-video-cut.webm`;
    const ffmpeg = (...args: string[]): void => void execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'pipe' });
    const codecs = ['-c:v', 'libvpx', '-b:v', '150k', '-c:a', 'libopus', '-b:a', '48k'];
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=d=12:s=160x120:r=25', '-f', 'lavfi', '-i', 'anoisesrc=d=12:c=pink:r=48000:a=0.25:seed=5', '-f', 'lavfi', '-i', 'sine=f=330:d=12:r=48000',
      '-filter_complex', '[1:a][2:a]amix=inputs=2[a]', '-map', '0:v', '-map', '[a]', '-ac', '1', ...codecs, video);
    ffmpeg('-i', video, '-filter_complex',
      '[0:v]trim=0:4,setpts=PTS-STARTPTS[v0];[0:v]trim=7:12,setpts=PTS-STARTPTS[v1];[0:a]atrim=0:4,asetpts=PTS-STARTPTS[a0];[0:a]atrim=7:12,asetpts=PTS-STARTPTS[a1];[v0][a0][v1][a1]concat=n=2:v=1:a=1[v][a]',
      '-map', '[v]', '-map', '[a]', ...codecs, cut);
    const log = await caseLog(sha256(video), { code: sha256(video) });
    const videoLog = `${WEB_MEDIA_DIR}case-video-log.json`;
    writeFileSync(videoLog, JSON.stringify(log.export));
    const third = await openPage(browser, `${server.origin}/index.html`, downloads);
    try {
      const p = third.page;
      await p.click('#tab-case');
      await upload(p, 'case-log-file', videoLog);
      await upload(p, 'case-original-file', video);
      await upload(p, 'case-copy-file', cut);
      await p.waitForSelector('[data-testid="case-result"]', { timeout: 90_000 });
      expect(await p.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
      expect(await p.$$eval('.case-players video', (nodes) => nodes.map((n) => n.id))).toEqual(['case-player-original', 'case-player-copy']);
      await p.click('[data-testid="play-copy-0"]');
      await p.waitForFunction(() => {
        const v = document.querySelector('#case-player-copy') as HTMLVideoElement;
        return !v.paused && v.videoWidth > 0;
      });
      const shown = await p.$eval('#case-player-copy', (e) => {
        const v = e as HTMLVideoElement;
        return { src: v.src, width: v.videoWidth, height: v.videoHeight, time: v.currentTime, start: Number(document.querySelector('[data-testid="strip-copy-0"]')?.getAttribute('data-window')?.split(' ')[0]) };
      });
      expect(shown.src).toMatch(/^blob:/);
      expect([shown.width, shown.height]).toEqual([160, 120]);
      expect(shown.time).toBeGreaterThanOrEqual(shown.start - 0.05);
      expect(shown.time).toBeLessThan(shown.start + 1.5);
      expectOwnRequestsOnly([third], server.origin);
    } finally {
      await third.page.close();
    }
  });
});

/** What one slot's decoding showed, recorded from inside the page: its bars come and go faster than a test polls. */
interface DecodingSeen {
  /** Each data-state the slot's decoding block had, in order, repeats left out. */
  states: string[];
  /** Per decoding (data-track): the last bar seen, and whether it was seen part-way (0 < done < total). */
  jobs: Record<string, { done: number; total: number; end: string; partWay: boolean }>;
  /** The bars when the stop button was pressed, when the recorder pressed it. */
  stoppedAt: Record<string, number> | null;
  /** Each decoding worker's run (a request of a file, not the fingerprint pass's): whether it replied 'done', whether it was ended. */
  runs: { name: string; done: boolean; ended: boolean }[];
}

/**
 * Records every state of `slot`'s decoding into `window.decodingSeen`, and each decoding worker's
 * run; with `stop`, presses the slot's stop button once a decoding has made progress (its worker is
 * decoding, not just started).
 */
const recordDecoding = (p: Page, slot: string, stop: boolean): Promise<void> =>
  p.evaluate(
    (slot, stop) => {
      const seen: DecodingSeen = { states: [], jobs: {}, stoppedAt: null, runs: [] };
      (window as unknown as { decodingSeen: DecodingSeen }).decodingSeen = seen;
      const runOf = new WeakMap<Worker, DecodingSeen['runs'][number]>();
      const { postMessage, terminate } = Worker.prototype;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[]) {
        // A decoding request names its file; the fingerprint pass's also carries the code worker's port.
        if (message && typeof message === 'object' && 'file' in message && !('code' in message)) {
          const run = { name: (message as { file: File }).file.name, done: false, ended: false };
          seen.runs.push(run);
          runOf.set(this, run);
          this.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
            if (e.data?.type === 'done') run.done = true;
          });
        }
        postMessage.call(this, message, { transfer: transfer ?? [] });
      } as Worker['postMessage'];
      Worker.prototype.terminate = function (this: Worker) {
        const run = runOf.get(this);
        if (run) run.ended = true;
        terminate.call(this);
      };
      let pressing = stop;
      const look = (): void => {
        const block = document.querySelector(`[data-testid="case-decoding"][data-slot="${slot}"]`);
        const state = block?.getAttribute('data-state') ?? 'none';
        if (seen.states.at(-1) !== state) seen.states.push(state);
        const bars = [...(block?.querySelectorAll('[data-testid="case-decoding-job"]') ?? [])];
        for (const bar of bars) {
          const [done, total] = [Number(bar.getAttribute('data-done')), Number(bar.getAttribute('data-total'))];
          const track = bar.getAttribute('data-track')!;
          const partWay = (seen.jobs[track]?.partWay ?? false) || (done > 0 && done < total);
          seen.jobs[track] = { done, total, end: bar.getAttribute('data-end')!, partWay };
        }
        if (pressing && state === 'running' && bars.some((bar) => Number(bar.getAttribute('data-done')) > 0)) {
          pressing = false;
          seen.stoppedAt = Object.fromEntries(bars.map((bar) => [bar.getAttribute('data-track'), Number(bar.getAttribute('data-done'))]));
          (block!.querySelector('[data-testid="case-decoding-stop"]') as HTMLButtonElement).click();
        }
      };
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true, attributes: true });
    },
    slot,
    stop,
  );

const decodingSeen = (p: Page): Promise<DecodingSeen> => p.evaluate(() => (window as unknown as { decodingSeen: DecodingSeen }).decodingSeen);

describe('case view: completing a video copy (sound, picture, sound 2)', () => {
  let videoLog: string;
  /** The original and its copy with 8–11 s of the second sound track silenced, picture and first sound copied. */
  let original: string;
  let copy: string;
  const copyName = 'sound2-silenced.mp4';

  beforeAll(async () => {
    ensureVideos();
    original = videoPath('original.mp4');
    copy = videoPath(copyName);
    videoLog = `${WEB_MEDIA_DIR}case-tracks-log.json`;
    writeFileSync(videoLog, JSON.stringify((await caseLog(sha256(original), { code: sha256(original) })).export));
  });

  /** A new page in the case view with the video log, original and copy chosen, recording the copy's decoding. */
  async function openVideoCase(stop: boolean): Promise<OpenedPage> {
    const opened = await openPage(browser, `${server.origin}/index.html`, downloads);
    await opened.page.click('#tab-case');
    await recordDecoding(opened.page, 'copy-1', stop);
    await upload(opened.page, 'case-log-file', videoLog);
    await upload(opened.page, 'case-original-file', original);
    await upload(opened.page, 'case-copy-file', copy);
    return opened;
  }

  /** The case's result: edited, in the second sound, which only the copy's completed fingerprint can tell. */
  async function expectCaseOfCompletedCopy(p: Page): Promise<void> {
    await p.waitForSelector('[data-testid="case-result"]', { timeout: 60_000 });
    expect(await p.$eval('[data-testid="case-decoding"][data-slot="copy-1"]', (e) => e.getAttribute('data-state'))).toBe('complete');
    expect(await p.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    expect(await p.$$eval('[data-testid="edit-tracks"]', (cells) => cells.map((c) => c.textContent))).toEqual([' (geluid 2)']);
  }

  /** Stopped part-way, and said so; its decoding workers ended, none finished. */
  async function expectStopped(p: Page): Promise<void> {
    await p.waitForSelector('[data-testid="case-decoding"][data-slot="copy-1"][data-state="stopped"]', { timeout: 30_000 });
    const seen = await decodingSeen(p);
    expect(seen.stoppedAt).not.toBeNull();
    expect(Object.entries(seen.stoppedAt!).every(([track, done]) => done < seen.jobs[track]!.total)).toBe(true);
    expect(await text(p, '[data-slot="copy-1"][data-state="stopped"] [role="status"]')).toBe(
      `Gestopt: ${copyName} is niet in het dossier opgenomen. Probeer het opnieuw of kies het bestand opnieuw.`,
    );
    const runs = seen.runs.filter((run) => run.name === copyName);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs).toEqual(runs.map((run) => ({ ...run, done: false, ended: true })));
  }

  it('shows a bar per decoding of the copy, in Dutch, each reaching its end, then the case', async () => {
    const { page: p } = await openVideoCase(false);
    try {
      await p.waitForSelector('[data-testid="case-decoding"][data-slot="copy-1"] [data-testid="case-decoding-job"]', { timeout: 30_000 });
      const labels = await p.$$eval('[data-slot="copy-1"] [data-testid="case-decoding-job"] .progress', (bars) => bars.map((b) => b.getAttribute('aria-label')));
      expect(labels).toEqual([`Geluid van ${copyName} ontleden`, `Beeld van ${copyName} ontleden`, `Geluid 2 van ${copyName} ontleden`]);
      await expectCaseOfCompletedCopy(p);
      const seen = await decodingSeen(p);
      expect(seen.states).toEqual(['none', 'running', 'complete']);
      expect(Object.keys(seen.jobs)).toEqual(['sound', 'picture', 'sound 2']);
      for (const job of Object.values(seen.jobs)) {
        expect(job.end).toBe('decoded');
        expect(job.total).toBeCloseTo(20, 0);
        expect(job.done).toBe(job.total);
      }
      // The bars moved on the way, not only jumped to their end.
      expect(Object.values(seen.jobs).some((job) => job.partWay)).toBe(true);
      expect(await text(p, '[data-testid="case-decoding"][data-slot="copy-1"]')).toBe(`✓ ${copyName}: geluid, beeld en geluid 2 ontleed`);
    } finally {
      await p.close();
    }
  });

  it('stopping the decoding ends its workers and leaves the copy out of the case; choosing the file again completes it', async () => {
    const opened = await openVideoCase(true);
    const p = opened.page;
    try {
      await expectStopped(p);
      // The original completes meanwhile; then no worker is left running.
      await p.waitForSelector('[data-testid="case-decoding"][data-slot="original"][data-state="complete"]', { timeout: 60_000 });
      for (let i = 0; i < 50 && p.workers().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(p.workers()).toHaveLength(0);
      // Out of the case: no result and no verdict from a half-made fingerprint, and nothing said to be on its way.
      await new Promise((r) => setTimeout(r, 300));
      expect(await p.$('[data-testid="case-result"]')).toBeNull();
      expect(await p.$('[data-testid="verdict"]')).toBeNull();
      expect(await p.$$eval('[role="status"]', (nodes) => nodes.map((n) => n.textContent))).not.toContain('Vingerafdrukken en geluid worden berekend…');

      await upload(p, 'case-copy-file', copy);
      await expectCaseOfCompletedCopy(p);
      expectOwnRequestsOnly([opened], server.origin);
    } finally {
      await p.close();
    }
  });

  it('"Opnieuw proberen" completes a stopped copy without choosing it again', async () => {
    const { page: p } = await openVideoCase(true);
    try {
      await expectStopped(p);
      await p.click('[data-testid="case-decoding-retry"]');
      await expectCaseOfCompletedCopy(p);
    } finally {
      await p.close();
    }
  });
});
