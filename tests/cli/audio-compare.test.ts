// The built CLI on re-encoded copies: packets and bytes cannot decide, so both sides are decoded
// (ffmpeg) and the audio layer aligns them; from the files or from the original's fingerprint file.
// Findings are held to 0.3 s, the audio layer's stated resolution.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareReport, Edit } from '../../shared/compare/report.ts';
import { makeCraftedInputs, type CraftedInputs } from '../fixtures/audio/crafted-inputs.ts';
import { DIR, makeMedia, type Media } from './make-media.ts';
import { CLI, compareJson, fingerprintFile, runCli } from './run-cli.ts';

let media: Media;
beforeAll(() => {
  media = makeMedia();
}, 120_000);

/** `source` re-encoded with the given ffmpeg codec arguments; made anew, as makeMedia() makes new noise each run. */
function encode(source: string, name: string, codec: string[]): string {
  const out = `${DIR}${name}`;
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', source, ...codec, out]);
  return out;
}

function expectRemoved(edits: Edit[], start: number, end: number): void {
  expect(edits.map((e) => e.kind)).toEqual(['removed']);
  const [a, b] = (edits[0] as Extract<Edit, { kind: 'removed' }>).original;
  expect(Math.abs(a - start)).toBeLessThanOrEqual(0.3);
  expect(Math.abs(b - end)).toBeLessThanOrEqual(0.3);
}

