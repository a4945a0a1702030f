import { describe, expect, it } from 'vitest';
import { copyJoins, editWindows } from '../../../shared/case/edit-windows.ts';
import type { CompareReport, Edit } from '../../../shared/compare/report.ts';

function report(edits: Edit[], unit: 'seconds' | 'bytes' = 'seconds', durations: [number, number] = [60, 60]): CompareReport {
  const side = (duration: number) => ({ sha256: '0'.repeat(64), bytes: 1000, container: 'wav', duration });
  return { verdict: 'edited', basis: 'audio', unit, original: side(durations[0]), copy: side(durations[1]), edits };
}

describe('editWindows', () => {
  it('hears 3 s around a removed stretch, and places its join in the copy after the edits before it', () => {
    const edits: Edit[] = [
      { kind: 'inserted', copy: [5, 9], from: null },
      { kind: 'removed', original: [20, 30] },
      { kind: 'removed', original: [40, 42] },
    ];
    const windows = editWindows(report(edits, 'seconds', [60, 52]))!;
    expect(windows[0]).toEqual({ original: null, copy: { window: [2, 12], mark: [5, 9] } });
    // +4 s inserted before it: the join is at 24 s of the copy.
    expect(windows[1]).toEqual({ original: { window: [17, 33], mark: [20, 30] }, copy: { window: [21, 27], mark: [24, 24] } });
    // +4 − 10: at 34 s.
    expect(windows[2]!.copy).toEqual({ window: [31, 37], mark: [34, 34] });
    expect(copyJoins(report(edits, 'seconds', [60, 52]))).toEqual([24, 34]);
  });

  it('keeps windows inside the files, and has nothing to play for byte ranges', () => {
    const edits: Edit[] = [{ kind: 'replaced', original: [1, 2], copy: [1, 2.5] }];
    expect(editWindows(report(edits, 'seconds', [3, 3.5]))![0]).toEqual({ original: { window: [0, 3], mark: [1, 2] }, copy: { window: [0, 3.5], mark: [1, 2.5] } });
    expect(editWindows(report(edits, 'bytes'))).toBeNull();
    expect(copyJoins(report(edits, 'bytes'))).toEqual([]);
  });
});
