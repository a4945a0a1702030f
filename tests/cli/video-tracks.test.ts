// Every track compared (issue 14, F2 of the security review): the built CLI on short generated videos
// whose picture or second sound track was edited while the first sound track was copied untouched,
// or whose every track was re-encoded. The packets of every track are compared, so the edit is found
// and placed, and said to be in the picture or in "sound 2"; where they cannot decide, the picture is
// compared by how it looks and a further sound track by its sound; a track that none of these can
// compare is named instead of called the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareReport, Edit, Range } from '../../shared/compare/report.ts';
import { ensureVideos, videoPath } from '../fixtures/video/make-video.ts';
import { compareJson, fingerprintFile, runCli } from './run-cli.ts';

beforeAll(() => {
  ensureVideos();
}, 180_000);

/** The original's fingerprint file, made once: each run of `opnamepact fingerprint` decodes every track. */
let made: string | undefined;
function originalFingerprint(): string {
  return (made ??= fingerprintFile(videoPath('original.mp4')));
}

function expectNear(actual: Range | undefined, want: [number, number], within = 0.5): void {
  expect(actual, 'range').toBeDefined();
  expect(Math.abs(actual![0] - want[0]), `start ${actual![0]} vs ${want[0]}`).toBeLessThanOrEqual(within);
  expect(Math.abs(actual![1] - want[1]), `end ${actual![1]} vs ${want[1]}`).toBeLessThanOrEqual(within);
}

function only(report: CompareReport): Extract<Edit, { kind: 'replaced' }> {
  expect(report.edits).toHaveLength(1);
  expect(report.edits[0]!.kind).toBe('replaced');
  return report.edits[0] as Extract<Edit, { kind: 'replaced' }>;
}

