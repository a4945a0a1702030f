// The timeline per track, in the built verifier page in headless Chromium, on the generated videos
// (tests/fixtures/video/make-video.ts; picture, speech as "sound", a tone as "sound 2"): a lane per
// track in each bar, named, each edit drawn in the lanes of the tracks it is in and nowhere else, at
// the place its times say; no two texts over each other; the per-track list, the verdict's basis line
// and the printed report (the compare view's and the case tab's A4) say what compared each track;
// axe finds nothing serious. Run `npm run build:web` first.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintFile } from '../../cli/run-cli.ts';
import { ensureVideos, VIDEO_DIR, videoPath } from '../../fixtures/video/make-video.ts';
import { caseLog } from '../../unit/case/case-log.ts';
import { seriousViolations } from '../support/axe.ts';
import { ROOT } from '../support/paths.ts';
import { upload } from './page-driver.ts';
import { pageSession } from './page-session.ts';
import { expectApart } from './text-boxes.ts';

const session = pageSession();
const LANES = ['picture', 'sound', 'sound 2'];

beforeAll(() => {
  ensureVideos();
}, 180_000);

interface Box {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

interface Mark extends Box {
  bar: string;
  track: string;
  kind: string;
  start: number;
  end: number;
}

interface Shown {
  /** Per bar, its lanes' boxes by track, in drawing order. */
  lanes: Record<string, { track: string; name: string; box: Box }[]>;
  /** Per bar, the length its lanes stand for (seconds). */
  extent: Record<string, number>;
  marks: Mark[];
  texts: (Box & { text: string })[];
}

/** The timeline as drawn: lanes, the marks in them and every text, in the SVG's units. */
function shownTimeline(page: Page): Promise<Shown> {
  return page.$eval('[data-testid="timeline"]', (svg) => {
    const box = (e: Element) => {
      const b = (e as SVGGraphicsElement).getBBox();
      return { x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
    };
    const lanes: Shown['lanes'] = {};
    const extent: Shown['extent'] = {};
    for (const bar of svg.querySelectorAll('[data-bar]')) {
      extent[bar.getAttribute('data-bar')!] = Number(bar.getAttribute('data-extent'));
      lanes[bar.getAttribute('data-bar')!] = [...bar.querySelectorAll('g[data-lane]')].map((g) => ({
        track: g.getAttribute('data-lane')!,
        name: g.querySelector('.lane-label')?.textContent ?? '',
        box: box(g.querySelector('rect')!),
      }));
    }
    const marks = [...svg.querySelectorAll('g[data-kind] rect[data-track]')].map((r) => {
      const g = r.closest('g[data-kind]')!;
      return {
        bar: r.closest('[data-bar]')!.getAttribute('data-bar')!,
        track: r.getAttribute('data-track')!,
        kind: g.getAttribute('data-kind')!,
        start: Number(g.getAttribute('data-start')),
        end: Number(g.getAttribute('data-end')),
        ...box(r),
      };
    });
    const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', ...box(t) }));
    return { lanes, extent, marks, texts };
  });
}

/** Each mark inside its own lane, and where its times say on the scale of the lane's length. */
function checkPlaces(shown: Shown): void {
  for (const mark of shown.marks) {
    const lane = shown.lanes[mark.bar]!.find((l) => l.track === mark.track)!;
    // Inside its own lane, top to bottom.
    expect(mark.y, `${mark.track} mark`).toBeGreaterThanOrEqual(lane.box.y - 0.01);
    expect(mark.bottom, `${mark.track} mark`).toBeLessThanOrEqual(lane.box.bottom + 0.01);
    const perSecond = (lane.box.right - lane.box.x) / shown.extent[mark.bar]!;
    expect(mark.x).toBeCloseTo(lane.box.x + mark.start * perSecond, 0);
    expect(mark.right).toBeCloseTo(lane.box.x + mark.end * perSecond, 0);
  }
}

function near(value: number, want: number): void {
  expect(Math.abs(value - want), `${value} vs ${want}`).toBeLessThanOrEqual(0.5);
}

/** The verdict banner's line: what the verdict rests on. */
async function basisLine(page: Page): Promise<string | null> {
  return page.$eval('[data-testid="verdict"] [data-testid="basis-line"]', (e) => e.textContent);
}

/** A printed line as pdftotext lays it out: any run of spaces may be a line break. */
function printedLine(line: string): RegExp {
  return new RegExp(line.replace(/[.()]/g, '\\$&').replace(/ /g, '\\s+'));
}

async function trackLines(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="track-list"] li', (items) => items.map((li) => li.textContent ?? ''));
}

describe('the timeline per track in the page', () => {
  it('picture blacked out 5–12 s, sound copied: a lane per track, the picture’s marked 5–12 s, the sounds clean', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('black.mp4'));
    expect(verdict).toBe('edited');
    const shown = await shownTimeline(page);
    for (const bar of ['original', 'copy']) {
      expect(shown.lanes[bar]!.map((l) => l.track)).toEqual(LANES);
      expect(shown.lanes[bar]!.map((l) => l.name)).toEqual(['beeld', 'geluid', 'geluid 2']);
    }
    expect(shown.marks.map((m) => [m.bar, m.track, m.kind])).toEqual([
      ['original', 'picture', 'replaced'],
      ['copy', 'picture', 'replaced'],
    ]);
    for (const mark of shown.marks) {
      near(mark.start, 5);
      near(mark.end, 12);
    }
    checkPlaces(shown);
    expectApart(shown.texts);
    expect(await trackLines(page)).toEqual([
      'beeld: vergeleken op de pakketten (exact); wijziging 1',
      'geluid: vergeleken op de pakketten (exact); geen wijziging',
      'geluid 2: vergeleken op de pakketten (exact); geen wijziging',
    ]);
    expect(await basisLine(page)).toBe('Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.');
    const description = await page.$eval('[data-testid="timeline"] desc', (d) => d.textContent);
    expect(description).toMatch(/^Per spoor: beeld: vergeleken op de pakketten \(exact\); wijziging 1; geluid: /);
    expect(await seriousViolations(page, '[data-testid="report"]')).toEqual([]);
    await page.$eval('[data-testid="report"]', (e) => e.scrollIntoView());
    const report = await page.$('[data-testid="report"]');
    await report!.screenshot({ path: `${ROOT}docs/screenshots/verifier-tracks.png` });
  });

