// The files of tests/fixtures/audio/crafted-inputs.ts in the built verifier page, as in the CLI
// (tests/cli/audio-compare.test.ts): the page reads containers with its own readers and decodes
// their packets with WebCodecs, so a playlist or a list hidden in a file cannot choose the sound.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../../shared/report/format-values.ts';
import { makeCraftedInputs, type CraftedInputs } from '../../fixtures/audio/crafted-inputs.ts';
import { makeHiddenContainers, type HiddenContainers } from '../../fixtures/audio/hidden-containers.ts';
import { makeWebMedia, WEB_MEDIA_DIR, type WebMedia } from './make-web-media.ts';
import { text, timelineSegments } from './page-driver.ts';
import { pageSession } from './page-session.ts';

let media: WebMedia;
let crafted: CraftedInputs;
let hiding: HiddenContainers;
const session = pageSession();

beforeAll(() => {
  media = makeWebMedia();
  crafted = makeCraftedInputs(`${WEB_MEDIA_DIR}crafted/`, media.original, media.cut);
  hiding = makeHiddenContainers(`${WEB_MEDIA_DIR}hidden/`, media.original, media.cut);
});

describe('files crafted to make the decoder play something else, in the page', () => {
  it('an ID3 tag hiding the original behind a playlist: edited, the cut where players hear it, the hidden copy and the skipped bytes shown', async () => {
    const { page, verdict } = await session.compare(media.original, crafted.hiddenPlaylist);
    expect(verdict).toBe('edited');
    const removed = (await timelineSegments(page)).filter((s) => s.kind === 'removed');
    expect(removed).toHaveLength(1);
    expect(Math.abs(removed[0]!.start - 10)).toBeLessThan(0.3);
    expect(Math.abs(removed[0]!.end - 15)).toBeLessThan(0.3);
    const notes = await page.$$eval('[data-testid="skipped-bytes"]', (items) => items.map((item) => (item as HTMLElement).innerText));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^LET OP: de kopie bevat nog een opname \(mp3, [\d.]+ bytes vanaf byte \d+\) buiten de opname die spelers afspelen/);
    expect(notes[1]).toMatch(/^LET OP: de kopie bevat \d+ bytes die niet bij de afgespeelde opname horen/);
    expect(await text(page, '[data-testid="edit-table"] [data-testid="edit-basis"]')).toBe('geluid, ± 0,3 s');
  });

  it('a concat list and a playlist naming the original beside them: never the same content', async () => {
    for (const copy of [crafted.concatList, crafted.playlistOnly]) {
      const { verdict } = await session.compare(media.original, copy);
      expect(['edited', 'unrelated', null]).toContain(verdict);
    }
  });
});

describe('a second container hidden in a file, in the page (the same files as tests/cli/hidden-containers.test.ts)', () => {
  it('an MP4 in an ID3 tag, an Ogg in an M4A free box, an MP4 in a WebM Void, a WAV after the last MP3 frame, an Ogg between fragments, a FLAC in a Void and a WAV in an attached file between Clusters: each named with its kind and where it begins', async () => {
    const [inTag] = hiding.inTag;
    for (const file of [inTag!, hiding.inFreeBox, hiding.inVoid, hiding.afterTheEnd, hiding.betweenFragments, hiding.betweenClusters, hiding.attachedBetweenClusters]) {
      const { page, verdict } = await session.compare(media.original, file.path);
      expect(verdict, file.path).toBe('edited');
      const notes = await page.$$eval('[data-testid="skipped-bytes"]', (items) => items.map((item) => (item as HTMLElement).innerText));
      const hidden = notes.filter((n) => n.includes('nog een opname'));
      expect(hidden, file.path).toHaveLength(1);
      const at = formatCount(file.at, 'nl').replace(/\./g, '\\.');
      expect(hidden[0]).toMatch(new RegExp(`^LET OP: de kopie bevat nog een opname \\(${file.kind}, [\\d.]+ bytes vanaf byte ${at}\\)`));
    }
  });

  it('magic bytes followed by noise in a tag are not a container', async () => {
    const { page, verdict } = await session.compare(media.original, hiding.decoy);
    expect(verdict).toBe('edited');
    const notes = await page.$$eval('[data-testid="skipped-bytes"]', (items) => items.map((item) => (item as HTMLElement).innerText));
    expect(notes.filter((n) => n.includes('nog een opname'))).toEqual([]);
  });
});
