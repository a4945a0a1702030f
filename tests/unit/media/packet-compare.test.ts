// The packet comparison on synthetic sequences (20 ms packets, labels name contents), one edit kind
// at a time, plus the cases where packets must leave the decision to the audio layer.
import { describe, expect, test } from 'vitest';
import { comparePackets } from '../../../shared/media/packets/packet-compare.ts';
import { run, tableOf } from './packet-tables.ts';

const original = run('a', 0, 500); // 10 s

function edits(copy: string[]) {
  const result = comparePackets(tableOf(original), tableOf(copy));
  if (!result.decided) throw new Error(result.reason);
  return result.report;
}

describe('comparePackets', () => {
  test('the same packets: same content', () => {
    expect(edits(original)).toEqual({ verdict: 'same-content', basis: 'packets', unit: 'seconds', edits: [] });
  });

  test('a cut in the middle: removed, in seconds of the original', () => {
    expect(edits([...run('a', 0, 150), ...run('a', 200, 500)]).edits).toEqual([{ kind: 'removed', original: [3, 4] }]);
  });

  test('trimmed start and end: both removed', () => {
    expect(edits(run('a', 50, 450)).edits).toEqual([
      { kind: 'removed', original: [0, 1] },
      { kind: 'removed', original: [9, 10] },
    ]);
  });

  test('foreign packets added: inserted from nowhere, in seconds of the copy', () => {
    expect(edits([...run('a', 0, 100), ...run('x', 0, 25), ...run('a', 100, 500)]).edits).toEqual([{ kind: 'inserted', copy: [2, 2.5], from: null }]);
  });

  test('a part overwritten: replaced', () => {
    expect(edits([...run('a', 0, 100), ...run('x', 0, 50), ...run('a', 150, 500)]).edits).toEqual([
      { kind: 'replaced', original: [2, 3], copy: [2, 3] },
    ]);
  });

  test('a part moved: moved, with both positions', () => {
    expect(edits([...run('a', 0, 100), ...run('a', 300, 400), ...run('a', 100, 300), ...run('a', 400, 500)]).edits).toEqual([
      { kind: 'moved', original: [6, 8], copy: [2, 4] },
    ]);
  });

  test('a part repeated: inserted from where it came', () => {
    expect(edits([...run('a', 0, 300), ...run('a', 100, 150), ...run('a', 300, 500)]).edits).toEqual([
      { kind: 'inserted', copy: [6, 7], from: [2, 3] },
    ]);
  });

  test('repeated packets (digital silence) stay with their run, and a cut inside them is found', () => {
    const silent = [...run('a', 0, 100), ...Array<string>(200).fill('s'), ...run('a', 300, 500)];
    const result = comparePackets(tableOf(silent), tableOf([...silent.slice(0, 150), ...silent.slice(200)]));
    expect(result.decided && result.report.edits).toEqual([{ kind: 'removed', original: [5, 6] }]);
  });

  test('packets cannot decide for unrelated or re-encoded copies, other codecs, or truncated tables', () => {
    expect(comparePackets(tableOf(original), tableOf([...run('b', 0, 450), ...run('a', 0, 50)]))).toEqual({
      decided: false,
      reason: "only 50 of the shorter file's 500 packets are identical",
      why: { code: 'few-identical', shared: 50, shorter: 500 },
    });
    expect(comparePackets(tableOf(original), tableOf(original, 'aac'))).toMatchObject({ decided: false, why: { code: 'codecs-differ', copy: 'aac' } });
    expect(comparePackets(tableOf(original), { ...tableOf(original), truncated: true })).toMatchObject({ decided: false, why: { code: 'table-truncated' } });
    expect(comparePackets(tableOf(original), tableOf([]))).toMatchObject({ decided: false, why: { code: 'no-packets' } });
  });

  test('a short extract of a long recording: placed by its packets (the share is the shorter file’s)', () => {
    const result = comparePackets(tableOf(run('a', 0, 3000)), tableOf(run('a', 1250, 1458))); // 4.16 s of 60 s
    expect(result.decided && result.report.edits).toEqual([
      { kind: 'removed', original: [0, 25] },
      { kind: 'removed', original: [29.16, 60] },
    ]);
  });

  test('silence, or a handful of the original’s packets in an unrelated recording, places nothing', () => {
    const withSilence = [...run('a', 0, 200), ...Array<string>(300).fill('s')];
    // A copy of nothing but that silence: every packet shared, one of them different.
    expect(comparePackets(tableOf(withSilence), tableOf([...Array<string>(400).fill('s'), ...run('x', 0, 20)]))).toEqual({
      decided: false,
      reason: 'the different packets the files share last only 0.02 s (silence or a few copied frames place nothing)',
      why: { code: 'too-little-distinct', seconds: 0.02 },
    });
    // Forged: 40 of the original's packets (0.8 s) spliced into a short unrelated recording, so that they
    // are more than a fifth of it; and the same with the silence repeated to fill it up.
    const spliced = [...run('x', 0, 60), ...run('a', 100, 140), ...run('x', 60, 100)];
    expect(comparePackets(tableOf(original), tableOf(spliced))).toMatchObject({ decided: false });
    const padded = [...run('a', 100, 140), ...Array<string>(300).fill('s'), ...run('x', 0, 100)];
    expect(comparePackets(tableOf(withSilence), tableOf(padded))).toMatchObject({ decided: false });
    // Fifty different 20 ms packets are enough: a second of the original in the copy is placed.
    expect(comparePackets(tableOf(original), tableOf([...run('x', 0, 60), ...run('a', 100, 150), ...run('x', 60, 100)])).decided).toBe(true);
  });

  test('packets whose hashes share only their first four bytes with the original’s are not its packets (the index sorts by those bytes)', () => {
    // Copy: the original's 0–2 s, then 2 s of packets whose hashes begin as the original's 2–4 s do
    // but go on otherwise, then the original's 6–10 s (4–6 s cut).
    const a = tableOf(original);
    const b = tableOf([...original.slice(0, 100), ...run('b', 100, 200), ...original.slice(300, 500)]);
    for (let j = 100; j < 200; j++) b.hashes.set(a.hashes.subarray(j * 8, j * 8 + 4), j * 8);
    const result = comparePackets(a, b);
    if (!result.decided) throw new Error(result.reason);
    const touched = result.report.edits.map((e) => ('original' in e && e.original ? e.original : null)).filter((r) => r !== null);
    expect(Math.min(...touched.map((r) => r[0]))).toBe(2);
    expect(Math.max(...touched.map((r) => r[1]))).toBe(6);
    expect(result.report.verdict).toBe('edited');
  });

  test('ten thousand packets reversed in blocks of 100: 99 moved, quickly', () => {
    const long = run('a', 0, 10_000);
    const blocks = Array.from({ length: 100 }, (_, i) => long.slice(i * 100, i * 100 + 100)).reverse();
    const started = performance.now();
    const result = comparePackets(tableOf(long), tableOf(blocks.flat()));
    expect(performance.now() - started).toBeLessThan(2000);
    if (!result.decided) throw new Error(result.reason);
    const moved = result.report.edits.filter((e) => e.kind === 'moved');
    expect(moved).toHaveLength(99);
    expect(moved.every((e) => e.original[1] - e.original[0] === 2 && e.copy[1] - e.copy[0] === 2)).toBe(true);
    expect(result.report.edits).toHaveLength(99);
  });
});