  it('a stream-copy cut of 4–12 s: both removed stretches in every lane of the original, joined on the copy', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('cut-4-12.mp4'));
    expect(verdict).toBe('edited');
    const shown = await shownTimeline(page);
    expect(shown.marks.filter((m) => m.bar === 'copy')).toEqual([]);
    for (const track of LANES) {
      const own = shown.marks.filter((m) => m.track === track);
      expect(own.map((m) => m.kind)).toEqual(['removed', 'removed']);
      near(own[0]!.start, 0);
      near(own[0]!.end, 4);
      near(own[1]!.start, 12);
      near(own[1]!.end, 20);
    }
    checkPlaces(shown);
    expectApart(shown.texts);
    // The copy's bar is 8 s of the 20 s scale, each lane as long.
    const [copy, original] = [shown.lanes.copy!, shown.lanes.original!];
    for (const lane of copy) expect((lane.box.right - lane.box.x) / (original[0]!.box.right - original[0]!.box.x)).toBeCloseTo(8 / 20, 1);
    // Each join (at 0 s and 8 s of the copy) is a line across every lane of the copy's bar.
    const joins = await page.$$eval('[data-testid="copy-join"]', (lines) => lines.map((l) => ({ at: Number(l.getAttribute('data-at')), top: Number(l.getAttribute('y1')), bottom: Number(l.getAttribute('y2')) })));
    expect(joins.map((j) => Math.round(j.at))).toEqual([0, 8]);
    for (const join of joins) {
      expect(join.top).toBeLessThan(copy[0]!.box.y);
      expect(join.bottom).toBeGreaterThan(copy[2]!.box.bottom);
    }
    expect(await page.$$eval('[data-testid="edit-tracks"]', (cells) => cells.map((c) => c.textContent))).toEqual([' (beeld, geluid, geluid 2)', ' (beeld, geluid, geluid 2)']);
  });

  it('the second sound track silenced 8–11 s: marked in the "geluid 2" lane only, in English too', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('sound2-silenced.mp4'));
    expect(verdict).toBe('edited');
    const shown = await shownTimeline(page);
    expect(shown.marks.map((m) => [m.bar, m.track])).toEqual([
      ['original', 'sound 2'],
      ['copy', 'sound 2'],
    ]);
    for (const mark of shown.marks) {
      near(mark.start, 8);
      near(mark.end, 11);
    }
    checkPlaces(shown);
    expectApart(shown.texts);
    await page.click('#language');
    const english = await shownTimeline(page);
    expect(english.lanes.original!.map((l) => l.name)).toEqual(['picture', 'sound', 'sound 2']);
    expectApart(english.texts);
    expect(await trackLines(page)).toEqual([
      'picture: compared by its packets (exact); no edit',
      'sound: compared by its packets (exact); no edit',
      'sound 2: compared by its packets (exact); edit 1',
    ]);
  });

  it('a re-encoded copy with its picture blacked out 5–12 s: marked in the picture’s lane, found by how it looks', async () => {
    const { page, verdict } = await session.compare(videoPath('original.mp4'), videoPath('black-reencoded.mp4'), 120_000);
    expect(verdict).toBe('edited');
    const shown = await shownTimeline(page);
    expect(new Set(shown.marks.map((m) => m.track))).toEqual(new Set(['picture']));
    const replaced = shown.marks.filter((m) => m.kind === 'replaced');
    expect(replaced.map((m) => m.bar)).toEqual(['original', 'copy']);
    for (const mark of replaced) {
      near(mark.start, 5);
      near(mark.end, 12);
    }
    checkPlaces(shown);
    expectApart(shown.texts);
    expect((await trackLines(page))[0]).toBe('beeld: vergeleken op het beeld zelf (hoe het eruitziet); wijziging 1');
    expect(await basisLine(page)).toBe('Vastgesteld aan de hand van: beeld: hoe het eruitziet; geluid: de pakketten.');
  });

  it('a track not compared (the original’s fingerprint file without tracks) gets an open lane that says so', async () => {
    const fingerprint = `${VIDEO_DIR}/original.mp4.tracks-timeline.json`;
    const json = JSON.parse(readFileSync(fingerprintFile(videoPath('original.mp4')), 'utf8')) as Record<string, unknown>;
    delete json.tracks;
    writeFileSync(fingerprint, JSON.stringify(json));
    const { page, verdict } = await session.compare(fingerprint, videoPath('black.mp4'));
    expect(verdict).toBe('same-content');
    const shown = await shownTimeline(page);
    expect(shown.lanes.original!.map((l) => l.track)).toEqual(LANES);
    const notes = await page.$$eval('[data-testid="timeline"] [data-bar="original"] g[data-lane]', (gs) =>
      gs.map((g) => [g.getAttribute('data-lane'), g.querySelector('.lane-note')?.textContent ?? null]),
    );
    expect(notes).toEqual([
      ['picture', 'NIET vergeleken'],
      ['sound', null],
      ['sound 2', 'NIET vergeleken'],
    ]);
    expectApart(shown.texts);
    const why = await page.$eval('[data-testid="timeline"] [data-bar="original"] g[data-lane="picture"] rect title', (t) => t.textContent);
    const unknown = (track: string) =>
      `NIET VERGELEKEN: ${track} (het origineel heeft geen pakketten van dit spoor: het spoor ontbreekt, of het vingerafdrukbestand is gemaakt voordat sporen werden bewaard).`;
    expect(why).toBe(unknown('beeld'));
    expect(await page.$$eval('[data-testid="uncompared-track"]', (ps) => ps.map((p) => p.textContent))).toEqual([unknown('beeld'), unknown('geluid 2')]);
    expect(await trackLines(page)).toEqual(['beeld: NIET vergeleken', 'geluid: vergeleken op de pakketten (exact); geen wijziging', 'geluid 2: NIET vergeleken']);
    // Not "zelfde inhoud": the banner says not every track was compared, and rests on the one that was.
    expect(await page.$eval('[data-testid="verdict"] strong', (e) => e.textContent)).toMatch(/^NIET VOLLEDIG VERGELEKEN: /);
    expect(await basisLine(page)).toBe('Vastgesteld aan de hand van: de pakketten van geluid.');
  });
});

