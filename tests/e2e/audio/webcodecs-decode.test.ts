// The page's streaming decoder (WebCodecs in real Chromium and Firefox ESR, WAV's PCM read
// directly, each through the TypeScript resampler) must give fingerprints that align with the Node
// ones (ffmpeg): the same recording reads as the same content, and an edited copy shows its cut
// where the Node path does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { popcount32 } from '../../../shared/audio/popcount.ts';
import { alignAudio } from '../../../shared/compare/audio-align.ts';
import type { Edit } from '../../../shared/compare/report.ts';
import { fingerprintAudioFile } from '../../../verifier/node/decode-audio-fingerprint.ts';
import { makeCorpus, type CorpusManifest } from '../../fixtures/audio/make-corpus.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { FIREFOX } from '../support/paths.ts';
import { launchChromium } from '../web/page-driver.ts';
import { openStreamDecodePage, type StreamDecodePage } from './stream-decode-page.ts';

const DIR = join(import.meta.dirname, '../../.generated/audio');
const PAGE_DIR = join(import.meta.dirname, '../../.generated/audio-webcodecs');
const MEDIA = join(import.meta.dirname, '../../.generated/audio-webcodecs-media');

let manifest: CorpusManifest;
let browser: Browser;
let harness: StreamDecodePage;
let firefox: Browser;
let firefoxHarness: StreamDecodePage;

/** More containers and codecs of the unedited recording, remuxed or encoded with ffmpeg. */
const VARIANTS: Record<string, string[]> = {
  'unedited-opus.webm': ['-i', join(DIR, 'unedited.opus'), '-c', 'copy'],
  'unedited.flac': ['-i', join(DIR, 'original.wav'), '-c:a', 'flac'],
  'unedited-vorbis.ogg': ['-i', join(DIR, 'original.wav'), '-c:a', 'libvorbis', '-q:a', '2'],
  'unedited-48k-stereo.m4a': ['-i', join(DIR, 'original.wav'), '-af', 'pan=stereo|c0=c0|c1=0.5*c0', '-ar', '48000', '-c:a', 'aac', '-b:a', '96k'],
  'unedited.aac': ['-i', join(DIR, 'unedited.m4a'), '-c', 'copy', '-f', 'adts'],
};

const pathOf = (file: string) => join(file in VARIANTS || file.endsWith('.amr') ? MEDIA : DIR, file);

function bitErrorRate(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let errors = 0;
  for (let i = 0; i < n; i++) errors += popcount32(a[i]! ^ b[i]!);
  return errors / (32 * n);
}

async function decoded(file: string, page = harness): Promise<AudioFingerprint> {
  const { fingerprint } = await page.decode(file);
  if (!fingerprint) throw new Error(`${file}: the streaming decoder declined it`);
  return fingerprint;
}

beforeAll(async () => {
  manifest = await makeCorpus(DIR);
  ensureMedia();
  mkdirSync(MEDIA, { recursive: true });
  for (const [name, args] of Object.entries(VARIANTS)) execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, pathOf(name)]);
  // AMR: a codec WebCodecs has no registration for (the magic and a few 12.2 kbit/s frames are enough).
  const frame = [0x3c, ...new Array<number>(31).fill(0)];
  writeFileSync(pathOf('notes.amr'), Uint8Array.from([...new TextEncoder().encode('#!AMR\n'), ...frame, ...frame, ...frame]));
  browser = await launchChromium();
  harness = await openStreamDecodePage(browser, PAGE_DIR);
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  firefoxHarness = await openStreamDecodePage(firefox, `${PAGE_DIR}-firefox`);
}, 400_000);

afterAll(async () => {
  await harness?.close();
  await browser?.close();
  await firefoxHarness?.close();
  await firefox?.close();
});

/** The browser's fingerprint of `file` (a name, or a path) against ffmpeg's: as long, few bits apart, the same content. */
async function expectLikeFfmpeg(file: string, page: StreamDecodePage): Promise<void> {
  const path = file.startsWith('/') ? file : pathOf(file);
  const node = await fingerprintAudioFile(path);
  const web = await decoded(path, page);
  expect(Math.abs(web.sampleCount - node.sampleCount)).toBeLessThan(0.05 * 5512);
  // Re-encoding flips 3-8 % of the bits; two decodings of one file must differ far less.
  expect(bitErrorRate(node.subFingerprints, web.subFingerprints)).toBeLessThan(0.02);
  const result = alignAudio(node, web);
  expect(result.verdict).toBe('same-content');
  expect(result.edits).toEqual([]);
}

