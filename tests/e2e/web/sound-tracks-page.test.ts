// A second sound track compared by its sound in the built verifier page (dist/verifier), headless
// Chromium, as tests/cli/video-tracks.test.ts does for the CLI: every track re-encoded (VP9, both
// sounds in Opus), the second sound is decoded with WebCodecs from our readers' packets of that
// track and aligned, so it is no longer named as not compared, and a stretch silenced in it alone is
// an edit in "geluid 2". Run `npm run build:web` first.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { ROOT } from '../support/paths.ts';
import { timelineSegments } from './page-driver.ts';
import { pageSession } from './page-session.ts';

beforeAll(() => {
  if (!existsSync(`${ROOT}dist/verifier/index.html`)) throw new Error('dist/verifier/index.html: not built; run "npm run build:web"');
  ensureVideos();
}, 180_000);

const session = pageSession();

describe('a second sound track re-encoded, in the page', () => {
  it('every track re-encoded, no edit: the second sound compared by its sound, no edit, not named as uncompared', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('half-vp9-all.webm'), 120_000);
    expect(verdict).toBe('same-content');
    expect(await page.$$('[data-testid="edit-tracks"]')).toHaveLength(0);
    const notes = await page.$$eval('[data-testid="uncompared-track"]', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(notes.filter((n) => n.includes('geluid 2'))).toEqual([]);
  });

  it('the second sound silenced 8–11 s: edited in "geluid 2" only, placed within 0.5 s', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('half-vp9-sound2-silenced.webm'), 120_000);
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
