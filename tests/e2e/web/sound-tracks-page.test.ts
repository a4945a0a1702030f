// A second sound track compared by its sound in the built verifier page (dist/verifier), headless
// Chromium, as tests/cli/video-tracks.test.ts does for the CLI: every track re-encoded (VP9, both
// sounds in Opus), or only the second sound (to AAC), the second sound is decoded with WebCodecs
// from our readers' packets of that track and aligned, so it is no longer named as not compared,
// and a stretch silenced in it alone is an edit in "geluid 2". The page's fingerprint file keeps
// that sound too, and the CLI compares with it as with its own. Run `npm run build:web` and
// `npm run build:cli` first.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { runCli } from '../../cli/run-cli.ts';
import { ROOT } from '../support/paths.ts';
import { WEB_MEDIA_DIR } from './make-web-media.ts';
import { timelineSegments, upload, waitForDownload } from './page-driver.ts';
import { pageSession } from './page-session.ts';

/** Where pageSession's pages download to. */
const DOWNLOADS = `${WEB_MEDIA_DIR}downloads`;

beforeAll(() => {
  if (!existsSync(`${ROOT}dist/verifier/index.html`)) throw new Error('dist/verifier/index.html: not built; run "npm run build:web"');
  ensureVideos();
}, 180_000);

const session = pageSession();
const compareInPage = (copy: string) => session.compare(videoPath('original.mp4'), videoPath(copy), 120_000);

describe('a second sound track re-encoded, in the page', () => {
  it.each([
    ['every track re-encoded', 'half-vp9-all.webm'],
    ['only the second sound re-encoded (to AAC), the first copied', 'sound2-aac.mp4'],
  ])('%s, no edit: every track compared, the second sound by its sound; ZELFDE INHOUD, nothing named as not compared', async (_what, copy) => {
    const { page, verdict } = await compareInPage(copy);
    expect(verdict).toBe('same-content');
    expect(await page.$$('[data-testid="edit-tracks"]')).toHaveLength(0);
    // Every track compared (the picture by how it looks): the banner claims the sameness.
    expect(await page.$$('[data-testid="uncompared-track"]')).toHaveLength(0);
    expect(await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent)).toMatch(/^ZELFDE INHOUD/);
  });

  it.each(['half-vp9-sound2-silenced.webm', 'sound2-aac-silenced.mp4'])('%s, the second sound silenced 8–11 s: edited in "geluid 2" only, placed within 0.5 s', async (copy) => {
    const { page, verdict } = await compareInPage(copy);
    expect(verdict).toBe('edited');
    expect(await page.$$eval('[data-testid="edit-tracks"]', (cells) => cells.map((c) => c.textContent))).toEqual([' (geluid 2)']);
    const replaced = (await timelineSegments(page)).filter((s) => s.kind === 'replaced');
    expect(replaced.length).toBeGreaterThan(0);
    for (const segment of replaced) {
      expect(Math.abs(segment.start - 8)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(segment.end - 11)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('the page’s fingerprint file keeps the second sound, and the CLI compares with it', () => {
  let fingerprint: string;

  beforeAll(async () => {
    const name = 'original.mp4.fingerprint.json';
    rmSync(`${DOWNLOADS}/${name}`, { force: true });
    const page = await session.open();
    await upload(page, 'client-file', videoPath('original.mp4'));
    await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 120_000 });
    await page.click('#download-fingerprint');
    fingerprint = `${DOWNLOADS}/original.mp4.page.json`;
    writeFileSync(fingerprint, await waitForDownload(DOWNLOADS, name));
  }, 180_000);

  it.each([
    ['half-vp9-all.webm', 'same-content', []],
    ['half-vp9-sound2-silenced.webm', 'edited', [[8, 11]]],
  ])('opnamepact compare <the page’s fingerprint file> %s: %s, edits in "sound 2" only', (copy, verdict, stretches) => {
    const r = runCli(['compare', fingerprint, videoPath(copy), '--json']);
    const report = JSON.parse(r.stdout) as CompareReport;
    expect(report.verdict).toBe(verdict);
    expect(report.uncompared).toBeUndefined();
    expect(r.code).toBe(verdict === 'same-content' ? 0 : 1);
    expect(report.edits.map((e) => e.tracks)).toEqual(stretches.map(() => ['sound 2']));
    report.edits.forEach((edit, i) => {
      const original = (edit as Extract<CompareReport['edits'][number], { kind: 'replaced' }>).original;
      expect(Math.abs(original[0] - stretches[i]![0]!)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(original[1] - stretches[i]![1]!)).toBeLessThanOrEqual(0.5);
    });
  });
});