describe('streaming audio decoding in Chromium', () => {
  const cases: [string, string][] = [
    ['unedited.mp3', 'MP3'],
    ['unedited.m4a', 'AAC in MP4'],
    ['unedited.opus', 'Opus in Ogg'],
    ['unedited-opus.webm', 'Opus in WebM'],
    ['unedited.aac', 'AAC in ADTS'],
    ['unedited-48k-stereo.m4a', '48 kHz stereo AAC'],
    ['unedited.flac', 'FLAC'],
    ['unedited-vorbis.ogg', 'Vorbis in Ogg'],
    ['original.wav', 'WAV, without a decoder'],
  ];
  for (const [file, what] of cases) {
    it(`fingerprints ${file} (${what}) like ffmpeg does`, () => expectLikeFfmpeg(file, harness));
  }

  // Audio packets between video frames: read in batches across the video data.
  for (const file of ['video.mp4', 'video.webm', 'fragmented.mp4']) {
    it(`fingerprints the sound of ${file} like ffmpeg does`, () => expectLikeFfmpeg(mediaPath(file), harness));
  }

  for (const name of ['cut-10s/mp3', 'cut-10s/aac', 'cut-10s/opus', 'cut-1s/aac']) {
    it(`finds the cut in ${name} where the Node path does`, async () => {
      const original = await fingerprintAudioFile(join(DIR, manifest.original));
      const c = manifest.cases.find((k) => k.name === name)!;
      const node = alignAudio(original, await fingerprintAudioFile(join(DIR, c.file)));
      const web = alignAudio(original, await decoded(join(DIR, c.file)));
      const want = c.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
      expect(web.edits).toHaveLength(1);
      expect(node.edits).toHaveLength(1);
      const [got, ref] = [web.edits[0]!, node.edits[0]!];
      if (got.kind !== 'removed' || ref.kind !== 'removed') throw new Error(`expected removals, got ${got.kind} and ${ref.kind}`);
      for (const k of [0, 1] as const) {
        expect(Math.abs(got.original[k] - ref.original[k])).toBeLessThan(0.3);
        expect(Math.abs(got.original[k] - want.original[k])).toBeLessThan(0.3);
      }
    });
  }

  it('reports its progress in decoded seconds of the duration', async () => {
    const { progress } = await harness.decode(join(DIR, 'unedited.m4a'));
    expect(progress.length).toBeGreaterThan(2);
    const [decodedSeconds, duration] = progress[progress.length - 1]!;
    expect(duration).toBeGreaterThan(100);
    expect(Math.abs(decodedSeconds - duration)).toBeLessThan(0.2);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
  });

  it('declines what it cannot decode, so the page falls back', async () => {
    expect((await harness.decode(pathOf('notes.amr'))).fingerprint).toBeNull();
  });
});

describe('streaming audio decoding in Firefox ESR', () => {
  for (const file of ['unedited.mp3', 'unedited.m4a', 'unedited.opus', 'unedited-opus.webm', 'original.wav']) {
    it(`fingerprints ${file} like ffmpeg does`, () => expectLikeFfmpeg(file, firefoxHarness));
  }

  it('finds the cut in cut-10s/aac', async () => {
    const c = manifest.cases.find((k) => k.name === 'cut-10s/aac')!;
    const web = alignAudio(await fingerprintAudioFile(join(DIR, manifest.original)), await decoded(join(DIR, c.file), firefoxHarness));
    const want = c.expected[0]![0] as Extract<Edit, { kind: 'removed' }>;
    expect(web.edits).toHaveLength(1);
    const got = web.edits[0]!;
    if (got.kind !== 'removed') throw new Error(`expected a removal, got ${got.kind}`);
    expect(Math.abs(got.original[0] - want.original[0])).toBeLessThan(0.3);
    expect(Math.abs(got.original[1] - want.original[1])).toBeLessThan(0.3);
  });
});
