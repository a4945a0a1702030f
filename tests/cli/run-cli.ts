// Runs the built CLI (dist/cli/opnamepact.mjs) as a user would. `npm test` builds it first; for a
// local run, `npm run build:cli`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CompareReport } from '../../shared/compare/report.ts';

export const CLI = fileURLToPath(new URL('../../dist/cli/opnamepact.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `compare --json` with nothing on stderr: the exit code and the parsed report. */
export function compareJson(original: string, copy: string): { exit: number | null; report: CompareReport } {
  const r = runCli(['compare', original, copy, '--json']);
  expect(r.stderr).toBe('');
  return { exit: r.code, report: JSON.parse(r.stdout) as CompareReport };
}

/** Writes `path`'s fingerprint file beside it and returns its path. */
export function fingerprintFile(path: string): string {
  const out = `${path}.fingerprint.json`;
  const r = runCli(['fingerprint', path, '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}
