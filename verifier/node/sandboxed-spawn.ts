// Every ffmpeg the CLI runs goes through here (security review F13): ffmpeg parses files a client
// handed in, on a machine that holds other clients' recordings, so a flaw in any of its demuxers or
// decoders must not reach those. On Linux with bubblewrap, ffmpeg runs with no network (a network
// namespace of its own, with only its own `lo`), no capabilities, no environment, read-only system directories, an
// empty /tmp, and the ONE input file read-only at a fixed path: no home directory, no other file of
// the user's. Elsewhere (macOS, Windows, no bwrap, no user namespaces) it runs as before, and the
// reports say so; OPNAMEPACT_REQUIRE_SANDBOX=1 makes that an error instead.
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { findOnPath } from './find-on-path.ts';
import { InputError } from './input-error.ts';

/** How ffmpeg runs here; `none`: with the user's own rights, and `reason` says why there is no sandbox. */
export interface DecoderSandbox {
  sandbox: 'bubblewrap' | 'none';
  reason?: string;
}

export const REQUIRE_SANDBOX_ENV = 'OPNAMEPACT_REQUIRE_SANDBOX';

/** Where the input file appears inside the sandbox; its own name and folder stay outside. */
export const INPUT_INSIDE = '/input/recording';

/** System directories ffmpeg and its shared libraries need, read-only; /etc/alternatives holds Debian's library links (libblas). */
const SYSTEM_DIRS = ['/usr', '/etc/alternatives', '/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d'];
/** Merged-/usr systems have these as links into /usr; older ones as directories. */
const ROOT_DIRS = ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

function rootBinds(): string[] {
  const args: string[] = [];
  for (const dir of ROOT_DIRS) {
    try {
      const stat = lstatSync(dir);
      if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
      else if (stat.isDirectory()) args.push('--ro-bind', dir, dir);
    } catch {
      // absent on this system
    }
  }
  return args;
}

/**
 * `--disable-userns` (no namespaces of its own inside, so no capabilities regained there) is
 * bubblewrap 0.8's; without it the sandbox holds all the same (Ubuntu 22.04 has 0.6).
 */
const HARDENINGS = [['--disable-userns'], []];

/** bwrap's arguments up to the program: everything but the input file. */
function sandboxArgs(program: string, hardening: readonly string[]): string[] {
  const args = [
    '--unshare-all', '--unshare-user', ...hardening, '--cap-drop', 'ALL',
    '--die-with-parent', '--new-session', '--clearenv', '--setenv', 'PATH', '/usr/bin:/bin', '--setenv', 'LANG', 'C',
  ];
  for (const path of SYSTEM_DIRS) args.push('--ro-bind-try', path, path);
  args.push(...rootBinds(), '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp', '--chdir', '/');
  // A static ffmpeg outside /usr (OPNAMEPACT_FFMPEG): only the program file itself is shown.
  if (!program.startsWith('/usr/')) args.push('--ro-bind', program, program);
  return args;
}

interface Probed {
  sandbox: DecoderSandbox;
  /** bwrap's path and the hardening it takes, when the sandbox works. */
  bwrap?: string;
  hardening?: readonly string[];
}

const probed = new Map<string, Probed>();

/**
 * Whether `program` (a real path) runs under bubblewrap here: tried once per thread and program
 * (running `program -version` inside), because bwrap can be missing or fail (containers without
 * user namespaces) and the program's libraries must all be visible inside.
 */
function probe(program: string): Probed {
  const known = probed.get(program);
  if (known) return known;
  const found = probeOnce(program);
  probed.set(program, found);
  return found;
}

function probeOnce(program: string): Probed {
  if (process.platform !== 'linux') return { sandbox: { sandbox: 'none', reason: `no sandbox for ffmpeg on ${process.platform}` } };
  const bwrap = findOnPath('bwrap', process.env.PATH);
  if (!bwrap) return { sandbox: { sandbox: 'none', reason: 'bubblewrap (bwrap) is not installed' } };
  let why = '';
  for (const hardening of HARDENINGS) {
    const run = spawnSync(bwrap, [...sandboxArgs(program, hardening), program, '-version'], { encoding: 'utf8', timeout: 15_000 });
    if (run.status === 0) return { sandbox: { sandbox: 'bubblewrap' }, bwrap, hardening };
    why = run.error?.message ?? (run.stderr.trim().split('\n').pop() || `exit ${run.status ?? run.signal}`);
    if (!/Unknown option/.test(why)) break;
  }
  return { sandbox: { sandbox: 'none', reason: `bubblewrap does not work here (${why})` } };
}

function realPath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** The sandbox `program` (ffmpeg, as found on PATH or configured) runs in on this machine. */
export function decoderSandbox(program: string): DecoderSandbox {
  const real = realPath(program);
  return real ? probe(real).sandbox : { sandbox: 'none', reason: `${program} does not exist` };
}

/**
 * Why `program` may not run here, or null: the IT administrator requires the sandbox
 * (OPNAMEPACT_REQUIRE_SANDBOX=1) and there is none.
 */
export function unsandboxedRefusal(program: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env[REQUIRE_SANDBOX_ENV];
  if (value === undefined || value === '' || value === '0') return null;
  const sandbox = decoderSandbox(program);
  if (sandbox.sandbox !== 'none') return null;
  return `${REQUIRE_SANDBOX_ENV} is set, but ffmpeg cannot run in a sandbox here: ${sandbox.reason}; on Linux install it with apt-get install bubblewrap`;
}

/**
 * An ffmpeg message without the `file:<path>: ` it starts with: inside the sandbox that path is
 * INPUT_INSIDE, which means nothing to the user, and the caller's error names the file already.
 */
export function withoutInputUrl(message: string, input: string): string {
  return message.replace(`file:${INPUT_INSIDE}: `, '').replace(`file:${input}: `, '');
}

/**
 * Starts `program` (ffmpeg) on `input` with the arguments `argsFor(path)` makes for the path it is
 * to open, in the sandbox when there is one. stdin is closed; stdout and stderr are pipes. A
 * program that does not exist is spawned as it is, so the caller's "cannot start ffmpeg" applies.
 * @throws InputError naming `input` when the sandbox is required but unavailable
 */
export function spawnDecoder(program: string, input: string, argsFor: (inputPath: string) => string[]): ChildProcessByStdio<null, Readable, Readable> {
  const stdio: ['ignore', 'pipe', 'pipe'] = ['ignore', 'pipe', 'pipe'];
  const real = realPath(program);
  if (!real) return spawn(program, argsFor(input), { stdio });
  const { bwrap, hardening = [] } = probe(real);
  if (!bwrap) {
    const refused = unsandboxedRefusal(program);
    if (refused) throw new InputError(input, `cannot be decoded: ${refused}`);
    return spawn(program, argsFor(input), { stdio });
  }
  const inputReal = realPath(input);
  if (!inputReal) throw new InputError(input, 'no such file');
  // Bound as it is: a directory would show ffmpeg everything in it.
  if (!statSync(inputReal).isFile()) throw new InputError(input, 'is not a regular file');
  return spawn(bwrap, [...sandboxArgs(real, hardening), '--ro-bind', inputReal, INPUT_INSIDE, real, ...argsFor(INPUT_INSIDE)], { stdio });
}
