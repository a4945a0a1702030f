// The built CLI's text report on the generated videos (tests/fixtures/video/make-video.ts) lists
// every track with what compared it and the edits in it, and each edit's tracks, in Dutch and
// English, and its basis line says what the verdict rests on in each track; so does the complaint
// case's text, and its evidence bundle checks out with them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureVideos, VIDEO_DIR, videoPath } from '../fixtures/video/make-video.ts';
import { caseLog } from '../unit/case/case-log.ts';
import { runCli } from './run-cli.ts';

beforeAll(() => {
  ensureVideos();
}, 180_000);

/** The lines under the per-track heading, without their indent. */
function trackLines(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  expect(at, `"${heading}" in:\n${text}`).toBeGreaterThan(0);
  const end = lines.indexOf('', at);
  return lines.slice(at + 1, end).map((l) => l.trim());
}

function compareText(copy: string, lang: 'nl' | 'en'): string {
  const r = runCli(['compare', videoPath('original.mp4'), videoPath(copy), '--lang', lang]);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('opnamepact compare: every track in the text report', () => {
  it('the picture blacked out, the sound copied: the picture holds the edit, both sounds compared and clean (Dutch)', () => {
    const text = compareText('black.mp4', 'nl');
    expect(trackLines(text, 'Per spoor:')).toEqual([
      'beeld: vergeleken op de pakketten (exact); wijziging 1',
      'geluid: vergeleken op de pakketten (exact); geen wijziging',
      'geluid 2: vergeleken op de pakketten (exact); geen wijziging',
    ]);
    expect(text).toMatch(/\n {2}1\. vervangen: 00:05\.\d–00:1[12]\.\d .* \(beeld\) \[pakketten, exact\]\n/);
    expect(text.split('\n')[1]).toBe('Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.');
  });

  it('a stream-copy cut: every track holds both removed stretches, each edit names them pictures first (English)', () => {
    const text = compareText('cut-4-12.mp4', 'en');
    expect(trackLines(text, 'Per track:')).toEqual([
      'picture: compared by its packets (exact); edits 1, 2',
      'sound: compared by its packets (exact); edits 1, 2',
      'sound 2: compared by its packets (exact); edits 1, 2',
    ]);
    const edits = text.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(edits).toHaveLength(2);
    for (const line of edits) expect(line).toMatch(/^ {2}\d\. removed: .* \(picture, sound, sound 2\) \[packets, exact\]$/);
  });

  it('the second sound track silenced: only "sound 2" holds an edit', () => {
    expect(trackLines(compareText('sound2-silenced.mp4', 'en'), 'Per track:')).toEqual([
      'picture: compared by its packets (exact); no edit',
      'sound: compared by its packets (exact); no edit',
      'sound 2: compared by its packets (exact); edit 1',
    ]);
  });

  it('every track re-encoded, no edit: same content, resting on every track, each by what compared it (English)', () => {
    const text = compareText('half-vp9-all.webm', 'en');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'SAME CONTENT: the files differ, but the recording itself is the same.',
      'Decided by: picture: how it looks; sound and sound 2: how it sounds.',
    ]);
  });

  it('the picture re-encoded: said to be compared by how it looks, not by its packets', () => {
    expect(trackLines(compareText('picture-reencoded.mp4', 'en'), 'Per track:')[0]).toBe('picture: compared by the picture itself (how it looks); no edit');
    expect(trackLines(compareText('picture-reencoded.mp4', 'nl'), 'Per spoor:')[0]).toBe('beeld: vergeleken op het beeld zelf (hoe het eruitziet); geen wijziging');
  });

  it('a track only the original has: why it was not compared, in the report’s language', () => {
    const dutch = compareText('half-vp9.webm', 'nl');
    expect(dutch).toContain('\nNIET VERGELEKEN: geluid 2 (alleen het origineel heeft dit spoor).\n');
    expect(dutch).not.toContain('only the original');
    expect(compareText('half-vp9.webm', 'en')).toContain('\nNOT COMPARED: sound 2 (only the original has this track).\n');
  });

  it('a WAV (one sound track) with 3–5 s cut: the edit, and no per-track list', () => {
    const cut = videoPath('speech-cut-3-5.wav');
    execFileSync('sox', [videoPath('speech.wav'), cut, 'trim', '0', '=3', '=5']);
    const r = runCli(['compare', videoPath('speech.wav'), cut, '--lang', 'en']);
    expect(r.stdout).toMatch(/\n {2}1\. removed: 00:03\.0–00:05\.0 /);
    expect(r.stdout).not.toContain('Per track');
    expect(r.stdout.split('\n')[1]).toBe('Decided by: the bytes of the files.');
  });
});

describe('opnamepact case: the case text lists every track, and its bundle checks out', () => {
  it('a video copy with its picture blacked out', async () => {
    const code = createHash('sha256').update(readFileSync(videoPath('original.mp4'))).digest('hex');
    const log = await caseLog(code, { code });
    const logPath = `${VIDEO_DIR}/case-log.json`;
    writeFileSync(logPath, JSON.stringify(log.export));
    const bundle = `${VIDEO_DIR}/tracks-case.bundle.json`;
    const r = runCli(['case', logPath, videoPath('original.mp4'), videoPath('black.mp4'), '--lang', 'nl', '--bundle', bundle]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\nBEWERKT: de kopie is gewijzigd ten opzichte van het origineel.\nVastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2.\n');
    expect(trackLines(r.stdout, 'Per spoor:')).toEqual([
      'beeld: vergeleken op de pakketten (exact); wijziging 1',
      'geluid: vergeleken op de pakketten (exact); geen wijziging',
      'geluid 2: vergeleken op de pakketten (exact); geen wijziging',
    ]);
    const checked = runCli(['verify-bundle', bundle, '--lang', 'en']);
    expect(checked.stdout).toMatch(/^Evidence bundle intact/);
    expect(checked.code).toBe(0);
  });

  it('a copy without the second sound: the case text says why in Dutch, and its bundle, with the track’s code, checks out', () => {
    const bundle = `${VIDEO_DIR}/uncompared-case.bundle.json`;
    const r = runCli(['case', `${VIDEO_DIR}/case-log.json`, videoPath('original.mp4'), videoPath('half-vp9.webm'), '--lang', 'nl', '--bundle', bundle]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\nNIET VERGELEKEN: geluid 2 (alleen het origineel heeft dit spoor).\n');
    expect(readFileSync(bundle, 'utf8')).toContain('"code":"only-one-side"');
    const checked = runCli(['verify-bundle', bundle, '--lang', 'en']);
    expect(checked.stdout).toMatch(/^Evidence bundle intact/);
    expect(checked.code).toBe(0);
  });
});
