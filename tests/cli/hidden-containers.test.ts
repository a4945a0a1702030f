// A second container inside a file, where players do not look (issue 13, "more than one plausible
// stream"): the built CLI names it in the report, whatever kind it is and wherever it hides; magic
// bytes followed by noise do not count; and no file of the robustness corpus, nor the media the
// other tests use, is said to hide anything (its own container is not a second one).
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { outsideTheStream } from '../../shared/compare/hidden-streams.ts';
import { ensureMedia, MEDIA_DIR } from '../fixtures/media/make-media.ts';
import { makeHiddenContainers, type HiddenContainers, type HidingFile } from '../fixtures/audio/hidden-containers.ts';
import { ensureRobustnessCorpus, ROBUSTNESS_DIR } from '../fixtures/robustness/make-robustness.ts';
import { fileByteSource } from '../unit/media/node-byte-source.ts';
import { readPacketsOf } from '../unit/media/media-files.ts';
import { DIR, makeMedia, type Media } from './make-media.ts';
import { compareJson, fingerprintFile, runCli } from './run-cli.ts';

let media: Media;
let files: HiddenContainers;
beforeAll(() => {
  media = makeMedia();
  files = makeHiddenContainers(`${DIR}hidden/`, media.original, media.copies.cut);
}, 120_000);

function expectNamed(report: { copy: { hidden?: { offset: number; length: number; codec: string }[] } }, file: HidingFile): void {
  expect(report.copy.hidden, file.path).toHaveLength(1);
  const [hidden] = report.copy.hidden!;
  expect(hidden).toMatchObject({ offset: file.at, codec: file.kind });
  // Its own sizes where it states them; a FLAC's frames and an MP3's run on to where the played stream begins.
  if (file.kind === 'flac' || file.kind === 'mp3') expect(hidden!.length).toBeGreaterThanOrEqual(file.length);
  else expect(hidden!.length).toBe(file.length);
}

describe('a second container hidden in a file (built CLI)', () => {
  it('in an ID3 tag, each kind: named with its kind and where it begins; the edit is still found', () => {
    for (const file of files.inTag) {
      const { exit, report } = compareJson(media.original, file.path);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', copy: { container: 'mp3' } });
      expectNamed(report, file);
    }
  });

  it('in a free box of an M4A, in a Void element of a WebM, after the last MP3 frame: named, from the file and from a fingerprint file alike', () => {
    for (const file of [files.inFreeBox, files.inVoid, files.afterTheEnd]) {
      for (const original of [media.original, fingerprintFile(media.original)]) {
        const { report } = compareJson(original, file.path);
        expect(report.verdict).toBe('edited');
        expectNamed(report, file);
      }
    }
  });

  it('between packets: in a free box between two fragments of an M4A, in a Void element and in an attached file between two Clusters of a WebM', () => {
    for (const file of [files.betweenFragments, files.betweenClusters, files.attachedBetweenClusters]) {
      const { report } = compareJson(media.original, file.path);
      expect(report.verdict).toBe('edited');
      expectNamed(report, file);
    }
  });

  it('prints what it found, in Dutch and English', () => {
    const [mp4] = files.inTag;
    expect(runCli(['compare', media.original, mp4!.path]).stdout).toMatch(/LET OP: de kopie bevat nog een opname \(mp4, [\d.]+ bytes vanaf byte 31\)/);
    expect(runCli(['compare', media.original, mp4!.path, '--lang', 'en']).stdout).toMatch(/NOTE: the copy holds another recording \(mp4, [\d,]+ bytes from byte 31\)/);
  });

  it('magic bytes followed by noise are not a container', () => {
    const { report } = compareJson(media.original, files.decoy);
    expect(report).toMatchObject({ verdict: 'edited', copy: { container: 'mp3' } });
    expect(report.copy.hidden).toBeUndefined();
  });
});

describe('files that hide nothing', () => {
  it('no file of the robustness corpus or of the media fixtures is said to hold another stream', async () => {
    ensureRobustnessCorpus();
    ensureMedia();
    const paths = [
      ...readdirSync(ROBUSTNESS_DIR).map((name) => `${ROBUSTNESS_DIR}${name}`),
      ...readdirSync(MEDIA_DIR).map((name) => `${MEDIA_DIR}/${name}`),
    ].filter((path) => /\.(mp3|m4a|mp4|aac|ogg|opus|webm|mkv|flac|3gp)$/.test(path));
    expect(paths.length).toBeGreaterThan(40);
    const claimed: string[] = [];
    for (const path of paths) {
      const read = await readPacketsOf(path).catch(() => null);
      if (!read || read.packets.length === 0) continue;
      const source = fileByteSource(path);
      try {
        const { hidden } = await outsideTheStream(source, read);
        if (hidden) claimed.push(`${path}: ${JSON.stringify(hidden)}`);
      } finally {
        source.close();
      }
    }
    expect(claimed).toEqual([]);
  });
});
