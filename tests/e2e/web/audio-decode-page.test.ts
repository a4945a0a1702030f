// The built verifier page decodes the sound in a worker through WebCodecs: a speech recording and
// its re-encoded cut copy (AAC) go through the file inputs, a decoding progress bar shows while the
// sound is decoded, and the verdict and the cut's times come out as the corpus says, in Chromium
// and in Firefox ESR (from file://). A format WebCodecs has no decoder for (A-law WAV) falls back to
// decodeAudioData. Cancelling the decoding ends it and the comparison goes on without the sound.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Edit } from '../../../shared/compare/report.ts';
import { makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';
import { FIREFOX, ROOT } from '../support/paths.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, text, timelineSegments, upload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = `${ROOT}dist/verifier/`;
const CORPUS = join(ROOT, 'tests/.generated/audio');
const LONG = join(ROOT, 'tests/.generated/web-audio');

let manifest: CorpusManifest;
let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

async function open(): Promise<Page> {
  const page = await openPage(browser, `${server.origin}/index.html`, join(LONG, 'downloads'));
  opened.push(page);
  await watchDecoding(page.page);
  return page.page;
}

/** Records whether a decoding progress bar ever showed (decoding may be over before a poll would see it), and opens the compare view. */
async function watchDecoding(page: Page): Promise<void> {
  await page.waitForSelector('#tab-compare');
  await page.evaluate(() => {
    const seen = (globalThis as unknown as { decodingSeen: string[] }).decodingSeen = [] as string[];
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[data-testid="decoding-progress"] [role="group"]')) {
        const label = bar.getAttribute('aria-label') ?? '';
        if (!seen.includes(label)) seen.push(label);
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.click('#tab-compare');
}

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npm run build:web"`);
  manifest = await makeCorpus(CORPUS);
  mkdirSync(LONG, { recursive: true });
  // 40 minutes of noise and a tone in two codecs: packets differ, so only the sound can decide.
  const source = ['-f', 'lavfi', '-i', 'anoisesrc=d=2400:c=pink:r=8000:a=0.2:seed=3', '-f', 'lavfi', '-i', 'sine=f=440:d=2400:r=8000', '-filter_complex', 'amix=inputs=2', '-ac', '1'];
  for (const [name, codec] of [['lang.mp3', ['-c:a', 'libmp3lame', '-b:a', '16k']], ['lang.opus', ['-c:a', 'libopus', '-b:a', '12k']]] as const) {
    const out = join(LONG, name);
    if (!existsSync(out)) execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...source, ...codec, out]);
  }
  server = await serveStatic(DIST);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  expectOwnRequestsOnly(opened, server.origin);
  await browser?.close();
  await server?.close();
});

/** Compares `original` with the corpus's cut-10s case in `codec`; returns the labels of the decoding progress bars that showed. */
async function expectCutFound(page: Page, original: string, codec: string): Promise<string[]> {
  const c = manifest.cases.find((k) => k.name === `cut-10s/${codec}`)!;
  await upload(page, 'original-file', original);
  await upload(page, 'copy-file', join(CORPUS, c.file));
  await page.waitForSelector('[data-testid="verdict"][data-verdict="edited"]', { timeout: 90_000 });
  const want = c.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
  const removed = (await timelineSegments(page)).filter((s) => s.kind === 'removed');
  expect(removed).toHaveLength(1);
  expect(Math.abs(removed[0]!.start - want.original[0])).toBeLessThan(0.3);
  expect(Math.abs(removed[0]!.end - want.original[1])).toBeLessThan(0.3);
  expect(await page.$('[data-testid="decoding-progress"]')).toBeNull();
  return page.evaluate(() => (globalThis as unknown as { decodingSeen: string[] }).decodingSeen);
}

/** Both sides go through the worker (only it reports progress): the original's PCM and the copy's AAC. */
async function expectCutFoundByDecoding(page: Page): Promise<void> {
  const seen = await expectCutFound(page, join(CORPUS, manifest.original), 'aac');
  expect(seen).toHaveLength(2);
  expect(seen).toEqual(expect.arrayContaining([expect.stringContaining(manifest.original), expect.stringContaining('cut-10s.m4a')]));
}

it('decodes a re-encoded copy with WebCodecs, shows the decoding progress, and finds the cut', async () => {
  await expectCutFoundByDecoding(await open());
});

it('does the same in Firefox ESR, from file://', async () => {
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.goto(`file://${DIST}index.html`);
    await watchDecoding(page);
    await expectCutFoundByDecoding(page);
    expect(errors).toEqual([]);
  } finally {
    await firefox.close();
  }
});

it('falls back to decodeAudioData for a format WebCodecs cannot decode', async () => {
  const alaw = join(LONG, 'origineel-alaw.wav');
  execFileSync('sox', [join(CORPUS, manifest.original), '-e', 'a-law', '-r', '16000', alaw]);
  const seen = await expectCutFound(await open(), alaw, 'mp3');
  // Only the MP3 copy went through the worker; the A-law original was decoded whole on the page.
  expect(seen).toEqual([expect.stringContaining('cut-10s.mp3')]);
});

it('stops decoding when cancelled and reports without the sound', async () => {
  const page = await open();
  await upload(page, 'original-file', join(LONG, 'lang.mp3'));
  await upload(page, 'copy-file', join(LONG, 'lang.opus'));
  const bar = await page.waitForSelector('[data-testid="decoding-progress"] button', { timeout: 60_000 });
  expect(await text(page, '[data-testid="decoding-progress"]')).toMatch(/Geluid van lang\.(mp3|opus) decoderen/);
  await bar!.click();
  expect(await text(page, '[data-testid="audio-cancelled"]')).toMatch(/decoderen is gestopt/);
  await page.waitForSelector('[data-testid="verdict"]', { timeout: 30_000 });
  expect(await page.$('[data-testid="decoding-progress"]')).toBeNull();
});