describe('opnamepact compare on re-encoded copies (audio layer)', () => {
  it('a 10 s cut, re-encoded to Opus 24k: edited, basis audio, the cut in seconds; also from a fingerprint file', () => {
    const copy = encode(media.copies.cut, 'cut-opus24.ogg', ['-c:a', 'libopus', '-b:a', '24k']);
    for (const original of [media.original, fingerprintFile(media.original)]) {
      const { exit, report } = compareJson(original, copy);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'audio', unit: 'seconds' });
      expect(report.copy).toMatchObject({ container: 'ogg' });
      expectRemoved(report.edits, 20, 30);
    }
  });

  it('an unedited MP3 64k of a WAV: same content, exit 0; also from a fingerprint file', () => {
    const copy = encode(media.original, 'original-64k.mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']);
    for (const original of [media.original, fingerprintFile(media.original)]) {
      const { exit, report } = compareJson(original, copy);
      expect(report).toMatchObject({ verdict: 'same-content', basis: 'audio', edits: [] });
      expect(report.copy).toMatchObject({ container: 'mp3' });
      expect(exit).toBe(0);
    }
  });

  it('on a terminal, shows progress for decoding and then for aligning, each to 100 %', () => {
    const copy = encode(media.copies.cut, 'cut-mp3-progress.mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']);
    // script(1) runs the CLI on a pseudo-terminal (and passes on its exit code, 1 for an edited copy);
    // the report on stdout goes to /dev/null inside it.
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" compare "${media.original}" "${copy}" >/dev/null`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const tty = run.stdout;
    const decoding = tty.indexOf('decoding audio');
    const aligning = tty.indexOf('aligning audio');
    expect(decoding).toBeGreaterThan(-1);
    expect(aligning).toBeGreaterThan(decoding);
    expect(tty).toMatch(/\[#{30}\] 100%  decoding audio/);
    expect(tty).toMatch(/\[#{30}\] 100%  aligning audio/);
  });

  it('two different recordings stay unrelated; also from a fingerprint file', () => {
    const copy = encode(media.other, 'other-aac.m4a', ['-c:a', 'aac', '-b:a', '64k']);
    for (const original of [media.original, fingerprintFile(media.original)]) {
      const { exit, report } = compareJson(original, copy);
      expect(report.verdict).toBe('unrelated');
      expect(exit).toBe(1);
    }
  });
});

describe('opnamepact fingerprint: the audio section', () => {
  it('is written for media and validated on read', () => {
    const path = fingerprintFile(encode(media.original, 'original-aac.m4a', ['-c:a', 'aac', '-b:a', '64k']));
    const fp = JSON.parse(readFileSync(path, 'utf8')) as { audio: { count: number; sampleCount: number }; packets: unknown };
    expect(fp.packets).toBeDefined();
    expect(fp.audio.count).toBeGreaterThan(5000);
    fp.audio.sampleCount += 1_000_000;
    const damaged = `${DIR}damaged-audio.fingerprint.json`;
    writeFileSync(damaged, JSON.stringify(fp));
    const r = runCli(['compare', damaged, media.original]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^opnamepact: .*damaged-audio\.fingerprint\.json: fingerprint file's "audio" section: audio\./);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is not written for a file of unknown type, which needs no ffmpeg', () => {
    const bin = `${DIR}noise.bin`;
    writeFileSync(bin, readFileSync(media.original).subarray(1000, 200_000));
    const r = runCli(['fingerprint', bin], { PATH: '/nonexistent' });
    expect(r.code).toBe(0);
    const fp = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(fp.audio).toBeUndefined();
    expect(fp.packets).toBeUndefined();
  });

  it('without ffmpeg, media cannot be fingerprinted: one line naming the file and the install command', () => {
    const r = runCli(['fingerprint', media.original], { PATH: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^opnamepact: .*original\.wav: cannot be decoded: ffmpeg not found .*apt-get install ffmpeg/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('files crafted to make the decoder play something else (security review F1)', () => {
  let crafted: CraftedInputs;
  beforeAll(() => {
    crafted = makeCraftedInputs(`${DIR}crafted/`, media.original, media.copies.cut);
  });

  it('the fixture is the attack: left to probe, ffmpeg opens the hidden playlist', () => {
    const probe = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=format_name', '-of', 'csv=p=0', crafted.hiddenPlaylist], { encoding: 'utf8' });
    expect(probe.trim()).toBe('hls');
  });

  it('an ID3 tag hiding the original behind a playlist: edited, the cut found, the hidden copy and the bytes outside the played stream reported; also from a fingerprint file', () => {
    for (const original of [media.original, fingerprintFile(media.original)]) {
      const { exit, report } = compareJson(original, crafted.hiddenPlaylist);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'audio' });
      expect(report.copy).toMatchObject({ container: 'mp3' });
      expect(report.copy.skipped?.length).toBeGreaterThan(0);
      // The re-encode hidden in the tag is found where the tag's frame holds it: an MP3 file, its own ID3 tag first.
      expect(report.copy.hidden).toHaveLength(1);
      const [hidden] = report.copy.hidden!;
      expect(hidden).toMatchObject({ codec: 'mp3', offset: crafted.hiddenAt });
      expect(hidden!.offset + hidden!.length).toBeLessThanOrEqual(crafted.hiddenAt + crafted.hiddenLength);
      expect(hidden!.length).toBeGreaterThan(0.95 * crafted.hiddenLength);
      expectRemoved(report.edits, 20, 30);
    }
    const text = runCli(['compare', media.original, crafted.hiddenPlaylist, '--lang', 'en']).stdout;
    expect(text).toMatch(/NOTE: the copy holds another recording \(mp3, [\d,]+ bytes from byte [\d,]+\) outside the one players play/);
    expect(text).toMatch(/NOTE: the copy holds \d+ bytes that are not part of the recording that plays \(from byte [\d,]+\)/);
  });

  it('a concat list and a playlist naming the original beside them: never the same content, against the file or its fingerprint file', () => {
    for (const original of [media.original, fingerprintFile(media.original)]) {
      for (const copy of [crafted.concatList, crafted.playlistOnly]) {
        const r = runCli(['compare', original, copy, '--json']);
        expect([1, 2]).toContain(r.code);
        if (r.code === 1) expect(['edited', 'unrelated']).toContain((JSON.parse(r.stdout) as CompareReport).verdict);
        else expect(r.stderr).toContain(copy);
      }
    }
  });
});