describe('opnamepact compare: the picture blacked out 5–12 s, the sound stream-copied', () => {
  it.each([
    ['H.264/AAC MP4', 'original.mp4', 'black.mp4'],
    ['VP8/Opus WebM', 'original.webm', 'black.webm'],
    ['fragmented MP4', 'original-fragmented.mp4', 'black-fragmented.mp4'],
  ])('%s: edited, one replaced stretch in the picture only, placed within 0.5 s', (_name, original, copy) => {
    const { exit, report } = compareJson(videoPath(original), videoPath(copy));
    expect(exit).toBe(1);
    expect(report.verdict).toBe('edited');
    const edit = only(report);
    expect(edit.tracks).toEqual(['picture']);
    expect(edit).toMatchObject({ basis: 'packets', resolution: 0 });
    expectNear(edit.original, [5, 12]);
    expectNear(edit.copy, [5, 12]);
    expect(report.uncompared).toBeUndefined();
  });

  it('the same from the original’s fingerprint file, which keeps the picture’s packets', () => {
    const fingerprint = originalFingerprint();
    const tracks = (JSON.parse(readFileSync(fingerprint, 'utf8')) as { tracks: { label: string; kind: string }[] }).tracks;
    expect(tracks.map((t) => [t.label, t.kind])).toEqual([
      ['picture', 'video'],
      ['sound 2', 'audio'],
    ]);
    const { exit, report } = compareJson(fingerprint, videoPath('black.mp4'));
    expect(exit).toBe(1);
    expect(only(report).tracks).toEqual(['picture']);
    expectNear(only(report).original, [5, 12]);
  });

  it('a fingerprint file without the tracks (an older version) names the picture as not compared', () => {
    const fingerprint = originalFingerprint();
    const old = JSON.parse(readFileSync(fingerprint, 'utf8')) as Record<string, unknown>;
    delete old.tracks;
    const path = videoPath('original.mp4.old-fingerprint.json');
    writeFileSync(path, JSON.stringify(old));
    const { exit, report } = compareJson(path, videoPath('black.mp4'));
    expect(report.verdict).toBe('same-content');
    expect(report.uncompared?.map((u) => u.track)).toEqual(['picture', 'sound 2']);
    expect(exit).toBe(1);
    const text = runCli(['compare', path, videoPath('black.mp4'), '--lang', 'en']).stdout;
    expect(text).not.toContain('SAME CONTENT: the files differ, but the recording itself is the same.');
    expect(text).toContain('NOT COMPARED: picture (the original has no packets of this track');
    const dutch = runCli(['compare', path, videoPath('black.mp4'), '--lang', 'nl']).stdout;
    expect(dutch).toContain(
      'NIET VERGELEKEN: beeld (het origineel heeft geen pakketten van dit spoor: het spoor ontbreekt, of het vingerafdrukbestand is gemaakt voordat sporen werden bewaard).',
    );
  });

  it('prints the track of each edit, in Dutch', () => {
    const r = runCli(['compare', videoPath('original.mp4'), videoPath('black.mp4'), '--lang', 'nl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/vervangen: 00:05\.\d–00:1[12]\.\d .* \(beeld\) \[pakketten, exact\]/);
  });
});

describe('opnamepact compare: Ogg video (Theora, Vorbis), the picture blacked out 5–12 s, the sound stream-copied', () => {
  // The Ogg reader reads the sound's packets only. The picture once got the sound's table, and this
  // copy was "the same content"; its first page, before the sound's first packet, "a hidden recording".
  it('edited in the picture, found by how it looks and placed within 0.5 s; the sound the same by its packets; nothing hidden', () => {
    const { exit, report } = compareJson(videoPath('original.ogv'), videoPath('black.ogv'));
    expect(exit).toBe(1);
    expect(report.verdict).toBe('edited');
    const edit = only(report);
    expect(edit).toMatchObject({ tracks: ['picture'], basis: 'picture' });
    expectNear(edit.original, [5, 12]);
    expectNear(edit.copy, [5, 12]);
    expect(report.compared).toEqual(expect.arrayContaining([{ track: 'sound', basis: 'packets' }, { track: 'picture', basis: 'picture' }]));
    expect(report.uncompared).toBeUndefined();
    expect(report.original.hidden).toBeUndefined();
    expect(report.copy.hidden).toBeUndefined();
  });

  it('the same from the original’s fingerprint file, which carries the picture’s look', () => {
    const fingerprint = fingerprintFile(videoPath('original.ogv'));
    const saved = JSON.parse(readFileSync(fingerprint, 'utf8')) as { video?: { count: number }; tracks: { label: string; count?: number }[] };
    expect(saved.video?.count).toBe(100);
    expect(saved.tracks.map((t) => t.label)).toEqual(['picture']);
    const { exit, report } = compareJson(fingerprint, videoPath('black.ogv'));
    expect(exit).toBe(1);
    expect(only(report)).toMatchObject({ tracks: ['picture'], basis: 'picture' });
    expectNear(only(report).original, [5, 12]);
  });
});

describe('a picture ffmpeg may not decode here (MPEG-2 in MP4)', () => {
  const warning = /^opnamepact: .*picture-mpeg2\.mp4: its picture cannot be decoded: is in a codec Opnamepact does not decode \(mpeg2video\)$/m;

  it('fingerprint: the file is still fingerprinted (code, packets, sound), without a video section, and stderr says why', () => {
    const out = videoPath('picture-mpeg2.mp4.fingerprint.json');
    const r = runCli(['fingerprint', videoPath('picture-mpeg2.mp4'), '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(warning);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(saved.video).toBeUndefined();
    expect(saved.audio).toBeDefined();
    expect(saved.packets).toBeDefined();
  });

  it('compare: the picture is named as not compared, the sound still is, and stderr says why', () => {
    const r = runCli(['compare', videoPath('original.mp4'), videoPath('picture-mpeg2.mp4'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(warning);
    const report = JSON.parse(r.stdout) as CompareReport;
    expect(report.uncompared?.map((u) => u.track)).toContain('picture');
    expect(report.compared).toEqual(expect.arrayContaining([{ track: 'sound', basis: 'packets' }]));
  });
});

describe('opnamepact compare: other tracks', () => {
  it('the second sound track silenced 8–11 s: edited in "sound 2" only, placed within 0.5 s', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('sound2-silenced.mp4'));
    expect(exit).toBe(1);
    const edit = only(report);
    expect(edit.tracks).toEqual(['sound 2']);
    expectNear(edit.original, [8, 11]);
  });

  it('a stream-copy cut of every track: each removed stretch is in the sound and the picture', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('cut-4-12.mp4'));
    expect(exit).toBe(1);
    expect(report.edits.map((e) => e.kind)).toEqual(['removed', 'removed']);
    for (const edit of report.edits) expect(edit.tracks).toEqual(['sound', 'picture', 'sound 2']);
    expectNear((report.edits[0] as Extract<Edit, { kind: 'removed' }>).original, [0, 4]);
    expectNear((report.edits[1] as Extract<Edit, { kind: 'removed' }>).original, [12, 20]);
  });

  it('every track remuxed (fragmented MP4): same content, nothing left uncompared', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('original-fragmented.mp4'));
    expect(exit).toBe(0);
    expect(report).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(report.uncompared).toBeUndefined();
  });

  it('the picture re-encoded, the sound copied: compared by how it looks, the same content', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('picture-reencoded.mp4'));
    expect(report).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(report.uncompared).toBeUndefined();
    expect(exit).toBe(0);
  });

  it('the same from the original’s fingerprint file, whose video section keeps the picture’s look', () => {
    const { exit, report } = compareJson(originalFingerprint(), videoPath('picture-reencoded.mp4'));
    expect(report).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(report.uncompared).toBeUndefined();
    expect(exit).toBe(0);
  });
});

