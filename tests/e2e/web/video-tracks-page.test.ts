// Every track compared, in the built verifier page (dist/verifier) in headless Chromium, as
// tests/cli/video-tracks.test.ts does for the CLI: a picture blacked out 5–12 s with the sound copied
// is edited, in the picture, placed within 0.5 s. A re-encoded picture is decoded in the page
// (WebCodecs, decode-picture-stream.ts) and compared by its frame signatures: blacked out, replaced
// by other footage, cut, or the same content; the page's signatures agree with the CLI's, so
// fingerprint files of either tool compare against files in the other. Stopping the picture's
// decoding names the picture as not compared. Firefox ESR, whose decoder gives BGRX frames, compares
// re-encoded pictures too, against the CLI's signatures as well. Run `npm run build:web` and `npm run build:cli` first.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popcount32 } from '../../../shared/audio/popcount.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { readVideoSection } from '../../../shared/video/video-section.ts';
import { ensureVideos, VIDEO_DIR, videoPath } from '../../fixtures/video/make-video.ts';
import { runCli } from '../../cli/run-cli.ts';
import { FIREFOX, ROOT } from '../support/paths.ts';
import { timelineSegments, upload, waitForDownload } from './page-driver.ts';
import { pageSession } from './page-session.ts';

const DIST = `${ROOT}dist/verifier/`;
/** The CLI's and the page's fingerprint files of the videos, apart from the other tests' files. */
const FILES = `${VIDEO_DIR}/page-picture/`;

const session = pageSession(`${VIDEO_DIR}/downloads`);

beforeAll(() => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npm run build:web"`);
  ensureVideos();
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES, { recursive: true });
}, 180_000);

/** Compares a video of the fixtures (or a file by its path, as the original) with another in the page. */
const compareInPage = (original: string, copy: string): ReturnType<typeof session.compare> =>
  session.compare(original.startsWith('/') ? original : videoPath(original), videoPath(copy));

const editTracks = (page: Page): Promise<(string | null)[]> => page.$$eval('[data-testid="edit-tracks"]', (cells) => cells.map((c) => c.textContent));
const uncompared = (page: Page): Promise<(string | null)[]> => page.$$eval('[data-testid="uncompared-track"]', (ps) => ps.map((p) => p.textContent));

/** The CLI's fingerprint file of a video, written under FILES. */
function cliFingerprint(name: string): string {
  const out = `${FILES}${name}.cli.json`;
  if (existsSync(out)) return out;
  const r = runCli(['fingerprint', videoPath(name), '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

/** The page's fingerprint file of a video (the client view's download, with its picture decoded), written under FILES. */
async function pageFingerprint(name: string): Promise<string> {
  const downloads = `${FILES}downloads-${name}`;
  const page = await session.open(downloads);
  await upload(page, 'client-file', videoPath(name));
  await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 60_000 });
  await page.click('#download-fingerprint');
  const out = `${FILES}${name}.page.json`;
  writeFileSync(out, await waitForDownload(downloads, '.fingerprint.json'));
  return out;
}

/** Each replaced stretch the timeline shows is `from`–`to` within 0.5 s. */
async function expectReplaced(page: Page, kind: string, from: number, to: number): Promise<void> {
  const shown = (await timelineSegments(page)).filter((s) => s.kind === kind);
  expect(shown.length).toBeGreaterThan(0);
  for (const segment of shown) {
    expect(Math.abs(segment.start - from)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(segment.end - to)).toBeLessThanOrEqual(0.5);
  }
}

describe('the picture blacked out 5–12 s, the sound copied, in the page', () => {
  it.each([
    ['original.mp4', 'black.mp4'],
    ['original.webm', 'black.webm'],
  ])('%s vs %s: edited, one replaced stretch in the picture, placed within 0.5 s', async (original, copy) => {
    const { page, verdict } = await compareInPage(original, copy);
    expect(verdict).toBe('edited');
    expect(await editTracks(page)).toEqual([' (beeld)']);
    await expectReplaced(page, 'replaced', 5, 12);
  });
});

describe('Ogg video (Theora, Vorbis) whose picture was blacked out 5–12 s, in the page', () => {
  it('original.ogv vs black.ogv: not the same content: the picture, which the page cannot decode, is named as not compared; no hidden stream', async () => {
    // The picture once got the sound's packets, and this copy was "the same content".
    const { page } = await compareInPage('original.ogv', 'black.ogv');
    const banner = await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent);
    expect(banner).not.toMatch(/^ZELFDE INHOUD/);
    expect(banner).toMatch(/NIET VOLLEDIG/);
    expect((await uncompared(page)).filter((n) => n?.includes('beeld'))).toHaveLength(1);
    expect(await page.$$('[data-testid="skipped-bytes"]')).toHaveLength(0);
  });
});

