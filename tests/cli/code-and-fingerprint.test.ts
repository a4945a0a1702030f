import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFingerprintFile } from '../../shared/fingerprint/fingerprint-file.ts';
import { DIR, makeMedia, type Media } from './make-media.ts';
import { CLI, runCli } from './run-cli.ts';

let media: Media;
beforeAll(() => {
  media = makeMedia();
});

describe('opnamepact code', () => {
  it('prints exactly what sha256sum prints', () => {
    const spaced = `${DIR}met spatie.wav`;
    copyFileSync(media.copies.cut, spaced);
    for (const file of [media.original, media.copies.move, spaced]) {
      const r = runCli(['code', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }));
    }
  });

  it('draws a progress bar on stderr only when stderr is a terminal', () => {
    expect(runCli(['code', media.original]).stderr).toBe('');
    // script(1) runs the CLI on a pseudo-terminal; stdout goes to /dev/null inside it.
    const tty = execFileSync('script', ['-qec', `"${process.execPath}" "${CLI}" code "${media.original}" >/dev/null`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(tty).toMatch(/\[#{30}\] 100%  .*original\.wav/);
    expect(tty.endsWith('\r\x1b[K')).toBe(true);
  });

  it('escapes names the way sha256sum does', () => {
    const odd = `${DIR}back\\slash.bin`;
    writeFileSync(odd, 'x');
    expect(runCli(['code', odd]).stdout).toBe(execFileSync('sha256sum', [odd], { encoding: 'utf8' }));
  });
});

describe('opnamepact fingerprint', () => {
  it('writes a valid fingerprint file to stdout or -o, the same both ways', () => {
    const out = `${DIR}fp-o.json`;
    const stdout = runCli(['fingerprint', media.original]);
    expect(stdout.code).toBe(0);
    expect(runCli(['fingerprint', media.original, '-o', out])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(stdout.stdout);
    const fp = readFingerprintFile(stdout.stdout);
    expect(fp.file).toMatchObject({ name: 'original.wav', container: 'wav', bytes: readFileSync(media.original).length });
    expect(`${fp.file.sha256}  ${media.original}\n`).toBe(execFileSync('sha256sum', [media.original], { encoding: 'utf8' }));
    expect(fp.file.duration).toBeCloseTo(Number(execFileSync('soxi', ['-D', media.original], { encoding: 'utf8' })), 3);
  });

  it('puts the file in place only when complete: a failure half-way leaves an earlier -o file as it was, no part file and nothing on stdout', () => {
    const out = `${DIR}fp-kept.json`;
    writeFileSync(out, 'the earlier fingerprint\n');
    // The code, chunks and packets are written before the sound is decoded; ffmpeg is then missing.
    const broken = { OPNAMEPACT_FFMPEG: `${DIR}no-such-ffmpeg` };
    for (const args of [['-o', out], []]) {
      const r = runCli(['fingerprint', media.original, ...args], broken);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${media.original}: cannot be decoded`);
    }
    expect(readFileSync(out, 'utf8')).toBe('the earlier fingerprint\n');
    expect(existsSync(`${out}.part`)).toBe(false);
    // A target that is no plain file (a device, a pipe) is written to directly, never replaced.
    expect(runCli(['fingerprint', media.original, '-o', '/dev/null'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync('/dev/null.part')).toBe(false);
  });

  it('Ctrl-C half-way leaves no part file and no spool, an earlier -o file as it was, and ends as the signal ends it', async () => {
    // Twenty minutes of noise: long enough to be stopped while its sound is decoded.
    const long = `${DIR}long-noise.wav`;
    if (!existsSync(long)) execFileSync('sox', ['-n', '-r', '16000', '-b', '16', '-c', '1', long, 'synth', '1200', 'pinknoise', 'vol', '0.1']);
    const out = `${DIR}fp-interrupted.json`;
    const spoolDir = `${DIR}spool-tmp`;
    rmSync(spoolDir, { recursive: true, force: true });
    mkdirSync(spoolDir);
    writeFileSync(out, 'the earlier fingerprint\n');
    for (const [args, watched] of [[['-o', out], `${out}.part`], [[], spoolDir]] as const) {
      const child = spawn(process.execPath, [CLI, 'fingerprint', long, ...args], { env: { PATH: process.env.PATH ?? '', TMPDIR: spoolDir }, stdio: 'ignore' });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // Stopped once its output is being made (the part file, or the spool folder's first entry).
      for (let i = 0; i < 2000 && !(watched === spoolDir ? readdirSync(spoolDir).length > 0 : existsSync(watched)); i++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 200));
      child.kill('SIGINT');
      expect(await ended).toBe('SIGINT');
      expect(existsSync(`${out}.part`)).toBe(false);
      expect(readdirSync(spoolDir)).toEqual([]);
    }
    expect(readFileSync(out, 'utf8')).toBe('the earlier fingerprint\n');
  });

  it('never writes a fingerprint over the recording itself, by any spelling of its path', () => {
    const before = readFileSync(media.original);
    const r = runCli(['fingerprint', media.original, '-o', `${DIR}./${basename(media.original)}`]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `opnamepact: ${DIR}./${basename(media.original)}: is the recording itself: its fingerprint is never written over it\n` });
    expect(readFileSync(media.original).equals(before)).toBe(true);
  });

  it('fails at once, before reading the recording, when -o cannot be written', () => {
    const r = runCli(['fingerprint', media.original, '-o', `${DIR}no-such-folder/fp.json`]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `opnamepact: ${DIR}no-such-folder/fp.json: cannot be written (ENOENT)\n` });
    // Standard output is spooled in the temporary folder first.
    const spool = runCli(['fingerprint', media.original], { TMPDIR: `${DIR}no-such-folder` });
    expect(spool).toMatchObject({ code: 2, stdout: '', stderr: `opnamepact: ${DIR}no-such-folder (the temporary folder for standard output): cannot be written (ENOENT)\n` });
  });

  it('prints --help in Dutch and English with exit 0', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0 });
    expect(runCli(['--help']).stdout).toMatch(/^Opnamepact: controleer/);
    expect(runCli(['--help', '--lang', 'en']).stdout).toMatch(/opnamepact compare <original\|fingerprint\.json> <copy> \[--json\]/);
  });
});

describe('opnamepact verify-log', () => {
  const example = new URL('../../docs/examples/consent-log.example.json', import.meta.url);

  it('says an intact log is intact (exit 0) and names the first broken entry (exit 1)', () => {
    const ok = runCli(['verify-log', example.pathname, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    expect(runCli(['verify-log', example.pathname, '--lang', 'en']).stdout).toMatch(/^INTACT: the log is unbroken/);

    const log = JSON.parse(readFileSync(example, 'utf8')) as { entries: Record<string, unknown>[] };
    log.entries[1]!.note = 'changed afterwards';
    const tampered = `${DIR}tampered-log.json`;
    writeFileSync(tampered, JSON.stringify(log));
    const broken = runCli(['verify-log', tampered, '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBroken: { index: 1 } });
    expect(runCli(['verify-log', tampered]).stdout).toMatch(/^GEBROKEN: .*vermelding 2 van/);
  });
});
