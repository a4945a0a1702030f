// Every track compared, in the built verifier page (dist/verifier) in headless Chromium, as
// tests/cli/video-tracks.test.ts does for the CLI: a picture blacked out 5–12 s with the sound copied
// is edited, in the picture, placed within 0.5 s; a re-encoded picture is named as not compared and
// sameness is not claimed. Run `npm run build:web` first.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureVideos, VIDEO_DIR, videoPath } from '../../fixtures/video/make-video.ts';
import { ROOT } from '../support/paths.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, timelineSegments, upload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = `${ROOT}dist/verifier/`;

let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npm run build:web"`);
  ensureVideos();
  server = await serveStatic(DIST);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  expectOwnRequestsOnly(opened, server.origin);
  await browser?.close();
  await server?.close();
});

async function compareInPage(original: string, copy: string): Promise<{ page: Page; verdict: string | null }> {
  const one = await openPage(browser, `${server.origin}/index.html`, `${VIDEO_DIR}/downloads`);
  opened.push(one);
  const { page } = one;
  await page.click('#tab-compare');
  await upload(page, 'original-file', videoPath(original));
  await upload(page, 'copy-file', videoPath(copy));
  await page.waitForSelector('[data-testid="verdict"]', { timeout: 60_000 });
  return { page, verdict: await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict')) };
}

describe('the picture blacked out 5–12 s, the sound copied, in the page', () => {
  it.each([
    ['original.mp4', 'black.mp4'],
    ['original.webm', 'black.webm'],
  ])('%s vs %s: edited, one replaced stretch in the picture, placed within 0.5 s', async (original, copy) => {
    const { page, verdict } = await compareInPage(original, copy);
    expect(verdict).toBe('edited');
    expect(await page.$$eval('[data-testid="edit-tracks"]', (cells) => cells.map((c) => c.textContent))).toEqual([' (beeld)']);
    const replaced = (await timelineSegments(page)).filter((s) => s.kind === 'replaced');
    expect(replaced.length).toBeGreaterThan(0);
    for (const segment of replaced) {
      expect(Math.abs(segment.start - 5)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(segment.end - 12)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('a track that cannot be compared, in the page', () => {
  it('the picture re-encoded: named as not compared, and the banner claims no sameness', async () => {
    const { page, verdict } = await compareInPage('original.mp4', 'picture-reencoded.mp4');
    expect(verdict).toBe('same-content');
    const banner = await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent);
    expect(banner).toMatch(/^NIET VOLLEDIG VERGELEKEN/);
    const notes = await page.$$eval('[data-testid="uncompared-track"]', (ps) => ps.map((p) => p.textContent));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^NIET VERGELEKEN: beeld \(its packets cannot decide/);
  });
});
