// The built CLI on MP4 files crafted to cost unbounded work (issue 13 item 3; security review F9,
// F10): 8 MB each, answered in seconds. The bound is generous (30 s) so that a busy machine does not
// make it flake; before the fix the overlapping file cost minutes of hashing per side.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { craftedMp4 } from '../fixtures/robustness/crafted-mp4.ts';
import { runCli } from './run-cli.ts';

const BOUND_S = 30;

beforeAll(() => {
  craftedMp4('reversed');
  craftedMp4('overlapping');
}, 120_000);

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

describe('crafted MP4 files finish in seconds', () => {
  test('samples listed in reverse: the fingerprint holds all 32,800 packets', () => {
    const path = craftedMp4('reversed');
    const { value: r, seconds } = timed(() => runCli(['fingerprint', path, '-o', `${path}.fingerprint.json`]));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(seconds).toBeLessThan(BOUND_S);
    expect(JSON.parse(readFileSync(`${path}.fingerprint.json`, 'utf8'))).toMatchObject({ file: { container: 'mp4' }, packets: { count: 32_800 } });
    const { value: c, seconds: compared } = timed(() => runCli(['compare', `${path}.fingerprint.json`, path, '--json']));
    expect(compared).toBeLessThan(BOUND_S);
    expect(JSON.parse(c.stdout)).toMatchObject({ verdict: 'identical', original: { container: 'mp4' } });
  });

  test('overlapping samples claiming 50 GB: refused by the packet layer, the file still compared', () => {
    const path = craftedMp4('overlapping');
    const { value: r, seconds } = timed(() => runCli(['compare', path, path, '--json']));
    expect(seconds).toBeLessThan(BOUND_S);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'identical' });
  });
});
