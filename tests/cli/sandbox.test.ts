// ffmpeg in its sandbox (verifier/node/sandboxed-spawn.ts, security review F13), with the real bwrap
// and ffmpeg: it sees the one input file and nothing else of the user's, no network, no environment;
// it decodes exactly what it decodes without the sandbox; and the CLI says how ffmpeg ran. CI
// installs bubblewrap (scripts/install-system-deps.sh), so the sandbox must be there; "no
// sandbox" is a PATH without bwrap on it, as on a machine where it is not installed.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAudio, findFfmpeg } from '../../verifier/node/decode-audio.ts';
import { decoderSandbox, spawnDecoder } from '../../verifier/node/sandboxed-spawn.ts';
import type { CliCompareReport } from '../../verifier/cli/decoder-use.ts';
import { unsandboxedText } from '../../verifier/cli/unsandboxed-text.ts';
import { derive, ensureMedia, mediaPath } from '../fixtures/media/make-media.ts';
import { runCli } from './run-cli.ts';

const FFMPEG = findFfmpeg();
let dir: string;
/** A client's recording, and beside it another client's. */
let input: string;
let beside: string;
/** A PATH with ffmpeg and without bwrap. */
let noBwrap: string;
/** compare's warning without bwrap; fingerprint prints the same line on stderr. */
const UNSANDBOXED_EN = unsandboxedText({ sandbox: 'none', reason: 'bubblewrap (bwrap) is not installed' }, 'en')!;

beforeAll(() => {
  ensureMedia();
  dir = mkdtempSync(join(tmpdir(), 'opnamepact-sandbox-'));
  input = join(dir, 'client.m4a');
  beside = join(dir, 'other-client.wav');
  copyFileSync(mediaPath('aac.m4a'), input);
  copyFileSync(mediaPath('pcm.wav'), beside);
  noBwrap = join(dir, 'bin');
  mkdirSync(noBwrap);
  symlinkSync(FFMPEG, join(noBwrap, 'ffmpeg'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function finish(child: ChildProcessByStdio<null, Readable, Readable>): Promise<Ran> {
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr })));
}

