// The robustness corpus (tests/fixtures/robustness/make-robustness.ts): real files in every format the
// readers claim, and copies cut short, written to a pipe, with junk inserted or a last page cut.
// Every reader's duration must agree with what ffmpeg decodes within 0.15 s, except the cases listed
// in EXCEPTIONS with their reason; a copy cut short says where it ends; skipped junk is listed; and
// the built CLI reports a cut copy as edited with the removed stretch in seconds.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { packetLayer } from '../../shared/media/packets/packet-layer.ts';
import type { MediaReadResult } from '../../shared/media/types.ts';
import { copiesOfDamaged, cutName, CUTS, DAMAGED_ORIGINALS, ensureRobustnessCorpus, ROBUSTNESS_DIR, type CorpusFile } from '../fixtures/robustness/make-robustness.ts';
import { fileByteSource } from '../unit/media/node-byte-source.ts';
import { readPacketsOf } from '../unit/media/media-files.ts';
import { formatTime } from '../../shared/report/format-values.ts';
import { compareJson, fingerprintFile, runCli } from './run-cli.ts';

const TOLERANCE_S = 0.15;

/** Files whose reader duration differs from ffmpeg's, or that no reader can read, and why. */
const EXCEPTIONS: Record<string, string> = {
  'sox.amr': "ffmpeg 5.1's AMR-NB decoder drops comfort-noise (SID) and NO_DATA frames, which sox's encoder writes in pauses; players play them as 20 ms each",
  'amr.3gp': 'the same frames as sox.amr, remuxed',
  'sox-cut40.amr': 'sox.amr cut short: the same dropped frames',
  'sox-cut75.amr': 'sox.amr cut short: the same dropped frames',
  'amr-grouped.3gp': 'ffmpeg 5.1 decodes only the first AMR frame of a sample that holds several, so it hears a tenth of the file',
  'amr-grouped-cut40.3gp': 'amr-grouped.3gp cut short: the same',
  'amr-grouped-cut75.3gp': 'amr-grouped.3gp cut short: the same',
  'aac-cut40.m4a': 'the moov box (the sample table) comes last and is cut off: no reader, ffmpeg included, can find the samples',
  'aac-cut75.m4a': 'the moov box (the sample table) comes last and is cut off: no reader, ffmpeg included, can find the samples',
};

/** Containers that state no length: a cut exactly between two frames cannot be told from a whole file. */
const UNSIZED = new Set(['amr', 'mp3', 'adts']);

let corpus: CorpusFile[];
const decoded = new Map<string, number>();
const read = new Map<string, MediaReadResult | Error>();

const path = (name: string): string => `${ROBUSTNESS_DIR}${name}`;

/** Seconds of sound ffmpeg decodes from the file's first audio stream (0 when it decodes nothing). */
function ffmpegSeconds(name: string): number {
  const rate = 8000;
  try {
    const pcm = execFileSync('ffmpeg', ['-v', 'quiet', '-i', path(name), '-map', '0:a:0', '-ac', '1', '-ar', String(rate), '-f', 's16le', '-'], { maxBuffer: 1 << 28 });
    return pcm.length / 2 / rate;
  } catch (error) {
    const out = (error as { stdout?: Buffer }).stdout;
    return out ? out.length / 2 / rate : 0;
  }
}

beforeAll(async () => {
  corpus = ensureRobustnessCorpus();
  for (const file of corpus) {
    decoded.set(file.name, ffmpegSeconds(file.name));
    read.set(file.name, await readPacketsOf(path(file.name)).catch((e: Error) => e));
  }
}, 180_000);

const result = (name: string): MediaReadResult => {
  const r = read.get(name);
  if (!(r && !(r instanceof Error))) throw new Error(`${name}: ${String(r)}`);
  return r;
};