describe('the printed comparison lists every track', () => {
  it('the PDF of the report holds the per-track lines and each edit’s track, in Dutch and English', async () => {
    const { page } = await session.compare(videoPath('original.mp4'), videoPath('black.mp4'));
    const printed = async (name: string): Promise<string> => {
      const pdf = `${VIDEO_DIR}/${name}`;
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    };
    const dutch = await printed('tracks-report-nl.pdf');
    expect(dutch).toMatch(printedLine('Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.'));
    expect(dutch).toMatch(/Per spoor:\s+beeld: vergeleken op de pakketten \(exact\); wijziging 1\s+geluid: vergeleken op de pakketten \(exact\); geen wijziging/);
    expect(dutch).toMatch(/Wijzigingen[\s\S]*vervangen[\s\S]*\(beeld\)/);
    await page.click('#language');
    const english = await printed('tracks-report-en.pdf');
    expect(english).toMatch(printedLine('Decided by: the packets of picture, sound and sound 2.'));
    expect(english).toMatch(/Per track:\s+picture: compared by its packets \(exact\); edit 1/);
    expect(english).toMatch(/Edits[\s\S]*replaced[\s\S]*\(picture\)/);
  });

  it('the case tab’s A4 print of a video case holds the per-track list and the lanes', async () => {
    const code = createHash('sha256').update(readFileSync(videoPath('original.mp4'))).digest('hex');
    const logPath = `${VIDEO_DIR}/tracks-case-log.json`;
    writeFileSync(logPath, JSON.stringify((await caseLog(code, { code })).export));
    const page = await session.open();
    await page.click('#tab-case');
    await upload(page, 'case-log-file', logPath);
    await upload(page, 'case-original-file', videoPath('original.mp4'));
    await upload(page, 'case-copy-file', videoPath('black.mp4'));
    await page.waitForSelector('[data-testid="case-result"] [data-testid="timeline"]', { timeout: 90_000 });
    const lanes = await page.$$eval('[data-testid="case-result"] [data-testid="timeline"] [data-bar="original"] g[data-lane]', (gs) => gs.map((g) => g.getAttribute('data-lane')));
    expect(lanes).toEqual(LANES);
    const pdf = `${VIDEO_DIR}/tracks-case-nl.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/Per spoor:\s+beeld: vergeleken op de pakketten \(exact\); wijziging 1\s+geluid: vergeleken op de pakketten \(exact\); geen wijziging\s+geluid 2: /);
    expect(printed).toMatch(printedLine('Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.'));
    expect(printed).toMatch(/Tijdlijn[\s\S]*beeld\s+geluid\s+geluid 2/);
  });
});