/** The pids whose command line holds `text`, read from /proc (no procps needed). */
function processesWith(text: string): string[] {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

const sandboxed = (args: (path: string) => string[]): Promise<Ran> => finish(spawnDecoder(FFMPEG, input, args));
/** The same ffmpeg without the sandbox: the control that shows each refusal is the sandbox's doing. */
const unsandboxed = (args: string[]): Promise<Ran> => finish(spawn(FFMPEG, args, { stdio: ['ignore', 'pipe', 'pipe'] }));

/**
 * ffmpeg copying a file's bytes to stdout (the `data` demuxer reads anything). The whitelists
 * (decode-whitelist.ts) are left out on purpose: only the sandbox stands between ffmpeg and the file.
 */
const dump = (path: string, protocols = 'file'): string[] => ['-v', 'error', '-protocol_whitelist', protocols, '-f', 'data', '-i', path, '-map', '0', '-c', 'copy', '-f', 'data', '-'];

describe('ffmpeg in the sandbox', () => {
  it('is bubblewrap on this machine', () => {
    expect(decoderSandbox(FFMPEG)).toEqual({ sandbox: 'bubblewrap' });
  });

  it('reads the input file at its fixed path, and no other file beside it', async () => {
    const own = await sandboxed((p) => dump(`file:${p}`));
    expect(own.stderr).toBe('');
    expect(own.stdout.equals(readFileSync(input))).toBe(true);

    const other = await sandboxed(() => dump(`file:${beside}`));
    expect(other.code).not.toBe(0);
    expect(other.stderr).toMatch(/No such file or directory/);
    const control = await unsandboxed(dump(`file:${beside}`));
    expect(control.stdout.equals(readFileSync(beside))).toBe(true);
  });

  it('cannot write the input file', async () => {
    const before = readFileSync(input);
    const write = await sandboxed((p) => ['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=d=0.1', '-f', 'wav', '-y', `file:${p}`]);
    expect(write.code).not.toBe(0);
    expect(write.stderr).toMatch(/Read-only file system|Permission denied/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('follows a concat list naming another client\'s file to nothing', async () => {
    const list = join(dir, 'list.ffconcat');
    writeFileSync(list, `ffconcat version 1.0\nfile '${beside}'\n`);
    const args = (p: string): string[] => ['-v', 'error', '-protocol_whitelist', 'file', '-f', 'concat', '-safe', '0', '-i', `file:${p}`, '-f', 'null', '-'];
    const inside = await finish(spawnDecoder(FFMPEG, list, args));
    expect(inside.code).not.toBe(0);
    expect(inside.stderr).toMatch(/No such file or directory/);
    expect((await unsandboxed(args(list))).code).toBe(0);
  });

  it('has no network: a listener on the machine\'s loopback sees no connection, and only lo exists', async () => {
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const inside = await sandboxed(() => dump(`tcp://127.0.0.1:${port}`, 'tcp'));
      expect(inside.code).not.toBe(0);
      expect(connections).toBe(0);
      await unsandboxed(dump(`tcp://127.0.0.1:${port}`, 'tcp'));
      expect(connections).toBe(1);
    } finally {
      server.close();
    }
    const netDev = (await sandboxed(() => dump('file:/proc/net/dev'))).stdout.toString();
    const interfaces = netDev.split('\n').slice(2).map((l) => l.split(':')[0]!.trim()).filter(Boolean);
    expect(interfaces).toEqual(['lo']);
  });

  it('has no environment (no HOME) and no capabilities', async () => {
    process.env.OPNAMEPACT_SANDBOX_TEST_SECRET = 'visible?';
    try {
      const environ = (await sandboxed(() => dump('file:/proc/self/environ'))).stdout.toString().split('\0').filter(Boolean);
      expect(environ.map((e) => e.split('=')[0]).sort()).toEqual(['LANG', 'PATH', 'PWD']);
    } finally {
      delete process.env.OPNAMEPACT_SANDBOX_TEST_SECRET;
    }
    const status = (await sandboxed(() => dump('file:/proc/self/status'))).stdout.toString();
    expect(status).toMatch(/^CapEff:\s+0+$/m);
    expect(status).toMatch(/^CapBnd:\s+0+$/m);
  });

  it('names the user\'s file in ffmpeg\'s errors, not its path inside', async () => {
    const garbage = join(dir, 'not-a-recording.m4a');
    writeFileSync(garbage, 'ftyp'.repeat(4096));
    const error = await decodeAudio(garbage, () => {}, { container: 'mp4' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${garbage}: ffmpeg cannot decode the audio: Invalid data found when processing input`);
  });

  it('stops ffmpeg when the wrapper is killed', async () => {
    const marker = `sine=d=86400:f=${process.pid}`;
    const child = spawnDecoder(FFMPEG, input, () => ['-v', 'error', '-f', 'lavfi', '-i', marker, '-f', 'null', '-']);
    const done = finish(child);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesWith(marker).length).toBeGreaterThan(0);
    child.kill();
    await done;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processesWith(marker)).toEqual([]);
  });
});

describe('the CLI with and without the sandbox', () => {
  /** A re-encode of the client's recording: only the sound can compare it, so both sides are decoded. */
  const opusCopy = (): string => derive('sandbox-opus.ogg', ['-i', mediaPath('aac.m4a'), '-c:a', 'libopus', '-b:a', '48k']);

  it('fingerprints a video (sound and picture, both decoded by ffmpeg) to the same file either way; without a sandbox it warns on stderr only', () => {
    const video = mediaPath('video.mp4');
    const envs: Record<string, string>[] = [{}, { PATH: noBwrap }];
    const runs = envs.map((env, i) => {
      const out = join(dir, `video-${i}.json`);
      const r = runCli(['fingerprint', video, '-o', out, '--lang', 'en'], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      return { stderr: r.stderr, file: readFileSync(out, 'utf8') };
    });
    expect(JSON.parse(runs[0]!.file)).toHaveProperty('video');
    expect(runs[1]!.file).toBe(runs[0]!.file);
    expect(runs[0]!.stderr).toBe('');
    expect(runs[1]!.stderr).toBe(`opnamepact: ${UNSANDBOXED_EN}\n`);
  });

  it('fingerprint to stdout without a sandbox: stdout is the fingerprint file, the warning (Dutch by default) is on stderr', () => {
    const out = join(dir, 'm4a.json');
    expect(runCli(['fingerprint', input, '-o', out])).toMatchObject({ code: 0, stderr: '' });
    const r = runCli(['fingerprint', input], { PATH: noBwrap });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(out, 'utf8'));
    expect(r.stderr).toMatch(/^opnamepact: Let op: ffmpeg heeft de opname\(s\) ZONDER afscherming gedecodeerd \(bubblewrap \(bwrap\) is not installed\)\..*apt-get install bubblewrap.*\n$/);
    // A plain WAV is decoded by ffmpeg too (its audio section); a file that is no recording is not.
    expect(runCli(['fingerprint', beside, '--lang', 'en'], { PATH: noBwrap }).stderr).toBe(`opnamepact: ${UNSANDBOXED_EN}\n`);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a recording\n');
    expect(runCli(['fingerprint', text], { PATH: noBwrap })).toMatchObject({ code: 0, stderr: '' });
  });

  it('compare says how ffmpeg ran when it decoded, and warns in the text only without a sandbox', () => {
    const copy = opusCopy();
    const json = (env: Record<string, string>): CliCompareReport => {
      const r = runCli(['compare', input, copy, '--json'], env);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as CliCompareReport;
    };
    const { decoder: inside, ...report } = json({});
    expect(inside).toEqual({ sandbox: 'bubblewrap' });
    const { decoder: outside, ...same } = json({ PATH: noBwrap });
    expect(outside).toEqual({ sandbox: 'none', reason: 'bubblewrap (bwrap) is not installed' });
    expect(same).toEqual(report);
    expect(report.layers?.map((l) => l.basis)).toContain('audio');

    expect(runCli(['compare', input, copy, '--lang', 'en']).stdout).not.toMatch(/sandbox/);
    const warned = runCli(['compare', input, copy, '--lang', 'en'], { PATH: noBwrap }).stdout;
    expect(warned).toMatch(/ffmpeg decoded the recording\(s\) WITHOUT a sandbox \(bubblewrap \(bwrap\) is not installed\)/);
    expect(warned).toMatch(/apt-get install bubblewrap/);
    // Equal bytes need no ffmpeg: nothing to say.
    const identical = runCli(['compare', input, input, '--json'], { PATH: noBwrap });
    expect(JSON.parse(identical.stdout)).not.toHaveProperty('decoder');
  });

  it('case says it beside the result, and its evidence bundle (machine-independent) verifies', () => {
    const log = 'docs/examples/consent-log.example.json';
    for (const [env, sandbox] of [[{}, 'bubblewrap'], [{ PATH: noBwrap }, 'none']] as const) {
      const bundle = join(dir, `case-${sandbox}.bundle.json`);
      const r = runCli(['case', log, input, opusCopy(), '--bundle', bundle, '--json'], env);
      expect(r.stderr).toBe('');
      expect((JSON.parse(r.stdout) as { decoder: { sandbox: string } }).decoder.sandbox).toBe(sandbox);
      expect(readFileSync(bundle, 'utf8')).not.toContain('decoder');
      const check = runCli(['verify-bundle', bundle, '--json']);
      expect(check.code).toBe(0);
    }
    const text = runCli(['case', log, input, opusCopy(), '--lang', 'en'], { PATH: noBwrap }).stdout;
    expect(text).toMatch(/WITHOUT a sandbox/);
  });

  it('probes what bwrap can: an older one without --disable-userns still sandboxes; one that cannot make namespaces is no sandbox, with its reason', () => {
    /** A PATH with ffmpeg and a `bwrap` that is this shell script. */
    const fakeBwrap = (name: string, script: string): string => {
      const bin = join(dir, name);
      mkdirSync(bin);
      symlinkSync(FFMPEG, join(bin, 'ffmpeg'));
      writeFileSync(join(bin, 'bwrap'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
      return bin;
    };
    // As bubblewrap 0.6 (Ubuntu 22.04) answers an option it does not know.
    const old = fakeBwrap('bwrap-0.6', 'for a in "$@"; do [ "$a" = --disable-userns ] && { echo "bwrap: Unknown option --disable-userns" >&2; exit 1; }; done\nexec /usr/bin/bwrap "$@"');
    // As bubblewrap answers in a container without user namespaces.
    const denied = fakeBwrap('bwrap-denied', 'echo "bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces." >&2\nexit 1');
    const decoder = (path: string): unknown => {
      const r = runCli(['compare', input, opusCopy(), '--json'], { PATH: path });
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as CliCompareReport).decoder;
    };
    expect(decoder(old)).toEqual({ sandbox: 'bubblewrap' });
    expect(decoder(denied)).toEqual({
      sandbox: 'none',
      reason: 'bubblewrap does not work here (bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces.)',
    });
  });

  it('OPNAMEPACT_REQUIRE_SANDBOX=1 without a sandbox is an input error naming the file; with one it decodes', () => {
    const copy = opusCopy();
    const refused = runCli(['compare', input, copy, '--json'], { PATH: noBwrap, OPNAMEPACT_REQUIRE_SANDBOX: '1' });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`${input}: cannot be decoded: OPNAMEPACT_REQUIRE_SANDBOX is set, but ffmpeg cannot run in a sandbox here: bubblewrap (bwrap) is not installed; on Linux install it with apt-get install bubblewrap`);
    const allowed = runCli(['compare', input, copy, '--json'], { OPNAMEPACT_REQUIRE_SANDBOX: '1' });
    expect(allowed.stderr).toBe('');
    expect((JSON.parse(allowed.stdout) as CliCompareReport).decoder).toEqual({ sandbox: 'bubblewrap' });
    // fingerprint decodes too, and is held to it; 0 means not required.
    const out = join(dir, 'required.json');
    const fingerprint = runCli(['fingerprint', input, '-o', out], { PATH: noBwrap, OPNAMEPACT_REQUIRE_SANDBOX: '1' });
    expect(fingerprint.code).toBe(2);
    expect(fingerprint.stderr).toContain(`${input}: cannot be decoded: OPNAMEPACT_REQUIRE_SANDBOX is set`);
    expect(fingerprint.stdout).toBe('');
    const toStdout = runCli(['fingerprint', mediaPath('video.mp4')], { PATH: noBwrap, OPNAMEPACT_REQUIRE_SANDBOX: '1' });
    expect(toStdout).toMatchObject({ code: 2, stdout: '' });
    expect(toStdout.stderr).toMatch(/^opnamepact: .*video\.mp4: cannot be decoded: OPNAMEPACT_REQUIRE_SANDBOX is set, but ffmpeg cannot run in a sandbox here: bubblewrap \(bwrap\) is not installed; on Linux install it with apt-get install bubblewrap\n$/);
    expect(runCli(['fingerprint', input, '-o', out, '--lang', 'en'], { PATH: noBwrap, OPNAMEPACT_REQUIRE_SANDBOX: '0' })).toMatchObject({ code: 0, stderr: `opnamepact: ${UNSANDBOXED_EN}\n` });
  });
});
