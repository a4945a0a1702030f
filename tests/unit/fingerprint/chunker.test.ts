import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_MAX, CHUNK_MIN } from '../../../shared/fingerprint/chunk-params.ts';
import { Chunker } from '../../../shared/fingerprint/chunker.ts';
import { GEAR_SCAN_WASM } from '../../../shared/fingerprint/gear-scan-wasm.ts';
import { createGearScanner, JsGearScanner, WasmGearScanner, type GearScanner } from '../../../shared/fingerprint/gear-scanner.ts';
import { GEAR, GEAR_SEED } from '../../../shared/fingerprint/gear-table.ts';
import { prngBytes } from './test-data.ts';

// Every chunker test runs with both scanners: the JavaScript reference and the WebAssembly fast path.
const SCANNERS: [string, () => GearScanner][] = [
  ['JavaScript', () => new JsGearScanner()],
  ['WebAssembly', () => new WasmGearScanner()],
];
let scanner: () => GearScanner = SCANNERS[0]![1];

function cutsOf(data: Uint8Array, feeds: number[], boundaries: number[] = []): number[] {
  const chunker = new Chunker(boundaries, scanner());
  const cuts: number[] = [];
  let at = 0;
  for (const size of feeds) {
    cuts.push(...chunker.update(data.subarray(at, at + size)));
    at += size;
  }
  cuts.push(...chunker.update(data.subarray(at)));
  const end = chunker.finish();
  if (end !== null) cuts.push(end);
  return cuts;
}

function lengths(cuts: number[]): number[] {
  return cuts.map((c, i) => c - (i > 0 ? cuts[i - 1]! : 0));
}

describe('gear table', () => {
  it('is SHA-256 of the documented seed, entry by entry', () => {
    for (const i of [0, 1, 127, 255]) {
      const d = createHash('sha256').update(GEAR_SEED + i).digest();
      expect(GEAR[i]).toBe(d.readInt32BE(0));
    }
    expect(new Set(GEAR).size).toBe(256);
  });
});

describe('gear scanners', () => {
  it('the WebAssembly module validates and is what createGearScanner() picks here', () => {
    expect(WebAssembly.validate(GEAR_SCAN_WASM)).toBe(true);
    expect(createGearScanner()).toBeInstanceOf(WasmGearScanner);
  });

  it('agree on the cut and the hash for every mask, start hash and stop', () => {
    const data = prngBytes(300_000, 11);
    const js = new JsGearScanner();
    const wasm = new WasmGearScanner();
    js.load(data);
    wasm.load(data);
    for (const mask of [0x80000000 | 0, 0xffc00000 | 0, 0xffffc000 | 0, -1]) {
      for (const [from, stop, hash] of [[0, 300_000, 0], [17, 200_000, -5], [299_990, 300_000, 123456789], [5, 5, 42]] as const) {
        const found = js.scan(from, stop, mask, hash);
        expect(wasm.scan(from, stop, mask, hash)).toBe(found);
        expect(wasm.hash).toBe(js.hash);
      }
    }
  });

  it('the WebAssembly scanner grows its memory for large loads and keeps the table', () => {
    const wasm = new WasmGearScanner();
    const js = new JsGearScanner();
    const big = prngBytes(3 << 20, 12);
    wasm.load(big.subarray(0, 10));
    wasm.load(big);
    js.load(big);
    expect(wasm.scan(0, big.length, 0xffffc000 | 0, 0)).toBe(js.scan(0, big.length, 0xffffc000 | 0, 0));
  });
});

