// The page's timeline with several edits close together (three cuts 17 s apart in a 5-minute WAV,
// closer on the bar than their labels are wide): every edit's label is drawn, and no two labels
// overlap, measured in real Chromium. (17 s holds a whole chunk, at most 8.2 s, between the cuts
// wherever the chunk boundaries fall, so each cut stands alone.)
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWebMedia, WEB_MEDIA_DIR } from './make-web-media.ts';
import { pageSession } from './page-session.ts';

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

beforeAll(() => {
  makeWebMedia();
  // -R: the same noise every run.
  execFileSync('sox', ['-R', '-n', '-r', '16000', '-b', '16', '-c', '1', original, 'synth', '300', 'sine', '300-900', 'synth', '300', 'pinknoise', 'mix', 'vol', '0.3']);
});

describe('the timeline in the page', () => {
  it('three cuts 17 s apart: three labels, none over another', async () => {
    const { page, verdict } = await session.compare(original, threeCloseCuts());
    expect(verdict).toBe('edited');
    const boxes = await page.$$eval('[data-testid="timeline"] g[data-kind] text', (texts) =>
      texts.map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return { text: t.textContent ?? '', x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
      }),
    );
    expect(boxes.map((b) => b.text)).toEqual(['1: 01:00.0–01:00.3', '2: 01:17.3–01:17.6', '3: 01:34.6–01:34.9']);
    // On one row they would collide: each label is wider than the 17 s between the cuts.
    expect(new Set(boxes.map((b) => b.y)).size).toBeGreaterThan(1);
    for (let i = 0; i < boxes.length; i++) {
      for (let k = i + 1; k < boxes.length; k++) {
        const [a, b] = [boxes[i]!, boxes[k]!];
        const overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;
        expect(overlap, `${a.text} and ${b.text}`).toBe(false);
      }
    }
    const height = await page.$eval('[data-testid="timeline"]', (svg) => (svg as SVGSVGElement).viewBox.baseVal.height);
    for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(height);
  });
});
