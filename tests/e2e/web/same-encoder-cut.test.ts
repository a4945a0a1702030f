// A cut re-encoded with the original's own encoder and settings (Opus in WebM, AAC in M4A, from the
// shared audio corpus), in the built verifier page: the packets agree up to the cut and then mostly
// differ, the sound explains those stretches, and the page shows one removed second, as the CLI
// does (tests/e2e/audio/corpus.test.ts).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '../../../shared/compare/report.ts';
import { corpusWebm, makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';
import { text, timelineSegments } from './page-driver.ts';
import { pageSession } from './page-session.ts';

const CORPUS = join(import.meta.dirname, '../../.generated/audio');
let manifest: CorpusManifest;
const session = pageSession();

beforeAll(async () => {
  manifest = await makeCorpus(CORPUS);
}, 400_000);

describe('a cut re-encoded with the original’s own encoder, in the page', () => {
  it.each([
    ['Opus in WebM', () => [corpusWebm(CORPUS, 'unedited'), corpusWebm(CORPUS, 'cut-1s')]],
    ['AAC in M4A', () => [join(CORPUS, 'unedited.m4a'), join(CORPUS, 'cut-1s.m4a')]],
  ] as const)('%s: one removed second, resting on the sound', async (_, files) => {
    const [original, copy] = files();
    const cut = manifest.cases.find((c) => c.name === 'cut-1s/opus')!.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
    const { page, verdict } = await session.compare(original!, copy!, 120_000);
    expect(verdict).toBe('edited');
    const segments = await timelineSegments(page);
    expect(segments.map((s) => s.kind)).toEqual(['removed']);
    expect(Math.abs(segments[0]!.start - cut.original[0])).toBeLessThanOrEqual(0.3);
    expect(Math.abs(segments[0]!.end - cut.original[1])).toBeLessThanOrEqual(0.3);
    expect(await text(page, '[data-testid="edit-basis"]')).toBe('geluid, ± 0,3 s');
  });
});