describe.each(SCANNERS)('chunker with the %s scanner', (_name, make) => {
  beforeAll(() => {
    scanner = make;
  });
  it('cuts seeded pseudo-random data at the golden boundaries', () => {
    // prngBytes = xorshift32 low bytes, seed 0x5eed, 1 MiB.
    expect(lengths(cutsOf(prngBytes(1 << 20, 0x5eed), []))).toEqual([
      33542, 65611, 90081, 72090, 91946, 30811, 41934, 68937, 75695, 93053, 87508, 94053, 31356, 94437, 77522,
    ]);
  });

  it('keeps every chunk within min..max (only the last may be short)', () => {
    const sizes = lengths(cutsOf(prngBytes(8 << 20, 77), []));
    sizes.slice(0, -1).forEach((n) => expect(n).toBeGreaterThanOrEqual(CHUNK_MIN));
    sizes.forEach((n) => expect(n).toBeLessThanOrEqual(CHUNK_MAX));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(48 * 1024);
    expect(mean).toBeLessThan(96 * 1024);
  });

  it('cuts at maximum size when the content never triggers a cut', () => {
    expect(lengths(cutsOf(new Uint8Array(CHUNK_MAX * 3 + 5), []))).toEqual([CHUNK_MAX, CHUNK_MAX, CHUNK_MAX, 5]);
  });

  it('finds the same cut points whatever the read sizes', () => {
    const data = prngBytes(3 << 20, 5);
    const expected = cutsOf(data, []);
    for (const feed of [1, 7, 4096, 65536, 100_003, 1 << 20]) {
      expect(cutsOf(data, Array(Math.ceil(data.length / feed)).fill(feed))).toEqual(expected);
    }
  });

  it('gives the same cuts for every split point and for 1-byte feeds', () => {
    const data = prngBytes(200_000, 6);
    const expected = cutsOf(data, []);
    expect(expected.length).toBeGreaterThan(1);
    for (let cut = 0; cut <= data.length; cut += 997) expect(cutsOf(data, [cut])).toEqual(expected);
    for (const near of expected) for (const d of [-1, 0, 1]) expect(cutsOf(data, [near + d])).toEqual(expected);
    expect(cutsOf(data, Array(data.length).fill(1))).toEqual(expected);
  });

  it('ends a chunk at each fixed boundary and restarts chunking there', () => {
    const data = prngBytes(1 << 20, 8);
    const boundaries = [44, 700_001];
    const cuts = cutsOf(data, [], boundaries);
    expect(cuts).toContain(44);
    expect(cuts).toContain(700_001);
    // Restarting means the stretch after a boundary is chunked as if it were a file of its own.
    const alone = cutsOf(data.subarray(44, 700_001), []).map((c) => c + 44);
    expect(cuts.filter((c) => c > 44 && c <= 700_001)).toEqual(alone);
    for (const feed of [1, 43, 44, 45, 65_536]) {
      expect(cutsOf(data, Array(Math.ceil(data.length / feed)).fill(feed), [700_001, 44])).toEqual(cuts);
    }
  });

  it('reports exact offsets beyond 4 GiB', () => {
    const block = prngBytes(64 << 20, 9);
    const chunker = new Chunker([], scanner());
    const cuts: number[] = [];
    const blocks = 66; // 4.125 GiB
    for (let i = 0; i < blocks; i++) cuts.push(...chunker.update(block));
    cuts.push(chunker.finish()!);
    const total = blocks * block.length;
    expect(total).toBeGreaterThan(2 ** 32);
    expect(cuts[cuts.length - 1]).toBe(total);
    const sizes = lengths(cuts);
    sizes.slice(0, -1).forEach((n) => expect(n).toBeGreaterThanOrEqual(CHUNK_MIN));
    sizes.forEach((n) => expect(n).toBeLessThanOrEqual(CHUNK_MAX));
    // The same bytes repeat every block, so once resynchronised the cuts repeat shifted by one block.
    const first = new Chunker([], scanner()).update(block.subarray(CHUNK_MAX * 4)).map((c) => c + CHUNK_MAX * 4);
    const lastBlockStart = total - block.length;
    const inLastBlock = cuts.filter((c) => c > lastBlockStart + CHUNK_MAX * 4 && c < total).map((c) => c - lastBlockStart);
    expect(inLastBlock).toEqual(first.filter((c) => c > CHUNK_MAX * 4 && c < block.length).slice(-inLastBlock.length));
  }, 120_000);
});