describe('opnamepact compare: re-encoded pictures, by their perceptual fingerprint (5 frames a second)', () => {
  function pictureEdits(copy: string): Edit[] {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath(copy));
    expect(exit).toBe(1);
    expect(report).toMatchObject({ verdict: 'edited', resolution: 0.2 });
    for (const edit of report.edits) expect(edit).toMatchObject({ tracks: ['picture'], basis: 'picture', resolution: 0.2 });
    return report.edits;
  }

  it('blacked out 5–12 s, the sound copied: replaced, placed within 0.5 s; the same from the fingerprint file', () => {
    const edits = pictureEdits('black-reencoded.mp4');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.kind).toBe('replaced');
    expectNear((edits[0] as Extract<Edit, { kind: 'replaced' }>).original, [5, 12]);
    const fingerprint = originalFingerprint();
    const video = (JSON.parse(readFileSync(fingerprint, 'utf8')) as { video: { count: number; hash: string } }).video;
    expect(video).toMatchObject({ hash: 'dct-64', count: 100 });
    expect(compareJson(fingerprint, videoPath('black-reencoded.mp4')).report.edits).toEqual(edits);
  });

  it('8–12 s replaced by other footage: replaced, placed within 0.5 s', () => {
    const [edit, ...rest] = pictureEdits('replaced-footage.mp4');
    expect(rest).toEqual([]);
    expect(edit!.kind).toBe('replaced');
    expectNear((edit as Extract<Edit, { kind: 'replaced' }>).original, [8, 12]);
  });

  it('6–9 s cut from the picture only: removed, placed within 0.5 s', () => {
    const [edit, ...rest] = pictureEdits('picture-cut.mp4');
    expect(rest).toEqual([]);
    expect(edit!.kind).toBe('removed');
    expectNear((edit as Extract<Edit, { kind: 'removed' }>).original, [6, 9]);
  });

  it('half size in VP9, the first sound in Opus and the second left out: no false edit, the missing track named (exit 1)', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('half-vp9.webm'));
    expect(report).toMatchObject({ verdict: 'same-content', edits: [] });
    // The copy left the second sound track out; that alone keeps it from being the same.
    expect(report.uncompared).toEqual([{ track: 'sound 2', code: 'only-one-side', side: 'original', reason: 'only the original has this track' }]);
    expect(exit).toBe(1);
  });
});

