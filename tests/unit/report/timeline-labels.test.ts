// The page's timeline labels: several edits close together must not write over each other.
import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { LABEL_CHAR_WIDTH, placeLabels, segmentsOf } from '../../../verifier/web/compare/timeline-segments.ts';

const file = { sha256: 'a'.repeat(64), bytes: 1, container: 'wav', duration: 60 };

function overlaps(labels: { left: number; text: string }[], right: number): string[] {
  const places = placeLabels(labels, right);
  const boxes = places.map((p, i) => ({ ...p, end: p.x + labels[i]!.text.length * LABEL_CHAR_WIDTH }));
  const problems: string[] = [];
  boxes.forEach((a, i) => {
    if (a.x < 0 || a.end > right) problems.push(`label ${i} leaves the picture`);
    boxes.forEach((b, k) => {
      if (k > i && a.row === b.row && a.x < b.end && b.x < a.end) problems.push(`labels ${i} and ${k} overlap`);
    });
  });
  return problems;
}

describe('timeline labels', () => {
  it('five edits within two seconds of a minute: every label readable, in rows', () => {
    const report: CompareReport = {
      verdict: 'edited',
      basis: 'audio',
      unit: 'seconds',
      original: file,
      copy: file,
      edits: [10, 10.4, 10.9, 11.3, 11.8].map((t) => ({ kind: 'removed', original: [t, t + 0.2] })),
    };
    const x = (t: number): number => 90 + (t / 60) * 690;
    const labels = segmentsOf(report).map((s) => ({ left: x(s.range[0]), text: `${s.edit + 1}: 00:10.0–00:10.2` }));
    expect(overlaps(labels, 800)).toEqual([]);
    expect(new Set(placeLabels(labels, 800).map((p) => p.row)).size).toBe(5);
  });

  it('labels far apart share the first row, and one at the right edge moves left to fit', () => {
    const labels = [
      { left: 100, text: '1: 00:01.0–00:02.0' },
      { left: 500, text: '2: 00:31.0–00:32.0' },
      { left: 790, text: '3: 00:59.0–01:00.0' },
    ];
    const places = placeLabels(labels, 800);
    expect(places.map((p) => p.row)).toEqual([0, 0, 0]);
    expect(places[2]!.x).toBeLessThan(790);
    expect(overlaps(labels, 800)).toEqual([]);
  });

  it('a hundred edits in random places never overlap', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const labels = Array.from({ length: 100 }, (_, i) => ({ left: 90 + random() * 690, text: `${i + 1}: 1:00:00.0–1:00:01.0` }));
    expect(overlaps(labels, 800)).toEqual([]);
  });
});