describe('a lossless cut joined from stream-copied pieces (ffmpeg concat, with the SPS/PPS in-band), in the page', () => {
  it('original.mp4 vs concat-cut-6-10.mp4: one removed 6–10 s in the picture and both sounds, not an edit at every key frame', async () => {
    const { page, verdict } = await compareInPage('original.mp4', 'concat-cut-6-10.mp4');
    expect(verdict).toBe('edited');
    expect(await editTracks(page)).toEqual([' (beeld, geluid, geluid 2)']);
    expect(await uncompared(page)).toEqual([]);
    await expectReplaced(page, 'removed', 6, 10);
  });
});

describe('a re-encoded picture, decoded and compared by how it looks, in the page', () => {
  it.each([
    ['original.mp4', 'black-reencoded.mp4', 'replaced', 5, 12],
    ['original-fragmented.mp4', 'black-reencoded.mp4', 'replaced', 5, 12],
    ['original.mp4', 'replaced-footage.mp4', 'replaced', 8, 12],
    ['original.mp4', 'picture-cut.mp4', 'removed', 6, 9],
  ])('%s vs %s: edited in the picture (%s %d–%d s, within 0.5 s)', async (original, copy, kind, from, to) => {
    const { page, verdict } = await compareInPage(original, copy);
    expect(verdict).toBe('edited');
    const tracks = await editTracks(page);
    expect(tracks.length).toBeGreaterThan(0);
    expect(tracks.every((t) => t === ' (beeld)')).toBe(true);
    expect((await uncompared(page)).filter((n) => n?.includes('beeld'))).toEqual([]);
    await expectReplaced(page, kind, from, to);
  });

  it('original.mp4 vs picture-reencoded.mp4 (the picture re-encoded, no edit): same content, every track compared', async () => {
    const { page, verdict } = await compareInPage('original.mp4', 'picture-reencoded.mp4');
    expect(verdict).toBe('same-content');
    expect(await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent)).not.toMatch(/NIET VOLLEDIG/);
    expect(await uncompared(page)).toEqual([]);
    expect(await editTracks(page)).toEqual([]);
  });

  it('original.mp4 vs half-vp9.webm (half size, VP9): no edit in the picture', async () => {
    const { page } = await compareInPage('original.mp4', 'half-vp9.webm');
    expect((await editTracks(page)).filter((t) => t?.includes('beeld'))).toEqual([]);
    expect((await uncompared(page)).filter((n) => n?.includes('beeld'))).toEqual([]);
  });

  it('stopping the picture\'s decoding names the picture as not compared', async () => {
    const page = await session.open();
    await page.click('#tab-compare');
    // Pressed from inside the page the moment the progress bar appears: the decoding of 20 s is quick.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="decoding-progress"]');
        const stop = bar?.querySelector('button');
        if (!bar || !stop) return;
        document.body.dataset.stoppedAt = bar.textContent ?? '';
        observer.disconnect();
        stop.click();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await upload(page, 'original-file', videoPath('original.mp4'));
    await upload(page, 'copy-file', videoPath('black-reencoded.mp4'));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 60_000 });
    expect(await page.$eval('body', (b) => b.dataset.stoppedAt)).toMatch(/Beeld van .* ontleden/);
    expect(await page.$eval('[data-testid="picture-note"]', (e) => e.textContent)).toMatch(/gestopt: het beeld is niet vergeleken/);
    // Why, from the packets' own code, in Dutch: the re-encoded picture shares (next to) none of the original's packets.
    expect((await uncompared(page)).filter((n) => n?.startsWith('NIET VERGELEKEN: beeld'))).toEqual([
      expect.stringMatching(/^NIET VERGELEKEN: beeld \(opnieuw gecodeerd of een andere codec: de pakketten kunnen het niet uitwijzen, want maar [\d.]+ van de [\d.]+ pakketten van het kortste bestand zijn identiek\)\.$/),
    ]);
    expect(await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent)).toMatch(/^NIET VOLLEDIG VERGELEKEN/);
  });
});