describe('opnamepact compare: every track re-encoded (picture half size in VP9, both sounds in Opus), the second sound by its sound', () => {
  it.each([
    ['the original', () => videoPath('original.mp4')],
    ['the original’s fingerprint file, whose sound 2 entry keeps its sound', () => originalFingerprint()],
  ])('no edit, from %s: same content in every track, nothing uncompared, exit 0', (_from, original) => {
    const { exit, report } = compareJson(original(), videoPath('half-vp9-all.webm'));
    expect(report).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(report.uncompared).toBeUndefined();
    expect(exit).toBe(0);
  });

  it.each([
    ['the original', () => videoPath('original.mp4')],
    ['the original’s fingerprint file', () => originalFingerprint()],
  ])('the second sound silenced 8–11 s, from %s: edited in "sound 2" only, on the sound, placed within 0.5 s', (_from, original) => {
    const { exit, report } = compareJson(original(), videoPath('half-vp9-sound2-silenced.webm'));
    expect(exit).toBe(1);
    expect(report.verdict).toBe('edited');
    const edit = only(report);
    expect(edit).toMatchObject({ tracks: ['sound 2'], basis: 'audio', resolution: 0.3 });
    expectNear(edit.original, [8, 11]);
    expectNear(edit.copy, [8, 11]);
    expect(report.uncompared).toBeUndefined();
  });

  it('only the second sound re-encoded (to AAC), the first copied: same content, exit 0; silenced 8–11 s there: edited in "sound 2" only', () => {
    const same = compareJson(videoPath('original.mp4'), videoPath('sound2-aac.mp4'));
    expect(same.report).toMatchObject({ verdict: 'same-content', edits: [] });
    expect(same.report.uncompared).toBeUndefined();
    expect(same.exit).toBe(0);
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('sound2-aac-silenced.mp4'));
    expect(exit).toBe(1);
    const edit = only(report);
    expect(edit).toMatchObject({ tracks: ['sound 2'], basis: 'audio' });
    expectNear(edit.original, [8, 11]);
  });

  it('the fingerprint file keeps the second sound beside its packets, in the form of the audio section', () => {
    const file = JSON.parse(readFileSync(originalFingerprint(), 'utf8')) as {
      audio: Record<string, unknown>;
      tracks: { label: string; audio?: Record<string, unknown> }[];
    };
    const [picture, sound2] = file.tracks;
    expect(picture).not.toHaveProperty('audio');
    expect(sound2!.label).toBe('sound 2');
    expect(Object.keys(sound2!.audio!).sort()).toEqual(Object.keys(file.audio).sort());
    // 20 s of a tone over noise, not the speech of the first sound.
    expect(sound2!.audio).toMatchObject({ algorithm: 'haitsma-kalker', sampleRate: file.audio.sampleRate });
    expect(sound2!.audio!.subFingerprints).not.toBe(file.audio.subFingerprints);
    expect(Math.abs((sound2!.audio!.sampleCount as number) / (sound2!.audio!.sampleRate as number) - 20)).toBeLessThan(0.1);
  });

  it('a fingerprint file whose second sound is doctored is refused: exit 2, one line naming the file, the track and the field', () => {
    const file = JSON.parse(readFileSync(originalFingerprint(), 'utf8')) as { tracks: { audio?: Record<string, unknown> }[] };
    file.tracks[1]!.audio!.count = 3;
    const path = videoPath('original.mp4.doctored-sound2.json');
    writeFileSync(path, JSON.stringify(file));
    const r = runCli(['compare', path, videoPath('half-vp9-all.webm')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(/tracks\[1\]: audio\.count: is 3, but \d+ samples give \d+/);
  });
});
