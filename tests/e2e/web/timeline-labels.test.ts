// The page's timeline with several edits close together (three cuts 17 s apart in a 5-minute WAV,
// closer on the bar than their labels are wide): every edit's label is drawn, and no two labels
// overlap, measured in real Chromium. (17 s holds a whole chunk, at most 8.2 s, between the cuts
// wherever the chunk boundaries fall, so each cut stands alone.) The same with a lane per track: a
// video whose second sound track is silenced at three places a second apart; no text of the
// picture (bar names, lane names, lengths, labels) is drawn over another.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { makeWebMedia, WEB_MEDIA_DIR } from './make-web-media.ts';
import { pageSession } from './page-session.ts';
import { expectApart, textBoxes } from './text-boxes.ts';

const original = `${WEB_MEDIA_DIR}vijf-minuten.wav`;
const session = pageSession();

/** The original without 60.0–60.3, 77.3–77.6 and 94.6–94.9 s. */
function threeCloseCuts(): string {
  const keep: [number, number | null][] = [[0, 60], [60.3, 77.3], [77.6, 94.6], [94.9, null]];
  const parts = keep.map(([from, to], i) => {
    const part = `${WEB_MEDIA_DIR}close-cuts-${i}.wav`;
    execFileSync('sox', [original, part, 'trim', String(from), ...(to === null ? [] : [`=${to}`])]);
    return part;
  });
  const out = `${WEB_MEDIA_DIR}close-cuts.wav`;
  execFileSync('sox', [...parts, out]);
  return out;
}

/** original.mp4 with its second sound track (MP2, frames coded alone) silenced 6–6.5, 7–7.5 and 8–8.5 s, the rest stream-copied. */
function threeCloseSilences(): string {
  const out = videoPath('sound2-three-silences.mp4');
  if (existsSync(out)) return out;
  const quiet = "[1]volume=enable='between(t,6,6.5)+between(t,7,7.5)+between(t,8,8.5)':volume=0[b]";
  const temp = `${out}.${process.pid}.tmp.mp4`;
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', videoPath('original.mp4'), '-i', videoPath('second.wav'), '-filter_complex', quiet, '-map', '0:v', '-map', '0:a:0', '-map', '[b]', '-c:v', 'copy', '-c:a:0', 'copy', '-c:a:1', 'mp2', '-b:a:1', '128k', temp]);
  renameSync(temp, out);
  return out;
}

beforeAll(() => {
  makeWebMedia();
  ensureVideos();
  // -R: the same noise every run.
  execFileSync('sox', ['-R', '-n', '-r', '16000', '-b', '16', '-c', '1', original, 'synth', '300', 'sine', '300-900', 'synth', '300', 'pinknoise', 'mix', 'vol', '0.3']);
});

describe('the timeline in the page', () => {
  it('three cuts 17 s apart: three labels, none over another', async () => {
    const { page, verdict } = await session.compare(original, threeCloseCuts());
    expect(verdict).toBe('edited');
    const boxes = await textBoxes(page, '[data-testid="timeline"] g[data-kind] text');
    expect(boxes.map((b) => b.text)).toEqual(['1: 01:00.0–01:00.3', '2: 01:17.3–01:17.6', '3: 01:34.6–01:34.9']);
    // On one row they would collide: each label is wider than the 17 s between the cuts.
    expect(new Set(boxes.map((b) => b.y)).size).toBeGreaterThan(1);
    expectApart(boxes);
    const height = await page.$eval('[data-testid="timeline"]', (svg) => (svg as SVGSVGElement).viewBox.baseVal.height);
    for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(height);
  });

  it('a lane per track, three edits a second apart in "sound 2": labels in rows, no text over another', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), threeCloseSilences());
    expect(verdict).toBe('edited');
    expect(await page.$$eval('[data-testid="timeline"] [data-bar="original"] g[data-lane]', (gs) => gs.map((g) => g.getAttribute('data-lane')))).toEqual(['picture', 'sound', 'sound 2']);
    expect(await page.$$eval('[data-testid="timeline"] rect[data-track]', (rs) => rs.map((r) => r.getAttribute('data-track')))).toEqual(Array(6).fill('sound 2'));
    const labels = await textBoxes(page, '[data-testid="timeline"] g[data-kind] text');
    expect(labels.map((b) => b.text)).toEqual(['1: 00:06.0–00:06.5', '2: 00:07.0–00:07.5', '3: 00:08.0–00:08.5', '1: 00:06.0–00:06.5', '2: 00:07.0–00:07.5', '3: 00:08.0–00:08.5']);
    expect(new Set(labels.map((b) => b.y)).size).toBe(6);
    const all = await textBoxes(page, '[data-testid="timeline"] text');
    expect(all.map((b) => b.text)).toEqual(expect.arrayContaining(['Origineel', 'Kopie', 'beeld', 'geluid', 'geluid 2', '00:20.0']));
    expectApart(all);
    const height = await page.$eval('[data-testid="timeline"]', (svg) => (svg as SVGSVGElement).viewBox.baseVal.height);
    for (const box of all) expect(box.bottom).toBeLessThanOrEqual(height);
  });
});