describe('the client\'s fingerprint file of a video', () => {
  it('stopping the picture\'s analysis leaves the video section out, and says so', async () => {
    const downloads = `${FILES}downloads-stopped`;
    const page = await session.open(downloads);
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const stop = document.querySelector('[data-testid="picture-progress"] button');
        if (!(stop instanceof HTMLButtonElement)) return;
        observer.disconnect();
        stop.click();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await upload(page, 'client-file', videoPath('original.mp4'));
    await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 60_000 });
    expect(await page.$eval('[data-testid="picture-note"]', (e) => e.textContent)).toMatch(/gestopt: de vingerafdruk bevat het beeld niet/);
    await page.click('#download-fingerprint');
    const fingerprint = JSON.parse(await waitForDownload(downloads, '.fingerprint.json')) as { video?: unknown; audio?: unknown; tracks?: unknown };
    expect(fingerprint.video).toBeUndefined();
    expect(fingerprint.audio).toBeDefined();
    expect(fingerprint.tracks).toBeDefined();
  });
});

describe('the page\'s picture fingerprint and the CLI\'s are one', () => {
  it.each(['original.mp4', 'original.webm', 'half-vp9.webm'])('the page\'s signatures of %s agree with the CLI\'s frame by frame', async (name) => {
    const page = readVideoSection((JSON.parse(readFileSync(await pageFingerprint(name), 'utf8')) as { video: unknown }).video);
    const cli = readVideoSection((JSON.parse(readFileSync(cliFingerprint(name), 'utf8')) as { video: unknown }).video);
    expect(page.length).toBe(cli.length);
    const distances = page.map((p, k) => (p.flat !== cli[k]!.flat ? 64 : popcount32(p.high ^ cli[k]!.high) + popcount32(p.low ^ cli[k]!.low)));
    const close = distances.filter((d) => d <= 4).length;
    const exact = distances.filter((d) => d === 0).length;
    const brightness = Math.max(...page.map((p, k) => Math.abs(p.mean - cli[k]!.mean)));
    console.log(`page vs CLI signatures of ${name}: ${page.length} frames, ${exact} equal, ${close} within 4 bits, largest distance ${Math.max(...distances)} bits, largest brightness difference ${brightness}`);
    expect(close / page.length).toBeGreaterThanOrEqual(0.95);
    expect(brightness).toBeLessThanOrEqual(2);
  });

  it('the CLI\'s fingerprint file of original.mp4 against the page\'s decoding of picture-reencoded.mp4: same content', async () => {
    const { page, verdict } = await compareInPage(cliFingerprint('original.mp4'), 'picture-reencoded.mp4');
    expect(verdict).toBe('same-content');
    expect((await uncompared(page)).filter((n) => n?.includes('beeld'))).toEqual([]);
    expect((await editTracks(page)).filter((t) => t?.includes('beeld'))).toEqual([]);
  });

  it('the CLI\'s fingerprint file of original.mp4 against black-reencoded.mp4 in the page: replaced 5–12 s in the picture', async () => {
    const { page, verdict } = await compareInPage(cliFingerprint('original.mp4'), 'black-reencoded.mp4');
    expect(verdict).toBe('edited');
    expect(await editTracks(page)).toEqual([' (beeld)']);
    await expectReplaced(page, 'replaced', 5, 12);
  });

  it('the page\'s fingerprint file of original.mp4 against black-reencoded.mp4 in the CLI: replaced 5–12 s in the picture', async () => {
    const r = runCli(['compare', await pageFingerprint('original.mp4'), videoPath('black-reencoded.mp4'), '--json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as CompareReport;
    expect(report.verdict).toBe('edited');
    const picture = report.edits.filter((e) => e.tracks?.includes('picture'));
    expect(picture).toHaveLength(1);
    expect(picture[0]!.kind).toBe('replaced');
    const [start, end] = picture[0]!.kind === 'replaced' ? picture[0]!.original : [NaN, NaN];
    expect(Math.abs(start - 5)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(end - 12)).toBeLessThanOrEqual(0.5);
  });
});

describe('a re-encoded picture in Firefox ESR (frames as BGRX, the luma computed back), from file://', () => {
  let firefox: Browser;
  beforeAll(async () => {
    firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each([
    ['original.mp4', 'black-reencoded.mp4', 'edited'],
    ['CLI fingerprint file of original.mp4', 'picture-reencoded.mp4', 'same-content'],
  ])('%s vs %s: %s, every picture compared', async (original, copy, expected) => {
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.goto(`file://${DIST}index.html`);
    await page.click('#tab-compare');
    await upload(page, 'original-file', original.startsWith('CLI') ? cliFingerprint('original.mp4') : videoPath(original));
    await upload(page, 'copy-file', videoPath(copy));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 60_000 });
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe(expected);
    expect((await uncompared(page)).filter((n) => n?.includes('beeld'))).toEqual([]);
    if (expected === 'edited') {
      expect(await editTracks(page)).toEqual([' (beeld)']);
      await expectReplaced(page, 'replaced', 5, 12);
    } else expect(await editTracks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
