import { describe, expect, it } from 'vitest';
import { grownTo } from '../../shared/grown-array.ts';

describe('grownTo', () => {
  it('returns the array itself while it holds the length', () => {
    const a = new Uint32Array(8);
    expect(grownTo(a, 8)).toBe(a);
    expect(grownTo(a, 0)).toBe(a);
  });

  it('doubles at least, keeps the items in front and the element type', () => {
    const a = Float64Array.from([1.5, -2, 3]);
    const b = grownTo(a, 4);
    expect(b).toBeInstanceOf(Float64Array);
    expect(b.length).toBe(6);
    expect(Array.from(b.subarray(0, 3))).toEqual([1.5, -2, 3]);
    expect(Array.from(b.subarray(3))).toEqual([0, 0, 0]);
  });

  it('grows straight to a length beyond twice the old one, also from empty', () => {
    expect(grownTo(new Uint8Array(2), 100).length).toBe(100);
    expect(grownTo(new Uint8Array(0), 5).length).toBe(5);
  });

  it('copies fewer than twice the items in all when filled one at a time', () => {
    let a = new Uint8Array(1);
    let copied = 0;
    for (let n = 1; n <= 10_000; n++) {
      const before = a;
      a = grownTo(a, n);
      if (a !== before) copied += before.length;
      a[n - 1] = n & 255;
    }
    expect(copied).toBeLessThan(2 * 10_000);
    expect(a[9_999]).toBe(10_000 & 255);
  });
});
