// The robustness corpus and the crafted 8 MB MP4 files in the built verifier page (dist/verifier),
// in headless Chromium, as in tests/cli/robustness-*.test.ts for the CLI: a copy cut short is
// edited with the rest removed, in seconds, in every container the page reads; the crafted files
// are answered within a generous bound (before the bound on work, the overlapping one cost some
// 20 minutes of hashing per side in the page). Run `npm run build:web` first.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTime } from '../../../shared/report/format-values.ts';
import { readPacketsOf } from '../../unit/media/media-files.ts';
import { craftedMp4 } from '../../fixtures/robustness/crafted-mp4.ts';
import { copiesOfDamaged, cutName, CUTS, DAMAGED_ORIGINALS, ensureRobustnessCorpus, ROBUSTNESS_DIR } from '../../fixtures/robustness/make-robustness.ts';
import { ROOT } from '../support/paths.ts';
import { timelineSegments } from './page-driver.ts';
import { pageSession } from './page-session.ts';

const DIST = `${ROOT}dist/verifier/`;
const TOLERANCE_S = 0.15;
const BOUND_MS = 30_000;

const session = pageSession(`${ROBUSTNESS_DIR}downloads`);

beforeAll(() => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npm run build:web"`);
  ensureRobustnessCorpus();
  craftedMp4('reversed');
  craftedMp4('overlapping');
}, 180_000);

describe('copies cut short, in the page', () => {
  it.each(['speech.wav', 'sox-ima.wav', 'sox.flac', 'opus.ogg', 'opus.webm', 'fragmented.mp4', 'lame.mp3', 'adts.aac'])(
    '%s cut to its first 40 per cent of bytes: edited, the rest removed, in seconds',
    async (name) => {
      const copy = cutName(name, CUTS[0]!);
      const { page, verdict } = await session.compare(`${ROBUSTNESS_DIR}${name}`, `${ROBUSTNESS_DIR}${copy}`);
      expect(verdict).toBe('edited');
      const segments = await timelineSegments(page);
      expect(segments).toHaveLength(1);
      const [removed] = segments;
      expect(removed).toMatchObject({ bar: 'original', kind: 'removed' });
      const [whole, cut] = [await readPacketsOf(`${ROBUSTNESS_DIR}${name}`), await readPacketsOf(`${ROBUSTNESS_DIR}${copy}`)];
      expect(Math.abs(removed!.start - cut.endsEarly!.time)).toBeLessThan(TOLERANCE_S);
      expect(Math.abs(removed!.end - (whole.packets.time(0) + whole.duration))).toBeLessThan(TOLERANCE_S);
      const warnings = await page.$$eval('[data-testid="skipped-bytes"]', (ps) => ps.map((p) => (p as HTMLElement).innerText));
      const ending = `LET OP: de kopie houdt op bij ${formatTime(cut.endsEarly!.time)}; de rest ontbreekt (het bestand is afgekapt; technische melding: ${cut.endsEarly!.reason}).`;
      expect(warnings).toContain(ending);
    },
  );
});

describe('a container the page cannot read, in the page', () => {
  it('an M4A cut before its moov: the report says the packets could not be read, and why (as the CLI does)', async () => {
    const { page } = await session.compare(`${ROBUSTNESS_DIR}aac.m4a`, `${ROBUSTNESS_DIR}${cutName('aac.m4a', CUTS[0]!)}`);
    const warnings = await page.$$eval('[data-testid="skipped-bytes"]', (ps) => ps.map((p) => (p as HTMLElement).innerText));
    const problems = warnings.filter((w) => w.includes('audiopakketten'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^LET OP: de audiopakketten van de kopie konden niet gelezen worden \(technische melding: no moov box \(the index of the samples.*\) at byte 0\)\. /);
  });
});

describe('damage never hides the sound, in the page', () => {
  it.each(DAMAGED_ORIGINALS)('%s: its re-encode is the same content, a lossless cut of it is edited', async (name) => {
    const { reencoded, losslessCut } = copiesOfDamaged(name);
    expect((await session.compare(`${ROBUSTNESS_DIR}${name}`, reencoded)).verdict).toBe('same-content');
    const { page, verdict } = await session.compare(`${ROBUSTNESS_DIR}${name}`, losslessCut);
    expect(verdict).toBe('edited');
    const removed = (await timelineSegments(page)).filter((s) => s.kind === 'removed');
    expect(removed).toHaveLength(2);
    expect(Math.abs(removed[0]!.end - 1)).toBeLessThan(TOLERANCE_S);
    expect(Math.abs(removed[1]!.start - 4)).toBeLessThan(TOLERANCE_S);
  });
});

describe('cannot tell, in the page', () => {
  it('a steady tone against its re-encode: cannot tell, not unrelated', async () => {
    const { page, verdict } = await session.compare(`${ROBUSTNESS_DIR}tone.wav`, `${ROBUSTNESS_DIR}tone.mp3`);
    expect(verdict).toBe('cannot-tell');
    expect(await page.$eval('[data-testid="verdict"]', (e) => (e as HTMLElement).innerText)).toContain('NIET TE ZEGGEN');
  });
});

describe('crafted 8 MB MP4 files, in the page', () => {
  it.each(['reversed', 'overlapping'] as const)('samples %s: answered within 30 s', async (kind) => {
    const path = craftedMp4(kind);
    const { verdict, ms } = await session.compare(path, path);
    expect(verdict).toBe('identical');
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