describe('every reader against what ffmpeg decodes', () => {
  test('the corpus holds every container the readers claim, made by other tools than ours', () => {
    const containers = new Set(corpus.filter((f) => !(read.get(f.name) instanceof Error)).map((f) => result(f.name).container));
    expect([...containers].sort()).toEqual(['adts', 'amr', 'flac', 'matroska', 'mp3', 'mp4', 'ogg', 'wav', 'webm']);
    const codecs = new Set(corpus.filter((f) => !(read.get(f.name) instanceof Error)).map((f) => result(f.name).codec));
    for (const codec of ['adpcm-ima-wav', 'adpcm-ms', 'gsm-ms', 'mp3', 'amr-nb', 'flac', 'vorbis', 'opus', 'aac', 'pcm-s16le']) expect(codecs).toContain(codec);
    expect(corpus.filter((f) => f.tool === 'script' && f.damage).length).toBeGreaterThanOrEqual(30);
  });

  test('duration within 0.15 s of ffmpeg, or a listed exception that still holds', () => {
    const disagreeing: string[] = [];
    for (const { name } of corpus) {
      const r = read.get(name)!;
      const ffmpeg = decoded.get(name)!;
      const ok = !(r instanceof Error) && Math.abs(r.duration - ffmpeg) <= TOLERANCE_S;
      if (!ok) disagreeing.push(name);
      if (!ok && !(name in EXCEPTIONS)) throw new Error(`${name}: reader ${r instanceof Error ? r.message : r.duration} s, ffmpeg ${ffmpeg} s`);
    }
    // Each exception is real: removed from the list the day it no longer holds.
    expect(disagreeing.sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });
});

describe('damaged copies', () => {
  const cuts = () => corpus.filter((f) => f.damage === 'cut');

  test('a copy cut short says where its sound stops, and its packets are the original\'s first ones', async () => {
    for (const file of cuts()) {
      if (file.name in EXCEPTIONS && read.get(file.name) instanceof Error) continue;
      const cut = result(file.name);
      const whole = result(file.from!);
      if (cut.endsEarly) {
        expect(Math.abs(cut.endsEarly.time - cut.duration - cut.packets.time(0))).toBeLessThan(1e-6);
        expect(cut.endsEarly.offset).toBeLessThanOrEqual(cut.packets.end(cut.packets.length - 1) + 4096);
      } else {
        // Only a container without a stated length, cut exactly between two frames.
        expect(UNSIZED.has(cut.container), file.name).toBe(true);
      }
      expect(cut.packets.length, file.name).toBeGreaterThan(0);
      expect(cut.packets.length).toBeLessThan(whole.packets.length);
      for (let i = 0; i < cut.packets.length; i++) expect(cut.packets.offset(i)).toBe(whole.packets.offset(i));
    }
  });

  test('a WAV written to a pipe (sizes 0xFFFFFFFF or 0) reads as the whole recording, not as cut short', () => {
    for (const name of ['piped.wav', 'zero-size.wav']) {
      expect(result(name).duration).toBe(result('speech.wav').duration);
      expect(result(name).endsEarly).toBeUndefined();
    }
  });

  test('junk between Ogg pages, before the first MP3 frame and between MP3 frames is skipped and listed', () => {
    expect(result('junk-between-pages.ogg').skipped).toEqual([{ offset: expect.any(Number), length: 960 }]);
    expect(result('zeros-before.mp3').skipped).toEqual([{ offset: 0, length: 3000 }]);
    expect(result('junk-between-frames.mp3').skipped).toHaveLength(1);
    for (const [damaged, original] of [['junk-between-pages.ogg', 'opus.ogg'], ['zeros-before.mp3', 'lame.mp3'], ['junk-between-frames.mp3', 'shine.mp3']] as const) {
      expect(result(damaged).packets.length).toBe(result(original).packets.length);
    }
    expect(result('last-page-cut.ogg').endsEarly?.reason).toBe('the last Ogg page is cut short');
  });

  test('ten AMR frames per 3GP sample: the same packets as the .amr they came from', async () => {
    const tableOf = async (name: string) => {
      const source = fileByteSource(path(name));
      try {
        return (await packetLayer(source)).table!;
      } finally {
        source.close();
      }
    };
    const [amr, grouped, remuxed] = await Promise.all([tableOf('sox.amr'), tableOf('amr-grouped.3gp'), tableOf('amr.3gp')]);
    expect(grouped.times.length).toBe(400);
    expect(Buffer.from(grouped.hashes).equals(Buffer.from(amr.hashes.subarray(0, grouped.hashes.length)))).toBe(true);
    expect(Buffer.from(remuxed.hashes).equals(Buffer.from(amr.hashes))).toBe(true);
  });
});

describe('MP4 edit lists', () => {
  test('a stream-copy cut that starts inside a frame: packet times as ffprobe shows them (the edit list applied)', () => {
    const shown = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', path('edit-list.m4a')], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^-?\d/.test(line))
      .map((line) => Number.parseFloat(line));
    const { packets } = result('edit-list.m4a');
    expect(packets.length).toBe(shown.length);
    expect(packets.time(0)).toBeLessThan(0);
    shown.forEach((time, i) => expect(Math.abs(packets.time(i) - time)).toBeLessThan(1e-5));
  });

  test('the CLI places that cut in the original: before 2.5 s and after 5.5 s removed', () => {
    const { report } = compareJson(path('aac.m4a'), path('edit-list.m4a'));
    expect(report).toMatchObject({ verdict: 'edited', unit: 'seconds' });
    const removed = report.edits.filter((e) => e.kind === 'removed').map((e) => (e as { original: readonly [number, number] }).original);
    expect(removed).toHaveLength(2);
    expect(removed[0]![0]).toBe(0);
    expect(Math.abs(removed[0]![1] - 2.5)).toBeLessThan(TOLERANCE_S);
    expect(Math.abs(removed[1]![0] - 5.5)).toBeLessThan(TOLERANCE_S);
  });
});

describe('the CLI on cut copies', () => {
  test.each(['speech.wav', 'sox-ima.wav', 'sox.flac', 'opus.ogg', 'opus.webm', 'fragmented.mp4', 'faststart.m4a', 'lame.mp3', 'adts.aac'])(
    '%s cut to its first 40 per cent of bytes: edited, the rest removed, in seconds, against the file and its fingerprint file',
    (name) => {
      const copy = cutName(name, CUTS[0]!);
      const { exit, report } = compareJson(path(name), path(copy));
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', unit: 'seconds' });
      expect(report.edits).toHaveLength(1);
      const [edit] = report.edits;
      if (edit?.kind !== 'removed') throw new Error(`${copy}: expected one removed stretch, got ${JSON.stringify(edit)}`);
      const [start, end] = edit.original;
      expect(Math.abs(start - result(copy).duration - result(copy).packets.time(0))).toBeLessThan(TOLERANCE_S);
      expect(Math.abs(end - result(name).duration - result(name).packets.time(0))).toBeLessThan(TOLERANCE_S);
      // The same edit against the original's fingerprint file.
      const fromFingerprint = compareJson(fingerprintFile(path(name)), path(copy));
      expect(fromFingerprint.exit).toBe(1);
      expect(fromFingerprint.report).toMatchObject({ verdict: 'edited', unit: 'seconds', edits: [{ kind: 'removed' }] });
      const [again] = fromFingerprint.report.edits;
      if (again?.kind !== 'removed') throw new Error(`${copy}: expected one removed stretch from the fingerprint file, got ${JSON.stringify(again)}`);
      expect(Math.abs(again.original[0] - start)).toBeLessThan(TOLERANCE_S);
      expect(Math.abs(again.original[1] - end)).toBeLessThan(TOLERANCE_S);
      // The report says where the copy stops and what that means.
      expect(Math.abs(report.copy.endsEarly!.time - start)).toBeLessThan(TOLERANCE_S);
      const text = runCli(['compare', path(name), path(copy)], { LANG: 'en_US.UTF-8' }).stdout;
      expect(text).toContain(`NOTE: the copy stops at ${formatTime(report.copy.endsEarly!.time)}; the rest is missing (the file is cut short: ${report.copy.endsEarly!.reason}).`);
    },
  );

  test('an M4A cut before its moov: the report says the packets could not be read, and why', () => {
    const { report } = compareJson(path('aac.m4a'), path(cutName('aac.m4a', CUTS[0]!)));
    expect(report.copy).toMatchObject({ container: 'mp4', packetProblem: expect.stringMatching(/^no moov box \(the index of the samples.*\) at byte 0$/) });
    expect(report.original.packetProblem).toBeUndefined();
  });

  test('an ADTS file whose last frame is cut short, against its remux to M4A: the same content (the partial frame on both sides)', () => {
    const { exit, report } = compareJson(path(cutName('adts.aac', CUTS[0]!)), path('adts-cut40-remuxed.m4a'));
    expect(exit).toBe(0);
    expect(report).toMatchObject({ verdict: 'same-content', basis: 'packets', edits: [] });
  });

  test('IMA ADPCM WAV: a rewritten header is the same content; blocks taken out are removed, in seconds', () => {
    const header = compareJson(path('sox-ima.wav'), path('sox-ima-new-header.wav'));
    expect(header.report).toMatchObject({ verdict: 'same-content', basis: 'packets', edits: [] });
    const { report } = compareJson(path('sox-ima.wav'), path('sox-ima-blocks-cut.wav'));
    const { packets } = result('sox-ima.wav');
    expect(report).toMatchObject({ verdict: 'edited', basis: 'packets', edits: [{ kind: 'removed' }] });
    const [start, end] = (report.edits[0] as { original: readonly [number, number] }).original;
    expect(start).toBeCloseTo(packets.time(40), 6);
    expect(end).toBeCloseTo(packets.time(80), 6);
  });

  test('an .amr against its 3GP with ten frames per sample: the same packets but the last five frames', () => {
    const { report } = compareJson(path('sox.amr'), path('amr-grouped.3gp'));
    expect(report).toMatchObject({ verdict: 'edited', basis: 'packets', edits: [{ kind: 'removed', original: [8, 8.1] }] });
  });
});

describe('cannot tell (CLI)', () => {
  test('a steady tone against its re-encode: cannot tell, not unrelated (too little structure for the sound)', () => {
    const { exit, report } = compareJson(path('tone.wav'), path('tone.mp3'));
    expect(exit).toBe(1);
    expect(report).toMatchObject({ verdict: 'cannot-tell', basis: 'audio', edits: [] });
    expect(runCli(['compare', path('tone.wav'), path('tone.mp3')], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^CANNOT TELL: only the sound could answer/);
  });
});

describe('damage never hides the sound (CLI)', () => {
  test.each(DAMAGED_ORIGINALS)('%s: its re-encode is the same content by the sound, a lossless cut of it is edited', (name) => {
    const { reencoded, losslessCut } = copiesOfDamaged(name);
    const heard = compareJson(path(name), reencoded);
    expect(heard.report).toMatchObject({ verdict: 'same-content', basis: 'audio' });
    const cut = compareJson(path(name), losslessCut).report;
    expect(cut).toMatchObject({ verdict: 'edited', basis: 'packets' });
    const removed = cut.edits.map((e) => (e.kind === 'removed' ? e.original : null));
    expect(removed).toHaveLength(2);
    expect(removed[0]![0]).toBe(0);
    expect(Math.abs(removed[0]![1] - 1)).toBeLessThan(TOLERANCE_S);
    expect(Math.abs(removed[1]![0] - 4)).toBeLessThan(TOLERANCE_S);
  });
});
