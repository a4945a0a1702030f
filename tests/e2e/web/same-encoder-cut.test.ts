// A cut re-encoded with the original's own encoder and settings (Opus in WebM, AAC in M4A, from the
// shared audio corpus), in the built verifier page: the packets agree up to the cut and then mostly
// differ, the sound explains those stretches, and the page shows one removed second, as the CLI
// does (tests/e2e/audio/corpus.test.ts).
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '../../../shared/compare/report.ts';
import { corpusWebm, makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';
import { ROOT } from '../support/paths.ts';
import { WEB_MEDIA_DIR } from './make-web-media.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, text, timelineSegments, upload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const CORPUS = join(import.meta.dirname, '../../.generated/audio');
let manifest: CorpusManifest;
let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  manifest = await makeCorpus(CORPUS);
  server = await serveStatic(`${ROOT}dist/verifier/`);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  expectOwnRequestsOnly(opened, server.origin);
  await browser?.close();
  await server?.close();
});

describe('a cut re-encoded with the original’s own encoder, in the page', () => {
  it.each([
    ['Opus in WebM', () => [corpusWebm(CORPUS, 'unedited'), corpusWebm(CORPUS, 'cut-1s')]],
    ['AAC in M4A', () => [join(CORPUS, 'unedited.m4a'), join(CORPUS, 'cut-1s.m4a')]],
  ] as const)('%s: one removed second, resting on the sound', async (_, files) => {
    const [original, copy] = files();
    const cut = manifest.cases.find((c) => c.name === 'cut-1s/opus')!.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
    const page = await openPage(browser, `${server.origin}/index.html`, `${WEB_MEDIA_DIR}downloads`);
    opened.push(page);
    await page.page.click('#tab-compare');
    await upload(page.page, 'original-file', original!);
    await upload(page.page, 'copy-file', copy!);
    await page.page.waitForSelector('[data-testid="verdict"]', { timeout: 120_000 });
    expect(await page.page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    const segments = await timelineSegments(page.page);
    expect(segments.map((s) => s.kind)).toEqual(['removed']);
    expect(Math.abs(segments[0]!.start - cut.original[0])).toBeLessThanOrEqual(0.3);
    expect(Math.abs(segments[0]!.end - cut.original[1])).toBeLessThanOrEqual(0.3);
    expect(await text(page.page, '[data-testid="edit-basis"]')).toBe('geluid, ± 0,3 s');
  });
});
